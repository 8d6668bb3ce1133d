#include "core/page_copy.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <ctime>
#include <filesystem>
#include <new>
#include <utility>

#include "core/config.h"
#include "core/page_copy_peers.h"

namespace core {
namespace {

namespace fs = std::filesystem;

// The same limits as the nginx map in conf/nginx/page_copy.conf: anything else is never
// looked up there, so writing it would only fill the disk.
constexpr size_t kMaxQuery = 200;

bool name_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '.' || c == '-';
}

// A name character, or one that encodes or separates query values.
bool query_char(char c) { return name_char(c) || c == '%' || c == '=' || c == '&' || c == '+'; }

// "/" and "/a/b" whose parts are plain names (no "." or ".." parts, no empty ones).
bool plain_path(const std::string& path) {
  if (path.empty() || path[0] != '/') return false;
  if (path == "/") return true;
  size_t start = 1;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string part = path.substr(start, end - start);
    if (part.empty() || part.size() > 64 || part == "." || part == "..") return false;
    for (char c : part)
      if (!name_char(c)) return false;
    start = end + 1;
  }
  return true;
}

std::string page_dir() { return Config::get().str("paths", "page_dir"); }

// Creates `name` under `dir_fd` if needed and opens it; -1 on failure. `created` tells
// whether this call made it.
int open_subdir(int dir_fd, const std::string& name, bool* created = nullptr) {
  int rc = mkdirat(dir_fd, name.c_str(), 0755);
  if (created) *created = rc == 0;
  if (rc != 0 && errno != EEXIST) return -1;
  return openat(dir_fd, name.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
}

bool write_all(int fd, const std::string& data) {
  size_t off = 0;
  while (off < data.size()) {
    ssize_t n = ::write(fd, data.data() + off, data.size() - off);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    off += static_cast<size_t>(n);
  }
  return true;
}

// Slots before the previous one are never read again.
void prune_slots(const std::string& live, long current) {
  std::error_code ec;
  for (fs::directory_iterator it(live, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    char* stop = nullptr;
    long slot = std::strtol(name.c_str(), &stop, 10);
    if (stop && *stop == '\0' && slot < current - 1) {
      std::error_code ignored;
      fs::remove_all(it->path(), ignored);
    }
  }
}

}  // namespace

long page_copy_slot() { return static_cast<long>(std::time(nullptr) / 10); }

std::optional<PageCopy> PageCopy::begin(const std::string& path, const std::string& query,
                                        const std::string& ext) {
  try {
    if (!plain_path(path) || query.size() > kMaxQuery) return std::nullopt;
    for (char c : query)
      if (!query_char(c)) return std::nullopt;
    std::string name = path.substr(1) + "@" + query + ext;
    std::string dir = page_dir();
    if (dir.empty()) return std::nullopt;
    ::mkdir(dir.c_str(), 0755);
    std::string live = dir + "/live";
    ::mkdir(live.c_str(), 0755);
    int fd = ::open(live.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    return PageCopy(fd, live, page_copy_slot(), std::move(name));
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

PageCopy::PageCopy(int live_fd, std::string dir, long slot, std::string name)
    : live_fd_(live_fd), dir_(std::move(dir)), slot_(slot), name_(std::move(name)) {}

PageCopy::PageCopy(PageCopy&& o) noexcept
    : live_fd_(std::exchange(o.live_fd_, -1)),
      dir_(std::move(o.dir_)),
      slot_(o.slot_),
      name_(std::move(o.name_)),
      claimed_(std::exchange(o.claimed_, false)) {}

PageCopy& PageCopy::operator=(PageCopy&& o) noexcept {
  if (this != &o) {
    this->~PageCopy();
    new (this) PageCopy(std::move(o));
  }
  return *this;
}

PageCopy::~PageCopy() {
  if (live_fd_ < 0) return;
  if (claimed_) {
    std::string leaf;
    int dir_fd = leaf_dir(&leaf);
    if (dir_fd >= 0) {
      ::unlinkat(dir_fd, claim_name(leaf).c_str(), 0);
      ::close(dir_fd);
    }
  }
  ::close(live_fd_);
}

std::string PageCopy::claim_name(const std::string& leaf) { return "." + leaf + ".render"; }

int PageCopy::leaf_dir(std::string* leaf) const {
  bool new_slot = false;
  int dir_fd = open_subdir(live_fd_, std::to_string(slot_), &new_slot);
  if (new_slot) prune_slots(dir_, slot_);
  // Directories of the path ("item/5@.html" lives in item/).
  *leaf = name_;
  for (size_t slash; dir_fd >= 0 && (slash = leaf->find('/')) != std::string::npos;) {
    int next = open_subdir(dir_fd, leaf->substr(0, slash));
    ::close(dir_fd);
    dir_fd = next;
    *leaf = leaf->substr(slash + 1);
  }
  return dir_fd;
}

std::optional<std::string> PageCopy::read(long slot) const {
  if (live_fd_ < 0) return std::nullopt;
  std::string rel = std::to_string(slot) + "/" + name_;
  int fd = ::openat(live_fd_, rel.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  std::string out;
  char buf[16384];
  ssize_t n;
  while ((n = ::read(fd, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  ::close(fd);
  if (n < 0 || out.empty()) return std::nullopt;
  return out;
}

std::optional<std::string> PageCopy::existing() const { return read(slot_); }

std::optional<std::string> PageCopy::previous() const { return read(slot_ - 1); }

bool PageCopy::claim() {
  if (live_fd_ < 0) return true;
  std::string leaf;
  int dir_fd = leaf_dir(&leaf);
  if (dir_fd < 0) return true;
  int fd =
      ::openat(dir_fd, claim_name(leaf).c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  bool taken = fd < 0 && errno == EEXIST;
  if (fd >= 0) ::close(fd);
  ::close(dir_fd);
  claimed_ = !taken;
  return !taken;
}

void PageCopy::keep(const std::string& html) {
  if (live_fd_ < 0) return;
  std::string leaf;
  int dir_fd = leaf_dir(&leaf);
  if (dir_fd < 0) return;
  static std::atomic<unsigned> seq{0};
  std::string tmp = "." + leaf + "." + std::to_string(::getpid()) + "." +
                    std::to_string(seq.fetch_add(1)) + ".tmp";
  int fd = ::openat(dir_fd, tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd >= 0) {
    bool ok = ::fchmod(fd, 0644) == 0 && write_all(fd, html);
    ok = ::close(fd) == 0 && ok;
    if (!ok || ::renameat(dir_fd, tmp.c_str(), dir_fd, leaf.c_str()) != 0)
      ::unlinkat(dir_fd, tmp.c_str(), 0);
  }
  ::close(dir_fd);
}

namespace {
std::atomic<void (*)()> g_tell_peers{nullptr};
}  // namespace

void on_page_copies_discarded(void (*tell_peers)()) { g_tell_peers = tell_peers; }

void discard_page_copies() {
  discard_own_page_copies();
  if (auto tell = g_tell_peers.load()) tell();
}

void discard_own_page_copies() {
  std::string dir;
  try {
    dir = page_dir();
  } catch (const std::exception&) {
    return;
  }
  if (dir.empty()) return;
  static std::atomic<unsigned> seq{0};
  std::string dead = dir + "/dead." + std::to_string(::getpid()) + "." +
                     std::to_string(seq.fetch_add(1)) + "." + std::to_string(std::time(nullptr));
  // The rename is the moment of discarding: nginx finds nothing from here on.
  if (::rename((dir + "/live").c_str(), dead.c_str()) != 0) return;
  std::error_code ec;
  fs::remove_all(dead, ec);
  // Trees left by a process that died halfway, or still being written when removed.
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().filename().string().rfind("dead.", 0) == 0) {
      std::error_code ignored;
      fs::remove_all(it->path(), ignored);
    }
  }
}

}  // namespace core
