#include "push/event.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/config.h"
#include "market/money.h"
#include "push/outbox.h"
#include "sms/gateway.h"

namespace push {
namespace {

struct Person {
  std::string phone, openid;
};

Person person(db::Connection& db, long long user_id) {
  auto r = db.query(
      "SELECT COALESCE(phone, ''), COALESCE(wechat_openid, '') FROM user WHERE "
      "id = ? AND disabled = 0",
      user_id);
  if (r.empty()) return {};
  return {r.one().str(0), r.one().str(1)};
}

std::string base() { return core::Config::get().str("site", "base_url", ""); }

void queue(db::Connection& db, const Policy& p, const Person& to, const std::string& key,
           const std::string& sms_tpl, const std::string& text, const std::string& wechat_tpl,
           const std::string& link, const nlohmann::json& data, std::time_t now) {
  if (!to.phone.empty()) add_event(db, p, "sms", to.phone, sms_tpl, text, key + "-sms", now);
  if (!to.openid.empty() && !wechat_tpl.empty())
    add_event(db, p, "wechat", to.openid, wechat_tpl,
              nlohmann::json{{"url", link}, {"data", data}}.dump(), key + "-wechat", now);
}

}  // namespace

void quote_created(db::Connection& db, const Policy& p, long long quote_id, std::time_t now) {
  try {
    auto r = db.query(
        "SELECT o.buyer_id, i.variety_name, q.price, i.unit, i.id FROM quote q "
        "JOIN purchase_item i ON i.id = q.item_id JOIN purchase o ON o.id = i.purchase_id "
        "WHERE q.id = ?",
        quote_id);
    if (r.empty()) return;
    const auto& x = r.one();
    std::string price = market::price_text(x.str(2), x.str(3));
    std::string link = base() + "/quote/" + std::to_string(quote_id);
    std::string text =
        sms::signature() + "您采购的" + x.str(1) + "收到新报价" + price + "，查看：" + link;
    nlohmann::json data{{"first", {{"value", "您的采购收到新报价"}}},
                        {"keyword1", {{"value", x.str(1)}}},
                        {"keyword2", {{"value", price}}},
                        {"remark", {{"value", "点击查看报价详情"}}}};
    queue(db, p, person(db, x.i64(0)), "quote-" + std::to_string(quote_id), "quote_new", text,
          core::Config::get().str("push", "quote_template"), link, data, now);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "push: quote %lld event not queued: %s\n", quote_id, e.what());
  }
}

void quotes_replied(db::Connection& db, const Policy& p, const std::vector<long long>& quote_ids,
                    std::time_t now) {
  for (long long id : quote_ids) {
    try {
      auto r = db.query(
          "SELECT q.supplier_id, i.variety_name, q.state FROM quote q "
          "JOIN purchase_item i ON i.id = q.item_id WHERE q.id = ? AND q.state IN (1, 2)",
          id);
      if (r.empty()) continue;
      const auto& x = r.one();
      bool accepted = x.i64(2) == 1;
      std::string verdict = accepted ? "认可了您的报价" : "未采纳您的报价";
      std::string link = base() + "/quote/" + std::to_string(id);
      std::string text =
          sms::signature() + "买家" + verdict + "（" + x.str(1) + "），查看：" + link;
      nlohmann::json data{{"first", {{"value", "买家" + verdict}}},
                          {"keyword1", {{"value", x.str(1)}}},
                          {"keyword2", {{"value", accepted ? "认可" : "未采纳"}}},
                          {"remark", {{"value", "点击查看回复"}}}};
      queue(db, p, person(db, x.i64(0)), "reply-" + std::to_string(id), "quote_reply", text,
            core::Config::get().str("push", "reply_template"), link, data, now);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "push: reply event of quote %lld not queued: %s\n", id, e.what());
    }
  }
}

}  // namespace push
