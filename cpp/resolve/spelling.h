// Misspelt names: which of an article's names a word no list knows may stand
// for ("Bauchtman" for "Buchtmann", "Esfahan" for "Isfahan").
#ifndef SAYWHO_RESOLVE_SPELLING_H_
#define SAYWHO_RESOLVE_SPELLING_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"

namespace saywho {

// Edit distance (insertions, deletions, substitutions and swaps of two
// neighbouring bytes) between a and b, capped at cap + 1. O(|a| * |b|) time;
// no heap allocation for words of up to 16 bytes. Thread safe.
size_t SpellingDistance(std::string_view a, std::string_view b, size_t cap);

// How many edits a misspelt word of `length` bytes may be from the intended
// one: one in a word of four to seven bytes, two from eight; none in shorter
// or very long words (over 16 bytes).
size_t AllowedMisspelling(size_t length);

// The spellings (folded words) of an article's names, in the order added,
// and the search for the one of them a word may be a misspelling of.
//
// Equivalent to a symmetric-deletion index (every spelling filed under each
// of its variants with up to AllowedMisspelling bytes deleted; a word looks
// up its own variants) whose size is bounded whatever the input: at most
// kMostPerVariant spellings per variant (a variant that common tells nothing)
// and kMostEntries entries in all. Most articles hold fewer spellings than
// kMostPerVariant, so that no variant can reach its bound, and a lookup then
// compares the word with each spelling directly; the index is built (and
// extended) only when a lookup finds more spellings than that, so that junk
// with thousands of names stays linear.
//
// Not thread safe (a lookup may extend the index); one per article.
class SpellingIndex {
 public:
  static constexpr size_t kMostPerVariant = 16;
  static constexpr size_t kMostEntries = 100000;

  // Adds a spelling; one too short or too long to be misspelt
  // (AllowedMisspelling 0) or already added is ignored.
  void Add(std::string_view spelling);

  // The one spelling other than `word` within min(AllowedMisspelling(word),
  // AllowedMisspelling(spelling)) edits of it; nullptr when there is none or
  // more than one. The pointer is valid until the next Add.
  const std::string* UniqueClose(std::string_view word);

 private:
  // Files spellings_[indexed_, end) under their deletion variants.
  void ExtendIndex();

  std::vector<std::string> spellings_;    // distinct, in the order added
  absl::flat_hash_set<std::string> seen_;  // the same, for Add's test
  // Deletion variant -> indices into spellings_, in order; holds
  // spellings_[0, indexed_) and `entries_` entries in all.
  absl::flat_hash_map<std::string, std::vector<uint32_t>> by_variant_;
  size_t indexed_ = 0;
  size_t entries_ = 0;
};

}  // namespace saywho

#endif  // SAYWHO_RESOLVE_SPELLING_H_
