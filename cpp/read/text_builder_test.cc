#include "read/text_builder.h"

#include "gtest/gtest.h"

namespace saywho {
namespace {

std::string AnchorOf(std::string_view text, Offset floor = 0) {
  auto [start, end] = FootnoteAnchorBefore(text, floor, static_cast<Offset>(text.size()));
  return std::string(text.substr(start, end - start));
}

TEST(TextBuilderTest, CollapsesWhiteSpaceAndSeparatesParagraphs) {
  Document doc;
  TextBuilder b(&doc);
  b.AddText("  Hello \n\t world  ", 0);
  b.EndParagraph();
  b.EndParagraph();
  b.StartBlock(BlockKind::kHeading);
  b.AddText("Head", 30);
  b.StartBlock(BlockKind::kBody);
  b.StartBlock(BlockKind::kBody);  // an empty block leaves no paragraph
  b.AddText(" last ", 40);
  b.Finish();
  EXPECT_EQ(doc.text, "Hello world\n\nHead\n\nlast");
  ASSERT_EQ(doc.paragraphs.size(), 3u);
  EXPECT_EQ(doc.paragraphs[0].end, 11u);
  EXPECT_EQ(doc.paragraphs[1].kind, BlockKind::kHeading);
  EXPECT_EQ(doc.paragraphs[1].start, 13u);
  EXPECT_EQ(doc.paragraphs[2].kind, BlockKind::kBody);
}

TEST(TextBuilderTest, SourceMap) {
  Document doc;
  doc.source = "a **b** &amp; c";
  TextBuilder b(&doc);
  b.AddText("a ", 0);
  b.AddText("b", 4);
  b.AddText(" ", 7);
  b.AddReplacement("&", 8);
  b.AddText(" c", 13);
  b.Finish();
  EXPECT_EQ(doc.text, "a b & c");
  EXPECT_EQ(doc.ToSource(0), 0u);
  EXPECT_EQ(doc.ToSource(2), 4u);
  EXPECT_EQ(doc.ToSource(3), 7u);
  EXPECT_EQ(doc.ToSource(4), 8u);
  EXPECT_EQ(doc.ToSource(6), 14u);
}

TEST(TextBuilderTest, CodeLines) {
  Document doc;
  TextBuilder b(&doc);
  b.AddCodeLine("  x = 1;", 0);
  b.AddCodeLine("y", 9);
  b.AddCodeLine("   ", 11);
  b.AddCodeLine("z", 15);
  b.Finish();
  EXPECT_EQ(doc.text, "  x = 1;\ny\n\nz");
  EXPECT_EQ(doc.paragraphs.size(), 2u);
  EXPECT_EQ(doc.ToSource(9), 9u);
}

TEST(TextBuilderTest, FootnoteAfterLink) {
  Document doc;
  TextBuilder b(&doc);
  b.AddText("a ", 0);
  Offset start = b.size() + 1;
  b.AddText(" greater freedom", 2);
  b.AddLink(start, b.size(), "#");
  b.AddSpace(30);
  b.AddFootnote(1, "");
  b.AddFootnote(2, "https://two");
  b.AddText(".", 40);
  b.Finish();
  EXPECT_EQ(doc.text, "a greater freedom.");
  ASSERT_EQ(doc.citations.size(), 2u);
  EXPECT_EQ(doc.citations[0].n, 1);
  EXPECT_EQ(doc.citations[0].url, "");
  EXPECT_EQ(doc.citations[1].n, 2);
  EXPECT_EQ(doc.citations[1].url, "https://two");
  EXPECT_EQ(doc.citations[1].start, doc.citations[0].start);
  EXPECT_EQ(doc.markup.size(), 1u);
}

TEST(TextBuilderTest, FootnoteAfterWordsIsNoLinkCitation) {
  Document doc;
  TextBuilder b(&doc);
  b.AddText("link", 0);
  b.AddLink(0, 4, "u");
  b.AddText(" and later words ", 4);
  b.AddFootnote(7, "");
  b.Finish();
  ASSERT_EQ(doc.citations.size(), 2u);
  EXPECT_FALSE(doc.citations[0].n.has_value());
  EXPECT_EQ(doc.Slice(doc.citations[1].start, doc.citations[1].end), "later words");
}

TEST(TextBuilderTest, FootnoteAnchors) {
  EXPECT_EQ(AnchorOf("one of the biggest R&D budgets"), "R&D budgets");
  EXPECT_EQ(AnchorOf("One official told The Wall Street Journal"), "The Wall Street Journal");
  EXPECT_EQ(AnchorOf("His Made in China 2025"), "Made in China 2025");
  EXPECT_EQ(AnchorOf("according to a report from the think tank MacroPolo"), "MacroPolo");
  EXPECT_EQ(AnchorOf("it endures in substance"), "in substance");
  EXPECT_EQ(AnchorOf("he said “catch up.”"), "catch up");
  EXPECT_EQ(AnchorOf("(such as Baidu's AI lab in Silicon Valley"), "Silicon Valley");
  EXPECT_EQ(AnchorOf("first, second"), "second");
  EXPECT_EQ(AnchorOf("“quoted"), "quoted");
  EXPECT_EQ(AnchorOf("Zürich"), "Zürich");
  EXPECT_EQ(AnchorOf(""), "");
  EXPECT_EQ(AnchorOf("...  "), "");
  EXPECT_EQ(AnchorOf("before\n\nafter words", 8), "after words");
}

}  // namespace
}  // namespace saywho
