#include "entities/features.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"
#include "common/utf8.h"
#include "common/hashing.h"
#include "saywho/lexicon.h"
#include "unicode/uchar.h"

namespace saywho::ner {
namespace {

// Feature templates. The numbers are part of the model format: append only.
enum Template : uint32_t {
  kBias = 0, kWord, kLower, kLowerPrev, kLowerNext, kLowerPrev2, kLowerNext2,
  kBigramPrev, kBigramNext, kShape, kShapePrev, kShapeNext, kShapeTrigram,
  kPrefix, kSuffix, kSentenceStartCap, kCluster, kClusterPrev, kClusterNext,
  kGazBegin, kGazInside, kSeenLower, kSeenCapInside, kHeadlineShape,
  kStyleCopy, kHistPrev, kHistPrev2, kHistPrevWord, kHistPrevShape,
  kGazNext, kGazPrev, kMemoryMajority, kMemoryUnanimous, kWordPrev, kWordNext,
  kLowerShapeNext, kShapeLowerPrev, kClusterBigram,
};

constexpr uint64_t kBoundary = 0x5bd1e9955bd1e995ull;  // "no word here"

bool StartsUpper(std::string_view w) {
  return !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
}

bool StartsLower(std::string_view w) {
  return !w.empty() && w[0] >= 'a' && w[0] <= 'z';
}

bool HasLetters(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  });
}

bool AllUpper(std::string_view w) {
  return HasLetters(w) && std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

std::string NormalizeQuotes(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (size_t i = 0; i < word.size(); ++i) {
    if (i + 2 < word.size() && word[i] == '\xE2' && word[i + 1] == '\x80') {
      const char c = word[i + 2];
      if (c == '\x98' || c == '\x99') {  // U+2018, U+2019
        out.push_back('\'');
        i += 2;
        continue;
      }
      if (c == '\x9C' || c == '\x9D') {  // U+201C, U+201D
        out.push_back('"');
        i += 2;
        continue;
      }
    }
    out.push_back(word[i]);
  }
  return out;
}

std::string WordShape(std::string_view word) {
  std::string shape;
  char last = 0;
  for (size_t i = 0; i < word.size();) {
    int length = 1;
    char kind;
    const unsigned char b = word[i];
    if (b < 0x80) {
      kind = (b >= 'A' && b <= 'Z') ? 'X' : (b >= 'a' && b <= 'z') ? 'x'
           : (b >= '0' && b <= '9') ? 'd' : static_cast<char>(b);
    } else {
      // Non-ASCII: ask ICU about the code point (valid UTF-8 is guaranteed
      // by the reader; a stray byte decodes as one replacement unit).
      length = std::min<int>(Utf8Length(b), static_cast<int>(word.size() - i));
      UChar32 c = static_cast<UChar32>(DecodeUtf8(word, i, &length));
      kind = u_isupper(c) ? 'X' : u_islower(c) ? 'x' : u_isdigit(c) ? 'd' : '*';
    }
    if (kind != last) shape.push_back(kind);
    last = kind;
    i += std::max(length, 1);
  }
  return shape;
}

void FeatureExtractor::Extract(const Document& doc, Style style,
                               DocumentFeatures* out) const {
  PrepareDocument(doc, out);
  ExtractSentences(doc, style, 0, doc.sentences.size(), out);
}

namespace {

// Token k's word as the training corpora spell it (straight quotation marks);
// `storage` holds a rewritten word.
std::string_view CorpusWord(const Document& doc, uint32_t k, std::string* storage) {
  const std::string_view word = doc.Slice(doc.tokens.start[k], doc.tokens.end[k]);
  if (word.find("\xE2\x80") == std::string_view::npos) return word;
  *storage = NormalizeQuotes(word);
  return *storage;
}

}  // namespace

void FeatureExtractor::PrepareDocument(const Document& doc, DocumentFeatures* out) const {
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  out->features.clear();
  out->offsets.assign(n + 1, 0);
  out->word_keys.resize(n);
  out->shape_keys.resize(n);
  out->memory_keys.assign(n, 0);
  out->exact_keys.resize(n);
  out->cluster_ids.resize(size_t{n} * WordClusters::kLevels);
  out->seen_lower.clear();
  out->seen_cap_inside.clear();
  out->extracted_end = 0;
  std::vector<uint8_t> sentence_start(n, 0);
  for (const Sentence& s : doc.sentences) {
    if (s.first_token < n) sentence_start[s.first_token] = 1;
  }
  // Document-level cues (Ratinov & Roth 2009): a capitalised word that also
  // occurs in lower case is likely a common word; one that is capitalised
  // inside a sentence elsewhere is likely a name even where it starts one.
  std::string storage;
  for (uint32_t i = 0; i < n; ++i) {
    const std::string_view w = CorpusWord(doc, i, &storage);
    out->exact_keys[i] = HashBytes(w, false);
    out->word_keys[i] = HashBytes(w, true);
    out->shape_keys[i] = HashBytes(WordShape(w), false);
    const WordClusters::Ids* ids = clusters_ ? clusters_->Find(w) : nullptr;
    if (ids == nullptr && clusters_ != nullptr && w.size() > 1 && AllUpper(w)) {
      // Headlines and sports tables shout: "DETROIT" clusters as "Detroit".
      std::string title = AsciiLower(w);
      title[0] = w[0];
      ids = clusters_->Find(title);
    }
    for (int k = 0; k < WordClusters::kLevels; ++k) {
      out->cluster_ids[size_t{i} * WordClusters::kLevels + k] = ids ? 1 + (*ids)[k] : 0;
    }
    if (StartsUpper(w)) out->memory_keys[i] = out->word_keys[i];
    if (StartsLower(w)) out->seen_lower.insert(out->word_keys[i]);
    if (StartsUpper(w) && !sentence_start[i]) out->seen_cap_inside.insert(out->word_keys[i]);
  }
}

void FeatureExtractor::ExtractSentences(const Document& doc, Style style, size_t first_sentence,
                                        size_t end_sentence, DocumentFeatures* out) const {
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  std::vector<uint32_t> gaz_begin, gaz_inside;
  std::vector<uint64_t>& f = out->features;
  f.clear();
  std::string storage;
  for (size_t sentence = first_sentence; sentence < end_sentence && sentence < doc.sentences.size(); ++sentence) {
    const Sentence& s = doc.sentences[sentence];
    if (!TakesSentence(s, out->extracted_end, n)) continue;
    const uint32_t first = s.first_token, end = std::min<uint32_t>(s.end_token, n);
    // Tokens between sentences get no features (empty ranges).
    for (uint32_t k = out->extracted_end; k <= first; ++k) out->offsets[k] = static_cast<uint32_t>(f.size());
    out->extracted_end = end;
    if (gazetteer_) gazetteer_->Match(doc, first, end, &gaz_begin, &gaz_inside);
    bool headline = true;  // every word with letters in upper case
    for (uint32_t i = first; i < end && headline; ++i) {
      const std::string_view w = CorpusWord(doc, i, &storage);
      headline = !HasLetters(w) || AllUpper(w);
    }
    auto lower = [&](int64_t i) { return i < first || i >= end ? kBoundary : out->word_keys[i]; };
    auto shape = [&](int64_t i) { return i < first || i >= end ? kBoundary : out->shape_keys[i]; };
    auto word = [&](int64_t i) { return i < first || i >= end ? kBoundary : out->exact_keys[i]; };
    auto cluster = [&](int64_t i, int level) -> uint64_t {
      return i < first || i >= end ? kBoundary : out->cluster_ids[i * WordClusters::kLevels + level];
    };
    for (uint32_t i = first; i < end; ++i) {
      const std::string_view w = CorpusWord(doc, i, &storage);
      const size_t begin_size = f.size();
      f.push_back(Feature(kBias, 0));
      f.push_back(Feature(kWord, out->exact_keys[i]));
      f.push_back(Feature(kLower, lower(i)));
      f.push_back(Feature(kLowerPrev, lower(int64_t{i} - 1)));
      f.push_back(Feature(kLowerNext, lower(i + 1)));
      f.push_back(Feature(kLowerPrev2, lower(int64_t{i} - 2)));
      f.push_back(Feature(kLowerNext2, lower(i + 2)));
      f.push_back(Feature(kBigramPrev, lower(int64_t{i} - 1), lower(i)));
      f.push_back(Feature(kBigramNext, lower(i), lower(i + 1)));
      f.push_back(Feature(kShape, shape(i)));
      f.push_back(Feature(kShapePrev, shape(int64_t{i} - 1), shape(i)));
      f.push_back(Feature(kShapeNext, shape(i), shape(i + 1)));
      f.push_back(Feature(kShapeTrigram, shape(int64_t{i} - 1), shape(i), shape(i + 1)));
      // Affixes of the lower-cased word, 1 to 4 bytes.
      uint64_t prefix = kFnvOffset, suffix = kFnvOffset;
      for (size_t k = 1; k <= 4 && k <= w.size(); ++k) {
        prefix = HashBytes(w.substr(k - 1, 1), true, prefix);
        suffix = HashBytes(w.substr(w.size() - k, 1), true, suffix);
        f.push_back(Feature(kPrefix, prefix, k));
        f.push_back(Feature(kSuffix, suffix, k));
      }
      if (i == first) f.push_back(Feature(kSentenceStartCap, StartsUpper(w)));
      for (int level = 0; level < WordClusters::kLevels; ++level) {
        f.push_back(Feature(kCluster, cluster(i, level), level));
      }
      f.push_back(Feature(kClusterPrev, cluster(int64_t{i} - 1, 1)));
      f.push_back(Feature(kClusterNext, cluster(i + 1, 1)));
      f.push_back(Feature(kWordPrev, word(int64_t{i} - 1)));
      f.push_back(Feature(kWordNext, word(i + 1)));
      f.push_back(Feature(kLowerShapeNext, lower(i), shape(i + 1)));
      f.push_back(Feature(kShapeLowerPrev, lower(int64_t{i} - 1), shape(i)));
      f.push_back(Feature(kClusterBigram, cluster(int64_t{i} - 1, 2), cluster(i, 2)));
      if (gazetteer_) {
        const uint32_t k = i - first;
        for (uint32_t bits = gaz_begin[k]; bits != 0; bits &= bits - 1) {
          f.push_back(Feature(kGazBegin, __builtin_ctz(bits)));
        }
        for (uint32_t bits = gaz_inside[k]; bits != 0; bits &= bits - 1) {
          f.push_back(Feature(kGazInside, __builtin_ctz(bits)));
        }
        if (i + 1 < end) {
          for (uint32_t bits = gaz_begin[k + 1] | gaz_inside[k + 1]; bits != 0; bits &= bits - 1) {
            f.push_back(Feature(kGazNext, __builtin_ctz(bits)));
          }
        }
        if (i > first) {
          for (uint32_t bits = gaz_begin[k - 1] | gaz_inside[k - 1]; bits != 0; bits &= bits - 1) {
            f.push_back(Feature(kGazPrev, __builtin_ctz(bits)));
          }
        }
      }
      if (StartsUpper(w)) {
        f.push_back(Feature(kSeenLower, out->seen_lower.contains(out->word_keys[i]), i == first));
        f.push_back(Feature(kSeenCapInside, out->seen_cap_inside.contains(out->word_keys[i]), i == first));
      }
      if (headline) f.push_back(Feature(kHeadlineShape, shape(i)));
      // Style-specific copies (Daume 2007): the shared features carry what
      // all corpora agree on; these learn a style's own span conventions.
      if (style != Style::kNews) {
        const uint64_t st = static_cast<uint64_t>(style);
        const size_t shared_end = f.size();
        for (size_t k = begin_size; k < begin_size + 13 && k < shared_end; ++k) {
          f.push_back(Feature(kStyleCopy, f[k], st));
        }
      }
      out->offsets[i + 1] = static_cast<uint32_t>(f.size());
    }
  }
  // Tokens after the last sentence extracted: no features either.
  if (end_sentence >= doc.sentences.size()) {
    for (uint32_t k = out->extracted_end; k <= n; ++k) out->offsets[k] = static_cast<uint32_t>(f.size());
  }
}


int FeatureExtractor::HistoryFeatures(const DocumentFeatures& features,
                                      uint32_t token, Tag prev, Tag prev2,
                                      Style style, const DocumentMemory* memory,
                                      uint64_t out[kMaxHistoryFeatures]) {
  int k = 0;
  if (memory != nullptr && features.memory_keys[token] != 0) {
    k += memory->Features(features.memory_keys[token], out);
  }
  out[k++] = Feature(kHistPrev, prev);
  out[k++] = Feature(kHistPrev2, prev, prev2);
  out[k++] = Feature(kHistPrevWord, prev, features.word_keys[token]);
  out[k++] = Feature(kHistPrevShape, prev, features.shape_keys[token]);
  if (style != Style::kNews) {
    const uint64_t st = static_cast<uint64_t>(style);
    out[k++] = Feature(kStyleCopy, Feature(kHistPrev, prev), st);
    out[k++] = Feature(kStyleCopy, Feature(kHistPrevWord, prev, features.word_keys[token]), st);
  }
  return k;
}

void DocumentMemory::Record(uint64_t memory_key, Tag tag) {
  if (memory_key == 0) return;
  auto& counts = counts_[memory_key];
  uint16_t& c = counts[tag == kOutside ? kNumClasses : ClassOf(tag)];
  if (c < 0xffff) ++c;
}

int DocumentMemory::Features(uint64_t memory_key, uint64_t out[2]) const {
  auto it = counts_.find(memory_key);
  if (it == counts_.end()) return 0;
  const auto& counts = it->second;
  int best = 0, total = 0;
  for (int c = 0; c <= kNumClasses; ++c) {
    total += counts[c];
    if (counts[c] > counts[best]) best = c;
  }
  out[0] = Feature(kMemoryMajority, best + 1);
  out[1] = Feature(kMemoryUnanimous, best + 1, counts[best] == total);
  return 2;
}

}  // namespace saywho::ner
