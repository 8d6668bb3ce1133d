#include "web/page.h"

#include <filesystem>
#include <stdexcept>

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
  root_.SetValue("TITLE", title);
  root_.SetValue("SITE_NAME", core::Config::get().str("site", "name", "药材购"));
}

void Page::script(const std::string& src) {
  root_.AddSectionDictionary("SCRIPT")->SetValue("SRC", src);
}

void Page::has_form() {
  if (req_) req_->session();
}

namespace {
// Shows a body rendered before (the layout includes BODY).
constexpr const char* kKeptBody = "layout/kept_body.tpl";
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

std::string Page::render() {
  if (shared_ && !shared_kept_) {
    // Rendered alone, as the layout would include it: an include sees only its own values.
    std::string html;
    if (!ctemplate::ExpandTemplate(tpl_, ctemplate::DO_NOT_STRIP, body_, &html))
      throw std::runtime_error("template expansion failed for " + tpl_);
    shared_->keep(html);
    body_->SetFilename(kKeptBody);
    body_->SetValue("BODY_HTML", html);
    shared_kept_ = true;
  }
  if (req_ && lookup_user) {
    if (const session::Session* s = req_->existing_session(); s && !shared_kept_)
      body_->SetValue("CSRF", s->csrf);
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
