// The watch protocol's framing and content decoders, without a socket: frames split and
// joined across reads, 0x7D escaping, and the bad streams that close a connection.
#include <gtest/gtest.h>

#include "watch/downlink.h"
#include "watch/frame.h"
#include "watch/uplink.h"

namespace {

using watch::Frame;
using watch::FrameReader;
using R = FrameReader::Result;

std::vector<Frame> read_all(FrameReader& r, R* last = nullptr, std::string* error = nullptr) {
  std::vector<Frame> out;
  Frame f;
  std::string why;
  R res;
  while ((res = r.next(f, why)) == R::frame) out.push_back(f);
  if (last) *last = res;
  if (error) *error = why;
  return out;
}

const std::string kLk = "[3G*123456789012345*0009*LK,0,0,84]";

}  // namespace

TEST(WatchFrame, OneFrameGivesVendorImeiTypeAndFields) {
  FrameReader r;
  r.feed(kLk);
  auto frames = read_all(r);
  ASSERT_EQ(frames.size(), 1u);
  EXPECT_EQ(frames[0].vendor, "3G");
  EXPECT_EQ(frames[0].imei, "123456789012345");
  EXPECT_EQ(frames[0].type, "LK");
  EXPECT_EQ(frames[0].fields(), (std::vector<std::string>{"0", "0", "84"}));
  EXPECT_EQ(r.buffered(), 0u);
}

TEST(WatchFrame, AFrameSplitAtEveryByteArrivesWhole) {
  FrameReader r;
  std::vector<Frame> frames;
  for (char c : kLk) {
    r.feed(std::string(1, c));
    R last;
    auto got = read_all(r, &last);
    EXPECT_NE(last, R::bad);
    frames.insert(frames.end(), got.begin(), got.end());
  }
  ASSERT_EQ(frames.size(), 1u);
  EXPECT_EQ(frames[0].content, "LK,0,0,84");
}

TEST(WatchFrame, SeveralFramesInOneReadComeOutInOrder) {
  FrameReader r;
  r.feed(kLk + "\r\n[SG*123456789012345*0002*LK][CS*123456789012345*0002*CR]" + "[3G*1234");
  R last;
  auto frames = read_all(r, &last);
  ASSERT_EQ(frames.size(), 3u);
  EXPECT_EQ(frames[1].vendor, "SG");
  EXPECT_EQ(frames[2].type, "CR");
  EXPECT_EQ(last, R::more);
  EXPECT_EQ(r.buffered(), 8u);
}

TEST(WatchFrame, BinaryVoiceIsEscapedAndUnescapedWithSevenD) {
  std::string amr = std::string("#!AMR\n") + '\x7d' + "[]" + ',' + '*' + '\0' + "\xff\x01";
  std::string wire = watch::encode_frame("3G", "123456789012345", "TK," + amr);
  // Nothing in the escaped body can end or split the frame.
  std::string body = wire.substr(wire.find("TK,") + 3);
  body.pop_back();
  EXPECT_EQ(body.find_first_of("[]*,"), std::string::npos);
  // The length counts the content before escaping.
  EXPECT_EQ(wire.substr(20, 4), "0011");
  FrameReader r;
  r.feed(wire.substr(0, 30));
  R last;
  EXPECT_TRUE(read_all(r, &last).empty());
  EXPECT_EQ(last, R::more);
  r.feed(wire.substr(30));
  auto frames = read_all(r);
  ASSERT_EQ(frames.size(), 1u);
  EXPECT_EQ(frames[0].type, "TK");
  EXPECT_EQ(frames[0].body(), amr);
  EXPECT_EQ(watch::decode_voice(frames[0]), amr);
  std::string raw;
  EXPECT_TRUE(watch::unescape_content(watch::escape_content(amr), raw));
  EXPECT_EQ(raw, amr);
}

TEST(WatchFrame, AnEscapeSplitBetweenReadsIsKept) {
  std::string wire = watch::encode_frame("3G", "123456789012345", std::string("TK,a]b"));
  auto cut = wire.find('\x7d') + 1;
  FrameReader r;
  r.feed(wire.substr(0, cut));
  R last;
  EXPECT_TRUE(read_all(r, &last).empty());
  EXPECT_EQ(last, R::more);
  r.feed(wire.substr(cut));
  auto frames = read_all(r);
  ASSERT_EQ(frames.size(), 1u);
  EXPECT_EQ(frames[0].body(), "a]b");
}

TEST(WatchFrame, AnUnknownEscapeIsBad) {
  FrameReader r;
  r.feed(std::string("[3G*123456789012345*0004*TK,") + '\x7d' + '\x09' + "]");
  R last;
  std::string why;
  EXPECT_TRUE(read_all(r, &last, &why).empty());
  EXPECT_EQ(last, R::bad);
  EXPECT_NE(why.find("escape"), std::string::npos);
}

TEST(WatchFrame, AnOversizeLengthIsBadBeforeItsBytesArrive) {
  FrameReader r;
  r.feed("[3G*123456789012345*FFFF*UD,");
  R last;
  std::string why;
  EXPECT_TRUE(read_all(r, &last, &why).empty());
  EXPECT_EQ(last, R::bad);
  EXPECT_NE(why.find("over the limit"), std::string::npos);
}

TEST(WatchFrame, ANonHexLengthIsBad) {
  FrameReader r;
  r.feed("[3G*123456789012345*00G9*LK,0,0,84]");
  R last;
  std::string why;
  EXPECT_TRUE(read_all(r, &last, &why).empty());
  EXPECT_EQ(last, R::bad);
  EXPECT_NE(why.find("hex"), std::string::npos);
}

TEST(WatchFrame, ALengthThatDisagreesWithTheFrameIsBad) {
  for (std::string wire :
       {"[3G*123456789012345*0010*LK,0,0,84]", "[3G*123456789012345*0002*LK,0]"}) {
    FrameReader r;
    r.feed(wire);
    R last;
    EXPECT_TRUE(read_all(r, &last).empty()) << wire;
    EXPECT_EQ(last, R::bad) << wire;
  }
}

TEST(WatchFrame, GarbageIsBadAndTheReaderStaysBad) {
  for (std::string junk : {"GET / HTTP/1.1\r\n", "[3G#1*", "[3G*12ab*0002*LK]",
                           "[3G*123456789012345678901*0002*LK]", "[3G*123*0000*]"}) {
    FrameReader r;
    r.feed(junk);
    R last;
    EXPECT_TRUE(read_all(r, &last).empty()) << junk;
    EXPECT_EQ(last, R::bad) << junk;
    r.feed(kLk);
    EXPECT_TRUE(read_all(r, &last).empty()) << junk;
    EXPECT_EQ(last, R::bad) << junk;
  }
}

TEST(WatchFrame, AnUnknownTypeIsAFrameForTheGatewayToLog) {
  FrameReader r;
  r.feed("[3G*123456789012345*0007*WHAT,42]");
  auto frames = read_all(r);
  ASSERT_EQ(frames.size(), 1u);
  EXPECT_EQ(frames[0].type, "WHAT");
  EXPECT_FALSE(watch::decode_lk(frames[0]));
  EXPECT_FALSE(watch::decode_report(frames[0]));
  EXPECT_FALSE(watch::decode_voice(frames[0]));
}

TEST(WatchFrame, EncodedTextCarriesItsLengthInHex) {
  EXPECT_EQ(watch::encode_frame("3G", "123456789012345", "LK"), "[3G*123456789012345*0002*LK]");
  EXPECT_EQ(watch::encode_frame("SG", "1", "UPLOAD,600"), "[SG*1*000A*UPLOAD,600]");
}

TEST(WatchUplink, KeepAliveGivesStepsAndBattery) {
  Frame f{"3G", "123456789012345", "LK", "LK,1520,3,84"};
  auto k = watch::decode_lk(f);
  ASSERT_TRUE(k);
  EXPECT_EQ(k->heartbeat.steps, 1520);
  EXPECT_EQ(k->heartbeat.battery, 84);
  EXPECT_EQ(k->heartbeat.vendor, "3G");
  EXPECT_EQ(k->tumbles, 3);
  auto bare = watch::decode_lk({"3G", "123456789012345", "LK", "LK"});
  ASSERT_TRUE(bare);
  EXPECT_EQ(bare->heartbeat.battery, -1);
}

TEST(WatchUplink, PositionReportGivesFixTowersAndWifi) {
  Frame f{"3G", "123456789012345", "UD",
          "UD,071226,083015,A,39.908823,N,116.3974700,E,3.50,128.0,43.0,9,100,84,1520,0,"
          "00000000,2,1,460,0,9360,4082,131,9360,4092,148,2,home,1c:fa:68:13:a5:b4,-61,"
          "office,0c:4b:54:45:03:c2,-87,5.0"};
  auto r = watch::decode_report(f);
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->fix.gps_valid);
  EXPECT_EQ(r->fix.time, 1796632215);  // 2026-12-07 08:30:15 UTC
  EXPECT_DOUBLE_EQ(r->fix.lat, 39.908823);
  EXPECT_DOUBLE_EQ(r->fix.lon, 116.39747);
  EXPECT_DOUBLE_EQ(r->fix.speed, 3.5);
  EXPECT_EQ(r->fix.course, 128);
  EXPECT_EQ(r->fix.altitude, 43);
  EXPECT_EQ(r->fix.satellites, 9);
  EXPECT_EQ(r->fix.battery, 84);
  EXPECT_EQ(r->steps, 1520);
  ASSERT_EQ(r->fix.cells.size(), 2u);
  EXPECT_EQ(r->fix.cells[1].lac, 9360);
  EXPECT_EQ(r->fix.cells[1].cell_id, 4092);
  EXPECT_EQ(r->fix.cells[1].signal, 148);
  ASSERT_EQ(r->fix.wifi.size(), 2u);
  EXPECT_EQ(r->fix.wifi[0].mac, "1c:fa:68:13:a5:b4");
  EXPECT_EQ(r->fix.wifi[1].signal, -87);
  EXPECT_FALSE(r->alarm.sos);
}

TEST(WatchUplink, SouthAndWestAreNegativeAndVIsNotAGpsFix) {
  auto r = watch::decode_report({"SG", "123456789012345", "UD2",
                                 "UD2,010126,000000,V,33.8,S,151.2,W,0,0,0,0,50,20,0,0,00000000,"
                                 "1,0,460,1,100,200,30"});
  ASSERT_TRUE(r);
  EXPECT_FALSE(r->fix.gps_valid);
  EXPECT_DOUBLE_EQ(r->fix.lat, -33.8);
  EXPECT_DOUBLE_EQ(r->fix.lon, -151.2);
  ASSERT_EQ(r->fix.cells.size(), 1u);
  EXPECT_EQ(r->fix.cells[0].mnc, 1);
}

TEST(WatchUplink, AlarmStatusBitsGiveSosLowBatteryStrapAndFall) {
  auto r = watch::decode_report({"3G", "123456789012345", "AL",
                                 "AL,071226,083015,A,39.9,N,116.4,E,0,0,0,5,90,15,0,0,00010000,"
                                 "0,0"});
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->alarm.sos);
  EXPECT_FALSE(r->alarm.fall);
  auto a = watch::alarm_of_status(0x00720001);
  EXPECT_TRUE(a.low_battery);
  EXPECT_TRUE(a.strap_removed);
  EXPECT_TRUE(a.fall);
  EXPECT_FALSE(a.sos);
}

TEST(WatchUplink, MalformedReportsGiveNothing) {
  for (std::string c :
       {"UD", "UD,071226,083015,A,39.9,N", "UD,991326,083015,A,39.9,N,116.4,E,0,0,0,5,90,15,0,0,0",
        "UD,071226,083015,X,39.9,N,116.4,E,0,0,0,5,90,15,0,0,0",
        "UD,071226,083015,A,nan,N,116.4,E,0,0,0,5,90,15,0,0,0",
        "UD,071226,083015,A,39.9,N,116.4,E,0,0,0,5,90,15,0,0,zz"}) {
    EXPECT_FALSE(watch::decode_report({"3G", "123456789012345", "UD", c})) << c;
  }
}

TEST(WatchDownlink, CommandsBecomeTheProtocolsWords) {
  EXPECT_EQ(watch::downlink_content("locate", nlohmann::json::object()), "CR");
  EXPECT_EQ(watch::downlink_content("upload", {{"interval", 600}}), "UPLOAD,600");
  EXPECT_EQ(watch::downlink_content("sos", {{"numbers", {"13800000001", "1380,0000002"}}}),
            "SOS,13800000001,1380 0000002");
  EXPECT_EQ(watch::downlink_content("bindcode", {{"code", "042917"}}),
            "MESSAGE," + watch::utf16be_hex("绑定码 042917"));
  EXPECT_EQ(watch::downlink_content("no-such-command", nlohmann::json::object()), "");
  EXPECT_EQ(watch::ack_word("MESSAGE,7ED1"), "MESSAGE");
  EXPECT_EQ(watch::ack_word("CR"), "CR");
}

TEST(WatchDownlink, SettingsCarryTheirListsAsTheWatchReadsThem) {
  EXPECT_EQ(watch::downlink_content("lowbat", {{"on", false}}), "LOWBAT,0");
  EXPECT_EQ(watch::downlink_content("lowbat", {{"on", true}}), "LOWBAT,1");
  nlohmann::json book = {{"entries", {{{"name", "妈妈"}, {"phone", "13800000001"}}}}};
  EXPECT_EQ(watch::downlink_content("phonebook", book),
            "PHB,13800000001," + watch::utf16be_hex("妈妈"));
  nlohmann::json alarms = {{"alarms",
                            {{{"time", "07:30"}, {"days", {1, 2, 3, 4, 5}}, {"on", true}},
                             {{"time", "09:00"}, {"days", nlohmann::json::array()}, {"on", false}},
                             {{"time", "21:00"}, {"days", {1, 2, 3, 4, 5, 6, 7}}, {"on", true}}}}};
  EXPECT_EQ(watch::downlink_content("alarms", alarms),
            "REMIND,07:30-1-3-1111100,09:00-0-1,21:00-1-2");
}

TEST(WatchDownlink, MessageTextIsUtf16BigEndianHexBothWays) {
  EXPECT_EQ(watch::utf16be_hex("A明"), "0041660E");
  EXPECT_EQ(watch::utf16be_hex("🙂"), "D83DDE42");
  EXPECT_EQ(watch::utf8_of_utf16be_hex("0041660ED83DDE42"), "A明🙂");
  EXPECT_EQ(watch::utf8_of_utf16be_hex("D83D"), "") << "a lone surrogate";
  EXPECT_EQ(watch::utf8_of_utf16be_hex("00G1"), "");
  EXPECT_EQ(watch::utf16be_hex("\xff"), "") << "not UTF-8";
}
