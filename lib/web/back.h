// No dead ends (issue 17). An ordinary mistake on a form posted from one of our pages (a 400
// or 409: nothing ticked, an empty follow-up, a page gone stale) goes back to that page, which
// shows the message above its content and puts back what was typed (htdocs/js/back.js), instead
// of an error page. Real errors (403, 404, 5xx) keep their page, with a link back.
#pragma once
#include <ctemplate/template.h>

#include <string>

#include "core/error.h"
#include "web/request.h"
#include "web/response.h"

namespace web {

// The path (and query) of the page the request came from, when it is one of ours: the
// Referer on this host; "" otherwise.
std::string back_path(const Request& req);

// For an HTML form POST refused with 400 or 409 that came from one of our pages: keeps the
// message, its field and the submitted fields (not the CSRF token, not files) in the session
// for that page and answers 303 to it. Returns false, answering nothing, otherwise.
bool send_back(Request& req, Response& res, const core::Error& e);

// On the page a refusal went back to (GET of the same path and query), once: section BACK in
// the layout with MESSAGE, FIELD and FIELDS (JSON [[name, value], ...]), and back.js.
// Returns true when it showed one.
bool show_back(Request& req, ctemplate::TemplateDictionary& layout);

}  // namespace web
