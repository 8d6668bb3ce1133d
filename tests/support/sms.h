// Reading what the log SMS driver "sent" in the test stack (var/test/log/sms.log).
#pragma once
#include <string>

namespace testenv {

// The code of the latest message to `phone` (any purpose); "" when none was sent.
std::string last_sms_code(const std::string& phone);
// How many messages went to `phone`.
int sms_count(const std::string& phone);

}  // namespace testenv
