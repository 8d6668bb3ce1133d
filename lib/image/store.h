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

#include "image/use.h"

namespace image {

struct Stored {
  std::string hash;           // 40 hex digits of SHA-256 of the uploaded bytes
  int width = 0, height = 0;  // the upright original's size
  std::vector<Use> uses;
  std::string url(Use u) const;
};

// The work one request may ask of the decoder: its pictures' pixels together. Each prepare()
// takes its picture's share (from the headers, before any pixel is decoded); past the budget
// it is a web::BadRequest. Defaults to [image] request_pixels.
class Budget {
 public:
  Budget();
  explicit Budget(double pixels) : left_(pixels) {}
  void take(double pixels, const std::string& field);

 private:
  double left_;
};

// A picture validated and rendered in memory, nothing written yet: a request first prepares
// every picture, then checks and commits what it stores them for, and saves them last.
struct Prepared {
  Stored stored;
  std::vector<std::string> files;  // one per use, in order
};
Prepared prepare(std::string_view bytes, std::initializer_list<Use> uses, const std::string& field,
                 Budget& budget);
// Writes the files of `p` (content-addressed: files already there are kept).
Stored save(const Prepared& p);

// Validates `bytes` and writes one file per use; throws web::BadRequest (Chinese message,
// `field`) for anything that is not a sound JPEG/PNG/GIF/WebP within the limits. Nothing is
// written unless every thumbnail could be made.
Stored store(std::string_view bytes, std::initializer_list<Use> uses,
             const std::string& field = "");

// The encoded thumbnail for `u` without storing it (benchmark, command line).
std::string thumbnail(std::string_view bytes, Use u);

}  // namespace image
