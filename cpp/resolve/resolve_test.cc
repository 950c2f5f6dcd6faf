#include "resolve/resolve.h"
#include "gtest/gtest.h"
namespace saywho { namespace {
TEST(ResolveTest, Runs) { Document d; Lexicon l; EXPECT_TRUE(Resolve(l, &d).ok()); }
}}  // namespace saywho
