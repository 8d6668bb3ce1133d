#include "crm/customer.h"

#include <algorithm>
#include <cstring>

#include "core/clock.h"
#include "core/error.h"
#include "core/text.h"
#include "crm/customers_changed.h"
#include "db/error.h"
#include "db/into.h"
#include "db/like.h"

namespace crm {

namespace {

// What from_row() reads, glued to each query at compile time (adjacent literals): every
// statement but the filtered list is one constant.
#define CUSTOMER_SELECT                                                                      \
  "SELECT c.id, c.name, c.qq, c.phone, c.wechat, c.gender, c.education, c.school, c.major,"  \
  " c.work_experience, c.work_status, c.company, c.salary, c.source, c.referrer, c.note,"    \
  " c.status, c.consultant_id, u.display_name,"                                              \
  " c.taken_date, c.last_follow_date, c.created_at, c.next_follow_date, c.intention, c.tags" \
  " FROM crm_customer c LEFT JOIN user u ON u.id = c.consultant_id"

Customer from_row(const db::Row& r) {
  Customer c;
  db::into(r, c.id, c.name, c.qq, c.phone, c.wechat, c.gender, c.education, c.school, c.major,
           c.work_experience, c.work_status, c.company, c.salary, c.source, c.referrer, c.note,
           c.status, c.consultant_id, c.consultant_name, c.taken_date, c.last_follow_date,
           c.created_at, c.next_follow_date, c.intention, c.tags);
  return c;
}

void limit(const std::string& v, size_t n, const char* label, const char* field) {
  if (core::char_count(v) > n)
    throw core::BadRequest(std::string(label) + "不能超过" + std::to_string(n) + "个字", field);
}

// 5 to 50 letters, digits, _ or -.
bool wechat_id(const std::string& v) {
  if (v.size() < 5 || v.size() > 50) return false;
  return std::all_of(v.begin(), v.end(), [](unsigned char ch) {
    return (ch < 0x80 && std::isalnum(ch)) || ch == '_' || ch == '-';
  });
}

bool one_of(const std::vector<std::string>& list, const std::string& v) {
  return std::find(list.begin(), list.end(), v) != list.end();
}

std::optional<std::string> or_null(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

// Tags as typed: separated by 、 ， , ; or spaces.
std::vector<std::string> split_tags(const std::string& text) {
  std::string s = text;
  for (const char* sep : {"、", "，", "；", "　"})
    for (size_t at; (at = s.find(sep)) != std::string::npos;) s.replace(at, std::strlen(sep), ",");
  std::vector<std::string> out;
  std::string cur;
  for (char ch : s + ",") {
    if (ch == ',' || ch == ';' || ch == ' ' || ch == '\t') {
      if (!cur.empty() && std::find(out.begin(), out.end(), cur) == out.end()) out.push_back(cur);
      cur.clear();
    } else {
      cur += ch;
    }
  }
  return out;
}

}  // namespace

const std::vector<std::string>& sources() {
  static const std::vector<std::string> v = {"QQ群",     "内部转介绍", "官方网站", "百度推广",
                                             "直接上门", "口碑",       "公开课",   "其它"};
  return v;
}

const std::vector<std::string>& courses() {
  static const std::vector<std::string> v = {"Java",   "Python",   "Web前端",  "UI设计",
                                             "大数据", "软件测试", "人工智能", "网络运维"};
  return v;
}

const std::vector<std::string>& educations() {
  static const std::vector<std::string> v = {"",     "初中", "高中", "中专",
                                             "大专", "本科", "硕士", "博士"};
  return v;
}

void validate(Customer& c) {
  for (auto* s :
       {&c.name, &c.qq, &c.phone, &c.wechat, &c.education, &c.school, &c.major, &c.work_experience,
        &c.work_status, &c.company, &c.salary, &c.source, &c.referrer, &c.note})
    *s = core::trim(*s);
  if (c.name.empty()) throw core::BadRequest("请填写客户姓名", "name");
  limit(c.name, 50, "姓名", "name");
  if (c.qq.empty() && c.phone.empty() && c.wechat.empty())
    throw core::BadRequest("QQ、手机、微信至少填写一项", "phone");
  if (!c.qq.empty() && (!core::digits(c.qq, 5, 12) || c.qq[0] == '0'))
    throw core::BadRequest("QQ号应为5到12位数字", "qq");
  if (!c.phone.empty() && (!core::digits(c.phone, 11, 11) || c.phone[0] != '1' || c.phone[1] < '3'))
    throw core::BadRequest("手机号应为11位手机号码", "phone");
  if (!c.wechat.empty() && !wechat_id(c.wechat))
    throw core::BadRequest("微信号应为5到50位字母、数字、下划线或减号", "wechat");
  if (c.gender < 0 || c.gender > 2) throw core::BadRequest("性别不正确", "gender");
  if (!one_of(educations(), c.education)) throw core::BadRequest("学历不正确", "education");
  if (c.source.empty()) throw core::BadRequest("请选择客户来源", "source");
  if (!one_of(sources(), c.source)) throw core::BadRequest("客户来源不正确", "source");
  limit(c.school, 100, "学校", "school");
  limit(c.major, 100, "专业", "major");
  limit(c.work_experience, 200, "工作经验", "work_experience");
  limit(c.work_status, 20, "工作状态", "work_status");
  limit(c.company, 100, "公司", "company");
  limit(c.salary, 20, "薪资", "salary");
  limit(c.referrer, 50, "介绍人", "referrer");
  limit(c.note, 2000, "备注", "note");
  if (c.source == "内部转介绍" && c.referrer.empty())
    throw core::BadRequest("内部转介绍请填写介绍人", "referrer");
  c.intention = core::trim(c.intention);
  if (c.intention != "" && c.intention != "A" && c.intention != "B" && c.intention != "C")
    throw core::BadRequest("意向等级应为A、B或C", "intention");
  std::string tags;
  for (auto& tag : split_tags(c.tags))
    if (!tag.empty()) tags += (tags.empty() ? "" : "、") + tag;
  c.tags = tags;
  limit(c.tags, 200, "标签", "tags");
  std::vector<std::string> seen;
  for (const auto& course : c.courses) {
    if (!one_of(courses(), course)) throw core::BadRequest("咨询课程不正确", "courses");
    if (!one_of(seen, course)) seen.push_back(course);
  }
  c.courses = seen;
}

long long insert(db::Connection& db, const Customer& c, long long consultant_id,
                 const std::string& today, long long created_by) {
  std::optional<long long> consultant;
  std::optional<std::string> day;
  if (consultant_id) consultant = consultant_id, day = today;
  std::optional<long long> creator;
  if (created_by) creator = created_by;
  try {
    auto r = db.query(
        "INSERT INTO crm_customer (name, qq, phone, wechat, gender, education, school, major,"
        " work_experience, work_status, company, salary, source, referrer, note, consultant_id,"
        " taken_date, last_follow_date, created_by, intention, tags)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        c.name, or_null(c.qq), or_null(c.phone), or_null(c.wechat), c.gender, c.education, c.school,
        c.major, c.work_experience, c.work_status, c.company, c.salary, c.source, c.referrer,
        or_null(c.note), consultant, day, day, creator, c.intention, c.tags);
    auto id = static_cast<long long>(r.insert_id);
    for (const auto& course : c.courses)
      db.query("INSERT INTO crm_customer_course (customer_id, course) VALUES (?, ?)", id, course);
    customers_changed(db);
    return id;
  } catch (const db::DuplicateKey& e) {
    duplicate_contact(e.what());
  }
}

void duplicate_contact(const std::string& what) {
  if (what.find("uq_crm_customer_qq") != std::string::npos)
    throw core::Conflict("该QQ号的客户已存在", "duplicate_qq");
  if (what.find("uq_crm_customer_wechat") != std::string::npos)
    throw core::Conflict("该微信号的客户已存在", "duplicate_wechat");
  throw core::Conflict("该手机号的客户已存在", "duplicate_phone");
}

bool CustomerFilter::matches(const Customer& c) const {
  if (!q.empty() && c.name.find(q) == std::string::npos && c.phone.find(q) == std::string::npos &&
      c.qq.find(q) == std::string::npos && c.wechat.find(q) == std::string::npos)
    return false;
  if (!source.empty() && c.source != source) return false;
  if (!status.empty() && std::to_string(c.status) != status) return false;
  if (!intention.empty() && c.intention != intention) return false;
  return true;
}

std::optional<Customer> find(db::Connection& db, long long id) {
  auto r = db.query(CUSTOMER_SELECT " WHERE c.id = ?", id);
  if (r.empty()) return std::nullopt;
  auto c = from_row(r.one());
  for (const auto& row :
       db.query("SELECT course FROM crm_customer_course WHERE customer_id = ? ORDER BY course", id)
           .rows)
    c.courses.push_back(row.str(0));
  return c;
}

std::vector<Customer> list_public(db::Connection& db, const Policy& p, const std::string& today,
                                  int limit, int offset) {
  auto cut = cutoffs(p, today);
  return db::all(db.query(CUSTOMER_SELECT
                          " WHERE c.status = 0 AND (c.consultant_id IS NULL OR c.taken_date < ?"
                          " OR c.last_follow_date < ?) ORDER BY c.id DESC LIMIT ? OFFSET ?",
                          cut.taken_before, cut.follow_before, limit, offset),
                 from_row);
}

std::vector<Customer> list_all(db::Connection& db, const CustomerFilter& f, int limit, int offset) {
  // Each filter adds a constant fragment and its bound value; no typed text becomes SQL.
  std::string where = " WHERE 1 = 1";
  std::vector<db::Param> params;
  if (!f.q.empty()) {
    std::string like = "%" + db::like_text(core::trim(f.q)) + "%";
    where += " AND (c.name LIKE ? OR c.phone LIKE ? OR c.qq LIKE ? OR c.wechat LIKE ?)";
    for (int i = 0; i < 4; ++i) params.emplace_back(like);
  }
  if (!f.source.empty()) where += " AND c.source = ?", params.emplace_back(f.source);
  if (f.status == "0" || f.status == "1")
    where += " AND c.status = ?", params.emplace_back(std::stoll(f.status));
  if (!f.intention.empty()) where += " AND c.intention = ?", params.emplace_back(f.intention);
  if (f.consultant_id) where += " AND c.consultant_id = ?", params.emplace_back(f.consultant_id);
  if (core::valid_date(f.from)) where += " AND c.created_at >= ?", params.emplace_back(f.from);
  if (core::valid_date(f.to))
    where += " AND c.created_at < ?", params.emplace_back(core::add_days(f.to, 1));
  params.emplace_back(limit);
  params.emplace_back(offset);
  return db::all(db.exec(CUSTOMER_SELECT + where + " ORDER BY c.id DESC LIMIT ? OFFSET ?", params),
                 from_row);
}

long long private_count(db::Connection& db, long long consultant_id, const Policy& p,
                        const std::string& today) {
  auto cut = cutoffs(p, today);
  return db
      .query(
          "SELECT COUNT(*) FROM crm_customer WHERE consultant_id = ? AND status = 0"
          " AND taken_date >= ? AND last_follow_date >= ?",
          consultant_id, cut.taken_before, cut.follow_before)
      .one()
      .i64(0);
}

}  // namespace crm
