#include "read/html.h"

#include <string>

#include "gtest/gtest.h"
#include "read/test_util.h"

namespace saywho {
namespace {

using ::saywho::testing::Html;
using ::saywho::testing::ParagraphTexts;
using ::saywho::testing::SourceSlice;
using ::saywho::testing::Words;

TEST(HtmlTest, CharacterReferences) {
  EXPECT_EQ(DecodeCharacterReferences("&amp; &lt;&gt; &quot;&#39; &#8217;&#x2019;&#X41;"),
            "& <> \"' ’’A");
  EXPECT_EQ(DecodeCharacterReferences("&rsquo;&mdash;&nbsp;&eacute;&hellip;&copy;&euro;"),
            "’—\xC2\xA0" "é…©€");
  // Legacy names work without ';', others do not.
  EXPECT_EQ(DecodeCharacterReferences("&amp &copy2019 &rsquo &notanentity; AT&T"),
            "& ©2019 &rsquo &notanentity; AT&T");
  EXPECT_EQ(DecodeCharacterReferences("&#0;&#xD800;&#x110000;&#"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD&#");
}

TEST(HtmlTest, ParseTag) {
  std::string s = "<A HREF='x>y' data-x=\"1\" checked>";
  std::optional<HtmlTag> tag = ParseTag(s, 0);
  ASSERT_TRUE(tag.has_value());
  EXPECT_EQ(tag->name, "a");
  EXPECT_FALSE(tag->closing);
  EXPECT_EQ(tag->end, s.size());
  EXPECT_EQ(TagAttribute(*tag, "href"), "x>y");
  EXPECT_EQ(TagAttribute(*tag, "data-x"), "1");
  EXPECT_EQ(TagAttribute(*tag, "checked"), "");
  EXPECT_EQ(TagAttribute(*tag, "title"), std::nullopt);
  EXPECT_TRUE(ParseTag("</p >", 0)->closing);
  EXPECT_TRUE(ParseTag("<br/>", 0)->self_closing);
  EXPECT_FALSE(ParseTag("< p>", 0).has_value());
  EXPECT_FALSE(ParseTag("<a+b>", 0).has_value());
  EXPECT_FALSE(ParseTag("<a href=x", 0).has_value());
  EXPECT_FALSE(ParseTag("<a <b>", 0).has_value());
  EXPECT_EQ(TagAttribute(*ParseTag("<a title=\"A &amp; B\">", 0), "title"), "A & B");
}

TEST(HtmlTest, SupFootnotes) {
  std::string s = "<sup>[6]</sup>";
  std::optional<SupFootnote> note = ParseSupFootnote(s, 0);
  ASSERT_TRUE(note.has_value());
  EXPECT_EQ(note->n, 6);
  EXPECT_EQ(note->end, s.size());
  EXPECT_EQ(ParseSupFootnote("<sup> 12 </sup>", 0)->n, 12);
  s = "<sup><a href=\"#fn3\">3</a></sup>";
  ASSERT_TRUE(ParseSupFootnote(s, 0).has_value());
  EXPECT_EQ(ParseSupFootnote(s, 0)->url, "");
  EXPECT_EQ(ParseSupFootnote("<sup><a href='https://x.example'>[4]</a></sup>", 0)->url,
            "https://x.example");
  EXPECT_FALSE(ParseSupFootnote("<sup>th</sup>", 0).has_value());
  EXPECT_FALSE(ParseSupFootnote("<sup>[1</sup>", 0).has_value());
}

TEST(HtmlTest, BlocksBecomeParagraphs) {
  Document doc = Html(
      "<html><head><title>T</title><style>p{}</style><script>var a='<p>';</script></head>"
      "<body><nav><a href=/>Home</a></nav><h1>The  Title</h1><div>First\n  line<br>second"
      "</div><p>Para <b>bold</b> and <i>Work</i>.</p><ul><li>one</li><li>two</li></ul>"
      "<blockquote>quote</blockquote><table><tr><td>a</td><td>b</td></tr></table>"
      "<!-- comment --><p>&ldquo;Done&rdquo;</p></body></html>");
  EXPECT_EQ(ParagraphTexts(doc),
            (std::vector<std::string>{"The Title", "First line", "second", "Para bold and Work.",
                                      "one", "two", "quote", "a b", "“Done”"}));
  EXPECT_EQ(doc.paragraphs[0].kind, BlockKind::kHeading);
  EXPECT_EQ(doc.paragraphs[1].kind, BlockKind::kBody);
  EXPECT_EQ(doc.paragraphs[4].kind, BlockKind::kListItem);
  EXPECT_EQ(doc.paragraphs[6].kind, BlockKind::kBody);
  ASSERT_EQ(doc.markup.size(), 2u);
  EXPECT_EQ(doc.Slice(doc.markup[0].start, doc.markup[0].end), "bold");
  EXPECT_EQ(doc.markup[0].kind, MarkupKind::kBold);
  EXPECT_EQ(doc.Slice(doc.markup[1].start, doc.markup[1].end), "Work");
  EXPECT_EQ(doc.markup[1].kind, MarkupKind::kItalic);
}

TEST(HtmlTest, LinksAndFootnotes) {
  Document doc = Html(
      "<p>See <a href=\"https://a.example\">the study</a><sup>[3]</sup>, and R&amp;D budgets "
      "<sup>[4]</sup> grew. <a href='#'>x</a></p>");
  EXPECT_EQ(doc.text, "See the study, and R&D budgets grew. x");
  ASSERT_EQ(doc.citations.size(), 3u);
  EXPECT_EQ(doc.Slice(doc.citations[0].start, doc.citations[0].end), "the study");
  EXPECT_EQ(doc.citations[0].n, 3);
  EXPECT_EQ(doc.citations[0].url, "https://a.example");
  EXPECT_EQ(doc.Slice(doc.citations[1].start, doc.citations[1].end), "R&D budgets");
  EXPECT_EQ(doc.citations[1].n, 4);
  EXPECT_EQ(doc.citations[2].url, "");
}

TEST(HtmlTest, Metadata) {
  Document doc = Html(
      "<head><title>Page | Site</title>"
      "<meta property=\"og:title\" content=\"The &quot;Real&quot; Title\">"
      "<meta name=\"description\" content=\"A subtitle\">"
      "<meta name=author content=\"By Jane Doe\">"
      "<meta property=\"article:published_time\" content=\"2021-05-06T10:00:00Z\">"
      "<link rel=\"canonical\" href=\"https://e.example/a\"></head><body><p>x</p></body>");
  EXPECT_EQ(doc.metadata.title, "The \"Real\" Title");
  EXPECT_EQ(doc.metadata.subtitle, "A subtitle");
  EXPECT_EQ(doc.metadata.author, "Jane Doe");
  EXPECT_EQ(doc.metadata.date, "2021-05-06");
  EXPECT_EQ(doc.metadata.source_url, "https://e.example/a");
  EXPECT_EQ(doc.text, "x");

  Document plain = Html("<title>Only | Site</title><p><time datetime=\"2020-01-02\">Jan 2</time> "
                        "<meta property='og:url' content='https://o.example'></p>");
  EXPECT_EQ(plain.metadata.title, "Only");
  EXPECT_EQ(plain.metadata.date, "2020-01-02");
  EXPECT_EQ(plain.metadata.source_url, "https://o.example");
  EXPECT_EQ(Html("<h1>Head <em>line</em></h1><p>x</p>").metadata.title, "Head line");
}

TEST(HtmlTest, BrokenMarkupNeverFails) {
  EXPECT_EQ(Html("<p>unclosed <b>bold <i>x</div></span> y").text, "unclosed bold x\n\ny");
  EXPECT_EQ(Html("a < b and c > d").text, "a < b and c > d");
  EXPECT_EQ(Html("<script>never closed <p>x").text, "");
  EXPECT_EQ(Html("x <!-- never closed <p>y").text, "x");
  EXPECT_EQ(Html("<a href=\"x>y").text, "<a href=\"x>y");
  EXPECT_EQ(Html("</p></p><br><br>z").text, "z");
  EXPECT_EQ(Html("<p>a</p>\n\n\n<p>b</p>").text, "a\n\nb");
  // A head that is never closed ends where body content starts.
  EXPECT_EQ(Html("<head><title>T</title>\n<p>body text").text, "body text");
  EXPECT_EQ(Html("<head><meta name=a content=b>loose text").text, "loose text");
}

TEST(HtmlTest, SourceMap) {
  Document doc = Html("<p>Caf&eacute; <a href='u'>the <b>big</b> one</a></p>\n<p>Next &amp; last</p>");
  EXPECT_EQ(doc.text, "Café the big one\n\nNext & last");
  const Citation& link = doc.citations.at(0);
  EXPECT_EQ(Words(SourceSlice(doc, link.start, link.end)), Words("the <b>big</b> one"));
  size_t next = doc.text.find("Next");
  EXPECT_EQ(doc.source.substr(doc.ToSource(next), 4), "Next");
  size_t amp = doc.text.find("&");
  EXPECT_EQ(doc.source.substr(doc.ToSource(amp), 5), "&amp;");
  EXPECT_EQ(doc.source.substr(doc.ToSource(amp + 2), 4), "last");
}

}  // namespace
}  // namespace saywho
