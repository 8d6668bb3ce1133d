#include "web/serve.h"

#include <cgicc/CgiUtils.h>
#include <fcgiapp.h>
#include <malloc.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "core/clock.h"
#include "core/config.h"
#include "core/error.h"
#include "core/page_copy.h"
#include "db/error.h"
#include "web/access_log.h"
#include "web/back.h"

namespace web {
namespace {

// One request accepted by libfcgi.
class FastCgiExchange : public Exchange {
 public:
  explicit FastCgiExchange(FCGX_Request& r) : r_(r) {}
  std::string param(const char* name) const override {
    const char* v = FCGX_GetParam(name, r_.envp);
    return v ? v : "";
  }
  size_t read(char* buf, size_t n) override {
    int got = FCGX_GetStr(buf, static_cast<int>(n), r_.in);
    return got > 0 ? static_cast<size_t>(got) : 0;
  }
  void write(const std::string& bytes) override {
    FCGX_PutStr(bytes.data(), static_cast<int>(bytes.size()), r_.out);
  }

 private:
  FCGX_Request& r_;
};

// A program started by hand from a shell: environment and stdio.
class CgiExchange : public Exchange {
 public:
  std::string param(const char* name) const override {
    const char* v = std::getenv(name);
    return v ? v : "";
  }
  size_t read(char* buf, size_t n) override { return std::fread(buf, 1, n, stdin); }
  void write(const std::string& bytes) override {
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
    std::fflush(stdout);
  }
};

std::atomic<bool> g_stopping{false};
std::atomic<int> g_busy{0};              // requests accepted and not yet finished
std::atomic<unsigned long> g_served{0};  // requests finished, for the idle heap trim
AccessLog g_log;
size_t g_max_body = 12 << 20;

const char* title_for(int status) {
  switch (status) {
    case 400: return "请求有误";
    case 401: return "请先登录";
    case 403: return "没有权限";
    case 404: return "页面不存在";
    case 405: return "请求方法不支持";
    case 409: return "操作冲突";
    case 413: return "内容过大";
    case 429: return "操作过于频繁";
    case 503: return "服务暂时不可用";
    default: return "服务器错误";
  }
}

bool path_wants_json(const Exchange& ex) {
  std::string uri = ex.param("DOCUMENT_URI");
  if (uri.size() >= 5 && uri.compare(uri.size() - 5, 5, ".json") == 0) return true;
  if (uri.rfind("/api/", 0) == 0 || uri.rfind("/v1/", 0) == 0) return true;
  return ex.param("CONTENT_TYPE").rfind("application/json", 0) == 0 ||
         ex.param("HTTP_ACCEPT").rfind("application/json", 0) == 0;
}

// Routes marked `public` in the route table get YAOCAI_PAGE_COPY from nginx: a visitor
// without a session is shown the same page as any other, which nginx can then serve as a
// file (core/page_copy.h). Begun before the handler reads anything.
std::optional<core::PageCopy> begin_copy(const Exchange& ex, const Request& req) {
  if (ex.param("YAOCAI_PAGE_COPY") != "1" || req.method() != "GET") return std::nullopt;
  if (!req.cookie(kSessionCookie).empty()) return std::nullopt;
  return core::PageCopy::begin(req.path(), req.query_string());
}

}  // namespace

void answer(Exchange& ex, const Handler& handler, const Options& opt) {
  auto t0 = std::chrono::steady_clock::now();
  Response res;
  std::unique_ptr<Request> req;
  std::string rid = ex.param("REQUEST_ID");
  std::optional<core::PageCopy> copy;
  auto fail = [&](int status, const std::string& code, const std::string& msg,
                  const std::string& field) {
    res.clear_for_error();
    bool json = req ? req->wants_json() : path_wants_json(ex);
    render_error(req.get(), res, status, code, msg, field, json);
  };
  try {
    req = std::make_unique<Request>(ex, res, g_max_body);
    rid = req->id();
    const auto& m = req->method();
    bool rest = opt.rest && (m == "PUT" || m == "PATCH" || m == "DELETE");
    if (m != "GET" && m != "HEAD" && m != "POST" && !rest) throw core::MethodNotAllowed();
    if (opt.csrf && req->is_post() && !req->csrf_ok())
      throw core::Error(403, "csrf", "页面已过期或来源无效，请刷新页面后重试");
    copy = begin_copy(ex, *req);
    // One request renders a page missing from its slot; those queued behind it get its
    // copy, or meanwhile the previous slot's.
    std::optional<std::string> html;
    if (copy && !(html = copy->existing()) && !copy->claim()) html = copy->previous();
    if (html) {
      res.html(std::move(*html));
    } else {
      handler(*req, res);
      // Only a plain page for everyone: no new session, no redirect, no error.
      if (copy && res.plain_page()) copy->keep(res.body());
    }
  } catch (const core::LoginRequired& e) {
    if (req && !req->wants_json()) {
      res.clear_for_error();
      std::string next = req->method() == "GET" ? req->uri() : "/";
      res.redirect("/login?next=" + cgicc::form_urlencode(next));
    } else {
      fail(401, e.code, e.what(), "");
    }
  } catch (const core::Error& e) {
    res.clear_for_error();
    if (!req || !send_back(*req, res, e)) fail(e.status, e.code, e.what(), e.field);
  } catch (const db::DuplicateKey& e) {
    // A unique key stopped something the handler did not foresee.
    g_log.error(rid, std::string("duplicate key: ") + e.what());
    fail(409, "conflict", "数据已存在，请勿重复提交", "");
  } catch (const std::exception& e) {
    g_log.error(rid, e.what());
    fail(500, "internal", "服务器出错了，请稍后再试", "");
  }
  // What this request learned of its user serves their next requests (session/user_card.h).
  if (req) try {
      req->keep_card();
    } catch (const std::exception& e) {
      g_log.error(rid, e.what());
    }
  std::string out;
  try {
    out = res.serialize();
  } catch (const std::exception& e) {
    g_log.error(rid, e.what());
    out =
        "Status: 500 Internal Server Error\r\nContent-Type: text/plain; "
        "charset=utf-8\r\n\r\n服务器出错了";
  }
  ex.write(out);
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  g_log.request(rid, ex.param("REQUEST_METHOD"), ex.param("DOCUMENT_URI"), res.status(), ms);
}

void render_error(Request* req, Response& res, int status, const std::string& code,
                  const std::string& message, const std::string& field, bool wants_json) {
  if (wants_json) {
    nlohmann::json j{{"ok", false}, {"error", code}, {"message", message}};
    if (!field.empty()) j["field"] = field;
    res.json(j, status);
    return;
  }
  auto page_html = [&](bool lookup_user) {
    Page page(req, "core/error.tpl", title_for(status));
    page.lookup_user = lookup_user;
    page.dict().SetIntValue("STATUS", status);
    page.dict().SetValue("HEADING", title_for(status));
    page.dict().SetValue("MESSAGE", message);
    if (status == 403 && code == "csrf") page.dict().ShowSection("RELOAD");
    // A way back to where the visitor was, when that was one of our pages.
    if (req)
      if (auto back = back_path(*req); !back.empty() && back != req->uri())
        page.dict().SetValueAndShowSection("BACK_URL", back, "HAS_BACK");
    return page.render();
  };
  try {
    res.html(page_html(status < 500), status);  // on a 5xx the database may be what failed
    return;
  } catch (const std::exception&) {
  }
  // The layout needed a service that is down: the page without the user, else plain text.
  try {
    if (req) return res.html(page_html(false), status);
  } catch (const std::exception&) {
  }
  res.send(std::string(title_for(status)) + "\n", "text/plain; charset=utf-8", status);
}

int serve(const Handler& handler, Options options) {
  // glibc gives each thread that allocates a malloc arena of its own, and each keeps megabytes
  // it once touched; a request allocates little and briefly, so the threads share one arena
  // and a program stays small (issue 16: under 10 MB after the benchmark).
  mallopt(M_ARENA_MAX, 1);
  const char* program = std::getenv("YAOCAI_PROGRAM");
  try {
    const auto& conf = core::Config::get();
    core::use_business_timezone();
    load_templates(conf.str("paths", "templates", "templates"));
    g_max_body = conf.num("web", "max_body_bytes", 12 << 20);
    g_log.open(conf.str("paths", "log_dir"), program ? program : "cgi");
  } catch (const std::exception& e) {
    std::cerr << "yaocai: cannot start: " << e.what() << "\n";
    return 1;
  }
  FCGX_Init();
  if (FCGX_IsCGI()) {
    CgiExchange ex;
    answer(ex, handler, options);
    return 0;
  }
  // Workers never see the signals below; the main thread waits for them with sigwait(). A
  // signal cannot wake a thread blocked in accept() on a unix socket, so instead of stopping
  // the workers we let in-flight requests finish and then end the process. SIGUSR1 stops too:
  // libfcgi's own handler for it would end the accept loops and leave the process alive but
  // deaf. SIGUSR2 (which multiwatch forwards) reopens the log after logrotate moved it.
  sigset_t signals;
  sigemptyset(&signals);
  for (int s : {SIGTERM, SIGINT, SIGUSR1, SIGUSR2}) sigaddset(&signals, s);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  signal(SIGPIPE, SIG_IGN);

  const char* t = std::getenv("YAOCAI_THREADS");
  int threads = t ? std::max(1, std::atoi(t)) : 1;
  std::mutex accept_mutex;  // libfcgi's threaded example serialises accept()
  auto loop = [&] {
    FCGX_Request r;
    FCGX_InitRequest(&r, 0, 0);
    for (;;) {
      int rc;
      {
        std::lock_guard lock(accept_mutex);
        rc = FCGX_Accept_r(&r);
        if (rc >= 0) ++g_busy;
      }
      if (rc < 0) break;
      FastCgiExchange ex(r);
      answer(ex, handler, options);
      FCGX_Finish_r(&r);
      ++g_served;
      --g_busy;
    }
  };
  for (int i = 0; i < threads; ++i) std::thread(loop).detach();

  // Between signals, a program that served requests and then sat idle for a second gives the
  // free pages of its heap back: a burst's buffers would otherwise stay resident in each of
  // the ~100 programs until the next burst reuses them.
  unsigned long trimmed_at = 0;
  for (;;) {
    unsigned long served = g_served;
    timespec second{1, 0};
    int sig = sigtimedwait(&signals, nullptr, &second);
    if (sig == SIGUSR2) {
      g_log.reopen();
    } else if (sig >= 0) {
      break;
    } else if (errno == EAGAIN && served == g_served && served != trimmed_at && g_busy == 0) {
      malloc_trim(0);
      trimmed_at = served;
    }
  }
  g_stopping = true;
  FCGX_ShutdownPending();
  for (int waited = 0; g_busy > 0 && waited < 10000; waited += 10)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  _exit(0);  // threads may still sit in accept(): no destructors, no joins
}

}  // namespace web
