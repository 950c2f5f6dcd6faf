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

// FNV-1a over `piece`, going on from `hash`: the hash of a key given in
// pieces is that of its pieces in turn, starting from kKeyHashStart.
inline constexpr uint64_t kKeyHashStart = 0xcbf29ce484222325ull;
constexpr uint64_t KeyHash(std::string_view piece, uint64_t hash = kKeyHashStart) {
  for (char c : piece) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  return hash;
}

// The name of a list or table with its hash. A string literal names one at
// compile time (lexicon.Contains("quote_determiners", w) hashes no name at
// run time), which matters: stages ask the lexicon a hundred thousand times
// per thousand words. A name known only at run time is hashed when wrapped.
// A LexiconName views the name it was made from: it lives as long.
class LexiconName {
 public:
  template <size_t N>
  consteval LexiconName(const char (&name)[N]) : name_(name, N - 1), hash_(KeyHash(name_)) {}
  constexpr LexiconName(std::string_view name) : name_(name), hash_(KeyHash(name)) {}
  LexiconName(const std::string& name) : LexiconName(std::string_view(name)) {}
  constexpr std::string_view name() const { return name_; }
  constexpr uint64_t hash() const { return hash_; }

 private:
  std::string_view name_;
  uint64_t hash_;
};

class Lexicon {
 public:
  Lexicon() = default;

  // Reads every .txt and .tsv file directly in `dir`. Thread safety: the
  // result is immutable; share it freely.
  static absl::StatusOr<Lexicon> LoadDir(const std::string& dir);

  // Adds a list by hand (tests, tools). Not thread safe.
  void AddList(LexiconName name, std::vector<std::string> entries);
  void AddTable(LexiconName name, std::vector<std::pair<std::string, std::string>> rows);

  // True when list `name` holds `word` exactly. An unknown list holds
  // nothing.
  bool Contains(LexiconName name, std::string_view word) const;
  // True when list `name` holds `word` after ASCII lower-casing both.
  bool ContainsFolded(LexiconName name, std::string_view word) const;
  // The entries of list `name` in file order; empty if unknown.
  const std::vector<std::string>& List(LexiconName name) const;
  // The value of `key` in table `name`, or nullptr.
  const std::string* Lookup(LexiconName name, std::string_view key) const;
  // The keys of table `name` in no particular order; empty if unknown. For
  // lists derived at load time, not for lookups.
  std::vector<std::string> Keys(LexiconName name) const;
  // True when some key of table `name` is `words`, then a space and more:
  // a caller that matches keys of several words one word at a time stops as
  // soon as this is false, instead of trying every longer join.
  bool StartsLongerKey(LexiconName name, std::string_view words) const;
  // Tables of weights: a table whose name ends in "_weights" holds numbers,
  // parsed once when the table is added and found by the hash of their key
  // (KeyHash), so that a caller may hash a key given in pieces without
  // joining them.
  using WeightTable = absl::flat_hash_map<uint64_t, float>;
  // The table of weights `name`, or nullptr.
  const WeightTable* Weights(LexiconName name) const;
  bool HasList(LexiconName name) const;

 private:
  // Lists, tables and weights are kept by name, hashed with KeyHash, so a
  // LexiconName finds its entry by the hash it carries and compares only the
  // name.
  struct NameHash {
    using is_transparent = void;
    size_t operator()(const std::string& name) const { return KeyHash(name); }
    size_t operator()(const LexiconName& name) const { return name.hash(); }
  };
  struct NameEq {
    using is_transparent = void;
    bool operator()(const std::string& a, const std::string& b) const { return a == b; }
    bool operator()(const std::string& a, const LexiconName& b) const { return a == b.name(); }
    bool operator()(const LexiconName& a, const std::string& b) const { return a.name() == b; }
  };
  template <typename Entry>
  using ByName = absl::flat_hash_map<std::string, Entry, NameHash, NameEq>;
  struct WordList {
    std::vector<std::string> entries;
    absl::flat_hash_set<std::string> exact;
    absl::flat_hash_set<std::string> folded;
  };
  struct Table {
    absl::flat_hash_map<std::string, std::string> rows;
    // Every key's words before each of its spaces ("according" of
    // "according to").
    absl::flat_hash_set<std::string> key_prefixes;
  };
  // The entry named `name` of `by_name`, or nullptr.
  template <typename Entry>
  static const Entry* Find(const ByName<Entry>& by_name, LexiconName name) {
    auto it = by_name.find(name);
    return it == by_name.end() ? nullptr : &it->second;
  }

  ByName<WordList> lists_;
  ByName<Table> tables_;
  ByName<WeightTable> weights_;
};

// ASCII lower case (other bytes unchanged): cheap, and enough for lookups of
// English word lists.
std::string AsciiLower(std::string_view s);

}  // namespace saywho

#endif  // SAYWHO_LEXICON_H_
