#include "common/utf8.h"

#include <string>

#include "gtest/gtest.h"

namespace saywho {
namespace {

TEST(Utf8Test, FindsFirstInvalidByte) {
  EXPECT_EQ(FindInvalidUtf8("plain ascii text, long enough for words"), kValidUtf8);
  EXPECT_EQ(FindInvalidUtf8("caf\xC3\xA9 \xF0\x9F\x98\x80"), kValidUtf8);
  EXPECT_EQ(FindInvalidUtf8("abc\xFFz"), 3u);
  EXPECT_EQ(FindInvalidUtf8("abcdefghij\xC3"), 10u);          // truncated
  EXPECT_EQ(FindInvalidUtf8("\xC0\x80"), 0u);                 // overlong NUL
  EXPECT_EQ(FindInvalidUtf8("x\xED\xA0\x80"), 1u);            // surrogate
  EXPECT_EQ(FindInvalidUtf8("\xF4\x90\x80\x80"), 0u);         // > U+10FFFF
  EXPECT_EQ(FindInvalidUtf8(std::string("a\0b", 3)), kValidUtf8);  // NUL is valid
}

TEST(Utf8Test, ReplacesMaximalSubparts) {
  EXPECT_EQ(ReplaceInvalidUtf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
  // A truncated 3-byte sequence is one maximal subpart: one U+FFFD.
  EXPECT_EQ(ReplaceInvalidUtf8("a\xE2\x82" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(FindInvalidUtf8(ReplaceInvalidUtf8("\xC0\xAF\xFE\xED\xA0\x80")), kValidUtf8);
}

TEST(Utf8Test, CodepointIndexRoundTrips) {
  // a é 😀 中 b: bytes 1+2+4+3+1
  std::string text = "a\xC3\xA9\xF0\x9F\x98\x80\xE4\xB8\xAD" "b";
  CodepointIndex index(text);
  EXPECT_FALSE(index.ascii());
  EXPECT_EQ(index.length(), 5u);
  const uint32_t bytes[] = {0, 1, 3, 7, 10, 11};
  for (uint32_t cp = 0; cp <= 5; ++cp) {
    EXPECT_EQ(index.ToCodepoint(bytes[cp]), cp);
    EXPECT_EQ(index.ToByte(cp), bytes[cp]);
  }
}

TEST(Utf8Test, AsciiIndexIsIdentity) {
  CodepointIndex index("hello");
  EXPECT_TRUE(index.ascii());
  EXPECT_EQ(index.ToCodepoint(3), 3u);
  EXPECT_EQ(index.ToByte(5), 5u);
}

}  // namespace
}  // namespace saywho
