#include "watch/member_location.h"

#include "core/clock.h"
#include "core/error.h"
#include "watch/circle.h"
#include "watch/clock.h"
#include "watch/position.h"

namespace watch {

void report_location(db::Connection& db, long long user, LatLon at, int accuracy) {
  if (!valid_coordinates(at.lat, at.lon)) throw core::BadRequest("坐标无效", "lat");
  if (accuracy < -1 || accuracy > 100000) throw core::BadRequest("精度无效", "accuracy");
  std::optional<int> acc;
  if (accuracy >= 0) acc = accuracy;
  db.query(
      "INSERT INTO watch_member_location (user_id, lat, lon, accuracy, fix_time)"
      " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE lat = VALUES(lat), lon = VALUES(lon),"
      " accuracy = VALUES(accuracy), fix_time = VALUES(fix_time)",
      user, at.lat, at.lon, acc, utc_sql(core::now()));
}

nlohmann::json member_location(db::Connection& db, long long circle_id, long long viewer,
                               long long uid) {
  member_circle(db, circle_id, viewer);
  auto m = db.query("SELECT share_location FROM watch_member WHERE circle_id = ? AND user_id = ?",
                    circle_id, uid);
  if (m.empty()) throw core::NotFound("该成员不在家庭圈里");
  if (uid != viewer && !m.one().i64(0)) throw core::Forbidden("该成员没有共享位置");
  auto r = db.query(
      "SELECT lat, lon, accuracy, fix_time FROM watch_member_location WHERE user_id = ?", uid);
  if (r.empty()) throw core::NotFound("该成员还没有上报过位置");
  nlohmann::json j = point_json({r.one().dbl(0), r.one().dbl(1)});
  j["uid"] = uid;
  j["accuracy"] = r.one().null(2) ? nlohmann::json() : nlohmann::json(r.one().i64(2));
  j["time"] = iso_of_sql(r.one().str(3));
  return j;
}

}  // namespace watch
