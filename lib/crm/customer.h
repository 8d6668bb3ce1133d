// CRM customers (咨询客户): validation, insertion with their courses, reading and listing.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "crm/policy.h"
#include "db/connection.h"

namespace crm {

struct Customer {
  long long id = 0;
  std::string name, qq, phone, wechat;
  int gender = 0;  // 0 未知 1 男 2 女
  std::string education, school, major, work_experience, work_status, company, salary;
  std::string source, referrer, note;
  std::vector<std::string> courses;  // 咨询课程
  int status = 0;                    // 0 未报名 1 已报名
  long long consultant_id = 0;       // 0: none (public)
  std::string consultant_name, taken_date, last_follow_date, created_at;
  std::string next_follow_date;  // 下次跟进, "" when none is planned
  std::string intention;         // "A", "B", "C" (意向等级) or "" (未定)
  std::string tags;              // 标签, joined with 、

  bool enrolled() const { return status == 1; }
  bool is_public(const Policy& p, const std::string& today) const {
    return crm::is_public(p, today, enrolled(), consultant_id != 0, taken_date, last_follow_date);
  }
};

// The choices the entry form and the import offer.
const std::vector<std::string>& sources();
const std::vector<std::string>& courses();
const std::vector<std::string>& educations();

// Trims and checks a customer typed in by staff; throws core::BadRequest naming the field.
// Tags typed with commas, spaces or 、 are stored joined with 、.
void validate(Customer& c);

// What the lists are narrowed to (the all-customers list, its export, my customers): `q` is
// part of a name, phone, QQ or WeChat; `status` "0" 未报名 / "1" 已报名; dates "YYYY-MM-DD"
// bound the entry date (created_at). Empty values do not filter.
struct CustomerFilter {
  std::string q, source, status, intention, from, to;
  long long consultant_id = 0;
  bool empty() const {
    return q.empty() && source.empty() && status.empty() && intention.empty() && from.empty() &&
           to.empty() && !consultant_id;
  }
  // Whether `c` passes the filter's text, source, status and intention (no dates).
  bool matches(const Customer& c) const;
};

// Inserts `c` (already validated) held by `consultant_id` (0: straight into the pool) from
// `today` on; returns the id. core::Conflict naming the contact when QQ, phone or WeChat is
// already a customer (the unique keys decide).
long long insert(db::Connection& db, const Customer& c, long long consultant_id,
                 const std::string& today, long long created_by);

std::optional<Customer> find(db::Connection& db, long long id);

// Not-enrolled customers in the public pool, newest first.
std::vector<Customer> list_public(db::Connection& db, const Policy& p, const std::string& today,
                                  int limit, int offset);

// Every customer passing `f`, newest first (managers).
std::vector<Customer> list_all(db::Connection& db, const CustomerFilter& f, int limit, int offset);

// core::Conflict naming the contact (QQ, phone or WeChat) another customer already has, for a
// duplicate key from an insert or an update of crm_customer.
[[noreturn]] void duplicate_contact(const std::string& key_error);

// Private customers a consultant holds now (for the cap).
long long private_count(db::Connection& db, long long consultant_id, const Policy& p,
                        const std::string& today);

}  // namespace crm
