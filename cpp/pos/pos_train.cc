#include "pos/pos_train.h"

#include <algorithm>
#include <fstream>
#include <numeric>
#include <random>
#include <sstream>

#include "absl/strings/str_split.h"

namespace saywho::pos {
namespace {

std::vector<std::string_view> Views(const std::vector<std::string>& words) {
  return std::vector<std::string_view>(words.begin(), words.end());
}

}  // namespace

absl::StatusOr<std::vector<TaggedSentence>> ParseConllu(std::string_view text) {
  std::vector<TaggedSentence> sentences;
  TaggedSentence current;
  size_t line_number = 0;
  // Debian's Abseil has a string_view of its own.
  for (absl::string_view line : absl::StrSplit(absl::string_view(text.data(), text.size()), '\n')) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      if (!current.words.empty()) sentences.push_back(std::move(current));
      current = TaggedSentence();
      continue;
    }
    if (line.front() == '#') continue;
    const std::vector<absl::string_view> fields = absl::StrSplit(line, '\t');
    if (fields.size() < 4) {
      return absl::InvalidArgumentError("CoNLL-U line " + std::to_string(line_number) +
                                        ": fewer than 4 tab-separated fields");
    }
    if (fields[0].find_first_of("-.") != std::string_view::npos) continue;
    const std::string_view upos(fields[3].data(), fields[3].size());
    const std::optional<PartOfSpeech> tag = PartOfSpeechFromName(upos);
    if (!tag) {
      return absl::InvalidArgumentError("CoNLL-U line " + std::to_string(line_number) +
                                        ": unknown UPOS tag \"" + std::string(upos) + "\"");
    }
    current.words.emplace_back(fields[1].data(), fields[1].size());
    current.tags.push_back(*tag);
  }
  if (!current.words.empty()) sentences.push_back(std::move(current));
  return sentences;
}

absl::StatusOr<std::vector<TaggedSentence>> ReadConllu(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError("cannot read " + path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  auto parsed = ParseConllu(buffer.str());
  if (!parsed.ok()) return absl::InvalidArgumentError(path + ": " + std::string(parsed.status().message()));
  return parsed;
}

double Accuracy(const PosModel& model, const std::vector<TaggedSentence>& sentences) {
  size_t right = 0, total = 0;
  SentenceFeatures features;
  std::vector<PartOfSpeech> tags;
  for (const TaggedSentence& s : sentences) {
    features.Extract(Views(s.words), model.clusters);
    TagSentence(model.weights, features, &tags);
    for (size_t i = 0; i < tags.size(); ++i) right += tags[i] == s.tags[i];
    total += tags.size();
  }
  return total == 0 ? 0.0 : static_cast<double>(right) / static_cast<double>(total);
}

PosTrainResult TrainPosModel(const std::vector<TaggedSentence>& train,
                             const std::vector<TaggedSentence>& dev, const PosTrainOptions& options,
                             WordClusters clusters) {
  TrainingWeights<kNumPartsOfSpeech> weights;
  std::vector<size_t> order(train.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937 rng(options.seed);
  SentenceFeatures features;
  PosScores scores;
  uint64_t history[kHistoryFeatures];
  int64_t step = 0;
  PosTrainResult result;
  result.model.clusters = std::move(clusters);
  const WordClusters& word_clusters = result.model.clusters;
  PosModel packed;  // the epoch's packed weights, with the clusters
  packed.clusters = word_clusters;
  double best = -1;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (size_t index : order) {
      const TaggedSentence& s = train[index];
      features.Extract(Views(s.words), word_clusters);
      // History from the tags the model gives, as when tagging.
      int prev = -1, prev2 = -1;
      for (size_t i = 0; i < s.words.size(); ++i) {
        ++step;
        ScoreWord(weights, features, i, prev, prev2, &scores);
        const int guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        const int gold = static_cast<int>(s.tags[i]);
        if (guess != gold) {
          HistoryFeatures(features, i, prev, prev2, history);
          auto update = [&](uint64_t feature) {
            weights.Update(feature, gold, 1.0f, step);
            weights.Update(feature, guess, -1.0f, step);
          };
          for (uint32_t k = features.offsets[i]; k < features.offsets[i + 1]; ++k) update(features.features[k]);
          for (uint64_t feature : history) update(feature);
        }
        prev2 = prev;
        prev = guess;
      }
    }
    packed.weights = PosWeights::Build(weights.Averaged(step), options.max_rows);
    const double accuracy = dev.empty() ? static_cast<double>(epoch) : Accuracy(packed, dev);
    result.dev_accuracy.push_back(dev.empty() ? 0.0 : accuracy);
    if (accuracy > best) {
      best = accuracy;
      result.best_epoch = epoch;
      result.model.weights = packed.weights;
    }
  }
  return result;
}

}  // namespace saywho::pos
