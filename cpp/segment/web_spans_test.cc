#include "segment/web_spans.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace saywho {
namespace {

using Strings = std::vector<std::string>;
std::vector<std::string> Spans(const std::string& text) {
  std::vector<ByteSpan> spans;
  FindWebSpans(text, 0, static_cast<Offset>(text.size()), &spans);
  std::vector<std::string> out;
  for (const ByteSpan& s : spans) out.push_back(text.substr(s.start, s.end - s.start));
  return out;
}


TEST(WebSpansTest, Urls) {
  EXPECT_EQ(Spans("go to https://a.com/x?q=1&r=2#top. Then"),
              (Strings{"https://a.com/x?q=1&r=2#top"}));
  EXPECT_EQ(Spans("(http://x.org/A_(b)) and ftp://files.net/a.txt, done"),
              (Strings{"http://x.org/A_(b)", "ftp://files.net/a.txt"}));
  EXPECT_EQ(Spans("visit www.bbc.co.uk/news!"), (Strings{"www.bbc.co.uk/news"}));
  EXPECT_EQ(Spans("\"https://q.com/\u201d"), (Strings{"https://q.com/"}));
}

TEST(WebSpansTest, EmailAddresses) {
  EXPECT_EQ(Spans("write to jane.doe+x@mail.example.com."),
              (Strings{"jane.doe+x@mail.example.com"}));
  EXPECT_EQ(Spans("a@b @c x@y.z x@localhost"), (Strings{}));
}

TEST(WebSpansTest, NotUrls) {
  EXPECT_EQ(Spans("ratio 3://4, a: //, x:// , awww.x"), (Strings{}));
}

TEST(WebSpansTest, RespectsRange) {
  std::string text = "xx https://a.com yy";
  std::vector<ByteSpan> spans;
  FindWebSpans(text, 0, 14, &spans);  // cuts the URL
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].start, 3u);
  EXPECT_EQ(spans[0].end, 14u);
}

TEST(WebSpansTest, LinearOnAdversarialInput) {
  std::string text;
  for (int i = 0; i < 200000; ++i) text += "a@b:/";
  text += std::string(500000, 'a') + "@";
  std::vector<ByteSpan> spans;
  FindWebSpans(text, 0, static_cast<Offset>(text.size()), &spans);
  EXPECT_TRUE(spans.empty());
}

}  // namespace
}  // namespace saywho
