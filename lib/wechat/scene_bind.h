// Binding a staff account by scanning a scene QR code: the bind page names the user under a
// one-time token in Redis (scene "bind_<token>"), and the scan event WeChat then pushes
// carries the scene and the scanner's openid.
#pragma once
#include <string>

#include "db/connection.h"
#include "redis/client.h"

namespace wechat {

// A fresh token naming `user_id` for `seconds`; the QR scene is "bind_" + token.
std::string issue_bind_token(redis::Client& r, long long user_id, int seconds);

enum class ScanBind {
  kBound,    // the openid is now (or already was) this user's
  kNotBind,  // the event key is not a binding scene
  kNoToken,  // unknown, expired or already used token: nothing changes
  kTaken,    // the openid belongs to another account, or the user has another WeChat
};

// Handles a SCAN (event key "bind_<token>") or subscribe ("qrscene_bind_<token>") event of
// `openid`: takes the token (single use, GETDEL) and binds the openid to its user.
ScanBind bind_scanned(db::Connection& db, redis::Client& r, const std::string& event_key,
                      const std::string& openid);

}  // namespace wechat
