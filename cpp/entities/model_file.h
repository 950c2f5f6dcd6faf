// The binary model file of the name tagger.
//
// The container of common/model_io.h with the magic "SAYWHO-NER\n\0":
// length-prefixed sections (gazetteer list names, word clusters, weights)
// after the version, a checksum last. A truncated, corrupt or foreign file
// is an InvalidArgument error, never a crash.
#ifndef SAYWHO_ENTITIES_MODEL_FILE_H_
#define SAYWHO_ENTITIES_MODEL_FILE_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "entities/features.h"
#include "entities/perceptron.h"

namespace saywho::ner {

inline constexpr uint32_t kModelFormatVersion = 1;

struct NerModel {
  // The lexicon lists (resources/lexicon) the features were trained with;
  // their order fixes the gazetteer feature ids.
  std::vector<std::string> gazetteer_lists;
  WordClusters clusters;
  PackedWeights weights;
};

std::string SerializeModel(const NerModel& model);
absl::StatusOr<NerModel> ParseModel(std::string_view bytes);

absl::Status WriteModel(const NerModel& model, const std::string& path);
absl::StatusOr<NerModel> ReadModel(const std::string& path);

}  // namespace saywho::ner

#endif  // SAYWHO_ENTITIES_MODEL_FILE_H_
