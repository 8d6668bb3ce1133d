// Every template must auto-escape: its first line is the AUTOESCAPE pragma.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

TEST(Templates, EveryTemplateStartsWithAutoescapePragma) {
  int checked = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator("templates")) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path());
    std::string first;
    std::getline(in, first);
    EXPECT_EQ(first.rfind("{{%AUTOESCAPE context=", 0), 0u)
        << e.path() << " starts with: " << first;
    ++checked;
  }
  EXPECT_GT(checked, 2);
}
