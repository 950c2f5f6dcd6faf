#include "read/markdown.h"

#include <string>

#include "gtest/gtest.h"
#include "read/test_util.h"

namespace saywho {
namespace {

using ::saywho::testing::Md;
using ::saywho::testing::ParagraphTexts;
using ::saywho::testing::SourceSlice;
using ::saywho::testing::Words;

std::string MarkupText(const Document& doc, MarkupKind kind, size_t index = 0) {
  for (const Markup& m : doc.markup) {
    if (m.kind == kind && index-- == 0) return std::string(doc.Slice(m.start, m.end));
  }
  return "<none>";
}

TEST(MarkdownTest, InlineLinkKeepsItsText) {
  Document doc = Md("See [the report](https://example.org/r) and [home](#).");
  EXPECT_EQ(doc.text, "See the report and home.");
  ASSERT_EQ(doc.citations.size(), 2u);
  EXPECT_EQ(doc.Slice(doc.citations[0].start, doc.citations[0].end), "the report");
  EXPECT_EQ(doc.citations[0].url, "https://example.org/r");
  EXPECT_FALSE(doc.citations[0].n.has_value());
  EXPECT_EQ(doc.citations[1].url, "");  // "#" is no address
  EXPECT_EQ(MarkupText(doc, MarkupKind::kLink), "the report");
}

TEST(MarkdownTest, LinkDestinationsWithTitlesParensAndBrackets) {
  Document doc = Md("[a](<x y.html> \"T\") [b](f(1).html 'T') [c](u\\_v)");
  EXPECT_EQ(doc.text, "a b c");
  ASSERT_EQ(doc.citations.size(), 3u);
  EXPECT_EQ(doc.citations[0].url, "x y.html");
  EXPECT_EQ(doc.citations[1].url, "f(1).html");
  EXPECT_EQ(doc.citations[2].url, "u_v");
}

TEST(MarkdownTest, FootnoteAfterLinkNumbersTheLink) {
  Document doc = Md("a drive of [greater freedom](#) [1]. Next [Huawei](#) <sup>[13]</sup> in 1987.");
  EXPECT_EQ(doc.text, "a drive of greater freedom. Next Huawei in 1987.");
  ASSERT_EQ(doc.citations.size(), 2u);
  EXPECT_EQ(doc.citations[0].n, 1);
  EXPECT_EQ(doc.Slice(doc.citations[0].start, doc.citations[0].end), "greater freedom");
  EXPECT_EQ(doc.citations[1].n, 13);
  EXPECT_EQ(doc.Slice(doc.citations[1].start, doc.citations[1].end), "Huawei");
}

TEST(MarkdownTest, FootnoteAfterWordsAnchorsToThem) {
  Document doc = Md("one of the biggest R&D budgets <sup>[12]</sup> of any firm, "
                    "told The Wall Street Journal [23] that\n\n[4] starts here");
  EXPECT_EQ(doc.text,
            "one of the biggest R&D budgets of any firm, told The Wall Street Journal that"
            "\n\nstarts here");
  ASSERT_EQ(doc.citations.size(), 3u);
  EXPECT_EQ(doc.Slice(doc.citations[0].start, doc.citations[0].end), "R&D budgets");
  EXPECT_EQ(doc.citations[0].n, 12);
  EXPECT_EQ(doc.Slice(doc.citations[1].start, doc.citations[1].end), "The Wall Street Journal");
  // A marker that opens a paragraph has no words before it.
  EXPECT_EQ(doc.citations[2].start, doc.citations[2].end);
}

TEST(MarkdownTest, BracketedYearIsNoMarker) {
  Document doc = Md("the report [2019] says");
  EXPECT_EQ(doc.text, "the report [2019] says");
  EXPECT_TRUE(doc.citations.empty());
}

TEST(MarkdownTest, PandocAndRepeatedMarkers) {
  Document doc = Md("[cost](#) [4][5] and gains[^6].");
  EXPECT_EQ(doc.text, "cost and gains.");
  ASSERT_EQ(doc.citations.size(), 3u);
  EXPECT_EQ(doc.citations[0].n, 4);
  EXPECT_EQ(doc.citations[1].n, 5);
  EXPECT_EQ(doc.Slice(doc.citations[1].start, doc.citations[1].end), "cost");
  EXPECT_EQ(doc.citations[2].n, 6);
  EXPECT_EQ(doc.Slice(doc.citations[2].start, doc.citations[2].end), "and gains");
}

TEST(MarkdownTest, ReferenceListGivesUrlsAndLeaves) {
  Document doc = Md(
      "Body [text](#) [1] and more [2].\n\n#### Links\n\n"
      "- [1] <https://a.example/x>\n- [2] [https://b.example/y\\_z](https://b.example/y_z)\n"
      "- [3] https://c.example/\n");
  EXPECT_EQ(doc.text, "Body text and more.");
  ASSERT_EQ(doc.citations.size(), 3u);
  EXPECT_EQ(doc.citations[0].url, "https://a.example/x");
  EXPECT_EQ(doc.citations[1].url, "https://b.example/y_z");
  // Listed but never cited: an empty anchor at the end of the text.
  EXPECT_EQ(doc.citations[2].n, 3);
  EXPECT_EQ(doc.citations[2].url, "https://c.example/");
  EXPECT_EQ(doc.citations[2].start, doc.text.size());
}

TEST(MarkdownTest, NumberedListOfAddressesIsAReferenceList) {
  Document doc = Md("Said so [1] and [2].\n\n## Notes\n\n1. <https://one.example>\n"
                    "2. https://two.example/p\n\n3. Not an address.\n");
  EXPECT_EQ(doc.text, "Said so and.\n\nNot an address.");
  ASSERT_EQ(doc.citations.size(), 2u);
  EXPECT_EQ(doc.citations[0].url, "https://one.example");
  EXPECT_EQ(doc.citations[1].url, "https://two.example/p");
}

TEST(MarkdownTest, LinkReferenceDefinitions) {
  Document doc = Md("A [ref link][Doc] and [Doc] and [1].\n\n[doc]: https://d.example \"T\"\n"
                    "[1]: https://one.example\n");
  EXPECT_EQ(doc.text, "A ref link and Doc and.");
  ASSERT_EQ(doc.citations.size(), 3u);
  EXPECT_EQ(doc.citations[0].url, "https://d.example");
  EXPECT_EQ(doc.citations[1].url, "https://d.example");
  EXPECT_EQ(doc.citations[2].n, 1);
  EXPECT_EQ(doc.citations[2].url, "https://one.example");
}

TEST(MarkdownTest, FootnoteProseIsNoReference) {
  // A note's text is kept; only an address makes a reference entry.
  Document doc = Md("Claim [1].\n\n[1]: Smith, interview.\n");
  EXPECT_NE(doc.text.find("Smith, interview."), std::string::npos);
  EXPECT_EQ(Md("[a] [b]\n\n[b]: /local/path\n").citations.at(0).url, "/local/path");
}

TEST(MarkdownTest, Emphasis) {
  Document doc = Md("*Unlikely Partners* and _Foreign Affairs_ are **bold** and __strong__, ***both***.");
  EXPECT_EQ(doc.text, "Unlikely Partners and Foreign Affairs are bold and strong, both.");
  EXPECT_EQ(MarkupText(doc, MarkupKind::kItalic, 0), "Unlikely Partners");
  EXPECT_EQ(MarkupText(doc, MarkupKind::kItalic, 1), "Foreign Affairs");
  EXPECT_EQ(MarkupText(doc, MarkupKind::kBold, 0), "bold");
  EXPECT_EQ(MarkupText(doc, MarkupKind::kBold, 1), "strong");
  EXPECT_EQ(MarkupText(doc, MarkupKind::kBold, 2), "both");
  EXPECT_EQ(MarkupText(doc, MarkupKind::kItalic, 2), "both");
}

TEST(MarkdownTest, UnmatchedEmphasisStaysText) {
  EXPECT_EQ(Md("snake_case_name and 2 * 3 = 6").text, "snake_case_name and 2 * 3 = 6");
  EXPECT_EQ(Md("a *b and c").text, "a *b and c");
  EXPECT_EQ(Md("**open *x*").text, "**open x");
  EXPECT_TRUE(Md("snake_case_name").markup.empty());
}

TEST(MarkdownTest, EmphasisInsideLinks) {
  Document doc = Md("[*The Third Wave*](#) [9]");
  EXPECT_EQ(doc.text, "The Third Wave");
  EXPECT_EQ(MarkupText(doc, MarkupKind::kItalic), "The Third Wave");
  ASSERT_EQ(doc.citations.size(), 1u);
  EXPECT_EQ(doc.citations[0].n, 9);
}

TEST(MarkdownTest, Headings) {
  Document doc = Md("# Title #\n\nText.\n\n## “CATCH UP”\nSetext\n======\n\nSub\n---\n");
  EXPECT_EQ(ParagraphTexts(doc), (std::vector<std::string>{"Title", "Text.", "“CATCH UP”", "Setext", "Sub"}));
  EXPECT_EQ(doc.paragraphs[0].kind, BlockKind::kHeading);
  EXPECT_EQ(doc.paragraphs[1].kind, BlockKind::kBody);
  EXPECT_EQ(doc.paragraphs[2].kind, BlockKind::kHeading);
  EXPECT_EQ(doc.paragraphs[3].kind, BlockKind::kHeading);
  EXPECT_EQ(doc.paragraphs[4].kind, BlockKind::kHeading);
  EXPECT_EQ(Md("#hashtag").text, "#hashtag");
}

TEST(MarkdownTest, BackslashEscapes) {
  EXPECT_EQ(Md("more than \\$15 billion, \\\\_ and \\*not\\* \\a").text,
            "more than $15 billion, \\_ and *not* \\a");
}

TEST(MarkdownTest, EntitiesAreDecoded) {
  EXPECT_EQ(Md("AT&amp;T &ldquo;x&rdquo; &#8212; &#x41; R&D").text, "AT&T “x” — A R&D");
}

TEST(MarkdownTest, AutolinksImagesAndHtml) {
  Document doc = Md("Go <https://x.example/a> ![a chart](c.png) now.<br>Next <em>line</em>.");
  EXPECT_EQ(ParagraphTexts(doc), (std::vector<std::string>{"Go https://x.example/a now.", "Next line."}));
  ASSERT_EQ(doc.citations.size(), 1u);
  EXPECT_EQ(doc.citations[0].url, "https://x.example/a");
  EXPECT_EQ(doc.Slice(doc.citations[0].start, doc.citations[0].end), "https://x.example/a");
  EXPECT_EQ(MarkupText(doc, MarkupKind::kItalic), "line");
  EXPECT_EQ(Md("<a href=\"https://h.example\">site</a> x").citations.at(0).url, "https://h.example");
  EXPECT_EQ(Md("a <!-- hidden --> b").text, "a b");
}

TEST(MarkdownTest, HardBreaksMakeParagraphs) {
  Document doc = Md("Line one  \nLine two\\\nLine three\nsoft");
  EXPECT_EQ(ParagraphTexts(doc), (std::vector<std::string>{"Line one", "Line two", "Line three soft"}));
}

TEST(MarkdownTest, ListsAndQuotes) {
  Document doc = Md("Intro:\n\n- first item\n  continued\n* second\n1. third\n\n> quoted\n> text\n\nAfter.");
  EXPECT_EQ(ParagraphTexts(doc),
            (std::vector<std::string>{"Intro:", "first item continued", "second", "third", "quoted text", "After."}));
  EXPECT_EQ(doc.paragraphs[1].kind, BlockKind::kListItem);
  EXPECT_EQ(doc.paragraphs[3].kind, BlockKind::kListItem);
  EXPECT_EQ(doc.paragraphs[5].kind, BlockKind::kBody);
  // A year that ends a line is no ordered list.
  EXPECT_EQ(Md("2019. A year.").text, "2019. A year.");
}

TEST(MarkdownTest, CodeIsKeptAsText) {
  Document doc = Md("Use `a*b*c` here.\n\n```\nint x = *p;\n\nreturn x;\n```\n\n    indented *code*\n");
  EXPECT_EQ(ParagraphTexts(doc),
            (std::vector<std::string>{"Use a*b*c here.", "int x = *p;", "return x;", "indented *code*"}));
  EXPECT_EQ(MarkupText(doc, MarkupKind::kCode, 0), "a*b*c");
  EXPECT_EQ(Md("``unclosed code").text, "``unclosed code");
}

TEST(MarkdownTest, ThematicBreakAndCrlf) {
  EXPECT_EQ(ParagraphTexts(Md("One\r\n\r\n***\r\nTwo\r\nthree\r\n")),
            (std::vector<std::string>{"One", "Two three"}));
}

TEST(MarkdownTest, FrontMatter) {
  Document doc = Md("---\ntitle: \"A Title\"\nauthors:\n  - Jane Doe\ndate: 2020-03-04\n"
                    "url: https://e.example/a\n---\nBody.");
  EXPECT_EQ(doc.text, "Body.");
  EXPECT_EQ(doc.metadata.title, "A Title");
  EXPECT_EQ(doc.metadata.author, "Jane Doe");
  EXPECT_EQ(doc.metadata.date, "2020-03-04");
  EXPECT_EQ(doc.metadata.source_url, "https://e.example/a");
}

TEST(MarkdownTest, UnbalancedBracketsNeverFail) {
  for (std::string junk : std::vector<std::string>{"[[[a](b", "]]](", "[a](b", "[a](<b", "![[x]](", "*_*_*_", "<<<a <b",
                           "[^", "[1", "`", "&#", "&#x110000;", "<sup>[1</sup>", "\\", "\n\n\n",
                           std::string("a\0b", 3)}) {
    Document doc = Md(junk);
    EXPECT_EQ(doc.text.find("\n\n\n"), std::string::npos) << junk;
    for (const Paragraph& p : doc.paragraphs) EXPECT_LT(p.start, p.end) << junk;
  }
  EXPECT_EQ(Md("[a](b").text, "[a](b");
  EXPECT_EQ(Md(std::string("a\0b", 3)).text, std::string("a\0b", 3));
}

TEST(MarkdownTest, SourceMapPointsAtTheWords) {
  Document doc = Md("> A **bold** [link *x*](http://u) &amp; \\$5\n> - item [2]\n\n#  Head\n");
  for (const Citation& c : doc.citations) {
    EXPECT_EQ(Words(SourceSlice(doc, c.start, c.end)), Words(doc.Slice(c.start, c.end)));
  }
  for (const Markup& m : doc.markup) {
    EXPECT_EQ(Words(SourceSlice(doc, m.start, m.end)), Words(doc.Slice(m.start, m.end)));
  }
  size_t head = doc.text.find("Head");
  EXPECT_EQ(doc.source.substr(doc.ToSource(head), 4), "Head");
  size_t dollar = doc.text.find("$5");
  EXPECT_EQ(doc.source.substr(doc.ToSource(dollar), 3), "\\$5");
  EXPECT_EQ(doc.source.substr(doc.ToSource(dollar + 1), 1), "5");
}

}  // namespace
}  // namespace saywho
