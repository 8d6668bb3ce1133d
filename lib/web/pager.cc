#include "web/pager.h"

#include <algorithm>

#include "web/path_id.h"
#include "web/request.h"

namespace web {

int page_number(const Request& req) {
  auto n = parse_id(req.param("page"));
  return n && *n >= 1 ? static_cast<int>(std::min(*n, 10000LL)) : 1;
}

Pager::Pager(const Request& req, int per_page) : per_page_(per_page), number_(page_number(req)) {}

void Pager::show(ctemplate::TemplateDictionary& d, const std::string& base) const {
  if (number_ == 1 && !more_) return;
  auto* p = d.AddIncludeDictionary("PAGER");
  p->SetFilename("layout/pager.tpl");
  p->SetIntValue("PAGE", number_);
  if (number_ > 1)
    p->SetValueAndShowSection("PREV_URL", base + std::to_string(number_ - 1), "HAS_PREV");
  if (more_) p->SetValueAndShowSection("NEXT_URL", base + std::to_string(number_ + 1), "HAS_NEXT");
}

}  // namespace web
