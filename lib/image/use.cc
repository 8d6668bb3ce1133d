#include "image/use.h"

#include <algorithm>

#include "core/config.h"

namespace image {
namespace {

std::string relative(const std::string& hash, Use u) {
  return hash.substr(0, 2) + "/" + hash + "_" + use_name(u) + (stored_as_png(u) ? ".png" : ".jpg");
}

}  // namespace

const char* use_name(Use u) {
  switch (u) {
    case Use::list:
      return "list";
    case Use::detail:
      return "detail";
    case Use::logo:
      return "logo";
    case Use::avatar:
      return "avatar";
    case Use::document:
      return "document";
    case Use::document_thumb:
      return "docthumb";
  }
  return "list";
}

bool stored_as_png(Use u) { return u == Use::logo; }

bool valid_hash(const std::string& h) {
  return h.size() == 40 && std::all_of(h.begin(), h.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

bool is_private(Use u) { return u == Use::document || u == Use::document_thumb; }

std::string url(const std::string& hash, Use u) {
  if (is_private(u)) return "/admin/documents/" + hash + "_" + use_name(u) + ".jpg";
  return "/uploads/" + relative(hash, u);
}

std::string internal_url(const std::string& hash, Use u) {
  return "/uploads/private/" + relative(hash, u);
}

std::string file_path(const std::string& hash, Use u) {
  return core::Config::get().str("paths", "upload_dir", "var/uploads") +
         (is_private(u) ? "/private/" : "/") + relative(hash, u);
}

}  // namespace image
