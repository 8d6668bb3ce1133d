#include "web/verified_badge.h"

namespace web {

void show_verified_badge(ctemplate::TemplateDictionary& d, bool verified) {
  if (!verified) return;
  d.AddIncludeDictionary("VERIFIED_BADGE")->SetFilename("layout/verified_badge.tpl");
}

}  // namespace web
