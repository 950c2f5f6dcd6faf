// Reported speech without quotation marks: "X said (that) ...", "according
// to X, ...", "..., X said." The content clause is the quotation's span.
#ifndef SAYWHO_QUOTES_INDIRECT_H_
#define SAYWHO_QUOTES_INDIRECT_H_

#include "quotes/attribution.h"
#include "quotes/layout.h"
#include "saywho/document.h"
#include "saywho/lexicon.h"

namespace saywho::quotes {

// Appends kIndirect quotes to doc->quotes for reporting frames whose content
// is not already a marked quotation found in doc->quotes. Linear in the
// number of words. Not thread safe on one document.
void AddIndirectQuotes(const Layout& layout, const Lexicon& lexicon, const Attributor& attributor,
                       Document* doc);

}  // namespace saywho::quotes

#endif  // SAYWHO_QUOTES_INDIRECT_H_
