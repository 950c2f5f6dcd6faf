// Reported speech without quotation marks: "X said (that) ...", "according
// to X, ...", "..., X said." The content clause is the quotation's span.
#ifndef SAYWHO_QUOTES_INDIRECT_H_
#define SAYWHO_QUOTES_INDIRECT_H_

#include "quotes/attribution.h"
#include "quotes/layout.h"
#include "saywho/document.h"
#include "saywho/lexicon.h"

namespace saywho::quotes {

// Appends kIndirect quotes to doc->quotes: the paraphrase around each
// partial quotation that has a cue before it, and, when `from_cues`, the
// content of every reporting frame whose content is not already a marked
// quotation in doc->quotes. Linear in the number of words and quotes. Not
// thread safe on one document.
void AddIndirectQuotes(const Layout& layout, const Lexicon& lexicon, const Attributor& attributor,
                       bool from_cues, Document* doc);

// The list of every word that may open a cue of reported speech, derived by
// AddCueVocabulary: a word outside it is passed over at once. Without the
// list every word is tried.
inline constexpr LexiconName kCueVocabulary = "quote_cue_vocabulary";
// Adds kCueVocabulary to `lexicon`, from its cue lists (cues.h), the wider
// reported verbs, the evidentials and the learned cue model's words. Not
// thread safe.
void AddCueVocabulary(Lexicon* lexicon);

}  // namespace saywho::quotes

#endif  // SAYWHO_QUOTES_INDIRECT_H_
