#include "resolve/spelling.h"

#include <algorithm>
#include <utility>

#include "absl/container/inlined_vector.h"

namespace saywho {
namespace {

// The word with up to `deletions` (at most two) bytes deleted, every way
// ("iori" -> "ori", "iri", "ioi", "ior"), plus the word itself, sorted and
// distinct: two words within that many edits share one of these.
std::vector<std::string> DeletionVariants(std::string_view word, size_t deletions) {
  const size_t n = word.size();
  std::vector<std::string> out = {std::string(word)};
  auto without = [&](size_t i, size_t j) {  // j == n: only i
    std::string variant;
    variant.reserve(n);
    for (size_t k = 0; k < n; ++k) {
      if (k != i && k != j) variant += word[k];
    }
    out.push_back(std::move(variant));
  };
  for (size_t i = 0; deletions >= 1 && i < n; ++i) {
    without(i, n);
    for (size_t j = i + 1; deletions >= 2 && j < n; ++j) without(i, j);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

size_t SpellingDistance(std::string_view a, std::string_view b, size_t cap) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > cap) return cap + 1;
  // Three rows of the table (a swap looks two rows back): d[i][j] is the
  // distance between a's first i bytes and b's first j.
  const size_t width = b.size() + 1;
  absl::InlinedVector<size_t, 3 * 20> rows(3 * width);
  auto row = [&](size_t i) { return rows.data() + (i % 3) * width; };
  for (size_t j = 0; j < width; ++j) row(0)[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t* d = row(i);
    const size_t* up = row(i - 1);
    const size_t* up2 = row(i - 2 + 3);  // (i - 2) mod 3; unread when i == 1
    d[0] = i;
    for (size_t j = 1; j < width; ++j) {
      d[j] = std::min({up[j] + 1, d[j - 1] + 1, up[j - 1] + (a[i - 1] != b[j - 1])});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[j] = std::min(d[j], up2[j - 2] + 1);
      }
    }
  }
  return std::min(row(a.size())[b.size()], cap + 1);
}

size_t AllowedMisspelling(size_t length) {
  constexpr size_t kLongestWord = 16;
  if (length < 4 || length > kLongestWord) return 0;
  return length >= 8 ? 2 : 1;
}

void SpellingIndex::Add(std::string_view spelling) {
  if (AllowedMisspelling(spelling.size()) == 0 || !seen_.emplace(spelling).second) return;
  spellings_.emplace_back(spelling);
}

void SpellingIndex::ExtendIndex() {
  for (; indexed_ < spellings_.size(); ++indexed_) {
    if (entries_ >= kMostEntries) continue;
    const std::string& spelling = spellings_[indexed_];
    for (const std::string& variant : DeletionVariants(spelling, AllowedMisspelling(spelling.size()))) {
      std::vector<uint32_t>& holders = by_variant_[variant];
      if (holders.size() >= kMostPerVariant) continue;
      holders.push_back(static_cast<uint32_t>(indexed_));
      ++entries_;
    }
  }
}

const std::string* SpellingIndex::UniqueClose(std::string_view word) {
  const size_t allowed = AllowedMisspelling(word.size());
  if (allowed == 0) return nullptr;
  const std::string* found = nullptr;
  // Whether `candidate` is close enough; false when it is a second one.
  auto close = [&](const std::string& candidate) {
    return candidate != word && (found == nullptr || *found != candidate) &&
           SpellingDistance(word, candidate, allowed) <=
               std::min(allowed, AllowedMisspelling(candidate.size()));
  };
  if (spellings_.size() <= kMostPerVariant) {
    // No variant can hold more than kMostPerVariant spellings, nor the index
    // reach kMostEntries: the index would file every spelling under all its
    // variants, and two words within the allowed edits share a variant, so
    // comparing with each spelling finds what the index would.
    for (const std::string& candidate : spellings_) {
      if (!close(candidate)) continue;
      if (found != nullptr) return nullptr;
      found = &candidate;
    }
    return found;
  }
  ExtendIndex();
  for (const std::string& variant : DeletionVariants(word, allowed)) {
    auto it = by_variant_.find(variant);
    if (it == by_variant_.end()) continue;
    for (uint32_t holder : it->second) {
      const std::string& candidate = spellings_[holder];
      if (!close(candidate)) continue;
      if (found != nullptr) return nullptr;
      found = &candidate;
    }
  }
  return found;
}

}  // namespace saywho
