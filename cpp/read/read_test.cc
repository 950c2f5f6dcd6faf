#include "read/read.h"
#include "gtest/gtest.h"
namespace saywho { namespace {
TEST(ReadTest, PlainTextIsKept) {
  auto doc = Read("Hello.", ReadOptions{.format = Format::kText});
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "Hello.");
}
}}  // namespace saywho
