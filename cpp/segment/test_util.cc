#include "segment/test_util.h"

#include "common/utf8.h"
#include "gtest/gtest.h"
#include "segment/segment.h"
#include "segment/tokenizer.h"

namespace saywho::testing {

Document SegmentText(const std::string& text) {
  Document doc;
  doc.text = text;
  absl::Status status = Segment(ProjectLexicon(), &doc);
  EXPECT_TRUE(status.ok()) << status;
  return doc;
}

std::vector<std::string> TokenTexts(const Document& doc) {
  std::vector<std::string> out;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    out.emplace_back(doc.Slice(doc.tokens.start[i], doc.tokens.end[i]));
  }
  return out;
}

std::vector<std::string> SentenceTexts(const Document& doc) {
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.Slice(s.start, s.end));
  return out;
}

void ExpectWellFormed(const Document& doc) {
  const Tokens& t = doc.tokens;
  ASSERT_EQ(t.start.size(), t.end.size());
  ASSERT_EQ(t.start.size(), t.flags.size());
  for (size_t i = 0; i < t.size(); ++i) {
    ASSERT_LT(t.start[i], t.end[i]) << "token " << i;
    ASSERT_LE(t.end[i], doc.text.size());
    if (i > 0) ASSERT_LE(t.end[i - 1], t.start[i]) << "token " << i;
    int length = 0;
    EXPECT_FALSE(IsWhiteSpace(DecodeUtf8(doc.text, t.start[i], &length))) << "token " << i;
    Offset last = t.end[i] - 1;
    while ((static_cast<unsigned char>(doc.text[last]) & 0xC0) == 0x80) --last;
    EXPECT_FALSE(IsWhiteSpace(DecodeUtf8(doc.text, last, &length))) << "token " << i;
    EXPECT_EQ(FindInvalidUtf8(doc.Slice(t.start[i], t.end[i])), kValidUtf8) << "token " << i;
  }
  uint32_t next_token = 0;
  for (const Sentence& s : doc.sentences) {
    ASSERT_EQ(s.first_token, next_token);
    ASSERT_LT(s.first_token, s.end_token);
    ASSERT_LE(s.end_token, t.size());
    EXPECT_EQ(s.start, t.start[s.first_token]);
    EXPECT_EQ(s.end, t.end[s.end_token - 1]);
    EXPECT_TRUE(t.flags[s.first_token] & kSentenceStart);
    for (uint32_t i = s.first_token + 1; i < s.end_token; ++i) {
      EXPECT_FALSE(t.flags[i] & (kSentenceStart | kParagraphStart)) << "token " << i;
    }
    next_token = s.end_token;
  }
  EXPECT_EQ(next_token, t.size());
}

}  // namespace saywho::testing
