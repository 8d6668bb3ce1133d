#include "push/hook.h"

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/token.h"
#include "db/transact.h"
#include "market/clock.h"
#include "push/optout.h"
#include "sms/gateway.h"

namespace push {
namespace {

// Records `key` as seen; false when it was already.
bool first_time(db::Connection& db, const std::string& key, const std::string& now) {
  return db.query("INSERT IGNORE INTO push_hook_seen (seen_key, received_at) VALUES (?, ?)", key,
                  now)
             .affected == 1;
}

}  // namespace

void verify_hook(const std::string& secret, const std::string& timestamp, const std::string& body,
                 const std::string& signature, std::time_t now) {
  if (secret.empty()) throw core::Forbidden("未配置回调密钥");
  if (timestamp.empty() || timestamp.size() > 12 ||
      timestamp.find_first_not_of("0123456789") != std::string::npos)
    throw core::Forbidden("时间戳无效");
  long long ts = std::stoll(timestamp);
  if (ts < now - kHookWindowSeconds || ts > now + kHookWindowSeconds)
    throw core::Forbidden("请求已过期");
  if (!core::secrets_equal(sms::hmac_hex(secret, timestamp + body), signature))
    throw core::Forbidden("签名错误");
}

HookResult apply_hook(db::Connection& db, const std::string& body, const std::string& signature,
                      std::time_t now) {
  auto j = nlohmann::json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("reports") || !j["reports"].is_array() ||
      j["reports"].size() > 1000)
    throw core::BadRequest("回调内容无法识别");
  std::string at = market::datetime_of(now);
  return db::transact(db, [&](db::Transaction& tx) -> HookResult {
    HookResult res;
    if (!first_time(db, "sig:" + signature.substr(0, 90), at))
      throw core::Conflict("重复的回调请求", "replay");
    for (const auto& r : j["reports"]) {
      if (!r.is_object() || !r.contains("id") || !r["id"].is_string() ||
          r["id"].get<std::string>().empty() || r["id"].get<std::string>().size() > 80) {
        ++res.ignored;
        continue;
      }
      if (!first_time(db, "report:" + r["id"].get<std::string>(), at)) {
        ++res.repeated;
        continue;
      }
      std::string type = r.value("type", "");
      if (type == "delivery") {
        std::string pid = r.contains("provider_id") && r["provider_id"].is_string()
                              ? r["provider_id"].get<std::string>()
                              : "";
        std::string status = r.value("status", "");
        auto row = db.query(
            "SELECT COALESCE(recipient_id, 0), address, channel FROM push_outbox "
            "WHERE provider_id = ? AND provider_id <> ''",
            pid);
        if (row.empty() || (status != "delivered" && status != "failed" && status != "dead")) {
          ++res.ignored;
          continue;
        }
        long long rid = row.one().i64(0);
        if (status == "delivered") {
          if (rid)
            db.query("UPDATE push_recipient SET status = 2, delivered_at = ? WHERE id = ?", at,
                     rid);
          ++res.delivered;
        } else {
          if (rid) db.query("UPDATE push_recipient SET status = 3 WHERE id = ?", rid);
          if (status == "dead") {
            db.query("UPDATE supplier_lead SET dead = 1 WHERE mobile = ?", row.one().str(1));
            ++res.dead;
          } else {
            ++res.failed;
          }
        }
      } else if (type == "inbound") {
        std::string phone = r.value("phone", ""), text = r.value("text", "");
        if (phone.size() == 11 && is_optout_reply(text)) {
          opt_out(db, phone, "sms_reply");
          ++res.opted_out;
        } else {
          ++res.ignored;
        }
      } else {
        ++res.ignored;
      }
    }
    tx.commit();
    return res;
  });
}

}  // namespace push
