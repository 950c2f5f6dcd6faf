// The Markdown reader: CommonMark blocks and inlines as they occur in
// exported articles, plus footnote markers and their reference list.
#ifndef SAYWHO_READ_MARKDOWN_H_
#define SAYWHO_READ_MARKDOWN_H_

#include <string_view>

#include "saywho/document.h"

namespace saywho {

// Reads Markdown `source` into doc->text, paragraphs, markup, citations and
// the metadata of a YAML front matter block (title, subtitle, author, date,
// url), if any.
//
// Blocks: ATX and setext headings (kHeading), paragraphs, list items
// (kListItem; bullet markers and ordered markers of up to 3 digits go), block
// quotes (the '>' goes), fenced and indented code (kept verbatim, kCode),
// thematic breaks (dropped). A hard line break (two trailing spaces, a
// backslash, <br>) ends the paragraph, so each such line is its own one.
// Inlines: emphasis (CommonMark's delimiter rules; an unmatched '*' or '_'
// stays as text) recorded as kItalic/kBold, code spans, links (inline,
// reference and autolinks: the text stays, a Citation and a kLink record
// the url), images (dropped), backslash escapes, character references, raw
// HTML tags (see InlineTags).
// Footnotes: markers "[6]", "[^6]", "<sup>[6]</sup>" (at most 3 digits, so
// "[2019]" stays text) leave the text and
// become numbered citations (see TextBuilder::AddFootnote); reference lines
// "[6] <url>", "- [6] [url](url)", "[6]: url" and numbered list items that
// hold only an address ("6. <url>") leave the text (with a heading right
// above them, e.g. "Links") and give the urls by number. Numbers listed
// there but never cited get an empty-anchored citation at the end of the
// text. Never fails; linear in the input size. doc->source_map indexes
// `source`.
void ReadMarkdown(std::string_view source, Document* doc);

}  // namespace saywho

#endif  // SAYWHO_READ_MARKDOWN_H_
