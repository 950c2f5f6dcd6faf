#include "pos/pos_tagger.h"

#include <string>

#include "common/model_io.h"
#include "gtest/gtest.h"
#include "pos/pos_train.h"

namespace saywho {
// Failure messages show "VERB", not a byte.
void PrintTo(PartOfSpeech pos, std::ostream* out) { *out << PartOfSpeechName(pos); }

namespace pos {
namespace {

using P = PartOfSpeech;

// A document of one sentence per line, tokens split at spaces.
Document SpaceTokenised(const std::string& text) {
  Document doc;
  doc.text = text;
  size_t line_start = 0;
  while (line_start < text.size()) {
    size_t line_end = text.find('\n', line_start);
    if (line_end == std::string::npos) line_end = text.size();
    Sentence s;
    s.start = static_cast<Offset>(line_start);
    s.end = static_cast<Offset>(line_end);
    s.first_token = static_cast<uint32_t>(doc.tokens.size());
    for (size_t i = line_start; i < line_end;) {
      size_t j = text.find(' ', i);
      if (j == std::string::npos || j > line_end) j = line_end;
      if (j > i) {
        doc.tokens.start.push_back(static_cast<Offset>(i));
        doc.tokens.end.push_back(static_cast<Offset>(j));
        doc.tokens.flags.push_back(0);
      }
      i = j + 1;
    }
    s.end_token = static_cast<uint32_t>(doc.tokens.size());
    doc.sentences.push_back(s);
    line_start = line_end + 1;
  }
  return doc;
}

TEST(SentenceFeaturesTest, CurlyMarksAndDigitsShareTheirFeatures) {
  SentenceFeatures curly, straight;
  curly.Extract({"Obama", "\xE2\x80\x99s", "1990", "plan"});
  straight.Extract({"Obama", "'s", "2016", "plan"});
  EXPECT_EQ(curly.features, straight.features);
  SentenceFeatures other;
  other.Extract({"Obama", "'s", "2016", "plans"});
  EXPECT_NE(other.features, straight.features);
  EXPECT_EQ(straight.offsets.size(), 5u);
}

TEST(SentenceFeaturesTest, AnEmptySentenceHasNoFeatures) {
  SentenceFeatures none;
  none.Extract({});
  EXPECT_TRUE(none.features.empty());
  EXPECT_EQ(none.offsets, std::vector<uint32_t>{0});
}

class ShippedModelTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = PosTagger::Load(std::string(SAYWHO_SOURCE_DIR) + "/resources/models/pos.bin");
    ASSERT_TRUE(loaded.ok()) << loaded.status();
    tagger_ = loaded->release();
  }
  static void TearDownTestSuite() { delete tagger_; }
  static const PosTagger* tagger_;
};
const PosTagger* ShippedModelTest::tagger_ = nullptr;

TEST_F(ShippedModelTest, TagsEveryTokenOfADocument) {
  Document doc = SpaceTokenised("Senator Warren said the plan failed .\nThey saw the saw .");
  tagger_->Tag(&doc);
  ASSERT_EQ(doc.tokens.pos.size(), doc.tokens.size());
  EXPECT_EQ(doc.tokens.pos, (std::vector<P>{P::kPropn, P::kPropn, P::kVerb, P::kDet, P::kNoun, P::kVerb,
                                            P::kPunct, P::kPron, P::kVerb, P::kDet, P::kNoun, P::kPunct}));
}

TEST_F(ShippedModelTest, PastFormsAreToldFromParticiplesAndAdjectives) {
  // What a spelling rule cannot tell: "-ed" is a verb, an adjective or a
  // participle by its place.
  EXPECT_EQ(tagger_->TagWords({"The", "tired", "reporter", "denied", "it", "."}),
            (std::vector<P>{P::kDet, P::kAdj, P::kNoun, P::kVerb, P::kPron, P::kPunct}));
}

TEST_F(ShippedModelTest, ADocumentWithoutSentencesGetsNoTagsButTheRightSize) {
  Document doc;
  doc.text = "";
  tagger_->Tag(&doc);
  EXPECT_TRUE(doc.tokens.pos.empty());
}

TEST(PosModelFileTest, RoundTripsAndRejectsCorruptOrForeignBytes) {
  const std::vector<TaggedSentence> corpus = {
      {{"Dogs", "bark", "."}, {P::kNoun, P::kVerb, P::kPunct}},
      {{"Cats", "sleep", "."}, {P::kNoun, P::kVerb, P::kPunct}}};
  PosTrainOptions options;
  options.epochs = 3;
  const PosWeights weights = TrainPosModel(corpus, {}, options).weights;
  const std::string bytes = SerializePosModel(weights);
  auto parsed = ParsePosModel(bytes);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(SerializePosModel(*parsed), bytes);
  EXPECT_EQ(PosTagger(*std::move(parsed)).TagWords({"Dogs", "bark", "."}),
            (std::vector<P>{P::kNoun, P::kVerb, P::kPunct}));

  std::string corrupt = bytes;
  corrupt[corrupt.size() / 2] ^= 0x40;
  EXPECT_EQ(ParsePosModel(corrupt).status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ParsePosModel(bytes.substr(0, 20)).status().code(), absl::StatusCode::kInvalidArgument);
  const std::string foreign = ModelWriter(std::string_view("SAYWHO-NER\n\0", 12), 1).Finish();
  EXPECT_EQ(ParsePosModel(foreign).status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(PosTagger::Load("/nonexistent/pos.bin").status().code(), absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace pos
}  // namespace saywho
