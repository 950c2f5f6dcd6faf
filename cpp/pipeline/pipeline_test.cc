#include "pipeline/pipeline.h"

#include "gtest/gtest.h"

namespace saywho {
namespace {

TEST(PipelineTest, BatchKeepsInputOrderAndPerItemErrors) {
  auto pipeline = Pipeline::Load("", "");
  ASSERT_TRUE(pipeline.ok()) << pipeline.status();
  std::vector<std::string> sources = {"one", "two \xFF bad", "three", ""};
  ReadOptions read{.format = Format::kText};
  auto results = (*pipeline)->ProcessBatch(sources, read, StageOptions{}, 3);
  ASSERT_EQ(results.size(), 4u);
  ASSERT_TRUE(results[0].ok());
  EXPECT_EQ(results[0]->text, "one");
  EXPECT_FALSE(results[1].ok());
  EXPECT_EQ(results[1].status().code(), absl::StatusCode::kInvalidArgument);
  ASSERT_TRUE(results[2].ok());
  EXPECT_EQ(results[2]->text, "three");
  ASSERT_TRUE(results[3].ok());
  EXPECT_TRUE(results[3]->text.empty());
}

TEST(PipelineTest, MissingResourcesAreAnError) {
  auto pipeline = Pipeline::Load("/nonexistent/saywho", "");
  EXPECT_FALSE(pipeline.ok());
}

}  // namespace
}  // namespace saywho
