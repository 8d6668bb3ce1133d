// Voice and story audio are recognised by their bytes: AMR frames are walked (and counted for
// the length), MP3 only for stories, anything else or a cut stream refused.
#include <gtest/gtest.h>

#include "core/error.h"
#include "watch/audio.h"

using watch::AudioKind;
using watch::inspect_audio;

namespace {

std::string amr_nb(int frames, unsigned char header = 0x3C, size_t bytes = 31) {
  std::string s = "#!AMR\n";
  for (int i = 0; i < frames; ++i) s += char(header) + std::string(bytes, '\x01');
  return s;
}

}  // namespace

TEST(WatchAudio, AmrNbFramesGiveTheLengthRoundedUp) {
  EXPECT_EQ(inspect_audio(amr_nb(50), AudioKind::voice, "voice").seconds, 1);
  EXPECT_EQ(inspect_audio(amr_nb(51), AudioKind::voice, "voice").seconds, 2);
  // Mode 0 (4.75 kbit/s): 12 bytes a frame.
  EXPECT_EQ(inspect_audio(amr_nb(150, 0x04, 12), AudioKind::voice, "voice").seconds, 3);
  auto a = inspect_audio(amr_nb(10), AudioKind::voice, "voice");
  EXPECT_EQ(a.file.size(), 47u);
  EXPECT_TRUE(watch::valid_audio_file(a.file));
  EXPECT_EQ(a.url().rfind("/uploads/audio/", 0), 0u);
}

TEST(WatchAudio, AmrWbIsRecognised) {
  std::string s = "#!AMR-WB\n";
  for (int i = 0; i < 100; ++i) s += char(0x44) + std::string(60, '\x02');  // mode 8: 60 bytes
  EXPECT_EQ(inspect_audio(s, AudioKind::voice, "voice").seconds, 2);
}

TEST(WatchAudio, CutEmptyOrCorruptStreamsAreRefused) {
  std::string cut = amr_nb(3);
  cut.pop_back();
  EXPECT_THROW(inspect_audio(cut, AudioKind::voice, "voice"), core::BadRequest);
  EXPECT_THROW(inspect_audio("#!AMR\n", AudioKind::voice, "voice"), core::BadRequest);
  EXPECT_THROW(inspect_audio(amr_nb(3, 0x5C), AudioKind::voice, "voice"), core::BadRequest)
      << "frame type 11 is reserved";
  EXPECT_THROW(inspect_audio(amr_nb(3, 0xBC), AudioKind::voice, "voice"), core::BadRequest)
      << "the F bit is never set in a file";
}

TEST(WatchAudio, Mp3OnlyForStoriesAndNothingByName) {
  std::string mp3 = "ID3\x04" + std::string(100, '\0');
  EXPECT_THROW(inspect_audio(mp3, AudioKind::voice, "voice"), core::BadRequest);
  auto a = inspect_audio(mp3, AudioKind::story, "audio");
  EXPECT_EQ(a.file.substr(a.file.size() - 4), ".mp3");
  EXPECT_EQ(a.seconds, 0);
  EXPECT_THROW(inspect_audio("RIFF....WAVEfmt ", AudioKind::story, "audio"), core::BadRequest);
}

TEST(WatchAudio, SizeLimits) {
  EXPECT_THROW(inspect_audio(amr_nb(40000), AudioKind::voice, "voice"), core::BadRequest);
  EXPECT_NO_THROW(inspect_audio(amr_nb(40000), AudioKind::story, "audio"));
}

TEST(WatchAudio, StoredNamesAreCheckedBeforeUse) {
  EXPECT_FALSE(watch::valid_audio_file("../../etc/passwd"));
  EXPECT_FALSE(watch::valid_audio_file(""));
  EXPECT_FALSE(watch::valid_audio_file("ab/" + std::string(40, 'a') + ".amr"));
  EXPECT_TRUE(watch::valid_audio_file("aa/" + std::string(40, 'a') + ".amr"));
}
