#include "segment/segment.h"
#include "gtest/gtest.h"
namespace saywho { namespace {
TEST(SegmentTest, Runs) { Document d; Lexicon l; EXPECT_TRUE(Segment(l, &d).ok()); }
}}  // namespace saywho
