#include "web/page.h"

#include <filesystem>
#include <stdexcept>
#include <string_view>

#include "core/config.h"
#include "web/back.h"
#include "web/request.h"
#include "web/response.h"

namespace web {
namespace {

// Set once at start-up, before any thread serves; a function-local static so that an
// installer running as a static initializer finds it constructed.
LayoutHook& layout_hook() {
  static LayoutHook hook = nullptr;
  return hook;
}

}  // namespace

void install_layout_hook(LayoutHook hook) { layout_hook() = hook; }

Page::Page(Request* req, const std::string& tpl, const std::string& title)
    : req_(req), root_("layout"), tpl_(tpl) {
  body_ = root_.AddIncludeDictionary("BODY");
  body_->SetFilename(tpl);
  this->title(title);
  root_.SetValue("SITE_NAME", core::Config::get().str("site", "name", "药材购"));
}

void Page::title(const std::string& title) {
  title_ = title;
  root_.SetValue("TITLE", title);
}

void Page::script(const std::string& src) {
  root_.AddSectionDictionary("SCRIPT")->SetValue("SRC", src);
}

void Page::stylesheet(const std::string& href) {
  root_.AddSectionDictionary("STYLESHEET")->SetValue("HREF", href);
}

void Page::has_form() {
  if (req_) req_->session();
}

namespace {
// Shows a body rendered before (the layout includes BODY).
constexpr const char* kKeptBody = "layout/kept_body.tpl";

// A member's own body is kept as "<version>\n<csrf token>\n<title>\n<body>": the version of
// its data, the token it was rendered with (replaced by the reader's, a random hex string
// found nowhere else), and the title its data gave.
std::string one_line(std::string s) {
  for (char& c : s)
    if (c == '\n') c = ' ';
  return s;
}

std::string own_copy(const std::string& version, const std::string& csrf, const std::string& title,
                     const std::string& html) {
  return one_line(version) + "\n" + csrf + "\n" + one_line(title) + "\n" + html;
}

// The kept copy's lines before the body, or false when it is not a whole own copy.
bool own_head(const std::string& kept, std::string_view (&lines)[3], size_t* body) {
  size_t at = 0;
  for (auto& line : lines) {
    size_t end = kept.find('\n', at);
    if (end == std::string::npos) return false;
    line = std::string_view(kept).substr(at, end - at);
    at = end + 1;
  }
  *body = at;
  return true;
}

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  if (from.empty() || from == to) return;
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
}
}  // namespace

bool Page::shared_body() {
  if (!req_ || !req_->public_page() || req_->method() != "GET") return false;
  shared_ = core::PageCopy::begin(req_->path(), req_->query_string(), ".body");
  if (!shared_) return false;
  auto html = shared_->existing();
  if (!html) return false;
  body_->SetFilename(kKeptBody);
  body_->SetValue("BODY_HTML", *html);
  shared_kept_ = true;
  return true;
}

bool Page::own_body(const std::string& version) {
  if (!req_ || req_->method() != "GET") return false;
  const auth::User* user = req_->user();
  const session::Session* s = req_->existing_session();
  if (!user || !s) return false;
  own_ = true;
  version_ = version;
  shared_ = core::PageCopy::begin(req_->path(), req_->query_string(),
                                  ".u" + std::to_string(user->id) + ".body");
  if (!shared_) return false;
  auto kept = shared_->existing();
  std::string_view head[3];  // version, CSRF token, title
  size_t body = 0;
  if (!kept || !own_head(*kept, head, &body) || head[0] != one_line(version)) return false;
  title(std::string(head[2]));
  std::string html = kept->substr(body);
  replace_all(html, std::string(head[1]), s->csrf);
  body_->SetFilename(kKeptBody);
  body_->SetValue("BODY_HTML", html);
  shared_kept_ = true;
  return true;
}

std::string Page::render() {
  const session::Session* s = req_ && lookup_user ? req_->existing_session() : nullptr;
  // A body every visitor sees shows nothing of its visitor; a member's own body has its forms.
  if (s && !shared_kept_ && (!shared_ || own_)) body_->SetValue("CSRF", s->csrf);
  if (shared_ && !shared_kept_) {
    // Rendered alone, as the layout would include it: an include sees only its own values.
    std::string html;
    if (!ctemplate::ExpandTemplate(tpl_, ctemplate::DO_NOT_STRIP, body_, &html))
      throw std::runtime_error("template expansion failed for " + tpl_);
    shared_->keep(own_ ? own_copy(version_, s ? s->csrf : "", title_, html) : html);
    body_->SetFilename(kKeptBody);
    body_->SetValue("BODY_HTML", html);
    shared_kept_ = true;
  }
  if (req_ && lookup_user) {
    ctemplate::TemplateDictionary* logged_in = nullptr;
    if (const auth::User* u = req_->user()) {
      logged_in = root_.AddSectionDictionary("LOGGED_IN");
      logged_in->SetValue("USER_NAME", u->display_name());
      logged_in->SetValue("CSRF", req_->csrf_token());
      root_.SetValueAndShowSection("CSRF_TOKEN", req_->csrf_token(), "CSRF_META");
    } else {
      root_.AddSectionDictionary("LOGGED_OUT")->SetValue("NEXT", req_->uri());
    }
    if (LayoutHook hook = layout_hook()) hook(*req_, root_, logged_in);
    if (show_back(*req_, root_)) script("/js/back.js");
  }
  std::string out;
  if (!ctemplate::ExpandTemplate("layout/page.tpl", ctemplate::DO_NOT_STRIP, &root_, &out))
    throw std::runtime_error("template expansion failed for " + std::string(body_->name()));
  return out;
}

void render(Response& res, Page& page, int status) { res.html(page.render(), status); }

void load_templates(const std::string& dir) {
  auto* cache = ctemplate::mutable_default_template_cache();
  cache->SetTemplateRootDirectory(dir);
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file() || e.path().extension() != ".tpl") continue;
    auto rel = std::filesystem::relative(e.path(), dir).string();
    if (!cache->LoadTemplate(rel, ctemplate::DO_NOT_STRIP))
      throw std::runtime_error("template does not parse: " + rel);
  }
  cache->Freeze();
}

}  // namespace web
