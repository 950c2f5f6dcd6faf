#include "segment/sentences.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "segment/segment.h"
#include "segment/test_util.h"

namespace saywho {
namespace {

using Strings = std::vector<std::string>;
using testing::SegmentText;
using testing::SentenceTexts;

std::vector<std::string> Sent(const std::string& text) {
  Document doc = SegmentText(text);
  testing::ExpectWellFormed(doc);
  return SentenceTexts(doc);
}

TEST(SentencesTest, PlainSentences) {
  EXPECT_EQ(Sent("He left. She stayed! Why? Nobody knows."),
              (Strings{"He left.", "She stayed!", "Why?", "Nobody knows."}));
}

TEST(SentencesTest, AbbreviationsAndInitials) {
  EXPECT_EQ(Sent("George W. Bush met Dr. Smith of Acme Inc. on Sept. 11 in Washington, D.C. "
                   "at 5 p.m. yesterday."),
              (Strings{"George W. Bush met Dr. Smith of Acme Inc. on Sept. 11 in Washington, "
                          "D.C. at 5 p.m. yesterday."}));
  EXPECT_EQ(Sent("She has a Ph.D. from Yale. She works in the U.S. Then she left."),
              (Strings{"She has a Ph.D. from Yale.", "She works in the U.S.", "Then she left."}));
  EXPECT_EQ(Sent("Shares of Acme Inc. The company said so."),
              (Strings{"Shares of Acme Inc.", "The company said so."}));
  EXPECT_EQ(Sent("Ask Mr. The Dude."), (Strings{"Ask Mr. The Dude."}));
}

TEST(SentencesTest, QuotationsAndAttribution) {
  EXPECT_EQ(Sent("\"Very dangerous,\" President Donald Trump said."),
              (Strings{"\"Very dangerous,\" President Donald Trump said."}));
  EXPECT_EQ(Sent("\"Imagine X,\" Bush said. \"Imagine Y.\""),
              (Strings{"\"Imagine X,\" Bush said.", "\"Imagine Y.\""}));
  EXPECT_EQ(Sent("He said it would end today.\" Then he left."),
              (Strings{"He said it would end today.\"", "Then he left."}));
  EXPECT_EQ(Sent("\u201cWhy?\u201d he asked. \u201cBecause!\u201d she said."),
              (Strings{"\u201cWhy?\u201d he asked.", "\u201cBecause!\u201d she said."}));
  EXPECT_EQ(Sent("\"Why?\" Holmes asked. \"Stop!\" Vice President Al Gore said. \"Who?\" "
                 "The Times asked. \"Who?\" The answer came later."),
            (Strings{"\"Why?\" Holmes asked.", "\"Stop!\" Vice President Al Gore said.",
                     "\"Who?\" The Times asked.", "\"Who?\"", "The answer came later."}));
  EXPECT_EQ(Sent("\"How do I look?\" His assistant laughed."),
            (Strings{"\"How do I look?\"", "His assistant laughed."}));
}

TEST(SentencesTest, NeverInsideUrlsDecimalsAddresses) {
  EXPECT_EQ(Sent("See http://x.com/a?b=c. Prices rose 2.5 percent. Mail a.b@c.com now."),
              (Strings{"See http://x.com/a?b=c.", "Prices rose 2.5 percent.",
                          "Mail a.b@c.com now."}));
}

TEST(SentencesTest, ForgottenSpace) {
  EXPECT_EQ(Sent("It rose twice.The shares fell. See Yahoo.Com now."),
            (Strings{"It rose twice.", "The shares fell.", "See Yahoo.Com now."}));
}

TEST(SentencesTest, FootnoteMarkersStayWithTheirSentence) {
  EXPECT_EQ(Sent("He went to Harrow. [6] [7] It rained. He left (e.g. The Times said so)."),
            (Strings{"He went to Harrow. [6] [7]", "It rained.",
                     "He left (e.g. The Times said so)."}));
}

TEST(SentencesTest, ListMarkersAreNoSentences) {
  EXPECT_EQ(Sent("1. The first point is here. 2. Second."),
            (Strings{"1. The first point is here.", "2. Second."}));
}

TEST(SentencesTest, Ellipsis) {
  EXPECT_EQ(Sent("modernizing S & T . . . to the front ranks. Next."),
              (Strings{"modernizing S & T . . . to the front ranks.", "Next."}));
}

TEST(SentencesTest, WrappedLinesAndParagraphs) {
  EXPECT_EQ(Sent("Showers continued in\nthe Bahia zone. Arrivals\nwere late.\n\nNew paragraph"),
              (Strings{"Showers continued in\nthe Bahia zone.", "Arrivals\nwere late.",
                          "New paragraph"}));
  // An indented line after a less indented one starts a paragraph.
  EXPECT_EQ(Sent("Net loss 94,862\n    Sales 653,246\n    Nine mths\nwrapped"),
            (Strings{"Net loss 94,862", "Sales 653,246\n    Nine mths\nwrapped"}));
  // A paragraph ends a sentence even without a period.
  EXPECT_EQ(Sent("Headline here\n\nBody text."), (Strings{"Headline here", "Body text."}));
}

TEST(SentencesTest, GivenParagraphsAndHeadings) {
  Document doc;
  doc.text = "A Title. With Dots\n\nDate line\nTitle line\n\nBody one. Body two";
  doc.paragraphs = {{0, 18, BlockKind::kHeading}, {20, 40, BlockKind::kHeader},
                    {42, static_cast<Offset>(doc.text.size()), BlockKind::kBody}};
  ASSERT_TRUE(Segment(testing::ProjectLexicon(), &doc).ok());
  testing::ExpectWellFormed(doc);
  EXPECT_EQ(SentenceTexts(doc),
              (Strings{"A Title. With Dots", "Date line", "Title line", "Body one.", "Body two"}));
  EXPECT_TRUE(doc.tokens.flags[doc.sentences[1].first_token] & kParagraphStart);
  EXPECT_FALSE(doc.tokens.flags[doc.sentences[2].first_token] & kParagraphStart);
}

}  // namespace
}  // namespace saywho
