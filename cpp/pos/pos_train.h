// Training and measuring the part-of-speech tagger on CoNLL-U treebanks
// (models/build_pos_model.sh trains the shipped model on UD English GUM).
#ifndef SAYWHO_POS_POS_TRAIN_H_
#define SAYWHO_POS_POS_TRAIN_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "pos/pos_tagger.h"

namespace saywho::pos {

struct TaggedSentence {
  std::vector<std::string> words;
  std::vector<PartOfSpeech> tags;
};

// The syntactic words of a CoNLL-U text with their UPOS tags: comment
// lines, multiword token ranges ("3-4") and empty nodes ("8.1") are skipped.
// InvalidArgument names the line of a malformed row or an unknown tag.
absl::StatusOr<std::vector<TaggedSentence>> ParseConllu(std::string_view text);
absl::StatusOr<std::vector<TaggedSentence>> ReadConllu(const std::string& path);

// The share of words tagged as the treebank tags them.
double Accuracy(const PosModel& model, const std::vector<TaggedSentence>& sentences);

struct PosTrainOptions {
  int epochs = 10;
  uint32_t seed = 1;          // of the order sentences are seen in each epoch
  size_t max_rows = 1 << 18;  // the shipped table keeps the largest rows
};

struct PosTrainResult {
  PosModel model;                     // the weights of the best epoch on dev
  int best_epoch = 0;                 // counted from 1
  std::vector<double> dev_accuracy;   // after each epoch, of the packed weights
};

// Trains an averaged perceptron on `train` with `clusters` (may be empty),
// packs the averaged weights after every epoch and keeps the epoch most
// accurate on `dev` (the last when dev is empty). Deterministic for a given
// seed.
PosTrainResult TrainPosModel(const std::vector<TaggedSentence>& train,
                             const std::vector<TaggedSentence>& dev, const PosTrainOptions& options,
                             WordClusters clusters = WordClusters());

}  // namespace saywho::pos

#endif  // SAYWHO_POS_POS_TRAIN_H_
