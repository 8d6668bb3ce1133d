// The daily jobs of spec §2 (10:00, `yaocai job NAME`), each idempotent so a rerun is safe:
//   push-review      re-push the latest round of an item that did poorly
//   quote-reminders  remind buyers whose quotes go unanswered
//   lead-clicks      count each supplier lead's unclicked SMS pushes
// Thresholds come from [push] (Review::from_config).
#pragma once
#include <ctime>
#include <string>

#include "db/connection.h"
#include "push/policy.h"

namespace push {

struct Review {
  double click_rate = 0.5;   // a round is poor below this share of clicks ...
  double quote_rate = 0.2;   // ... or below this share of quotes ...
  double reject_rate = 0.6;  // ... or when more than this share of the item's quotes was rejected
  int reminder_after_hours = 24;  // first quote at least this old
  double reply_rate = 0.3;        // buyers replying to fewer than this share are reminded
  int max_reminders = 2;          // per item, a day apart
  static Review from_config();
};

struct RoundRates {
  double click = 0, quote = 0, reject = 0;
  long long pushed = 0;
};
// Whether a round with these rates did poorly (each comparison strict, as the spec words it).
bool poor(const Review& r, const RoundRates& rates);

// Makes the next round (reason "review") of every open item without an accepted quote whose
// latest round on a channel, made before today, did poorly. Returns the rounds made.
int review_rounds(db::Connection& db, const Policy& p, const Review& r, std::time_t now);
// Queues an SMS to each buyer whose item has pending quotes, the first older than
// reminder_after_hours, and a reply rate below reply_rate: the number of quotes and the lowest
// price. At most max_reminders per item, a day apart. Returns the reminders queued.
int quote_reminders(db::Connection& db, const Policy& p, const Review& r, std::time_t now);
// Sets each lead's unclicked count to its SMS pushes sent more than a day ago and never
// clicked. Returns the leads whose count changed.
int lead_clicks(db::Connection& db, std::time_t now);

}  // namespace push
