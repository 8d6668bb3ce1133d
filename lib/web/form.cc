#include "web/form.h"

#include <cgicc/CgiUtils.h>

#include "core/error.h"
#include "core/text.h"

namespace web {

FormFields parse_urlencoded(const std::string& q) {
  FormFields out;
  size_t start = 0;
  while (start <= q.size()) {
    size_t end = q.find('&', start);
    if (end == std::string::npos) end = q.size();
    std::string part = q.substr(start, end - start);
    if (!part.empty()) {
      if (out.size() == kMaxFields) throw BadRequest("表单字段过多");
      size_t eq = part.find('=');
      std::string k = part.substr(0, eq), v = eq == std::string::npos ? "" : part.substr(eq + 1);
      out.emplace_back(cgicc::form_urldecode(k), cgicc::form_urldecode(v));
    }
    start = end + 1;
  }
  return out;
}

void check_fields(const FormFields& fields) {
  if (fields.size() > kMaxFields) throw BadRequest("表单字段过多");
  for (const auto& [k, v] : fields) {
    if (k.size() > kMaxFieldName) throw BadRequest("表单字段名过长");
    if (!core::valid_utf8(k) || !core::valid_utf8(v))
      throw BadRequest("提交的文字含有无效字符，请检查后重试");
  }
}

void check_multipart_framing(const std::string& content_type, const std::string& body) {
  auto b = content_type.find("boundary=");
  if (b == std::string::npos) throw BadRequest("上传数据格式错误");
  std::string boundary = content_type.substr(b + 9);
  if (!boundary.empty() && boundary.front() == '"')
    boundary = boundary.substr(1, boundary.find('"', 1) - 1);
  boundary = boundary.substr(0, boundary.find(';'));
  if (boundary.empty() || boundary.size() > 200 ||
      body.compare(0, boundary.size() + 2, "--" + boundary) != 0 ||
      body.find("--" + boundary + "--") == std::string::npos)
    throw BadRequest("上传数据格式错误");
}

}  // namespace web
