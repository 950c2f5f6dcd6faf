#include "resolve/spelling.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace saywho {
namespace {

TEST(SpellingDistanceTest, CountsEditsAndSwapsUpToTheCap) {
  EXPECT_EQ(SpellingDistance("iori", "iori", 2), 0u);
  EXPECT_EQ(SpellingDistance("iori", "yori", 2), 1u);         // substitution
  EXPECT_EQ(SpellingDistance("untied", "united", 2), 1u);     // swap
  EXPECT_EQ(SpellingDistance("buchtmann", "bauchtman", 2), 2u);
  EXPECT_EQ(SpellingDistance("isfahan", "esfahan", 1), 1u);
  EXPECT_EQ(SpellingDistance("smith", "jones", 1), 2u);       // capped at cap + 1
  EXPECT_EQ(SpellingDistance("ann", "annabelle", 2), 3u);     // lengths too far apart
  // Longer than the words misspellings are looked for in: still exact.
  EXPECT_EQ(SpellingDistance("internationalisation", "internationalization", 3), 1u);
}

TEST(SpellingDistanceTest, AllowsMoreEditsInLongerWords) {
  EXPECT_EQ(AllowedMisspelling(3), 0u);
  EXPECT_EQ(AllowedMisspelling(4), 1u);
  EXPECT_EQ(AllowedMisspelling(7), 1u);
  EXPECT_EQ(AllowedMisspelling(8), 2u);
  EXPECT_EQ(AllowedMisspelling(16), 2u);
  EXPECT_EQ(AllowedMisspelling(17), 0u);
}

TEST(SpellingIndexTest, FindsTheOneCloseSpelling) {
  SpellingIndex index;
  index.Add("buchtmann");
  index.Add("iori");
  index.Add("ann");  // too short to be misspelt: never found
  ASSERT_NE(index.UniqueClose("bauchtman"), nullptr);
  EXPECT_EQ(*index.UniqueClose("bauchtman"), "buchtmann");
  ASSERT_NE(index.UniqueClose("yori"), nullptr);
  EXPECT_EQ(*index.UniqueClose("yori"), "iori");
  EXPECT_EQ(index.UniqueClose("iori"), nullptr);  // itself is no misspelling
  EXPECT_EQ(index.UniqueClose("anne"), nullptr);
  EXPECT_EQ(index.UniqueClose("xyz"), nullptr);
}

TEST(SpellingIndexTest, TwoCloseSpellingsFindNone) {
  SpellingIndex index;
  index.Add("hill");
  index.Add("hull");
  index.Add("hill");  // a repeat is one spelling
  EXPECT_EQ(index.UniqueClose("hall"), nullptr);
  // "hill" is one edit away, "hull" two: one edit allowed in five bytes.
  ASSERT_NE(index.UniqueClose("hilll"), nullptr);
  EXPECT_EQ(*index.UniqueClose("hilll"), "hill");
}

TEST(SpellingIndexTest, EditsAllowedByTheShorterWord) {
  SpellingIndex index;
  index.Add("martinez");                              // 8 bytes: two edits
  EXPECT_EQ(index.UniqueClose("martin"), nullptr);    // 6 bytes: one edit only
  ASSERT_NE(index.UniqueClose("martines"), nullptr);
}

// Many spellings go through the deletion index, few are compared directly:
// both find the same.
TEST(SpellingIndexTest, ManySpellingsFindWhatFewFind) {
  const std::vector<std::string> names = {"buchtmann", "iori", "isfahan", "hill", "hull", "nations"};
  const std::vector<std::string> queries = {"bauchtman", "yori", "esfahan", "hall", "natoins",
                                            "iori", "qwerty", "hilll"};
  SpellingIndex few, many;
  for (const std::string& name : names) {
    few.Add(name);
    many.Add(name);
  }
  // Spellings no query comes near, enough to pass kMostPerVariant.
  for (size_t i = 0; i < 2 * SpellingIndex::kMostPerVariant; ++i) {
    many.Add("zq" + std::string(1, static_cast<char>('a' + i % 26)) + std::to_string(i) + "vvvv");
  }
  for (const std::string& query : queries) {
    const std::string* expected = few.UniqueClose(query);
    const std::string* got = many.UniqueClose(query);
    ASSERT_EQ(expected == nullptr, got == nullptr) << query;
    if (expected != nullptr) EXPECT_EQ(*expected, *got) << query;
  }
}

}  // namespace
}  // namespace saywho
