// The 经营主体 select every member form shows (register, settings, the purchase form, the
// admin's user and notice forms). In the template:
//   {{#TYPE}}<option value="{{VALUE}}"{{#SELECTED}}
//   selected{{/SELECTED}}>{{LABEL}}</option>{{/TYPE}}
#pragma once
#include <ctemplate/template.h>

namespace web {

// One TYPE row per member type 1..10 (auth::member_type_name); `selected` (0: none) is
// marked SELECTED.
void member_type_options(ctemplate::TemplateDictionary& d, int selected);

}  // namespace web
