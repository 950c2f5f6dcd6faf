// The part-of-speech stage: an averaged perceptron (common/perceptron_weights.h)
// over hashed features of a word and its neighbours, tagging each sentence
// greedily left to right with the two previous tags as history (Collins
// 2002; the features of Honnibal's "A good part-of-speech tagger in about
// 200 lines of Python"), trained on UD English GUM (pos_train.h). The tags
// are UD's 17 UPOS tags.
//
// The model file is the container of common/model_io.h with the magic
// "SAYWHO-POS\n\0": the number of tags, the word clusters, the packed
// weights.
#ifndef SAYWHO_POS_POS_TAGGER_H_
#define SAYWHO_POS_POS_TAGGER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "common/perceptron_weights.h"
#include "common/word_clusters.h"
#include "saywho/document.h"

namespace saywho::pos {

inline constexpr uint32_t kPosModelFormatVersion = 2;

using PosScores = ClassScores<kNumPartsOfSpeech>;
using PosWeights = PackedWeights<kNumPartsOfSpeech>;

struct PosModel {
  // Clusters of news words (resources/models/clusters.tsv, as the name
  // tagger uses them): they carry what GUM's 180,000 words do not see.
  WordClusters clusters;
  PosWeights weights;
};

// The static features of the words of one sentence, flattened: word i's are
// features[offsets[i] .. offsets[i+1]). `words` are the tokens' text.
struct SentenceFeatures {
  std::vector<uint64_t> features;
  std::vector<uint32_t> offsets;
  std::vector<uint64_t> word_keys;  // per word, its normalised form's hash

  // Replaces the features with those of `words`, whose clusters `clusters`
  // (may be empty) gives; reuses the buffers.
  void Extract(const std::vector<std::string_view>& words, const WordClusters& clusters);

 private:
  // Per word, scratch: the parts its own and its neighbours' features use.
  std::vector<uint64_t> suffix2_, suffix3_, first_bytes_, shapes_;
  std::vector<WordClusters::Ids> clusters_;  // ids + 1; 0 for an unknown word
};

// The features that depend on the tags already given: the previous tag, the
// two previous, the previous with this word. Writes kHistoryFeatures.
inline constexpr int kHistoryFeatures = 3;
void HistoryFeatures(const SentenceFeatures& sentence, size_t word, int prev, int prev2,
                     uint64_t out[kHistoryFeatures]);

// Scores of every tag for word `word` given the previous two tags (-1 when
// there is none); training and tagging share it.
template <typename Weights>
void ScoreWord(const Weights& weights, const SentenceFeatures& sentence, size_t word, int prev,
               int prev2, PosScores* scores) {
  scores->fill(0.0f);
  for (uint32_t k = sentence.offsets[word]; k < sentence.offsets[word + 1]; ++k) {
    weights.AddScores(sentence.features[k], scores->data());
  }
  uint64_t history[kHistoryFeatures];
  HistoryFeatures(sentence, word, prev, prev2, history);
  for (uint64_t feature : history) weights.AddScores(feature, scores->data());
}

// Greedy left-to-right tags of one sentence's words.
template <typename Weights>
void TagSentence(const Weights& weights, const SentenceFeatures& sentence,
                 std::vector<PartOfSpeech>* tags) {
  const size_t n = sentence.word_keys.size();
  tags->resize(n);
  int prev = -1, prev2 = -1;
  PosScores scores;
  for (size_t i = 0; i < n; ++i) {
    if constexpr (requires { weights.PrefetchRows(nullptr, nullptr); }) {
      const uint64_t* f = sentence.features.data();
      if (i + 1 < n) weights.PrefetchBuckets(f + sentence.offsets[i + 1], f + sentence.offsets[i + 2]);
      weights.PrefetchRows(f + sentence.offsets[i], f + sentence.offsets[i + 1]);
    }
    ScoreWord(weights, sentence, i, prev, prev2, &scores);
    const int best = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
    (*tags)[i] = static_cast<PartOfSpeech>(best);
    prev2 = prev;
    prev = best;
  }
}

std::string SerializePosModel(const PosModel& model);
absl::StatusOr<PosModel> ParsePosModel(std::string_view bytes);

// Thread safety: immutable after construction; Tag may run on many threads
// at once, on distinct documents.
class PosTagger {
 public:
  explicit PosTagger(PosModel model) : model_(std::move(model)) {}

  // Reads a model file; NotFound or InvalidArgument (naming the path) on failure.
  static absl::StatusOr<std::unique_ptr<PosTagger>> Load(const std::string& path);

  // Sets doc->tokens.pos, one tag per token, sentence by sentence (tokens
  // outside every sentence, which the segmenter does not leave, get kX).
  // Needs tokens and sentences (the segment stage).
  void Tag(Document* doc) const;

  // The tags of one sentence given as words, for tools and tests.
  std::vector<PartOfSpeech> TagWords(const std::vector<std::string_view>& words) const;

 private:
  PosModel model_;
};

}  // namespace saywho::pos

#endif  // SAYWHO_POS_POS_TAGGER_H_
