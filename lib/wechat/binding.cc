#include "wechat/binding.h"

#include "core/error.h"
#include "db/error.h"

namespace wechat {
namespace {
// The statements of one app's openid column: constants, one set per app, so no statement text
// is assembled at run time.
struct Statements {
  const char* find;   // openid → user id
  const char* bind;   // openid, unionid, user id, openid
  const char* is_it;  // user id, openid
};

constexpr Statements kOfficial{
    "SELECT id FROM user WHERE wechat_openid = ?",
    "UPDATE user SET wechat_openid = ?, wechat_unionid = COALESCE(?, wechat_unionid) "
    "WHERE id = ? AND (wechat_openid IS NULL OR wechat_openid = ?)",
    "SELECT 1 FROM user WHERE id = ? AND wechat_openid = ?"};
constexpr Statements kWebsite{
    "SELECT id FROM user WHERE wechat_web_openid = ?",
    "UPDATE user SET wechat_web_openid = ?, wechat_unionid = COALESCE(?, wechat_unionid) "
    "WHERE id = ? AND (wechat_web_openid IS NULL OR wechat_web_openid = ?)",
    "SELECT 1 FROM user WHERE id = ? AND wechat_web_openid = ?"};

const Statements& statements(App app) { return app == App::website ? kWebsite : kOfficial; }
}  // namespace

std::optional<long long> user_for_openid(db::Connection& db, const std::string& openid, App app,
                                         const std::string& unionid) {
  auto r = db.query(statements(app).find, openid);
  if (r.empty() && app == App::website && !unionid.empty())
    r = db.query("SELECT id FROM user WHERE wechat_unionid = ? ORDER BY id LIMIT 1", unionid);
  if (r.empty()) return std::nullopt;
  return r.one().i64(0);
}

void bind_openid(db::Connection& db, long long user_id, const std::string& openid,
                 const std::string& unionid, App app) {
  const Statements& sql = statements(app);
  try {
    auto r = db.query(sql.bind, openid, unionid.empty() ? db::Param(nullptr) : db::Param(unionid),
                      user_id, openid);
    if (r.affected == 0 && !db.query(sql.is_it, user_id, openid).empty())
      return;  // already bound to this very openid
    if (r.affected == 0) throw core::Conflict("您的账号已绑定其他微信", "wechat_bound");
  } catch (const db::DuplicateKey&) {
    throw core::Conflict("该微信已绑定其他账号", "wechat_taken");
  }
}

bool bound(db::Connection& db, long long user_id) {
  return !db.query(
                "SELECT 1 FROM user WHERE id = ? AND (wechat_openid IS NOT NULL OR"
                " wechat_web_openid IS NOT NULL)",
                user_id)
              .empty();
}

void unbind(db::Connection& db, long long user_id) {
  db.query(
      "UPDATE user SET wechat_openid = NULL, wechat_web_openid = NULL, wechat_unionid = NULL"
      " WHERE id = ?",
      user_id);
}

void remember_pending(session::Store& store, session::Session& s, const std::string& openid,
                      const std::string& unionid, App app) {
  store.set(s, kPendingOpenid, openid);
  if (!unionid.empty()) store.set(s, kPendingUnionid, unionid);
  if (app == App::website) store.set(s, kPendingApp, "website");
}

bool pending(const session::Session* s) {
  if (!s) return false;
  auto it = s->data.find(kPendingOpenid);
  return it != s->data.end() && !it->second.empty();
}

bool bind_pending(db::Connection& db, session::Store& store, session::Session* s,
                  long long user_id) {
  if (!pending(s)) return false;
  std::string openid = s->data[kPendingOpenid];
  std::string unionid = s->data.count(kPendingUnionid) ? s->data[kPendingUnionid] : "";
  App app = s->data.count(kPendingApp) && s->data[kPendingApp] == "website" ? App::website
                                                                            : App::official;
  store.erase(*s, kPendingOpenid);
  store.erase(*s, kPendingUnionid);
  store.erase(*s, kPendingApp);
  try {
    bind_openid(db, user_id, openid, unionid, app);
    return true;
  } catch (const core::Conflict&) {
    return false;
  }
}

}  // namespace wechat
