// The uses a stored picture has and where each file lives. Kept apart from the decoding code
// (store.cc) so that pages which only link to pictures never load ImageMagick.
#pragma once
#include <string>

namespace image {

// What a stored picture is shown as; each use is one file.
enum class Use {
  list,            // 300×300 centre crop (lists, cards)
  detail,          // at most 1200 px on the long side (item and quote pages)
  logo,            // at most 240×120, PNG so transparency survives (partner logos)
  avatar,          // 160×160 centre crop
  document,        // at most 2000 px (identity documents, read by admins only)
  document_thumb,  // 300×300 centre crop of an identity document (admins only)
};

const char* use_name(Use u);
// PNG keeps transparency (logos); everything else is stored as JPEG.
bool stored_as_png(Use u);

// Identity documents are private: stored under <upload_dir>/private/, which nginx serves only
// as an internal location, after the admin program checked the reader (X-Accel-Redirect).
bool is_private(Use u);
// The URL of `hash`'s file for `u`: "/uploads/ab/ab12…_list.jpg", or for a private use
// "/admin/documents/ab12…_document.jpg" (the admin program's route).
std::string url(const std::string& hash, Use u);
// The internal nginx location of a private file ("/uploads/private/ab/ab12…_document.jpg").
std::string internal_url(const std::string& hash, Use u);
// Where that file lives on disk.
std::string file_path(const std::string& hash, Use u);
// True for 40 lower-case hex digits (a hash read back from a form or the database).
bool valid_hash(const std::string& hash);

}  // namespace image
