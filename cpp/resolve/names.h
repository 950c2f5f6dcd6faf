// Name normalisation for entity resolution: what a mention's name is once
// titles, honorifics, possessives, legal-form suffixes and letter case are set
// aside, plus the acronym views used to match "NSA" with "National Security
// Agency".
#ifndef SAYWHO_RESOLVE_NAMES_H_
#define SAYWHO_RESOLVE_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

#include "saywho/document.h"
#include "saywho/lexicon.h"

namespace saywho {

// The lexicon lists the resolver reads (resources/lexicon/<name>.txt|tsv).
inline constexpr LexiconName kTitlesList = "resolve_titles";
inline constexpr LexiconName kHonorificsList = "resolve_honorifics";
inline constexpr LexiconName kNameSuffixesList = "resolve_name_suffixes";
inline constexpr LexiconName kRoleModifiersList = "resolve_role_modifiers";
inline constexpr LexiconName kCorporateSuffixesList = "resolve_corporate_suffixes";
inline constexpr LexiconName kFunctionWordsList = "resolve_function_words";
inline constexpr LexiconName kDemonymsList = "resolve_demonyms";
inline constexpr LexiconName kDemonymsExtraList = "resolve_demonyms_extra";
inline constexpr LexiconName kClauseWordsList = "resolve_clause_words";
inline constexpr LexiconName kSharedTitlesList = "resolve_titles_shared";
inline constexpr LexiconName kInstitutionWordsList = "resolve_institution_words";
inline constexpr LexiconName kPlaceQualifiersList = "resolve_place_qualifiers";
inline constexpr LexiconName kPlaceDesignationsList = "resolve_place_designations";
inline constexpr LexiconName kNameParticlesList = "resolve_name_particles";
// lower-cased last word of a name -> the label it makes a name tagged PERSON,
// GPE or LOC ("airport" -> FAC).
inline constexpr LexiconName kInstitutionHeadsTable = "resolve_institution_heads";
// lower-cased country name -> "Common name<TAB>Official name": derived from
// the gazetteer, and hand-written short names ("America", "Britain").
inline constexpr LexiconName kCountriesTable = "resolve_countries";
inline constexpr LexiconName kCountryAliasesTable = "resolve_country_aliases";
// lower-cased familiar or variant given name -> the formal one ("larry" ->
// "lawrence"), hand-written.
inline constexpr LexiconName kNicknamesTable = "resolve_nicknames";
// The entity stage's name gazetteers: a word in none is no known name, so it
// may be a misspelling of one in the article.
inline constexpr LexiconName kKnownGivenNamesList = "gaz_given_name";
inline constexpr LexiconName kKnownSurnamesList = "gaz_surname";
inline constexpr LexiconName kKnownPlacesList = "gaz_city";
inline constexpr LexiconName kKnownCountriesList = "gaz_country";

// One word of a name as written, with its byte span in Document::text.
struct NameWord {
  std::string_view text;  // points into Document::text
  Offset start = 0;
  Offset end = 0;
};

// A mention's name. Views point into Document::text: the document must
// outlive the NameForm.
struct NameForm {
  // The label the name is read as: the tagger's, except that an ORG name led
  // by an honorific ("Professor Cres Eastman", "Mr. Smith") is a person's.
  Label label = Label::kNone;
  std::vector<NameWord> words;      // the name proper, as written
  std::vector<std::string> folded;  // per word: case-folded, periods and
                                    // possessive "'s" removed
  std::string key;                  // folded words joined by one space
  // The name's core when it is qualified: what follows an inner possessor
  // ("Harvard's Weatherhead Center" -> "Weatherhead Center") or an
  // administrative unit's "of" ("City of Cleveland" -> "Cleveland": see
  // resolve_place_designations) and what comes before a comma ("Trinity
  // College, Cambridge" -> "Trinity College"), as
  // words[core_first, core_end) and their folded key; core_key is empty when
  // the name has no such qualifier.
  std::string core_key;
  size_t core_first = 0;
  size_t core_end = 0;
  // Upper-case letters of an acronym written as one word ("NSA", "U.S." ->
  // "US") or as spaced initials ("U. S."), empty when the name is not one.
  std::string acronym;
  // Initials of the capitalised content words of a name of two words or more
  // ("Chinese Communist Party" -> "CCP"), empty otherwise.
  std::string initials;
  // For a person, the generation or regnal number dropped from the name,
  // folded ("ii" for "Elizabeth II", "jr" for "Martin Luther King Jr."):
  // two names with different ones are different people.
  std::string generation;
};

// Case folding (full Unicode, via ICU) with typographic apostrophes made
// ASCII. Thread safe.
std::string FoldName(std::string_view s);

// The letters of `word` when it is an acronym of 2 to 8 ASCII capitals,
// periods aside ("NSA", "U.S." -> "US"); empty otherwise.
std::string AsciiAcronym(std::string_view word);

// True when the first code point of `word` is an upper-case letter.
bool StartsUpper(std::string_view word);
// True when `word` has letters and none of them is lower case ("JULIAN").
bool IsAllCaps(std::string_view word);

// `word` without a trailing possessive: "Trump's" -> "Trump", "States'" ->
// "States" (ASCII or typographic apostrophe).
std::string_view StripPossessive(std::string_view word);

// True when `word` (any case; with or without a final period) is in `list`.
bool InList(const Lexicon& lexicon, LexiconName list, std::string_view word);

// A title noun ("President") or a word that qualifies one ("Vice", "former").
bool IsTitleWord(const Lexicon& lexicon, std::string_view word);

// The name in doc.text[start, end) for a mention labelled `label`: leading
// "the", and for PERSON leading titles and honorifics ("President", "Soviet
// Premier", "Dr."), anything after a comma ("Mark Smith, QC") and trailing
// generational suffixes are dropped (an ORG name that an honorific leads is
// read as PERSON); for other
// labels trailing legal forms ("Inc.") are dropped; a final possessive is
// dropped for all. A name of two words or more tagged PERSON, GPE or LOC
// whose last word names an institution or a building ("Socotra Hotel",
// "United Kingdom Home Office": resolve_institution_heads) is read as FAC or
// ORG. A place (GPE, LOC) that a part or period word directly
// precedes outside the span ("mainland Australia", "early Athens":
// resolve_place_qualifiers) takes that word into its name, as it is another
// place. At least one word is always kept when the span has one.
// Offsets are bytes. Linear in the span length. Thread safe.
NameForm AnalyzeName(const Lexicon& lexicon, std::string_view text, Offset start,
                     Offset end, Label label);

// Initials of the capitalised words of `name` that are not function words
// ("People's Republic of China" -> "PRC"); empty for fewer than two words.
std::string InitialsOf(const Lexicon& lexicon, std::string_view name);

// The name as written from words[first] to words[end - 1] (end 0: the last
// word), inner punctuation kept and white space runs made single spaces
// ("Unlikely Partners: Chinese Reformers"). `words` must be views into one
// text, as AnalyzeName makes them.
std::string WrittenName(const std::vector<NameWord>& words, size_t first = 0, size_t end = 0);

// "JULIAN BAIRD GEWIRTZ" -> "Julian Baird Gewirtz" (ICU title case).
std::string TitleCase(std::string_view s);

}  // namespace saywho

#endif  // SAYWHO_RESOLVE_NAMES_H_
