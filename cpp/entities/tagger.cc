#include "entities/tagger.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "absl/container/flat_hash_map.h"
#include "entities/numbers.h"
#include "entities/perceptron.h"

namespace saywho::ner {
namespace {

bool Capitalized(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

bool IsNameLabel(Label l) {
  return l != Label::kNone && l < Label::kDate;
}

}  // namespace

const std::vector<std::string>& DefaultGazetteerLists() {
  static const auto* lists = new std::vector<std::string>{
      "gaz_country", "gaz_city", "gaz_demonym", "gaz_company", "gaz_given_name", "gaz_surname"};
  return *lists;
}

Tagger::Tagger(NerModel model, const Lexicon* lexicon)
    : model_(std::move(model)),
      lexicon_(lexicon),
      gazetteer_(Gazetteer::FromLexicon(lexicon, model_.gazetteer_lists)),
      extractor_(&model_.clusters, &gazetteer_) {
  for (const char* name : {"gaz_country", "gaz_city"}) {
    if (int k = gazetteer_.ListIndex(name); k >= 0) place_lists_ |= 1u << k;
  }
  if (int k = gazetteer_.ListIndex("gaz_demonym"); k >= 0) demonym_lists_ |= 1u << k;
}

absl::StatusOr<std::unique_ptr<Tagger>> Tagger::Load(const std::string& path,
                                                     const Lexicon* lexicon) {
  auto model = ReadModel(path);
  if (!model.ok()) return model.status();
  return std::make_unique<Tagger>(*std::move(model), lexicon);
}

void Tagger::TagNames(const Document& doc, Style style, std::vector<Tag>* tags,
                      std::vector<float>* margins) const {
  DocumentFeatures features;
  extractor_.Extract(doc, style, &features);
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  tags->assign(n, kOutside);
  margins->assign(n, 0.0f);
  uint32_t done = 0;
  DocumentMemory memory;
  for (const Sentence& s : doc.sentences) {
    const uint32_t end = std::min(s.end_token, n);
    if (s.first_token < done || s.first_token >= end) continue;  // as Extract skips it
    GreedyTag(model_.weights, features, s.first_token, end, style, &memory, tags, margins);
    done = end;
  }
}

bool Tagger::InList(std::string_view list, std::string_view word) const {
  return lexicon_ != nullptr && lexicon_->ContainsFolded(list, word);
}

Label Tagger::Refine(const Document& doc, int cls, uint32_t first, uint32_t end) const {
  const std::string_view last = doc.Slice(doc.tokens.start[end - 1], doc.tokens.end[end - 1]);
  const std::string_view text = doc.Slice(doc.tokens.start[first], doc.tokens.end[end - 1]);
  const uint32_t lists = gazetteer_.SpanLists(doc, first, end);
  switch (static_cast<NameClass>(cls)) {
    case NameClass::kPerson: return Label::kPerson;
    case NameClass::kOrg: return Label::kOrg;
    case NameClass::kPlace:
      if (lists & place_lists_) return Label::kGpe;
      if (InList("gaz_loc_words", last) || InList("gaz_loc_words", text)) return Label::kLoc;
      if (InList("gaz_fac_words", last)) return Label::kFac;
      return Label::kGpe;
    default:
      break;
  }
  // The other name classes: a nationality first, then kinds by their head.
  if (lists & demonym_lists_) return Label::kNorp;
  if (InList("gaz_language", text)) return Label::kLanguage;
  if (InList("gaz_law_words", last)) return Label::kLaw;
  if (InList("gaz_event_words", last)) return Label::kEvent;
  switch (static_cast<NameClass>(cls)) {
    case NameClass::kNorp: return Label::kNorp;
    case NameClass::kEvent: return Label::kEvent;
    case NameClass::kProduct: return Label::kProduct;
    default: return Label::kWorkOfArt;
  }
}

void Tagger::Recognize(Document* doc, Style style) const {
  std::vector<Tag> tags;
  std::vector<float> margins;
  TagNames(*doc, style, &tags, &margins);
  std::vector<Mention> names;
  const uint32_t n = static_cast<uint32_t>(tags.size());
  for (uint32_t i = 0; i < n;) {
    if (tags[i] == kOutside) {
      ++i;
      continue;
    }
    const int cls = ClassOf(tags[i]);
    uint32_t end = i + 1;
    while (end < n && tags[end] == InsideTag(cls)) ++end;
    float confidence = 0;
    for (uint32_t k = i; k < end; ++k) confidence += 1.0f / (1.0f + std::exp(-margins[k]));
    Mention m;
    m.start = doc->tokens.start[i];
    m.end = doc->tokens.end[end - 1];
    m.label = Refine(*doc, cls, i, end);
    m.score = confidence / static_cast<float>(end - i);
    names.push_back(m);
    i = end;
  }
  if (style == Style::kNews) HarmonizeNames(*doc, &names);

  std::vector<Mention> numbers;
  FindNumericMentions(*doc, &numbers);
  doc->mentions = MergeMentions(std::move(names), std::move(numbers));
}

std::vector<Mention> MergeMentions(std::vector<Mention> names, std::vector<Mention> numbers) {
  // Where a name and a number overlap, the longer span wins ("Made in China
  // 2025" is a name, "May 3, 2019" a date); at equal length the name.
  std::vector<Mention> all = std::move(names);
  all.insert(all.end(), numbers.begin(), numbers.end());
  std::vector<size_t> order(all.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return all[a].end - all[a].start > all[b].end - all[b].start;
  });
  std::map<Offset, Offset> taken;  // start -> end of accepted spans
  std::vector<Mention> merged;
  for (size_t k : order) {
    const Mention& m = all[k];
    auto next = taken.lower_bound(m.start);
    if (next != taken.end() && next->first < m.end) continue;
    if (next != taken.begin() && std::prev(next)->second > m.start) continue;
    taken.emplace(m.start, m.end);
    merged.push_back(m);
  }
  std::sort(merged.begin(), merged.end(),
            [](const Mention& a, const Mention& b) { return a.start < b.start; });
  return merged;
}

void HarmonizeNames(const Document& doc, std::vector<Mention>* names) {
  if (names->empty()) return;
  // Majority label per surface form; ties go to the first seen.
  absl::flat_hash_map<std::string_view, std::array<int, kNumLabels>> votes;
  absl::flat_hash_map<std::string_view, Label> first_label;
  for (const Mention& m : *names) {
    std::string_view text = doc.Slice(m.start, m.end);
    votes[text][static_cast<int>(m.label)]++;
    first_label.try_emplace(text, m.label);
  }
  absl::flat_hash_map<std::string_view, Label> label_of;
  for (const auto& [text, counts] : votes) {
    Label best = first_label[text];
    for (int l = 1; l < kNumLabels; ++l) {
      if (counts[l] > counts[static_cast<int>(best)]) best = static_cast<Label>(l);
    }
    label_of[text] = best;
  }
  // Surnames of multi-word person names ("Trump" after "Donald Trump").
  for (const Mention& m : *names) {
    if (m.label != Label::kPerson) continue;
    std::string_view text = doc.Slice(m.start, m.end);
    const size_t space = text.rfind(' ');
    if (space == std::string_view::npos) continue;
    std::string_view surname = text.substr(space + 1);
    if (Capitalized(surname) && surname.size() > 1) label_of[surname] = Label::kPerson;
  }
  for (Mention& m : *names) m.label = label_of[doc.Slice(m.start, m.end)];

  // Untagged repeats: scan tokens outside mentions for surface forms seen
  // tagged (up to 6 tokens, longest first).
  constexpr uint32_t kMaxTokens = 6;
  std::vector<Mention> added;
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  size_t next = 0;  // first mention ending after the current token
  for (uint32_t i = 0; i < n; ++i) {
    while (next < names->size() && (*names)[next].end <= doc.tokens.start[i]) ++next;
    if (next < names->size() && (*names)[next].start < doc.tokens.end[i]) continue;
    if (!Capitalized(doc.Slice(doc.tokens.start[i], doc.tokens.end[i]))) continue;
    const Offset limit = next < names->size() ? (*names)[next].start : ~Offset{0};
    for (uint32_t len = std::min(kMaxTokens, n - i); len >= 1; --len) {
      const Offset end = doc.tokens.end[i + len - 1];
      if (end > limit) continue;
      auto it = label_of.find(doc.Slice(doc.tokens.start[i], end));
      if (it == label_of.end() || !IsNameLabel(it->second)) continue;
      Mention m;
      m.start = doc.tokens.start[i];
      m.end = end;
      m.label = it->second;
      m.score = 0.5f;  // copied, not seen by the model here
      added.push_back(m);
      i += len - 1;
      break;
    }
  }
  if (added.empty()) return;
  std::vector<Mention> merged;
  merged.reserve(names->size() + added.size());
  std::merge(names->begin(), names->end(), added.begin(), added.end(), std::back_inserter(merged),
             [](const Mention& a, const Mention& b) { return a.start < b.start; });
  *names = std::move(merged);
}

}  // namespace saywho::ner
