#include "quotes/confidence.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace saywho::quotes {
namespace {

constexpr LexiconName kWeightsTable = "quote_reported_confidence_weights";

// The words of `text` (split at ASCII white space), lower-cased.
std::vector<std::string> LowerWords(std::string_view text) {
  std::vector<std::string> words;
  size_t k = 0;
  while (k < text.size()) {
    while (k < text.size() && absl::ascii_isspace(static_cast<unsigned char>(text[k]))) ++k;
    const size_t start = k;
    while (k < text.size() && !absl::ascii_isspace(static_cast<unsigned char>(text[k]))) ++k;
    if (k > start) words.push_back(absl::AsciiStrToLower(std::string(text.substr(start, k - start))));
  }
  return words;
}

bool IsSpeakerPronoun(const std::string& word) {
  static constexpr std::string_view kPronouns[] = {"he", "she", "they", "it", "we", "i", "you",
                                                   "who", "which", "his", "her", "their"};
  return std::find(std::begin(kPronouns), std::end(kPronouns), word) != std::end(kPronouns);
}

// The content's first word as a feature: the few words that say how a
// clause or phrase opens, else its case.
std::string_view OpeningClass(std::string_view original, const std::string& lower) {
  static constexpr std::string_view kOpeners[] = {"that", "to",  "the", "a",    "an",      "he", "she",
                                                  "they", "it",  "we",  "i",    "how",     "what",
                                                  "whether", "if", "his", "her", "their", "about"};
  if (std::find(std::begin(kOpeners), std::end(kOpeners), lower) != std::end(kOpeners)) return lower;
  return !original.empty() && absl::ascii_isupper(static_cast<unsigned char>(original[0])) ? "~Xx" : "~x";
}

}  // namespace

std::vector<std::string> ReportedQuoteFeatures(const Document& doc, const Quote& q) {
  const std::vector<std::string> cue = LowerWords(doc.Slice(q.cue_start, q.cue_end));
  const std::vector<std::string> speaker = LowerWords(doc.Slice(q.speaker_start, q.speaker_end));
  const std::string_view content_text = doc.Slice(q.start, q.end);
  const std::vector<std::string> content = LowerWords(content_text);
  std::string_view speaker_kind = "none";
  if (!speaker.empty()) {
    speaker_kind = speaker.size() == 1 && IsSpeakerPronoun(speaker[0]) ? "pronoun"
                   : q.speaker >= 0                                     ? "entity"
                                                                        : "description";
  }
  std::vector<std::string> features = {"bias"};
  features.push_back(absl::StrCat("cue=", absl::StrJoin(cue, " ")));
  features.push_back(absl::StrCat("cue_words=", std::min<size_t>(cue.size(), 3)));
  features.push_back("speaker=" + std::string(speaker_kind));
  features.push_back(absl::StrCat("speaker_words=", std::min<size_t>(speaker.size(), 5)));
  // Lengths in powers of two: 1, 2-3, 4-7 ... words, 64 and more as one.
  const int length = static_cast<int>(std::log2(static_cast<double>(content.size()) + 1));
  features.push_back(absl::StrCat("content_words=", std::min(length, 6)));
  const size_t lead = content_text.find_first_not_of(" \t\n\r\f\v");
  const std::string_view opening =
      content.empty() ? std::string_view() : OpeningClass(content_text.substr(lead), content[0]);
  features.push_back("opens=" + std::string(opening));
  features.push_back(absl::StrCat("cue_side=", q.cue_start < q.start ? "before" : "after"));
  return features;
}

float ReportedQuoteConfidence(const Lexicon& lexicon, const Document& doc, const Quote& q, float fallback) {
  const Lexicon::WeightTable* weights = lexicon.Weights(kWeightsTable);
  if (weights == nullptr) return fallback;
  float score = 0;
  for (const std::string& feature : ReportedQuoteFeatures(doc, q)) {
    if (auto it = weights->find(KeyHash(feature)); it != weights->end()) score += it->second;
  }
  return 1.0f / (1.0f + std::exp(-score));
}

}  // namespace saywho::quotes
