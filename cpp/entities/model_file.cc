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
  model.clusters.Write(&w);
  model.weights.Write(&w);
  return std::move(w).Finish();
}

absl::StatusOr<NerModel> ParseModel(std::string_view bytes) {
  auto opened = ModelReader::Open(bytes, kMagic, kModelFormatVersion, kKind);
  if (!opened.ok()) return opened.status();
  ModelReader& r = *opened;
  NerModel model;
  uint32_t tags = 0, lists = 0;
  if (!r.Get(&tags) || tags != kNumTags) return Invalid("tag set differs from this build");
  if (!r.Get(&lists) || lists > Gazetteer::kMaxLists) return Invalid("gazetteer list names");
  model.gazetteer_lists.resize(lists);
  for (std::string& name : model.gazetteer_lists) {
    if (!r.GetString(&name)) return Invalid("gazetteer list names");
  }
  if (!model.clusters.Read(&r)) return Invalid("word clusters");
  if (!model.weights.Read(&r) || !r.AtEnd()) return Invalid("weight table");
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
