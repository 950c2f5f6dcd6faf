#include "saywho/document.h"

#include <algorithm>
#include <array>

namespace saywho {
namespace {

constexpr std::array<std::string_view, kNumLabels> kLabelNames = {
    "",         "PERSON", "NORP",     "FAC",      "ORG",         "GPE",
    "LOC",      "PRODUCT", "EVENT",   "WORK_OF_ART", "LAW",      "LANGUAGE",
    "DATE",     "TIME",   "PERCENT",  "MONEY",    "QUANTITY",    "ORDINAL",
    "CARDINAL"};

constexpr std::array<std::string_view, 4> kQuoteKindNames = {
    "direct", "partial", "indirect", "term"};

constexpr std::array<std::string_view, kNumPartsOfSpeech> kPartOfSpeechNames = {
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};

}  // namespace

std::string_view PartOfSpeechName(PartOfSpeech pos) {
  return kPartOfSpeechNames[static_cast<size_t>(pos)];
}

std::optional<PartOfSpeech> PartOfSpeechFromName(std::string_view name) {
  for (size_t i = 0; i < kPartOfSpeechNames.size(); ++i) {
    if (kPartOfSpeechNames[i] == name) return static_cast<PartOfSpeech>(i);
  }
  return std::nullopt;
}

std::string_view LabelName(Label label) {
  return kLabelNames[static_cast<size_t>(label)];
}

Label LabelFromName(std::string_view name) {
  for (size_t i = 1; i < kLabelNames.size(); ++i) {
    if (kLabelNames[i] == name) return static_cast<Label>(i);
  }
  return Label::kNone;
}

std::string_view QuoteKindName(QuoteKind kind) {
  return kQuoteKindNames[static_cast<size_t>(kind)];
}

Offset Document::ToSource(Offset clean) const {
  if (source_map.empty()) return clean;
  // The last anchor at or before `clean`.
  auto it = std::upper_bound(
      source_map.begin(), source_map.end(), clean,
      [](Offset c, const SourceAnchor& a) { return c < a.clean; });
  if (it == source_map.begin()) return clean;
  const SourceAnchor& a = *(it - 1);
  Offset mapped = a.source + (clean - a.clean);
  if (it != source_map.end()) mapped = std::min(mapped, it->source);
  return mapped;
}

}  // namespace saywho
