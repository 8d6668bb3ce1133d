#include "auth/profile.h"

#include "auth/account.h"
#include "auth/password.h"
#include "core/error.h"
#include "session/user_card.h"

namespace auth {

void update_profile(db::Connection& db, long long user_id, const Profile& p) {
  NewAccount check;  // the same rules as registration, for the fields that change here
  check.phone = "13800000000";
  check.password = "unchanged";
  check.name = p.name;
  check.nickname = p.nickname;
  check.user_type = p.user_type;
  check_account(check);
  db.query("UPDATE user SET name = ?, nickname = ?, user_type = ? WHERE id = ?", p.name, p.nickname,
           p.user_type, user_id);
  session::user_changed(db, user_id);
}

void change_password(db::Connection& db, long long user_id, const std::string& old_password,
                     const std::string& new_password) {
  auto r = db.query("SELECT password_hash FROM user WHERE id = ?", user_id);
  if (r.empty() || !verify_password(r.one().str(0), old_password))
    throw core::BadRequest("原密码不正确", "old_password");
  set_password(db, user_id, new_password);
}

}  // namespace auth
