// The FastCGI loop every route program runs: accept on fd 0 (the socket multiwatch or systemd
// hands over) with $YAOCAI_THREADS threads, or answer one request as plain CGI when fd 0 is
// not a socket. Typed errors (core/error.h) become one error page or JSON body; anything else
// is a 500, logged with the request id, and the process keeps serving.
#pragma once
#include <functional>

#include "web/page.h"
#include "web/request.h"
#include "web/response.h"

namespace web {

using Handler = std::function<void(Request&, Response&)>;

struct Options {
  // POSTs must carry the session's CSRF token. Off only where no browser session posts:
  // WeChat's signed event push (/wechat/event) and the not-found program.
  bool csrf = true;
  // Also accept PUT, PATCH and DELETE (the watch app's JSON API).
  bool rest = false;
};

int serve(const Handler& handler, Options options = {});

// Answers one request on `ex` (what each accept-loop iteration does); tests drive it directly.
void answer(Exchange& ex, const Handler& handler, const Options& options = {});

// Answers `e` as the error page or JSON body the request expects.
void render_error(Request* req, Response& res, int status, const std::string& code,
                  const std::string& message, const std::string& field, bool wants_json);

}  // namespace web
