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
void validate(Customer& c);

// Inserts `c` (already validated) held by `consultant_id` (0: straight into the pool) from
// `today` on; returns the id. core::Conflict naming the contact when QQ, phone or WeChat is
// already a customer (the unique keys decide).
long long insert(db::Connection& db, const Customer& c, long long consultant_id,
                 const std::string& today, long long created_by);

std::optional<Customer> find(db::Connection& db, long long id);

// Not-enrolled customers in the public pool, newest first.
std::vector<Customer> list_public(db::Connection& db, const Policy& p, const std::string& today,
                                  int limit, int offset);

// Every customer, newest first (managers).
std::vector<Customer> list_all(db::Connection& db, int limit, int offset);

// Private customers a consultant holds now (for the cap).
long long private_count(db::Connection& db, long long consultant_id, const Policy& p,
                        const std::string& today);

}  // namespace crm
