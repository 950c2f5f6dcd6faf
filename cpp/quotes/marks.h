// Finding and pairing quotation marks.
//
// Marks: straight and curly double quotes, doubled apostrophes used as double
// quotes (''...'', as some newspapers print them), single quotes told apart
// from apostrophes (don't, Xi's, the '60s, officials'), and guillemets. A
// straight double mark typed for an apostrophe (China"s, don"t) is none.
// Direction comes from the glyph where it has one and from the characters
// around the mark where it does not. A quotation left open at the end of a
// paragraph continues into the next paragraph when that one re-opens with a
// mark (the convention for quotations of several paragraphs), and closes at
// the paragraph end otherwise. Never fails: junk input gives fewer spans.
#ifndef SAYWHO_QUOTES_MARKS_H_
#define SAYWHO_QUOTES_MARKS_H_

#include <string_view>
#include <vector>

#include "quotes/layout.h"
#include "saywho/document.h"

namespace saywho::quotes {

struct QuotedSpan {
  Offset open = 0;    // first byte of the opening mark
  Offset start = 0;   // the quoted words: after the opening mark...
  Offset end = 0;     // ... up to the closing mark (or the paragraph end)
  Offset close = 0;   // one past the closing mark; == end when left open
  int depth = 0;      // 0: outermost; 1: inside another quotation; ...
  bool closed = true; // false: no closing mark was found
  int paragraphs = 1; // how many paragraphs the quotation runs over
};

// True for a character that may be a quotation mark (or an apostrophe):
// straight and curly quotes, low-9 quotes, guillemets. Thread safe.
bool IsQuoteChar(char32_t c);

// All quotations in `text`, in order of their opening marks. Marks are paired
// within a block, and across blocks only by the re-opening convention above.
// Offsets are UTF-8 byte offsets. Linear in the text size. Thread safe.
std::vector<QuotedSpan> FindQuotedSpans(std::string_view text,
                                        const std::vector<Block>& blocks);

}  // namespace saywho::quotes

#endif  // SAYWHO_QUOTES_MARKS_H_
