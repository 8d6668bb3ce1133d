// yaocai image thumb FILE [--use list|detail|logo|avatar|document] [--out PATH] [--times N]:
// makes one thumbnail with lib/image exactly as uploads do (validation included), for the
// benchmark and for checking a picture by hand. Prints the milliseconds per run.
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>

#include "bin/cli/command.h"
#include "image/store.h"

namespace cli {

int image(const Args& args) {
  if (args.size() < 2 || args[0] != "thumb") {
    std::cerr << "usage: yaocai image thumb FILE [--use list] [--out PATH] [--times N]\n";
    return 2;
  }
  std::ifstream in(args[1], std::ios::binary);
  if (!in) {
    std::cerr << "yaocai image: cannot read " << args[1] << "\n";
    return 1;
  }
  std::stringstream buf;
  buf << in.rdbuf();
  std::string bytes = buf.str();
  std::string use_name = option(args, "use", "list");
  ::image::Use use = ::image::Use::list;
  for (auto u : {::image::Use::list, ::image::Use::detail, ::image::Use::logo, ::image::Use::avatar,
                 ::image::Use::document})
    if (use_name == ::image::use_name(u)) use = u;
  int times = std::max(1, std::stoi(option(args, "times", "1")));
  std::string out;
  auto t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < times; ++i) out = ::image::thumbnail(bytes, use);
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  if (auto path = option(args, "out"); !path.empty()) std::ofstream(path, std::ios::binary) << out;
  std::cout << ms / times << "\n";
  return 0;
}

}  // namespace cli
