#include "common/word_clusters.h"

#include <algorithm>
#include <fstream>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"

namespace saywho {

absl::StatusOr<WordClusters> WordClusters::ReadTsv(const std::string& path) {
  std::ifstream in(path);
  if (!in) return absl::NotFoundError("cannot read word clusters: " + path);
  WordClusters clusters;
  std::string line;
  int line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    std::vector<absl::string_view> parts = absl::StrSplit(line, '\t');
    Ids ids;
    bool ok = parts.size() == kLevels + 1;
    for (int k = 0; ok && k < kLevels; ++k) {
      uint32_t id = 0;
      ok = absl::SimpleAtoi(parts[k + 1], &id) && id <= 0xffff;
      ids[k] = static_cast<uint16_t>(id);
    }
    if (!ok) {
      return absl::InvalidArgumentError(path + ":" + std::to_string(line_number) +
                                        ": want word and " + std::to_string(kLevels) +
                                        " cluster ids");
    }
    clusters.Add(std::string(parts[0]), ids);
  }
  return clusters;
}

const WordClusters::Ids* WordClusters::Find(std::string_view word) const {
  auto it = map_.find(absl::string_view(word.data(), word.size()));
  return it == map_.end() ? nullptr : &it->second;
}

void WordClusters::Write(ModelWriter* out) const {
  std::vector<std::pair<std::string, Ids>> sorted(map_.begin(), map_.end());
  std::sort(sorted.begin(), sorted.end());
  out->Put(static_cast<uint32_t>(sorted.size()));
  for (const auto& [word, ids] : sorted) {
    out->PutString(word);
    out->Put(ids);
  }
}

bool WordClusters::Read(ModelReader* in) {
  uint32_t words = 0;
  if (!in->Get(&words)) return false;
  for (uint32_t k = 0; k < words; ++k) {
    std::string word;
    Ids ids;
    if (!in->GetString(&word) || !in->Get(&ids)) return false;
    Add(std::move(word), ids);
  }
  return true;
}

}  // namespace saywho
