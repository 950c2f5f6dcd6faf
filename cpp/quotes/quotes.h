// Stage 5: quotations, their kind, cue and speaker.
#ifndef SAYWHO_QUOTES_QUOTES_H_
#define SAYWHO_QUOTES_QUOTES_H_

#include "absl/status/status.h"
#include "saywho/document.h"
#include "saywho/lexicon.h"

namespace saywho {

// Fills doc->quotes from doc->text, tokens, sentences, mentions and entities.
// Never fails on unbalanced marks: it keeps the best reading. Thread safe.
absl::Status FindQuotes(const Lexicon& lexicon, Document* doc);

}  // namespace saywho

#endif  // SAYWHO_QUOTES_QUOTES_H_
