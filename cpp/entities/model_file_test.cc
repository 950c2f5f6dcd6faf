#include "entities/model_file.h"

#include "gtest/gtest.h"

namespace saywho::ner {
namespace {

NerModel SmallModel() {
  NerModel model;
  model.gazetteer_lists = {"gaz_city"};
  model.clusters.Add("Paris", {1, 2, 3});
  std::vector<std::pair<uint64_t, TagScores>> rows;
  for (uint64_t f = 1; f <= 50; ++f) {
    TagScores s{};
    s[f % kNumTags] = static_cast<float>(f) / 10;
    rows.emplace_back(f * 0x9e3779b97f4a7c15ull, s);
  }
  model.weights = PackedWeights::Build(rows, 40);  // drops the 10 smallest
  return model;
}

TEST(ModelFileTest, RoundTrips) {
  const NerModel model = SmallModel();
  EXPECT_EQ(model.weights.size(), 40u);
  auto parsed = ParseModel(SerializeModel(model));
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(parsed->gazetteer_lists, model.gazetteer_lists);
  ASSERT_NE(parsed->clusters.Find("Paris"), nullptr);
  EXPECT_EQ((*parsed->clusters.Find("Paris"))[2], 3);
  // The largest weight survives quantisation; a dropped feature scores 0.
  TagScores scores{};
  parsed->weights.AddScores(50 * 0x9e3779b97f4a7c15ull, scores.data());
  EXPECT_NEAR(scores[50 % kNumTags], 5.0f, 1e-3);
  TagScores none{};
  parsed->weights.AddScores(1 * 0x9e3779b97f4a7c15ull, none.data());
  EXPECT_EQ(none[1], 0.0f);
}

TEST(ModelFileTest, RejectsTruncatedCorruptAndForeignFiles) {
  const std::string bytes = SerializeModel(SmallModel());
  for (size_t cut : {size_t{0}, size_t{5}, size_t{20}, bytes.size() / 2, bytes.size() - 1}) {
    auto parsed = ParseModel(bytes.substr(0, cut));
    EXPECT_EQ(parsed.status().code(), absl::StatusCode::kInvalidArgument) << cut;
  }
  std::string corrupt = bytes;
  corrupt[bytes.size() / 2] ^= 0x40;
  EXPECT_EQ(ParseModel(corrupt).status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ParseModel("PK\x03\x04 a zip file, not a model").status().code(),
            absl::StatusCode::kInvalidArgument);
  std::string future = bytes;
  future[12] = 99;  // the version field after the magic
  auto parsed = ParseModel(future);
  EXPECT_EQ(parsed.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(parsed.status().message().find("version"), std::string::npos);
}

TEST(ModelFileTest, MissingFileIsNotFound) {
  EXPECT_EQ(ReadModel("/nonexistent/ner.bin").status().code(), absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace saywho::ner
