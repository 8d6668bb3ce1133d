// Separate from avatar.cc: storing decodes the picture (ImageMagick); looking the URL up, which
// every page's header does, must not pull ImageMagick into every program.
#include "image/avatar.h"
#include "image/store.h"
#include "session/user_card.h"

namespace image {

std::string set_avatar(db::Connection& db, long long user_id, std::string_view bytes) {
  auto s = store(bytes, {Use::avatar}, "avatar");
  db.query(
      "INSERT INTO user_avatar (user_id, image) VALUES (?, ?) "
      "ON DUPLICATE KEY UPDATE image = VALUES(image)",
      user_id, s.hash);
  session::user_changed(db, user_id);
  return s.url(Use::avatar);
}

}  // namespace image
