#include "web/form_error.h"

#include <cctype>

namespace web {
namespace {

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

void show_error(ctemplate::TemplateDictionary& d, const Error& e) {
  d.SetValue("MESSAGE", e.what());
  d.ShowSection("ERROR");
  if (!e.field.empty()) d.ShowSection("ERR_" + upper(e.field));
}

void keep_value(ctemplate::TemplateDictionary& d, const Request& req, const std::string& field) {
  d.SetValue(upper(field), req.arg(field));
}

}  // namespace web
