// The test binary's entry point. Runs every suite and ends with the plain closing line CI
// reads ("N passed, N failed") after GoogleTest's own summary.
#include <gtest/gtest.h>

#include <cstdio>

#include "core/clock.h"
#include "core/config.h"
#include "web/page.h"

int main(int argc, char** argv) {
  testing::InitGoogleTest(&argc, argv);
  core::use_business_timezone();
  web::load_templates(core::Config::get().str("paths", "templates", "templates"));
  int rc = RUN_ALL_TESTS();
  auto* u = testing::UnitTest::GetInstance();
  std::printf("\n%d passed, %d failed, %d skipped\n", u->successful_test_count(),
              u->failed_test_count(), u->skipped_test_count());
  return rc;
}
