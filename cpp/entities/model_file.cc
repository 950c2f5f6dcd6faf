#include "entities/model_file.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <fstream>

#include "entities/hashing.h"

namespace saywho::ner {
namespace {

static_assert(std::endian::native == std::endian::little,
              "model files are little endian; add byte swapping for this host");

constexpr std::string_view kMagic("SAYWHO-NER\n\0", 12);

// FNV-1a-style over 8-byte words in four independent lanes (fast enough for
// a 20 MB file to add little to load time), then the tail bytewise.
uint64_t Checksum(std::string_view bytes) {
  uint64_t lane[4] = {kFnvOffset, kFnvOffset ^ 1, kFnvOffset ^ 2, kFnvOffset ^ 3};
  size_t i = 0;
  for (; i + 32 <= bytes.size(); i += 32) {
    for (int k = 0; k < 4; ++k) {
      uint64_t word;
      std::memcpy(&word, bytes.data() + i + 8 * k, 8);
      lane[k] = (lane[k] ^ word) * kFnvPrime;
    }
  }
  uint64_t h = HashBytes(bytes.substr(i), false, Mix(lane[0]) ^ lane[1]);
  return Mix(h ^ Mix(lane[2] + 0x9e3779b97f4a7c15ull * lane[3]));
}

class Writer {
 public:
  template <typename T>
  void Put(const T& value) {
    out_.append(reinterpret_cast<const char*>(&value), sizeof(T));
  }
  void PutString(std::string_view s) {
    Put(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  template <typename T>
  void PutArray(const std::vector<T>& values) {
    Put(static_cast<uint64_t>(values.size()));
    out_.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
  }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

// Reads fields with bounds checks; after the first failure every Get fails.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : in_(bytes) {}
  template <typename T>
  bool Get(T* value) {
    if (in_.size() - pos_ < sizeof(T)) return false;
    std::memcpy(value, in_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool GetString(std::string* s) {
    uint32_t size = 0;
    if (!Get(&size) || in_.size() - pos_ < size) return false;
    s->assign(in_.data() + pos_, size);
    pos_ += size;
    return true;
  }
  template <typename T>
  bool GetArray(std::vector<T>* values) {
    uint64_t size = 0;
    if (!Get(&size) || (in_.size() - pos_) / sizeof(T) < size) return false;
    values->resize(size);
    std::memcpy(values->data(), in_.data() + pos_, size * sizeof(T));
    pos_ += size * sizeof(T);
    return true;
  }
  bool AtEnd() const { return pos_ == in_.size(); }

 private:
  std::string_view in_;
  size_t pos_ = 0;
};

absl::Status Invalid(std::string_view what) {
  return absl::InvalidArgumentError("not a valid saywho NER model: " + std::string(what));
}

}  // namespace

std::string SerializeModel(const NerModel& model) {
  Writer w;
  w.bytes().append(kMagic);
  w.Put(kModelFormatVersion);
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
  w.Put(Checksum(w.bytes()));
  return std::move(w.bytes());
}

absl::StatusOr<NerModel> ParseModel(std::string_view bytes) {
  if (bytes.size() < kMagic.size() || bytes.substr(0, kMagic.size()) != kMagic) {
    return Invalid("wrong magic bytes (not a model file)");
  }
  if (bytes.size() < kMagic.size() + sizeof(uint32_t) + sizeof(uint64_t)) {
    return Invalid("truncated");
  }
  Reader header(bytes.substr(kMagic.size()));
  uint32_t version = 0;
  header.Get(&version);
  if (version != kModelFormatVersion) {
    return Invalid("format version " + std::to_string(version) + ", this build reads " +
                   std::to_string(kModelFormatVersion));
  }
  const std::string_view body = bytes.substr(0, bytes.size() - sizeof(uint64_t));
  uint64_t stored = 0;
  std::memcpy(&stored, bytes.data() + body.size(), sizeof(stored));
  if (stored != Checksum(body)) return Invalid("checksum mismatch (truncated or corrupt)");

  Reader r(body.substr(kMagic.size() + sizeof(uint32_t)));
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
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return absl::PermissionDeniedError("cannot write " + path);
  const std::string bytes = SerializeModel(model);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) return absl::InternalError("write failed: " + path);
  return absl::OkStatus();
}

absl::StatusOr<NerModel> ReadModel(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return absl::NotFoundError("cannot read NER model: " + path);
  const std::streamoff size = in.tellg();
  if (size < 0) return absl::NotFoundError("cannot read NER model: " + path);
  std::string bytes(static_cast<size_t>(size), '\0');
  in.seekg(0);
  if (!in.read(bytes.data(), size)) return absl::NotFoundError("cannot read NER model: " + path);
  auto model = ParseModel(bytes);
  if (!model.ok()) return absl::InvalidArgumentError(path + ": " + std::string(model.status().message()));
  return model;
}

}  // namespace saywho::ner
