#include "segment/segment.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "segment/test_util.h"

namespace saywho {
namespace {

using Strings = std::vector<std::string>;
using testing::ExpectWellFormed;
using testing::SegmentText;
using testing::SentenceTexts;
using testing::TokenTexts;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << path;
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// "\\n" in a table field stands for a line feed.
std::string Unescape(std::string_view field) {
  std::string out;
  for (size_t i = 0; i < field.size(); ++i) {
    if (field[i] == '\\' && i + 1 < field.size() && field[i + 1] == 'n') {
      out += '\n';
      ++i;
    } else {
      out += field[i];
    }
  }
  return out;
}

std::vector<std::string_view> Split(std::string_view s, char separator) {
  std::vector<std::string_view> parts;
  for (size_t from = 0;;) {
    size_t at = s.find(separator, from);
    parts.push_back(s.substr(from, at == s.npos ? s.npos : at - from));
    if (at == s.npos) return parts;
    from = at + 1;
  }
}

// testdata/sentence_cases.tsv: ORIGIN, INPUT, then one column per expected
// sentence.
TEST(SegmentTest, SentenceCaseTable) {
  std::string table = ReadFile(std::string(SAYWHO_SOURCE_DIR) + "/cpp/segment/testdata/sentence_cases.tsv");
  int cases = 0;
  for (std::string_view line : Split(table, '\n')) {
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> fields = Split(line, '\t');
    ASSERT_GE(fields.size(), 3u) << line;
    Strings expected;
    for (size_t i = 2; i < fields.size(); ++i) expected.push_back(Unescape(fields[i]));
    Document doc = SegmentText(Unescape(fields[1]));
    ExpectWellFormed(doc);
    EXPECT_EQ(SentenceTexts(doc), expected) << "case from " << fields[0] << ": " << fields[1];
    ++cases;
  }
  EXPECT_GE(cases, 30);
}

// The seed article read as plain text (Markdown markup left in place).
TEST(SegmentTest, ExampleArticleAsPlainText) {
  Document doc = SegmentText(ReadFile(std::string(SAYWHO_SOURCE_DIR) + "/examples/article.md"));
  ExpectWellFormed(doc);
  Strings sentences = SentenceTexts(doc);
  auto has = [&](const std::string& s) {
    for (const std::string& t : sentences) {
      if (t == s) return true;
    }
    return false;
  };
  EXPECT_TRUE(has("\"Imagine if the Internet took hold in China,\" George W. Bush said in a "
                  "presidential debate in 1999."));
  EXPECT_TRUE(has("\"Imagine how freedom would spread.\""));
  EXPECT_TRUE(has("## \u201cCATCH UP AND SURPASS\u201d"));
  EXPECT_GT(sentences.size(), 100u);
  for (const std::string& s : sentences) {
    EXPECT_EQ(s.find("\n\n"), std::string::npos) << s;  // never across paragraphs
  }
  Strings tokens = TokenTexts(doc);
  for (const char* t : {"U.S.", "5G", "R&D", "U.S.-Chinese", "Xi", "'s", "n't", ". . ."}) {
    EXPECT_NE(std::find(tokens.begin(), tokens.end(), t), tokens.end()) << t;
  }
}

TEST(SegmentTest, EmptyAndBlankText) {
  for (const char* text : {"", " ", "\n\n\n", " \t\r\n \u00a0"}) {
    Document doc = SegmentText(text);
    EXPECT_EQ(doc.tokens.size(), 0u);
    EXPECT_EQ(doc.sentences.size(), 0u);
  }
}

TEST(SegmentTest, SegmentingTwiceGivesTheSameResult) {
  Document doc = SegmentText("One. Two.");
  ASSERT_TRUE(Segment(testing::ProjectLexicon(), &doc).ok());
  EXPECT_EQ(TokenTexts(doc), (Strings{"One", ".", "Two", "."}));
  EXPECT_EQ(doc.sentences.size(), 2u);
}

TEST(SegmentTest, NulBytesAndControlCharacters) {
  constexpr char kRaw[] = "a\0b. \0\0 C\x01\x7f d.";
  std::string text(kRaw, sizeof(kRaw) - 1);  // every byte but the terminator
  Document doc = SegmentText(text);
  ExpectWellFormed(doc);
  for (const std::string& t : TokenTexts(doc)) EXPECT_EQ(t.find('\0'), std::string::npos);
  EXPECT_GE(doc.sentences.size(), 1u);
}

TEST(SegmentTest, LongLineWithoutSpaces) {
  std::string text(1 << 20, 'x');
  for (size_t i = 7; i < text.size(); i += 11) text[i] = ".-'&:/@?"[i % 8];
  Document doc = SegmentText(text);
  ExpectWellFormed(doc);
  EXPECT_GT(doc.tokens.size(), 0u);
}

// Long runs of what the merge rules join: each must stay linear (a
// quadratic rule would take minutes here).
TEST(SegmentTest, LongRunsStayLinear) {
  for (const char* unit : {". ", ".", "-", "- ", "U.S. ", "a-", "1:", "R&", "'s", "\"", "W. ",
                           "\u2026", "a.", "www.", "x@y.com ", "http://a.b/ "}) {
    std::string text;
    while (text.size() < (1u << 19)) text += unit;
    Document doc = SegmentText(text);
    ExpectWellFormed(doc);
    EXPECT_GT(doc.tokens.size(), 0u) << unit;
  }
}

TEST(SegmentTest, WeirdValidUtf8) {
  std::string junk;
  // Every 97th code point of the BMP outside the surrogates, and some astral
  // ones: combining marks, format characters, separators, RTL, CJK, emoji.
  for (char32_t c = 1; c < 0x110000; c += (c < 0x10000 ? 97 : 7919)) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    if (c < 0x80) {
      junk += static_cast<char>(c);
    } else if (c < 0x800) {
      junk += static_cast<char>(0xC0 | (c >> 6));
      junk += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      junk += static_cast<char>(0xE0 | (c >> 12));
      junk += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      junk += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      junk += static_cast<char>(0xF0 | (c >> 18));
      junk += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      junk += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      junk += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  std::string text = junk + " \u0301\u200b. \u2028x\u2029y \U0001F600\U0001F3FD. " + junk;
  Document doc = SegmentText(text);
  ExpectWellFormed(doc);
  EXPECT_GT(doc.sentences.size(), 0u);
}

TEST(SegmentTest, BadParagraphsAreClamped) {
  Document doc;
  doc.text = "Caf\u00e9 one. Two three.";
  // Out of range, overlapping, and starting inside a multi-byte character.
  doc.paragraphs = {{0, 4, BlockKind::kBody}, {2, 12, BlockKind::kBody},
                    {11, 1000, BlockKind::kBody}};
  ASSERT_TRUE(Segment(testing::ProjectLexicon(), &doc).ok());
  ExpectWellFormed(doc);
}

TEST(SegmentTest, ThreadsAgree) {
  std::string text = ReadFile(std::string(SAYWHO_SOURCE_DIR) + "/examples/article.md");
  Document reference = SegmentText(text);
  std::vector<std::thread> threads;
  std::vector<Document> results(4);
  for (Document& result : results) {
    threads.emplace_back([&result, &text] {
      result.text = text;
      for (int i = 0; i < 3; ++i) ASSERT_TRUE(Segment(testing::ProjectLexicon(), &result).ok());
    });
  }
  for (std::thread& t : threads) t.join();
  for (const Document& result : results) {
    EXPECT_EQ(result.tokens.start, reference.tokens.start);
    EXPECT_EQ(result.tokens.flags, reference.tokens.flags);
    EXPECT_EQ(result.sentences.size(), reference.sentences.size());
  }
}

TEST(SegmentTest, WithoutWordListsStillSegments) {
  Document doc;
  doc.text = "George W. Bush met the U.S. envoy. Then he left.";
  ASSERT_TRUE(Segment(Lexicon(), &doc).ok());
  ExpectWellFormed(doc);
  EXPECT_EQ(SentenceTexts(doc), (Strings{"George W. Bush met the U.S. envoy.", "Then he left."}));
}

}  // namespace
}  // namespace saywho
