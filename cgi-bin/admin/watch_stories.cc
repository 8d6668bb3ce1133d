// The watches' story catalogue for the content team (admin, content): GET /admin/watch/stories
// ?category (list, upload form, categories), POST /admin/watch/stories (category, title,
// summary, cover picture, audio), POST …/stories/{id}/delete, POST …/stories/categories (name,
// position), POST …/stories/categories/{id}/delete. Audited.
#include "cgi-bin/admin/page.h"
#include "image/use.h"
#include "watch/audio.h"
#include "watch/audit.h"
#include "watch/clock.h"
#include "watch/story.h"
#include "web/form_error.h"

namespace {

constexpr const char* kBase = "/admin/watch/stories";

void show(web::Request& req, web::Response& res, const core::Error* error) {
  web::Page page(&req, "admin/watch_stories.tpl", "故事");
  admin_ui::menu(req, page, "watch_stories");
  auto& d = page.dict();
  if (error) {
    web::show_error(d, *error);
    d.SetValue("S_TITLE", req.arg("title"));
    d.SetValue("S_SUMMARY", req.arg("summary"));
    d.SetValue("C_NAME", req.arg("name"));
  }
  long long selected = web::parse_id(req.param("category")).value_or(0);
  long long chosen = error ? web::parse_id(req.arg("category")).value_or(0) : selected;
  for (const auto& c : watch::story_categories(req.db())) {
    auto* f = d.AddSectionDictionary("FILTER");
    f->SetIntValue("ID", c.id);
    f->SetValue("NAME", c.name);
    f->SetValue("CLASS", c.id == selected ? "btn-primary" : "btn-outline-primary");
    auto* o = d.AddSectionDictionary("CATEGORY");
    o->SetIntValue("ID", c.id);
    o->SetValue("NAME", c.name);
    o->SetIntValue("POSITION", c.position);
    o->SetIntValue("COUNT", c.stories);
    if (c.id == chosen) o->ShowSection("SELECTED");
  }
  d.SetValue("ALL_CLASS", selected ? "btn-outline-primary" : "btn-primary");
  for (const auto& s : watch::stories(req.db(), selected, 0, 100)) {
    auto* o = d.AddSectionDictionary("STORY");
    o->SetIntValue("ID", s.id);
    o->SetValue("TITLE", s.title);
    o->SetValue("CATEGORY_NAME", s.category);
    o->SetValue("SUMMARY", s.summary);
    o->SetIntValue("SECONDS", s.seconds);
    o->SetValue("AUDIO", watch::Audio{s.audio}.url());
    o->SetValue("AT", watch::local_of_sql(s.created_at));
    if (image::valid_hash(s.cover))
      o->SetValueAndShowSection("COVER", image::url(s.cover, image::Use::list), "HAS_COVER");
  }
  web::render(res, page, error ? error->status : 200);
}

void add(web::Request& req, web::Response& res, const auth::User& me) {
  watch::NewStory s;
  s.category_id = web::parse_id(req.arg("category")).value_or(0);
  s.title = req.arg("title");
  s.summary = req.arg("summary");
  if (const auto* c = req.upload("cover")) s.cover = c->data;
  if (const auto* a = req.upload("audio")) s.audio = a->data;
  try {
    auto story = watch::add_story(req.db(), me.id, s);
    watch::audit(req.db(), me.id, "admin", "story_add", "", 0,
                 story.title + " #" + std::to_string(story.id));
  } catch (const core::BadRequest& e) {
    return show(req, res, &e);
  }
  res.redirect(std::string(kBase) + "?done=1");
}

void add_category(web::Request& req, web::Response& res, const auth::User& me) {
  try {
    long long id = watch::add_story_category(req.db(), req.arg("name"),
                                             admin_ui::to_int(req.arg("position"), 0));
    watch::audit(req.db(), me.id, "admin", "story_category_add", "", 0,
                 req.arg("name") + " #" + std::to_string(id));
  } catch (const core::Error& e) {
    if (e.status != 400 && e.status != 409) throw;
    return show(req, res, &e);
  }
  res.redirect(std::string(kBase) + "?done=1");
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const auto& me = admin_ui::require_watch_content(req);
    const std::string& path = req.path();
    if (path == kBase) return req.is_post() ? add(req, res, me) : show(req, res, nullptr);
    if (!req.is_post()) throw core::MethodNotAllowed();
    if (path == std::string(kBase) + "/categories") return add_category(req, res, me);
    bool category = path.rfind(std::string(kBase) + "/categories/", 0) == 0;
    auto at = web::id_in_path(path, std::string(kBase) + (category ? "/categories/" : "/"));
    if (at.rest != "/delete") throw core::NotFound();
    try {
      if (category)
        watch::delete_story_category(req.db(), at.id);
      else
        watch::delete_story(req.db(), at.id);
    } catch (const core::Conflict& e) {
      return show(req, res, &e);
    }
    watch::audit(req.db(), me.id, "admin", category ? "story_category_delete" : "story_delete", "",
                 0, "#" + std::to_string(at.id));
    res.redirect(std::string(kBase) + "?done=1");
  });
}
