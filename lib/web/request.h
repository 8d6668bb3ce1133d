// One HTTP request as a route sees it: parameters, form (urlencoded or multipart, parsed by
// cgicc), JSON body, cookies, headers, and the session and user behind it.
#pragma once
#include <functional>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "auth/user.h"
#include "db/connection.h"
#include "redis/client.h"
#include "session/session.h"
#include "web/exchange.h"

namespace web {

class Response;

struct Upload {
  std::string field, filename, content_type, data;
};

class Request {
 public:
  // Reads the parameters and, within `max_body` bytes, the body. Throws core::Error
  // (413 too large, 400 malformed) before anything else happens.
  Request(Exchange& ex, Response& res, size_t max_body);

  const std::string& method() const { return method_; }
  const std::string& path() const { return path_; }
  const std::string& query_string() const { return query_; }
  // The full local URL (path + query), e.g. for login's ?next=.
  std::string uri() const;
  std::string id() const { return id_; }
  bool is_post() const { return method_ == "POST"; }

  // A query-string parameter; "" when absent.
  std::string param(const std::string& name) const;
  // A parameter from the POST form, else from the query string.
  std::string arg(const std::string& name) const;
  std::vector<std::string> args(const std::string& name) const;
  bool has_arg(const std::string& name) const;
  // All form fields in order (for names like items[3][variety]).
  const std::vector<std::pair<std::string, std::string>>& form() const { return form_; }
  const std::vector<Upload>& uploads() const { return uploads_; }
  const Upload* upload(const std::string& field) const;
  // A field of the form, or of the JSON object when the POST body is one (apps and scripts
  // send the same fields as JSON); numbers come as their text, "" when absent.
  std::string field(const std::string& name);
  // Every value of a repeated field: a JSON array, or form fields named `name` or `name[]`.
  std::vector<std::string> fields(const std::string& name);
  // The JSON body; throws BadRequest when the body is not JSON.
  const nlohmann::json& json();
  const std::string& body() const { return body_; }

  std::string header(const std::string& name) const;  // "X-CSRF-Token" style
  std::string cookie(const std::string& name) const;
  std::string remote_addr() const { return ex_.param("REMOTE_ADDR"); }
  bool secure() const { return ex_.param("HTTPS") == "on"; }
  // The route is marked `public` (conf/routes): nginx serves its page copies.
  bool public_page() const { return ex_.param("YAOCAI_PAGE_COPY") == "1"; }
  // JSON endpoints (.json, /api/, /v1/, a JSON body or Accept) get JSON errors.
  bool wants_json() const;

  // The visitor's session, created (and its cookie set) on first use.
  session::Session& session();
  // The session only if the visitor already has one; no Redis write.
  session::Session* existing_session();
  session::Store& sessions() { return store_; }
  // The CSRF token for forms on this page (creates the session).
  std::string csrf_token();
  // True when the POST carries this session's token (field csrf_token or X-CSRF-Token).
  bool csrf_ok();

  // The logged-in, enabled user, if any: from the user's card (session/user_card.h) when it
  // is current, else from the database.
  const auth::User* user();
  // A value of the logged-in user's card: the stored one, or `make()`'s, which the card keeps
  // from then on (until the user changes). For what the layout shows every user of their
  // own (the unread badge); "" without a logged-in user.
  std::string card_value(const std::string& name, const std::function<std::string()>& make);
  // Saves the card if this request made any of it (web::answer calls it after the page).
  void keep_card();
  // The user, or LoginRequired (a redirect to /login for pages, 401 for JSON).
  const auth::User& require_login();
  // The user if it has one of `roles` (admin always passes), else Forbidden.
  const auth::User& require_role(std::initializer_list<const char*> roles);

  // Logs `user_id` in: a new session id, the old one destroyed; remember = 7 days.
  void login(long long user_id, bool remember);
  void logout();

  db::Connection& db() { return db::local(); }
  redis::Client& redis() { return redis::local(); }

 private:
  void read_body(size_t max_body);
  void parse_form();
  void set_session_cookie(const session::Session& s, bool expire);

  Exchange& ex_;
  Response& res_;
  session::Store store_;
  std::string method_, path_, query_, id_, body_, content_type_;
  std::vector<std::pair<std::string, std::string>> query_args_, form_;
  std::vector<Upload> uploads_;
  std::map<std::string, std::string> cookies_;
  std::optional<nlohmann::json> json_;
  std::optional<session::Session> session_;
  bool session_loaded_ = false;
  std::optional<auth::User> user_;
  bool user_loaded_ = false;
  bool card_changed_ = false;
};

// The session cookie's name.
inline constexpr const char* kSessionCookie = "yc_sid";

}  // namespace web
