// One MariaDB connection with its cache of prepared statements. Not thread-safe by design:
// each thread uses its own (db::local()), so statements are prepared once per thread.
#pragma once
#include <mysql.h>

#include <functional>
#include <initializer_list>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "db/error.h"
#include "db/param.h"
#include "db/result.h"

namespace db {

struct Settings {
  std::string socket, host, user, password, name;
  unsigned port = 3306;
  unsigned connect_timeout = 3, read_timeout = 10, write_timeout = 10;
  // Read from the [db] section of the process configuration.
  static Settings from_config();
};

class Connection {
 public:
  explicit Connection(Settings s);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Runs `sql` as a prepared statement (cached by its text) with `params` bound in order.
  Result exec(const std::string& sql, std::initializer_list<Param> params = {});
  Result exec(const std::string& sql, const std::vector<Param>& params);
  template <class... A>
  Result query(const std::string& sql, const A&... args) {
    return exec(sql, {Param(args)...});
  }
  // Runs trusted SQL text with several statements (migrations only; never user input).
  void run_script(const std::string& sql);

  // A begin() inside a transaction opens a savepoint, and its commit()/rollback() release or
  // roll back to it: a domain function that keeps its own transaction can run inside a
  // caller's batch (the watch gateway writes many fixes in one transaction).
  void begin();
  void commit();
  void rollback();
  bool in_transaction() const { return in_tx_; }
  // Runs `f` once the current transaction has committed (never if it rolls back), or at once
  // outside a transaction: for what other readers must only see after the data, like raising
  // a cache generation (a reader that saw the new generation must also see the new rows).
  void after_commit(std::function<void()> f);
  // The same, once per transaction for each `key`: many writes of one transaction that each
  // ask for the same follow-up (an import's rows discarding page copies) get it once.
  void after_commit(const std::string& key, std::function<void()> f);

  // Opens the connection if it is not open; throws core::Unavailable when it cannot.
  void ensure_open();
  bool ping();
  const Settings& settings() const { return s_; }

 private:
  struct Stmt;
  Stmt& prepare(const std::string& sql);
  Result run(Stmt& st, const std::vector<Param>& params);
  [[noreturn]] void fail(unsigned code, const std::string& msg);
  void close();

  Settings s_;
  MYSQL* my_ = nullptr;
  bool in_tx_ = false;
  int depth_ = 0;  // open begin()s: 1 the transaction, more its savepoints
  // after_commit() callbacks with the depth that registered them: a savepoint rolled back
  // drops its own, a savepoint released hands them to the level around it.
  struct AfterCommit {
    int level;
    std::string key;  // empty: never merged with another
    std::function<void()> f;
  };
  std::vector<AfterCommit> after_commit_;
  std::unordered_map<std::string, std::unique_ptr<Stmt>> stmts_;
};

// This thread's connection to the configured database, opened lazily.
Connection& local();

// Commits when commit() is called; rolls back if the scope ends first (an exception).
class Transaction {
 public:
  explicit Transaction(Connection& c) : c_(c) { c_.begin(); }
  ~Transaction() {
    if (!done_) try {
        c_.rollback();
      } catch (...) {
      }
  }
  void commit() {
    c_.commit();
    done_ = true;
  }

 private:
  Connection& c_;
  bool done_ = false;
};

}  // namespace db
