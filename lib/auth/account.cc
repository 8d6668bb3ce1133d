#include "auth/account.h"

#include <sstream>

#include "auth/password.h"
#include "auth/user.h"
#include "core/error.h"
#include "db/error.h"

namespace auth {

bool valid_phone(const std::string& p) {
  if (p.size() != 11 || p[0] != '1' || p[1] < '3' || p[1] > '9') return false;
  for (char c : p)
    if (c < '0' || c > '9') return false;
  return true;
}

namespace {
// Characters, not bytes: the columns are sized in characters.
size_t utf8_length(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}
}  // namespace

void check_account(const NewAccount& a) {
  if (!valid_phone(a.phone)) throw web::BadRequest("请输入正确的11位手机号", "phone");
  check_new_password(a.password);
  if (a.name.empty()) throw web::BadRequest("请填写姓名或经营主体", "name");
  if (utf8_length(a.name) > 100) throw web::BadRequest("姓名或经营主体不能超过100个字", "name");
  if (utf8_length(a.nickname) > 50) throw web::BadRequest("称呼不能超过50个字", "nickname");
  if (a.user_type < 1 || a.user_type > 10) throw web::BadRequest("请选择经营主体类型", "user_type");
  std::stringstream in(a.roles);
  for (std::string r; std::getline(in, r, ',');)
    if (!r.empty() && !known_roles().count(r)) throw web::BadRequest("未知角色：" + r, "roles");
}

long long create_account(db::Connection& db, const NewAccount& a) {
  check_account(a);
  try {
    auto res = db.query(
        "INSERT INTO user (phone, username, password_hash, name, nickname, user_type, roles)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        a.phone, a.username.empty() ? db::Param(nullptr) : db::Param(a.username),
        hash_password(a.password), a.name, a.nickname, a.user_type, a.roles);
    return static_cast<long long>(res.insert_id);
  } catch (const db::DuplicateKey& e) {
    std::string what = e.what();
    if (what.find("uq_user_username") != std::string::npos)
      throw web::Conflict("该用户名已被使用", "username_taken");
    throw web::Conflict("该手机号已注册", "phone_taken");
  }
}

}  // namespace auth
