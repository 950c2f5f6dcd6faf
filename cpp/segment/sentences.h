// Sentence boundaries: ICU's sentence breaks, corrected by our own layer.
//
// ICU (root rules) breaks after every ". " before a capital and after every
// "?", "!" and line feed. This layer, working on our tokens:
//  - ignores a break inside a token (URLs, decimals, e-mail addresses);
//  - after an abbreviation, initial or ellipsis ("Dr.", "Inc.", "W.", "U.S.",
//    "...") keeps a break only when the next word plausibly starts a
//    sentence (a listed capitalised function word: "U.S. Then"), never after
//    a title or "e.g." (seg_nonfinal_abbreviations), and adds that break
//    where ICU missed it;
//  - leaves footnote markers ("[17]") with the sentence before them;
//  - keeps "?" and "!" followed by a lower-case word together ('"Why?" he
//    asked.'), or, after a closing quotation mark, by a name and a speech
//    verb ('"Why?" Smith asked.'), so a closing quotation mark and its
//    attribution stay with their sentence;
//  - in body text treats a single line feed as a space (wrapped lines), while
//    in headings, headers and footers each line is a sentence of its own, and
//    a heading line is never split further.
#ifndef SAYWHO_SEGMENT_SENTENCES_H_
#define SAYWHO_SEGMENT_SENTENCES_H_

#include <string_view>

#include "absl/status/status.h"
#include "saywho/document.h"
#include "saywho/lexicon.h"

namespace saywho {

// Marks with kSentenceStart the tokens [first_token, end_token) of `tokens`
// that start a sentence inside `paragraph` (those tokens must be the
// paragraph's, in order; the first one always starts a sentence). `text` is
// the document text (valid UTF-8). Thread safe (this thread's ICU iterator);
// linear in the paragraph's length.
absl::Status MarkSentenceStarts(std::string_view text, const Paragraph& paragraph,
                                const Lexicon& lexicon, uint32_t first_token, uint32_t end_token,
                                Tokens* tokens);

}  // namespace saywho

#endif  // SAYWHO_SEGMENT_SENTENCES_H_
