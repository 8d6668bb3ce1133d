// 我的客户: a consultant's distribution history rows, following first and deals last, with
// the days left before each followed customer goes back to the pool.
#pragma once
#include <string>
#include <vector>

#include "crm/policy.h"
#include "db/connection.h"

namespace crm {

struct MyCustomer {
  long long distribution_id = 0, customer_id = 0;
  std::string name, phone, qq, wechat, source, assigned_date, how, ended_date;
  std::string taken_date, last_follow_date, release_date, next_follow_date, intention;
  int status = 1;  // 1 正在跟进, 2 已成单, 3 三天未跟进, 4 十五天未成单, 5 已转出
  int days_left = -1;  // while following: days until release (0: releases tonight)
};

const char* distribution_status_name(int status);

std::vector<MyCustomer> list_mine(db::Connection& db, const Policy& p, long long consultant_id,
                                  const std::string& today);

// Whole days from `from` to `to` ("YYYY-MM-DD"); negative when `to` is earlier.
int days_between(const std::string& from, const std::string& to);

}  // namespace crm
