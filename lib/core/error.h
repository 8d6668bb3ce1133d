// Typed errors that domain code throws and web::serve answers once, at the edge.
// Plain C++ on purpose: domain libraries use them without any FastCGI type.
#pragma once
#include <stdexcept>
#include <string>

namespace web {

// An error the user caused or may see: a status, a stable code for JSON, a Chinese message,
// and optionally the form field it is about.
struct Error : std::runtime_error {
  int status;
  std::string code;
  std::string field;
  Error(int status, std::string code, const std::string& message, std::string field = "")
      : std::runtime_error(message),
        status(status),
        code(std::move(code)),
        field(std::move(field)) {}
};

struct BadRequest : Error {
  explicit BadRequest(const std::string& message, std::string field = "")
      : Error(400, "bad_request", message, std::move(field)) {}
};
// Not logged in: HTML requests are redirected to /login, JSON requests get 401.
struct LoginRequired : Error {
  LoginRequired() : Error(401, "login_required", "请先登录") {}
};
struct Forbidden : Error {
  explicit Forbidden(const std::string& message = "没有权限访问此页面")
      : Error(403, "forbidden", message) {}
};
struct NotFound : Error {
  explicit NotFound(const std::string& message = "页面不存在或已被删除")
      : Error(404, "not_found", message) {}
};
struct MethodNotAllowed : Error {
  MethodNotAllowed() : Error(405, "method_not_allowed", "不支持此请求方法") {}
};
struct Conflict : Error {
  explicit Conflict(const std::string& message, std::string code = "conflict")
      : Error(409, std::move(code), message) {}
};
struct PayloadTooLarge : Error {
  PayloadTooLarge() : Error(413, "too_large", "提交的内容过大") {}
};
struct TooManyRequests : Error {
  explicit TooManyRequests(const std::string& message = "操作过于频繁，请稍后再试")
      : Error(429, "too_many_requests", message) {}
};
// A backing service (MariaDB, Redis) is down; the next request tries again.
struct Unavailable : Error {
  explicit Unavailable(const std::string& message = "服务暂时不可用，请稍后再试")
      : Error(503, "unavailable", message) {}
};

}  // namespace web
