// Words and punctuation, CoNLL-2003 / Penn Treebank style, on ICU word breaks.
//
// ICU's word boundaries are the base; on top of them this layer
//  - keeps URLs and e-mail addresses whole (web_spans.h);
//  - keeps a period on an abbreviation or initial: "Inc.", "U.S.", "W.",
//    and on a list number opening a paragraph: "1.";
//  - joins hyphenated compounds ("year-earlier", "U.S.-Chinese", "6-4"),
//    ampersand names ("R&D", "AT&T"), clock times ("12:00am") and
//    numbers with slashes ("1/2", "8/27/2019");
//  - splits clitics as CoNLL does: "China's" -> "China" "'s", "don't" ->
//    "do" "n't", "can't" -> "ca" "n't", "they're" -> "they" "'re";
//  - joins runs of periods ("...", ". . .") and of hyphens ("--");
//  - splits a sentence end whose space was forgotten: "said.The";
//  - drops white space, control and format characters between tokens.
// Every token is a non-empty byte slice of the text that neither starts nor
// ends with white space.
#ifndef SAYWHO_SEGMENT_TOKENIZER_H_
#define SAYWHO_SEGMENT_TOKENIZER_H_

#include <string_view>

#include "absl/status/status.h"
#include "saywho/document.h"
#include "saywho/lexicon.h"

namespace saywho {

// Appends the tokens of text[begin, end) (byte offsets at code point
// boundaries, usually one paragraph) to *tokens, with flags kSpaceAfter and
// kPunct set. `text` must be valid UTF-8. Thread safe (uses this thread's ICU
// iterator); linear in end - begin; amortised, no heap allocation per token.
absl::Status Tokenize(std::string_view text, Offset begin, Offset end, const Lexicon& lexicon,
                      Tokens* tokens);

// Unicode white space (Pattern or not: U+00A0 and U+3000 count). For code
// points of text, shared by the sentence splitter and the tests.
bool IsWhiteSpace(char32_t c);
// IsWhiteSpace() of the code point starting at text[at].
bool IsWhiteSpaceAt(std::string_view text, Offset at);

// True when text[start, end) holds punctuation only (Unicode categories P*),
// plus spaces between punctuation as in ". . .".
bool IsPunctuation(std::string_view text, Offset start, Offset end);

}  // namespace saywho

#endif  // SAYWHO_SEGMENT_TOKENIZER_H_
