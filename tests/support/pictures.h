// Test pictures made on the fly (Magick++ canvases and hand-built headers), so no binary
// fixtures live in the repository.
#pragma once
#include <string>

namespace testenv {

// A w×h picture encoded as `magick` (JPEG, PNG, GIF, WEBP): noise, so JPEGs have real data.
std::string picture(const std::string& magick, int w, int h);
// A landscape w×h JPEG, left half red and right half blue, tagged EXIF Orientation 6 (the
// camera was turned: shown upright it is portrait with red on top).
std::string rotated_jpeg(int w, int h);
// A PNG header claiming w×h (a decompression bomb's signature) with a token IDAT.
std::string huge_png(int w, int h);
// A valid GIF of `frames` 1×1 frames.
std::string many_frames_gif(int frames);

}  // namespace testenv
