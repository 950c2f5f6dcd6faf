// The segmenter's word lists (resources/lexicon/seg_*.txt) and the word
// shapes it recognises without a list.
//
// Lists, by Lexicon list name:
//   seg_abbreviations      "Inc.", "Sept.", "Calif.", "Ph.D.", "etc." — a word
//                          that keeps its period; may end a sentence.
//   seg_nonfinal_abbreviations  "Mr.", "Dr.", "Gen.", "e.g." — titles that
//                          stand before a name and Latin abbreviations that
//                          introduce what follows: never the end of a sentence.
//   seg_sentence_starters  "The", "He", "But" — capitalised function words
//                          that, after an abbreviation, show that a new
//                          sentence has begun ("in the U.S. Then ...").
//   seg_attribution_verbs  "said", "asked" — speech verbs that, after a name
//                          following '?"' or '!"', make an attribution.
// A Lexicon without these lists is valid: only the list-free shapes
// (initials, dotted initialisms) are then recognised.
//
// All functions are thread safe and allocate nothing for words of up to 15
// bytes (longer words are never abbreviations).
#ifndef SAYWHO_SEGMENT_ABBREVIATIONS_H_
#define SAYWHO_SEGMENT_ABBREVIATIONS_H_

#include <string_view>

#include "saywho/lexicon.h"

namespace saywho {

inline constexpr LexiconName kAbbreviationList = "seg_abbreviations";
inline constexpr LexiconName kNonFinalList = "seg_nonfinal_abbreviations";
inline constexpr LexiconName kSentenceStarterList = "seg_sentence_starters";
inline constexpr LexiconName kAttributionVerbList = "seg_attribution_verbs";

// True for "W." (an initial), "U.S.", "a.m.", "D.C." (single letters joined
// by periods), with the final period included.
bool IsInitialism(std::string_view word);

// True when `word` (final period included) is listed in seg_abbreviations or
// seg_nonfinal_abbreviations, as written or, when `word` is in capitals ("INC."), case-folded.
bool IsKnownAbbreviation(const Lexicon& lexicon, std::string_view word);

// True for abbreviations that never end a sentence ("Dr.", "MR.", "e.g.").
bool IsNonFinalAbbreviation(const Lexicon& lexicon, std::string_view word);

// True when a capitalised `word` plausibly starts a sentence ("The", "THE").
bool IsSentenceStarter(const Lexicon& lexicon, std::string_view word);

// True for a listed speech verb of an attribution ("said", "asked").
bool IsAttributionVerb(const Lexicon& lexicon, std::string_view word);

}  // namespace saywho

#endif  // SAYWHO_SEGMENT_ABBREVIATIONS_H_
