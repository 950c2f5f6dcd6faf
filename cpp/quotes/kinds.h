// Telling quotation kinds apart: a speaker's full words (direct), a quoted
// fragment in the writer's sentence (partial), and words quoted as words,
// titles and scare quotes (term).
#ifndef SAYWHO_QUOTES_KINDS_H_
#define SAYWHO_QUOTES_KINDS_H_

#include <cstdint>

#include "quotes/layout.h"

namespace saywho::quotes {

// True for a block that can hold only terms: a heading, the header block, or
// (when the reader gave no kinds) a short line without a sentence's final
// punctuation, such as a title or a subtitle.
bool IsTitleBlock(const Layout& layout, uint32_t block);

// True when the quoted words [first, end) read as a sentence of their own:
// they open with a capital letter or a digit and hold at least `min_words`
// words, or end with . ! ? (inside the marks).
bool IsSentenceLike(const Layout& layout, uint32_t first, uint32_t end, uint32_t min_words);

// True when the quoted words [first, end) end with . ! ? (a closing mark
// or bracket may follow).
bool EndsSentence(const Layout& layout, uint32_t first, uint32_t end);

// True for words [first, end) in title case, at most `max_words` of them:
// the first and every word of four letters or more capitalized (or a
// number), no . ! ? but one final period. With the default bound, a short
// name of a work or a slogan ("Good Morning America", "Make America Great
// Again").
inline constexpr uint32_t kMaxTitleCaseWords = 8;
bool IsTitleCase(const Layout& layout, uint32_t first, uint32_t end, uint32_t max_words = kMaxTitleCaseWords);

// True when words [first, colon) before a colon are a label of the page
// ("Contributing:", "CORRECTION:", "Editor's note:"), not a speaker: the
// whole phrase or its first word is in quote_colon_labels.
bool IsColonLabel(const Layout& layout, const Lexicon& lexicon, uint32_t first, uint32_t colon);

// True when words [from, to) hold nothing but punctuation.
bool OnlyPunct(const Layout& layout, uint32_t from, uint32_t to);

// True when word `w` is a dash set off by a space from the word before
// ("the plan - a claim ..."), not a hyphen inside a word.
bool IsSpacedDash(const Layout& layout, uint32_t w);

}  // namespace saywho::quotes

#endif  // SAYWHO_QUOTES_KINDS_H_
