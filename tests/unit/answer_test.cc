// The request edge without HTTP: a CGI exchange in memory, the real web::answer.
#include <gtest/gtest.h>

#include <map>

#include "core/error.h"
#include "web/serve.h"

namespace {

class FakeExchange : public web::Exchange {
 public:
  std::map<std::string, std::string> params;
  std::string in, out;
  size_t pos = 0;
  std::string param(const char* name) const override {
    auto it = params.find(name);
    return it == params.end() ? "" : it->second;
  }
  size_t read(char* buf, size_t n) override {
    n = std::min(n, in.size() - pos);
    std::copy(in.data() + pos, in.data() + pos + n, buf);
    pos += n;
    return n;
  }
  void write(const std::string& b) override { out += b; }
};

FakeExchange get(const std::string& uri) {
  FakeExchange ex;
  ex.params = {{"REQUEST_METHOD", "GET"}, {"DOCUMENT_URI", uri.substr(0, uri.find('?'))}};
  if (uri.find('?') != std::string::npos) ex.params["QUERY_STRING"] = uri.substr(uri.find('?') + 1);
  return ex;
}

std::string status_line(const std::string& out) { return out.substr(0, out.find("\r\n")); }

}  // namespace

TEST(Answer, QueryParametersAreDecoded) {
  auto ex = get("/x?q=%E5%BD%93%E5%BD%92&page=2&q=second&empty=");
  std::string q, page;
  bool has_empty = false;
  web::answer(ex, [&](web::Request& req, web::Response& res) {
    q = req.param("q");
    page = req.arg("page");
    has_empty = req.has_arg("empty");
    res.html("ok");
  });
  EXPECT_EQ(q, "当归");
  EXPECT_EQ(page, "2");
  EXPECT_TRUE(has_empty);
}

TEST(Answer, UrlencodedFormIsParsedAndKeptApartFromQuery) {
  FakeExchange ex;
  ex.in = "name=%E5%BC%A0%E4%B8%89&items%5B0%5D%5Bvariety%5D=%E9%BB%84%E8%8A%AA&note=a+b";
  ex.params = {{"REQUEST_METHOD", "POST"},
               {"DOCUMENT_URI", "/f"},
               {"QUERY_STRING", "from=q"},
               {"CONTENT_TYPE", "application/x-www-form-urlencoded"},
               {"CONTENT_LENGTH", std::to_string(ex.in.size())}};
  std::vector<std::pair<std::string, std::string>> form;
  std::string from;
  web::answer(ex,
              [&](web::Request& req, web::Response& res) {
                form = req.form();
                from = req.param("from");
                res.html("ok");
              },
              {.csrf = false});
  ASSERT_EQ(form.size(), 3u);
  EXPECT_EQ(form[0].second, "张三");
  EXPECT_EQ(form[1].first, "items[0][variety]");
  EXPECT_EQ(form[1].second, "黄芪");
  EXPECT_EQ(form[2].second, "a b");
  EXPECT_EQ(from, "q");
}

TEST(Answer, MultipartFilesAndFieldsAreSeparated) {
  FakeExchange ex;
  ex.in =
      "--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n标题\r\n"
      "--XyZ\r\nContent-Disposition: form-data; name=\"photo1\"; filename=\"a.jpg\"\r\n"
      "Content-Type: image/jpeg\r\n\r\n\xff\xd8\xff\xe0 bytes\r\n--XyZ--\r\n";
  ex.params = {{"REQUEST_METHOD", "POST"},
               {"DOCUMENT_URI", "/u"},
               {"CONTENT_TYPE", "multipart/form-data; boundary=XyZ"},
               {"CONTENT_LENGTH", std::to_string(ex.in.size())}};
  std::string title, data, filename;
  size_t fields = 0;
  web::answer(ex,
              [&](web::Request& req, web::Response& res) {
                title = req.arg("title");
                fields = req.form().size();
                if (auto* u = req.upload("photo1")) {
                  data = u->data;
                  filename = u->filename;
                }
                res.html("ok");
              },
              {.csrf = false});
  EXPECT_EQ(title, "标题");
  EXPECT_EQ(fields, 1u);
  EXPECT_EQ(filename, "a.jpg");
  EXPECT_EQ(data, "\xff\xd8\xff\xe0 bytes");
}

TEST(Answer, BrokenMultipartIs400AndHandlerNotCalled) {
  FakeExchange ex;
  ex.in = "this is not multipart";
  ex.params = {{"REQUEST_METHOD", "POST"},
               {"DOCUMENT_URI", "/u"},
               {"CONTENT_TYPE", "multipart/form-data; boundary=XyZ"},
               {"CONTENT_LENGTH", std::to_string(ex.in.size())}};
  bool called = false;
  web::answer(ex, [&](web::Request&, web::Response&) { called = true; }, {.csrf = false});
  EXPECT_EQ(status_line(ex.out), "Status: 400 Bad Request");
  EXPECT_FALSE(called);
  EXPECT_NE(ex.out.find("上传数据格式错误"), std::string::npos);
}

TEST(Answer, OversizedBodyIs413BeforeReading) {
  FakeExchange ex;
  ex.params = {{"REQUEST_METHOD", "POST"},
               {"DOCUMENT_URI", "/u"},
               {"CONTENT_TYPE", "application/x-www-form-urlencoded"},
               {"CONTENT_LENGTH", "999999999999"}};
  web::answer(ex, [&](web::Request&, web::Response&) {}, {.csrf = false});
  EXPECT_EQ(status_line(ex.out), "Status: 413 Payload Too Large");
}

TEST(Answer, MalformedJsonIs400WithJsonError) {
  FakeExchange ex;
  ex.in = "{\"date\": ";
  ex.params = {{"REQUEST_METHOD", "POST"},
               {"DOCUMENT_URI", "/booking/save"},
               {"CONTENT_TYPE", "application/json"},
               {"CONTENT_LENGTH", std::to_string(ex.in.size())}};
  web::answer(ex, [&](web::Request& req, web::Response& res) { res.json(req.json()); },
              {.csrf = false});
  EXPECT_EQ(status_line(ex.out), "Status: 400 Bad Request");
  auto body = nlohmann::json::parse(ex.out.substr(ex.out.find("\r\n\r\n") + 4));
  EXPECT_EQ(body["ok"], false);
  EXPECT_EQ(body["error"], "bad_request");
  EXPECT_EQ(body["message"], "请求内容不是有效的 JSON");
}

TEST(Answer, HandlerThatThrowsGives500PageAndNextRequestIsServed) {
  auto ex = get("/boom");
  web::answer(ex, [](web::Request&, web::Response&) { throw std::runtime_error("boom"); });
  EXPECT_EQ(status_line(ex.out), "Status: 500 Internal Server Error");
  EXPECT_NE(ex.out.find("服务器出错了"), std::string::npos);
  EXPECT_EQ(ex.out.find("boom"), std::string::npos) << "no internals in the page";
  auto next = get("/fine");
  web::answer(next, [](web::Request&, web::Response& res) { res.html("fine"); });
  EXPECT_EQ(status_line(next.out), "Status: 200 OK");
}

TEST(Answer, TypedErrorsMapToStatusAndChineseJson) {
  auto ex = get("/x.json");
  web::answer(ex, [](web::Request&, web::Response&) { throw web::Conflict("已被预订"); });
  EXPECT_EQ(status_line(ex.out), "Status: 409 Conflict");
  EXPECT_NE(ex.out.find("\"message\":\"已被预订\""), std::string::npos);
}

TEST(Answer, PostWithoutCsrfTokenIs403AndHandlerNotCalled) {
  FakeExchange ex;
  ex.in = "a=1";
  ex.params = {{"REQUEST_METHOD", "POST"},
               {"DOCUMENT_URI", "/x"},
               {"CONTENT_TYPE", "application/x-www-form-urlencoded"},
               {"CONTENT_LENGTH", "3"}};
  bool called = false;
  web::answer(ex, [&](web::Request&, web::Response&) { called = true; });
  EXPECT_EQ(status_line(ex.out), "Status: 403 Forbidden");
  EXPECT_FALSE(called);
}

TEST(Answer, LoginRequiredRedirectsPagesAndAnswers401ToJson) {
  auto page = get("/booking?date=2026-11-23");
  web::answer(page, [](web::Request& req, web::Response&) { req.require_login(); });
  EXPECT_EQ(status_line(page.out), "Status: 303 See Other");
  EXPECT_NE(page.out.find("Location: /login?next=%2Fbooking%3Fdate%3D2026-11-23"),
            std::string::npos);
  auto api = get("/booking/grid.json");
  web::answer(api, [](web::Request& req, web::Response&) { req.require_login(); });
  EXPECT_EQ(status_line(api.out), "Status: 401 Unauthorized");
}

TEST(Answer, UnsupportedMethodIs405) {
  auto ex = get("/x");
  ex.params["REQUEST_METHOD"] = "DELETE";
  web::answer(ex, [](web::Request&, web::Response& res) { res.html("no"); });
  EXPECT_EQ(status_line(ex.out), "Status: 405 Method Not Allowed");
}

TEST(Answer, EveryResponseCarriesSecurityHeaders) {
  auto ex = get("/");
  web::answer(ex, [](web::Request&, web::Response& res) { res.html("hi"); });
  for (const char* h : {"Content-Security-Policy: ", "X-Content-Type-Options: nosniff",
                        "X-Frame-Options: DENY", "Referrer-Policy: ", "frame-ancestors 'none'"})
    EXPECT_NE(ex.out.find(h), std::string::npos) << h;
}
