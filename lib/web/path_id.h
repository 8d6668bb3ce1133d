// Ids in URLs and forms, and one program's sub-routes below an id ("/item/{id}",
// "/item/{id}/close"), written as a table that reads like the route file.
#pragma once
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace web {

class Request;
class Response;

// An id as URLs and forms carry it: 1 to 18 ASCII digits; nullopt otherwise.
std::optional<long long> parse_id(std::string_view s);

// The id right after `prefix` in `path` and what follows it:
// ("/item/12/close", "/item/") -> {12, "/close"}. NotFound when `path` does not start with
// `prefix` or no id follows it.
struct PathId {
  long long id = 0;
  std::string rest;
};
PathId id_in_path(std::string_view path, std::string_view prefix);

// One entry of a sub-route table: what follows the id, the method ("GET" also answers HEAD,
// "" any method) and the handler.
struct SubRoute {
  std::string_view rest;
  std::string_view method;
  std::function<void(Request&, Response&, long long id)> run;
};

// Runs the entry whose `rest` and method match the request path below `prefix`. A known `rest`
// asked with another method is 405; an unknown one 404.
void dispatch(Request& req, Response& res, std::string_view prefix,
              std::initializer_list<SubRoute> routes);

}  // namespace web
