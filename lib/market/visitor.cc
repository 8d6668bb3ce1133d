#include "market/visitor.h"

#include "auth/account.h"
#include "core/error.h"
#include "core/text.h"
#include "core/token.h"
#include "db/transact.h"
#include "sms/gateway.h"

namespace market {
namespace {

std::string random_from(const char* alphabet, unsigned size, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += alphabet[core::random_below(size)];
  return out;
}

// Letters and digits that cannot be mistaken for each other when read from an SMS.
const char kPasswordChars[] = "abcdefghjkmnpqrstuvwxyz23456789";

}  // namespace

FieldErrors check_visitor(const Visitor& v) {
  FieldErrors e;
  if (!auth::valid_phone(v.phone)) e["phone"] = "请输入正确的11位手机号";
  if (v.sms_code.empty()) e["sms_code"] = "请填写短信验证码";
  if (v.name.empty()) e["name"] = "请填写姓名或经营主体";
  if (core::char_count(v.name) > 100) e["name"] = "姓名或经营主体不能超过100个字";
  int type = std::atoi(v.user_type.c_str());
  if (type < 1 || type > 10) e["user_type"] = "请选择经营主体类型";
  return e;
}

VisitorAccount publish_as_visitor(db::Connection& db, const Visitor& v, const PurchaseDraft& d,
                                  const std::string& now) {
  VisitorAccount out;
  out.password = random_from(kPasswordChars, sizeof kPasswordChars - 1, 8);
  auth::NewAccount a;
  a.phone = v.phone;
  a.password = out.password;
  a.name = v.name;
  a.user_type = std::atoi(v.user_type.c_str());
  return db::transact(db, [&](db::Transaction& tx) -> VisitorAccount {
    // A short username; a taken one (rare) only costs another try, the statement alone fails.
    for (int attempt = 0;; ++attempt) {
      a.username = "yc" + random_from("0123456789", 10, attempt < 5 ? 6 : 9);
      try {
        out.user_id = auth::create_account(db, a);
        break;
      } catch (const core::Conflict& e) {
        if (e.code != "username_taken" || attempt >= 8) throw;
      }
    }
    out.username = a.username;
    out.purchase_id = insert_purchase(db, out.user_id, d, now);
    tx.commit();
    return out;
  });
}

std::string account_sms_text(const VisitorAccount& a) {
  return sms::signature() + "您的采购单已发布，已为您开通账号。用户名：" + a.username + "，密码：" +
         a.password + "，也可用手机号登录，请登录后修改密码。";
}

}  // namespace market
