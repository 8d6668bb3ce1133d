// The gateway's database side: a worker thread with its own MariaDB and Redis connections.
// The event loop hands it jobs; it runs what is waiting as one batch (one transaction, so many
// fixes cost one commit; a watch's GPS fixes in a row go into a few multi-row statements with
// the other watches' fixes) and hands back what to write to each watch once the batch
// committed: an answer is never sent for data that is not stored. The gateway keeps two: one
// for what watches report, one for commands, so a command never waits behind a backlog of
// fixes.
#pragma once
#include <uv.h>

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "watch/report.h"
#include "watch/uplink.h"

namespace watchd {

struct Job {
  enum Kind { keepalive, report, voice, hello, ack, bye, touch, drain, sweep } kind = touch;
  uint64_t conn = 0;
  std::string imei, vendor;
  std::string token;                  // hello/bye: the connection's registry token
  std::string frame;                  // report/keepalive: the frame type (UD, UD2, AL, LK)
  std::string reply;                  // content to answer with after the commit ("" none)
  watch::KeepAlive lk;                // keepalive
  watch::Report rep;                  // report
  std::string amr;                    // voice: the message's AMR bytes
  long long command_id = 0;           // ack
  std::vector<long long> unanswered;  // bye: commands sent on the connection, not answered
  // Kept while the batch may run again (db::transact), so that its effects outside the
  // database happen once: the hello's registration, the voice message's file.
  bool registered = false;
  std::string voice_file;
};

// A command to write to a watch.
struct Outgoing {
  long long id = 0;
  std::string content;
};

struct Done {
  uint64_t conn = 0;
  std::string imei;
  std::string reply;               // content to write ("" none)
  std::vector<Outgoing> commands;  // the offline box (after LK, or when it has news)
};

class Store {
 public:
  // `on_done` runs on the loop thread after every batch (with an empty list when there is
  // nothing to write), so the loop hears that the queue shrank.
  Store(uv_loop_t* loop, std::string gateway, std::function<void(std::vector<Done>&)> on_done);
  ~Store();
  void push(Job j);
  void stop();  // finishes what is queued, then joins
  size_t waiting();

 private:
  void run();
  void batch(std::vector<Job>& jobs, std::vector<Done>& done);
  // Jobs a batch stores together.
  struct Group {
    std::vector<Job*> beats, fixes;
    std::set<std::string> in, fixed;  // the watches with jobs, with fixes in the group
  };
  void all(std::vector<Job>& jobs, std::vector<Done>& done);
  void store(Group& g, std::vector<Done>& done);
  void fixes(std::vector<Job*>& group);
  void one(Job& j, std::vector<Done>& done);
  static void wake(uv_async_t* a);

  std::string gateway_;
  std::function<void(std::vector<Done>&)> on_done_;
  uv_async_t async_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Job> jobs_;
  std::vector<Done> done_;
  bool stop_ = false;
  std::thread worker_;
};

}  // namespace watchd
