#include "pos/pos_tagger.h"

#include <algorithm>
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
  const WordClusters none;
  SentenceFeatures curly, straight;
  curly.Extract({"Obama", "\xE2\x80\x99s", "1990", "plan"}, none);
  straight.Extract({"Obama", "'s", "2016", "plan"}, none);
  EXPECT_EQ(curly.features, straight.features);
  SentenceFeatures other;
  other.Extract({"Obama", "'s", "2016", "plans"}, none);
  EXPECT_NE(other.features, straight.features);
  EXPECT_EQ(straight.offsets.size(), 5u);
}

TEST(SentenceFeaturesTest, AnEmptySentenceHasNoFeatures) {
  SentenceFeatures empty;
  empty.Extract({}, WordClusters());
  EXPECT_TRUE(empty.features.empty());
  EXPECT_EQ(empty.offsets, std::vector<uint32_t>{0});
}

TEST(SentenceFeaturesTest, WordsOfOneClusterShareItsFeatures) {
  // An unseen word in a known word's cluster shares features with it; in
  // lower case, or a capitalized word clustered in title case, too.
  WordClusters clusters;
  clusters.Add("aides", {1, 2, 3});
  clusters.Add("officials", {1, 2, 3});
  clusters.Add("Obama", {4, 5, 6});
  auto cluster_features = [&](const std::string& word) {
    SentenceFeatures with, without;
    with.Extract({word}, clusters);
    without.Extract({word}, WordClusters());
    std::vector<uint64_t> extra;
    for (uint64_t f : with.features) {
      if (std::find(without.features.begin(), without.features.end(), f) == without.features.end()) {
        extra.push_back(f);
      }
    }
    return extra;
  };
  EXPECT_EQ(cluster_features("aides"), cluster_features("officials"));
  EXPECT_EQ(cluster_features("Aides"), cluster_features("officials"));
  EXPECT_EQ(cluster_features("OBAMA"), cluster_features("Obama"));
  EXPECT_NE(cluster_features("aides"), cluster_features("Obama"));
  EXPECT_EQ(cluster_features("zyzzyva").size(), 0u);
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
  Document doc = SpaceTokenised("Senator Warren said the plan failed .\nThey plan the plan .");
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
  WordClusters clusters;
  clusters.Add("Dogs", {1, 2, 3});
  const PosModel model = TrainPosModel(corpus, {}, options, clusters).model;
  const std::string bytes = SerializePosModel(model);
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
