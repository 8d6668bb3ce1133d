#include "image/avatar.h"

#include "image/store.h"

namespace image {

std::string set_avatar(db::Connection& db, long long user_id, std::string_view bytes) {
  auto s = store(bytes, {Use::avatar}, "avatar");
  db.query(
      "INSERT INTO user_avatar (user_id, image) VALUES (?, ?) "
      "ON DUPLICATE KEY UPDATE image = VALUES(image)",
      user_id, s.hash);
  return s.url(Use::avatar);
}

std::optional<std::string> avatar_url(db::Connection& db, long long user_id) {
  auto r = db.query("SELECT image FROM user_avatar WHERE user_id = ?", user_id);
  if (r.empty()) return std::nullopt;
  return url(r.one().str(0), Use::avatar);
}

}  // namespace image
