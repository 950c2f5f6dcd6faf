// The averaged perceptron behind the name tagger, over the weights of
// common/perceptron_weights.h with one class per IOB2 tag. Training and
// shipped weights both score tokens through ScoreToken(), so training and
// tagging share one code path.
#ifndef SAYWHO_ENTITIES_PERCEPTRON_H_
#define SAYWHO_ENTITIES_PERCEPTRON_H_

#include <array>
#include <cstdint>
#include <vector>

#include "common/perceptron_weights.h"
#include "entities/features.h"
#include "entities/tags.h"

namespace saywho::ner {

using TagScores = ClassScores<kNumTags>;
using TrainingWeights = saywho::TrainingWeights<kNumTags>;
using PackedWeights = saywho::PackedWeights<kNumTags>;

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
    if constexpr (requires { weights.PrefetchRows(nullptr, nullptr); }) {
      const uint64_t* f = features.features.data();
      if (i + 1 < end) weights.PrefetchBuckets(f + features.offsets[i + 1], f + features.offsets[i + 2]);
      weights.PrefetchRows(f + features.offsets[i], f + features.offsets[i + 1]);
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
