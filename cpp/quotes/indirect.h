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

}  // namespace saywho::quotes

#endif  // SAYWHO_QUOTES_INDIRECT_H_
