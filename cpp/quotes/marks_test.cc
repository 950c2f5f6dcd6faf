#include "quotes/marks.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "quotes/layout.h"

namespace saywho::quotes {
namespace {

// The quoted words of every outermost quotation in `text`, one paragraph a
// line.
std::vector<std::string> Quoted(const std::string& text, bool nested = false) {
  Document doc;
  doc.text = text;
  Lexicon lexicon;
  Layout layout(doc, lexicon);
  std::vector<std::string> out;
  for (const QuotedSpan& q : FindQuotedSpans(text, layout.blocks())) {
    if (q.depth == 0 || nested) out.push_back(text.substr(q.start, q.end - q.start));
  }
  return out;
}


TEST(MarksTest, AQuotationLeftOpenGoesOnOnlyIntoTheNextParagraph) {
  // A paragraph without marks in between ends it: the next marked
  // paragraph opens a quotation of its own.
  EXPECT_EQ(Quoted("\"There was no help at all, said Kessel.\n\nSome have done well.\n\n"
                   "\"It was hard,\" Alessi said."),
            (std::vector<std::string>{"There was no help at all, said Kessel.", "It was hard,"}));
  // Right after it, a paragraph that re-opens with a mark goes on with it.
  std::vector<std::string> joined = Quoted("\"First part.\n\n\"Second part.\"");
  ASSERT_EQ(joined.size(), 1u);
  EXPECT_EQ(joined[0], "First part.\n\n\"Second part.");
}

TEST(MarksTest, StraightAndCurlyDoubleQuotes) {
  EXPECT_EQ(Quoted("He said \"yes, now.\" and \u201cno\u201d."),
            (std::vector<std::string>{"yes, now.", "no"}));
}

TEST(MarksTest, ApostrophesAreNotQuotes) {
  EXPECT_TRUE(Quoted("Don't ask Xi's aides about the '60s or the officials' plan.").empty());
  EXPECT_TRUE(Quoted("Don\u2019t ask about the \u201960s, rock\u2019n\u2019roll.").empty());
}

TEST(MarksTest, StraightDoubleMarkTypedForAnApostrophe) {
  EXPECT_EQ(Quoted("China\"s plans, \"I don\"t know,\" he said\"It\"s late.\""),
            (std::vector<std::string>{"I don\"t know,", "It\"s late."}));
}

TEST(MarksTest, SingleQuotedQuotation) {
  EXPECT_EQ(Quoted("She called it 'a disaster' and didn't stop."),
            (std::vector<std::string>{"a disaster"}));
  EXPECT_EQ(Quoted("She called it \u2018a disaster\u2019 today."),
            (std::vector<std::string>{"a disaster"}));
}

TEST(MarksTest, NestedQuotationStaysInside) {
  std::string text = "They sought \u201c\u2018leap-frog\u2019 development in key fields\u201d here.";
  EXPECT_EQ(Quoted(text), (std::vector<std::string>{"\u2018leap-frog\u2019 development in key fields"}));
  EXPECT_EQ(Quoted(text, true).size(), 2u);
}

TEST(MarksTest, GuillemetsAndDoubledApostrophes) {
  EXPECT_EQ(Quoted("Il a dit \u00abnon\u00bb. ''We won,'' he said."),
            (std::vector<std::string>{"non", "We won,"}));
}

TEST(MarksTest, QuotationOverSeveralParagraphs) {
  std::string text = "\"First part.\n\n\"Second part.\n\n\"Last part.\" He left.";
  std::vector<std::string> q = Quoted(text);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0], "First part.\n\n\"Second part.\n\n\"Last part.");
}

TEST(MarksTest, UnclosedMarkEndsWithItsParagraph) {
  std::string text = "He said \"we will win and left.\nNext \"one\" here.";
  EXPECT_EQ(Quoted(text), (std::vector<std::string>{"we will win and left.", "one"}));
}

TEST(MarksTest, ElisionBeforeAQuotationDoesNotHideIt) {
  EXPECT_EQ(Quoted("And how \u2018bout this headline: \u201cSurge in robberies.\u201d Next."),
            (std::vector<std::string>{"Surge in robberies."}));
}

TEST(MarksTest, MarkupAttributesAreNotQuotations) {
  EXPECT_EQ(Quoted("<tweet id=\"74798\" author=\"@someone\">It is \"fine\" now</tweet>"),
            (std::vector<std::string>{"fine"}));
}

TEST(MarksTest, StrayClosingMarkIsIgnored) {
  EXPECT_EQ(Quoted("A stray\u201d mark, then \u201cgood\u201d."), (std::vector<std::string>{"good"}));
}

TEST(MarksTest, JunkNeverFails) {
  std::string junk = "\"\"''\u201c\u201d\u2018\u2019\u00ab\u00bb'\"\n\n\"'";
  for (size_t n = 0; n <= junk.size(); ++n) {
    // Cut at code point boundaries only: Document::text is valid UTF-8.
    if (n < junk.size() && (static_cast<unsigned char>(junk[n]) & 0xC0) == 0x80) continue;
    Quoted(junk.substr(0, n));
  }
}

}  // namespace
}  // namespace saywho::quotes
