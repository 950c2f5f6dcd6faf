// Word lists the stages consult: reporting verbs, titles, abbreviations,
// given names, place names... Loaded once from a resource folder, then shared
// read-only by every thread.
//
// Files: every `NAME.txt` in the folder is one list, one entry a line, '#'
// starts a comment line. Every `NAME.tsv` is one table: its first column is
// the key, the remaining columns (tab separated) the value; in a table whose
// name ends in "_weights" the value is a number (Weights()). Entries are kept
// as written; Contains() folds case only when asked to.
#ifndef SAYWHO_LEXICON_H_
#define SAYWHO_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"

namespace saywho {

class Lexicon {
 public:
  Lexicon() = default;

  // Reads every .txt and .tsv file directly in `dir`. Thread safety: the
  // result is immutable; share it freely.
  static absl::StatusOr<Lexicon> LoadDir(const std::string& dir);

  // Adds a list by hand (tests, tools). Not thread safe.
  void AddList(std::string name, std::vector<std::string> entries);
  void AddTable(std::string name,
                std::vector<std::pair<std::string, std::string>> rows);

  // True when list `name` holds `word` (exactly, or in lower case when the
  // list was stored folded: see Folded()). An unknown list holds nothing.
  bool Contains(std::string_view name, std::string_view word) const;
  // True when list `name` holds `word` after ASCII lower-casing both.
  bool ContainsFolded(std::string_view name, std::string_view word) const;
  // The entries of list `name` in file order; empty if unknown.
  const std::vector<std::string>& List(std::string_view name) const;
  // The value of `key` in table `name`, or nullptr.
  const std::string* Lookup(std::string_view name, std::string_view key) const;
  // Tables of weights: a table whose name ends in "_weights" holds numbers,
  // parsed once when the table is added and found by the hash of their key
  // (KeyHash), so that a caller may hash a key given in pieces without
  // joining them.
  using WeightTable = absl::flat_hash_map<uint64_t, float>;
  // The table of weights `name`, or nullptr.
  const WeightTable* Weights(std::string_view name) const;
  // FNV-1a over `piece`, going on from `hash`: the hash of a key is that of
  // its pieces in turn, starting from kKeyHashStart.
  static constexpr uint64_t kKeyHashStart = 0xcbf29ce484222325ull;
  static uint64_t KeyHash(std::string_view piece, uint64_t hash = kKeyHashStart) {
    for (char c : piece) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
    return hash;
  }
  bool HasList(std::string_view name) const;

 private:
  struct WordList {
    std::vector<std::string> entries;
    absl::flat_hash_set<std::string> exact;
    absl::flat_hash_set<std::string> folded;
  };
  absl::flat_hash_map<std::string, WordList> lists_;
  absl::flat_hash_map<std::string, absl::flat_hash_map<std::string, std::string>>
      tables_;
  absl::flat_hash_map<std::string, WeightTable> weights_;
};

// ASCII lower case (other bytes unchanged): cheap, and enough for lookups of
// English word lists.
std::string AsciiLower(std::string_view s);

}  // namespace saywho

#endif  // SAYWHO_LEXICON_H_
