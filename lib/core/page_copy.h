// Copies of public pages as anonymous visitors see them, kept as files that nginx serves
// without asking a program (route table option `public`, conf/nginx/page_copy.conf).
//
// A copy is named <dir>/live/<slot>/<path>@<query>.html, the name nginx builds from $msec,
// $uri and $args; the slot is the Unix time divided by ten, so what only time changes (a
// deadline passing, "剩余N天") shows within ten seconds. Whatever changes what public pages
// show calls discard_page_copies() after its commit, and the next request renders afresh.
//
// No locks, no counters: a writer opens the live directory before the page's data is read
// and writes relative to that descriptor, while discard renames live away before deleting
// it; a page rendered from data older than a change can only land in the discarded tree.
#pragma once
#include <optional>
#include <string>

namespace core {

class PageCopy {
 public:
  // A copy of `path` + `query` may be kept (both use only the characters nginx accepts, see
  // conf/nginx/page_copy.conf) and copies are configured ([paths] page_dir); call before
  // reading the data the page shows. Never throws. `ext` names what is kept: ".html", the
  // page nginx serves, or another part of it that only programs read (nginx looks up
  // ".html" names alone), such as ".body", the body every visitor of the page sees.
  static std::optional<PageCopy> begin(const std::string& path, const std::string& query,
                                       const std::string& ext = ".html");
  PageCopy(PageCopy&& o) noexcept;
  PageCopy& operator=(PageCopy&& o) noexcept;
  ~PageCopy();

  // The copy another request has written in this slot meanwhile (requests that missed it in
  // nginx wait in the program's queue while the first one renders), or nullopt.
  std::optional<std::string> existing() const;
  // Makes this request the one that renders the page in this slot; false when another
  // request (of any process) already is, and then previous() may be served meanwhile.
  bool claim();
  // The copy of the slot before: the data it shows has not changed since (a change would
  // have discarded it), only time has moved on by a few seconds.
  std::optional<std::string> previous() const;

  // Writes the page as the copy (atomically: readers see the old file or the whole new
  // one). Errors only mean no copy: the program keeps answering.
  void keep(const std::string& html);

 private:
  PageCopy(int live_fd, std::string dir, long slot, std::string name);
  // The directory of the copy in this slot, created as needed; `leaf` gets the file name.
  int leaf_dir(std::string* leaf) const;
  std::optional<std::string> read(long slot) const;
  static std::string claim_name(const std::string& leaf);
  int live_fd_;
  std::string dir_;  // <page_dir>/live, for pruning old slots
  long slot_;
  std::string name_;  // "purchases@page=2.html", "item/5@.html"
  bool claimed_ = false;
};

// Deletes every copy; call after committing a change that public pages show.
void discard_page_copies();

// The slot nginx is serving now (Unix time / 10).
long page_copy_slot();

}  // namespace core
