#include "entities/recognizer.h"
#include "gtest/gtest.h"
namespace saywho { namespace {
TEST(RecognizerTest, MissingModelIsAnError) {
  EXPECT_FALSE(EntityRecognizer::Load("/nonexistent", nullptr).ok());
}
}}  // namespace saywho
