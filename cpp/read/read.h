// Stage 1: source bytes -> Document{text, paragraphs, markup, citations,
// metadata, source_map}.
#ifndef SAYWHO_READ_READ_H_
#define SAYWHO_READ_READ_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "saywho/document.h"

namespace saywho {

enum class Format { kAuto = 0, kText, kMarkdown, kHtml };

struct ReadOptions {
  Format format = Format::kAuto;
  std::string filename;               // hint for sniffing the format; may be empty
  bool replace_invalid_utf8 = false;  // U+FFFD for bad bytes instead of an error
  // Markdown and HTML: join body paragraphs split mid-sentence (repair.h).
  // Plain text is never changed.
  bool repair_page_breaks = true;
  // Markdown and HTML: mark the header block (date, title, byline) and the
  // footer (copyright, "Source URL:") and take metadata from them. Plain text
  // is never classified, so that its paragraphs stay kBody.
  bool detect_header_footer = true;
};

// Guesses the format from the file name's extension (.md .markdown .mdown,
// .html .htm .xhtml, .txt .text), else from the first 4 KB of content: an
// HTML opening tag at the start or several block tags -> kHtml; Markdown
// links, "**", headings, quotes -> kMarkdown; else kText.
Format SniffFormat(std::string_view source, std::string_view filename);

// Reads `source` into a new Document. Plain text keeps the input unchanged
// (offsets index the input; paragraphs split at blank lines). Markdown and
// HTML give clean text whose Document::source_map maps back to
// Document::source, which holds the input (with U+FFFD for bad bytes when
// options.replace_invalid_utf8 replaced them). A "Source URL:" line stays in
// the text (as a kFooter paragraph); breadcrumb lines stay as kHeader. Invalid UTF-8 gives
// InvalidArgument "invalid UTF-8 at byte N", unless replace_invalid_utf8.
// Empty input gives an empty document. Never fails on malformed markup.
// Thread safe; linear in the input size.
absl::StatusOr<Document> Read(std::string source, const ReadOptions& options);

}  // namespace saywho

#endif  // SAYWHO_READ_READ_H_
