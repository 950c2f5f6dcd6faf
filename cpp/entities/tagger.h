// The entity tagger: the name model (perceptron.h) over features.h, names
// refined into OntoNotes labels with gazetteers, made consistent across the
// document, plus numbers and dates from numbers.h.
#ifndef SAYWHO_ENTITIES_TAGGER_H_
#define SAYWHO_ENTITIES_TAGGER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "entities/features.h"
#include "entities/gazetteer.h"
#include "entities/model_file.h"
#include "entities/tags.h"
#include "saywho/document.h"
#include "saywho/lexicon.h"

namespace saywho::ner {

// The gazetteer lists a newly trained model uses (resources/lexicon).
const std::vector<std::string>& DefaultGazetteerLists();

// Thread safety: immutable after construction; every method is const and
// may run on many threads at once. `lexicon` (may be null: no gazetteer
// features, coarser labels) must outlive the tagger.
class Tagger {
 public:
  Tagger(NerModel model, const Lexicon* lexicon);

  static absl::StatusOr<std::unique_ptr<Tagger>> Load(const std::string& path,
                                                      const Lexicon* lexicon);

  // Replaces doc->mentions with names and numbers in text order (byte
  // offsets into doc->text), each with a label and a score in [0, 1].
  void Recognize(Document* doc, Style style) const;

  // The model's tags for every token (kOutside outside sentences) and the
  // per-token margin of the chosen tag. Exposed for the trainer's tests.
  void TagNames(const Document& doc, Style style, std::vector<Tag>* tags,
                std::vector<float>* margins) const;

 private:
  Label Refine(const Document& doc, int cls, uint32_t first, uint32_t end) const;
  bool InList(LexiconName list, std::string_view word) const;
  // Two words: a known family or given name, then a rare capitalised word.
  bool LooksLikePersonName(const Document& doc, uint32_t first, uint32_t end) const;
  // For an organisation's tokens [first, end) shaped "<firm> <legal form>
  // of <place>" ("Kia Motor Corp of South Korea") where a country or city
  // list holds the place: the place's first token; otherwise `end`.
  uint32_t PlaceAfterLegalForm(const Document& doc, uint32_t first, uint32_t end) const;
  // When a name ending before token `end` is followed by "& <legal form>"
  // ("Schroder Wertheim & Co", "Bear Stearns & Co Inc"): one past the last
  // legal form; otherwise `end`.
  uint32_t LegalFormAfterAmpersand(const Document& doc, uint32_t end) const;
  // True when a capitalised word of tokens [first, end) heads organisations.
  bool HasOrgWord(const Document& doc, uint32_t first, uint32_t end) const;
  // Runs of capitalised words joined by function words, headed by an
  // organisation or event word, become ORG or EVENT mentions (replacing the
  // names inside them) when the model missed them.
  void AddTitleCaseNames(const Document& doc, std::vector<Mention>* names) const;
  // How `word` names a people or creed (list gaz_peoples): as listed, as its
  // plural in -s, or not at all.
  enum class PeopleWord { kNone, kSingular, kPlural };
  PeopleWord PeopleWordOf(std::string_view word) const;
  // True when every token of [first, end) names a people or creed ("Kurds",
  // "Shiite Muslims"), but for one singular word that the model calls a
  // person (`person`: "Christian") or that names a language ("Tamil").
  bool IsPeoplesName(const Document& doc, uint32_t first, uint32_t end, bool person) const;
  // True for a region's name: two or more words, the last a sea's,
  // continent's or landform's name (gaz_loc_words, or "America"), each other
  // word a compass point or a nationality ("North Atlantic", "Persian Gulf",
  // "Latin America"; not "Union Pacific").
  bool IsRegionName(const Document& doc, uint32_t first, uint32_t end) const;
  // Untagged capitalised words that name peoples or creeds become NORP
  // mentions: a plural always ("Tibetans", "Hispanics"), a singular when no
  // capitalised word follows it (not "Navajo Nation"). `names` stays sorted.
  void AddPeoplesNames(const Document& doc, std::vector<Mention>* names) const;
  // The label of a name written inside a hyphenated word ("U.S." of
  // "U.S.-led"): that of a name of the same text in the article (`named`:
  // text -> label), else GPE, NORP or ORG as the country, city, nationality,
  // company and peoples lists know it; kNone when nothing knows it.
  Label LabelOfNamePart(const absl::flat_hash_map<std::string_view, Label>& named, std::string_view part) const;
  // A name ending in a hyphenated word is narrowed to the names inside it,
  // as OntoNotes splits them: "Silicon Valley-friendly" and "Singapore-based"
  // to "Silicon Valley" and "Singapore" (a lower-case word after the
  // hyphen), "U.S.-Chinese" to "U.S." and "Chinese" (names on both sides).
  // Only when LabelOfNamePart knows every part; `names` stays sorted.
  void SplitHyphenatedNames(const Document& doc, std::vector<Mention>* names) const;
  // Headings in capitals ("## SILICON MARXISM") show no case, the model's
  // best clue: a name the model finds in one stays only when a list knows it
  // or the article names it again outside such headings, without regard to
  // case ("CHINA'S BET" keeps China).
  void DropUnknownNamesInCapitalHeadings(const Document& doc, std::vector<Mention>* names) const;

  NerModel model_;
  const Lexicon* lexicon_;
  Gazetteer gazetteer_;
  FeatureExtractor extractor_;
  uint32_t place_lists_ = 0;    // gazetteer bits of GPE lists
  uint32_t demonym_lists_ = 0;  // gazetteer bits of nationality lists
  uint32_t company_lists_ = 0;  // gazetteer bits of company lists
  uint32_t country_lists_ = 0;  // gazetteer bits of the country list
};

// Document-level consistency of name mentions (sorted, non-overlapping):
// one label per surface form (the majority), untagged repeats of a tagged
// name tagged alike, and the last word of a multi-word PERSON name tagged
// PERSON wherever it stands alone. Exposed for tests.
void HarmonizeNames(const Document& doc, std::vector<Mention>* names);

// Titles set in italics ("*The Third Wave*": title case, inside a sentence)
// become WORK_OF_ART mentions, replacing the names found inside them; a name
// found on exactly the span keeps its label. `names` stays sorted.
void AddItalicTitles(const Document& doc, std::vector<Mention>* names);

// Untagged capitalised words (inside a sentence, not its first word; at most
// eight words, short joiners such as "and", "the", "&" between them) right
// after a noun that says what they name ("the think tank Brookings", "the
// film Parasite": table gaz_descriptors in `lexicon`, noun -> label) become
// mentions with that label. `names` stays sorted.
void AddDescribedNames(const Document& doc, const Lexicon& lexicon, std::vector<Mention>* names);

// A story's sign-off, one word in capitals alone on the text's last line
// ("REUTER" under Reuters-21578 stories, "AFP"), names the agency that filed
// it: a name found there is an ORG, whatever the model took it for
// ("Reuter" is a surname too). Offsets are UTF-8 bytes of doc.text; `names`
// stays sorted.
void LabelSignOff(const Document& doc, std::vector<Mention>* names);

// Names of kinds of things, not things, are removed from `names`: an
// acronym the text defines by lower-case words ("artificial intelligence
// (AI)", "non-governmental organisations (NGOs)"), throughout the document,
// and what list gaz_common_nouns of `lexicon` (may be null: none) holds,
// spaces inside a name left out ("R&D", "Q&A", "Internet"; "S & T" is S&T).
void DropCommonNouns(const Document& doc, const Lexicon* lexicon, std::vector<Mention>* names);

// Names and numbers (each sorted, free of overlaps) into one list in text
// order; of two overlapping spans the longer stays, a name at equal length.
std::vector<Mention> MergeMentions(std::vector<Mention> names, std::vector<Mention> numbers);

}  // namespace saywho::ner

#endif  // SAYWHO_ENTITIES_TAGGER_H_
