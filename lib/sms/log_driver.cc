// The development gateway: one JSON line per message, appended with O_APPEND so lines from
// many processes never interleave.
#include <fcntl.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "core/clock.h"
#include "core/error.h"
#include "sms/gateway.h"

namespace sms {
namespace {

class LogGateway : public Gateway {
 public:
  explicit LogGateway(std::string path) : path_(std::move(path)) {}
  void send(const Message& m) override {
    nlohmann::json j{
        {"time", core::now()}, {"phone", m.phone}, {"template", m.tpl}, {"text", m.text}};
    if (!m.code.empty()) j["code"] = m.code;
    if (!m.key.empty()) j["key"] = m.key;
    std::string line = j.dump() + "\n";
    int fd = ::open(path_.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
    if (fd < 0) throw web::Unavailable("短信发送失败，请稍后再试");
    ssize_t n = ::write(fd, line.data(), line.size());
    ::close(fd);
    if (n != static_cast<ssize_t>(line.size())) throw web::Unavailable("短信发送失败，请稍后再试");
  }

 private:
  std::string path_;
};

}  // namespace

std::unique_ptr<Gateway> log_gateway(const std::string& path) {
  return std::make_unique<LogGateway>(path);
}

}  // namespace sms
