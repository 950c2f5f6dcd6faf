// URLs and e-mail addresses: spans the tokenizer keeps whole and the sentence
// splitter never cuts (ICU would split "a?b=c" and "x.com/a" apart).
#ifndef SAYWHO_SEGMENT_WEB_SPANS_H_
#define SAYWHO_SEGMENT_WEB_SPANS_H_

#include <string_view>
#include <vector>

#include "saywho/document.h"

namespace saywho {

struct ByteSpan {
  Offset start = 0;
  Offset end = 0;
};

// Appends to *spans, in order and without overlap, the URLs ("scheme://...",
// "www.host...") and e-mail addresses ("name@host.tld") inside text[begin, end)
// (byte offsets). Trailing sentence punctuation and an unbalanced closing
// bracket are left out of a URL. Linear in end - begin; thread safe.
void FindWebSpans(std::string_view text, Offset begin, Offset end, std::vector<ByteSpan>* spans);

}  // namespace saywho

#endif  // SAYWHO_SEGMENT_WEB_SPANS_H_
