#include "quotes/layout.h"

#include <string>

#include "common/test_lexicon.h"
#include "gtest/gtest.h"
#include "unicode/uchar.h"

namespace saywho::quotes {
namespace {

using ::saywho::testing::ProjectLexicon;

// The inline ASCII answers must be ICU's: the finder's output may not
// depend on which path a character takes.
TEST(LayoutTest, CharacterClassesAgreeWithIcuOnEveryCodePoint) {
  for (char32_t c = 0; c <= 0x10FFFF; ++c) {
    const auto u = static_cast<UChar32>(c);
    ASSERT_EQ(IsLetterOrDigit(c), bool(u_isalnum(u))) << uint32_t(c);
    ASSERT_EQ(IsUpperLetter(c), bool(u_isupper(u))) << uint32_t(c);
    ASSERT_EQ(IsSpace(c), u_isUWhiteSpace(u) || c == U'\u00a0') << uint32_t(c);
  }
}

// A document with the segmenter's tokens: one token per space-separated
// piece of `text`.
Document WithTokens(std::string text) {
  Document doc;
  doc.text = std::move(text);
  size_t i = 0;
  while (i < doc.text.size()) {
    size_t end = doc.text.find(' ', i);
    if (end == std::string::npos) end = doc.text.size();
    if (end > i) {
      doc.tokens.start.push_back(Offset(i));
      doc.tokens.end.push_back(Offset(end));
      doc.tokens.flags.push_back(0);
    }
    i = end + 1;
  }
  return doc;
}

TEST(LayoutTest, WordsFromTokens) {
  Document doc = WithTokens("\xC3\x89ric DON\xE2\x80\x99T \xE2\x80\x9C 3.5% \xC3\xA9t\xC3\xA9 --");
  Layout layout(doc, ProjectLexicon());
  const auto& words = layout.words();
  ASSERT_EQ(words.size(), 6u);
  // Only ASCII letters are lowered; the curly apostrophe is made straight.
  EXPECT_EQ(words[0].lower, "\xC3\x89ric");
  EXPECT_TRUE(words[0].upper);  // a non-ASCII capital
  EXPECT_FALSE(words[0].punct);
  EXPECT_EQ(words[1].lower, "don't");
  EXPECT_TRUE(words[1].upper);
  EXPECT_TRUE(words[2].punct);  // a curly opening mark
  EXPECT_FALSE(words[2].upper);
  EXPECT_FALSE(words[3].punct);  // digits count as word characters
  EXPECT_FALSE(words[4].upper);
  EXPECT_FALSE(words[4].punct);  // non-ASCII letters only
  EXPECT_TRUE(words[5].punct);
}

TEST(LayoutTest, FallbackWordsKeepTitlesAndInitials) {
  Document doc;
  doc.text = "Mr. J. Smith left the U.S. on Monday.";
  Layout layout(doc, ProjectLexicon());
  std::vector<std::string> lower;
  for (const Word& w : layout.words()) lower.push_back(w.lower);
  EXPECT_EQ(lower, (std::vector<std::string>{"mr.", "j.", "smith", "left", "the", "u.s.", "on",
                                             "monday", "."}));
}

TEST(LayoutTest, WordAtFindsTheFirstWordEndingAfterAnOffset) {
  Document doc = WithTokens("ab  cd e");
  Layout layout(doc, ProjectLexicon());
  ASSERT_EQ(layout.words().size(), 3u);
  EXPECT_EQ(layout.WordAt(0), 0u);
  EXPECT_EQ(layout.WordAt(1), 0u);
  EXPECT_EQ(layout.WordAt(2), 1u);  // the space after "ab": the next word
  EXPECT_EQ(layout.WordAt(4), 1u);
  EXPECT_EQ(layout.WordAt(7), 2u);
  EXPECT_EQ(layout.WordAt(8), 3u);  // past the last word
  EXPECT_EQ(layout.WordAt(100), 3u);
}

TEST(LayoutTest, IngFormsByShape) {
  auto ing = [](const char* lower) { return IsIngForm(Word{.lower = lower}); };
  for (const char* form : {"saying", "adding", "being", "dying", "morning"}) EXPECT_TRUE(ing(form)) << form;
  for (const char* other : {"during", "nothing", "something", "thing", "bring", "spring", "king", "ing"}) {
    EXPECT_FALSE(ing(other)) << other;
  }
}

// The text of each sentence of `text`'s layout (the fallback segmentation).
std::vector<std::string> SentenceTexts(const std::string& text) {
  Document doc;
  doc.text = text;
  Layout layout(doc, ProjectLexicon());
  std::vector<std::string> out;
  for (const Clause& s : layout.sentences()) out.emplace_back(layout.text().substr(s.start, s.end - s.start));
  return out;
}

TEST(LayoutTest, AWireDatelineIsAClauseOfItsOwn) {
  EXPECT_EQ(SentenceTexts("LOS ANGELES, Sept 28 (UPI) \u2014 The mayor said the plan failed. It did."),
            (std::vector<std::string>{"LOS ANGELES, Sept 28 (UPI) \u2014", "The mayor said the plan failed.",
                                      "It did."}));
  EXPECT_EQ(SentenceTexts("WASHINGTON -- The mayor spoke."),
            (std::vector<std::string>{"WASHINGTON --", "The mayor spoke."}));
  // A place in title case, before the agency in brackets.
  EXPECT_EQ(SentenceTexts("New York (AFP) \u2013 The mayor spoke."),
            (std::vector<std::string>{"New York (AFP) \u2013", "The mayor spoke."}));
  EXPECT_EQ(SentenceTexts("New York Mayor Bill de Blasio \u2013 who spoke first \u2013 left.").size(), 1u);
  // No dateline with a word in lower case before the dash, after a
  // paragraph's first sentence, or with a hyphen inside a word.
  EXPECT_EQ(SentenceTexts("NATO officials said - and meant - that it would act.").size(), 1u);
  EXPECT_EQ(SentenceTexts("It rained. LONDON - The mayor spoke.").size(), 2u);
  EXPECT_EQ(SentenceTexts("ANTI-WAR protests grew.").size(), 1u);
}

TEST(LayoutTest, EmptyDocument) {
  Document doc;
  Layout layout(doc, ProjectLexicon());
  EXPECT_TRUE(layout.words().empty());
  EXPECT_TRUE(layout.sentences().empty());
  EXPECT_EQ(layout.WordAt(0), 0u);
}

}  // namespace
}  // namespace saywho::quotes
