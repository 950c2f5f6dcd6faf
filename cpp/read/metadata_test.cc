#include "read/metadata.h"

#include "gtest/gtest.h"
#include "read/read.h"

namespace saywho {
namespace {

TEST(ParseDateTest, Spellings) {
  EXPECT_EQ(ParseDate("Tuesday, August 27, 2019 - 12:00am"), "2019-08-27");
  EXPECT_EQ(ParseDate("2019-08-27T12:00:00Z"), "2019-08-27");
  EXPECT_EQ(ParseDate("2019/8/7"), "2019-08-07");
  EXPECT_EQ(ParseDate("Aug. 27th, 2019"), "2019-08-27");
  EXPECT_EQ(ParseDate("Sept 5 2019"), "2019-09-05");
  EXPECT_EQ(ParseDate("Published 27 August 2019, 10:00"), "2019-08-27");
  EXPECT_EQ(ParseDate("the 1st of March, 2020"), "2020-03-01");
  EXPECT_EQ(ParseDate("08/27/2019"), "2019-08-27");
  EXPECT_EQ(ParseDate("27/08/2019"), "2019-08-27");
  EXPECT_EQ(ParseDate("27.08.2019"), "2019-08-27");
  EXPECT_EQ(ParseDate("February 29, 2020"), "2020-02-29");
  EXPECT_EQ(ParseDate("February 29, 2019"), std::nullopt);
  EXPECT_EQ(ParseDate("February 30, 2020"), std::nullopt);
  EXPECT_EQ(ParseDate("August 2019"), std::nullopt);
  EXPECT_EQ(ParseDate("May I come in? 12 of them"), std::nullopt);
  EXPECT_EQ(ParseDate(""), std::nullopt);
}

TEST(LooksLikeBylineTest, Bylines) {
  EXPECT_TRUE(LooksLikeByline("Julian Baird Gewirtz"));
  EXPECT_TRUE(LooksLikeByline("Jane Doe and John Smith"));
  EXPECT_TRUE(LooksLikeByline("Jane Doe, John Smith & Ann Lee"));
  EXPECT_FALSE(LooksLikeByline("Jane Doe and friends"));
  EXPECT_FALSE(LooksLikeByline(""));
}

TEST(LooksLikePersonNameTest, Names) {
  EXPECT_TRUE(LooksLikePersonName("Julian Baird Gewirtz"));
  EXPECT_TRUE(LooksLikePersonName("J. R. Smith"));
  EXPECT_TRUE(LooksLikePersonName("Anne de Vries"));
  EXPECT_TRUE(LooksLikePersonName("Émile Zola"));
  EXPECT_FALSE(LooksLikePersonName("Madonna"));
  EXPECT_FALSE(LooksLikePersonName("J. R."));
  EXPECT_FALSE(LooksLikePersonName("The roots of ambition"));
  EXPECT_FALSE(LooksLikePersonName("Why Batteries Matter"));
  EXPECT_FALSE(LooksLikePersonName("It Ended."));
  EXPECT_FALSE(LooksLikePersonName("Chapter 11 Filing"));
  EXPECT_FALSE(LooksLikePersonName("One Two Three Four Five Six"));
}

Document ReadMd(std::string source) {
  absl::StatusOr<Document> doc =
      Read(std::move(source), ReadOptions{.format = Format::kMarkdown, .repair_page_breaks = false});
  EXPECT_TRUE(doc.ok());
  return *std::move(doc);
}

constexpr char kBody[] =
    "This first paragraph of the body is long enough to count as real prose, with more than "
    "twelve words, and it ends like a sentence.\n\n"
    "A second paragraph follows it, also of reasonable length for an article body text.\n\n";

TEST(DetectHeaderAndFooterTest, ExportedHeader) {
  Document doc = ReadMd(std::string("[Home](#) > Markets > Big News Today\n\n"
                                    "March 3, 2021  \nBig News Today  \nWhy it matters  \n"
                                    "By Ann Lee\n\n") + kBody +
                        "Copyright © 2021 Example Media  \nAll rights reserved.\n\n"
                        "**Source URL:** <https://news.example/big>\n");
  EXPECT_EQ(doc.metadata.title, "Big News Today");
  EXPECT_EQ(doc.metadata.subtitle, "Why it matters");
  EXPECT_EQ(doc.metadata.author, "Ann Lee");
  EXPECT_EQ(doc.metadata.date, "2021-03-03");
  EXPECT_EQ(doc.metadata.source_url, "https://news.example/big");
  ASSERT_EQ(doc.paragraphs.size(), 10u);
  for (int i = 0; i < 5; ++i) EXPECT_EQ(doc.paragraphs[i].kind, BlockKind::kHeader) << i;
  EXPECT_EQ(doc.paragraphs[5].kind, BlockKind::kBody);
  EXPECT_EQ(doc.paragraphs[6].kind, BlockKind::kBody);
  for (int i = 7; i < 10; ++i) EXPECT_EQ(doc.paragraphs[i].kind, BlockKind::kFooter) << i;
  // The source line stays in the text.
  EXPECT_NE(doc.text.find("Source URL: https://news.example/big"), std::string::npos);
}

TEST(DetectHeaderAndFooterTest, HeadingTitleAndNameByline) {
  Document doc = ReadMd(std::string("# The Heading Title\n\nMaria Garcia Lopez\n\n2020-07-08\n\n") + kBody);
  EXPECT_EQ(doc.metadata.title, "The Heading Title");
  EXPECT_EQ(doc.metadata.author, "Maria Garcia Lopez");
  EXPECT_EQ(doc.metadata.date, "2020-07-08");
  EXPECT_EQ(doc.metadata.subtitle, "");
  EXPECT_EQ(doc.paragraphs[0].kind, BlockKind::kHeading);
  EXPECT_EQ(doc.paragraphs[1].kind, BlockKind::kHeader);
}

TEST(DetectHeaderAndFooterTest, NameLikeSubtitleIsNoByline) {
  Document doc = ReadMd(std::string("Harbour Lights\n\nRising Tides\n\nJane Doe\n\n") + kBody);
  EXPECT_EQ(doc.metadata.title, "Harbour Lights");
  EXPECT_EQ(doc.metadata.subtitle, "Rising Tides");
  EXPECT_EQ(doc.metadata.author, "Jane Doe");
}

TEST(DetectHeaderAndFooterTest, BylineWithDate) {
  Document doc = ReadMd(std::string("# The Quiet Revolution\n\n*Why storage matters*\n\n"
                                    "By **Jane Q. Doe** | Published March 3, 2021\n\n") + kBody);
  EXPECT_EQ(doc.metadata.title, "The Quiet Revolution");
  EXPECT_EQ(doc.metadata.subtitle, "Why storage matters");
  EXPECT_EQ(doc.metadata.author, "Jane Q. Doe");
  EXPECT_EQ(doc.metadata.date, "2021-03-03");
}

TEST(DetectHeaderAndFooterTest, SeveralAuthorsAndShortenedBreadcrumb) {
  Document doc = ReadMd(std::string("[Home](#) > The Long Road to...\n\n"
                                    "The Long Road to Recovery  \nJane Doe and John Smith\n\n") + kBody);
  EXPECT_EQ(doc.metadata.title, "The Long Road to Recovery");
  EXPECT_EQ(doc.metadata.author, "Jane Doe and John Smith");
}

TEST(DetectHeaderAndFooterTest, SectionBreadcrumbIsNoTitle) {
  Document doc = ReadMd(std::string("Home > Regions > Asia\n\nA Title Line Here\n\n"
                                    "Ann Lee\n\n") + kBody);
  EXPECT_EQ(doc.metadata.title, "A Title Line Here");
  EXPECT_EQ(doc.metadata.author, "Ann Lee");
}

TEST(DetectHeaderAndFooterTest, SentenceSubtitleBeforeByline) {
  Document doc = ReadMd(std::string("# Working From Home\n\n"
                                    "How the pandemic changed the way millions of Americans think "
                                    "about their work and their homes.\n\nBy Ann Lee\n\n") + kBody);
  EXPECT_EQ(doc.metadata.author, "Ann Lee");
  EXPECT_EQ(doc.metadata.subtitle,
            "How the pandemic changed the way millions of Americans think about their work and "
            "their homes.");
  EXPECT_EQ(doc.paragraphs[1].kind, BlockKind::kHeader);
  EXPECT_EQ(doc.paragraphs[3].kind, BlockKind::kBody);
}

TEST(DetectHeaderAndFooterTest, ByPhraseIsNoByline) {
  Document doc = ReadMd(std::string("Short Title Here\n\nBy the numbers\n\n") + kBody);
  EXPECT_EQ(doc.metadata.author, "");
}

TEST(DetectHeaderAndFooterTest, NoHeaderWithoutShortLines) {
  Document doc = ReadMd(kBody);
  EXPECT_EQ(doc.metadata.title, "");
  for (const Paragraph& p : doc.paragraphs) EXPECT_EQ(p.kind, BlockKind::kBody);
  // A document of short lines only has no body to stand before.
  Document shorts = ReadMd("One line\n\nTwo line\n");
  for (const Paragraph& p : shorts.paragraphs) EXPECT_EQ(p.kind, BlockKind::kBody);
}

TEST(DetectHeaderAndFooterTest, CreditInTheBodyStartsNoFooter) {
  std::string long_paragraph;
  for (int i = 0; i < 50; ++i) long_paragraph += "word ";
  Document doc = ReadMd(std::string(kBody) + "© Photo Agency\n\nShort body line.\n\n" +
                        long_paragraph + "end.\n\nLast short line.\n");
  for (const Paragraph& p : doc.paragraphs) EXPECT_NE(p.kind, BlockKind::kFooter);
}

TEST(DetectHeaderAndFooterTest, SlashTitleIsNoBreadcrumb) {
  Document doc = ReadMd(std::string("Love / Hate\n\nBy Ann Lee\n\n") + kBody);
  EXPECT_EQ(doc.metadata.title, "Love / Hate");
}

TEST(DetectHeaderAndFooterTest, FrontMatterWins) {
  Document doc = ReadMd(std::string("---\ntitle: Declared\n---\nOther Title Line\n\n") + kBody);
  EXPECT_EQ(doc.metadata.title, "Declared");
}

}  // namespace
}  // namespace saywho
