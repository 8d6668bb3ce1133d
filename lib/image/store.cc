#include "image/store.h"

#include <Magick++.h>

#include <algorithm>
#include <filesystem>
#include <memory>

#include "core/config.h"
#include "core/content_file.h"
#include "core/error.h"
#include "image/format.h"
#include "image/magick.h"

namespace image {
namespace {

namespace fs = std::filesystem;

const char* kUnsupported = "图片格式不支持，请上传 JPEG、PNG、GIF 或 WebP 图片";
const char* kBroken = "图片文件已损坏或无法识别，请重新选择图片";

struct Spec {
  int w, h;
  bool crop;  // fill the box and cut the overflow (centre); else fit inside, never enlarge
};

Spec spec(Use u) {
  switch (u) {
    case Use::list: return {300, 300, true};
    case Use::detail: return {1200, 1200, false};
    case Use::logo: return {240, 120, false};
    case Use::avatar: return {160, 160, true};
    case Use::document: return {2000, 2000, false};
    case Use::document_thumb: return {300, 300, true};
  }
  return {300, 300, true};
}

struct Limits {
  long bytes, width, height, pixels, frames, timeout_ms;
};

Limits limits() {
  const auto& c = core::Config::get();
  return {c.num("image", "max_bytes", 10 << 20), c.num("image", "max_width", 10000),
          c.num("image", "max_height", 10000),   c.num("image", "max_pixels", 16'000'000),
          c.num("image", "max_frames", 100),     c.num("image", "timeout_ms", 5000)};
}

MagickCore::MagickBooleanType on_progress(const char*, const MagickCore::MagickOffsetType,
                                          const MagickCore::MagickSizeType, void* client) {
  auto* d = static_cast<const Deadline*>(client);
  return d->passed() ? MagickCore::MagickFalse : MagickCore::MagickTrue;
}

struct Probe {
  size_t width = 0, height = 0, frames = 0;
};

// Reads only the headers (no pixels) with the coder the magic bytes named.
Probe ping(std::string_view bytes, Format f) {
  std::unique_ptr<MagickCore::ImageInfo, decltype(&MagickCore::DestroyImageInfo)> info(
      MagickCore::AcquireImageInfo(), MagickCore::DestroyImageInfo);
  std::unique_ptr<MagickCore::ExceptionInfo, decltype(&MagickCore::DestroyExceptionInfo)> ex(
      MagickCore::AcquireExceptionInfo(), MagickCore::DestroyExceptionInfo);
  std::string spec = std::string(coder(f)) + ":";
  MagickCore::CopyMagickString(info->filename, spec.c_str(), MaxTextExtent);
  MagickCore::CopyMagickString(info->magick, coder(f), MaxTextExtent);
  info->affirm = MagickCore::MagickTrue;
  MagickCore::Image* list = MagickCore::PingBlob(info.get(), bytes.data(), bytes.size(), ex.get());
  Probe p;
  for (MagickCore::Image* i = list; i; i = i->next) {
    p.frames++;
    p.width = std::max({p.width, size_t(i->columns), size_t(i->page.width)});
    p.height = std::max({p.height, size_t(i->rows), size_t(i->page.height)});
  }
  bool failed = !list || ex->severity >= MagickCore::ErrorException;
  if (list) MagickCore::DestroyImageList(list);
  if (failed) {
    std::string why = ex->reason ? ex->reason : "";
    if (why.find("ListLength") != std::string::npos) throw core::BadRequest("动图帧数过多");
    if (why.find("Width") != std::string::npos || why.find("Height") != std::string::npos)
      throw core::BadRequest("图片尺寸过大");
    throw core::BadRequest(kBroken);
  }
  return p;
}

std::string encode(Magick::Image t, bool png) {
  if (!png && t.matte()) {  // JPEG has no alpha: put transparent pictures on white
    t.extent(Magick::Geometry(t.columns(), t.rows()), Magick::Color("white"),
             MagickCore::CenterGravity);
    t.matte(false);
  }
  t.strip();
  t.magick(png ? "PNG" : "JPEG");
  if (!png) {
    t.quality(82);
    t.interlaceType(MagickCore::PlaneInterlace);
  }
  Magick::Blob out;
  t.write(&out);
  return std::string(static_cast<const char*>(out.data()), out.length());
}

Magick::Image resized(const Magick::Image& src, const Spec& s) {
  Magick::Image t = src;
  Magick::Geometry box(s.w, s.h);
  if (s.crop) {
    box.fillArea(true);  // "WxH^": cover the box
    t.thumbnail(box);
    t.extent(Magick::Geometry(s.w, s.h), Magick::Color("white"), MagickCore::CenterGravity);
  } else if (src.columns() > size_t(s.w) || src.rows() > size_t(s.h)) {
    t.thumbnail(box);
  }
  return t;
}

// The whole pipeline: every encoded file for `uses`, in order; nothing touches the disk.
std::vector<std::string> render(std::string_view bytes, const std::vector<Use>& uses,
                                const std::string& field, Stored* info, Budget* budget) {
  init_magick();
  Limits lim = limits();
  if (bytes.empty()) throw core::BadRequest("图片文件为空，请重新选择", field);
  if (long(bytes.size()) > lim.bytes)
    throw core::BadRequest("图片不能超过 " + std::to_string(lim.bytes >> 20) + " MB", field);
  Format f = detect(bytes);
  if (f == Format::unknown) throw core::BadRequest(kUnsupported, field);

  Probe p;
  try {
    p = ping(bytes, f);
  } catch (core::BadRequest& e) {
    throw core::BadRequest(e.what(), field);
  }
  if (p.frames > size_t(lim.frames)) throw core::BadRequest("动图帧数过多", field);
  if (long(p.width) > lim.width || long(p.height) > lim.height ||
      double(p.width) * double(p.height) > double(lim.pixels))
    throw core::BadRequest("图片尺寸过大（最大 " + std::to_string(lim.width) + "×" +
                               std::to_string(lim.height) + " 像素）",
                           field);

  // The decoder's work: the first frame's pixels, which libjpeg reduces by 2, 4 or 8 on each
  // side when the largest thumbnail allows it (below).
  int side = 0;
  for (Use u : uses) side = std::max({side, spec(u).w, spec(u).h});
  int scale = 1;
  if (f == Format::jpeg)
    while (scale < 8 && p.width >= size_t(2 * scale * side) && p.height >= size_t(2 * scale * side))
      scale *= 2;
  if (budget) budget->take(double(p.width) * double(p.height) / (scale * scale), field);

  Deadline deadline{std::chrono::steady_clock::now() + std::chrono::milliseconds(lim.timeout_ms)};
  std::vector<std::string> out;
  try {
    Magick::Image im;
    im.magick(coder(f));
    im.subRange(1);  // the first frame of an animation is the picture
    if (f == Format::jpeg) {
      // libjpeg decodes at 1/2, 1/4 or 1/8 scale when the largest box allows it.
      // Only a reduction: for a smaller picture libjpeg would scale up instead.
      if (p.width >= size_t(2 * side) && p.height >= size_t(2 * side))
        im.defineValue("jpeg", "size", std::to_string(side) + "x" + std::to_string(side));
    }
    MagickCore::SetImageInfoProgressMonitor(im.imageInfo(), on_progress, &deadline);
    im.read(Magick::Blob(bytes.data(), bytes.size()));
    if (deadline.passed()) throw core::BadRequest("图片处理超时，请换一张较小的图片", field);
    auto o = im.orientation();
    bool turned = o == MagickCore::LeftTopOrientation || o == MagickCore::RightTopOrientation ||
                  o == MagickCore::RightBottomOrientation || o == MagickCore::LeftBottomOrientation;
    im.autoOrient();
    im.strip();
    if (info) {  // the upright original's size, not the reduced decode's
      info->width = int(turned ? p.height : p.width);
      info->height = int(turned ? p.width : p.height);
    }
    for (Use u : uses) {
      out.push_back(encode(resized(im, spec(u)), stored_as_png(u)));
      if (deadline.passed()) throw core::BadRequest("图片处理超时，请换一张较小的图片", field);
    }
  } catch (const Magick::Exception&) {
    throw core::BadRequest(kBroken, field);
  }
  return out;
}

}  // namespace

std::string Stored::url(Use u) const { return image::url(hash, u); }

Budget::Budget() : left_(double(core::Config::get().num("image", "request_pixels", 60'000'000))) {}

void Budget::take(double pixels, const std::string& field) {
  left_ -= pixels;
  if (left_ < 0)
    throw core::BadRequest("一次上传的图片总尺寸过大，请减少图片或换小一些的图片", field);
}

Prepared prepare(std::string_view bytes, std::initializer_list<Use> uses, const std::string& field,
                 Budget& budget) {
  Prepared p;
  p.stored.uses.assign(uses.begin(), uses.end());
  p.files = render(bytes, p.stored.uses, field, &p.stored, &budget);
  p.stored.hash = core::content_hash(bytes);
  return p;
}

Stored save(const Prepared& p) {
  const Stored& s = p.stored;
  fs::create_directories(fs::path(file_path(s.hash, s.uses.front())).parent_path());
  for (size_t i = 0; i < s.uses.size(); ++i) {
    std::string path = file_path(s.hash, s.uses[i]);
    if (!fs::exists(path)) core::write_whole_file(path, p.files[i]);  // same bytes, same files
  }
  return s;
}

Stored store(std::string_view bytes, std::initializer_list<Use> uses, const std::string& field) {
  Budget budget;
  return save(prepare(bytes, uses, field, budget));
}

std::string thumbnail(std::string_view bytes, Use u) {
  return render(bytes, {u}, "", nullptr, nullptr).front();
}

}  // namespace image
