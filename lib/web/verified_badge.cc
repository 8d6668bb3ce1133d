#include "web/verified_badge.h"

namespace web {

void show_verified_badge(ctemplate::TemplateDictionary& d, bool verified, const char* include) {
  if (!verified) return;
  d.AddIncludeDictionary(include)->SetFilename("layout/verified_badge.tpl");
}

}  // namespace web
