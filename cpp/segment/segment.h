// Stage 2: tokens and sentences over Document::text.
#ifndef SAYWHO_SEGMENT_SEGMENT_H_
#define SAYWHO_SEGMENT_SEGMENT_H_

#include "absl/status/status.h"
#include "saywho/document.h"
#include "saywho/lexicon.h"

namespace saywho {

// Replaces doc->tokens and doc->sentences with those of doc->text.
//
// Tokens (tokenizer.h): CoNLL-2003 / Penn Treebank style on ICU word breaks
// — punctuation split off, "'s" and "n't" split, abbreviations, initials,
// hyphenated compounds, numbers, URLs and e-mail addresses kept whole. Each
// is a non-empty byte slice of the text without surrounding white space;
// flags kSpaceAfter, kPunct (Unicode punctuation only), kSentenceStart and
// kParagraphStart.
//
// Sentences (sentences.h): ICU sentence breaks corrected for abbreviations,
// initials, ellipses, quotations with their attribution and wrapped lines.
// A sentence never crosses a paragraph of doc->paragraphs (headings,
// headers and footers: one sentence or more per line); when the reader gave
// no paragraphs, blank lines (and deeper indented lines) divide them. Every
// token lies in exactly one sentence; text outside the paragraphs gets none.
//
// Word lists: seg_abbreviations, seg_titles, seg_sentence_starters
// (abbreviations.h); a lexicon without them still works, less well.
//
// Offsets are UTF-8 byte offsets into doc->text, which must be valid UTF-8
// shorter than 2 GiB (else InvalidArgument). Paragraphs out of range or
// overlapping are clamped, never trusted. Thread safe for distinct
// documents (each thread clones its own ICU iterators once); linear time.
absl::Status Segment(const Lexicon& lexicon, Document* doc);

}  // namespace saywho

#endif  // SAYWHO_SEGMENT_SEGMENT_H_
