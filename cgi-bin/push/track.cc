// Tracked links of pushes (spec §2, §7):
//   GET  /t/{token}          counts the click, remembers the visit, goes to the item
//   GET  /t/{token}/optout   asks to confirm 退订
//   POST /t/{token}/optout   opts the number out of every marketing message
#include "push/track.h"

#include "core/clock.h"
#include "core/error.h"
#include "market/clock.h"
#include "push/optout.h"
#include "web/serve.h"

namespace {

void optout(web::Request& req, web::Response& res, const std::string& token) {
  auto who = push::recipient_by_token(req.db(), token);
  bool done = false;
  if (req.is_post()) {
    if (who.phone.empty()) throw web::BadRequest("该链接没有可退订的手机号");
    push::opt_out(req.db(), who.phone, "link");
    done = true;
  }
  web::Page page(&req, "push/optout.tpl", "退订推送消息");
  auto& d = page.dict();
  d.SetValue("CSRF", req.csrf_token());
  d.SetValue("TOKEN", token);
  d.SetValue("VARIETY", who.variety);
  if (who.phone.size() == 11)
    d.SetValue("PHONE", who.phone.substr(0, 3) + "****" + who.phone.substr(7));
  d.ShowSection(done || push::opted_out(req.db(), who.phone) ? "DONE" : "ASK");
  web::render(res, page);
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const std::string& path = req.path();  // nginx routes only /t/<32 hex>[/optout] here
    std::string token = path.substr(3, 32);
    if (path.size() > 35) return optout(req, res, token);
    if (req.is_post()) throw web::MethodNotAllowed();
    auto c = push::click(req.db(), token, market::datetime_of(core::now()));
    // The visit lives in the visitor's session (created here for a visitor without one), so
    // the item page records later views and a quote in this visit is credited to the round.
    auto& s = req.session();
    req.sessions().set(s, push::kVisitField, c.visit.value());
    res.redirect("/item/" + std::to_string(c.visit.item_id), 302);
  });
}
