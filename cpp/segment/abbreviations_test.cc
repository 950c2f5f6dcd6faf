#include "segment/abbreviations.h"

#include "gtest/gtest.h"

namespace saywho {
namespace {

Lexicon SmallLexicon() {
  Lexicon lexicon;
  lexicon.AddList(kAbbreviationList, {"Inc.", "Sept.", "Ph.D.", "etc."});
  lexicon.AddList(kNonFinalList, {"Dr.", "e.g."});
  lexicon.AddList(kSentenceStarterList, {"The", "He"});
  lexicon.AddList(kAttributionVerbList, {"said"});
  return lexicon;
}

TEST(AbbreviationsTest, Initialisms) {
  for (const char* word : {"W.", "U.S.", "D.C.", "a.m.", "e.g.", "U.S.A."}) {
    EXPECT_TRUE(IsInitialism(word)) << word;
  }
  for (const char* word : {"a.", "US.", "U.S", "Ph.D.", ".", "", "1.", "U..S."}) {
    EXPECT_FALSE(IsInitialism(word)) << word;
  }
}

TEST(AbbreviationsTest, ListedAsWrittenOrInCapitals) {
  Lexicon lexicon = SmallLexicon();
  EXPECT_TRUE(IsKnownAbbreviation(lexicon, "Inc."));
  EXPECT_TRUE(IsKnownAbbreviation(lexicon, "INC."));   // capitals fold
  EXPECT_FALSE(IsKnownAbbreviation(lexicon, "inc."));  // other case changes do not
  EXPECT_TRUE(IsKnownAbbreviation(lexicon, "Dr."));    // non-final ones are abbreviations too
  EXPECT_FALSE(IsKnownAbbreviation(lexicon, "Inc"));
  EXPECT_FALSE(IsKnownAbbreviation(lexicon, std::string(100, 'A') + "."));
  EXPECT_TRUE(IsNonFinalAbbreviation(lexicon, "Dr."));
  EXPECT_FALSE(IsNonFinalAbbreviation(lexicon, "Inc."));
}

TEST(AbbreviationsTest, StartersAndVerbs) {
  Lexicon lexicon = SmallLexicon();
  EXPECT_TRUE(IsSentenceStarter(lexicon, "The"));
  EXPECT_TRUE(IsSentenceStarter(lexicon, "THE"));
  EXPECT_FALSE(IsSentenceStarter(lexicon, "Bush"));
  EXPECT_TRUE(IsAttributionVerb(lexicon, "said"));
  EXPECT_FALSE(IsAttributionVerb(lexicon, "Said"));
}

TEST(AbbreviationsTest, EmptyLexiconKnowsNothing) {
  Lexicon empty;
  EXPECT_FALSE(IsKnownAbbreviation(empty, "Inc."));
  EXPECT_FALSE(IsSentenceStarter(empty, "The"));
}

}  // namespace
}  // namespace saywho
