// What the admin pages show of the push engine (spec §2, admin pages): rounds with their
// counts (pushed, delivered, clicked, quoted, registered) and each round's recipients.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "db/connection.h"

namespace push {

struct RoundRow {
  long long id = 0, item_id = 0, purchase_id = 0;
  std::string variety, channel, reason, created_at;
  int round_no = 0;
  long long recipients = 0, pushed = 0, delivered = 0, clicked = 0, quoted = 0, registered = 0,
            waiting = 0;
};
// Newest first; item_id limits them to one item.
std::vector<RoundRow> rounds(db::Connection& db, std::optional<long long> item_id, int limit);
// NotFound for an unknown round.
RoundRow round_row(db::Connection& db, long long round_id);

struct RecipientRow {
  long long id = 0, user_id = 0, lead_id = 0, clicks = 0;
  std::string who, address, status, sent_at, delivered_at, first_click_at;
  bool quoted = false, registered = false;
};
std::vector<RecipientRow> recipients(db::Connection& db, long long round_id);

// "已发送", "已送达"... for a push_recipient status.
const char* status_name(int status);

}  // namespace push
