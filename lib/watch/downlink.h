// What the server sends a watch for a command (spec §5): the frame content of each command
// type, and the type word the watch echoes to acknowledge it. Pure functions.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

namespace watch {

// The content of the frame for command `type` with `payload` ("CR", "UPLOAD,600",
// "MESSAGE,<UTF-16BE hex>" ...); "" for a type the protocol cannot carry.
std::string downlink_content(const std::string& type, const nlohmann::json& payload);
// The word a watch answers with for this content: its text up to the first comma.
std::string ack_word(const std::string& content);
// UTF-8 text as the UTF-16BE hex the MESSAGE command carries, and back ("" on bad input).
std::string utf16be_hex(const std::string& utf8);
std::string utf8_of_utf16be_hex(const std::string& hex);

}  // namespace watch
