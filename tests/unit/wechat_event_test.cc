// lib/wechat/event: WeChat's event signature and the flat XML of an event.
#include <gtest/gtest.h>

#include "core/error.h"
#include "wechat/event.h"

TEST(WechatEvent, SignatureIsSha1OfTheSortedTokenTimestampAndNonce) {
  // python3: sha1("1700000000" "nonce42" "test-wechat-token")
  EXPECT_EQ(wechat::event_signature("test-wechat-token", "1700000000", "nonce42"),
            "33c82a8456236737a9cc86dde78c9be74dd4748d");
  EXPECT_TRUE(wechat::valid_event_signature(
      "test-wechat-token", "33c82a8456236737a9cc86dde78c9be74dd4748d", "1700000000", "nonce42"));
  EXPECT_FALSE(wechat::valid_event_signature(
      "test-wechat-token", "33c82a8456236737a9cc86dde78c9be74dd4748d", "1700000001", "nonce42"));
  EXPECT_FALSE(wechat::valid_event_signature("", wechat::event_signature("", "1", "2"), "1", "2"));
  EXPECT_FALSE(wechat::valid_event_signature("test-wechat-token", "", "1700000000", "nonce42"));
}

TEST(WechatEvent, ParsesTheFieldsOfAnEventWithCdata) {
  auto m = wechat::parse_event(
      "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[o-abc]]>"
      "</FromUserName><CreateTime>1700000000</CreateTime><MsgType><![CDATA[event]]></MsgType>"
      "<Event><![CDATA[SCAN]]></Event><EventKey><![CDATA[bind_ab12]]></EventKey>"
      "<Ticket><![CDATA[t]]></Ticket></xml>");
  EXPECT_EQ(m["FromUserName"], "o-abc");
  EXPECT_EQ(m["Event"], "SCAN");
  EXPECT_EQ(m["EventKey"], "bind_ab12");
  EXPECT_EQ(m["CreateTime"], "1700000000");
  EXPECT_THROW(wechat::parse_event("not xml"), web::BadRequest);
  EXPECT_THROW(wechat::parse_event("<html><a>b</a></html>"), web::BadRequest);
  EXPECT_THROW(wechat::parse_event(""), web::BadRequest);
}
