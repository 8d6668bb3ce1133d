// Which account a WeChat openid belongs to, and binding one to an account. A visitor whose
// openid is not bound yet carries it in the session until they log in or register.
#pragma once
#include <optional>
#include <string>

#include "db/connection.h"

namespace web {
class Request;
}

namespace wechat {

// The enabled or disabled account bound to `openid`, if any.
std::optional<long long> user_for_openid(db::Connection& db, const std::string& openid);

// Binds `openid` (and `unionid` when given) to the user. Conflict when the openid belongs to
// another account or the user is bound to another openid; the unique key decides races.
void bind_openid(db::Connection& db, long long user_id, const std::string& openid,
                 const std::string& unionid);

// Whether the user's account has a WeChat openid bound.
bool bound(db::Connection& db, long long user_id);
// Forgets the user's openid and unionid: WeChat no longer logs them in, and the same WeChat
// may be bound again (to this or another account).
void unbind(db::Connection& db, long long user_id);

// Session fields of an openid waiting for its visitor to log in or register.
inline constexpr const char* kPendingOpenid = "wechat_openid";
inline constexpr const char* kPendingUnionid = "wechat_unionid";

// Remembers an unbound openid in the visitor's session.
void remember_pending(web::Request& req, const std::string& openid, const std::string& unionid);
// True when the visitor's session holds an openid waiting to be bound.
bool pending(web::Request& req);
// After a login or registration: binds the waiting openid to `user_id` and forgets it.
// Returns false (and forgets it) when it could not be bound.
bool bind_pending(web::Request& req, long long user_id);

}  // namespace wechat
