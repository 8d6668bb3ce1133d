#include "watch/message.h"

#include <limits>

#include "core/clock.h"
#include "core/error.h"
#include "core/text.h"
#include "db/transact.h"
#include "image/store.h"
#include "watch/audio.h"
#include "watch/clock.h"
#include "watch/device.h"
#include "watch/event.h"
#include "watch/member.h"

namespace watch {

namespace {

// Saves the message, its event and one command per watch of the circle (but the sender).
Posted save(db::Connection& db, Message m) {
  std::optional<long long> who;
  if (m.user_id) who = m.user_id;
  std::optional<std::string> from;
  if (!m.imei.empty()) from = m.imei;
  m.created_at = utc_sql(core::now());
  return db::transact(db, [&](db::Transaction& tx) {
    m.id = static_cast<long long>(
        db.query("INSERT INTO watch_message (circle_id, user_id, imei, kind, body, media, seconds,"
                 " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 m.circle_id, who, from, m.kind, m.body, m.media, m.seconds, m.created_at)
            .insert_id);
    record_event(db, m.circle_id, "message", m.imei, m.user_id,
                 {{"message_id", m.id}, {"kind", m.kind}, {"from", m.sender}});
    Posted out{m, {}};
    for (const auto& d : circle_devices(db, m.circle_id)) {
      if (d.imei == m.imei) continue;
      if (m.kind == "text")
        out.commands.push_back(
            queue_command(db, d.imei, "message",
                          {{"text", m.body}, {"from", m.sender}, {"message_id", m.id}}, m.user_id));
      else if (m.kind == "voice")
        out.commands.push_back(queue_command(db, d.imei, "voice",
                                             {{"url", Audio{m.media}.url()},
                                              {"seconds", m.seconds},
                                              {"from", m.sender},
                                              {"message_id", m.id}},
                                             m.user_id));
    }
    tx.commit();
    return out;
  });
}

}  // namespace

Posted post_message(db::Connection& db, long long circle_id, long long user, const Post& post) {
  Message m;
  m.circle_id = circle_id;
  m.user_id = user;
  m.sender = member_name(db, circle_id, user);
  int given = !post.text.empty() + !post.voice.empty() + !post.image.empty();
  if (given != 1) throw core::BadRequest("请发送文字、语音或图片中的一种", "text");
  if (!post.text.empty()) {
    m.kind = "text";
    m.body = core::trim(post.text);
    if (m.body.empty()) throw core::BadRequest("请填写消息内容", "text");
    if (!core::valid_utf8(m.body) || core::char_count(m.body) > 100)
      throw core::BadRequest("消息最多 100 个字", "text");
  } else if (!post.voice.empty()) {
    m.kind = "voice";
    auto a = store_audio(post.voice, AudioKind::voice, "voice");
    m.media = a.file;
    m.seconds = a.seconds;
  } else {
    m.kind = "image";
    m.media = image::store(post.image, {image::Use::list, image::Use::detail}, "image").hash;
  }
  return save(db, m);
}

Posted watch_voice(db::Connection& db, const std::string& imei, std::string_view amr) {
  auto d = find_device(db, imei);
  if (!d || !d->circle_id) throw core::NotFound("这块手表不在任何家庭圈");
  Message m;
  m.circle_id = d->circle_id;
  m.imei = imei;
  m.sender = d->name;
  m.kind = "voice";
  auto a = store_audio(amr, AudioKind::voice, "voice");
  m.media = a.file;
  m.seconds = a.seconds;
  return save(db, m);
}

std::vector<Message> messages(db::Connection& db, long long circle_id, long long before,
                              int limit) {
  std::vector<Message> out;
  auto rows = db.query(
      "SELECT m.id, m.circle_id, m.user_id, m.imei, m.kind, m.body, m.media, m.seconds,"
      " m.created_at, COALESCE(wm.name, d.name, '')"
      " FROM watch_message m"
      " LEFT JOIN watch_member wm ON wm.circle_id = m.circle_id AND wm.user_id = m.user_id"
      " LEFT JOIN watch_device d ON d.imei = m.imei"
      " WHERE m.circle_id = ? AND m.id < ? ORDER BY m.id DESC LIMIT ?",
      circle_id, before > 0 ? before : std::numeric_limits<long long>::max(), limit);
  for (const auto& r : rows.rows)
    out.push_back({r.i64(0), r.i64(1), r.i64(2), r.str(3), r.str(4), r.str(5), r.str(6),
                   static_cast<int>(r.i64(7)), r.str(8), r.str(9)});
  return out;
}

nlohmann::json message_json(const Message& m) {
  nlohmann::json j{{"id", m.id},
                   {"kind", m.kind},
                   {"from", m.sender},
                   {"uid", m.user_id ? nlohmann::json(m.user_id) : nlohmann::json()},
                   {"imei", m.imei.empty() ? nlohmann::json() : nlohmann::json(m.imei)},
                   {"time", iso_of_sql(m.created_at)}};
  if (m.kind == "text") j["text"] = m.body;
  if (m.kind == "voice") {
    j["voice"] = valid_audio_file(m.media) ? Audio{m.media}.url() : "";
    j["seconds"] = m.seconds;
  }
  if (m.kind == "image" && image::valid_hash(m.media)) {
    j["thumb"] = image::url(m.media, image::Use::list);
    j["image"] = image::url(m.media, image::Use::detail);
  }
  return j;
}

}  // namespace watch
