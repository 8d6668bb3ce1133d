#include "watch/audio.h"

#include <filesystem>

#include "core/config.h"
#include "core/content_file.h"
#include "core/error.h"

namespace watch {

namespace {

// Frame bytes after the one-byte header, by frame type (RFC 4867 §5.3); 0 = no speech data.
constexpr int kNbSize[16] = {12, 13, 15, 17, 19, 20, 26, 31, 5, 0, 0, 0, 0, 0, 0, 0};
constexpr int kWbSize[16] = {17, 23, 32, 36, 40, 46, 50, 58, 60, 5, 0, 0, 0, 0, 0, 0};

// The number of 20 ms frames of an AMR stream after its header; -1 when it is cut or corrupt.
long amr_frames(std::string_view s, const int* sizes) {
  long frames = 0;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char h = static_cast<unsigned char>(s[i]);
    int type = (h >> 3) & 0x0F;
    if (h & 0x83) return -1;               // padding bits must be zero
    if (type > 9 && type < 14) return -1;  // reserved frame types
    i += 1 + static_cast<size_t>(sizes[type]);
    if (i > s.size()) return -1;
    ++frames;
  }
  return frames;
}

bool is_mp3(std::string_view s) {
  if (s.substr(0, 3) == "ID3") return true;
  return s.size() > 2 && static_cast<unsigned char>(s[0]) == 0xFF &&
         (static_cast<unsigned char>(s[1]) & 0xE0) == 0xE0;
}

std::string upload_dir() {
  return core::Config::get().str("paths", "upload_dir", "var/uploads") + "/audio/";
}

}  // namespace

Audio inspect_audio(std::string_view bytes, AudioKind kind, const std::string& field) {
  size_t limit = kind == AudioKind::voice ? 1u << 20 : 10u << 20;
  if (bytes.size() > limit)
    throw core::BadRequest(kind == AudioKind::voice ? "语音不能超过 1 MB" : "音频不能超过 10 MB",
                           field);
  const std::string nb = "#!AMR\n", wb = "#!AMR-WB\n";
  Audio a;
  std::string hash = core::content_hash(bytes);
  if (bytes.substr(0, wb.size()) == wb || bytes.substr(0, nb.size()) == nb) {
    bool is_wb = bytes.substr(0, wb.size()) == wb;
    long frames =
        amr_frames(bytes.substr(is_wb ? wb.size() : nb.size()), is_wb ? kWbSize : kNbSize);
    if (frames <= 0) throw core::BadRequest("语音文件已损坏或为空", field);
    a.seconds = static_cast<int>((frames + 49) / 50);
    a.file = hash.substr(0, 2) + "/" + hash + ".amr";
    return a;
  }
  if (kind == AudioKind::story && is_mp3(bytes)) {
    a.file = hash.substr(0, 2) + "/" + hash + ".mp3";
    return a;
  }
  throw core::BadRequest(
      kind == AudioKind::voice ? "请上传 AMR 格式的语音" : "请上传 MP3 或 AMR 格式的音频", field);
}

Audio store_audio(std::string_view bytes, AudioKind kind, const std::string& field) {
  Audio a = inspect_audio(bytes, kind, field);
  std::string path = upload_dir() + a.file;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  if (!std::filesystem::exists(path)) core::write_whole_file(path, bytes);
  return a;
}

bool valid_audio_file(const std::string& f) {
  if (f.size() != 2 + 1 + 40 + 4 || f[2] != '/' || f.compare(0, 2, f, 3, 2) != 0) return false;
  std::string ext = f.substr(43);
  if (ext != ".amr" && ext != ".mp3") return false;
  for (size_t i = 3; i < 43; ++i)
    if (!((f[i] >= '0' && f[i] <= '9') || (f[i] >= 'a' && f[i] <= 'f'))) return false;
  return true;
}

}  // namespace watch
