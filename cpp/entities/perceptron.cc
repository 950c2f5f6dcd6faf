#include "entities/perceptron.h"

#include <algorithm>
#include <cmath>

namespace saywho::ner {

void TrainingWeights::Update(uint64_t feature, Tag tag, float delta, int64_t step) {
  auto [it, inserted] = index_.try_emplace(feature, static_cast<uint32_t>(index_.size()));
  if (inserted) weights_.resize(weights_.size() + kNumTags);
  weights_[size_t{it->second} * kNumTags + tag].Add(delta, step);
}

std::vector<std::pair<uint64_t, TagScores>> TrainingWeights::Averaged(int64_t steps) const {
  std::vector<std::pair<uint64_t, TagScores>> rows;
  rows.reserve(index_.size());
  for (const auto& [feature, row] : index_) {
    TagScores avg;
    bool any = false;
    for (int t = 0; t < kNumTags; ++t) {
      avg[t] = weights_[size_t{row} * kNumTags + t].Average(steps);
      any |= avg[t] != 0.0f;
    }
    if (any) rows.emplace_back(feature, avg);
  }
  // Hash-map order is not stable; sort so that model files are reproducible.
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return rows;
}

PackedWeights PackedWeights::Build(std::vector<std::pair<uint64_t, TagScores>> rows,
                                   size_t max_rows) {
  auto norm = [](const TagScores& s) {
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
  for (const auto& [feature, s] : rows) {
    ++packed.bucket_start_[(static_cast<uint32_t>(feature) >> packed.bucket_shift_) + 1];
  }
  for (size_t b = 1; b < packed.bucket_start_.size(); ++b) {
    packed.bucket_start_[b] += packed.bucket_start_[b - 1];
  }
  std::vector<uint32_t> next(packed.bucket_start_.begin(), packed.bucket_start_.end() - 1);
  packed.rows_.resize(rows.size());
  for (const auto& [feature, s] : rows) {
    Row& row = packed.rows_[next[static_cast<uint32_t>(feature) >> packed.bucket_shift_]++];
    row.key = static_cast<uint32_t>(feature >> 32);
    row.padding = 0;
    for (int t = 0; t < kNumTags; ++t) {
      row.weight[t] = static_cast<int16_t>(std::lround(s[t] / packed.scale_));
    }
  }
  return packed;
}

bool PackedWeights::Assign(float scale, int bucket_bits, std::vector<uint32_t> bucket_start,
                           std::vector<Row> rows) {
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

}  // namespace saywho::ner
