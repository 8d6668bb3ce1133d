#include "push/queue.h"

#include <cstdio>
#include <stdexcept>

#include "market/status.h"

namespace push {
namespace {

long long to_id(const std::string& s) {
  if (s.empty() || s.size() > 18 || s.find_first_not_of("0123456789") != std::string::npos)
    throw std::invalid_argument("bad id '" + s + "'");
  long long v = std::stoll(s);
  if (v <= 0) throw std::invalid_argument("bad id '" + s + "'");
  return v;
}

std::vector<Entry> entries_of(const redis::Value& list) {
  std::vector<Entry> out;
  for (const auto& e : list.items) {
    if (e.items.size() < 2 || e.items[1].nil()) continue;  // deleted meanwhile
    std::vector<std::string> fields;
    for (const auto& f : e.items[1].items) fields.push_back(f.str);
    try {
      out.push_back(parse_entry(e.items[0].str, fields));
    } catch (const std::invalid_argument&) {
      Entry bad;  // acknowledged and dropped by the caller
      bad.id = e.items[0].str;
      bad.type = "bad";
      out.push_back(bad);
    }
  }
  return out;
}

}  // namespace

Entry parse_entry(const std::string& id, const std::vector<std::string>& fields) {
  if (fields.size() % 2) throw std::invalid_argument("odd field list");
  Entry e;
  e.id = id;
  std::string item, ids;
  for (size_t i = 0; i < fields.size(); i += 2) {
    const auto& k = fields[i];
    const auto& v = fields[i + 1];
    if (k == "t")
      e.type = v;
    else if (k == "item")
      item = v;
    else if (k == "reason")
      e.reason = v;
    else if (k == "ids")
      ids = v;
  }
  if (e.type == "round") {
    e.item = to_id(item);
    if (e.reason != "publish" && e.reason != "admin" && e.reason != "review")
      throw std::invalid_argument("bad reason");
    return e;
  }
  if (e.type == "send") {
    if (ids.size() > 20 * 10000) throw std::invalid_argument("too many ids");
    size_t start = 0;
    while (start <= ids.size()) {
      size_t comma = ids.find(',', start);
      if (comma == std::string::npos) comma = ids.size();
      e.ids.push_back(to_id(ids.substr(start, comma - start)));
      start = comma + 1;
    }
    return e;
  }
  throw std::invalid_argument("unknown entry type");
}

std::vector<std::string> round_fields(long long item_id, const std::string& reason) {
  return {"t", "round", "item", std::to_string(item_id), "reason", reason};
}

std::vector<std::string> send_fields(const std::vector<long long>& ids) {
  std::string list;
  for (size_t i = 0; i < ids.size(); ++i) list += (i ? "," : "") + std::to_string(ids[i]);
  return {"t", "send", "ids", list};
}

void Queue::ensure_group() {
  try {
    r_.cmd({"XGROUP", "CREATE", stream(), kGroup, "0", "MKSTREAM"});
  } catch (const std::runtime_error& e) {
    if (std::string(e.what()).find("BUSYGROUP") == std::string::npos) throw;
  }
}

std::string Queue::add(const std::vector<std::string>& fields) {
  std::vector<std::string> args{"XADD", stream(), "*"};
  args.insert(args.end(), fields.begin(), fields.end());
  return r_.cmd(args).str;
}

std::vector<Entry> Queue::read(const std::string& consumer, int count, int block_ms,
                               const std::string& from) {
  std::vector<std::string> args{"XREADGROUP", "GROUP", kGroup,
                                consumer,     "COUNT", std::to_string(count)};
  if (block_ms > 0) {
    args.push_back("BLOCK");
    args.push_back(std::to_string(block_ms));
  }
  args.insert(args.end(), {"STREAMS", stream(), from});
  auto v = r_.cmd(args);
  if (v.nil() || v.items.empty() || v.items[0].items.size() < 2) return {};
  return entries_of(v.items[0].items[1]);
}

std::vector<Entry> Queue::reclaim(const std::string& consumer, long min_idle_ms, int count) {
  auto v = r_.cmd({"XAUTOCLAIM", stream(), kGroup, consumer, std::to_string(min_idle_ms), "0-0",
                   "COUNT", std::to_string(count)});
  if (v.items.size() < 2) return {};
  return entries_of(v.items[1]);
}

void Queue::done(const std::string& id) {
  r_.cmd({"XACK", stream(), kGroup, id});
  r_.cmd({"XDEL", stream(), id});
}

long long Queue::pending() {
  try {
    auto v = r_.cmd({"XPENDING", stream(), kGroup});
    return v.items.empty() ? 0 : v.items[0].num;
  } catch (const std::runtime_error&) {
    return 0;  // no stream or group yet
  }
}

void enqueue_item(redis::Client& r, long long item_id, const std::string& reason) {
  Queue q(r);
  q.add(round_fields(item_id, reason));
}

void enqueue_published(db::Connection& db, redis::Client& r, long long purchase_id) {
  try {
    for (const auto& row :
         db.query("SELECT id FROM purchase_item WHERE purchase_id = ? AND status = " STORED_OPEN,
                  purchase_id)
             .rows)
      enqueue_item(r, row.i64(0), "publish");
  } catch (const std::exception& e) {
    std::fprintf(stderr, "push: order %lld not queued for pushing: %s\n", purchase_id, e.what());
  }
}

}  // namespace push
