#include "watch/command_payload.h"

#include "core/error.h"
#include "core/text.h"
#include "watch/alarm.h"
#include "watch/circle.h"

namespace watch {

namespace {

const nlohmann::json* field(const nlohmann::json& fields, const char* key) {
  auto it = fields.find(key);
  return it == fields.end() || it->is_null() ? nullptr : &*it;
}

std::string text_of(const nlohmann::json& v, const char* key) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return v.dump();
  throw core::BadRequest(std::string("字段 ") + key + " 应为文字", key);
}

nlohmann::json phone_book(db::Connection& db, const Device& d, const nlohmann::json& fields) {
  auto out = nlohmann::json::array();
  const auto* entries = field(fields, "entries");
  if (!entries) {
    for (const auto& m : members(db, d.circle_id))
      out.push_back({{"name", m.name}, {"phone", m.phone}});
    for (const auto& c : contacts(db, d.circle_id))
      out.push_back({{"name", c.name}, {"phone", c.phone}});
  } else {
    if (!entries->is_array() || entries->size() > 20)
      throw core::BadRequest("通讯录最多 20 条", "entries");
    for (const auto& e : *entries) {
      if (!e.is_object()) throw core::BadRequest("通讯录条目应有 name 和 phone", "entries");
      out.push_back(
          {{"name", checked_name(text_of(e.value("name", nlohmann::json()), "name"), "entries")},
           {"phone", checked_contact_phone(text_of(e.value("phone", nlohmann::json()), "phone"),
                                           "entries")}});
    }
  }
  if (out.size() > 20) out.erase(out.begin() + 20, out.end());
  return {{"entries", out}};
}

}  // namespace

const std::vector<std::string>& requestable_commands() {
  static const std::vector<std::string> types{"locate", "message", "phonebook", "sos",  "alarms",
                                              "lowbat", "upload",  "poweroff",  "reset"};
  return types;
}

nlohmann::json command_payload(db::Connection& db, const Device& d, const std::string& type,
                               const nlohmann::json& fields) {
  if (type == "locate" || type == "poweroff" || type == "reset") return nlohmann::json::object();
  if (type == "message") {
    const auto* v = field(fields, "text");
    std::string text = v ? core::trim(text_of(*v, "text")) : "";
    if (text.empty()) throw core::BadRequest("请填写消息内容", "text");
    if (!core::valid_utf8(text) || core::char_count(text) > 100)
      throw core::BadRequest("消息最多 100 个字", "text");
    return {{"text", text}};
  }
  if (type == "phonebook") return phone_book(db, d, fields);
  if (type == "alarms") return alarms_payload(db, d.imei);
  if (type == "sos") {
    const auto* v = field(fields, "numbers");
    if (!v || !v->is_array() || v->empty() || v->size() > 3)
      throw core::BadRequest("请填写 1 到 3 个 SOS 号码", "numbers");
    auto numbers = nlohmann::json::array();
    for (const auto& n : *v)
      numbers.push_back(checked_contact_phone(text_of(n, "numbers"), "numbers"));
    return {{"numbers", numbers}};
  }
  if (type == "lowbat") {
    const auto* v = field(fields, "on");
    if (!v || !v->is_boolean()) throw core::BadRequest("字段 on 应为 true 或 false", "on");
    return {{"on", v->get<bool>()}};
  }
  if (type == "upload") {
    const auto* v = field(fields, "interval");
    if (!v || !v->is_number_integer() || v->get<long long>() < 10 || v->get<long long>() > 86400)
      throw core::BadRequest("上传间隔应为 10 到 86400 秒", "interval");
    return {{"interval", v->get<long long>()}};
  }
  throw core::BadRequest("不支持的指令类型", "type");
}

}  // namespace watch
