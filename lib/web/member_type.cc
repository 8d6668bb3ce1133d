#include "web/member_type.h"

#include "auth/user.h"

namespace web {

void member_type_options(ctemplate::TemplateDictionary& d, int selected) {
  for (int t = 1; t <= 10; ++t) {
    auto* o = d.AddSectionDictionary("TYPE");
    o->SetIntValue("VALUE", t);
    o->SetValue("LABEL", auth::member_type_name(t));
    if (t == selected) o->ShowSection("SELECTED");
  }
}

}  // namespace web
