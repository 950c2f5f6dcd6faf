#include "read/read.h"

#include <random>
#include <string>

#include "common/utf8.h"
#include "gtest/gtest.h"
#include "read/test_util.h"

namespace saywho {
namespace {

using ::saywho::testing::ParagraphTexts;

TEST(ReadTest, PlainTextIsKeptExactly) {
  std::string input = "Hello.  \r\n\r\n  Second *para*\r\nstill second.\n \n\nThird [1]";
  absl::StatusOr<Document> doc = Read(input, ReadOptions{.format = Format::kText});
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, input);
  EXPECT_EQ(doc->source, input);
  EXPECT_EQ(ParagraphTexts(*doc), (std::vector<std::string>{
                                      "Hello.", "Second *para*\r\nstill second.", "Third [1]"}));
  EXPECT_TRUE(doc->source_map.empty());
  EXPECT_EQ(doc->ToSource(9), 9u);
}

TEST(ReadTest, PlainTextIsNeitherClassifiedNorRepaired) {
  std::string input = "Short Title\n\nA paragraph that stops in the middle of\n\nthe sentence.";
  absl::StatusOr<Document> doc = Read(input, ReadOptions{.format = Format::kText});
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, input);
  for (const Paragraph& p : doc->paragraphs) EXPECT_EQ(p.kind, BlockKind::kBody);
  EXPECT_EQ(doc->paragraphs.size(), 3u);
}

TEST(ReadTest, SniffFormat) {
  EXPECT_EQ(SniffFormat("<p>x</p>", "a.md"), Format::kMarkdown);
  EXPECT_EQ(SniffFormat("# x", "A.HTML"), Format::kHtml);
  EXPECT_EQ(SniffFormat("# x", "a.htm"), Format::kHtml);
  EXPECT_EQ(SniffFormat("# x", "notes.txt"), Format::kText);
  EXPECT_EQ(SniffFormat("", "x.markdown"), Format::kMarkdown);
  EXPECT_EQ(SniffFormat("  <!DOCTYPE html><html>", ""), Format::kHtml);
  EXPECT_EQ(SniffFormat("<div class=a>text</div>", ""), Format::kHtml);
  EXPECT_EQ(SniffFormat("Intro text <b>x</b>\n<p>a</p><p>b</p><br>", ""), Format::kHtml);
  EXPECT_EQ(SniffFormat("Some [link](http://x) here", ""), Format::kMarkdown);
  EXPECT_EQ(SniffFormat("# Heading\n\ntext", ""), Format::kMarkdown);
  EXPECT_EQ(SniffFormat("It was **very** good", ""), Format::kMarkdown);
  EXPECT_EQ(SniffFormat("Text with <sup>[1]</sup> and [a](#)", ""), Format::kMarkdown);
  EXPECT_EQ(SniffFormat("Just words. 2 < 3.", ""), Format::kText);
  EXPECT_EQ(SniffFormat("", ""), Format::kText);
}

TEST(ReadTest, AutoDispatches) {
  absl::StatusOr<Document> md = Read("A [b](#) c", ReadOptions{});
  ASSERT_TRUE(md.ok());
  EXPECT_EQ(md->text, "A b c");
  absl::StatusOr<Document> html = Read("<html><body><p>A &amp; B</p></body></html>", {});
  ASSERT_TRUE(html.ok());
  EXPECT_EQ(html->text, "A & B");
}

TEST(ReadTest, HtmlArticlePage) {
  std::string page =
      "<!DOCTYPE html><html><head><meta charset=utf-8><title>Rates rise again | Daily</title>"
      "<meta property=\"og:title\" content=\"Rates Rise Again\">"
      "<script>window.x = '</p>';</script></head><body>"
      "<header><nav><ul><li><a href=\"/\">Home</a></li><li>World</li></ul></nav></header>"
      "<article><h1>Rates Rise Again</h1><p class=byline>By <a href=\"/a\">Ann Lee</a></p>"
      "<time datetime=\"2022-11-02T09:00\">Nov. 2, 2022</time>"
      "<p>The central bank raised its main rate on Wednesday, the sixth increase this year, and "
      "signalled that more would follow if prices keep rising.<sup>[1]</sup></p>"
      "<p>&ldquo;We are not done,&rdquo; the governor said in a statement.</p></article>"
      "<footer><p>&copy; 2022 Daily News. All rights reserved.</p></footer></body></html>";
  absl::StatusOr<Document> doc = Read(page, ReadOptions{.filename = "page.html"});
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->metadata.title, "Rates Rise Again");
  EXPECT_EQ(doc->metadata.author, "Ann Lee");
  EXPECT_EQ(doc->metadata.date, "2022-11-02");
  EXPECT_EQ(doc->text.find("Home"), std::string::npos);  // navigation dropped
  EXPECT_EQ(doc->text.find("window"), std::string::npos);
  std::vector<std::string> texts = ParagraphTexts(*doc);
  ASSERT_EQ(texts.size(), 6u);
  EXPECT_EQ(texts[0], "Rates Rise Again");
  EXPECT_EQ(doc->paragraphs[0].kind, BlockKind::kHeading);
  EXPECT_EQ(doc->paragraphs[1].kind, BlockKind::kHeader);  // the byline
  EXPECT_EQ(doc->paragraphs[3].kind, BlockKind::kBody);
  EXPECT_EQ(texts[4], "“We are not done,” the governor said in a statement.");
  EXPECT_EQ(doc->paragraphs[5].kind, BlockKind::kFooter);
  ASSERT_FALSE(doc->citations.empty());
  EXPECT_EQ(doc->citations.back().n, 1);
  EXPECT_EQ(doc->Slice(doc->citations.back().start, doc->citations.back().end), "keep rising");
}

TEST(ReadTest, InvalidUtf8) {
  std::string bad = "abc\xC3(def";
  absl::StatusOr<Document> doc = Read(bad, ReadOptions{.format = Format::kText});
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(doc.status().message(), "invalid UTF-8 at byte 3");

  doc = Read(bad, ReadOptions{.format = Format::kText, .replace_invalid_utf8 = true});
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "abc\xEF\xBF\xBD(def");
  EXPECT_EQ(doc->source, doc->text);

  doc = Read("*x*\xFF", ReadOptions{.format = Format::kMarkdown, .replace_invalid_utf8 = true});
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "x\xEF\xBF\xBD");
}

TEST(ReadTest, EmptyInput) {
  for (Format f : {Format::kAuto, Format::kText, Format::kMarkdown, Format::kHtml}) {
    absl::StatusOr<Document> doc = Read("", ReadOptions{.format = f});
    ASSERT_TRUE(doc.ok());
    EXPECT_TRUE(doc->text.empty());
    EXPECT_TRUE(doc->paragraphs.empty());
    EXPECT_TRUE(doc->citations.empty());
  }
}

TEST(ReadTest, NulBytesWork) {
  std::string input("a\0b <p>c\0</p> *d\0*", 18);
  for (Format f : {Format::kText, Format::kMarkdown, Format::kHtml}) {
    absl::StatusOr<Document> doc = Read(input, ReadOptions{.format = f});
    ASSERT_TRUE(doc.ok());
    EXPECT_NE(doc->text.find('\0'), std::string::npos);
  }
}

// The layers' invariants for Markdown and HTML, whatever the input.
void ExpectWellFormed(const Document& doc, const std::string& input) {
  const std::string& t = doc.text;
  EXPECT_EQ(FindInvalidUtf8(t), kValidUtf8) << input;
  Offset previous_end = 0;
  for (size_t i = 0; i < doc.paragraphs.size(); ++i) {
    const Paragraph& p = doc.paragraphs[i];
    ASSERT_LT(p.start, p.end) << input;
    ASSERT_LE(p.end, t.size()) << input;
    if (i == 0) {
      EXPECT_EQ(p.start, 0u) << input;
    } else {
      EXPECT_EQ(doc.Slice(previous_end, p.start), "\n\n") << input;
    }
    EXPECT_EQ(doc.Slice(p.start, p.end).find("\n\n"), std::string_view::npos) << input;
    previous_end = p.end;
  }
  EXPECT_EQ(previous_end, t.size()) << input;
  for (const Citation& c : doc.citations) {
    EXPECT_LE(c.start, c.end);
    EXPECT_LE(c.end, t.size());
  }
  for (const Markup& m : doc.markup) {
    EXPECT_LT(m.start, m.end);
    EXPECT_LE(m.end, t.size());
  }
  for (size_t i = 1; i < doc.source_map.size(); ++i) {
    EXPECT_LT(doc.source_map[i - 1].clean, doc.source_map[i].clean) << input;
  }
  for (Offset c = 0; c <= t.size(); ++c) EXPECT_LE(doc.ToSource(c), doc.source.size()) << input;
}

TEST(ReadTest, RandomMarkupKeepsTheInvariants) {
  const std::vector<std::string> pieces = {
      "word", " ", "\n", "\n\n", "  \n", "*", "**", "_", "[", "]", "(", ")", "](#)", "[1]",
      "<sup>[2]</sup>", "<", ">", "<em>", "</em>", "<br>", "<p>", "&amp;", "&", "\\", "`",
      "# ", "> ", "- ", "1. ", "    ", "```", "é", "“", "”", ".", "a\tb", "---", "![", "<https://u>",
      "\r\n", "Copyright", "By Ann Lee", "August 27, 2019"};
  std::mt19937 random(12345);
  for (int round = 0; round < 3000; ++round) {
    std::string input;
    int length = 1 + static_cast<int>(random() % 40);
    for (int k = 0; k < length; ++k) input += pieces[random() % pieces.size()];
    for (Format f : {Format::kMarkdown, Format::kHtml}) {
      absl::StatusOr<Document> doc = Read(input, ReadOptions{.format = f});
      ASSERT_TRUE(doc.ok()) << input;
      ExpectWellFormed(*doc, input);
    }
    absl::StatusOr<Document> plain = Read(input, ReadOptions{.format = Format::kText});
    ASSERT_TRUE(plain.ok());
    EXPECT_EQ(plain->text, input);
  }
}

// Adversarial inputs of a few megabytes must be read in linear time: a
// quadratic rescan would take hours here, and ctest's per-test timeout
// (cpp/CMakeLists.txt) turns such a hang into a failure. How fast the
// reader is, bench/ measures.
TEST(ReadTest, AdversarialMarkupIsLinear) {
  const size_t kSize = 3 << 20;
  std::vector<std::string> units = {"[", "]", "[a](", "](", "<", "<a ", "<a b=\"", "*_", "*a",
                                    "_a", "`", "``a", "![", "&", "&#", "<sup>[1", "[1]",
                                    "<!--", "> ", "- ", "\\", "*", "[[a]](b) ", "(", "<https:",
                                    "<em>", "</i>", "&amp", "a  \n", "\n"};
  for (Format f : {Format::kMarkdown, Format::kHtml}) {
    for (const std::string& unit : units) {
      std::string input;
      input.reserve(kSize + unit.size());
      while (input.size() < kSize) input += unit;
      absl::StatusOr<Document> doc = Read(input, ReadOptions{.format = f});
      ASSERT_TRUE(doc.ok()) << "unit '" << unit << "' format " << static_cast<int>(f);
      EXPECT_EQ(doc->text.find("\n\n\n"), std::string::npos);
    }
  }
}

}  // namespace
}  // namespace saywho
