#include "pos/pos_tagger.h"

#include "common/hashing.h"
#include "common/model_io.h"

namespace saywho::pos {
namespace {

constexpr std::string_view kMagic("SAYWHO-POS\n\0", 12);
constexpr std::string_view kKind = "part-of-speech model";

// Feature templates; their ids are hashed into the model, so never renumber.
enum Template : uint32_t {
  kBias = 0,
  kForm,
  kSuffix2,
  kSuffix3,
  kPrefix1,
  kShapeAtStart,
  kPrevForm,
  kPrevSuffix3,
  kPrev2Form,
  kNextForm,
  kNextSuffix3,
  kNext2Form,
  kShapeContext,
  kPrevTag,
  kPrevTags,
  kPrevTagForm,
  kCluster,
  kPrevCluster,
  kNextCluster,
};

// The word as the features see it: ASCII lower case, digits as 0, curly
// quotation marks and apostrophes straight, so that "1990" and "2016", or
// ’s and 's, share their weights.
void NormaliseForm(std::string_view word, std::string* out) {
  out->clear();
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (c >= '0' && c <= '9') {
      out->push_back('0');
    } else if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < word.size() &&
               static_cast<unsigned char>(word[i + 1]) == 0x80) {
      const unsigned char third = static_cast<unsigned char>(word[i + 2]);
      if (third == 0x98 || third == 0x99) {  // ‘ ’
        out->push_back('\'');
        i += 2;
      } else if (third == 0x9C || third == 0x9D) {  // “ ”
        out->push_back('"');
        i += 2;
      } else {
        out->push_back(c);
      }
    } else {
      out->push_back(AsciiLowerChar(c));
    }
  }
}

// A coarse class of the word's letters: lower, Title, UPPER, digits, no
// letter or digit, other.
enum Shape : uint8_t { kLower = 1, kTitle, kUpper, kDigits, kSymbols, kMixed };

Shape ShapeOf(std::string_view word) {
  int upper = 0, lower = 0, digit = 0, other_bytes = 0;
  for (char c : word) {
    if (c >= 'A' && c <= 'Z') {
      ++upper;
    } else if (c >= 'a' && c <= 'z') {
      ++lower;
    } else if (c >= '0' && c <= '9') {
      ++digit;
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      ++other_bytes;  // a letter of another script, or a curly mark
    }
  }
  if (digit > 0) return kDigits;
  if (upper == 0 && lower == 0) return other_bytes > 0 ? kMixed : kSymbols;
  if (upper == 0) return kLower;
  if (lower == 0) return kUpper;
  return (word[0] >= 'A' && word[0] <= 'Z' && upper == 1) ? kTitle : kMixed;
}

uint64_t Suffix(std::string_view form, size_t n) {
  return HashBytes(form.substr(form.size() > n ? form.size() - n : 0), false);
}

// The word's clusters, ids + 1 (0: none): as written, else in lower case
// ("The" at a sentence's start), else in title case ("OFFICIALS").
// `respelt` is scratch, reused across words.
WordClusters::Ids ClustersOf(std::string_view word, const WordClusters& clusters, std::string* respelt) {
  const WordClusters::Ids* ids = clusters.Find(word);
  if (ids == nullptr) {
    respelt->assign(word);
    for (char& c : *respelt) c = AsciiLowerChar(c);
    ids = clusters.Find(*respelt);
    if (ids == nullptr && !respelt->empty()) {
      (*respelt)[0] = word[0];
      ids = clusters.Find(*respelt);
    }
  }
  WordClusters::Ids out{};
  if (ids != nullptr) {
    for (int k = 0; k < WordClusters::kLevels; ++k) out[k] = static_cast<uint16_t>((*ids)[k] + 1);
  }
  return out;
}

constexpr uint64_t kSentenceStart = 0x5354415254ull;  // stands for word -1, -2
constexpr uint64_t kSentenceEnd = 0x454e44ull;        // stands for word n, n+1

}  // namespace

void SentenceFeatures::Extract(const std::vector<std::string_view>& words, const WordClusters& clusters) {
  const size_t n = words.size();
  // Per word first, so that each word's features can read its neighbours'.
  word_keys.resize(n);
  suffix2_.resize(n);
  suffix3_.resize(n);
  first_bytes_.resize(n);
  shapes_.resize(n);
  clusters_.resize(n);
  std::string form, respelt;
  for (size_t i = 0; i < n; ++i) {
    NormaliseForm(words[i], &form);
    word_keys[i] = HashBytes(form, false);
    suffix2_[i] = Suffix(form, 2);
    suffix3_[i] = Suffix(form, 3);
    first_bytes_[i] = form.empty() ? 0 : static_cast<unsigned char>(form[0]) + 1;
    shapes_[i] = ShapeOf(words[i]);
    clusters_[i] = ClustersOf(words[i], clusters, &respelt);
  }
  auto key = [n](const std::vector<uint64_t>& keys, ptrdiff_t j) {
    if (j < 0) return kSentenceStart;
    if (j >= static_cast<ptrdiff_t>(n)) return kSentenceEnd;
    return keys[static_cast<size_t>(j)];
  };
  features.clear();
  offsets.assign(1, 0);
  for (size_t i = 0; i < n; ++i) {
    const ptrdiff_t k = static_cast<ptrdiff_t>(i);
    features.insert(features.end(), {
        Feature(kBias, 1),
        Feature(kForm, word_keys[i]),
        Feature(kSuffix2, suffix2_[i]),
        Feature(kSuffix3, suffix3_[i]),
        Feature(kPrefix1, first_bytes_[i]),
        Feature(kShapeAtStart, shapes_[i], i == 0 ? 1 : 2),
        Feature(kPrevForm, key(word_keys, k - 1)),
        Feature(kPrevSuffix3, key(suffix3_, k - 1)),
        Feature(kPrev2Form, key(word_keys, k - 2)),
        Feature(kNextForm, key(word_keys, k + 1)),
        Feature(kNextSuffix3, key(suffix3_, k + 1)),
        Feature(kNext2Form, key(word_keys, k + 2)),
        Feature(kShapeContext, key(shapes_, k - 1), shapes_[i], key(shapes_, k + 1)),
        Feature(kCluster, 1, clusters_[i][0]),
        Feature(kCluster, 2, clusters_[i][1]),
        Feature(kCluster, 3, clusters_[i][2]),
        Feature(kPrevCluster, i > 0 ? clusters_[i - 1][1] : kSentenceStart),
        Feature(kNextCluster, i + 1 < n ? clusters_[i + 1][1] : kSentenceEnd),
    });
    offsets.push_back(static_cast<uint32_t>(features.size()));
  }
}

void HistoryFeatures(const SentenceFeatures& sentence, size_t word, int prev, int prev2,
                     uint64_t out[kHistoryFeatures]) {
  // Tags count from 2 here, so that "none" (-1) is 1 and no value is 0.
  const uint64_t p1 = static_cast<uint64_t>(prev + 2), p2 = static_cast<uint64_t>(prev2 + 2);
  out[0] = Feature(kPrevTag, p1);
  out[1] = Feature(kPrevTags, p1, p2);
  out[2] = Feature(kPrevTagForm, p1, sentence.word_keys[word]);
}

std::string SerializePosModel(const PosModel& model) {
  ModelWriter w(kMagic, kPosModelFormatVersion);
  w.Put(static_cast<uint32_t>(kNumPartsOfSpeech));
  model.clusters.Write(&w);
  model.weights.Write(&w);
  return std::move(w).Finish();
}

absl::StatusOr<PosModel> ParsePosModel(std::string_view bytes) {
  auto opened = ModelReader::Open(bytes, kMagic, kPosModelFormatVersion, kKind);
  if (!opened.ok()) return opened.status();
  ModelReader& r = *opened;
  auto invalid = [](std::string_view what) {
    return absl::InvalidArgumentError("not a valid saywho part-of-speech model: " + std::string(what));
  };
  uint32_t tags = 0;
  PosModel model;
  if (!r.Get(&tags) || tags != kNumPartsOfSpeech) return invalid("tag set differs from this build");
  if (!model.clusters.Read(&r)) return invalid("word clusters");
  if (!model.weights.Read(&r) || !r.AtEnd()) return invalid("weight table");
  return model;
}

absl::StatusOr<std::unique_ptr<PosTagger>> PosTagger::Load(const std::string& path) {
  auto bytes = ReadModelBytes(path, kKind);
  if (!bytes.ok()) return bytes.status();
  auto model = ParsePosModel(*bytes);
  if (!model.ok()) return absl::InvalidArgumentError(path + ": " + std::string(model.status().message()));
  return std::make_unique<PosTagger>(*std::move(model));
}

std::vector<PartOfSpeech> PosTagger::TagWords(const std::vector<std::string_view>& words) const {
  SentenceFeatures sentence;
  sentence.Extract(words, model_.clusters);
  std::vector<PartOfSpeech> tags;
  TagSentence(model_.weights, sentence, &tags);
  return tags;
}

void PosTagger::Tag(Document* doc) const {
  Tokens& tokens = doc->tokens;
  tokens.pos.assign(tokens.size(), PartOfSpeech::kX);
  SentenceFeatures sentence;
  std::vector<std::string_view> words;
  std::vector<PartOfSpeech> tags;
  for (const Sentence& s : doc->sentences) {
    if (s.end_token > tokens.size() || s.first_token >= s.end_token) continue;
    words.clear();
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      words.push_back(doc->Slice(tokens.start[t], tokens.end[t]));
    }
    sentence.Extract(words, model_.clusters);
    TagSentence(model_.weights, sentence, &tags);
    std::copy(tags.begin(), tags.end(), tokens.pos.begin() + s.first_token);
  }
}

}  // namespace saywho::pos
