#include "web/form_error.h"

#include <cctype>

namespace web {
namespace {

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

void show_error(ctemplate::TemplateDictionary& d, const std::string& message,
                const std::string& field) {
  d.SetValue("MESSAGE", message);
  d.ShowSection("ERROR");
  if (field.empty()) return;
  d.SetValue("ERROR_FIELD", field);
  d.ShowSection("ERR_" + upper(field));
}

void show_error(ctemplate::TemplateDictionary& d, const core::Error& e) {
  show_error(d, e.what(), e.field);
}

void keep_value(ctemplate::TemplateDictionary& d, const Request& req, const std::string& field) {
  d.SetValue(upper(field), req.arg(field));
}

}  // namespace web
