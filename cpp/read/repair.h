// Page-break repair: joins body paragraphs that a page or column break split
// in the middle of a sentence.
#ifndef SAYWHO_READ_REPAIR_H_
#define SAYWHO_READ_REPAIR_H_

#include <cstddef>

#include "saywho/document.h"

namespace saywho {

// Joins two consecutive kBody paragraphs with one space (replacing their
// "\n\n") when the first stops mid-sentence - it ends with no terminal
// punctuation or closing quote - and either the second starts with a lower
// case letter ("military / backwardness") or the first is a full paragraph
// (8 words or more) whose last word is in lower case ("norms give / Chinese
// labs"), which a finished paragraph hardly ever is.
//
// Every offset layer (paragraphs, markup, citations, source_map) is shifted
// so that Document::ToSource still maps clean offsets to the source. Must run
// before any layer beyond those exists. Returns the number of joins. Linear
// in the text size plus (layers) * log(joins).
size_t RepairPageBreaks(Document* doc);

}  // namespace saywho

#endif  // SAYWHO_READ_REPAIR_H_
