// Member avatars: a 160×160 picture per user (table user_avatar), replaced on each upload.
#pragma once
#include <optional>
#include <string>

#include "db/connection.h"

namespace image {

// Stores `bytes` as `user_id`'s avatar; returns its URL. core::BadRequest for a bad picture.
std::string set_avatar(db::Connection& db, long long user_id, std::string_view bytes);
// The avatar's URL, or nullopt when the user has none.
std::optional<std::string> avatar_url(db::Connection& db, long long user_id);

}  // namespace image
