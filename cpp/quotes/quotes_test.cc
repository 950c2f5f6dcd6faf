#include "quotes/quotes.h"
#include "gtest/gtest.h"
namespace saywho { namespace {
TEST(QuotesTest, Runs) { Document d; Lexicon l; EXPECT_TRUE(FindQuotes(l, &d).ok()); }
}}  // namespace saywho
