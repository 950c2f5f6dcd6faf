// The averaged perceptron behind the name tagger: weights while training
// (dense rows created on first update, averaged lazily) and the compact
// read-only weights of a shipped model (int16 rows in a bucketed hash table).
// Both score tokens through ScoreToken(), so training and tagging share one
// code path.
#ifndef SAYWHO_ENTITIES_PERCEPTRON_H_
#define SAYWHO_ENTITIES_PERCEPTRON_H_

#include <array>
#include <cstdint>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "common/averaged_weight.h"
#include "entities/features.h"
#include "entities/tags.h"

namespace saywho::ner {

using TagScores = std::array<float, kNumTags>;

// Weights being trained. Not thread safe.
class TrainingWeights {
 public:
  void AddScores(uint64_t feature, float* scores) const {
    auto it = index_.find(feature);
    if (it == index_.end()) return;
    const AveragedWeight* w = &weights_[size_t{it->second} * kNumTags];
    for (int t = 0; t < kNumTags; ++t) scores[t] += w[t].value;
  }
  // Adds `delta` to the weight of (feature, tag) at time step `step`.
  void Update(uint64_t feature, Tag tag, float delta, int64_t step);
  // The averaged weight rows (Collins 2002), rows all-zero left out.
  std::vector<std::pair<uint64_t, TagScores>> Averaged(int64_t steps) const;
  size_t size() const { return index_.size(); }

 private:
  absl::flat_hash_map<uint64_t, uint32_t> index_;
  std::vector<AveragedWeight> weights_;  // kNumTags a feature, in index_ order
};

// A shipped model's weights: rows of int16 weights times one scale, found by
// the top bits of the feature hash (bucket) and the high 32 bits (key).
// Thread safety: immutable; share freely.
class PackedWeights {
 public:
  struct Row {
    uint32_t key;
    int16_t weight[kNumTags];
    uint16_t padding;
  };
  static_assert(sizeof(Row) == 4 + 2 * kNumTags + 2);

  // Keeps at most `max_rows` rows, those with the largest weights.
  static PackedWeights Build(std::vector<std::pair<uint64_t, TagScores>> rows,
                             size_t max_rows);

  void AddScores(uint64_t feature, float* scores) const {
    const uint32_t bucket = static_cast<uint32_t>(feature) >> bucket_shift_;
    const uint32_t key = static_cast<uint32_t>(feature >> 32);
    for (uint32_t r = bucket_start_[bucket], e = bucket_start_[bucket + 1]; r < e; ++r) {
      if (rows_[r].key != key) continue;
      for (int t = 0; t < kNumTags; ++t) scores[t] += scale_ * rows_[r].weight[t];
      return;
    }
  }

  // Memory hints: the table is larger than the caches, so the tagger asks
  // for a token's buckets one token ahead and for its rows just before use.
  void PrefetchBucket(uint64_t feature) const {
    __builtin_prefetch(&bucket_start_[static_cast<uint32_t>(feature) >> bucket_shift_]);
  }
  void PrefetchRow(uint64_t feature) const {
    __builtin_prefetch(&rows_[bucket_start_[static_cast<uint32_t>(feature) >> bucket_shift_]]);
  }

  size_t size() const { return rows_.size(); }
  // Raw parts, for the model file.
  float scale() const { return scale_; }
  int bucket_bits() const { return 32 - bucket_shift_; }
  const std::vector<uint32_t>& bucket_start() const { return bucket_start_; }
  const std::vector<Row>& rows() const { return rows_; }
  // Checks the parts' consistency; false for a malformed table.
  bool Assign(float scale, int bucket_bits, std::vector<uint32_t> bucket_start,
              std::vector<Row> rows);

 private:
  float scale_ = 1.0f;
  int bucket_shift_ = 31;
  std::vector<uint32_t> bucket_start_ = {0, 0, 0};
  std::vector<Row> rows_;
};

// Scores of every tag for `token` (history tags prev, prev2).
template <typename Weights>
void ScoreToken(const Weights& weights, const DocumentFeatures& features,
                uint32_t token, Tag prev, Tag prev2, Style style,
                const DocumentMemory* memory, TagScores* scores) {
  scores->fill(0.0f);
  for (uint32_t k = features.offsets[token]; k < features.offsets[token + 1]; ++k) {
    weights.AddScores(features.features[k], scores->data());
  }
  uint64_t history[kMaxHistoryFeatures];
  const int n = FeatureExtractor::HistoryFeatures(features, token, prev, prev2, style, memory, history);
  for (int k = 0; k < n; ++k) weights.AddScores(history[k], scores->data());
}

// The best tag allowed after `prev` among those whose bit is in `allowed`
// (bit t = tag t); kOutside when none is.
inline Tag BestTag(const TagScores& scores, Tag prev, uint32_t allowed) {
  int best = -1;
  for (int t = 0; t < kNumTags; ++t) {
    if (!(allowed >> t & 1) || !Allowed(prev, static_cast<Tag>(t))) continue;
    if (best < 0 || scores[t] > scores[best]) best = t;
  }
  return best < 0 ? kOutside : static_cast<Tag>(best);
}

inline constexpr uint32_t kAllTags = (1u << kNumTags) - 1;

// Greedy left-to-right tagging of tokens [first, end) with history; writes
// tags[first..end) and, per token, the margin of the chosen tag over the
// runner-up (a confidence), and records the tags in `memory`. Linear time.
template <typename Weights>
void GreedyTag(const Weights& weights, const DocumentFeatures& features,
               uint32_t first, uint32_t end, Style style, DocumentMemory* memory,
               std::vector<Tag>* tags, std::vector<float>* margins) {
  Tag prev = kOutside, prev2 = kOutside;
  TagScores scores;
  for (uint32_t i = first; i < end; ++i) {
    if constexpr (requires { weights.PrefetchRow(0); }) {
      if (i + 1 < end) {
        for (uint32_t k = features.offsets[i + 1]; k < features.offsets[i + 2]; ++k) {
          weights.PrefetchBucket(features.features[k]);
        }
      }
      for (uint32_t k = features.offsets[i]; k < features.offsets[i + 1]; ++k) {
        weights.PrefetchRow(features.features[k]);
      }
    }
    ScoreToken(weights, features, i, prev, prev2, style, memory, &scores);
    const Tag best = BestTag(scores, prev, kAllTags);
    float runner_up = -1e30f;
    for (int t = 0; t < kNumTags; ++t) {
      if (t != best && Allowed(prev, static_cast<Tag>(t))) runner_up = std::max(runner_up, scores[t]);
    }
    (*tags)[i] = best;
    (*margins)[i] = scores[best] - runner_up;
    memory->Record(features.memory_keys[i], best);
    prev2 = prev;
    prev = best;
  }
}

}  // namespace saywho::ner

#endif  // SAYWHO_ENTITIES_PERCEPTRON_H_
