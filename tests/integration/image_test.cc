// lib/image: what is accepted, what comes out, and what is refused with nothing stored.
#include <gtest/gtest.h>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wignored-qualifiers"
#include <Magick++.h>
#pragma GCC diagnostic pop

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/config.h"
#include "core/error.h"
#include "image/format.h"
#include "image/magick.h"
#include "image/store.h"
#include "tests/support/pictures.h"

namespace fs = std::filesystem;
using image::Use;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

Magick::Image open(const std::string& path) {
  Magick::Image im;
  im.read(path);
  return im;
}

size_t files_under_uploads() {
  std::string dir = core::Config::get().str("paths", "upload_dir");
  if (!fs::exists(dir)) return 0;
  size_t n = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir)) n += e.is_regular_file();
  return n;
}

// Refused with a 400 and a Chinese message; no file appears.
void expect_refused(const std::string& bytes, const std::string& why) {
  size_t before = files_under_uploads();
  try {
    image::store(bytes, {Use::list, Use::detail}, "photo");
    ADD_FAILURE() << why << ": accepted";
  } catch (const web::BadRequest& e) {
    EXPECT_EQ(e.status, 400) << why;
    EXPECT_EQ(e.field, "photo") << why;
    EXPECT_FALSE(std::string(e.what()).empty()) << why;
  }
  EXPECT_EQ(files_under_uploads(), before) << why;
}

}  // namespace

TEST(ImageFormat, RecognisedByMagicBytesOnly) {
  EXPECT_EQ(image::detect("\xFF\xD8\xFF\xE0rest"), image::Format::jpeg);
  EXPECT_EQ(image::detect(std::string("\x89PNG\r\n\x1a\n", 8)), image::Format::png);
  EXPECT_EQ(image::detect("GIF89a..."), image::Format::gif);
  EXPECT_EQ(image::detect(std::string("RIFF\x10\0\0\0WEBPVP8 ", 16)), image::Format::webp);
  EXPECT_EQ(image::detect("<svg xmlns='http://www.w3.org/2000/svg'/>"), image::Format::unknown);
  EXPECT_EQ(image::detect(""), image::Format::unknown);
}

TEST(ImagePolicy, OnlyTheFourCodersAreAllowed) {
  image::init_magick();
  using namespace MagickCore;
  for (const char* ok : {"JPEG", "PNG", "GIF", "WEBP"})
    EXPECT_TRUE(IsRightsAuthorized(CoderPolicyDomain, ReadPolicyRights, ok)) << ok;
  // BMP is allowed by Debian's policy: refusing it proves conf/policy.xml is the one loaded.
  for (const char* no : {"SVG", "MVG", "MSL", "TEXT", "EPHEMERAL", "URL", "PS", "PDF", "BMP"})
    EXPECT_FALSE(IsRightsAuthorized(CoderPolicyDomain, ReadPolicyRights, no)) << no;
  EXPECT_FALSE(IsRightsAuthorized(DelegatePolicyDomain, ExecutePolicyRights, "gs"));
}

TEST(ImageStore, EachAcceptedFormatStoresItsThumbnails) {
  for (const char* fmt : {"JPEG", "PNG", "GIF", "WEBP"}) {
    auto bytes = testenv::picture(fmt, 640, 480);
    auto s = image::store(bytes, {Use::list, Use::detail, Use::logo});
    EXPECT_TRUE(image::valid_hash(s.hash)) << fmt;
    EXPECT_EQ(s.width, 640) << fmt;
    EXPECT_EQ(s.height, 480) << fmt;
    auto list = open(image::file_path(s.hash, Use::list));
    EXPECT_EQ(list.columns(), 300u) << fmt;
    EXPECT_EQ(list.rows(), 300u) << fmt;
    EXPECT_EQ(list.magick(), "JPEG");
    auto detail = open(image::file_path(s.hash, Use::detail));
    EXPECT_EQ(detail.columns(), 640u) << fmt << ": never enlarged";
    auto logo = open(image::file_path(s.hash, Use::logo));
    EXPECT_EQ(logo.columns(), 160u) << fmt;
    EXPECT_EQ(logo.rows(), 120u) << fmt;
    EXPECT_EQ(logo.magick(), "PNG");
    EXPECT_EQ(s.url(Use::list), "/uploads/" + s.hash.substr(0, 2) + "/" + s.hash + "_list.jpg");
  }
}

TEST(ImageStore, LargePhotoIsReducedToTheDetailSize) {
  auto s = image::store(testenv::picture("JPEG", 3000, 2000), {Use::detail});
  EXPECT_EQ(s.width, 3000);
  auto detail = open(image::file_path(s.hash, Use::detail));
  EXPECT_EQ(detail.columns(), 1200u);
  EXPECT_EQ(detail.rows(), 800u);
}

TEST(ImageStore, ExifRotatedPhotoComesOutUprightWithoutExif) {
  auto bytes = testenv::rotated_jpeg(400, 200);
  ASSERT_NE(bytes.find("Exif"), std::string::npos);
  auto s = image::store(bytes, {Use::detail});
  EXPECT_EQ(s.width, 200);
  EXPECT_EQ(s.height, 400);
  std::string out = slurp(image::file_path(s.hash, Use::detail));
  EXPECT_EQ(out.find("Exif"), std::string::npos);
  auto im = open(image::file_path(s.hash, Use::detail));
  ASSERT_EQ(im.columns(), 200u);
  ASSERT_EQ(im.rows(), 400u);
  EXPECT_EQ(im.orientation(), MagickCore::UndefinedOrientation);
  Magick::ColorRGB top = im.pixelColor(100, 50), bottom = im.pixelColor(100, 350);
  EXPECT_GT(top.red(), 0.8);
  EXPECT_LT(top.blue(), 0.2);
  EXPECT_GT(bottom.blue(), 0.8);
  EXPECT_LT(bottom.red(), 0.2);
}

TEST(ImageStore, SameBytesSameHash) {
  auto bytes = testenv::picture("PNG", 100, 100);
  EXPECT_EQ(image::store(bytes, {Use::avatar}).hash, image::store(bytes, {Use::avatar}).hash);
}

TEST(ImageStore, RefusesWhatIsNotAPicture) {
  expect_refused("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>x</script></svg>", "SVG");
  expect_refused("push graphic-context\nviewbox 0 0 640 480\nimage over 0,0 0,0 'https://x'\n",
                 "MVG");
  expect_refused("%!PS-Adobe-3.0\n/Helvetica findfont 12 scalefont setfont\nshowpage\n",
                 "PostScript");
  expect_refused("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n", "PDF");
  expect_refused("this is a text file named photo.jpg\n", "text named .jpg");
  expect_refused("", "zero bytes");
}

TEST(ImageStore, RefusesATruncatedJpeg) {
  auto bytes = testenv::picture("JPEG", 800, 600);
  expect_refused(bytes.substr(0, bytes.size() / 2), "truncated JPEG");
}

TEST(ImageStore, RefusesADecompressionBomb) {
  expect_refused(testenv::huge_png(20000, 20000), "20000×20000 PNG");
  expect_refused(testenv::huge_png(9000, 9000), "81 megapixels");
}

TEST(ImageStore, RefusesAGifWithThousandsOfFrames) {
  expect_refused(testenv::many_frames_gif(5000), "5000 frames");
  EXPECT_NO_THROW(image::store(testenv::many_frames_gif(3), {Use::list}));
}

TEST(ImageStore, RefusesAnUploadOverTheSizeCap) {
  std::string big = testenv::picture("JPEG", 64, 64);
  big.resize(core::Config::get().num("image", "max_bytes", 10 << 20) + 1, '\0');
  expect_refused(big, "over the size cap");
}

// The audit: a PNG at the old 40-megapixel limit decoded for 10 s.
TEST(ImageStore, TwentyMegapixelsIsPastThePixelLimit) {
  expect_refused(testenv::huge_png(5000, 4000), "20 megapixels");
}

// The audit: 20 pictures at the limit in one request held a thread ~200 s. The request's
// budget is taken from the headers, before any pixel of the picture past it is decoded.
TEST(ImageStore, ARequestsPicturesShareOneDecodeBudget) {
  image::Budget budget(1'000'000);
  auto first = image::prepare(testenv::picture("PNG", 800, 800), {Use::list}, "p1", budget);
  EXPECT_EQ(first.files.size(), 1u);
  try {
    image::prepare(testenv::picture("PNG", 800, 800), {Use::list}, "p2", budget);
    FAIL() << "the second picture went past the budget";
  } catch (const web::BadRequest& e) {
    EXPECT_EQ(e.field, "p2");
    EXPECT_NE(std::string(e.what()).find("总尺寸过大"), std::string::npos);
  }
  // A large JPEG counts at the size libjpeg decodes it at (here 1/2 per side for 1200 px).
  image::Budget jpeg(1'600'000);
  EXPECT_NO_THROW(image::prepare(testenv::picture("JPEG", 2600, 2400), {Use::detail}, "j", jpeg));
}

TEST(ImageStore, PreparedPicturesTouchTheDiskOnlyWhenSaved) {
  image::Budget budget;
  auto p = image::prepare(testenv::picture("PNG", 90, 70), {Use::list, Use::detail}, "", budget);
  EXPECT_FALSE(std::filesystem::exists(image::file_path(p.stored.hash, Use::list)));
  image::save(p);
  EXPECT_TRUE(std::filesystem::exists(image::file_path(p.stored.hash, Use::list)));
  EXPECT_TRUE(std::filesystem::exists(image::file_path(p.stored.hash, Use::detail)));
}
