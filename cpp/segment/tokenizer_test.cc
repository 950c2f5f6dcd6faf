#include "segment/tokenizer.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "segment/test_util.h"

namespace saywho {
namespace {

using Strings = std::vector<std::string>;
using testing::SegmentText;
using testing::TokenTexts;

std::vector<std::string> Tok(const std::string& text) {
  Document doc = SegmentText(text);
  testing::ExpectWellFormed(doc);
  return TokenTexts(doc);
}

TEST(TokenizerTest, PunctuationSplitOff) {
  EXPECT_EQ(Tok("Hello, world! (Yes) \"no\"; maybe: ok?"),
              (Strings{"Hello", ",", "world", "!", "(", "Yes", ")", "\"", "no", "\"", ";",
                          "maybe", ":", "ok", "?"}));
}

TEST(TokenizerTest, ClitisSplitAsInConll) {
  EXPECT_EQ(Tok("China's don't can't won't they're I'm we've you'll he'd"),
              (Strings{"China", "'s", "do", "n't", "ca", "n't", "wo", "n't", "they", "'re",
                          "I", "'m", "we", "'ve", "you", "'ll", "he", "'d"}));
  EXPECT_EQ(Tok("China\u2019s DON'T"), (Strings{"China", "\u2019s", "DO", "N'T"}));
  EXPECT_EQ(Tok("the U.S.'s role, AT&T's plan"),
            (Strings{"the", "U.S.", "'s", "role", ",", "AT&T", "'s", "plan"}));
  // A quotation mark before a word "s" stays a quotation mark.
  EXPECT_EQ(Tok("the 's' key"), (Strings{"the", "'", "s", "'", "key"}));
  // Apostrophes inside names stay.
  EXPECT_EQ(Tok("O'Brien at 9 o'clock in d'Italia"),
              (Strings{"O'Brien", "at", "9", "o'clock", "in", "d'Italia"}));
  // A plural possessive's apostrophe is a token of its own.
  EXPECT_EQ(Tok("analysts' views"), (Strings{"analysts", "'", "views"}));
}

TEST(TokenizerTest, AbbreviationsAndInitialsKeepTheirPeriod) {
  EXPECT_EQ(Tok("U.S. Inc. Sept. Ph.D. D.C. W. Bush a.m. e.g. Mr. Smith"),
              (Strings{"U.S.", "Inc.", "Sept.", "Ph.D.", "D.C.", "W.", "Bush", "a.m.", "e.g.",
                          "Mr.", "Smith"}));
  EXPECT_EQ(Tok("ACME INC. rose"), (Strings{"ACME", "INC.", "rose"}));
  // An ordinary word at a sentence end gives its period up.
  EXPECT_EQ(Tok("He left. The end."), (Strings{"He", "left", ".", "The", "end", "."}));
  EXPECT_EQ(Tok("It was in 1999."), (Strings{"It", "was", "in", "1999", "."}));
  // A list number opening a paragraph keeps its period; elsewhere not.
  EXPECT_EQ(Tok("1. Introduction\n\n12. Results in 2. and"),
            (Strings{"1.", "Introduction", "12.", "Results", "in", "2", ".", "and"}));
  // A forgotten space after a sentence.
  EXPECT_EQ(Tok("twice.The end.It"), (Strings{"twice", ".", "The", "end", ".", "It"}));
}

TEST(TokenizerTest, NumbersMoneyPercent) {
  EXPECT_EQ(Tok("$15.5 billion, 1,000 people, 2.5% and 12:00am or 3:30 p.m."),
              (Strings{"$", "15.5", "billion", ",", "1,000", "people", ",", "2.5", "%", "and",
                          "12:00am", "or", "3:30", "p.m."}));
  EXPECT_EQ(Tok("1/2 on 8/27/2019 at 12:30:45 and/or"),
            (Strings{"1/2", "on", "8/27/2019", "at", "12:30:45", "and", "/", "or"}));
  EXPECT_EQ(Tok("\u00a3600m (\u20ac1.2bn)"),
              (Strings{"\u00a3", "600m", "(", "\u20ac", "1.2bn", ")"}));
}

TEST(TokenizerTest, CompoundsAsInConll) {
  EXPECT_EQ(Tok("R&D AT&T S&P 5G U.S.-Chinese year-earlier state-of-the-art 6-4 1996-08-28"),
              (Strings{"R&D", "AT&T", "S&P", "5G", "U.S.-Chinese", "year-earlier",
                          "state-of-the-art", "6-4", "1996-08-28"}));
  EXPECT_EQ(Tok("S & T"), (Strings{"S", "&", "T"}));
  EXPECT_EQ(Tok("x--y a - b c\u2014d"), (Strings{"x", "--", "y", "a", "-", "b", "c", "\u2014", "d"}));
  EXPECT_EQ(Tok("Coca-Cola's"), (Strings{"Coca-Cola", "'s"}));
}

TEST(TokenizerTest, Ellipses) {
  EXPECT_EQ(Tok("S & T . . . to the front"),
              (Strings{"S", "&", "T", ". . .", "to", "the", "front"}));
  EXPECT_EQ(Tok("wait... what\u2026"), (Strings{"wait", "...", "what", "\u2026"}));
}

TEST(TokenizerTest, QuotationMarks) {
  EXPECT_EQ(Tok("\u201cYes,\u201d \u2018no\u2019 \u00abnon\u00bb 'maybe' \"so\""),
              (Strings{"\u201c", "Yes", ",", "\u201d", "\u2018", "no", "\u2019", "\u00ab", "non",
                          "\u00bb", "'", "maybe", "'", "\"", "so", "\""}));
}

TEST(TokenizerTest, UrlsAndEmailAddresses) {
  EXPECT_EQ(Tok("See https://example.com/a/b?x=1&y=2. Or www.bbc.co.uk/news, or mail "
                  "jane.doe+news@example.co.uk."),
              (Strings{"See", "https://example.com/a/b?x=1&y=2", ".", "Or",
                          "www.bbc.co.uk/news", ",", "or", "mail", "jane.doe+news@example.co.uk",
                          "."}));
  EXPECT_EQ(Tok("(see http://x.org/wiki/A_(b))."),
              (Strings{"(", "see", "http://x.org/wiki/A_(b)", ")", "."}));
  // ICU keeps a handle whole.
  EXPECT_EQ(Tok("@user said"), (Strings{"@user", "said"}));
}

TEST(TokenizerTest, EmojiAndCjkKeepOffsets) {
  Document doc = SegmentText("ok \U0001F468\u200D\U0001F469\u200D\U0001F467 \u4E2D\u6587\u5B57\u7B26 caf\u00E9!");
  testing::ExpectWellFormed(doc);
  EXPECT_EQ(TokenTexts(doc), (Strings{"ok", "\U0001F468\u200D\U0001F469\u200D\U0001F467",
                                           "\u4E2D\u6587", "\u5B57\u7B26", "caf\u00E9", "!"}));
}

TEST(TokenizerTest, Flags) {
  Document doc = SegmentText("Hi, you.\n\nNext");
  ASSERT_EQ(doc.tokens.size(), 5u);
  EXPECT_EQ(doc.tokens.flags[0], kSentenceStart | kParagraphStart);
  EXPECT_EQ(doc.tokens.flags[1], kPunct | kSpaceAfter);
  EXPECT_EQ(doc.tokens.flags[2], 0);
  EXPECT_EQ(doc.tokens.flags[3], kPunct | kSpaceAfter);
  EXPECT_EQ(doc.tokens.flags[4], kSentenceStart | kParagraphStart);
}

TEST(TokenizerTest, PunctuationTest) {
  std::string text = "a.,!\u201d . . .$";
  EXPECT_FALSE(IsPunctuation(text, 0, 1));
  EXPECT_TRUE(IsPunctuation(text, 1, 4));
  EXPECT_TRUE(IsPunctuation(text, 1, 7));
  EXPECT_TRUE(IsPunctuation(text, 8, 13));
  EXPECT_FALSE(IsPunctuation(text, 13, 14));  // '$' is a symbol
}

}  // namespace
}  // namespace saywho
