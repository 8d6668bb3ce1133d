// Messages WeChat's servers push to the official account's server URL: the signature that
// proves they come from WeChat (sha1 of the sorted token, timestamp and nonce) and the flat
// XML body (<xml><FromUserName>…</FromUserName><Event>SCAN</Event>…</xml>).
#pragma once
#include <map>
#include <string>

namespace wechat {

// The hex sha1 of token, timestamp and nonce sorted and concatenated, as WeChat signs.
std::string event_signature(const std::string& token, const std::string& timestamp,
                            const std::string& nonce);

// Whether `signature` is WeChat's for this request; false when no token is configured.
bool valid_event_signature(const std::string& token, const std::string& signature,
                           const std::string& timestamp, const std::string& nonce);

// The children of the root <xml> element by name (CDATA unwrapped). core::BadRequest when the
// body is not such XML or is larger than a WeChat event could be.
std::map<std::string, std::string> parse_event(const std::string& xml);

}  // namespace wechat
