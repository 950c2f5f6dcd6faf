// Stage 2: tokens and sentences over Document::text.
#ifndef SAYWHO_SEGMENT_SEGMENT_H_
#define SAYWHO_SEGMENT_SEGMENT_H_

#include "absl/status/status.h"
#include "saywho/document.h"
#include "saywho/lexicon.h"

namespace saywho {

// Fills doc->tokens and doc->sentences from doc->text and doc->paragraphs
// (a sentence never crosses a paragraph). ICU word and sentence break
// iterators underneath, corrected by our own layer for abbreviations
// (lexicon list "abbreviations"), initials, decimals, URLs, e-mail addresses
// and closing quotation marks with their attribution. Thread safe.
absl::Status Segment(const Lexicon& lexicon, Document* doc);

}  // namespace saywho

#endif  // SAYWHO_SEGMENT_SEGMENT_H_
