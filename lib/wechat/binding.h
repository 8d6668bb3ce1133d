// Which account a WeChat openid belongs to, and binding one to an account. A visitor whose
// openid is not bound yet carries it in the session until they log in or register.
#pragma once
#include <optional>
#include <string>

#include "db/connection.h"
#include "session/session.h"
#include "wechat/api.h"

namespace wechat {

// The enabled or disabled account bound to `openid` of `app`, if any; for the website app, else
// the account with the same `unionid` (the person logged in inside WeChat before).
std::optional<long long> user_for_openid(db::Connection& db, const std::string& openid,
                                         App app = App::official, const std::string& unionid = "");

// Binds `openid` of `app` (and `unionid` when given) to the user. Conflict when the openid
// belongs to another account or the user is bound to another openid of that app; the unique
// key decides races.
void bind_openid(db::Connection& db, long long user_id, const std::string& openid,
                 const std::string& unionid, App app = App::official);

// Whether the user's account has a WeChat openid bound.
bool bound(db::Connection& db, long long user_id);
// Forgets the user's openids and unionid: WeChat no longer logs them in, and the same WeChat
// may be bound again (to this or another account).
void unbind(db::Connection& db, long long user_id);

// Session fields of an openid waiting for its visitor to log in or register.
inline constexpr const char* kPendingOpenid = "wechat_openid";
inline constexpr const char* kPendingUnionid = "wechat_unionid";
inline constexpr const char* kPendingApp = "wechat_app";

// Remembers an unbound openid of `app` in the visitor's session.
void remember_pending(session::Store& store, session::Session& s, const std::string& openid,
                      const std::string& unionid, App app = App::official);
// True when the visitor's session (null: none yet) holds an openid waiting to be bound.
bool pending(const session::Session* s);
// After a login or registration: binds the openid waiting in `s` (null: none) to `user_id` and
// forgets it. Returns false (and forgets it) when it could not be bound.
bool bind_pending(db::Connection& db, session::Store& store, session::Session* s,
                  long long user_id);

}  // namespace wechat
