// GET/POST /booking/rooms: admins create, edit, deactivate and reactivate meeting rooms.
// POST fields: action = create|update|remove|activate, id, name, capacity, location.
#include <cstdlib>

#include "booking/day_cache.h"
#include "booking/room.h"
#include "core/error.h"
#include "web/path_id.h"
#include "web/serve.h"

namespace {

struct Form {
  std::string message, kind = "success", field, action, id;
  booking::RoomInput input;
};

void render(web::Request& req, web::Response& res, const Form& f, int status) {
  web::Page page(&req, "booking/rooms.tpl", "会议室管理");
  auto& d = page.dict();
  if (!f.message.empty()) {
    auto* m = d.AddSectionDictionary("MESSAGE");
    m->SetValue("TEXT", f.message);
    m->SetValue("KIND", f.kind);
  }
  // A failed create keeps what was typed; a failed edit keeps it in that room's row.
  bool failed = f.kind == "danger";
  if (failed && f.action == "create") {
    d.SetValue("NEW_NAME", f.input.name);
    d.SetValue("NEW_CAPACITY", f.input.capacity);
    d.SetValue("NEW_LOCATION", f.input.location);
  }
  for (const auto& r : booking::list_rooms(req.db(), false)) {
    auto* x = d.AddSectionDictionary("ROOM");
    bool kept = failed && f.action == "update" && f.id == std::to_string(r.id);
    x->SetIntValue("ID", r.id);
    x->SetValue("NAME", kept ? f.input.name : r.name);
    x->SetValue("CAPACITY", kept ? f.input.capacity : std::to_string(r.capacity));
    x->SetValue("LOCATION", kept ? f.input.location : r.location);
    x->ShowSection(r.active ? "ACTIVE" : "INACTIVE");
  }
  web::render(res, page, status);
}

long long room_id(web::Request& req) {
  if (auto id = web::parse_id(req.arg("id"))) return *id;
  throw core::NotFound("会议室不存在");
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    req.require_role({});  // admins only
    Form f;
    if (!req.is_post()) {
      if (req.method() != "GET" && req.method() != "HEAD") throw core::MethodNotAllowed();
      auto done = req.param("done");
      if (done == "create") f.message = "已添加会议室";
      if (done == "update") f.message = "已保存";
      if (done == "removed") f.message = "会议室未被使用过，已删除";
      if (done == "deactivated") f.message = "会议室已有预订记录，已停用（保留预订）";
      if (done == "activate") f.message = "会议室已重新启用";
      return render(req, res, f, 200);
    }
    f.action = req.arg("action");
    f.id = req.arg("id");
    f.input = {req.arg("name"), req.arg("location"), req.arg("capacity")};
    auto& db = req.db();
    try {
      std::string done = f.action;
      if (f.action == "create") {
        booking::create_room(db, f.input);
      } else if (f.action == "update") {
        booking::update_room(db, room_id(req), f.input);
      } else if (f.action == "remove") {
        done = booking::remove_room(db, room_id(req)) ? "removed" : "deactivated";
      } else if (f.action == "activate") {
        booking::reactivate_room(db, room_id(req));
      } else {
        throw core::BadRequest("未知的操作", "action");
      }
      // Rooms are rows of every date's grid.
      booking::DayCache(req.redis(), req.db()).changed_all();
      res.redirect("/booking/rooms?done=" + done);
    } catch (const core::BadRequest& e) {
      f.message = e.what();
      f.kind = "danger";
      render(req, res, f, 400);
    } catch (const core::Conflict& e) {
      f.message = e.what();
      f.kind = "danger";
      render(req, res, f, 409);
    }
  });
}
