#include "resolve/resolve.h"

#include <algorithm>
#include <array>
#include <optional>
#include <tuple>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "resolve/clusters.h"
#include "resolve/names.h"
#include "resolve/roles.h"

namespace saywho {
namespace {

absl::string_view AbslView(std::string_view s) { return {s.data(), s.size()}; }

// The label most mentions are read as; a tie goes to the label seen first.
Label MajorityLabel(const std::vector<Label>& labels, const std::vector<int32_t>& mentions) {
  std::array<int, kNumLabels> votes{};
  for (int32_t m : mentions) ++votes[static_cast<size_t>(labels[m])];
  Label best = labels[mentions.front()];
  for (int32_t m : mentions) {
    if (votes[static_cast<size_t>(labels[m])] > votes[static_cast<size_t>(best)]) best = labels[m];
  }
  return best;
}

// The fullest name among the mentions: a name rather than a title alone
// ("the President"), then most words, then written in mixed case rather
// than capitals, then first in the text. A qualified name counts
// as its core when the core is also written alone ("Harvard's Weatherhead
// Center" as "Weatherhead Center"), so that the name is the thing itself.
std::string FullestName(const Lexicon& lexicon, const Document& doc,
                        const std::vector<NameForm>& forms,
                        const std::vector<int32_t>& mentions, Label label) {
  auto mixed_case = [](const NameForm& f, size_t first, size_t end) {
    return !std::all_of(f.words.begin() + first, f.words.begin() + end,
                        [](const NameWord& w) { return IsAllCaps(w.text); });
  };
  auto rank = [&](const NameForm& f, size_t first, size_t end) {
    bool has_name = !std::all_of(f.words.begin() + first, f.words.begin() + end,
                                 [&](const NameWord& w) { return IsTitleWord(lexicon, w.text); });
    return std::make_tuple(has_name, end - first, mixed_case(f, first, end));
  };
  const NameForm* best = nullptr;
  size_t best_first = 0, best_end = 0;
  // Ranked only when another name is compared with it: most entities have
  // one name, and the word lists are the costly part.
  std::optional<std::tuple<bool, size_t, bool>> best_rank;
  absl::flat_hash_set<absl::string_view> keys;
  for (int32_t m : mentions) keys.insert(AbslView(forms[m].key));
  for (int32_t m : mentions) {
    const NameForm& f = forms[m];
    if (f.words.empty()) continue;
    size_t first = 0, end = f.words.size();
    if (!f.core_key.empty()) {
      if (keys.contains(AbslView(f.core_key))) {
        first = f.core_first;
        end = f.core_end;
      }
    }
    if (best != nullptr) {
      if (!best_rank) best_rank = rank(*best, best_first, best_end);
      std::tuple<bool, size_t, bool> f_rank = rank(f, first, end);
      if (f_rank <= *best_rank) continue;
      best_rank = f_rank;
    }
    best = &f;
    best_first = first;
    best_end = end;
  }
  if (best == nullptr) {
    const Mention& m = doc.mentions[mentions.front()];
    return std::string(doc.Slice(m.start, m.end));
  }
  std::string name = WrittenName(best->words, best_first, best_end);
  // A person named only in capitals (a byline) is written as a name.
  if (label == Label::kPerson && !mixed_case(*best, best_first, best_end)) {
    name = TitleCase(name);
  }
  return name;
}

// Whether an entity tagged as an organisation, a work or the like could be a
// person the tagger missed: every name it is written with is two to four
// capitalised words, as people's names are ("Liu Chuanzhi").
bool MayBeMistaggedPerson(const Entity& entity, const std::vector<NameForm>& forms) {
  switch (entity.label) {
    case Label::kOrg:
    case Label::kProduct:
    case Label::kWorkOfArt:
    case Label::kEvent:
    case Label::kLaw:
      break;
    default:
      return false;
  }
  for (int32_t m : entity.mentions) {
    const NameForm& f = forms[m];
    if (f.words.size() < 2 || f.words.size() > 4) return false;
    for (const NameWord& w : f.words) {
      if (!StartsUpper(w.text)) return false;
    }
  }
  return true;
}

}  // namespace

absl::Status Resolve(const Lexicon& lexicon, Document* doc) {
  if (doc == nullptr) return absl::InvalidArgumentError("Resolve: null document");
  const std::string& text = doc->text;
  std::vector<NameForm> forms(doc->mentions.size());
  std::vector<Label> labels(doc->mentions.size());
  for (size_t i = 0; i < doc->mentions.size(); ++i) {
    Mention& m = doc->mentions[i];
    if (m.start > m.end || m.end > text.size()) {
      return absl::InvalidArgumentError(absl::StrCat("Resolve: mention ", i, " [", m.start, ", ",
                                                     m.end, ") outside the text"));
    }
    m.entity = -1;
    labels[i] = m.label;
    if (IsNamedLabel(m.label)) {
      forms[i] = AnalyzeName(lexicon, text, m.start, m.end, m.label);
      if (!forms[i].words.empty()) labels[i] = forms[i].label;
    }
  }
  std::vector<Country> countries;  // per mention
  std::vector<int> cluster = ClusterMentions(lexicon, *doc, forms, &countries);

  doc->entities.clear();
  for (size_t i = 0; i < cluster.size(); ++i) {
    if (cluster[i] < 0) continue;
    if (static_cast<size_t>(cluster[i]) >= doc->entities.size()) {
      doc->entities.emplace_back();
      doc->entities.back().id = cluster[i];
    }
    doc->entities[cluster[i]].mentions.push_back(static_cast<int32_t>(i));
    doc->mentions[i].entity = cluster[i];
  }
  for (Entity& entity : doc->entities) {
    entity.label = MajorityLabel(labels, entity.mentions);
    if (!IsNamedLabel(entity.label)) {
      const Mention& m = doc->mentions[entity.mentions.front()];
      entity.name = std::string(doc->Slice(m.start, m.end));
      continue;
    }
    // The first mention that names a country names the entity.
    const Country* country = nullptr;
    for (int32_t m : entity.mentions) {
      if (labels[m] != Label::kPerson && !countries[m].common.empty()) {
        country = &countries[m];
        break;
      }
    }
    entity.name = country == nullptr ? FullestName(lexicon, *doc, forms, entity.mentions, entity.label)
                                     : country->common;
    const bool may_be_person = entity.label == Label::kPerson || MayBeMistaggedPerson(entity, forms);
    if (!may_be_person) continue;
    for (int32_t m : entity.mentions) {
      if (forms[m].words.empty()) continue;
      const Offset end = doc->mentions[m].end;
      RoleSpan role;
      if (entity.label == Label::kPerson) {
        role = FindRole(lexicon, *doc, forms[m].words.front().start, end);
      } else {
        // A name tagged otherwise is a person's when a description that only
        // a person can have follows it ("Liu Chuanzhi, an engineer at ...").
        // Titles before it are no such evidence: they may belong to a name
        // the tagger cut ("analyst for Armed | American Radio").
        role = AppositionAfter(lexicon, *doc, end);
        if (role.empty()) role = CopulaComplementAfter(lexicon, *doc, end);
        if (role.empty() || !OnlyAPersonsRole(lexicon, *doc, role)) continue;
        entity.label = Label::kPerson;
      }
      if (role.empty()) continue;
      entity.role = std::string(doc->Slice(role.start, role.end));
      entity.role_start = role.start;
      entity.role_end = role.end;
      break;
    }
  }
  return absl::OkStatus();
}

int32_t EntityAt(const Document& doc, Offset start, Offset end) {
  const auto& mentions = doc.mentions;
  // Mentions are in text order; the first that could overlap starts no
  // later than `end` and ends after `start`.
  auto it = std::partition_point(mentions.begin(), mentions.end(),
                                 [&](const Mention& m) { return m.end <= start; });
  int32_t best = -1;
  Offset best_overlap = 0;
  for (; it != mentions.end() && it->start < end; ++it) {
    Offset overlap = std::min(end, it->end) - std::max(start, it->start);
    if (it->end > start && overlap > best_overlap && it->entity >= 0) {
      best = it->entity;
      best_overlap = overlap;
    }
  }
  return best;
}

}  // namespace saywho
