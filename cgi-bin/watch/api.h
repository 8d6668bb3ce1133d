// What every /v1 program of the watch app API shares: the bearer token's user, path
// segments, the {"ok":true,"data":…} envelope and typed fields of the JSON body. Errors are
// core::Error as everywhere; web::serve answers them {"ok":false,"error","message","field"}.
#pragma once
#include <cmath>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "watch/app_session.h"
#include "watch/circle.h"
#include "watch/command.h"
#include "watch/device.h"
#include "web/serve.h"

namespace watch_api {

// The API's options: JSON errors, PUT/PATCH/DELETE, no CSRF (a bearer token is no cookie: a
// page of another site cannot make a browser send it).
inline web::Options options() {
  web::Options o;
  o.csrf = false;
  o.rest = true;
  return o;
}

inline std::string bearer_token(web::Request& req) {
  std::string h = req.header("Authorization");
  return h.rfind("Bearer ", 0) == 0 ? h.substr(7) : "";
}

// The signed-in user, else 401.
inline long long caller(web::Request& req) {
  long long user = watch::token_user(req.redis(), bearer_token(req));
  if (!user) throw core::Error(401, "unauthorized", "登录已失效，请重新登录");
  return user;
}

// "/v1/circles/12/members/me" → {"v1", "circles", "12", "members", "me"}.
inline std::vector<std::string> segments(const std::string& path) {
  std::vector<std::string> out;
  size_t start = 1;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    if (end > start) out.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// A numeric path segment (a circle, place or user id); NotFound for anything else.
inline long long id_of(const std::string& segment) {
  if (segment.empty() || segment.size() > 18 ||
      segment.find_first_not_of("0123456789") != std::string::npos)
    throw core::NotFound();
  return std::stoll(segment);
}

using Segments = std::vector<std::string>;

// What every /v1 program but the sign-in one runs as main(): the API's options, the caller
// signed in by bearer token (else 401) and the path's segments, then `handle`.
using SignedInHandler =
    std::function<void(web::Request&, web::Response&, long long user, const Segments& path)>;
inline int serve_signed_in(const SignedInHandler& handle) {
  return web::serve(
      [&handle](web::Request& req, web::Response& res) {
        long long user = caller(req);
        handle(req, res, user, segments(req.path()));
      },
      options());
}

// /v1/devices/{imei}/…: also the watch, 404 when it is outside the caller's circles.
using DeviceHandler = std::function<void(web::Request&, web::Response&, long long user,
                                         const watch::Device&, const Segments& path)>;
inline int serve_device(const DeviceHandler& handle) {
  return serve_signed_in(
      [&handle](web::Request& req, web::Response& res, long long user, const Segments& p) {
        handle(req, res, user, watch::device_for(req.db(), p.at(2), user), p);
      });
}

// /v1/circles/{id}/…: also the circle, 404 when the caller is not one of its members.
using CircleHandler = std::function<void(web::Request&, web::Response&, long long user,
                                         const watch::Circle&, const Segments& path)>;
inline int serve_circle(const CircleHandler& handle) {
  return serve_signed_in(
      [&handle](web::Request& req, web::Response& res, long long user, const Segments& p) {
        handle(req, res, user, watch::member_circle(req.db(), id_of(p.at(2)), user), p);
      });
}

// `GET`(HEAD too), `POST`, `PUT`, `PATCH` or `DELETE`.
inline bool is(web::Request& req, const char* method) {
  const auto& m = req.method();
  return m == method || (m == "HEAD" && std::string(method) == "GET");
}

inline void ok(web::Response& res, const nlohmann::json& data, int status = 200) {
  res.json({{"ok", true}, {"data", data}}, status);
}

// A command (or story) sent to a watch: 200 "delivered" when the watch acknowledged it in
// time, else 202 "queued".
inline void ok_sent(web::Response& res, const watch::Sent& sent) {
  auto j = watch::command_json(sent.command);
  j["status"] = sent.delivered ? "delivered" : "queued";
  ok(res, j, sent.delivered ? 200 : 202);
}

// The JSON object in the body ({} when there is none).
inline nlohmann::json body(web::Request& req) {
  if (req.body().empty()) return nlohmann::json::object();
  const auto& j = req.json();
  if (!j.is_object()) throw core::BadRequest("请求内容应为 JSON 对象");
  return j;
}

// A string field; numbers are taken as their text (phones typed as numbers).
inline std::optional<std::string> text(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return it->dump();
  throw core::BadRequest(std::string("字段 ") + key + " 应为文字", key);
}

inline std::string required_text(const nlohmann::json& j, const char* key) {
  auto v = text(j, key);
  if (!v || v->empty()) throw core::BadRequest(std::string("请填写 ") + key, key);
  return *v;
}

inline std::optional<double> number(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  if (!it->is_number() || !std::isfinite(it->get<double>()))
    throw core::BadRequest(std::string("字段 ") + key + " 应为数字", key);
  return it->get<double>();
}

inline double required_number(const nlohmann::json& j, const char* key) {
  auto v = number(j, key);
  if (!v) throw core::BadRequest(std::string("请填写 ") + key, key);
  return *v;
}

inline std::optional<bool> flag(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  if (!it->is_boolean())
    throw core::BadRequest(std::string("字段 ") + key + " 应为 true 或 false", key);
  return it->get<bool>();
}

// A bounded integer query parameter; `fallback` when absent, BadRequest outside [lo, hi].
inline int int_param(web::Request& req, const char* key, int fallback, int lo, int hi) {
  std::string s = req.param(key);
  if (s.empty()) return fallback;
  if (s.size() > 9 || s.find_first_not_of("0123456789") != std::string::npos)
    throw core::BadRequest(std::string("参数 ") + key + " 应为数字", key);
  int v = std::stoi(s);
  if (v < lo || v > hi)
    throw core::BadRequest(std::string("参数 ") + key + " 应在 " + std::to_string(lo) + " 到 " +
                               std::to_string(hi) + " 之间",
                           key);
  return v;
}

// A feed's page (§5: `before`/`limit`): items with an id below `before` (0: from the newest),
// at most `limit` (1..50, default 20); BadRequest for anything else.
struct PageArgs {
  long long before = 0;
  int limit = 20;
};
inline PageArgs page_args(web::Request& req) {
  PageArgs a;
  std::string before = req.param("before");
  if (!before.empty()) {
    if (before.size() > 18 || before.find_first_not_of("0123456789") != std::string::npos)
      throw core::BadRequest("参数 before 应为编号", "before");
    a.before = std::stoll(before);
  }
  a.limit = int_param(req, "limit", 20, 1, 50);
  return a;
}

}  // namespace watch_api
