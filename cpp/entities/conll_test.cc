#include "entities/conll.h"

#include <fstream>

#include "entities/test_util.h"
#include "gtest/gtest.h"

namespace saywho::ner {
namespace {

using ::saywho::ner::testing::WriteTemp;

TEST(ConllTest, ReadsDocumentsAndSentences) {
  const std::string path = WriteTemp("a.conll",
                                     "-DOCSTART-\tO\n\nJohn\tB-PER\nSmith\tI-PER\nleft\tO\n\n"
                                     "He\tO\n\n-DOCSTART-\tO\n\nRome\tB-LOC\n");
  auto docs = ReadConll(path);
  ASSERT_TRUE(docs.ok()) << docs.status();
  ASSERT_EQ(docs->size(), 2u);
  EXPECT_EQ((*docs)[0].sentences.size(), 2u);
  EXPECT_EQ((*docs)[0].sentences[0].tags[1], "I-PER");
  const Document doc = ToDocument((*docs)[0]);
  EXPECT_EQ(doc.text, "John Smith left\nHe\n");
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.sentences[1].first_token, 3u);
  EXPECT_EQ(doc.Slice(doc.tokens.start[1], doc.tokens.end[1]), "Smith");
}

TEST(ConllTest, WithoutDocstartEachSentenceIsADocument) {
  auto docs = ReadConll(WriteTemp("b.conll", "a\tO\n\nb\tB-person\n\n"));
  ASSERT_TRUE(docs.ok());
  EXPECT_EQ(docs->size(), 2u);
}

TEST(ConllTest, MalformedLinesAreErrors) {
  EXPECT_EQ(ReadConll(WriteTemp("c.conll", "word-without-tag\n")).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ReadConll(WriteTemp("d.conll", "w\tX-PER\n")).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ReadConll("/nonexistent.conll").status().code(), absl::StatusCode::kNotFound);
}

TEST(ConllTest, SpansFromTagsReadsLikeConlleval) {
  const std::vector<Span> spans = SpansFromTags({"B-PER", "I-PER", "I-LOC", "O", "I-ORG", "B-ORG"});
  ASSERT_EQ(spans.size(), 4u);
  EXPECT_EQ(spans[0], (Span{0, 2, "PER"}));
  EXPECT_EQ(spans[1], (Span{2, 3, "LOC"}));  // a stray I- starts a span
  EXPECT_EQ(spans[2], (Span{4, 5, "ORG"}));
  EXPECT_EQ(spans[3], (Span{5, 6, "ORG"}));
}

}  // namespace
}  // namespace saywho::ner
