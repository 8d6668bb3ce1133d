// Storing an uploaded picture: validated (magic bytes, explicit coder, dimensions pinged before
// any pixel is decoded, limits), turned upright, stripped of metadata, and written as the
// thumbnails its uses need under a content hash in [paths] upload_dir (served at /uploads/).
//
//   auto img = image::store(upload->data, {image::Use::list, image::Use::detail}, "photo");
//   db.query("INSERT ... photo = ?", img.hash);   // later: image::url(hash, Use::list)
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

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

struct Stored {
  std::string hash;           // 40 hex digits of SHA-256 of the uploaded bytes
  int width = 0, height = 0;  // the upright original's size
  std::vector<Use> uses;
  std::string url(Use u) const;
};

// The public URL of `hash`'s file for `u` ("/uploads/ab/ab12…_list.jpg").
std::string url(const std::string& hash, Use u);
// Where that file lives on disk.
std::string file_path(const std::string& hash, Use u);
// True for 40 lower-case hex digits (a hash read back from a form or the database).
bool valid_hash(const std::string& hash);

// Validates `bytes` and writes one file per use; throws web::BadRequest (Chinese message,
// `field`) for anything that is not a sound JPEG/PNG/GIF/WebP within the limits. Nothing is
// written unless every thumbnail could be made.
Stored store(std::string_view bytes, std::initializer_list<Use> uses,
             const std::string& field = "");

// The encoded thumbnail for `u` without storing it (benchmark, command line).
std::string thumbnail(std::string_view bytes, Use u);

}  // namespace image
