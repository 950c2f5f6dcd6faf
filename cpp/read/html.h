// HTML: character references, tags, and the HTML reader. The Markdown reader
// uses the same tag and entity handling for raw HTML inside Markdown.
#ifndef SAYWHO_READ_HTML_H_
#define SAYWHO_READ_HTML_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "read/text_builder.h"
#include "saywho/document.h"

namespace saywho {

// Decodes the character reference (named, &#decimal; or &#xhex;) starting at
// s[i] == '&'. Appends its UTF-8 to *out and returns the number of source
// bytes it spans, or 0 when s[i] starts no reference. Named references need
// their ';' except the legacy ones (&amp &lt &nbsp ...). Invalid numbers
// decode to U+FFFD as browsers do. Looks at most 40 bytes ahead.
size_t DecodeCharacterReference(std::string_view s, size_t i,
                                std::string* out);

// Appends the character reference at s[i] decoded, or else the byte s[i]
// itself; returns how many bytes of `s` it used (at least 1).
size_t AppendDecodedByte(std::string_view s, size_t i, std::string* out);

// `s` with every character reference decoded.
std::string DecodeCharacterReferences(std::string_view s);

struct HtmlTag {
  std::string name;             // lower case
  bool closing = false;         // </name>
  bool self_closing = false;    // <name/>
  std::string_view attributes;  // raw, between the name and '>'
  size_t end = 0;               // one past the '>' in the parsed string
};

// Parses the open or close tag at s[i] == '<'. Returns nullopt when s[i]
// starts no tag (e.g. "a < b"), when no '>' comes within 4096 bytes, or when
// another tag could start before the '>' (a '<' outside quotes, or "<x",
// "</", "<!" inside them), so that junk input costs linear time.
std::optional<HtmlTag> ParseTag(std::string_view s, size_t i);

// The entity-decoded value of attribute `name` (lower case) of `tag`, or
// nullopt when absent.
std::optional<std::string> TagAttribute(const HtmlTag& tag,
                                        std::string_view name);

// A footnote marker written as HTML: "<sup>[6]</sup>", "<sup>6</sup>",
// "<sup><a href="#fn6">[6]</a></sup>", at s[i] == '<'.
struct SupFootnote {
  int n = 0;
  std::string url;  // the inner link's href when it is not an in-page "#..."
  size_t end = 0;   // one past "</sup>"
};
std::optional<SupFootnote> ParseSupFootnote(std::string_view s, size_t i);

// What inline and block tags do to the clean text, for HTML documents and for
// raw HTML inside Markdown: <em>/<i>/<cite> record italic, <b>/<strong> bold,
// <code> code, <a href> a link; block elements (p, div, li, h1-h6, br, tr,
// blockquote, section, ...) end the paragraph. Unbalanced tags are ignored.
// Not thread safe; one per document.
class InlineTags {
 public:
  explicit InlineTags(TextBuilder* builder) : builder_(builder) {}
  // Applies `tag`, which starts at source offset `source`.
  void Apply(const HtmlTag& tag, Offset source);

 private:
  struct Open {
    std::string name;
    Offset start;
    std::string href;
  };
  TextBuilder* builder_;
  std::vector<Open> open_;
};

// Reads an HTML document into doc->text, paragraphs, markup, citations and
// the metadata it declares (<title>, <meta>, og:*, <link rel=canonical>,
// <time datetime>, the first <h1>). Script, style, the head, navigation,
// asides (sidebars), forms and embedded media are dropped. Never fails; linear in the input size. doc->source is not
// touched; offsets in doc->source_map index `source`.
void ReadHtml(std::string_view source, Document* doc);

}  // namespace saywho

#endif  // SAYWHO_READ_HTML_H_
