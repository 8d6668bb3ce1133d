#include "image/avatar.h"

#include "image/use.h"

namespace image {

std::optional<std::string> avatar_url(db::Connection& db, long long user_id) {
  auto r = db.query("SELECT image FROM user_avatar WHERE user_id = ?", user_id);
  if (r.empty()) return std::nullopt;
  return url(r.one().str(0), Use::avatar);
}

}  // namespace image
