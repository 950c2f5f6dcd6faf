#include "quotes/learned_cues.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <initializer_list>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "common/averaged_weight.h"
#include "quotes/cues.h"
#include "quotes/quotes.h"

namespace saywho::quotes {
namespace {

constexpr LexiconName kWeightsTable = "quote_learned_cue_weights";
// The feature of the word itself, which IsCue requires ("w=stated").
constexpr std::string_view kWordFeature = "w=";
constexpr uint64_t kWordFeatureHash = KeyHash(kWordFeature);
// How far after a candidate a complementizer still counts as its clause
// ("urged the committee that ...").
constexpr uint32_t kThatWindow = 4;

bool IsFunctionWord(const Lexicon& lexicon, const Word& word) {
  return lexicon.Contains("quote_function_words", word.lower) ||
         lexicon.Contains("quote_noun_prepositions", word.lower) ||
         lexicon.Contains("quote_determiners", word.lower);
}

}  // namespace

bool IsListedCue(const Layout& layout, const Lexicon& lexicon, uint32_t w, uint32_t sentence_end) {
  const std::string& lower = layout.words()[w].lower;
  if (lexicon.Contains("quote_reported_weak_cues", lower)) return false;
  return CueAt(layout, lexicon, w, sentence_end).has_value() ||
         lexicon.Lookup("quote_reported_verbs", lower) != nullptr;
}

std::vector<std::string> LearnedCueWords(const Lexicon& lexicon) {
  std::vector<std::string> words;
  for (const std::string& feature : lexicon.Keys(kWeightsTable)) {
    if (feature.size() > kWordFeature.size() && feature.compare(0, kWordFeature.size(), kWordFeature) == 0) {
      words.push_back(feature.substr(kWordFeature.size()));
    }
  }
  return words;
}

LearnedCues::LearnedCues(const Layout& layout, const Lexicon& lexicon, const std::vector<int32_t>& inside)
    : layout_(layout),
      lexicon_(lexicon),
      inside_(inside),
      weights_(lexicon.Weights(kWeightsTable)),
      classes_(layout.words().size()) {}

bool LearnedCues::IsCandidate(uint32_t w) const {
  const Word& word = layout_.words()[w];
  // Adverbs and auxiliaries stand before a cue ("has publicly stated").
  if (inside_[w] >= 0 || word.punct || StartsWithDigit(word) || word.lower.size() < 3 ||
      IsFunctionWord(lexicon_, word) || IsCueModifier(lexicon_, word)) {
    return false;
  }
  // A capitalized word inside a sentence is a name.
  return !word.upper || w == layout_.SentenceStart(w);
}

const std::string& LearnedCues::ClassOf(uint32_t w) const {
  std::string& cached = classes_[w];
  if (!cached.empty()) return cached;
  const Word& word = layout_.words()[w];
  if (inside_[w] >= 0) cached = "~quoted";
  else if (word.punct || IsFunctionWord(lexicon_, word)) cached = word.lower;
  else if (IsIngForm(word)) cached = "~ing";
  else if (StartsWithDigit(word)) cached = "~0";
  else cached = word.upper ? "~Xx" : "~x";
  return cached;
}

template <typename Emit>
void LearnedCues::VisitFeatures(const Clause& sentence, uint32_t w, Emit&& emit) const {
  const std::vector<Word>& words = layout_.words();
  auto class_at = [&](int64_t k) -> std::string_view {
    if (k < int64_t(sentence.first_word)) return "<s>";
    if (k >= int64_t(sentence.end_word)) return "</s>";
    return ClassOf(uint32_t(k));
  };
  const std::string_view lower = words[w].lower;
  const std::string_view prev = class_at(int64_t(w) - 1), prev2 = class_at(int64_t(w) - 2);
  const std::string_view next = class_at(w + 1), next2 = class_at(w + 2);
  // The last two letters, a crude stand-in for the inflection ("-ed", "-es").
  const std::string_view ending = lower.substr(lower.size() > 2 ? lower.size() - 2 : 0);
  bool that_follows = false, quote_follows = false;
  for (uint32_t k = w + 1; k < sentence.end_word && k <= w + kThatWindow; ++k) {
    that_follows |= words[k].lower == "that" && inside_[k] < 0;
    quote_follows |= inside_[k] >= 0;
  }
  auto flag = [](bool b) -> std::string_view { return b ? "1" : "0"; };
  emit({kWordFeature, lower});
  // The tagger's classes, which tell "plans" the noun from "plans" the verb
  // (none on a document without tags).
  if (words[w].tagged) {
    auto pos_at = [&](int64_t k) -> std::string_view {
      if (k < int64_t(sentence.first_word) || k >= int64_t(sentence.end_word)) return "-";
      return PartOfSpeechName(words[k].pos);
    };
    const std::string_view pos = pos_at(w);
    emit({"w|pos=", lower, "|", pos});
    emit({"pos|next=", pos, "|", pos_at(int64_t(w) + 1)});
    emit({"prev|pos=", pos_at(int64_t(w) - 1), "|", pos});
  }
  emit({"w|next=", lower, "|", next});
  emit({"w|prev=", lower, "|", prev});
  emit({"w|that=", lower, "|", flag(that_follows)});
  emit({"end=", ending});
  emit({"end|next=", ending, "|", next});
  emit({"end|prev=", ending, "|", prev});
  emit({"prev|next=", prev, "|", next});
  emit({"prev2|prev=", prev2, "|", prev});
  emit({"next|next2=", next, "|", next2});
  emit({"that=", flag(that_follows)});
  emit({"quote=", flag(quote_follows)});
  emit({"first=", flag(w == sentence.first_word)});
}

std::vector<std::string> LearnedCues::Features(const Clause& sentence, uint32_t w) const {
  std::vector<std::string> features;
  VisitFeatures(sentence, w, [&](std::initializer_list<std::string_view> pieces) {
    std::string& feature = features.emplace_back();
    for (std::string_view piece : pieces) feature += piece;
  });
  return features;
}

float LearnedCues::Score(const Clause& sentence, uint32_t w) const {
  float score = 0;
  if (weights_ == nullptr) return score;
  VisitFeatures(sentence, w, [&](std::initializer_list<std::string_view> pieces) {
    uint64_t hash = kKeyHashStart;
    for (std::string_view piece : pieces) hash = KeyHash(piece, hash);
    if (auto it = weights_->find(hash); it != weights_->end()) score += it->second;
  });
  return score;
}

bool LearnedCues::IsCue(const Clause& sentence, uint32_t w) const {
  if (weights_ == nullptr) return false;
  const uint64_t word = KeyHash(layout_.words()[w].lower, kWordFeatureHash);
  return weights_->contains(word) && IsCandidate(w) && Score(sentence, w) > kMargin;
}

std::vector<std::pair<std::string, float>> TrainLearnedCues(const Lexicon& lexicon,
                                                            const std::vector<LearnedCueExample>& examples,
                                                            int epochs, std::string* log) {
  absl::flat_hash_map<std::string, AveragedWeight> weights;
  // The candidates of every example, with their features and labels,
  // computed once.
  struct Candidate {
    std::vector<std::string> features;
    bool cue = false;
  };
  std::vector<Candidate> candidates;
  for (const LearnedCueExample& example : examples) {
    Document doc = *example.doc;
    // Marked quotations: the words inside them are the speaker's own.
    (void)FindQuotes(lexicon, QuoteOptions(), &doc);
    const Layout layout(doc, lexicon);
    const auto& words = layout.words();
    const std::vector<int32_t> inside = QuotationOfWords(layout, doc.quotes);
    const LearnedCues model(layout, lexicon, inside);
    for (const Clause& sentence : layout.sentences()) {
      for (uint32_t w = sentence.first_word; w < sentence.end_word; ++w) {
        if (!model.IsCandidate(w) || IsListedCue(layout, lexicon, w, sentence.end_word)) continue;
        Candidate candidate;
        candidate.features = model.Features(sentence, w);
        candidate.cue = std::binary_search(example.cue_heads.begin(), example.cue_heads.end(), words[w].start);
        candidates.push_back(std::move(candidate));
      }
    }
  }
  int64_t step = 0;
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    int64_t errors = 0, positives = 0, true_positives = 0, predicted = 0;
    for (const Candidate& candidate : candidates) {
      ++step;
      float score = 0;
      for (const std::string& feature : candidate.features) {
        auto it = weights.find(feature);
        if (it != weights.end()) score += it->second.value;
      }
      const bool guess = score > 0;
      positives += candidate.cue;
      predicted += guess;
      true_positives += guess && candidate.cue;
      if (guess == candidate.cue) continue;
      ++errors;
      const float delta = candidate.cue ? 1.0f : -1.0f;
      for (const std::string& feature : candidate.features) weights[feature].Add(delta, step);
    }
    if (log != nullptr) {
      absl::StrAppend(log, "epoch ", epoch, ": ", candidates.size(), " words, ", positives, " cues, ", predicted,
                      " predicted, ", true_positives, " right, ", errors, " errors\n");
    }
  }
  std::vector<std::pair<std::string, float>> out;
  for (const auto& [feature, weight] : weights) {
    const float average = weight.Average(step);
    if (std::abs(average) >= 1e-3f) out.emplace_back(feature, average);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace saywho::quotes
