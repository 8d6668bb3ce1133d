// Uploaded files stored under their content: the name is a hash of the bytes (the same upload
// twice is one file), and a file appears whole or not at all, since nginx may serve it at once.
#pragma once
#include <string>
#include <string_view>

namespace core {

// 40 lower-case hex digits: the first 160 bits of the bytes' SHA-256.
std::string content_hash(std::string_view bytes);
// Writes `data` to `path` through a temporary file and a rename.
void write_whole_file(const std::string& path, std::string_view data);

}  // namespace core
