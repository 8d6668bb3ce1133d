// Partner logos and banners: two small ordered lists with the same rules.
#include "core/error.h"
#include "core/text.h"
#include "db/into.h"
#include "image/store.h"
#include "site/site.h"

namespace site {
namespace {

Partner partner_of(const db::Row& r) {
  return {r.i64(0), r.str(1), r.str(2), r.str(3), int(r.i64(4)), r.i64(5) != 0};
}
Banner banner_of(const db::Row& r) {
  return {r.i64(0), r.str(1), r.str(2), r.str(3), int(r.i64(4)), r.i64(5) != 0};
}

std::optional<std::string> picture(const std::string& hash) {
  if (hash.empty()) return std::nullopt;
  if (!image::valid_hash(hash)) throw core::BadRequest("图片无效");
  return hash;
}

}  // namespace

std::string checked_link(const std::string& link, const std::string& field) {
  if (link.empty()) return link;
  bool ok = link.rfind("https://", 0) == 0 || link.rfind("http://", 0) == 0 ||
            (link[0] == '/' && (link.size() == 1 || link[1] != '/'));
  if (!ok || link.size() > 500 || link.find_first_of(" \t\r\n\"<>") != std::string::npos)
    throw core::BadRequest("链接须以 http:// 或 https:// 开头", field);
  return link;
}

std::vector<Partner> partners(db::Connection& db, bool with_hidden) {
  return db::all(db.query("SELECT id, name, link, COALESCE(logo, ''), sort, hidden FROM partner "
                          "WHERE hidden = 0 OR ? = 1 ORDER BY sort, id",
                          with_hidden ? 1 : 0),
                 partner_of);
}

std::vector<Banner> banners(db::Connection& db, bool with_hidden) {
  return db::all(db.query("SELECT id, title, link, image, sort, hidden FROM banner "
                          "WHERE hidden = 0 OR ? = 1 ORDER BY sort, id",
                          with_hidden ? 1 : 0),
                 banner_of);
}

std::optional<Partner> find_partner(db::Connection& db, long long id) {
  return db::first(
      db.query("SELECT id, name, link, COALESCE(logo, ''), sort, hidden FROM partner WHERE id = ?",
               id),
      partner_of);
}

std::optional<Banner> find_banner(db::Connection& db, long long id) {
  return db::first(
      db.query("SELECT id, title, link, image, sort, hidden FROM banner WHERE id = ?", id),
      banner_of);
}

long long save_partner(db::Connection& db, const Partner& p) {
  if (p.name.empty()) throw core::BadRequest("请填写企业名称", "name");
  if (core::char_count(p.name) > 100) throw core::BadRequest("企业名称不能超过 100 个字", "name");
  std::string link = checked_link(p.link, "link");
  if (p.id == 0)
    return (long long)db
        .query("INSERT INTO partner (name, link, logo, sort, hidden) VALUES (?, ?, ?, ?, ?)",
               p.name, link, picture(p.logo), p.sort, p.hidden ? 1 : 0)
        .insert_id;
  auto r =
      db.query("UPDATE partner SET name = ?, link = ?, logo = ?, sort = ?, hidden = ? WHERE id = ?",
               p.name, link, picture(p.logo), p.sort, p.hidden ? 1 : 0, p.id);
  if (r.affected == 0 && !find_partner(db, p.id)) throw core::NotFound("企业不存在");
  return p.id;
}

long long save_banner(db::Connection& db, const Banner& b) {
  if (b.image.empty()) throw core::BadRequest("请上传横幅图片", "image");
  if (core::char_count(b.title) > 100) throw core::BadRequest("标题不能超过 100 个字", "title");
  std::string link = checked_link(b.link, "link");
  if (b.id == 0)
    return (long long)db
        .query("INSERT INTO banner (title, link, image, sort, hidden) VALUES (?, ?, ?, ?, ?)",
               b.title, link, *picture(b.image), b.sort, b.hidden ? 1 : 0)
        .insert_id;
  auto r = db.query(
      "UPDATE banner SET title = ?, link = ?, image = ?, sort = ?, hidden = ? WHERE id = ?",
      b.title, link, *picture(b.image), b.sort, b.hidden ? 1 : 0, b.id);
  if (r.affected == 0 && !find_banner(db, b.id)) throw core::NotFound("横幅不存在");
  return b.id;
}

bool remove_partner(db::Connection& db, long long id) {
  return db.query("DELETE FROM partner WHERE id = ?", id).affected > 0;
}

bool remove_banner(db::Connection& db, long long id) {
  return db.query("DELETE FROM banner WHERE id = ?", id).affected > 0;
}

}  // namespace site
