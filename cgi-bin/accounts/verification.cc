// GET/POST /my/verification: the member asks to be verified (身份真实) with their own 营业执照
// or ID photos (field `document`, up to 4 files) and sees where the request stands: 未认证,
// 审核中, 未通过 (with the admin's reason) or 已认证.
#include "admin/verification.h"

#include "core/error.h"
#include "image/store.h"
#include "web/serve.h"
#include "web/verified_badge.h"

namespace {

constexpr int kMaxFiles = 4;

void show(web::Request& req, web::Response& res, const auth::User& me) {
  web::Page page(&req, "accounts/verification.tpl", "身份认证");
  auto& d = page.dict();
  web::show_verified_badge(d, me);
  auto v = admin::verification_request(req.db(), me.id);
  if (me.verified) {
    d.ShowSection("VERIFIED");
  } else if (v && v->status == "pending") {
    d.SetValueAndShowSection("SUBMITTED", v->submitted_at, "PENDING");
  } else {
    if (v) d.SetValueAndShowSection("REASON", v->reason, "REFUSED");
    d.ShowSection("CAN_SUBMIT");
  }
  if (req.param("sent") == "1") d.ShowSection("SENT");
  web::render(res, page);
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const auto& me = req.require_login();
    if (!req.is_post()) return show(req, res, me);
    // Every file is checked before any is written; a bad one names itself.
    image::Budget budget;
    std::vector<image::Prepared> files;
    for (const auto& up : req.uploads()) {
      if (up.field != "document" || up.data.empty()) continue;
      if (files.size() == kMaxFiles) throw core::BadRequest("一次最多上传4张照片", "document");
      files.push_back(image::prepare(up.data, {image::Use::document_thumb, image::Use::document},
                                     "document", budget));
    }
    if (files.empty()) throw core::BadRequest("请选择营业执照或身份证照片", "document");
    std::vector<std::string> hashes;
    for (const auto& f : files) hashes.push_back(f.stored.hash);
    admin::request_verification(req.db(), me.id, hashes);
    for (const auto& f : files) image::save(f);
    res.redirect("/my/verification?sent=1");
  });
}
