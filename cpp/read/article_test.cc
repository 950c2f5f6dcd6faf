// The example article read as Markdown, end to end.
#include <fstream>
#include <set>
#include <sstream>

#include "gtest/gtest.h"
#include "read/read.h"
#include "read/test_util.h"

namespace saywho {
namespace {

using ::saywho::testing::SourceSlice;
using ::saywho::testing::Words;

class ArticleTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::ifstream in(SAYWHO_SOURCE_DIR "/examples/article.md", std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    sniffed_ = SniffFormat(buffer.str(), "");
    ReadOptions options;
    options.filename = "article.md";
    absl::StatusOr<Document> read = Read(buffer.str(), options);
    ASSERT_TRUE(read.ok()) << read.status();
    doc_ = new Document(*std::move(read));
  }
  static void TearDownTestSuite() { delete doc_; }

  // The footnote number of the citation whose anchor is `anchor`: -1 when it
  // has none, -2 when there is no such citation.
  static int NumberOf(std::string_view anchor) {
    for (const Citation& c : doc_->citations) {
      if (doc_->Slice(c.start, c.end) == anchor) return c.n.value_or(-1);
    }
    return -2;
  }

  static Document* doc_;
  static Format sniffed_;
};

Document* ArticleTest::doc_ = nullptr;
Format ArticleTest::sniffed_ = Format::kAuto;

TEST_F(ArticleTest, ContentSniffsAsMarkdown) { EXPECT_EQ(sniffed_, Format::kMarkdown); }

TEST_F(ArticleTest, FootnoteUrls) {
  std::set<int> numbered_with_url;
  for (const Citation& c : doc_->citations) {
    if (c.n.has_value() && !c.url.empty()) numbered_with_url.insert(*c.n);
  }
  EXPECT_GE(numbered_with_url.size(), 32u);
  EXPECT_TRUE(numbered_with_url.count(1));
  EXPECT_TRUE(numbered_with_url.count(32));
}

TEST_F(ArticleTest, AnchorsTiedToNumbers) {
  EXPECT_EQ(NumberOf("greater freedom"), 1);
  EXPECT_EQ(NumberOf("up the value chain"), 2);
  EXPECT_EQ(NumberOf("Evan Feigenbaum"), 6);
  EXPECT_EQ(NumberOf("global New Technological Revolution"), 9);
  EXPECT_EQ(NumberOf("Huawei"), 13);
  EXPECT_EQ(NumberOf("high-profile endorsements"), 13);
  EXPECT_EQ(NumberOf("the greatest transfer of wealth"), 15);
  EXPECT_EQ(NumberOf("civil-military fusion"), 19);
  EXPECT_EQ(NumberOf("positioned"), -1);  // a link with no footnote
  // Markers after plain words anchor to the words before them.
  EXPECT_EQ(NumberOf("R&D budgets"), 12);
  EXPECT_EQ(NumberOf("MacroPolo"), 21);
}

TEST_F(ArticleTest, CitationUrls) {
  for (const Citation& c : doc_->citations) {
    if (c.n == 15) EXPECT_EQ(c.url, "https://www.youtube.com/watch?v=JOFk44yy6IQ");
    // An escaped '_' in the reference list is unescaped in the url.
    if (c.n == 5) EXPECT_EQ(c.url, "https://www.mitpressjournals.org/doi/10.1162/JCWS_a_00430");
    if (doc_->Slice(c.start, c.end) == "positioned") EXPECT_EQ(c.url, "");  // "#"
  }
}

TEST_F(ArticleTest, Metadata) {
  const Metadata& m = doc_->metadata;
  EXPECT_EQ(m.title, "China's Long March to Technological Supremacy");
  EXPECT_EQ(m.subtitle, "The Roots of Xi Jinping's Ambition to \"Catch Up and Surpass\"");
  EXPECT_EQ(m.author, "Julian Baird Gewirtz");
  EXPECT_EQ(m.date, "2019-08-27");
  EXPECT_EQ(m.source_url,
            "https://www.foreignaffairs.com/articles/china/2019-08-27/"
            "chinas-long-march-technological-supremacy");
}

TEST_F(ArticleTest, HeaderAndFooterBlocks) {
  ASSERT_GE(doc_->paragraphs.size(), 6u);
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(doc_->paragraphs[i].kind, BlockKind::kHeader) << i;
  }
  EXPECT_EQ(doc_->paragraphs[5].kind, BlockKind::kBody);
  EXPECT_EQ(doc_->paragraphs.back().kind, BlockKind::kFooter);
  int headings = 0;
  for (const Paragraph& p : doc_->paragraphs) headings += p.kind == BlockKind::kHeading;
  EXPECT_EQ(headings, 3);  // the "Links" heading left with the reference list
}

TEST_F(ArticleTest, CleanText) {
  const std::string& t = doc_->text;
  EXPECT_NE(t.find("China's military backwardness, as Evan Feigenbaum"), std::string::npos);
  EXPECT_NE(t.find("norms give Chinese labs an edge"), std::string::npos);
  EXPECT_NE(t.find("more than $15 billion worth"), std::string::npos);
  EXPECT_NE(t.find("drive of greater freedom. \"Imagine"), std::string::npos);
  EXPECT_NE(t.find("Huawei in 1987."), std::string::npos);
  for (std::string_view junk : {"[", "](", "<sup>", "*", "\\", "freedom .", "Links"}) {
    EXPECT_EQ(t.find(junk), std::string::npos) << junk;
  }
  EXPECT_EQ(t.find("\n\n\n"), std::string::npos);
  EXPECT_NE(t.front(), '\n');
  EXPECT_NE(t.back(), '\n');
}

TEST_F(ArticleTest, ItalicMarksTitlesOfWorks) {
  bool found = false;
  for (const Markup& m : doc_->markup) {
    if (m.kind == MarkupKind::kItalic && doc_->Slice(m.start, m.end) == "Harvard Business Review") {
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(ArticleTest, ParagraphsAreSeparatedByBlankLines) {
  const auto& ps = doc_->paragraphs;
  for (size_t i = 0; i + 1 < ps.size(); ++i) {
    EXPECT_EQ(ps[i].end + 2, ps[i + 1].start);
    EXPECT_EQ(doc_->Slice(ps[i].end, ps[i + 1].start), "\n\n");
  }
  EXPECT_EQ(ps.front().start, 0u);
  EXPECT_EQ(ps.back().end, doc_->text.size());
}

TEST_F(ArticleTest, OffsetsMapBackToTheSource) {
  for (const Citation& c : doc_->citations) {
    if (c.start == c.end) continue;
    EXPECT_EQ(Words(SourceSlice(*doc_, c.start, c.end)), Words(doc_->Slice(c.start, c.end)))
        << doc_->Slice(c.start, c.end);
  }
  for (const Paragraph& p : doc_->paragraphs) {
    std::string_view clean = doc_->Slice(p.start, p.end);
    std::vector<std::string> source_words = Words(SourceSlice(*doc_, p.start, p.end));
    std::vector<std::string> clean_words = Words(clean);
    // Markup words (link urls "#", "sup") may sit in the source between the
    // clean words; the clean words appear in order.
    size_t k = 0;
    for (const std::string& w : source_words) {
      if (k < clean_words.size() && w == clean_words[k]) ++k;
    }
    EXPECT_EQ(k, clean_words.size()) << clean.substr(0, 60);
    ASSERT_FALSE(source_words.empty());
    EXPECT_EQ(source_words.front(), clean_words.front());
    EXPECT_EQ(source_words.back(), clean_words.back()) << clean.substr(0, 60);
  }
}

}  // namespace
}  // namespace saywho
