// Voice messages and story audio: recognised by their content (AMR's "#!AMR" header, MP3's ID3
// tag or frame sync), never by name or Content-Type, size-limited, and stored under a content
// hash in [paths] upload_dir/audio (served by nginx at /uploads/audio/).
#pragma once
#include <string>
#include <string_view>

namespace watch {

// Watches record and play AMR-NB/WB; stories may also be MP3.
enum class AudioKind { voice, story };

struct Audio {
  std::string file;  // "ab/ab12….amr": the hash, the first two digits as a folder
  int seconds = 0;   // AMR: counted from its frames; MP3: 0 (unknown)
  std::string url() const { return "/uploads/audio/" + file; }
};

// The audio's format and length; core::BadRequest (naming `field`) for anything else, for an
// empty or truncated AMR stream, and past the size limit (voice 1 MB, story 10 MB).
Audio inspect_audio(std::string_view bytes, AudioKind kind, const std::string& field);
// inspect_audio, then writes the file (kept if it is there already).
Audio store_audio(std::string_view bytes, AudioKind kind, const std::string& field);
// True for a stored file name as store_audio() makes them (read back from the database).
bool valid_audio_file(const std::string& file);

}  // namespace watch
