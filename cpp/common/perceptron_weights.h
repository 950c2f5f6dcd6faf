// The weights of an averaged perceptron over hashed features with N classes:
// rows created on first update and averaged lazily while training
// (TrainingWeights), and the compact read-only rows of a shipped model
// (PackedWeights: int16 weights times one scale, in a bucketed hash table).
// The name tagger (entities/perceptron.h, N = its IOB2 tags) and the
// part-of-speech tagger (pos/pos_tagger.h, N = the 17 UPOS tags) use them.
#ifndef SAYWHO_COMMON_PERCEPTRON_WEIGHTS_H_
#define SAYWHO_COMMON_PERCEPTRON_WEIGHTS_H_

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "common/averaged_weight.h"
#include "common/model_io.h"

namespace saywho {

template <int N>
using ClassScores = std::array<float, N>;

// Weights being trained. Not thread safe.
template <int N>
class TrainingWeights {
 public:
  void AddScores(uint64_t feature, float* scores) const {
    auto it = index_.find(feature);
    if (it == index_.end()) return;
    const AveragedWeight* w = &weights_[size_t{it->second} * N];
    for (int c = 0; c < N; ++c) scores[c] += w[c].value;
  }
  // Adds `delta` to the weight of (feature, cls) at time step `step`.
  void Update(uint64_t feature, int cls, float delta, int64_t step) {
    auto [it, inserted] = index_.try_emplace(feature, static_cast<uint32_t>(index_.size()));
    if (inserted) weights_.resize(weights_.size() + N);
    weights_[size_t{it->second} * N + cls].Add(delta, step);
  }
  // The averaged weight rows (Collins 2002), rows all-zero left out, sorted
  // by feature so that model files are reproducible.
  std::vector<std::pair<uint64_t, ClassScores<N>>> Averaged(int64_t steps) const {
    std::vector<std::pair<uint64_t, ClassScores<N>>> rows;
    rows.reserve(index_.size());
    for (const auto& [feature, row] : index_) {
      ClassScores<N> avg;
      bool any = false;
      for (int c = 0; c < N; ++c) {
        avg[c] = weights_[size_t{row} * N + c].Average(steps);
        any |= avg[c] != 0.0f;
      }
      if (any) rows.emplace_back(feature, avg);
    }
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return rows;
  }
  size_t size() const { return index_.size(); }

 private:
  absl::flat_hash_map<uint64_t, uint32_t> index_;
  std::vector<AveragedWeight> weights_;  // N a feature, in index_ order
};

// A shipped model's weights: rows of int16 weights times one scale, found by
// the top bits of the feature hash (bucket) and the high 32 bits (key).
// Thread safety: immutable; share freely.
template <int N>
class PackedWeights {
 public:
  struct Row {
    uint32_t key;
    int16_t weight[N];
    uint16_t padding[N % 2 == 0 ? 2 : 1];  // keeps the row a multiple of 4 bytes
  };
  static_assert(sizeof(Row) % 4 == 0);

  // Keeps at most `max_rows` rows, those with the largest weights.
  static PackedWeights Build(std::vector<std::pair<uint64_t, ClassScores<N>>> rows, size_t max_rows) {
    auto norm = [](const ClassScores<N>& s) {
      float sum = 0;
      for (float v : s) sum += std::fabs(v);
      return sum;
    };
    if (rows.size() > max_rows) {
      std::nth_element(rows.begin(), rows.begin() + max_rows, rows.end(),
                       [&](const auto& a, const auto& b) { return norm(a.second) > norm(b.second); });
      rows.resize(max_rows);
    }
    float max_abs = 1e-9f;
    for (const auto& [feature, s] : rows) {
      for (float v : s) max_abs = std::max(max_abs, std::fabs(v));
    }
    int bits = 1;
    while (bits < 30 && (size_t{1} << bits) < rows.size()) ++bits;
    PackedWeights packed;
    packed.scale_ = max_abs / 32767.0f;
    packed.bucket_shift_ = 32 - bits;
    // Counting sort of the rows by bucket.
    packed.bucket_start_.assign((size_t{1} << bits) + 1, 0);
    for (const auto& [feature, s] : rows) ++packed.bucket_start_[packed.BucketOf(feature) + 1];
    for (size_t b = 1; b < packed.bucket_start_.size(); ++b) {
      packed.bucket_start_[b] += packed.bucket_start_[b - 1];
    }
    std::vector<uint32_t> next(packed.bucket_start_.begin(), packed.bucket_start_.end() - 1);
    packed.rows_.resize(rows.size());
    for (const auto& [feature, s] : rows) {
      Row& row = packed.rows_[next[packed.BucketOf(feature)]++];
      row = Row{};
      row.key = static_cast<uint32_t>(feature >> 32);
      for (int c = 0; c < N; ++c) row.weight[c] = static_cast<int16_t>(std::lround(s[c] / packed.scale_));
    }
    return packed;
  }

  void AddScores(uint64_t feature, float* scores) const {
    const uint32_t bucket = BucketOf(feature);
    const uint32_t key = static_cast<uint32_t>(feature >> 32);
    for (uint32_t r = bucket_start_[bucket], e = bucket_start_[bucket + 1]; r < e; ++r) {
      if (rows_[r].key != key) continue;
      for (int c = 0; c < N; ++c) scores[c] += scale_ * rows_[r].weight[c];
      return;
    }
  }

  // Memory hints: the table is larger than the caches, so a tagger asks
  // for the buckets of the next token's features [begin, end) one token
  // ahead, and for the rows of this token's just before use.
  void PrefetchBuckets(const uint64_t* begin, const uint64_t* end) const {
    for (const uint64_t* f = begin; f < end; ++f) __builtin_prefetch(&bucket_start_[BucketOf(*f)]);
  }
  void PrefetchRows(const uint64_t* begin, const uint64_t* end) const {
    for (const uint64_t* f = begin; f < end; ++f) __builtin_prefetch(&rows_[bucket_start_[BucketOf(*f)]]);
  }

  size_t size() const { return rows_.size(); }
  // Raw parts, for model files.
  float scale() const { return scale_; }
  int bucket_bits() const { return 32 - bucket_shift_; }
  const std::vector<uint32_t>& bucket_start() const { return bucket_start_; }
  const std::vector<Row>& rows() const { return rows_; }
  // Into a model file, and back; Read is false for a truncated or
  // malformed table.
  void Write(ModelWriter* out) const {
    out->Put(scale_);
    out->Put(static_cast<uint32_t>(bucket_bits()));
    out->PutArray(bucket_start_);
    out->PutArray(rows_);
  }
  bool Read(ModelReader* in) {
    float scale = 0;
    uint32_t bits = 0;
    std::vector<uint32_t> starts;
    std::vector<Row> rows;
    return in->Get(&scale) && in->Get(&bits) && in->GetArray(&starts) && in->GetArray(&rows) &&
           Assign(scale, static_cast<int>(bits), std::move(starts), std::move(rows));
  }
  // Checks the parts' consistency; false for a malformed table.
  bool Assign(float scale, int bucket_bits, std::vector<uint32_t> bucket_start, std::vector<Row> rows) {
    if (bucket_bits < 1 || bucket_bits > 30 || !std::isfinite(scale)) return false;
    if (bucket_start.size() != (size_t{1} << bucket_bits) + 1) return false;
    if (bucket_start.front() != 0 || bucket_start.back() != rows.size()) return false;
    for (size_t b = 1; b < bucket_start.size(); ++b) {
      if (bucket_start[b] < bucket_start[b - 1]) return false;
    }
    scale_ = scale;
    bucket_shift_ = 32 - bucket_bits;
    bucket_start_ = std::move(bucket_start);
    rows_ = std::move(rows);
    return true;
  }

 private:
  uint32_t BucketOf(uint64_t feature) const { return static_cast<uint32_t>(feature) >> bucket_shift_; }

  float scale_ = 1.0f;
  int bucket_shift_ = 31;
  std::vector<uint32_t> bucket_start_ = {0, 0, 0};
  std::vector<Row> rows_;
};

}  // namespace saywho

#endif  // SAYWHO_COMMON_PERCEPTRON_WEIGHTS_H_
