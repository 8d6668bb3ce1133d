// Joining and leaving circles. An invite code is 6 digits, lives one day, and while it lives
// the circle keeps getting the same code; anyone who types it in joins (member_joined event).
#pragma once
#include <optional>
#include <string>

#include "db/connection.h"
#include "redis/client.h"
#include "watch/circle.h"

namespace watch {

inline constexpr long kInviteTtl = 24L * 3600;

struct Invite {
  std::string code;
  long expires_in = 0;  // seconds
};

// The circle's live invite code, or a new one.
Invite invite_code(redis::Client& r, long long circle_id);
// Joins the circle the code belongs to as `name`. Forbidden for an unknown or expired code
// (and TooManyRequests after many wrong ones), Conflict when already a member or when the
// name or phone is taken in that circle.
Circle join(db::Connection& db, redis::Client& r, long long user, const std::string& code,
            const std::string& name);

struct MemberChange {
  std::optional<std::string> name;
  std::optional<bool> share_location;
};
// PATCH /v1/circles/{id}/members/me.
void change_member(db::Connection& db, long long circle_id, long long user,
                   const MemberChange& change);
// `by` removes `user` (itself: leaving). Only the owner removes others (Forbidden); the last
// member cannot leave (Conflict); NotFound when `user` is not a member. When the owner leaves,
// the longest-standing member becomes owner. `by_staff`: `by` is support staff in the admin,
// who may remove anyone but the last member.
void remove_member(db::Connection& db, long long circle_id, long long by, long long user,
                   bool by_staff = false);

// A member's display name in a circle for `user`: "" when not a member.
std::string member_name(db::Connection& db, long long circle_id, long long user);

}  // namespace watch
