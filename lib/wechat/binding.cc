#include "wechat/binding.h"

#include "core/error.h"
#include "db/error.h"
#include "web/request.h"

namespace wechat {

std::optional<long long> user_for_openid(db::Connection& db, const std::string& openid) {
  auto r = db.query("SELECT id FROM user WHERE wechat_openid = ?", openid);
  if (r.empty()) return std::nullopt;
  return r.one().i64(0);
}

void bind_openid(db::Connection& db, long long user_id, const std::string& openid,
                 const std::string& unionid) {
  try {
    auto r = db.query(
        "UPDATE user SET wechat_openid = ?, wechat_unionid = COALESCE(?, wechat_unionid)"
        " WHERE id = ? AND (wechat_openid IS NULL OR wechat_openid = ?)",
        openid, unionid.empty() ? db::Param(nullptr) : db::Param(unionid), user_id, openid);
    if (r.affected == 0 &&
        !db.query("SELECT 1 FROM user WHERE id = ? AND wechat_openid = ?", user_id, openid).empty())
      return;  // already bound to this very openid
    if (r.affected == 0) throw web::Conflict("您的账号已绑定其他微信", "wechat_bound");
  } catch (const db::DuplicateKey&) {
    throw web::Conflict("该微信已绑定其他账号", "wechat_taken");
  }
}

bool bound(db::Connection& db, long long user_id) {
  return !db.query("SELECT 1 FROM user WHERE id = ? AND wechat_openid IS NOT NULL", user_id)
              .empty();
}

void unbind(db::Connection& db, long long user_id) {
  db.query("UPDATE user SET wechat_openid = NULL, wechat_unionid = NULL WHERE id = ?", user_id);
}

void remember_pending(web::Request& req, const std::string& openid, const std::string& unionid) {
  auto& s = req.session();
  req.sessions().set(s, kPendingOpenid, openid);
  if (!unionid.empty()) req.sessions().set(s, kPendingUnionid, unionid);
}

bool pending(web::Request& req) {
  auto* s = req.existing_session();
  return s && s->data.count(kPendingOpenid) && !s->data.at(kPendingOpenid).empty();
}

bool bind_pending(web::Request& req, long long user_id) {
  if (!pending(req)) return false;
  auto& s = req.session();
  std::string openid = s.data[kPendingOpenid];
  std::string unionid = s.data.count(kPendingUnionid) ? s.data[kPendingUnionid] : "";
  req.sessions().erase(s, kPendingOpenid);
  req.sessions().erase(s, kPendingUnionid);
  try {
    bind_openid(req.db(), user_id, openid, unionid);
    return true;
  } catch (const web::Conflict&) {
    return false;
  }
}

}  // namespace wechat
