#include "segment/abbreviations.h"

namespace saywho {
namespace {

// Longer words are neither abbreviations nor starters; the bound also keeps
// case-folded lookups inside std::string's small buffer (no heap allocation).
constexpr size_t kMaxListedWord = 15;

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }

bool HasNoLowercase(std::string_view word) {
  for (char c : word) {
    if (IsAsciiLower(c)) return false;
  }
  return true;
}

// As listed, or — for a word written in capitals, as in headlines and wire
// copy — as listed in any case.
bool InList(const Lexicon& lexicon, LexiconName list, std::string_view word) {
  if (word.empty() || word.size() > kMaxListedWord) return false;
  if (lexicon.Contains(list, word)) return true;
  return HasNoLowercase(word) && lexicon.ContainsFolded(list, word);
}

}  // namespace

bool IsInitialism(std::string_view word) {
  // letter '.' (letter '.')*
  if (word.size() < 2 || word.size() % 2 != 0) return false;
  for (size_t i = 0; i < word.size(); i += 2) {
    char c = word[i];
    if (!(IsAsciiUpper(c) || IsAsciiLower(c)) || word[i + 1] != '.') return false;
  }
  // A lone lower-case letter ("a.") is a word at the end of a sentence more
  // often than an initial.
  return word.size() > 2 || IsAsciiUpper(word[0]);
}

bool IsKnownAbbreviation(const Lexicon& lexicon, std::string_view word) {
  return InList(lexicon, kAbbreviationList, word) || InList(lexicon, kNonFinalList, word);
}

bool IsNonFinalAbbreviation(const Lexicon& lexicon, std::string_view word) {
  return InList(lexicon, kNonFinalList, word);
}

bool IsSentenceStarter(const Lexicon& lexicon, std::string_view word) {
  return InList(lexicon, kSentenceStarterList, word);
}

bool IsAttributionVerb(const Lexicon& lexicon, std::string_view word) {
  return word.size() <= kMaxListedWord && lexicon.Contains(kAttributionVerbList, word);
}

}  // namespace saywho
