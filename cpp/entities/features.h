// Features of the name tagger: word forms, shapes, affixes, context words,
// word clusters, gazetteer hits and document-level cues, all as stable 64-bit
// hashes (hashing.h) so that the model needs no feature dictionary.
#ifndef SAYWHO_ENTITIES_FEATURES_H_
#define SAYWHO_ENTITIES_FEATURES_H_

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "common/word_clusters.h"
#include "entities/gazetteer.h"
#include "entities/tags.h"
#include "saywho/document.h"

namespace saywho::ner {

// The static features of the tokens of one document, flattened: token i's
// features are features[offsets[i] .. offsets[i+1]) for the tokens of the
// sentences last extracted (FeatureExtractor::ExtractSentences), which may
// be all of them.
struct DocumentFeatures {
  std::vector<uint64_t> features;
  std::vector<uint32_t> offsets;  // one per token, and one past the last
  // Per token, hashes reused by the history features.
  std::vector<uint64_t> word_keys;   // lower-cased word
  std::vector<uint64_t> shape_keys;  // word shape
  // Capitalised words' lower-case hash, 0 for other tokens: the words whose
  // earlier labels in the document are remembered (DocumentMemory).
  std::vector<uint64_t> memory_keys;
  // Per token, what the sentence features are made of: the exact word's
  // hash and its word cluster ids (0: none) at each level.
  std::vector<uint64_t> exact_keys;
  std::vector<uint32_t> cluster_ids;  // token i's at [i * kLevels, (i + 1) * kLevels)
  // Document-level cues (Ratinov & Roth 2009), by lower-case word hash.
  absl::flat_hash_set<uint64_t> seen_lower;       // occurs in lower case
  absl::flat_hash_set<uint64_t> seen_cap_inside;  // capitalised inside a sentence
  // Sentences are extracted in token order; a sentence that starts before
  // this token (overlapping, out of order) or holds none is skipped, and so
  // is it by taggers.
  uint32_t extracted_end = 0;
};

// The labels given so far in a document to each capitalised word: the
// "extended prediction history" of Ratinov & Roth (2009), which makes a name
// tagged alike throughout an article. Tagging runs in document order and
// records each tag as it goes. Not thread safe: one per document.
class DocumentMemory {
 public:
  void Record(uint64_t memory_key, Tag tag);
  // Writes up to two features for a word; returns how many.
  int Features(uint64_t memory_key, uint64_t out[2]) const;

 private:
  // Per word: how often each class (and, last, O) was given to it.
  absl::flat_hash_map<uint64_t, std::array<uint16_t, kNumClasses + 1>> counts_;
};

// At most this many history features per token.
inline constexpr int kMaxHistoryFeatures = 10;

// Turns documents into features. Thread safety: const methods may run on
// many threads at once; the clusters and gazetteer must outlive it.
class FeatureExtractor {
 public:
  FeatureExtractor(const WordClusters* clusters, const Gazetteer* gazetteer)
      : clusters_(clusters), gazetteer_(gazetteer) {}

  // Fills `out` for all tokens of `doc` (tokens and sentences must be set):
  // PrepareDocument, then ExtractSentences over all sentences. `style` adds
  // style-specific copies of a few features (see tags.h).
  void Extract(const Document& doc, Style style, DocumentFeatures* out) const;

  // The per-token keys and document-level cues of `doc` (tens of bytes a
  // token), which ExtractSentences needs.
  void PrepareDocument(const Document& doc, DocumentFeatures* out) const;
  // Replaces out->features with those of sentences [first_sentence,
  // end_sentence) of `doc` (hundreds of bytes a token): a long document is
  // tagged a stretch of sentences at a time in bounded memory. Stretches
  // must come in order, after PrepareDocument.
  void ExtractSentences(const Document& doc, Style style, size_t first_sentence, size_t end_sentence,
                        DocumentFeatures* out) const;
  // Whether sentence `s` gets features when the sentences before it ended
  // at token `done`: it must start there or later and hold tokens (of
  // `num_tokens`). Taggers walk the sentences by the same rule.
  static bool TakesSentence(const Sentence& s, uint32_t done, uint32_t num_tokens) {
    return s.first_token >= done && s.first_token < std::min(s.end_token, num_tokens);
  }

  // Features that depend on the tags already chosen for the two previous
  // tokens of the sentence; returns how many were written to `out`.
  // `memory` may be null (no document-level features).
  static int HistoryFeatures(const DocumentFeatures& features, uint32_t token,
                             Tag prev, Tag prev2, Style style,
                             const DocumentMemory* memory,
                             uint64_t out[kMaxHistoryFeatures]);

 private:
  const WordClusters* clusters_;
  const Gazetteer* gazetteer_;
};

// `word` with curly quotation marks and apostrophes (U+2018/2019/201C/201D)
// made straight, as in the training corpora ("China’s" -> "China's").
std::string NormalizeQuotes(std::string_view word);

// The word shape: upper case -> X, lower -> x, digit -> d, other characters
// kept, runs of one kind collapsed ("McDonald's" -> "XxXx'x"). Exposed for tests.
std::string WordShape(std::string_view word);

}  // namespace saywho::ner

#endif  // SAYWHO_ENTITIES_FEATURES_H_
