// The customer form shared by 录入客户 (/crm/customers/new) and 修改资料
// (/crm/customers/{id}/edit): reading it and filling it, with the error next to its field.
#pragma once
#include <ctemplate/template.h>

#include <string>
#include <vector>

#include "crm/customer.h"
#include "web/form_error.h"
#include "web/request.h"

namespace crm_ui {

inline crm::Customer customer_from_form(web::Request& req) {
  crm::Customer c;
  c.name = req.arg("name");
  c.qq = req.arg("qq");
  c.phone = req.arg("phone");
  c.wechat = req.arg("wechat");
  auto g = req.arg("gender");
  c.gender = g == "1" ? 1 : g == "2" ? 2 : g.empty() || g == "0" ? 0 : -1;
  c.education = req.arg("education");
  c.school = req.arg("school");
  c.major = req.arg("major");
  c.work_experience = req.arg("work_experience");
  c.work_status = req.arg("work_status");
  c.company = req.arg("company");
  c.salary = req.arg("salary");
  c.source = req.arg("source");
  c.referrer = req.arg("referrer");
  c.note = req.arg("note");
  c.intention = req.arg("intention");
  c.tags = req.arg("tags");
  c.courses = req.args("courses");
  return c;
}

inline void options(ctemplate::TemplateDictionary& d, const char* section,
                    const std::vector<std::string>& list, const std::string& chosen,
                    const char* empty_label = "请选择") {
  for (const auto& v : list) {
    auto* o = d.AddSectionDictionary(section);
    o->SetValue("VALUE", v);
    o->SetValue("LABEL", v.empty() ? empty_label : v);
    if (v == chosen) o->ShowSection("SELECTED");
  }
}

// Every field of `c`, and `error` (when not empty) next to `field`.
inline void fill_customer_form(ctemplate::TemplateDictionary& d, const crm::Customer& c,
                               const std::string& error, const std::string& field) {
  for (auto [key, value] : {std::pair{"NAME", c.name},
                            {"QQ", c.qq},
                            {"PHONE", c.phone},
                            {"WECHAT", c.wechat},
                            {"SCHOOL", c.school},
                            {"MAJOR", c.major},
                            {"WORK_EXPERIENCE", c.work_experience},
                            {"WORK_STATUS", c.work_status},
                            {"COMPANY", c.company},
                            {"SALARY", c.salary},
                            {"REFERRER", c.referrer},
                            {"NOTE", c.note},
                            {"TAGS", c.tags}})
    d.SetValue(key, value);
  d.ShowSection(c.gender == 1 ? "MALE" : c.gender == 2 ? "FEMALE" : "UNKNOWN");
  options(d, "SOURCE_OPT", crm::sources(), c.source);
  options(d, "EDUCATION_OPT", crm::educations(), c.education);
  options(d, "INTENTION_OPT", {"", "A", "B", "C"}, c.intention, "未定");
  for (const auto& course : crm::courses()) {
    auto* o = d.AddSectionDictionary("COURSE_OPT");
    o->SetValue("VALUE", course);
    for (const auto& chosen : c.courses)
      if (chosen == course) o->ShowSection("CHECKED");
  }
  if (!error.empty()) web::show_error(d, error, field);
}

}  // namespace crm_ui
