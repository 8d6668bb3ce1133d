// Tracked links (spec §2): /t/<token> leads a recipient to the pushed item. The first click
// counts once and raises the recipient's push score once; the visit is remembered in the
// visitor's session, so later page views are recorded and a quote made in that visit is
// credited to the round.
#pragma once
#include <map>
#include <optional>
#include <string>

#include "db/connection.h"

namespace push {

// Session field holding "<recipient id>:<item id>" of the visit a tracked click began.
inline constexpr const char* kVisitField = "push_visit";

struct Visit {
  long long recipient_id = 0, item_id = 0;
  std::string value() const;  // what the session keeps
  static std::optional<Visit> parse(const std::string& value);
};

// The visit kept in a session's fields, if there is one.
std::optional<Visit> visit_in(const std::map<std::string, std::string>& session_fields);

// A well-formed token: 32 lowercase hex digits.
bool valid_token(const std::string& token);

struct Click {
  Visit visit;
  bool first = false;  // this click was the recipient's first
};
// Counts a click of `token` at `now` ("YYYY-MM-DD HH:MM:SS"): every click raises clicks; the
// first (a guarded UPDATE, so two at once count once) sets first_click_at and raises the push
// score of the member or lead by 1. web::NotFound for an unknown token.
Click click(db::Connection& db, const std::string& token, const std::string& now);

// Records a page viewed during a tracked visit (the item page the click leads to included).
void record_view(db::Connection& db, const Visit& v, const std::string& path,
                 const std::string& now);
// Credits a quote on `item_id` made during the visit to its round (the recipient's quoted
// flag); a quote on another item is not the push's doing.
void credit_quote(db::Connection& db, const Visit& v, long long item_id);

// Marks the visit's recipient registered: an account was made in the visit.
void credit_registration(db::Connection& db, const Visit& v);

struct Recipient {
  long long id = 0, item_id = 0;
  std::string channel, address, phone;  // phone: the number an opt-out applies to
  std::string variety;
};
// web::NotFound for an unknown token.
Recipient recipient_by_token(db::Connection& db, const std::string& token);

}  // namespace push
