// The day grid written by hand (booking::grid_json, booking::grid_rows_html): the same JSON as
// the nlohmann tree, and every name escaped in the HTML.
#include <gtest/gtest.h>

#include "booking/grid.h"
#include "booking/grid_html.h"

namespace {

// Two rooms with hostile names; tomorrow's grid seen by user 7 (cells of user 7 are mine).
booking::Grid hostile_grid(const std::string& date = "2030-01-11") {
  booking::Day day;
  day.rooms.push_back({});
  day.rooms[0].id = 3;
  day.rooms[0].name = "<b>\"会议室\"</b> & 'x'";
  day.rooms[0].capacity = 8;
  day.rooms[0].location = "3楼 \\ \"东\" 😀";
  day.rooms.push_back({});
  day.rooms[1].id = 12;
  day.rooms[1].name = "二号";
  day.booked.push_back({3, 9, 7, "我"});
  day.booked.push_back({3, 10, 8, "<script>alert(\"1\")</script>&😀", "周会 \"<b>\"\n"});
  day.booked.push_back({12, 20, 8, "O'Neil\n\t\x01"});
  return booking::grid(day, booking::Slots{8, 20, 30}, date, 7, "2030-01-10", 12);
}

}  // namespace

TEST(BookingRender, GridJsonIsExactlyTheNlohmannDump) {
  for (const auto& date : {std::string("2030-01-11"), std::string("2030-01-10")}) {
    auto g = hostile_grid(date);
    auto text = booking::grid_json(g);
    EXPECT_EQ(text,
              booking::to_json(g).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    auto j = nlohmann::json::parse(text);
    EXPECT_EQ(j["rooms"][0]["name"], "<b>\"会议室\"</b> & 'x'");
    EXPECT_EQ(j["rooms"][0]["cells"][2]["user"], "<script>alert(\"1\")</script>&😀");
    EXPECT_EQ(j["rooms"][0]["cells"][2]["subject"], "周会 \"<b>\"\n");
  }
  auto j = nlohmann::json::parse(booking::grid_json(hostile_grid()));
  EXPECT_EQ(j["rooms"][0]["cells"][1],
            (nlohmann::json{{"slot", 2}, {"state", "mine"}, {"user", "我"}}));
  EXPECT_EQ(j["rooms"][0]["cells"][2]["state"], "taken");
  EXPECT_EQ(j["rooms"][1]["cells"][12]["user"], "O'Neil\n\t\x01");
}

TEST(BookingRender, GridRowsEscapeEveryNameAndKeepTheFormFields) {
  auto g = hostile_grid();
  auto h = booking::grid_rows_html(g, {{3, 3}}, {{3, 1}});
  EXPECT_EQ(h.find("<b>"), std::string::npos);
  EXPECT_EQ(h.find("<script"), std::string::npos);
  EXPECT_EQ(h.find("'"), std::string::npos);
  EXPECT_NE(h.find("&lt;b&gt;&quot;会议室&quot;&lt;/b&gt; &amp; &#39;x&#39;"), std::string::npos);
  EXPECT_NE(h.find("3楼 \\ &quot;东&quot; 😀"), std::string::npos);
  EXPECT_NE(h.find(">&lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt;&amp;😀<span "
                   "class=\"cell-subject\">周会 &quot;&lt;b&gt;&quot; </span></td>"),
            std::string::npos)
      << "the subject under the booker, escaped";
  EXPECT_NE(h.find(">O&#39;Neil  \x01</td>"), std::string::npos);
  EXPECT_NE(h.find("id=\"cell-3-1\" class=\"cell cell-free\"><label><input type=\"checkbox\" "
                   "name=\"add\" value=\"3:1\" checked aria-labelledby=\"bk-add bk-r3 bk-s1\">"),
            std::string::npos);
  EXPECT_NE(h.find("id=\"cell-3-2\" class=\"cell cell-mine\"><label><input type=\"checkbox\" "
                   "name=\"cancel\" value=\"3:2\" aria-labelledby=\"bk-cancel bk-r3 bk-s2\">"),
            std::string::npos);
  EXPECT_NE(h.find("id=\"cell-3-3\" class=\"cell cell-taken cell-conflict\">"), std::string::npos);
  EXPECT_EQ(h.find("value=\"3:3\""), std::string::npos) << "no checkbox on others' cells";
  auto today = booking::grid_rows_html(hostile_grid("2030-01-10"), {}, {});
  EXPECT_NE(
      today.find("id=\"cell-3-2\" class=\"cell cell-past\" aria-describedby=\"bk-past\">我</td>"),
      std::string::npos);
}
