// Notifications (通知): 1 卖货消息, 2 采购消息, 3 成长任务, 4 系统通知.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "db/connection.h"

namespace market {

enum NotificationType { kSellNews = 1, kBuyNews = 2, kGrowth = 3, kSystem = 4 };
const char* notification_type_name(int type);

void notify(db::Connection& db, long long user_id, int type, const std::string& title,
            const std::string& body, const std::string& link, const std::string& now);
// The header badge on every page: unread notifications (one indexed COUNT) plus the system
// notices for the member's type published since their account and not yet seen.
long long unread_count(db::Connection& db, long long user_id);
// The system notices the badge counts for the member: the ones to mark 未读 in the list.
std::set<long long> unseen_notices(db::Connection& db, long long user_id);
// The member has seen the system notices up to `notice_id`.
void mark_notices_seen(db::Connection& db, long long user_id, long long notice_id);

struct Notification {
  long long id;
  int type;
  std::string title, body, link, created_at;
  bool read;
};
std::vector<Notification> list_notifications(db::Connection& db, long long user_id, int limit,
                                             int offset);
// Marks the user's notifications up to `max_id` read (those the user has just seen).
void mark_read(db::Connection& db, long long user_id, long long max_id);

}  // namespace market
