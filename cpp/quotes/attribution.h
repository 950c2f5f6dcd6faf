// Who said it: the noun phrase that names a speaker next to a cue, and the
// person a pronoun stands for.
//
// Speaker phrases come, in order of trust, from the entity mentions of
// earlier stages (doc->mentions, with their resolved entity), from personal
// pronouns, from runs of capitalized words (a fallback for names the
// recognizer missed, titles stripped: "Premier Zhou Enlai" -> "Zhou Enlai"),
// and from descriptions headed by a speaker noun ("One Chinese official").
// Lists read: quote_pronouns, quote_titles, quote_function_words,
// quote_determiners, quote_quantifiers, quote_postmodifiers, quote_speaker_nouns,
// quote_source_nouns, and the given
// name lists given_names_female / given_names_male (optional: without them
// pronouns match any person).
#ifndef SAYWHO_QUOTES_ATTRIBUTION_H_
#define SAYWHO_QUOTES_ATTRIBUTION_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "quotes/layout.h"
#include "saywho/document.h"
#include "saywho/lexicon.h"

namespace saywho::quotes {

enum class Gender : uint8_t { kUnknown, kMale, kFemale };

struct SpeakerPhrase {
  enum Type : uint8_t { kName, kPronoun, kDescription };
  uint32_t first = 0;       // word indices [first, end) of the phrase
  uint32_t end = 0;
  Type type = kName;
  int32_t entity = -1;      // Document::entities index, -1 if unknown
  bool person = false;      // known to be a person
  Gender gender = Gender::kUnknown;
};

// A description of a speaker, no name or pronoun ("the two", "47%", "a
// senior official"): words [first, end).
inline SpeakerPhrase DescriptionPhrase(uint32_t first, uint32_t end, bool person = false) {
  SpeakerPhrase phrase;
  phrase.first = first;
  phrase.end = end;
  phrase.type = SpeakerPhrase::kDescription;
  phrase.person = person;
  return phrase;
}

class Attributor {
 public:
  // `doc`, `layout` and `lexicon` must outlive the Attributor. Linear in the
  // number of words and mentions. One per document and thread: the const
  // methods fill a cache (the persons pronouns may refer to) on first use.
  Attributor(const Document& doc, const Layout& layout, const Lexicon& lexicon);

  // The subject of a cue whose first word is `cue_first`, looking no further
  // left than word `lower`: skips auxiliaries and adverbs ("has also
  // warned") and an appositive between commas ("Smith, a spokesman, said").
  std::optional<SpeakerPhrase> SubjectBefore(uint32_t cue_first, uint32_t lower) const;
  // The speaker of a reporting noun at word `noun`: its possessor ("Trump's
  // statement") or the subject of its light verb ("X gave a speech").
  std::optional<SpeakerPhrase> SpeakerOfNoun(uint32_t noun, uint32_t lower) const;
  // The noun phrase that starts at word `first` and ends before `upper`
  // ("said Smith", "according to a report from MacroPolo").
  std::optional<SpeakerPhrase> PhraseStartingAt(uint32_t first, uint32_t upper) const;
  // The noun phrase whose last word is `last`, not reaching before `lower`.
  // A description needs a speaker or source noun for its head ("the
  // official"), or, with `any_head`, a determiner in front ("the ad").
  std::optional<SpeakerPhrase> PhraseEndingAt(uint32_t last, uint32_t lower,
                                              bool any_head = false) const;

  // "Jane Doe, who said": the relative pronoun before the cue whose first
  // word is `cue_first`, standing for the phrase before it (its entity).
  // Not reaching before word `lower`.
  std::optional<SpeakerPhrase> RelativeSubject(uint32_t cue_first, uint32_t lower) const;

  // The subject that opens the clause in words [lower, upper), for a
  // participle ("At the debate, Smith compared ..., saying"): a name or a
  // pronoun, or with `any_phrase` a description too ("The mayor ... by
  // saying").
  std::optional<SpeakerPhrase> ClauseSubject(uint32_t lower, uint32_t upper, bool any_phrase) const;

  // The speaker's label of a transcript turn, words [first, end) in
  // capitals ("PENCE", "SEN. JOHN MCCAIN"): a name, linked to the person of
  // the article whose name ends with the label's last word, the one most
  // mentioned, when there is one.
  SpeakerPhrase LabelPhrase(uint32_t first, uint32_t end) const;

  // For a pronoun speaker: the entity of the person it most likely refers
  // to (subjects of the nearest sentences first, gender agreeing), or -1.
  int32_t ResolvePronoun(const SpeakerPhrase& pronoun) const;

  bool IsPronoun(uint32_t w) const;
  // Punctuation, function words, cue verbs and their auxiliaries.
  bool IsStopWord(uint32_t w) const { return IsStop(w); }
  // "Mao's", "officials'".
  bool IsPossessive(uint32_t w) const;

 private:
  struct Referent {
    uint32_t first = 0, end = 0;  // words
    int32_t entity = -1;
    Gender gender = Gender::kUnknown;
    bool possessive = false;
  };
  bool IsNameWord(uint32_t w) const;
  bool IsConnector(uint32_t w) const;
  bool IsStop(uint32_t w) const;
  // True for a phrase that a name possesses ("Hillary Clinton's campaign").
  bool HasNamedPossessor(const SpeakerPhrase& phrase) const;
  // Narrows a run of capitalized words [first, end) to the name itself.
  std::optional<SpeakerPhrase> NameRun(uint32_t first, uint32_t end) const;
  // "Flight International's Mr Learmount": when a name whose phrase ends
  // before word `possessor_end` (its "'s" there or the phrase's last word)
  // possesses a name after that "'s", the name possessed; nothing
  // otherwise (a description keeps its possessor's name: "Trump's
  // campaign manager" names Trump, which the rules after it expect).
  std::optional<SpeakerPhrase> OwnedName(uint32_t possessor_end, uint32_t upper) const;
  std::optional<SpeakerPhrase> FromMention(int32_t mention) const;
  // The "(" that opens the parenthesis closed at word `close` ("Kasich
  // (R-OH)"), within kMaxParenthesisWords and after word `lower`; nullopt
  // when none does.
  std::optional<uint32_t> OpeningParenthesis(uint32_t close, uint32_t lower) const;
  // "former secretary of state Hillary Clinton", "(Democratic) strategist
  // Hank Sheinkopf": the name after a lower-case description that opens at
  // word `first`, within a few words and before `upper`; with
  // `role_nouns_only`, a description of speaker nouns alone.
  std::optional<SpeakerPhrase> NameAfterDescription(uint32_t first, uint32_t upper, bool role_nouns_only) const;
  // Adverbs, auxiliaries and time words between a subject and its verb
  // ("has also", "later Thursday").
  bool IsBetweenSubjectAndVerb(uint32_t w) const;
  // "Anna Berg of the Institute for Policy Studies said": the person named
  // before the affiliation whose name starts at word `first`, if any.
  std::optional<SpeakerPhrase> PersonBeforeAffiliation(uint32_t first, uint32_t lower) const;
  // "a spokeswoman for Hillary Clinton said", "officials at the agency
  // said", "officials in Washington said": the description of someone
  // speaking for `name` (a speaker noun, then "for", "to", "of", "at",
  // "with", "in" or "from"), stretched to the name's end; through a chain
  // of such phrases the leftmost speaker noun ("A spokesman for the mayor
  // of New York", "People at the back of the hall");
  // nothing when none precedes.
  std::optional<SpeakerPhrase> AgentOfName(const SpeakerPhrase& name, uint32_t lower) const;
  // "Marc Ostwald, a strategist at Monument Securities told", "Howard
  // Archer, economist at Global Insight said": an appositive whose closing
  // comma the writer left out, the phrase before the verb at `cue_first`
  // starting at word `first`. The person named before its opening comma
  // when that name opens the clause (from `lower`) and no comma follows the
  // verb; nothing otherwise.
  std::optional<SpeakerPhrase> PersonBeforeOpenAppositive(uint32_t first, uint32_t lower, uint32_t cue_first) const;
  // "Protesters marching through the streets", "Officials speaking on
  // condition of anonymity": when the words up to `last` end a participle
  // in "-ing" and its prepositional phrases, the phrase it modifies,
  // ending right before it and not reaching before `lower`; nothing
  // otherwise.
  std::optional<SpeakerPhrase> HeadBeforeParticiple(uint32_t last, uint32_t lower) const;
  // "An official who spoke on condition of anonymity", "Voters who
  // attended the rally": when the words up to `last` are a relative clause
  // opened by "who" (no punctuation in it, a few words), the phrase before
  // "who", not reaching before `lower`; nothing otherwise.
  std::optional<SpeakerPhrase> HeadBeforeRelativeClause(uint32_t last, uint32_t lower) const;
  // "people close to the governor" ending at word `last`: the speaker noun
  // before a postmodifier (quote_postmodifiers) within a few words, if any.
  std::optional<SpeakerPhrase> HeadBeforePostmodifier(uint32_t last, uint32_t lower) const;
  // "Trump, speaking at a rally in Wilmington, N.C., warned": the subject
  // that opens the clause before an aside set off by commas (a participle,
  // a prepositional phrase, an age, a relative clause, a connective), the
  // comma at word `close` ending the aside. Not reaching before `lower`.
  std::optional<SpeakerPhrase> SubjectBeforeAside(uint32_t close, uint32_t lower) const;
  // True for a word that opens such an aside.
  bool OpensAside(const Word& word) const;
  // True when word `w` may stand inside an aside or an appositive between
  // commas: a word, a comma, a hyphen, a possessive apostrophe ("Sanders'
  // campaign") or the period of an abbreviation ("Mitch McConnell, R-Ky.,
  // said").
  bool MayStandInAside(uint32_t w) const;
  // True when the word before the name at `name_first` (past its titles,
  // after word `lower`) is a verb that makes the name an object ("several
  // groups granted Mr. Clarke"), not a role noun or title.
  bool IsVerbBeforeName(uint32_t name_first, uint32_t lower) const;
  // A role noun or title, in any case ("spokesman", "director", "Sen.").
  bool IsRole(const Word& word) const;
  // True when word `w` is an "-ing" word that modifies the lower-case role
  // after it ("managing director", "acting chairman"): no verb.
  bool ModifiesRole(uint32_t w) const;
  // True when "this" at `this_word` follows a name or a speaker noun, past
  // modifiers ("The committee this week", "Wells Fargo just this month"),
  // not a noun inside a phrase ("in the consultations this week").
  bool ThisAfterSubject(uint32_t this_word, uint32_t lower) const;
  Gender GenderOfName(uint32_t first, uint32_t end) const;
  // The persons pronouns may refer to, in text order; collected on first
  // use, since most articles resolve no pronoun.
  const std::vector<Referent>& Referents() const;

  const Document& doc_;
  const Layout& layout_;
  const Lexicon& lexicon_;
  std::vector<int32_t> mention_ending_;    // per word: mention whose last word it is
  std::vector<int32_t> mention_starting_;  // per word: mention whose first word it is
  mutable std::optional<std::vector<Referent>> referents_;  // see Referents()
};

}  // namespace saywho::quotes

#endif  // SAYWHO_QUOTES_ATTRIBUTION_H_
