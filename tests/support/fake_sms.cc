#include "tests/support/fake_sms.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "sms/gateway.h"

namespace testenv {
FakeSms::FakeSms(std::string secret)
    : secret_(std::move(secret)), server_([this](const FakeRequest& r) {
        return answer(r.path(), r.body, r.header("x-yaocai-signature"));
      }) {}

FakeSms::~FakeSms() {
  release();  // a held batch answers, so the server can stop
  server_.stop();
}

std::vector<FakeSms::Message> FakeSms::messages() {
  std::lock_guard lock(m_);
  return messages_;
}

void FakeSms::hold_batch(int n) {
  held_ = false;
  released_ = false;
  hold_at_ = batches_ + n;
}

void FakeSms::release() {
  std::lock_guard lock(m_);
  released_ = true;
  cv_.notify_all();
}

std::string FakeSms::answer(const std::string& path, const std::string& body,
                            const std::string& sig) {
  if (fail_) return fake_reply(500, R"({"ok":false})");
  if (sig != sms::hmac_hex(secret_, body)) return fake_reply(401, R"({"ok":false,"error":"sign"})");
  auto j = nlohmann::json::parse(body, nullptr, false);
  if (j.is_discarded()) return fake_reply(400, R"({"ok":false})");
  auto take = [&](const nlohmann::json& m) {
    std::string key = m.value("key", "");
    std::lock_guard lock(m_);
    if (!key.empty()) {
      if (auto it = ids_.find(key); it != ids_.end()) {
        ++repeats_;
        return it->second;
      }
    }
    std::string id = "sms-" + std::to_string(messages_.size() + 1);
    if (!key.empty()) ids_[key] = id;
    messages_.push_back({key, m.value("phone", ""), m.value("template", ""), m.value("text", "")});
    return id;
  };
  if (path == "/send") return fake_reply(200, nlohmann::json{{"ok", true}, {"id", take(j)}}.dump());
  if (path != "/batch" || !j.contains("messages") || !j["messages"].is_array())
    return fake_reply(404, R"({"ok":false})");
  int n = ++batches_;
  nlohmann::json results = nlohmann::json::array();
  for (const auto& m : j["messages"]) {
    std::string key = m.value("key", "");
    results.push_back({{"key", key}, {"ok", true}, {"id", take(m)}});
  }
  if (n == hold_at_) {
    held_ = true;
    std::unique_lock lock(m_);
    cv_.wait(lock, [&] { return released_.load(); });
  }
  return fake_reply(200, nlohmann::json{{"results", results}}.dump());
}

}  // namespace testenv
