#include "resolve/clusters.h"

#include <algorithm>
#include <cstdlib>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "resolve/roles.h"
#include "resolve/spelling.h"

namespace saywho {
namespace {

absl::string_view AbslView(std::string_view s) { return {s.data(), s.size()}; }

bool IsNationalityLabel(Label label) {
  return label == Label::kNorp || label == Label::kLanguage;
}

// Union-find over mention indices; the root of a set is its earliest mention,
// so cluster numbers follow the text.
class MentionSets {
 public:
  explicit MentionSets(size_t n) : parent_(n) {
    for (size_t i = 0; i < n; ++i) parent_[i] = static_cast<int>(i);
  }
  int Find(int i) {
    while (parent_[i] != i) {
      parent_[i] = parent_[parent_[i]];
      i = parent_[i];
    }
    return i;
  }
  // Joins the sets of a and b; returns the surviving root and the absorbed
  // one (equal when they were already joined).
  std::pair<int, int> Union(int a, int b) {
    int ra = Find(a), rb = Find(b);
    if (ra > rb) std::swap(ra, rb);
    parent_[rb] = ra;
    return {ra, rb};
  }

 private:
  std::vector<int> parent_;
};

// "Americans" -> "american" when "American" is a nationality adjective, so
// that the people and the adjective are one NORP entity.
std::string NationalityKey(const Lexicon& lexicon, const NameForm& form) {
  std::string key = form.key;
  if (key.size() > 2 && key.back() == 's') {
    std::string_view singular(key.data(), key.size() - 1);
    if (InList(lexicon, kDemonymsList, singular) || InList(lexicon, kDemonymsExtraList, singular)) {
      key.pop_back();
    }
  }
  return key;
}

// A folded given name in the form it is compared in: the formal name for a
// familiar one ("larry" -> "lawrence"), else itself.
std::string GivenNameKey(const Lexicon& lexicon, const std::string& folded) {
  const std::string* formal = lexicon.Lookup(kNicknamesTable, folded);
  return formal == nullptr ? folded : *formal;
}

// The last word of a person's full name before any "of" and the place it
// names: "Gordon" in "Patrick Gordon of Auchleuchries", "Theodorus" in
// "Theodorus of Tabennese".
const std::string& Surname(const NameForm& form) {
  for (size_t i = 1; i + 1 < form.folded.size(); ++i) {
    if (form.folded[i] == "of") return form.folded[i - 1];
  }
  return form.folded.back();
}

// Two full names (two words or more) of one person: same Surname, and first
// words equal, the same given name ("Larry", "Lawrence") or one the initial of
// the other ("George Bush", "G. W. Bush").
bool CompatibleFullNames(const Lexicon& lexicon, const NameForm& a, const NameForm& b) {
  if (Surname(a) != Surname(b)) return false;
  const std::string& fa = a.folded.front();
  const std::string& fb = b.folded.front();
  if (fa == fb || GivenNameKey(lexicon, fa) == GivenNameKey(lexicon, fb)) return true;
  auto is_initial_of = [](const std::string& initial, const std::string& word) {
    return initial.size() == 1 && !word.empty() && word[0] == initial[0];
  };
  return is_initial_of(fa, fb) || is_initial_of(fb, fa);
}

// The text between two offsets without surrounding white space.
std::string_view TrimmedGap(const std::string& text, Offset from, Offset to) {
  if (from >= to || to > text.size()) return {};
  std::string_view gap(text.data() + from, to - from);
  while (!gap.empty() && (gap.front() == ' ' || gap.front() == '\n')) gap.remove_prefix(1);
  while (!gap.empty() && (gap.back() == ' ' || gap.back() == '\n')) gap.remove_suffix(1);
  return gap;
}

bool FollowedByCloseParen(const std::string& text, Offset at) {
  while (at < text.size() && text[at] == ' ') ++at;
  return at < text.size() && text[at] == ')';
}

// Per set, what the person rules need: the distinct full names seen so far
// and the last person mention seen.
struct PersonNames {
  std::vector<const NameForm*> full;
  int last_seen = -1;
  std::string generation;  // NameForm::generation of its names, if any
};

class Clusterer {
 public:
  Clusterer(const Lexicon& lexicon, const Document& doc, const std::vector<NameForm>& forms)
      : lexicon_(lexicon), doc_(doc), forms_(forms), sets_(forms.size()),
        people_(forms.size()), country_of_(forms.size()) {}

  // Clusters the mentions; `countries` receives country_of_ (when not null).
  std::vector<int> Run(std::vector<Country>* countries) {
    JoinSameNames();
    JoinTitleAppositions();
    JoinPeople();
    JoinDefinedAcronyms();
    JoinInitials();
    JoinOfficialNamePrefixes();
    JoinShortOrganisationNames();
    JoinAcronymLedNames();
    JoinMisspeltNames();
    std::vector<int> clusters = Number();
    if (countries != nullptr) *countries = std::move(country_of_);
    return clusters;
  }

 private:
  const Mention& mention(size_t i) const { return doc_.mentions[i]; }
  // The label a mention is clustered as (NameForm::label for names).
  Label label(size_t i) const {
    return forms_[i].words.empty() ? mention(i).label : forms_[i].label;
  }
  bool Usable(size_t i) const {
    return label(i) != Label::kNone && !forms_[i].words.empty();
  }
  // Named, and neither a nationality nor a language.
  bool Proper(size_t i) const {
    return Usable(i) && IsNamedLabel(label(i)) && !IsNationalityLabel(label(i));
  }

  void Join(int a, int b) {
    auto [root, absorbed] = sets_.Union(a, b);
    if (root == absorbed) return;
    PersonNames& into = people_[root];
    PersonNames& from = people_[absorbed];
    into.full.insert(into.full.end(), from.full.begin(), from.full.end());
    into.last_seen = std::max(into.last_seen, from.last_seen);
    if (into.generation.empty()) into.generation = from.generation;
    from = PersonNames();
  }

  // A NORP name that is a nationality or people the lists know ("Chinese",
  // "Americans"); others ("YouTube", "Regent") are the tagger's slips and
  // are grouped with the same name under another label.
  bool IsKnownNationality(const NameForm& form) const {
    const std::string key = NationalityKey(lexicon_, form);
    return InList(lexicon_, kDemonymsList, key) || InList(lexicon_, kDemonymsExtraList, key);
  }

  // Whether NORP mention i is a noun phrase in apposition to person mention
  // p: ", a " or ", an " between them, and a comma or the sentence end after.
  bool NationalityInApposition(int p, size_t i) const {
    std::string_view gap = TrimmedGap(doc_.text, mention(p).end, mention(i).start);
    if (gap != ", a" && gap != ", an") return false;
    Offset at = mention(i).end;
    while (at < doc_.text.size() && doc_.text[at] == ' ') ++at;
    if (at == doc_.text.size()) return true;
    const char next = doc_.text[at];
    return next == ',' || next == '.' || next == ';' || next == '\n' || next == '!' || next == '?';
  }

  // A lone given name or surname: the person rules decide whom it names.
  bool LonePersonName(size_t i) const {
    return label(i) == Label::kPerson && forms_[i].words.size() == 1;
  }

  // Rule 1: identical names, the same country, the same numeric text.
  void JoinSameNames() {
    int previous_named = -1;
    for (size_t i = 0; i < forms_.size(); ++i) {
      const Mention& m = mention(i);
      if (label(i) == Label::kNone || LonePersonName(i)) continue;
      if (IsNamedLabel(label(i)) && label(i) != Label::kPerson && !forms_[i].words.empty()) {
        country_of_[i] = LookupCountry(lexicon_, forms_[i]);
      }
      const int p = previous_named;
      if (IsNamedLabel(label(i)) && !forms_[i].words.empty()) previous_named = static_cast<int>(i);
      // "Master Lunre, an Olondrian.": the nationality in apposition is the
      // person, not the nationality the text names elsewhere.
      if (p >= 0 && label(i) == Label::kNorp && label(p) == Label::kPerson && !forms_[p].words.empty() &&
          NationalityInApposition(p, i)) {
        Join(p, static_cast<int>(i));
        continue;
      }
      std::string key;
      if (!IsNamedLabel(label(i))) {
        key = absl::StrCat("#", AbslView(LabelName(label(i))), "\t",
                           AbslView(doc_.Slice(m.start, m.end)));
      } else if (forms_[i].words.empty()) {
        continue;
      } else if (IsNationalityLabel(label(i)) &&
                 (label(i) == Label::kLanguage || IsKnownNationality(forms_[i]))) {
        key = absl::StrCat("n\t", NationalityKey(lexicon_, forms_[i]));
      } else if (const std::string& country = country_of_[i].common; !country.empty()) {
        key = absl::StrCat("c\t", country);
        country_mentions_.push_back(i);
      } else {
        // "Louis Philippe I" and "Louis Philippe II" are two people.
        key = absl::StrCat("k\t", forms_[i].key, forms_[i].generation.empty() ? "" : "\t",
                           forms_[i].generation);
      }
      auto [it, inserted] = first_with_key_.emplace(std::move(key), static_cast<int>(i));
      if (!inserted) Join(it->second, static_cast<int>(i));
    }
    for (size_t i = 0; i < forms_.size(); ++i) {
      if (!Proper(i) || forms_[i].core_key.empty()) continue;
      auto it = first_with_key_.find(absl::StrCat("k\t", forms_[i].core_key));
      if (it != first_with_key_.end()) Join(it->second, static_cast<int>(i));
    }
  }

  // Rule 1b: a name led by a title right after a person's name and a comma
  // is that person's, whatever its label: "John FitzGibbon, 2nd Earl of
  // Clare", "Joe Biden, President of the United States".
  // Numbers between them are skipped ("2nd" is an ORDINAL mention).
  void JoinTitleAppositions() {
    int previous = -1;  // the last named mention before i
    for (size_t i = 0; i < forms_.size(); ++i) {
      if (!Proper(i)) continue;
      const int p = previous;
      previous = static_cast<int>(i);
      if (p < 0 || label(p) != Label::kPerson) continue;
      // The text between them first: it rules out most pairs without a
      // look into the word lists.
      std::string_view gap = TrimmedGap(doc_.text, mention(p).end, mention(i).start);
      if (gap.empty() || gap.front() != ',') continue;
      gap.remove_prefix(1);
      while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
      if (!gap.empty() && !IsOrdinal(gap)) continue;
      if (!IsTitleWord(lexicon_, forms_[p].words.front().text) &&
          !InList(lexicon_, kHonorificsList, forms_[p].words.front().text) &&
          IsTitleWord(lexicon_, forms_[i].words.front().text)) {
        Join(p, static_cast<int>(i));
      }
    }
  }

  // "2nd", "41st", "3rd", "14th".
  static bool IsOrdinal(std::string_view word) {
    size_t digits = 0;
    while (digits < word.size() && word[digits] >= '0' && word[digits] <= '9') ++digits;
    const std::string_view suffix = word.substr(digits);
    return digits > 0 && (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th");
  }

  // Rule 2, in text order so that "most recent" means the nearest earlier.
  void JoinPeople() {
    // Folded word -> sets that hold a full name ending with it, starting
    // with it, and sets that hold it as a lone name. Roots may go stale;
    // Find() fixes them.
    absl::flat_hash_map<std::string, std::vector<int>> full_by_last_word;
    absl::flat_hash_map<std::string, std::vector<int>> full_by_first_word;
    absl::flat_hash_map<std::string, std::vector<int>> single_by_word;
    // Spellings of surnames and lone names seen so far, for misspellings.
    SpellingIndex spellings;
    // "b\t" or "e\t" and the first or last two words or more of a longer
    // full name ("e\tmartínez cantón" for "Clara Martínez Cantón") -> sets.
    absl::flat_hash_map<std::string, std::vector<int>> full_by_part;
    // Folded title ("president", "vice president") -> the set of the person
    // last named with it before the name.
    absl::flat_hash_map<std::string, int> title_holder;
    for (size_t i = 0; i < forms_.size(); ++i) {
      if (!Usable(i) || label(i) != Label::kPerson) continue;
      const NameForm& form = forms_[i];
      const int self = sets_.Find(static_cast<int>(i));
      int best = -1;
      auto consider = [&](const std::vector<int>* sets, bool need_compatible) {
        if (sets == nullptr) return;
        for (int s : *sets) {
          int root = sets_.Find(s);
          if (root == self || people_[root].last_seen < 0) continue;
          // "Elizabeth II" is not "Elizabeth I".
          const std::string& generation = people_[root].generation;
          if (!form.generation.empty() && !generation.empty() && generation != form.generation) continue;
          if (need_compatible) {
            bool ok = std::all_of(people_[root].full.begin(), people_[root].full.end(),
                                  [&](const NameForm* other) { return CompatibleFullNames(lexicon_, form, *other); });
            if (!ok) continue;
          }
          if (best < 0 || people_[root].last_seen > people_[best].last_seen) best = root;
        }
      };
      auto lookup = [](auto& map, const std::string& word) -> const std::vector<int>* {
        auto it = map.find(word);
        return it == map.end() ? nullptr : &it->second;
      };
      // AnalyzeName keeps a leading title only when no name follows it: "the
      // President", "President of the United States" name a person by title.
      const bool title_only = IsTitleWord(lexicon_, form.words.front().text);
      if (title_only) {
        // The most recent person given that title, or its head words.
        for (const std::string& key : {form.key, TitleHead(form)}) {
          auto it = title_holder.find(key);
          if (best < 0 && it != title_holder.end() && sets_.Find(it->second) != self) {
            best = sets_.Find(it->second);
          }
        }
      }
      if (best < 0 && form.folded.size() == 1) {
        // The most recent full name ending with this word (a surname), else
        // starting with it (a given name, or a surname written first as in
        // "Xi Jinping"), else the earlier lone uses of it, else a non-person
        // mention of the same name ("Huawei" tagged PERSON once). Of several
        // full names, one the text already called by this word alone keeps
        // it: "Jeanne Moreau ... Moreau ... her father Anatole Moreau ...
        // Moreau said" is Jeanne again.
        // Given names are indexed by GivenNameKey ("Newt" finds "Newton").
        const std::string& word = form.folded[0];
        const std::string given = GivenNameKey(lexicon_, word);
        const std::vector<int>* singles = lookup(single_by_word, given);
        for (const std::vector<int>* sets :
             {lookup(full_by_last_word, word), lookup(full_by_first_word, given)}) {
          if (best >= 0 || sets == nullptr || singles == nullptr) continue;
          absl::flat_hash_set<int> single_roots;
          for (int single : *singles) single_roots.insert(sets_.Find(single));
          std::vector<int> owners;
          for (int s : *sets) {
            if (single_roots.contains(sets_.Find(s))) owners.push_back(s);
          }
          consider(&owners, false);
        }
        if (best < 0) consider(lookup(full_by_last_word, word), false);
        if (best < 0) consider(lookup(full_by_first_word, given), false);
        if (best < 0) consider(singles, false);
        if (best < 0) {
          auto it = first_with_key_.find(absl::StrCat("k\t", form.key));
          if (it != first_with_key_.end()) best = sets_.Find(it->second);
        }
        // A word no name list knows and that nothing matched may be a
        // misspelling of one name of the article ("Ms Bauchtman" after "Lydia
        // Buchtmann", "Yori" after "Iori"): the only one that close.
        if (best < 0 && !InList(lexicon_, kKnownGivenNamesList, form.words[0].text) &&
            !InList(lexicon_, kKnownSurnamesList, form.words[0].text)) {
          const std::string* match = spellings.UniqueClose(word);
          if (match != nullptr) {
            consider(lookup(full_by_last_word, *match), false);
            if (best < 0) consider(lookup(single_by_word, GivenNameKey(lexicon_, *match)), false);
          }
        }
      } else if (best < 0 && !title_only) {
        const std::string& given = form.folded.front();
        const std::string& surname = Surname(form);
        consider(lookup(full_by_last_word, surname), true);
        // A lone name seen before any full name: "Trump ... Donald Trump".
        for (const std::string& word : {surname, GivenNameKey(lexicon_, given)}) {
          const std::vector<int>* singles = lookup(single_by_word, word);
          if (singles == nullptr) continue;
          std::vector<int> only_singles;
          for (int s : *singles) {
            if (people_[sets_.Find(s)].full.empty()) only_singles.push_back(s);
          }
          consider(&only_singles, false);
        }
        // The last or first words of a longer name: a surname of two words
        // ("Martínez Cantón"), given names without the surname ("Pierre
        // Charles" for "Pierre Charles L'Enfant").
        if (best < 0) consider(lookup(full_by_part, absl::StrCat("e\t", form.key)), false);
        if (best < 0) consider(lookup(full_by_part, absl::StrCat("b\t", form.key)), false);
      }
      if (best >= 0) Join(best, self);
      const int root = sets_.Find(static_cast<int>(i));
      PersonNames& names = people_[root];
      names.last_seen = static_cast<int>(i);
      if (names.generation.empty()) names.generation = form.generation;
      if (!title_only) RegisterTitles(form, mention(i).end, root, title_holder);
      if (form.folded.size() == 1) {
        AddRoot(single_by_word[GivenNameKey(lexicon_, form.folded[0])], root);
        spellings.Add(form.folded[0]);
      } else if (!title_only) {
        // One entry per distinct spelling keeps the compatibility test cheap.
        bool known = std::any_of(names.full.begin(), names.full.end(),
                                 [&](const NameForm* f) { return f->key == form.key; });
        if (!known) names.full.push_back(&form);
        AddRoot(full_by_first_word[GivenNameKey(lexicon_, form.folded.front())], root);
        AddRoot(full_by_last_word[Surname(form)], root);
        RegisterNameParts(form, root, full_by_part);
        spellings.Add(Surname(form));
      }
    }
  }

  // Indexes the first and the last two to kLongestPart words of a full name
  // longer than that, under "b\t" and "e\t" (work linear in the name).
  void RegisterNameParts(const NameForm& form, int root,
                         absl::flat_hash_map<std::string, std::vector<int>>& full_by_part) {
    constexpr size_t kLongestPart = 4;
    const size_t n = form.folded.size();
    std::string beginning = form.folded[0];
    std::string ending = form.folded[n - 1];
    for (size_t k = 2; k < n && k <= kLongestPart; ++k) {
      absl::StrAppend(&beginning, " ", form.folded[k - 1]);
      ending = absl::StrCat(form.folded[n - k], " ", ending);
      AddRoot(full_by_part[absl::StrCat("b\t", beginning)], root);
      AddRoot(full_by_part[absl::StrCat("e\t", ending)], root);
    }
  }

  // The leading title words of a form, folded: "president" for "President
  // of the United States", "vice president" for "Vice President".
  std::string TitleHead(const NameForm& form) const {
    std::string head;
    for (size_t j = 0; j < form.words.size() && IsTitleWord(lexicon_, form.words[j].text); ++j) {
      head = head.empty() ? form.folded[j] : absl::StrCat(head, " ", form.folded[j]);
    }
    return head;
  }

  // Records the titles the text gives a person: the one written before the
  // name, under each of its endings that a qualifier does not precede
  // ("Chinese President" under "president" and "chinese president"; "Vice
  // President" and "former President" not under "president", another office
  // or holder), and an apposition's ("Jane Doe, President of Acme,") under
  // itself and its head ("president").
  void RegisterTitles(const NameForm& form, Offset mention_end, int root,
                      absl::flat_hash_map<std::string, int>& title_holder) const {
    if (RoleSpan role = TitleBeforeName(lexicon_, doc_, form.words.front().start); !role.empty()) {
      NameForm title = AnalyzeName(lexicon_, doc_.text, role.start, role.end, Label::kNone);
      std::string key;
      for (size_t j = title.folded.size(); j-- > 0;) {
        key = key.empty() ? title.folded[j] : absl::StrCat(title.folded[j], " ", key);
        if (j == 0 || !InList(lexicon_, kRoleModifiersList, title.words[j - 1].text)) {
          title_holder[key] = root;
        }
      }
    }
    if (RoleSpan role = AppositionAfter(lexicon_, doc_, mention_end); !role.empty()) {
      NameForm title = AnalyzeName(lexicon_, doc_.text, role.start, role.end, Label::kNone);
      if (title.words.empty() || !IsTitleWord(lexicon_, title.words.front().text)) return;
      title_holder[title.key] = root;
      title_holder[TitleHead(title)] = root;
    }
  }

  // Rule 3a: "Long Name (LN)" and "LN (Long Name)"; an organisation's other
  // name in brackets.
  void JoinDefinedAcronyms() {
    for (size_t i = 1; i < forms_.size(); ++i) {
      size_t p = i - 1;
      if (!Proper(i) || !Proper(p)) continue;
      // An organisation's other name of two words or more in brackets is
      // one too: "the National Library (Koninklijke Bibliotheek)". Places
      // are not: "Springfield (Illinois)".
      const bool other_name = label(p) == label(i) &&
                              (label(i) == Label::kOrg || label(i) == Label::kFac) &&
                              forms_[p].words.size() >= 2 && forms_[i].words.size() >= 2;
      bool defines = (ShortForm(forms_[i]) && forms_[p].words.size() >= 2) ||
                     (ShortForm(forms_[p]) && forms_[i].words.size() >= 2) || other_name;
      if (!defines) continue;
      if (TrimmedGap(doc_.text, mention(p).end, mention(i).start) == "(" &&
          FollowedByCloseParen(doc_.text, mention(i).end)) {
        Join(static_cast<int>(p), static_cast<int>(i));
      }
    }
  }

  // An acronym, or one word led by two capitals, or a capital and a digit,
  // that a text may define as one ("ACPeds", "M5S"; not "Basse-Terre",
  // "McDonald").
  static bool ShortForm(const NameForm& form) {
    if (!form.acronym.empty()) return true;
    if (form.words.size() != 1) return false;
    const std::string_view word = form.words[0].text;
    auto capital = [](char c) { return c >= 'A' && c <= 'Z'; };
    return word.size() >= 2 && capital(word[0]) && (capital(word[1]) || (word[1] >= '0' && word[1] <= '9'));
  }

  // Rule 3b: acronyms equal to the initials of a name in the article.
  void JoinInitials() {
    const bool any_acronym = std::any_of(forms_.begin(), forms_.end(),
                                         [](const NameForm& form) { return !form.acronym.empty(); });
    if (!any_acronym) return;
    absl::flat_hash_map<std::string, std::vector<int>> by_initials;  // mention indices, in order
    for (size_t i = 0; i < forms_.size(); ++i) {
      if (Proper(i) && !forms_[i].initials.empty()) {
        by_initials[forms_[i].initials].push_back(static_cast<int>(i));
      }
    }
    // A country's initials, computed once however often it is named: common
    // and official name -> the initials of each.
    absl::flat_hash_map<std::string, std::pair<std::string, std::string>> country_initials;
    for (size_t i : country_mentions_) {
      const Country& country = country_of_[i];
      auto [it, added] = country_initials.try_emplace(absl::StrCat(country.common, "\t", country.official));
      if (added) it->second = {InitialsOf(lexicon_, country.common), InitialsOf(lexicon_, country.official)};
      for (const std::string* initials : {&it->second.first, &it->second.second}) {
        if (!initials->empty()) by_initials[*initials].push_back(static_cast<int>(i));
      }
    }
    for (auto& [initials, holders] : by_initials) std::sort(holders.begin(), holders.end());
    for (size_t i = 0; i < forms_.size(); ++i) {
      if (!Proper(i) || forms_[i].acronym.empty()) continue;
      auto it = by_initials.find(forms_[i].acronym);
      if (it == by_initials.end()) continue;
      Join(Nearest(it->second, static_cast<int>(i)), static_cast<int>(i));
    }
  }

  // Rule 4: "People's Republic" for a country named in the article.
  void JoinOfficialNamePrefixes() {
    struct Official {
      std::vector<std::string> folded;
      std::vector<int> mentions;
    };
    absl::flat_hash_map<std::string, Official> officials;  // by common name
    for (size_t i : country_mentions_) {
      const Country& country = country_of_[i];
      Official& o = officials[country.common];
      if (o.folded.empty()) {
        o.folded = AnalyzeName(lexicon_, country.official, 0,
                               static_cast<Offset>(country.official.size()), Label::kGpe)
                       .folded;
      }
      o.mentions.push_back(static_cast<int>(i));
    }
    if (officials.empty()) return;
    for (size_t i = 0; i < forms_.size(); ++i) {
      const std::vector<std::string>& words = forms_[i].folded;
      if (!Proper(i) || label(i) == Label::kPerson || words.size() < 2) continue;
      int best = -1;
      for (const auto& [common, official] : officials) {
        if (words.size() >= official.folded.size() ||
            !std::equal(words.begin(), words.end(), official.folded.begin())) {
          continue;
        }
        int nearest = Nearest(official.mentions, static_cast<int>(i));
        if (best < 0 || std::abs(nearest - static_cast<int>(i)) < std::abs(best - static_cast<int>(i))) {
          best = nearest;
        }
      }
      if (best >= 0) Join(best, static_cast<int>(i));
    }
  }

  // Records that set `root` holds a word. The list keeps one entry per set:
  // it is compacted (stale roots resolved, duplicates dropped) whenever its
  // size reaches a power of two, so a name repeated a thousand times costs
  // amortised constant time.
  void AddRoot(std::vector<int>& roots, int root) {
    if (!roots.empty() && roots.back() == root) return;
    roots.push_back(root);
    size_t n = roots.size();
    if (n >= 8 && (n & (n - 1)) == 0) {
      for (int& r : roots) r = sets_.Find(r);
      std::sort(roots.begin(), roots.end());
      roots.erase(std::unique(roots.begin(), roots.end()), roots.end());
    }
  }

  // Rules 5 and 6: a short organisation name for a longer one in the
  // article, the nearest: a one-word name for the head of an "X of Y"
  // organisation ("the House" for "the House of Representatives") or for the
  // distinctive word of an "X School|College|..." of the same label ("Harrow"
  // for "Harrow School": resources/lexicon/resolve_institution_words.txt);
  // an organisation or facility name for the ending of a longer one's
  // capitalised head, before any lower-case word ("the Court" for "the
  // Supreme Court of Hawaii", "Student Government" for "Undergraduate Student
  // Government", "Pirates" for "Pittsburgh Pirates"; in "General Assembly of
  // the United Nations", "United Nations" is another organisation). When the
  // mentions of one short name would go to different longer ones ("the
  // University" near "University of Utah" and near "University of Iowa"), it
  // joins none. Endings of up to kLongestEnding words are indexed, so the
  // work stays linear in the names' length.
  void JoinShortOrganisationNames() {
    constexpr size_t kLongestEnding = 4;
    auto organisation = [&](size_t i) {
      return Proper(i) && (label(i) == Label::kOrg || label(i) == Label::kFac);
    };
    auto institution_key = [](const std::string& word, Label l) {
      return absl::StrCat("i\t", word, "\t", AbslView(LabelName(l)));
    };
    // "o\t" first word of an X of Y, "i\t" distinctive word and label of an
    // institution, "e\t" ending of a capitalised head -> mention indices, in order.
    absl::flat_hash_map<std::string, std::vector<int>> longer;
    for (size_t i = 0; i < forms_.size(); ++i) {
      const std::vector<std::string>& words = forms_[i].folded;
      if (organisation(i) && words.size() >= 3 && words[1] == "of") {
        longer[absl::StrCat("o\t", words[0])].push_back(static_cast<int>(i));
      } else if (Proper(i) && label(i) != Label::kPerson && words.size() == 2 &&
                 InList(lexicon_, kInstitutionWordsList, words[1])) {
        longer[institution_key(words[0], label(i))].push_back(static_cast<int>(i));
      }
      if (!organisation(i) || words.size() < 2) continue;
      size_t head_end = 1;
      while (head_end < words.size() && StartsUpper(forms_[i].words[head_end].text)) ++head_end;
      std::string ending;
      for (size_t n = 1; n <= head_end && n <= kLongestEnding && n < words.size(); ++n) {
        ending = ending.empty() ? words[head_end - 1] : absl::StrCat(words[head_end - n], " ", ending);
        longer[absl::StrCat("e\t", ending)].push_back(static_cast<int>(i));
      }
    }
    if (longer.empty()) return;
    // Per set of short names (as rule 1 left them): the sets their mentions'
    // nearest longer names belong to.
    absl::flat_hash_map<int, std::vector<int>> targets;
    for (size_t i = 0; i < forms_.size(); ++i) {
      const std::vector<std::string>& words = forms_[i].folded;
      if (!Proper(i) || label(i) == Label::kPerson || words.empty() || words.size() > kLongestEnding ||
          (words.size() == 1 && !forms_[i].acronym.empty())) {
        continue;
      }
      std::vector<const std::vector<int>*> lists;
      auto add = [&](const std::string& key) {
        auto it = longer.find(key);
        if (it != longer.end()) lists.push_back(&it->second);
      };
      if (words.size() == 1) {
        if (organisation(i)) add(absl::StrCat("o\t", words[0]));
        add(institution_key(words[0], label(i)));
      }
      if (organisation(i)) add(absl::StrCat("e\t", forms_[i].key));
      int best = -1;
      for (const std::vector<int>* list : lists) {
        const int candidate = Nearest(*list, static_cast<int>(i));
        if (candidate == static_cast<int>(i)) continue;
        if (best < 0 || CloserBefore(candidate, best, static_cast<int>(i))) best = candidate;
      }
      if (best < 0) continue;
      std::vector<int>& of_set = targets[sets_.Find(static_cast<int>(i))];
      const int target = sets_.Find(best);
      if (std::find(of_set.begin(), of_set.end(), target) == of_set.end()) of_set.push_back(target);
    }
    for (const auto& [short_set, longer_sets] : targets) {
      if (longer_sets.size() == 1) Join(longer_sets.front(), short_set);
    }
  }

  // Whether mention a is a better antecedent of i than b: the nearest before
  // i, else the nearest after.
  static bool CloserBefore(int a, int b, int i) {
    if ((a < i) != (b < i)) return a < i;
    return a < i ? a > b : a < b;
  }

  // Rule 7: a name led by an acronym joins the nearest name that spells the
  // acronym out and goes on alike ("U.S. Congress", "United States
  // Congress"). Spelled-out leads of up to kLongestLead capitalised words are
  // indexed, so the work stays linear in the names' length.
  void JoinAcronymLedNames() {
    constexpr size_t kLongestLead = 4;
    auto rest_key = [&](size_t i, size_t from) {
      std::string key;
      for (size_t j = from; j < forms_[i].folded.size(); ++j) {
        absl::StrAppend(&key, key.empty() ? "" : " ", forms_[i].folded[j]);
      }
      return key;
    };
    absl::flat_hash_map<std::string, std::vector<int>> by_spelled_lead;  // mention indices, in order
    for (size_t i = 0; i < forms_.size(); ++i) {
      const NameForm& form = forms_[i];
      if (!Proper(i) || label(i) == Label::kPerson || form.words.size() < 3) continue;
      std::string lead;
      for (size_t n = 1; n < form.words.size() && n <= kLongestLead; ++n) {
        std::string_view word = form.words[n - 1].text;
        if (!StartsUpper(word) || !AsciiAcronym(word).empty()) break;
        lead.push_back(word[0]);
        if (n >= 2) by_spelled_lead[absl::StrCat(lead, "\t", rest_key(i, n))].push_back(static_cast<int>(i));
      }
    }
    if (by_spelled_lead.empty()) return;
    for (size_t i = 0; i < forms_.size(); ++i) {
      const NameForm& form = forms_[i];
      if (!Proper(i) || label(i) == Label::kPerson || form.words.size() < 2) continue;
      std::string acronym = AsciiAcronym(form.words[0].text);
      if (acronym.empty()) continue;
      auto it = by_spelled_lead.find(absl::StrCat(acronym, "\t", rest_key(i, 1)));
      if (it != by_spelled_lead.end()) Join(Nearest(it->second, static_cast<int>(i)), static_cast<int>(i));
    }
  }

  // Rule 8: a place's or an organisation's name with a word that no list
  // knows joins the one other name of its kind in the article within one or
  // two edits ("Esfahan", "Isfahan"; "the Untied Nations", "the United
  // Nations"). Names are compared whole, so only short ones qualify.
  void JoinMisspeltNames() {
    auto kind = [&](size_t i) -> int {
      if (!Proper(i)) return -1;
      switch (label(i)) {
        case Label::kGpe:
        case Label::kLoc:
          return 0;
        case Label::kOrg:
        case Label::kFac:
          return 1;
        default:
          return -1;
      }
    };
    // Per kind: key -> the first mention with it, and the spelling index.
    absl::flat_hash_map<std::string, int> first_of[2];
    SpellingIndex spellings[2];
    std::vector<int> unknown;  // mentions, the first with their key
    for (size_t i = 0; i < forms_.size(); ++i) {
      const int k = kind(i);
      if (k < 0 || !first_of[k].emplace(forms_[i].key, static_cast<int>(i)).second) continue;
      spellings[k].Add(forms_[i].key);
      if (AllowedMisspelling(forms_[i].key.size()) == 0) continue;  // never taken for a misspelling
      const bool all_known = std::all_of(forms_[i].words.begin(), forms_[i].words.end(), [&](const NameWord& w) {
        return InList(lexicon_, kKnownPlacesList, w.text) || InList(lexicon_, kKnownCountriesList, w.text) ||
               InList(lexicon_, kKnownGivenNamesList, w.text) || InList(lexicon_, kKnownSurnamesList, w.text) ||
               InList(lexicon_, kFunctionWordsList, w.text);
      });
      if (!all_known) unknown.push_back(static_cast<int>(i));
    }
    for (int i : unknown) {
      const int k = kind(i);
      const std::string* match = spellings[k].UniqueClose(forms_[i].key);
      if (match == nullptr) continue;
      const int other = first_of[k][*match];
      if (OneWordMisspelt(forms_[i], forms_[other])) Join(other, i);
    }
  }

  // Whether two names differ in one word only, of four bytes or more, within
  // AllowedMisspelling ("Untied Nations"; not "Group F", "Group G").
  static bool OneWordMisspelt(const NameForm& a, const NameForm& b) {
    if (a.folded.size() != b.folded.size()) return false;
    size_t differing = 0;
    for (size_t j = 0; j < a.folded.size(); ++j) {
      if (a.folded[j] == b.folded[j]) continue;
      const size_t shorter = std::min(a.folded[j].size(), b.folded[j].size());
      const size_t allowed = AllowedMisspelling(shorter);
      if (++differing > 1 || allowed == 0 ||
          SpellingDistance(a.folded[j], b.folded[j], allowed) > allowed) {
        return false;
      }
    }
    return differing == 1;
  }

  // Of sorted mention indices, the nearest before `i`, else the first after.
  static int Nearest(const std::vector<int>& sorted, int i) {
    auto it = std::lower_bound(sorted.begin(), sorted.end(), i);
    if (it != sorted.begin()) return *std::prev(it);
    return *it == i && std::next(it) != sorted.end() ? *std::next(it) : *it;
  }

  std::vector<int> Number() {
    std::vector<int> cluster(forms_.size(), -1);
    std::vector<int> number_of_root(forms_.size(), -1);
    int next = 0;
    for (size_t i = 0; i < forms_.size(); ++i) {
      if (label(i) == Label::kNone) continue;
      int root = sets_.Find(static_cast<int>(i));
      if (number_of_root[root] < 0) number_of_root[root] = next++;
      cluster[i] = number_of_root[root];
    }
    return cluster;
  }

  const Lexicon& lexicon_;
  const Document& doc_;
  const std::vector<NameForm>& forms_;
  MentionSets sets_;
  std::vector<PersonNames> people_;                   // by set root
  // Rule 1's keys (lone person names excepted) -> the first mention with it.
  absl::flat_hash_map<std::string, int> first_with_key_;
  // Per mention, the country it names (LookupCountry) for named mentions
  // other than people's; an empty Country for others.
  std::vector<Country> country_of_;
  std::vector<size_t> country_mentions_;  // the mentions rule 1 grouped by country, in order
};

}  // namespace

bool IsNamedLabel(Label label) {
  switch (label) {
    case Label::kPerson:
    case Label::kNorp:
    case Label::kFac:
    case Label::kOrg:
    case Label::kGpe:
    case Label::kLoc:
    case Label::kProduct:
    case Label::kEvent:
    case Label::kWorkOfArt:
    case Label::kLaw:
    case Label::kLanguage:
      return true;
    default:
      return false;
  }
}

Country LookupCountry(const Lexicon& lexicon, const NameForm& form) {
  if (form.words.empty()) return {};
  const std::string written = FoldName(WrittenName(form.words));
  // The written name first ("u.s."), then the key ("us") when it differs.
  const bool same = written == form.key;
  const std::string* row = nullptr;
  for (LexiconName table : {kCountriesTable, kCountryAliasesTable}) {
    if (row == nullptr) row = lexicon.Lookup(table, written);
    if (row == nullptr && !same) row = lexicon.Lookup(table, form.key);
  }
  if (row == nullptr) return {};
  size_t tab = row->find('\t');
  if (tab == std::string::npos) return {*row, *row};
  return {row->substr(0, tab), row->substr(tab + 1)};
}

std::vector<int> ClusterMentions(const Lexicon& lexicon, const Document& doc,
                                 const std::vector<NameForm>& forms, std::vector<Country>* countries) {
  return Clusterer(lexicon, doc, forms).Run(countries);
}

}  // namespace saywho
