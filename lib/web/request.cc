#include "web/request.h"

#include <cgicc/CgiEnvironment.h>
#include <cgicc/CgiInput.h>
#include <cgicc/CgiUtils.h>
#include <cgicc/Cgicc.h>

#include <algorithm>
#include <cstring>

#include "core/config.h"
#include "core/error.h"
#include "core/token.h"
#include "session/user_card.h"
#include "web/body_input.h"
#include "web/form.h"
#include "web/response.h"

namespace web {
namespace {

bool starts_with(const std::string& s, const char* prefix) {
  return s.compare(0, std::strlen(prefix), prefix) == 0;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

}  // namespace

Request::Request(Exchange& ex, Response& res, size_t max_body)
    : ex_(ex), res_(res), store_(redis::local(), session::Lifetimes::from_config()) {
  method_ = ex.param("REQUEST_METHOD");
  if (method_.empty()) method_ = "GET";
  query_ = ex.param("QUERY_STRING");
  path_ = ex.param("DOCUMENT_URI");
  if (path_.empty()) {
    path_ = ex.param("REQUEST_URI");
    path_ = path_.substr(0, path_.find('?'));
  }
  if (path_.empty()) path_ = "/";
  id_ = ex.param("REQUEST_ID");
  if (id_.empty()) id_ = core::random_hex(8);
  content_type_ = ex.param("CONTENT_TYPE");
  query_args_ = parse_urlencoded(query_);
  check_fields(query_args_);
  read_body(max_body);
  parse_form();
  check_fields(form_);
}

void Request::read_body(size_t max_body) {
  std::string len = ex_.param("CONTENT_LENGTH");
  if (len.empty()) return;
  char* end = nullptr;
  unsigned long long n = std::strtoull(len.c_str(), &end, 10);
  if (*end != '\0') throw core::BadRequest("请求长度无效");
  if (n > max_body) throw core::PayloadTooLarge();
  body_.resize(n);
  size_t got = 0;
  while (got < n) {
    size_t r = ex_.read(body_.data() + got, n - got);
    if (r == 0) break;
    got += r;
  }
  if (got != n) throw core::BadRequest("请求内容不完整");
}

void Request::parse_form() {
  std::string type = lower(content_type_);
  bool urlencoded = starts_with(type, "application/x-www-form-urlencoded");
  bool multipart = starts_with(type, "multipart/form-data");
  bool form = !body_.empty() && (urlencoded || multipart);
  if (multipart && !body_.empty()) check_multipart_framing(content_type_, body_);
  BodyInput input(body_, form, [this](const char* name) { return ex_.param(name); });
  // cgicc throws (std::out_of_range and the like) on a malformed part header: that is the
  // client's error, not ours.
  try {
    cgicc::Cgicc cgi(&input);
    for (const auto& c : cgi.getEnvironment().getCookieList()) cookies_[c.getName()] = c.getValue();
    if (!form) return;
    for (const auto& e : *cgi) form_.emplace_back(e.getName(), e.getValue());
    for (const auto& f : cgi.getFiles())
      uploads_.push_back({f.getName(), f.getFilename(), f.getDataType(), f.getData()});
  } catch (const std::exception&) {
    if (multipart) throw core::BadRequest("上传数据格式错误");
    throw core::BadRequest("请求格式错误");
  }
  if (uploads_.size() > kMaxFiles) throw core::BadRequest("上传的文件过多");
  for (const auto& u : uploads_)
    if (u.field.size() > kMaxFieldName) throw core::BadRequest("表单字段名过长");
  // cgicc lists file fields among the entries too; keep them out of the text form.
  if (!uploads_.empty())
    form_.erase(std::remove_if(form_.begin(), form_.end(),
                               [&](const auto& kv) {
                                 return std::any_of(
                                     uploads_.begin(), uploads_.end(),
                                     [&](const Upload& u) { return u.field == kv.first; });
                               }),
                form_.end());
}

std::string Request::uri() const { return query_.empty() ? path_ : path_ + "?" + query_; }

std::string Request::param(const std::string& name) const {
  for (const auto& [k, v] : query_args_)
    if (k == name) return v;
  return "";
}

std::string Request::arg(const std::string& name) const {
  for (const auto& [k, v] : form_)
    if (k == name) return v;
  return param(name);
}

std::vector<std::string> Request::args(const std::string& name) const {
  std::vector<std::string> out;
  for (const auto& [k, v] : form_)
    if (k == name) out.push_back(v);
  if (out.empty())
    for (const auto& [k, v] : query_args_)
      if (k == name) out.push_back(v);
  return out;
}

bool Request::has_arg(const std::string& name) const {
  auto has = [&](const auto& list) {
    return std::any_of(list.begin(), list.end(), [&](const auto& kv) { return kv.first == name; });
  };
  return has(form_) || has(query_args_);
}

const Upload* Request::upload(const std::string& field) const {
  for (const auto& u : uploads_)
    if (u.field == field && !u.data.empty()) return &u;
  return nullptr;
}

namespace {

std::string json_text(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number()) return v.dump();
  return "";
}

// A POST whose body is a JSON object answers field() from it.
bool json_fields(const Request& req) {
  return req.is_post() && !req.body().empty() && req.body()[0] == '{';
}

}  // namespace

std::string Request::field(const std::string& name) {
  if (!json_fields(*this)) return arg(name);
  const auto& j = json();
  return j.is_object() && j.contains(name) ? json_text(j[name]) : "";
}

std::vector<std::string> Request::fields(const std::string& name) {
  std::vector<std::string> out;
  if (!json_fields(*this)) {
    out = args(name);
    for (const auto& x : args(name + "[]")) out.push_back(x);
    return out;
  }
  const auto& j = json();
  if (!j.is_object() || !j.contains(name)) return out;
  if (j[name].is_array())
    for (const auto& v : j[name]) out.push_back(json_text(v));
  else
    out.push_back(json_text(j[name]));
  return out;
}

const nlohmann::json& Request::json() {
  if (!json_) {
    auto j = nlohmann::json::parse(body_, nullptr, false);
    if (j.is_discarded()) throw core::BadRequest("请求内容不是有效的 JSON");
    json_ = std::move(j);
  }
  return *json_;
}

std::string Request::header(const std::string& name) const {
  std::string key = "HTTP_";
  for (char c : name)
    key += c == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return ex_.param(key.c_str());
}

std::string Request::cookie(const std::string& name) const {
  auto it = cookies_.find(name);
  return it == cookies_.end() ? "" : it->second;
}

bool Request::wants_json() const {
  if (path_.size() >= 5 && path_.compare(path_.size() - 5, 5, ".json") == 0) return true;
  if (starts_with(path_, "/api/") || starts_with(path_, "/v1/")) return true;
  if (starts_with(lower(content_type_), "application/json")) return true;
  return starts_with(lower(ex_.param("HTTP_ACCEPT")), "application/json");
}

session::Session* Request::existing_session() {
  if (!session_loaded_) {
    session_loaded_ = true;
    std::string id = cookie(kSessionCookie);
    if (!id.empty()) session_ = store_.load(id);
  }
  return session_ ? &*session_ : nullptr;
}

session::Session& Request::session() {
  if (auto* s = existing_session()) return *s;
  session_ = store_.create();
  set_session_cookie(*session_, false);
  return *session_;
}

std::string Request::csrf_token() { return session().csrf; }

bool Request::csrf_ok() {
  auto* s = existing_session();
  if (!s) return false;
  // Body or header only: a token in the query string of a POST leaks into logs and Referer.
  std::string sent = header("X-CSRF-Token");
  for (const auto& [k, v] : form_)
    if (sent.empty() && k == "csrf_token") sent = v;
  return core::secrets_equal(sent, s->csrf);
}

void Request::set_session_cookie(const session::Session& s, bool expire) {
  Cookie c;
  c.name = kSessionCookie;
  c.value = expire ? "" : s.id;
  c.http_only = true;
  c.secure = secure() || core::Config::get().flag("site", "secure_cookies", false);
  if (expire)
    c.max_age = 0;
  else if (s.remember)
    c.max_age = store_.ttl(s);
  res_.cookie(c);
}

const auth::User* Request::user() {
  if (!user_loaded_) {
    user_loaded_ = true;
    if (auto* s = existing_session(); s && s->user_id > 0) {
      if (auto u = auth::user_from_card(s->card); u && u->id == s->user_id) {
        user_ = std::move(u);
      } else {
        user_ = auth::find_user(db(), s->user_id);
        s->card.clear();
        if (user_) {
          auth::user_to_card(*user_, s->card);
          card_changed_ = true;
        }
      }
      if (user_ && user_->disabled) user_.reset();
    }
  }
  return user_ ? &*user_ : nullptr;
}

std::string Request::card_value(const std::string& name, const std::function<std::string()>& make) {
  if (!user()) return "";
  auto& card = session_->card;
  if (auto it = card.find(name); it != card.end()) return it->second;
  std::string v = make();
  card[name] = v;
  card_changed_ = true;
  return v;
}

void Request::keep_card() {
  if (!card_changed_ || !session_ || session_->user_id <= 0 || session_->card_gen.empty()) return;
  card_changed_ = false;
  session::keep_card(redis(), session_->user_id, session_->card_gen, session_->card);
}

const auth::User& Request::require_login() {
  if (const auto* u = user()) return *u;
  throw core::LoginRequired();
}

const auth::User& Request::require_role(std::initializer_list<const char*> roles) {
  const auto& u = require_login();
  if (u.is_admin()) return u;
  for (const char* r : roles)
    if (u.has_role(r)) return u;
  throw core::Forbidden();
}

void Request::login(long long user_id, bool remember) {
  session::Session old;
  if (auto* s = existing_session()) old = *s;
  session_ = store_.rotate(old, user_id, remember);
  session_loaded_ = true;
  user_loaded_ = false;
  card_changed_ = false;
  user_.reset();
  set_session_cookie(*session_, false);
}

void Request::logout() {
  if (auto* s = existing_session()) {
    store_.destroy(s->id);
    set_session_cookie(*s, true);
  }
  session_.reset();
  user_.reset();
  user_loaded_ = true;
}

}  // namespace web
