// A list shown a page at a time (?page=N): which rows to read and the 上一页/下一页 links,
// the same on every list (templates/layout/pager.tpl, included as {{>PAGER}}).
#pragma once
#include <ctemplate/template.h>

#include <string>
#include <vector>

namespace web {

class Request;

// The page asked for: 1 when `page` is missing or not a number, at most 10 000.
int page_number(const Request& req);

class Pager {
 public:
  Pager(const Request& req, int per_page);
  int number() const { return number_; }
  // Rows to read: one more than a page, which tells whether another page follows.
  int limit() const { return per_page_ + 1; }
  int offset() const { return (number_ - 1) * per_page_; }

  // Drops the row read past the page (remembering that a next page exists).
  template <typename T>
  void fit(std::vector<T>& rows) {
    more_ = static_cast<int>(rows.size()) > per_page_;
    if (more_) rows.resize(per_page_);
  }

  // The links, as `base` + page number: base is the list's URL with its other parameters,
  // ending in "page=" ("/my/purchases?tab=active&page="). Nothing on a single page.
  void show(ctemplate::TemplateDictionary& d, const std::string& base) const;

 private:
  int per_page_;
  int number_;
  bool more_ = false;
};

}  // namespace web
