// How pages name an order's terms, and the link that shares it.
#include "core/config.h"
#include "market/purchase.h"

namespace market {

const char* invoice_name(int invoice) {
  switch (invoice) {
    case 1: return "普通发票";
    case 2: return "增值税发票";
    default: return "无需发票";
  }
}

std::string payment_text(int payment, const std::string& days, const std::string& note) {
  std::string t = payment == 1 ? "预付" : payment == 2 ? "验收后" + days + "天付款" : "其他";
  if (!note.empty()) t += "（" + note + "）";
  return t;
}

std::string qualifications_text(const std::string& set) {
  std::string out;
  auto add = [&](const char* code, const char* name) {
    if (set.find(code) != std::string::npos) out += (out.empty() ? "" : "、") + std::string(name);
  };
  add("license", "营业执照");
  add("gsp", "GSP证书");
  add("gmp", "GMP证书");
  return out.empty() ? "无" : out;
}

std::string share_link(long long purchase_id) {
  return core::base_url() + "/purchase/" + std::to_string(purchase_id);
}

}  // namespace market
