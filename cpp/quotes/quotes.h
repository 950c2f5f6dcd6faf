// Stage 5: quotations, their kind, cue and speaker.
#ifndef SAYWHO_QUOTES_QUOTES_H_
#define SAYWHO_QUOTES_QUOTES_H_

#include "absl/status/status.h"
#include "saywho/document.h"
#include "saywho/lexicon.h"

namespace saywho {

// What counts as one quotation. The defaults follow the project's reference
// annotation (shared/seed/gold.json, SCHEMA.md): quotations in marks only,
// and each sentence of a speaker's words after its frame a quotation of its
// own. Corpora of reported speech such as PolNeAR count differently; the
// switches below give their reading.
struct QuoteOptions {
  // Also report the paraphrase around a quoted fragment ("X said the plan
  // is "dead"") as one indirect quote that holds the fragment.
  bool paraphrases = false;
  // Also report speech without marks (kIndirect): "X said (that) ...",
  // "according to X, ...", "..., X said." Implies paraphrases.
  bool reported_speech = false;
  // Join a framed quotation and the quotations that go on from it in the
  // same paragraph ("A," X said. "B.") into one quotation.
  bool join_continuations = false;
};

// Fills doc->quotes from doc->text, tokens, sentences, mentions and entities.
// Uses doc->paragraphs, doc->tokens, doc->sentences and doc->mentions when
// present and falls back on its own simple layout when they are not. Quote
// offsets are UTF-8 byte offsets into doc->text. Never fails on unbalanced
// marks: it keeps the best reading. Thread safe for distinct documents;
// linear in the text size.
absl::Status FindQuotes(const Lexicon& lexicon, Document* doc);
absl::Status FindQuotes(const Lexicon& lexicon, const QuoteOptions& options, Document* doc);

// Adds to `lexicon` what FindQuotes would otherwise work out for every word
// of every document: the list quote_cue_vocabulary, every word that may
// open a cue of reported speech (the first words of the cue verbs, phrases,
// nouns, the wider reported verbs, the evidentials and the words the learned
// cue model knows). Optional: FindQuotes gives the same results without it,
// more slowly. Call once the lists are loaded and before the lexicon is
// shared; not thread safe.
void PrepareQuoteLexicon(Lexicon* lexicon);

}  // namespace saywho

#endif  // SAYWHO_QUOTES_QUOTES_H_
