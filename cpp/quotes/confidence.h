// How far to trust a quotation of reported speech (kind indirect). The
// rules that find reported speech are right about two times in three on
// PolNeAR, and which ones are right shows in the quotation itself: its cue,
// whether it names a speaker and how, how long its content is and how it
// opens. A logistic model over those features, trained on PolNeAR train by
// models/build_quote_confidence.py, turns them into the probability that
// the quotation matches a reported quotation of the corpus with the same
// speaker (or none, where it names none). Its weights ship as the lexicon
// table "quote_reported_confidence_weights" (feature<TAB>weight).
#ifndef SAYWHO_QUOTES_CONFIDENCE_H_
#define SAYWHO_QUOTES_CONFIDENCE_H_

#include <string>
#include <vector>

#include "saywho/document.h"
#include "saywho/lexicon.h"

namespace saywho::quotes {

// The features of quotation `q` of `doc`, read from its spans (UTF-8 byte
// offsets into doc.text) and its speaker's entity: the cue's words, the
// kind of speaker (none, a pronoun, a known entity, a description) and its
// length, the content's length (in powers of two words) and first word, and
// whether the cue comes before the content. Thread safe.
std::vector<std::string> ReportedQuoteFeatures(const Document& doc, const Quote& q);

// The shipped model's probability for `q` (the logistic of the sum of the
// weights of its features), or `fallback` when `lexicon` has no such table.
// Thread safe.
float ReportedQuoteConfidence(const Lexicon& lexicon, const Document& doc, const Quote& q, float fallback);

}  // namespace saywho::quotes

#endif  // SAYWHO_QUOTES_CONFIDENCE_H_
