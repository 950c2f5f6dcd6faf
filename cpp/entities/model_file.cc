#include "entities/model_file.h"

#include <algorithm>

#include "common/model_io.h"

namespace saywho::ner {
namespace {

constexpr std::string_view kMagic("SAYWHO-NER\n\0", 12);
constexpr std::string_view kKind = "NER model";

absl::Status Invalid(std::string_view what) {
  return absl::InvalidArgumentError("not a valid saywho NER model: " + std::string(what));
}

}  // namespace

std::string SerializeModel(const NerModel& model) {
  ModelWriter w(kMagic, kModelFormatVersion);
  w.Put(static_cast<uint32_t>(kNumTags));
  w.Put(static_cast<uint32_t>(model.gazetteer_lists.size()));
  for (const std::string& name : model.gazetteer_lists) w.PutString(name);
  // Clusters sorted by word, so that files are reproducible.
  std::vector<std::pair<std::string, WordClusters::Ids>> clusters(model.clusters.map().begin(),
                                                                   model.clusters.map().end());
  std::sort(clusters.begin(), clusters.end());
  w.Put(static_cast<uint32_t>(clusters.size()));
  for (const auto& [word, ids] : clusters) {
    w.PutString(word);
    w.Put(ids);
  }
  w.Put(model.weights.scale());
  w.Put(static_cast<uint32_t>(model.weights.bucket_bits()));
  w.PutArray(model.weights.bucket_start());
  w.PutArray(model.weights.rows());
  return std::move(w).Finish();
}

absl::StatusOr<NerModel> ParseModel(std::string_view bytes) {
  auto opened = ModelReader::Open(bytes, kMagic, kModelFormatVersion, kKind);
  if (!opened.ok()) return opened.status();
  ModelReader& r = *opened;
  NerModel model;
  uint32_t tags = 0, lists = 0, words = 0, bucket_bits = 0;
  float scale = 0;
  if (!r.Get(&tags) || tags != kNumTags) return Invalid("tag set differs from this build");
  if (!r.Get(&lists) || lists > Gazetteer::kMaxLists) return Invalid("gazetteer list names");
  model.gazetteer_lists.resize(lists);
  for (std::string& name : model.gazetteer_lists) {
    if (!r.GetString(&name)) return Invalid("gazetteer list names");
  }
  if (!r.Get(&words)) return Invalid("word clusters");
  for (uint32_t k = 0; k < words; ++k) {
    std::string word;
    WordClusters::Ids ids;
    if (!r.GetString(&word) || !r.Get(&ids)) return Invalid("word clusters");
    model.clusters.Add(std::move(word), ids);
  }
  std::vector<uint32_t> bucket_start;
  std::vector<PackedWeights::Row> rows;
  if (!r.Get(&scale) || !r.Get(&bucket_bits) || !r.GetArray(&bucket_start) ||
      !r.GetArray(&rows) || !r.AtEnd() ||
      !model.weights.Assign(scale, static_cast<int>(bucket_bits), std::move(bucket_start),
                            std::move(rows))) {
    return Invalid("weight table");
  }
  return model;
}

absl::Status WriteModel(const NerModel& model, const std::string& path) {
  return WriteModelBytes(SerializeModel(model), path);
}

absl::StatusOr<NerModel> ReadModel(const std::string& path) {
  auto bytes = ReadModelBytes(path, kKind);
  if (!bytes.ok()) return bytes.status();
  auto model = ParseModel(*bytes);
  if (!model.ok()) return absl::InvalidArgumentError(path + ": " + std::string(model.status().message()));
  return model;
}

}  // namespace saywho::ner
