#include "read/repair.h"

#include "gtest/gtest.h"
#include "read/markdown.h"
#include "read/test_util.h"

namespace saywho {
namespace {

using ::saywho::testing::Md;
using ::saywho::testing::SourceSlice;
using ::saywho::testing::Words;

TEST(RepairTest, JoinsLowerCaseContinuation) {
  Document doc = Md("Continued concerns about China's military\n\nbackwardness, as [Evan "
                    "Feigenbaum](#) [6] has written.\n\nNext.");
  EXPECT_EQ(RepairPageBreaks(&doc), 1u);
  EXPECT_EQ(doc.text, "Continued concerns about China's military backwardness, as Evan "
                      "Feigenbaum has written.\n\nNext.");
  ASSERT_EQ(doc.paragraphs.size(), 2u);
  EXPECT_EQ(doc.paragraphs[0].start, 0u);
  EXPECT_EQ(doc.paragraphs[1].start, doc.text.find("Next"));
  const Citation& c = doc.citations.at(0);
  EXPECT_EQ(doc.Slice(c.start, c.end), "Evan Feigenbaum");
  EXPECT_EQ(Words(SourceSlice(doc, c.start, c.end)), Words("Evan Feigenbaum"));
  size_t word = doc.text.find("backwardness");
  EXPECT_EQ(doc.source.substr(doc.ToSource(word), 12), "backwardness");
  EXPECT_EQ(doc.source.substr(doc.ToSource(word - 2), 1), "y");
}

TEST(RepairTest, JoinsCapitalAfterLongParagraphEndingInLowerCase) {
  Document doc = Md("A state-supported flood of capital and less constraining norms give\n\n"
                    "Chinese labs an edge.");
  EXPECT_EQ(RepairPageBreaks(&doc), 1u);
  EXPECT_EQ(doc.text, "A state-supported flood of capital and less constraining norms give "
                      "Chinese labs an edge.");
}

TEST(RepairTest, LeavesFinishedParagraphsAndHeadings) {
  Document doc = Md("It ended here.\n\nand then\n\n# heading\n\nlower start\n\n"
                    "Short line\n\nCapital start\n\n“A quote”\n\nnext");
  EXPECT_EQ(RepairPageBreaks(&doc), 0u);
  EXPECT_EQ(doc.paragraphs.size(), 8u);
}

TEST(RepairTest, ChainsOfBreaks) {
  Document doc = Md("one part of\n\nthe sentence and\n\nthe end.\n\nAfter.");
  EXPECT_EQ(RepairPageBreaks(&doc), 2u);
  EXPECT_EQ(doc.text, "one part of the sentence and the end.\n\nAfter.");
  EXPECT_EQ(doc.paragraphs.size(), 2u);
  size_t end = doc.text.find("end");
  EXPECT_EQ(doc.source.substr(doc.ToSource(end), 3), "end");
  size_t after = doc.text.find("After");
  EXPECT_EQ(doc.source.substr(doc.ToSource(after), 5), "After");
}

}  // namespace
}  // namespace saywho
