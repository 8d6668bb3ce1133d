#include "crm/customer_edit.h"

#include "core/error.h"
#include "crm/access.h"
#include "crm/customers_changed.h"
#include "db/error.h"
#include "db/transact.h"

namespace crm {
namespace {

std::string courses_text(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : "、") + s;
  return out;
}

const char* gender_text(int g) { return g == 1 ? "男" : g == 2 ? "女" : "未知"; }

}  // namespace

int update_customer(db::Connection& db, const Policy& p, Customer c, const auth::User& by,
                    const std::string& today) {
  validate(c);
  return db::transact(db, [&](db::Transaction& tx) -> int {
    auto old = find(db, c.id);
    if (!old) throw core::NotFound("客户不存在");
    authorize_view(by, *old, p, today);
    if (old->is_public(p, today) && !manages(by))
      throw core::Conflict("该客户已进入公户，请先抢单再修改", "public");
    // Field by field, as the 修改记录 names them.
    const std::pair<const char*, std::pair<std::string, std::string>> fields[] = {
        {"姓名", {old->name, c.name}},
        {"手机", {old->phone, c.phone}},
        {"QQ", {old->qq, c.qq}},
        {"微信", {old->wechat, c.wechat}},
        {"性别", {gender_text(old->gender), gender_text(c.gender)}},
        {"学历", {old->education, c.education}},
        {"学校", {old->school, c.school}},
        {"专业", {old->major, c.major}},
        {"工作经验", {old->work_experience, c.work_experience}},
        {"工作状态", {old->work_status, c.work_status}},
        {"公司", {old->company, c.company}},
        {"薪资", {old->salary, c.salary}},
        {"来源", {old->source, c.source}},
        {"介绍人", {old->referrer, c.referrer}},
        {"备注", {old->note, c.note}},
        {"咨询课程", {courses_text(old->courses), courses_text(c.courses)}},
        {"意向等级", {old->intention, c.intention}},
        {"标签", {old->tags, c.tags}},
    };
    std::string log;
    int changed = 0;
    for (const auto& [label, values] : fields) {
      if (values.first == values.second) continue;
      ++changed;
      // Long texts are named, not copied: the log says that they changed.
      bool long_text = std::string(label) == "备注";
      log += (log.empty() ? "" : "；") + std::string(label) + "：" +
             (long_text ? "已修改" : values.first + " → " + values.second);
    }
    if (!changed) return 0;
    auto or_null = [](const std::string& s) {
      return s.empty() ? db::Param(nullptr) : db::Param(s);
    };
    try {
      db.query(
          "UPDATE crm_customer SET name = ?, qq = ?, phone = ?, wechat = ?, gender = ?,"
          " education = ?, school = ?, major = ?, work_experience = ?, work_status = ?,"
          " company = ?, salary = ?, source = ?, referrer = ?, note = ?, intention = ?, tags = ?"
          " WHERE id = ?",
          c.name, or_null(c.qq), or_null(c.phone), or_null(c.wechat), c.gender, c.education,
          c.school, c.major, c.work_experience, c.work_status, c.company, c.salary, c.source,
          c.referrer, or_null(c.note), c.intention, c.tags, c.id);
    } catch (const db::DuplicateKey& e) {
      duplicate_contact(e.what());
    }
    db.query("DELETE FROM crm_customer_course WHERE customer_id = ?", c.id);
    for (const auto& course : c.courses)
      db.query("INSERT INTO crm_customer_course (customer_id, course) VALUES (?, ?)", c.id, course);
    db.query("INSERT INTO crm_customer_change (customer_id, user_id, changes) VALUES (?, ?, ?)",
             c.id, by.id, log);
    customers_changed(db);
    tx.commit();
    return changed;
  });
}

std::vector<CustomerChange> customer_changes(db::Connection& db, long long customer_id) {
  auto r = db.query(
      "SELECT h.created_at, u.display_name, h.changes FROM crm_customer_change h"
      " JOIN user u ON u.id = h.user_id WHERE h.customer_id = ? ORDER BY h.id DESC LIMIT 100",
      customer_id);
  std::vector<CustomerChange> out;
  for (const auto& row : r.rows) out.push_back({row.str(0), row.str(1), row.str(2)});
  return out;
}

}  // namespace crm
