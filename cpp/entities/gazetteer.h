// Multi-word gazetteer lookup over a document's tokens.
#ifndef SAYWHO_ENTITIES_GAZETTEER_H_
#define SAYWHO_ENTITIES_GAZETTEER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "saywho/document.h"
#include "saywho/lexicon.h"

namespace saywho::ner {

// A set of named lists (at most 32) of token sequences, matched without
// regard to ASCII case. Entries are written with single spaces between the
// tokens, split as the segmenter splits them ("People 's Republic").
// Thread safety: immutable after construction; share freely.
class Gazetteer {
 public:
  static constexpr int kMaxLists = 32;
  static constexpr int kMaxTokens = 8;  // longer entries are ignored

  Gazetteer() = default;
  // Builds from the lists `names` of `lexicon` (a missing list is empty; a
  // null lexicon gives an empty gazetteer that still knows the list names).
  static Gazetteer FromLexicon(const Lexicon* lexicon,
                               const std::vector<std::string>& names);

  const std::vector<std::string>& list_names() const { return names_; }
  // Bit i of the result: the lists whose index is i.
  int ListIndex(std::string_view name) const;

  // For tokens [first, end) of `doc`: begin_bits[k] gets the lists with an
  // entry starting at token first+k, inside_bits[k] those with an entry that
  // covers it without starting there. Only spans that start with an upper
  // case letter or digit are tried (names). Linear in end - first.
  void Match(const Document& doc, uint32_t first, uint32_t end,
             std::vector<uint32_t>* begin_bits,
             std::vector<uint32_t>* inside_bits) const;

  // The lists holding exactly the token span [first, end).
  uint32_t SpanLists(const Document& doc, uint32_t first, uint32_t end) const;
  // The lists holding exactly `entry` (tokens joined by single spaces, as
  // the lists write them), without regard to ASCII case.
  uint32_t TextLists(std::string_view entry) const;

 private:
  void AddEntry(int list, std::string_view entry);

  std::vector<std::string> names_;
  // Hash of the lower-cased entry -> bit set of lists.
  absl::flat_hash_map<uint64_t, uint32_t> entries_;
  int max_tokens_ = 0;
};

}  // namespace saywho::ner

#endif  // SAYWHO_ENTITIES_GAZETTEER_H_
