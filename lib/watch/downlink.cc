#include "watch/downlink.h"

#include <cstdint>

namespace watch {
namespace {

std::string str(const nlohmann::json& p, const char* key) {
  auto it = p.find(key);
  if (it == p.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  return "";
}

// Text for a comma-separated field: the protocol has no quoting, so commas and brackets go.
std::string field(std::string s) {
  for (char& c : s)
    if (c == ',' || c == '[' || c == ']' || c == '*') c = ' ';
  return s;
}

void append_utf16(std::string& out, uint32_t unit) {
  static const char* digits = "0123456789ABCDEF";
  for (int shift = 12; shift >= 0; shift -= 4) out += digits[(unit >> shift) & 15];
}

}  // namespace

std::string utf16be_hex(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    uint32_t cp;
    int len;
    if (c < 0x80)
      cp = c, len = 1;
    else if ((c >> 5) == 6)
      cp = c & 0x1F, len = 2;
    else if ((c >> 4) == 14)
      cp = c & 0x0F, len = 3;
    else if ((c >> 3) == 30)
      cp = c & 0x07, len = 4;
    else
      return "";
    if (i + len > s.size()) return "";
    for (int k = 1; k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc >> 6) != 2) return "";
      cp = (cp << 6) | (cc & 0x3F);
    }
    i += len;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      append_utf16(out, 0xD800 + (cp >> 10));
      append_utf16(out, 0xDC00 + (cp & 0x3FF));
    } else {
      append_utf16(out, cp);
    }
  }
  return out;
}

std::string utf8_of_utf16be_hex(const std::string& hex) {
  if (hex.size() % 4) return "";
  std::string out;
  auto unit_at = [&](std::size_t i, uint32_t& u) {
    u = 0;
    for (std::size_t k = i; k < i + 4; ++k) {
      char c = hex[k];
      int v = c >= '0' && c <= '9'   ? c - '0'
              : c >= 'A' && c <= 'F' ? c - 'A' + 10
              : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                     : -1;
      if (v < 0) return false;
      u = u * 16 + static_cast<uint32_t>(v);
    }
    return true;
  };
  for (std::size_t i = 0; i < hex.size(); i += 4) {
    uint32_t u;
    if (!unit_at(i, u)) return "";
    uint32_t cp = u;
    if (u >= 0xD800 && u < 0xDC00) {
      uint32_t lo;
      if (i + 8 > hex.size() || !unit_at(i + 4, lo) || lo < 0xDC00 || lo > 0xDFFF) return "";
      cp = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
      i += 4;
    } else if (u >= 0xDC00 && u <= 0xDFFF) {
      return "";
    }
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return out;
}

std::string downlink_content(const std::string& type, const nlohmann::json& p) {
  if (type == "locate") return "CR";
  if (type == "poweroff") return "POWEROFF";
  if (type == "reset") return "RESET";
  if (type == "find") return "FIND";
  if (type == "upload") {
    std::string s = str(p, "interval");
    return s.empty() ? "" : "UPLOAD," + s;
  }
  if (type == "lowbat") {
    bool off = p.contains("on") && (p["on"] == false || p["on"] == 0 || p["on"] == "0");
    return std::string("LOWBAT,") + (off ? "0" : "1");
  }
  if (type == "message" || type == "text") return "MESSAGE," + utf16be_hex(str(p, "text"));
  // The bind code is shown like a message: a parent reads it off the screen.
  if (type == "bindcode") return "MESSAGE," + utf16be_hex("绑定码 " + str(p, "code"));
  if (type == "sos") {
    std::string out = "SOS";
    if (p.contains("numbers") && p["numbers"].is_array())
      for (const auto& n : p["numbers"])
        if (n.is_string()) out += "," + field(n.get<std::string>());
    return out;
  }
  if (type == "phonebook") {
    std::string out = "PHB";
    const char* list = p.contains("entries") ? "entries" : "contacts";
    if (p.contains(list) && p[list].is_array())
      for (const auto& c : p[list])
        if (c.is_object())
          out += "," + field(str(c, "phone")) + "," + utf16be_hex(field(str(c, "name")));
    return out;
  }
  if (type == "alarms" || type == "remind") {
    // REMIND,hh:mm-on-kind[-days] per alarm clock: kind 1 rings once, 2 daily, 3 on the days
    // given as seven 0/1 digits from Monday.
    std::string out = "REMIND";
    if (p.contains("alarms") && p["alarms"].is_array())
      for (const auto& a : p["alarms"]) {
        if (!a.is_object()) continue;
        std::string days = "0000000";
        if (a.contains("days") && a["days"].is_array())
          for (const auto& d : a["days"])
            if (d.is_number_integer() && d.get<int>() >= 1 && d.get<int>() <= 7)
              days[d.get<int>() - 1] = '1';
        bool on = a.contains("on") ? a["on"] == true : a.value("enabled", true);
        std::string kind = days == "0000000" ? "1" : days == "1111111" ? "2" : "3-" + days;
        out += "," + field(str(a, "time")) + "-" + (on ? "1" : "0") + "-" + kind;
      }
    return out;
  }
  if (type == "voice" || type == "story") {
    // The gateway reads the AMR file named in the payload and appends its bytes.
    return "TK,";
  }
  return "";
}

std::string ack_word(const std::string& content) { return content.substr(0, content.find(',')); }

}  // namespace watch
