// web::append_html / append_json_string: the escapers behind hand-built HTML and JSON.
#include "web/escape.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace {

std::string html(std::string_view s) {
  std::string out = "x";
  web::append_html(out, s);
  return out.substr(1);
}

std::string json(std::string_view s) {
  std::string out;
  web::append_json_string(out, s);
  return out;
}

std::string nlohmann_dump(const std::string& s) {
  return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

TEST(EscapeHtml, MarkupCharactersBecomeEntitiesAndTextStaysAsIs) {
  EXPECT_EQ(html(R"(<script>alert("x")</script> & 'y')"),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
  EXPECT_EQ(html("张三 😀 a\tb\nc"), "张三 😀 a b c");
  EXPECT_EQ(html(""), "");
  EXPECT_EQ(html("&amp;"), "&amp;amp;") << "already escaped text is escaped again";
}

TEST(EscapeJson, MatchesNlohmannAndParsesBack) {
  for (std::string s :
       {std::string(""), std::string("plain"), std::string("张三"),
        std::string("\"quoted\" \\ back/slash"), std::string("<b>&amp;</b>"),
        std::string("emoji 😀👩‍👩‍👧 ok"), std::string("ctl \x01\x1f\b\f\n\r\t\x7f"),
        std::string("nul \0 inside", 12)}) {
    EXPECT_EQ(json(s), nlohmann_dump(s)) << s;
    EXPECT_EQ(nlohmann::json::parse(json(s)).get<std::string>(), s);
  }
}

TEST(EscapeJson, MalformedUtf8BecomesReplacementCharactersAndStaysValidJson) {
  for (std::string s : {std::string("a\xff"
                                    "b"),
                        std::string("\xe5\xbc"),      // truncated 张
                        std::string("\xc0\xaf"),      // overlong '/'
                        std::string("\xed\xa0\x80"),  // surrogate
                        std::string("\xf4\x90\x80\x80"), std::string("x\x80")}) {
    auto out = json(s);
    EXPECT_NO_THROW(nlohmann::json::parse(out)) << out;
    EXPECT_NE(out.find("\xEF\xBF\xBD"), std::string::npos) << out;
  }
  EXPECT_EQ(json("a\xff"
                 "b"),
            "\"a\xEF\xBF\xBD"
            "b\"");
}
