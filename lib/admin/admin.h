// The admin back office's domain: the log of every admin action, member administration
// (search, disable, roles, member type, identity verification with documents), system notices.
// Every change is written with its log line in one transaction.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "auth/user.h"
#include "db/connection.h"

namespace admin {

// --- log ---------------------------------------------------------------------------------
struct LogEntry {
  long long id = 0, admin_id = 0;
  std::string admin_name, action, object_type, detail, created_at;
  std::optional<long long> object_id;
};

void log(db::Connection& db, long long admin_id, const std::string& action,
         const std::string& object_type, std::optional<long long> object_id,
         const std::string& detail = "");
// An action and an object type of the log as the admin reads them ("verify" → 认证身份真实,
// "user" → 用户); the code itself for one this list does not know.
std::string action_name(const std::string& action);
std::string object_name(const std::string& object_type);

// Newest first; object_type "" = all.
std::vector<LogEntry> recent_log(db::Connection& db, const std::string& object_type,
                                 std::optional<long long> object_id, int limit, int offset = 0);

// --- members -----------------------------------------------------------------------------
struct MemberRow {
  auth::User user;
  std::string created_at, last_login_at;
};

// By phone, username, name or nickname (substring); newest first; `limit` + 1 rows tell
// whether there is a next page.
std::vector<MemberRow> search_members(db::Connection& db, const std::string& q, int limit,
                                      int offset);

// Each throws core::NotFound for an unknown user, core::BadRequest for bad values, and
// core::Forbidden when an admin would lock themself out.
void set_disabled(db::Connection& db, const auth::User& admin, long long user_id, bool disabled);
void set_roles(db::Connection& db, const auth::User& admin, long long user_id,
               const std::set<std::string>& roles);
void set_member_type(db::Connection& db, const auth::User& admin, long long user_id, int type);
// Verifying needs at least one identity document on file.
void set_verified(db::Connection& db, const auth::User& admin, long long user_id, bool verified);

struct Document {
  long long id = 0;
  std::string image, created_at;
};
// Adds an identity document (an image hash already stored by lib/image).
void add_document(db::Connection& db, const auth::User& admin, long long user_id,
                  const std::string& image);
std::vector<Document> documents(db::Connection& db, long long user_id);

// --- notices -----------------------------------------------------------------------------
struct Notice {
  long long id = 0;
  std::string title, body, created_at, admin_name;
  std::optional<int> user_type;  // nullopt = everyone
};

// Stores a system notice (通知 type 4) for everyone or one member type.
long long publish_notice(db::Connection& db, const auth::User& admin, const std::string& title,
                         const std::string& body, std::optional<int> user_type);
std::vector<Notice> notices(db::Connection& db, int limit);
// The notices a member of `user_type` should see, newest first (for the notifications page).
std::vector<Notice> notices_for(db::Connection& db, int user_type, int limit);

}  // namespace admin
