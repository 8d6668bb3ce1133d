// The page kit in lib/web: ids from paths, sub-route tables, fields from a form or a JSON body.
#include <gtest/gtest.h>

#include "core/error.h"
#include "tests/support/fake_exchange.h"
#include "web/path_id.h"
#include "web/serve.h"

using testenv::FakeExchange;
using testenv::status_line;

namespace {

// Answers `ex` with an item program's table: GET /item/{id} and POST /item/{id}/close.
std::string item_program(FakeExchange& ex) {
  web::answer(ex,
              [](web::Request& req, web::Response& res) {
                web::dispatch(req, res, "/item/",
                              {
                                  {"", "GET",
                                   [](web::Request&, web::Response& r, long long id) {
                                     r.send("show " + std::to_string(id), "text/plain");
                                   }},
                                  {"/close", "POST",
                                   [](web::Request&, web::Response& r, long long id) {
                                     r.send("close " + std::to_string(id), "text/plain");
                                   }},
                              });
              },
              {.csrf = false});
  return ex.out;
}

FakeExchange request(const std::string& method, const std::string& path) {
  FakeExchange ex;
  ex.params = {{"REQUEST_METHOD", method}, {"DOCUMENT_URI", path}};
  return ex;
}

std::string body(const std::string& out) { return out.substr(out.find("\r\n\r\n") + 4); }

}  // namespace

TEST(PageKit, IdsAreOneToEighteenDigits) {
  EXPECT_EQ(web::parse_id("12"), 12);
  EXPECT_EQ(web::parse_id("000000000000000007"), 7);
  EXPECT_EQ(web::parse_id(""), std::nullopt);
  EXPECT_EQ(web::parse_id("1234567890123456789"), std::nullopt);
  EXPECT_EQ(web::parse_id("12a"), std::nullopt);
  EXPECT_EQ(web::parse_id("-1"), std::nullopt);
}

TEST(PageKit, IdInPathGivesTheIdAndWhatFollows) {
  auto at = web::id_in_path("/item/12/close", "/item/");
  EXPECT_EQ(at.id, 12);
  EXPECT_EQ(at.rest, "/close");
  EXPECT_EQ(web::id_in_path("/item/9", "/item/").rest, "");
  EXPECT_THROW(web::id_in_path("/item/", "/item/"), core::NotFound);
  EXPECT_THROW(web::id_in_path("/quote/3", "/item/"), core::NotFound);
  EXPECT_THROW(web::id_in_path("/item/99999999999999999999", "/item/"), core::NotFound);
}

TEST(PageKit, SubRouteTableRunsTheMatchingEntry) {
  auto get = request("GET", "/item/5");
  EXPECT_EQ(body(item_program(get)), "show 5");
  auto close = request("POST", "/item/5/close");
  EXPECT_EQ(body(item_program(close)), "close 5");
}

TEST(PageKit, SubRouteWithTheWrongMethodIs405AndAnUnknownOne404) {
  auto get_close = request("GET", "/item/5/close");
  EXPECT_EQ(status_line(item_program(get_close)), "Status: 405 Method Not Allowed");
  auto unknown = request("GET", "/item/5/open");
  EXPECT_EQ(status_line(item_program(unknown)), "Status: 404 Not Found");
}

TEST(PageKit, FieldsComeFromTheFormOrFromAJsonBody) {
  std::vector<std::string> seen;
  auto handler = [&](web::Request& req, web::Response& res) {
    seen = req.fields("ids");
    seen.insert(seen.begin(), req.field("price"));
    res.send("ok", "text/plain");
  };
  FakeExchange form = request("POST", "/x");
  form.params["CONTENT_TYPE"] = "application/x-www-form-urlencoded";
  form.in = "price=35.5&ids=1&ids%5B%5D=2";
  form.params["CONTENT_LENGTH"] = std::to_string(form.in.size());
  web::answer(form, handler, {.csrf = false});
  EXPECT_EQ(seen, (std::vector<std::string>{"35.5", "1", "2"}));

  FakeExchange json = request("POST", "/x");
  json.params["CONTENT_TYPE"] = "application/json";
  json.in = R"({"price": 35.5, "ids": [1, "2"]})";
  json.params["CONTENT_LENGTH"] = std::to_string(json.in.size());
  web::answer(json, handler, {.csrf = false});
  EXPECT_EQ(seen, (std::vector<std::string>{"35.5", "1", "2"}));
}
