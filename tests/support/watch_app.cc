#include "tests/support/watch_app.h"

#include <gtest/gtest.h>

#include <atomic>
#include <random>

#include "db/connection.h"
#include "redis/client.h"
#include "tests/support/stack.h"
#include "watch/app_session.h"
#include "watch/offline_box.h"
#include "watch/report.h"

namespace testenv {

App::App() {
  phone = unique_phone();
  uid = static_cast<long long>(
      db::local().query("INSERT INTO user (phone, name) VALUES (?, ?)", phone, "家长").insert_id);
  token = watch::start_session(redis::local(), uid).token;
}

HttpResponse App::get(const std::string& path) {
  return http.get(path, {"Authorization: Bearer " + token});
}
HttpResponse App::post(const std::string& path, const nlohmann::json& body) {
  return http.send("POST", path, body, {"Authorization: Bearer " + token});
}
HttpResponse App::patch(const std::string& path, const nlohmann::json& body) {
  return http.send("PATCH", path, body, {"Authorization: Bearer " + token});
}
HttpResponse App::put(const std::string& path, const nlohmann::json& body) {
  return http.send("PUT", path, body, {"Authorization: Bearer " + token});
}
HttpResponse App::del(const std::string& path) {
  return http.send("DELETE", path, nullptr, {"Authorization: Bearer " + token});
}

std::string App::new_circle(const std::string& name, const std::string& member) {
  nlohmann::json body{{"name", name}};
  if (!member.empty()) body["member_name"] = member;
  auto r = post("/v1/circles", body);
  EXPECT_EQ(r.status, 201) << r.body;
  return r.status == 201 ? r.json()["data"]["id"].get<std::string>() : "";
}

std::string App::bound_watch(const std::string& circle, const std::string& name) {
  std::string imei = switched_on_watch();
  auto asked = post("/v1/circles/" + circle + "/bind-code", {{"imei", imei}});
  EXPECT_EQ(asked.status, 202) << asked.body;
  auto bound = post("/v1/circles/" + circle + "/devices",
                    {{"imei", imei}, {"code", bind_code_sent(imei)}, {"name", name}});
  EXPECT_EQ(bound.status, 201) << bound.body;
  // The watch showed the code it was sent: it acknowledged that command, so the box a test
  // starts from is empty.
  for (const auto& c : watch::offline_box(db::local(), imei))
    if (c.type == "bindcode") watch::acknowledge(db::local(), imei, c.id);
  return imei;
}

std::string switched_on_watch() {
  static std::atomic<long long> n{static_cast<long long>(std::random_device{}() % 100000000)};
  std::string imei = "8630" + std::to_string(10000000000LL + (n++ % 10000000000LL)).substr(0, 11);
  while (imei.size() < 15) imei += "0";
  watch::heartbeat(db::local(), imei, {});
  return imei;
}

std::string bind_code_sent(const std::string& imei) {
  std::string code;
  for (const auto& c : watch::offline_box(db::local(), imei))
    if (c.type == "bindcode") code = c.payload.value("code", "");
  return code;
}

}  // namespace testenv
