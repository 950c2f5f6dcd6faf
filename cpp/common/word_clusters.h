// Word clusters learnt from raw news (models/build_clusters.py): for each
// word, as written, its cluster at three granularities (coarse to fine).
// The name and part-of-speech taggers read them as features and keep them
// in their model files. Thread safety: immutable after loading.
#ifndef SAYWHO_COMMON_WORD_CLUSTERS_H_
#define SAYWHO_COMMON_WORD_CLUSTERS_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "common/model_io.h"

namespace saywho {

class WordClusters {
 public:
  static constexpr int kLevels = 3;
  using Ids = std::array<uint16_t, kLevels>;

  void Add(std::string word, Ids ids) { map_[std::move(word)] = ids; }
  // Reads `word<TAB>c1<TAB>c2<TAB>c3` lines.
  static absl::StatusOr<WordClusters> ReadTsv(const std::string& path);
  // The word's clusters (case as written), or nullptr.
  const Ids* Find(std::string_view word) const;
  size_t size() const { return map_.size(); }

  // Into a model file, sorted by word so that files are reproducible.
  void Write(ModelWriter* out) const;
  // From a model file; false on a truncated or malformed section.
  bool Read(ModelReader* in);

 private:
  absl::flat_hash_map<std::string, Ids> map_;
};

}  // namespace saywho

#endif  // SAYWHO_COMMON_WORD_CLUSTERS_H_
