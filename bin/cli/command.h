// bin/yaocai subcommands. Each lives in its own file; yaocai.cc lists them once.
#pragma once
#include <string>
#include <vector>

namespace cli {

using Args = std::vector<std::string>;

// The value after `--name` in args, or `fallback`.
std::string option(const Args& args, const std::string& name, const std::string& fallback = "");

int migrate(const Args& args);
int user(const Args& args);
int demo(const Args& args);
int job(const Args& args);
int image(const Args& args);
int session(const Args& args);
int import(const Args& args);
// Simulated watches against the device gateway (bin/cli/watch_sim.cc).
int watch_sim(const Args& args);

// Demo data per area, run in order by `yaocai demo`; each is idempotent.
void demo_accounts();
// One demo account, password "demo1234", unless its phone or username is taken already.
void demo_account(const std::string& phone, const std::string& username, const std::string& name,
                  const std::string& roles, int user_type = 7);
// Eight meeting rooms and a few days of bookings by the demo staff.
void demo_booking();
void demo_crm();
void demo_market();
// The 小明 family circle: two parents, a watch with today's track, places and events.
void demo_watch();
// Prints how to sign in to the watch app (a fresh token for the demo mother).
void print_watch_demo();
// Supplier and buy-leads, push rounds with sends, clicks and quotes (admin push pages).
void demo_push();
// Benchmark-sized marketplace data (`yaocai demo --large`).
void demo_market_large();
// `demo --bench-booking`: rooms up to 30 and half of today's and tomorrow's cells booked.
void demo_booking_bench();

}  // namespace cli
