// A parent's phone app for the watch API tests: a user with a bearer token, and the steps most
// tests start with (a circle, a watch switched on and bound). Sign-in by SMS has its own test.
#pragma once
#include <string>

#include "tests/support/http.h"

namespace testenv {

struct App {
  Http http;
  long long uid = 0;
  std::string phone, token;
  // A new user (unique phone) signed in with a fresh token.
  App();
  HttpResponse get(const std::string& path);
  HttpResponse post(const std::string& path, const nlohmann::json& body = nlohmann::json::object());
  HttpResponse patch(const std::string& path, const nlohmann::json& body);
  HttpResponse put(const std::string& path, const nlohmann::json& body);
  HttpResponse del(const std::string& path);
  // POST /v1/circles; the new circle's id (the test fails when it is refused).
  std::string new_circle(const std::string& name = "我家", const std::string& member = "");
  // A watch that connected once, bound to `circle` as `name` through bind code and devices.
  std::string bound_watch(const std::string& circle, const std::string& name = "小明手表");
};

// A parent with a circle of their own and a watch bound to it: what most watch tests start
// from (each test's own Family adds what it needs, a watch switched off, an old binding...).
struct Family {
  App parent;
  std::string circle, imei;
  Family() : circle(parent.new_circle()), imei(parent.bound_watch(circle)) {}
};

// A 15-digit IMEI no other test uses; the watch has connected once (a heartbeat).
std::string switched_on_watch();
// The code of the latest bind-code command queued for the watch; "" when none.
std::string bind_code_sent(const std::string& imei);

}  // namespace testenv
