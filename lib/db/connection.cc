#include "db/connection.h"

#include <errmsg.h>
#include <mysqld_error.h>
#include <openssl/ssl.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <mutex>

#include "core/clock.h"
#include "core/config.h"
#include "core/error.h"
#include "db/transact.h"

namespace db {

struct Connection::Stmt {
  MYSQL_STMT* h = nullptr;
  ~Stmt() {
    if (h) mysql_stmt_close(h);
  }
};

namespace {

// Errors after which the connection is gone and a fresh one may succeed. ER_UNKNOWN_COM_ERROR
// is what a Galera node outside the primary component answers to everything ("WSREP has not
// yet prepared node for application use"): another node will do.
bool connection_lost(unsigned code) {
  return code == CR_SERVER_GONE_ERROR || code == CR_SERVER_LOST || code == CR_CONNECTION_ERROR ||
         code == CR_CONN_HOST_ERROR || code == ER_CONNECTION_KILLED || code == ER_SERVER_SHUTDOWN ||
         code == CR_COMMANDS_OUT_OF_SYNC || code == ER_UNKNOWN_COM_ERROR;
}

struct Node {
  std::string host;
  unsigned port;
};

// [db] host may list a Galera cluster's nodes: "host:port, host:port, ..."; a node without a
// port gets [db] port.
std::vector<Node> nodes_of(const Settings& s) {
  std::vector<Node> out;
  size_t i = 0;
  while (i < s.host.size()) {
    size_t j = s.host.find(',', i);
    if (j == std::string::npos) j = s.host.size();
    std::string item = s.host.substr(i, j - i);
    auto a = item.find_first_not_of(" \t"), b = item.find_last_not_of(" \t");
    if (a != std::string::npos) {
      item = item.substr(a, b - a + 1);
      auto colon = item.rfind(':');
      if (colon == std::string::npos)
        out.push_back({item, s.port});
      else
        out.push_back(
            {item.substr(0, colon), static_cast<unsigned>(std::atoi(item.c_str() + colon + 1))});
    }
    i = j + 1;
  }
  if (out.empty()) out.push_back({s.host, s.port});
  return out;
}

// The node this thread's connections try first: the last one that worked, moved on when it
// was lost, so that a reconnect goes to another node before coming back to it.
thread_local size_t first_node = 0;

MYSQL* open_node(const Settings& s, const char* host, unsigned port, const char* socket,
                 unsigned& code, std::string& msg) {
  MYSQL* m = mysql_init(nullptr);
  if (!m) throw Lost();
  mysql_options(m, MYSQL_OPT_CONNECT_TIMEOUT, &s.connect_timeout);
  mysql_options(m, MYSQL_OPT_READ_TIMEOUT, &s.read_timeout);
  mysql_options(m, MYSQL_OPT_WRITE_TIMEOUT, &s.write_timeout);
  mysql_options(m, MYSQL_SET_CHARSET_NAME, "utf8mb4");
  // Dates are computed in the business zone; make NOW() and TIMESTAMP columns agree. A page
  // reads its rows' details with one `id IN (...)` of up to a hundred ids, and by default
  // the optimizer probes the index once per id before running it (most of such a query's
  // time); past ten ids it now estimates from the index statistics, which for ids is exact
  // enough.
  std::string init = "SET time_zone = '" + core::utc_offset() +
                     "', NAMES utf8mb4 COLLATE utf8mb4_unicode_ci, eq_range_index_dive_limit = 10";
  if (mysql_real_connect(m, host, s.user.c_str(), s.password.c_str(),
                         s.name.empty() ? nullptr : s.name.c_str(), port, socket, 0) &&
      !mysql_real_query(m, init.data(), init.size()))
    return m;
  code = mysql_errno(m);
  msg = mysql_error(m);
  mysql_close(m);
  return nullptr;
}

void init_library() {
  static std::once_flag once;
  std::call_once(once, [] {
    // Connector/C starts OpenSSL in full for TLS we do not use on the socket: it reads
    // openssl.cnf (Debian's sets nothing) and registers every legacy cipher and digest
    // name, touching 1.6 MB of libcrypto in every process (issue 16: programs under 10 MB).
    // Declined here first, before any other user, these steps are never run later either;
    // TLS (curl, a TLS database link) still works: OpenSSL 3 finds algorithms through its
    // default provider, loaded when first needed.
    OPENSSL_init_ssl(OPENSSL_INIT_NO_LOAD_CONFIG | OPENSSL_INIT_NO_ADD_ALL_CIPHERS |
                         OPENSSL_INIT_NO_ADD_ALL_DIGESTS,
                     nullptr);
    mysql_library_init(0, nullptr, nullptr);
  });
}

}  // namespace

Settings Settings::from_config() {
  const auto& c = core::Config::get();
  Settings s;
  s.socket = c.str("db", "socket");
  s.host = c.str("db", "host", "127.0.0.1");
  s.port = c.num("db", "port", 3306);
  s.user = c.str("db", "user", "yaocai");
  s.password = c.str("db", "password");
  s.name = c.str("db", "name", "yaocai");
  s.connect_timeout = c.num("db", "connect_timeout", 3);
  s.read_timeout = c.num("db", "read_timeout", 10);
  s.write_timeout = c.num("db", "write_timeout", 10);
  return s;
}

Connection::Connection(Settings s) : s_(std::move(s)) { init_library(); }

Connection::~Connection() { close(); }

void Connection::close() {
  stmts_.clear();
  if (my_) mysql_close(my_);
  my_ = nullptr;
  in_tx_ = false;
  depth_ = 0;
  after_commit_.clear();  // they belonged to a transaction that died with the connection
}

void Connection::ensure_open() {
  if (my_) return;
  unsigned code = 0;
  std::string msg;
  if (!s_.socket.empty()) {
    my_ = open_node(s_, nullptr, 0, s_.socket.c_str(), code, msg);
  } else {
    // Every node once, from this thread's first: a node that is down or not in the primary
    // component is passed over.
    auto nodes = nodes_of(s_);
    for (size_t k = 0; k < nodes.size() && !my_; ++k) {
      size_t at = (first_node + k) % nodes.size();
      my_ = open_node(s_, nodes[at].host.c_str(), nodes[at].port, nullptr, code, msg);
      if (my_) first_node = at;
      if (code == ER_BAD_DB_ERROR || code == ER_ACCESS_DENIED_ERROR) break;
    }
  }
  if (my_) return;
  if (code == ER_BAD_DB_ERROR || code == ER_ACCESS_DENIED_ERROR)
    throw Error(code, "cannot open database: " + msg);
  throw Lost();
}

bool Connection::ping() {
  try {
    ensure_open();
    if (mysql_ping(my_) == 0) return true;
    close();
    ensure_open();
    return mysql_ping(my_) == 0;
  } catch (const std::exception&) {
    close();
    return false;
  }
}

void Connection::fail(unsigned code, const std::string& msg) {
  if (connection_lost(code)) {
    close();
    ++first_node;  // reconnect elsewhere first
    throw Lost();
  }
  if (code == ER_LOCK_DEADLOCK || code == ER_LOCK_WAIT_TIMEOUT) throw Deadlock(code, msg);
  if (code == ER_DUP_ENTRY || code == ER_DUP_ENTRY_WITH_KEY_NAME) throw DuplicateKey(code, msg);
  if (code == ER_NO_REFERENCED_ROW_2 || code == ER_ROW_IS_REFERENCED_2) throw ForeignKey(code, msg);
  throw Error(code, msg);
}

Connection::Stmt& Connection::prepare(const std::string& sql) {
  ensure_open();
  auto it = stmts_.find(sql);
  if (it != stmts_.end()) return *it->second;
  auto st = std::make_unique<Stmt>();
  st->h = mysql_stmt_init(my_);
  if (!st->h) fail(mysql_errno(my_), mysql_error(my_));
  if (mysql_stmt_prepare(st->h, sql.data(), sql.size())) {
    unsigned code = mysql_stmt_errno(st->h);
    std::string msg = mysql_stmt_error(st->h) + std::string(" in: ") + sql;
    fail(code, msg);
  }
  my_bool update_max = 1;
  mysql_stmt_attr_set(st->h, STMT_ATTR_UPDATE_MAX_LENGTH, &update_max);
  return *stmts_.emplace(sql, std::move(st)).first->second;
}

Result Connection::exec(const std::string& sql, std::initializer_list<Param> params) {
  return exec(sql, std::vector<Param>(params));
}

Result Connection::exec(const std::string& sql, const std::vector<Param>& params) {
  // One retry on a fresh connection when the old one died between requests; never inside a
  // transaction, whose earlier statements died with the connection.
  for (int attempt = 0;; ++attempt) {
    bool fresh = my_ == nullptr;
    bool was_in_tx = in_tx_;
    try {
      return run(prepare(sql), params);
    } catch (const core::Unavailable&) {
      if (attempt > 0 || was_in_tx || fresh) throw;
    }
  }
}

Result Connection::run(Stmt& st, const std::vector<Param>& params) {
  MYSQL_STMT* h = st.h;
  unsigned long count = mysql_stmt_param_count(h);
  if (count != params.size())
    throw Error(0, "statement expects " + std::to_string(count) + " parameters, got " +
                       std::to_string(params.size()));
  std::vector<MYSQL_BIND> binds(count);
  std::vector<long long> ints(count);
  std::vector<double> dbls(count);
  std::vector<my_bool> nulls(count);
  for (size_t i = 0; i < count; ++i) {
    MYSQL_BIND& b = binds[i];
    std::memset(&b, 0, sizeof b);
    const auto& v = params[i].value();
    if (std::holds_alternative<std::monostate>(v)) {
      nulls[i] = 1;
      b.buffer_type = MYSQL_TYPE_NULL;
      b.is_null = &nulls[i];
    } else if (auto p = std::get_if<long long>(&v)) {
      ints[i] = *p;
      b.buffer_type = MYSQL_TYPE_LONGLONG;
      b.buffer = &ints[i];
    } else if (auto p = std::get_if<double>(&v)) {
      dbls[i] = *p;
      b.buffer_type = MYSQL_TYPE_DOUBLE;
      b.buffer = &dbls[i];
    } else {
      const auto& s = std::get<std::string>(v);
      b.buffer_type = MYSQL_TYPE_STRING;
      b.buffer = const_cast<char*>(s.data());
      b.buffer_length = s.size();
    }
  }
  if (count && mysql_stmt_bind_param(h, binds.data()))
    fail(mysql_stmt_errno(h), mysql_stmt_error(h));
  if (mysql_stmt_execute(h)) {
    unsigned code = mysql_stmt_errno(h);
    std::string msg = mysql_stmt_error(h);
    if (code == ER_NEED_REPREPARE) stmts_.clear();
    fail(code, msg);
  }

  Result r;
  MYSQL_RES* meta = mysql_stmt_result_metadata(h);
  if (!meta) {
    r.affected = mysql_stmt_affected_rows(h);
    r.insert_id = mysql_stmt_insert_id(h);
    return r;
  }
  struct MetaGuard {
    MYSQL_RES* m;
    MYSQL_STMT* h;
    ~MetaGuard() {
      mysql_free_result(m);
      mysql_stmt_free_result(h);
    }
  } guard{meta, h};
  if (mysql_stmt_store_result(h)) fail(mysql_stmt_errno(h), mysql_stmt_error(h));
  unsigned ncols = mysql_num_fields(meta);
  MYSQL_FIELD* fields = mysql_fetch_fields(meta);
  std::vector<MYSQL_BIND> out(ncols);
  std::vector<std::string> bufs(ncols);
  std::vector<unsigned long> lens(ncols);
  std::vector<my_bool> isnull(ncols), errs(ncols);
  for (unsigned i = 0; i < ncols; ++i) {
    bufs[i].resize(std::max<unsigned long>(fields[i].max_length, 64) + 1);
    std::memset(&out[i], 0, sizeof out[i]);
    out[i].buffer_type = MYSQL_TYPE_STRING;
    out[i].buffer = bufs[i].data();
    out[i].buffer_length = bufs[i].size();
    out[i].length = &lens[i];
    out[i].is_null = &isnull[i];
    out[i].error = &errs[i];
  }
  if (mysql_stmt_bind_result(h, out.data())) fail(mysql_stmt_errno(h), mysql_stmt_error(h));
  r.rows.reserve(mysql_stmt_num_rows(h));
  for (;;) {
    int rc = mysql_stmt_fetch(h);
    if (rc == MYSQL_NO_DATA) break;
    if (rc == 1) fail(mysql_stmt_errno(h), mysql_stmt_error(h));
    std::vector<std::optional<std::string>> cols(ncols);
    for (unsigned i = 0; i < ncols; ++i) {
      if (isnull[i]) continue;
      if (lens[i] < bufs[i].size()) {
        cols[i].emplace(bufs[i].data(), lens[i]);
      } else {  // longer than max_length promised: fetch this column again, whole
        std::string big(lens[i], '\0');
        MYSQL_BIND b{};
        unsigned long got = 0;
        b.buffer_type = MYSQL_TYPE_STRING;
        b.buffer = big.data();
        b.buffer_length = big.size();
        b.length = &got;
        if (mysql_stmt_fetch_column(h, &b, i, 0)) fail(mysql_stmt_errno(h), mysql_stmt_error(h));
        cols[i] = std::move(big);
      }
    }
    r.rows.emplace_back(std::move(cols));
  }
  return r;
}

void Connection::run_script(const std::string& sql) {
  ensure_open();
  mysql_set_server_option(my_, MYSQL_OPTION_MULTI_STATEMENTS_ON);
  int rc = mysql_real_query(my_, sql.data(), sql.size());
  unsigned code = 0;
  std::string msg;
  for (;;) {
    if (rc) {
      code = mysql_errno(my_);
      msg = mysql_error(my_);
      break;
    }
    if (MYSQL_RES* res = mysql_store_result(my_)) mysql_free_result(res);
    rc = mysql_next_result(my_);
    if (rc == -1) break;
  }
  mysql_set_server_option(my_, MYSQL_OPTION_MULTI_STATEMENTS_OFF);
  if (code) fail(code, msg);
}

void Connection::begin() {
  if (in_tx_ && depth_ > 0) {
    exec("SAVEPOINT sp" + std::to_string(depth_));
    ++depth_;
    return;
  }
  exec("START TRANSACTION");
  in_tx_ = true;
  depth_ = 1;
}

void Connection::commit() {
  if (in_tx_ && depth_ > 1) {
    --depth_;
    exec("RELEASE SAVEPOINT sp" + std::to_string(depth_));
    for (auto& e : after_commit_)
      if (e.level > depth_) e.level = depth_;
    return;
  }
  auto then = std::move(after_commit_);
  after_commit_.clear();
  // Still "in the transaction" while COMMIT runs, so that exec() never sends it again on a
  // fresh connection (which would report success for a transaction that died). Whether a
  // COMMIT whose connection died took effect is unknown: that loss must not be retried, so it
  // becomes a plain 503.
  try {
    exec("COMMIT");
  } catch (const Lost&) {
    throw core::Unavailable();
  } catch (...) {
    in_tx_ = false;
    depth_ = 0;
    throw;
  }
  in_tx_ = false;
  depth_ = 0;
  for (auto& e : then) e.f();
}

void Connection::rollback() {
  if (in_tx_ && depth_ > 1 && my_) {
    --depth_;
    std::erase_if(after_commit_, [&](const auto& e) { return e.level > depth_; });
    exec("ROLLBACK TO SAVEPOINT sp" + std::to_string(depth_));
    return;
  }
  after_commit_.clear();
  if (!my_) return;
  in_tx_ = false;
  depth_ = 0;
  exec("ROLLBACK");
}

void Connection::after_commit(std::function<void()> f) { after_commit("", std::move(f)); }

void Connection::after_commit(const std::string& key, std::function<void()> f) {
  if (!in_tx_) return f();
  if (!key.empty())
    for (auto& e : after_commit_)
      if (e.key == key) {
        // One already waits; it now also answers for this level, so a savepoint of the
        // first write rolled back cannot take it away from this one.
        e.level = std::min(e.level, depth_);
        return;
      }
  after_commit_.push_back({depth_, key, std::move(f)});
}

Connection& local() {
  thread_local Connection c(Settings::from_config());
  return c;
}

}  // namespace db
