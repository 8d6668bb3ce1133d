#include "watch/alarm.h"

#include "core/clock.h"
#include "core/error.h"
#include "core/text.h"
#include "db/transact.h"
#include "watch/clock.h"

namespace watch {

namespace {

std::string checked_time(const nlohmann::json& v) {
  std::string s = v.is_string() ? v.get<std::string>() : "";
  bool shape = s.size() == 5 && s[2] == ':' && core::digits(s.substr(0, 2), 2, 2) &&
               core::digits(s.substr(3), 2, 2);
  if (!shape || std::stoi(s.substr(0, 2)) > 23 || std::stoi(s.substr(3)) > 59)
    throw core::BadRequest("闹钟时间格式应为 HH:MM", "time");
  return s;
}

std::string checked_days(const nlohmann::json& v) {
  if (!v.is_array() || v.size() > 7) throw core::BadRequest("重复日期应为 1 到 7 的数组", "days");
  std::string days(7, '0');
  for (const auto& d : v) {
    if (!d.is_number_integer() || d.get<int>() < 1 || d.get<int>() > 7)
      throw core::BadRequest("重复日期应为 1（周一）到 7（周日）", "days");
    days[d.get<int>() - 1] = '1';
  }
  return days;
}

void lock_watch(db::Connection& db, const std::string& imei) {
  if (db.query("SELECT imei FROM watch_device WHERE imei = ? FOR UPDATE", imei).empty())
    throw core::NotFound("没有找到这块手表");
}

void insert(db::Connection& db, const std::string& imei, const AlarmClock& a) {
  db.query(
      "INSERT INTO watch_alarm (imei, at, days, enabled, label, created_at)"
      " VALUES (?, ?, ?, ?, ?, ?)",
      imei, a.at, a.days, a.enabled, a.label, utc_sql(core::now()));
}

Command queue_list(db::Connection& db, const std::string& imei, long long user) {
  return queue_command(db, imei, "alarms", alarms_payload(db, imei), user);
}

}  // namespace

AlarmClock alarm_from_json(const nlohmann::json& j, const AlarmClock& base) {
  if (!j.is_object()) throw core::BadRequest("闹钟应为 JSON 对象", "alarms");
  AlarmClock a = base;
  if (j.contains("time")) a.at = checked_time(j["time"]);
  if (a.at.empty()) throw core::BadRequest("请填写闹钟时间", "time");
  if (j.contains("days") && !j["days"].is_null()) a.days = checked_days(j["days"]);
  if (a.days.empty()) a.days = "0000000";
  if (j.contains("on")) {
    if (!j["on"].is_boolean()) throw core::BadRequest("字段 on 应为 true 或 false", "on");
    a.enabled = j["on"].get<bool>();
  }
  if (j.contains("label") && !j["label"].is_null()) {
    if (!j["label"].is_string()) throw core::BadRequest("闹钟名称应为文字", "label");
    a.label = core::trim(j["label"].get<std::string>());
    if (!core::valid_utf8(a.label) || core::char_count(a.label) > 20)
      throw core::BadRequest("闹钟名称最多 20 个字", "label");
  }
  return a;
}

nlohmann::json alarm_json(const AlarmClock& a) {
  auto days = nlohmann::json::array();
  for (int i = 0; i < 7; ++i)
    if (a.days[i] == '1') days.push_back(i + 1);
  return {{"id", a.id}, {"time", a.at}, {"days", days}, {"on", a.enabled}, {"label", a.label}};
}

std::vector<AlarmClock> alarm_clocks(db::Connection& db, const std::string& imei) {
  std::vector<AlarmClock> out;
  for (const auto& row : db.query("SELECT id, at, days, enabled, label FROM watch_alarm"
                                  " WHERE imei = ? ORDER BY at, id",
                                  imei)
                             .rows)
    out.push_back({row.i64(0), row.str(1), row.str(2), row.i64(3) == 1, row.str(4)});
  return out;
}

nlohmann::json alarms_payload(db::Connection& db, const std::string& imei) {
  auto list = nlohmann::json::array();
  for (const auto& a : alarm_clocks(db, imei)) list.push_back(alarm_json(a));
  return {{"alarms", list}};
}

Command replace_alarms(db::Connection& db, const std::string& imei,
                       const std::vector<AlarmClock>& list, long long user) {
  if (list.size() > static_cast<size_t>(kMaxAlarms))
    throw core::BadRequest("一块手表最多 3 个闹钟", "alarms");
  return db::transact(db, [&](db::Transaction& tx) {
    lock_watch(db, imei);
    db.query("DELETE FROM watch_alarm WHERE imei = ?", imei);
    for (const auto& a : list) insert(db, imei, a);
    auto c = queue_list(db, imei, user);
    tx.commit();
    return c;
  });
}

Command change_alarm(db::Connection& db, const std::string& imei, long long id, const AlarmClock& a,
                     long long user) {
  return db::transact(db, [&](db::Transaction& tx) {
    lock_watch(db, imei);
    auto found = db.query("SELECT id FROM watch_alarm WHERE id = ? AND imei = ?", id, imei);
    if (found.empty()) throw core::NotFound("没有找到这个闹钟");
    db.query("UPDATE watch_alarm SET at = ?, days = ?, enabled = ?, label = ? WHERE id = ?", a.at,
             a.days, a.enabled, a.label, id);
    auto c = queue_list(db, imei, user);
    tx.commit();
    return c;
  });
}

Command delete_alarm(db::Connection& db, const std::string& imei, long long id, long long user) {
  return db::transact(db, [&](db::Transaction& tx) {
    lock_watch(db, imei);
    if (db.query("DELETE FROM watch_alarm WHERE id = ? AND imei = ?", id, imei).affected == 0)
      throw core::NotFound("没有找到这个闹钟");
    auto c = queue_list(db, imei, user);
    tx.commit();
    return c;
  });
}

}  // namespace watch
