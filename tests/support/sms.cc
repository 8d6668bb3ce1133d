#include "tests/support/sms.h"

#include <fstream>
#include <nlohmann/json.hpp>

#include "tests/support/stack.h"

namespace testenv {
namespace {

template <typename F>
void each_message(const std::string& phone, F f) {
  std::ifstream in(var_dir() + "/log/sms.log");
  for (std::string line; std::getline(in, line);) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_discarded() && j.value("phone", "") == phone) f(j);
  }
}

}  // namespace

std::string last_sms_code(const std::string& phone) {
  std::string code;
  each_message(phone, [&](const nlohmann::json& j) { code = j.value("code", ""); });
  return code;
}

int sms_count(const std::string& phone) {
  int n = 0;
  each_message(phone, [&](const nlohmann::json&) { ++n; });
  return n;
}

}  // namespace testenv
