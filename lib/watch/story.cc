#include "watch/story.h"

#include <limits>

#include "core/clock.h"
#include "core/error.h"
#include "core/text.h"
#include "db/into.h"
#include "db/transact.h"
#include "image/store.h"
#include "watch/audio.h"
#include "watch/clock.h"

namespace watch {

namespace {

// Glued to each query at compile time (adjacent literals): every statement is one constant.
#define STORY_COLUMNS                                                                    \
  "SELECT s.id, s.category_id, c.name, s.title, s.summary, s.cover, s.audio, s.seconds," \
  " s.created_at"
#define STORY_FROM " FROM watch_story s JOIN watch_story_category c ON c.id = s.category_id"

Story story_of(const db::Row& r) {
  Story s;
  db::into(r, s.id, s.category_id, s.category, s.title, s.summary, s.cover, s.audio, s.seconds,
           s.created_at);
  if (r.size() > 9) s.plays = r.i64(9);
  return s;
}

std::string checked_text(const std::string& raw, const char* field, size_t max, bool required,
                         const std::string& what) {
  std::string s = core::trim(raw);
  if (required && s.empty()) throw core::BadRequest("请填写" + what, field);
  if (!core::valid_utf8(s) || core::char_count(s) > max)
    throw core::BadRequest(what + "最多 " + std::to_string(max) + " 个字", field);
  return s;
}

}  // namespace

std::vector<StoryCategory> story_categories(db::Connection& db) {
  return db::all(db.query("SELECT c.id, c.name, c.position,"
                          " (SELECT COUNT(*) FROM watch_story s WHERE s.category_id = c.id)"
                          " FROM watch_story_category c ORDER BY c.position, c.id"),
                 db::as<StoryCategory>(&StoryCategory::id, &StoryCategory::name,
                                       &StoryCategory::position, &StoryCategory::stories));
}

long long add_story_category(db::Connection& db, const std::string& name, int position) {
  std::string n = checked_text(name, "name", 20, true, "分类名称");
  try {
    return static_cast<long long>(
        db.query("INSERT INTO watch_story_category (name, position) VALUES (?, ?)", n, position)
            .insert_id);
  } catch (const db::DuplicateKey&) {
    throw core::Conflict("已有同名分类");
  }
}

void delete_story_category(db::Connection& db, long long id) {
  try {
    if (db.query("DELETE FROM watch_story_category WHERE id = ?", id).affected == 0)
      throw core::NotFound("没有找到这个分类");
  } catch (const db::ForeignKey&) {
    throw core::Conflict("分类下还有故事，不能删除");
  }
}

Story add_story(db::Connection& db, long long admin, const NewStory& in) {
  std::string title = checked_text(in.title, "title", 50, true, "标题");
  std::string summary = checked_text(in.summary, "summary", 1000, false, "简介");
  if (db.query("SELECT id FROM watch_story_category WHERE id = ?", in.category_id).empty())
    throw core::BadRequest("请选择分类", "category");
  if (in.audio.empty()) throw core::BadRequest("请上传音频", "audio");
  inspect_audio(in.audio, AudioKind::story, "audio");
  std::optional<image::Prepared> cover;
  if (!in.cover.empty()) {
    image::Budget budget;
    cover = image::prepare(in.cover, {image::Use::list, image::Use::detail}, "cover", budget);
  }
  // Every check passed: now the files.
  Audio a = store_audio(in.audio, AudioKind::story, "audio");
  std::string cover_hash = cover ? image::save(*cover).hash : "";
  int seconds = in.seconds > 0 ? in.seconds : a.seconds;
  long long id = static_cast<long long>(
      db.query("INSERT INTO watch_story (category_id, title, summary, cover, audio, seconds,"
               " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
               in.category_id, title, summary, cover_hash, a.file, seconds, admin,
               utc_sql(core::now()))
          .insert_id);
  return *find_story(db, id);
}

void delete_story(db::Connection& db, long long id) {
  if (db.query("DELETE FROM watch_story WHERE id = ?", id).affected == 0)
    throw core::NotFound("没有找到这个故事");
}

std::optional<Story> find_story(db::Connection& db, long long id) {
  return db::first(db.query(STORY_COLUMNS STORY_FROM " WHERE s.id = ?", id), story_of);
}

std::vector<Story> stories(db::Connection& db, long long category, long long before, int limit) {
  return db::all(db.query(STORY_COLUMNS STORY_FROM " WHERE (? = 0 OR s.category_id = ?)"
                                                   " AND s.id < ? ORDER BY s.id DESC LIMIT ?",
                          category, category,
                          before > 0 ? before : std::numeric_limits<long long>::max(), limit),
                 story_of);
}

std::vector<Story> hot_stories(db::Connection& db, long long category, int limit) {
  return db::all(
      db.query(STORY_COLUMNS
               ", COUNT(*) AS plays FROM watch_story_send ss"
               " JOIN watch_command cmd ON cmd.id = ss.command_id AND cmd.status = 'acked'"
               " JOIN watch_story s ON s.id = ss.story_id"
               " JOIN watch_story_category c ON c.id = s.category_id"
               " WHERE (? = 0 OR s.category_id = ?)"
               " GROUP BY s.id, s.category_id, c.name, s.title, s.summary, s.cover,"
               " s.audio, s.seconds, s.created_at ORDER BY plays DESC, s.id DESC LIMIT ?",
               category, category, limit),
      story_of);
}

nlohmann::json story_json(const Story& s) {
  nlohmann::json j{{"id", s.id},
                   {"category", {{"id", s.category_id}, {"name", s.category}}},
                   {"title", s.title},
                   {"summary", s.summary},
                   {"audio", valid_audio_file(s.audio) ? Audio{s.audio}.url() : ""},
                   {"seconds", s.seconds},
                   {"plays", s.plays},
                   {"time", iso_of_sql(s.created_at)}};
  j["cover"] = image::valid_hash(s.cover) ? nlohmann::json(image::url(s.cover, image::Use::list))
                                          : nlohmann::json();
  return j;
}

Command queue_story(db::Connection& db, const std::string& imei, long long id, long long user) {
  auto s = find_story(db, id);
  if (!s) throw core::NotFound("没有找到这个故事");
  return db::transact(db, [&](db::Transaction& tx) {
    auto c = queue_command(db, imei, "story",
                           {{"story_id", s->id},
                            {"title", s->title},
                            {"url", Audio{s->audio}.url()},
                            {"seconds", s->seconds}},
                           user);
    db.query("INSERT INTO watch_story_send (command_id, story_id) VALUES (?, ?)", c.id, s->id);
    tx.commit();
    return c;
  });
}

}  // namespace watch
