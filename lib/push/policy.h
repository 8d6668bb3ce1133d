// The push engine's thresholds and limits, read once from [push] (conf/app.conf.example lists
// each with its default). Every rule of spec §2 reads its number from here.
#pragma once
#include <string>

namespace push {

struct Policy {
  int round_cap = 20;         // recipients per round and channel, best push score first
  int max_rounds = 5;         // rounds per item and channel (the schema's CHECK agrees)
  int lead_ignore_limit = 3;  // unclicked SMS pushes after which a lead is left out
  int quiet_start = 21;       // no marketing SMS from quiet_start:00 ...
  int quiet_end = 8;          // ... to quiet_end:00 (business time zone)
  int daily_sms = 3;          // marketing SMS per number per business day
  int batch = 100;            // messages per provider call / stream entry
  int outbox_chunk = 2000;    // outbox rows written at a time (lib/push/round_outbox.h)
  int max_tries = 8;          // sending attempts before a message is given up
  int backoff_seconds = 30;   // first retry delay, doubled per try, at most an hour
  int lease_seconds = 60;     // a worker's claim on a message; then another may resend it
  std::string sms_template = "push_item";
  std::string wechat_template;  // empty: no WeChat pushes
  static Policy from_config();
};

}  // namespace push
