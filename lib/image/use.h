// The uses a stored picture has and where each file lives. Kept apart from the decoding code
// (store.cc) so that pages which only link to pictures never load ImageMagick.
#pragma once
#include <string>

namespace image {

// What a stored picture is shown as; each use is one file.
enum class Use {
  list,      // 300×300 centre crop (lists, cards)
  detail,    // at most 1200 px on the long side (item and quote pages)
  logo,      // at most 240×120, PNG so transparency survives (partner logos)
  avatar,    // 160×160 centre crop
  document,  // at most 2000 px (identity documents, read by admins only)
};

const char* use_name(Use u);
// PNG keeps transparency (logos); everything else is stored as JPEG.
bool stored_as_png(Use u);

// The public URL of `hash`'s file for `u` ("/uploads/ab/ab12…_list.jpg").
std::string url(const std::string& hash, Use u);
// Where that file lives on disk.
std::string file_path(const std::string& hash, Use u);
// True for 40 lower-case hex digits (a hash read back from a form or the database).
bool valid_hash(const std::string& hash);

}  // namespace image
