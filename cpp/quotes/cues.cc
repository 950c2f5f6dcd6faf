#include "quotes/cues.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "absl/strings/match.h"

namespace saywho::quotes {
namespace {

// Tries the multi-word phrases of quote_cue_phrases that start at word `w`,
// longest first; joins words only while some phrase goes on with them.
std::optional<Cue> PhraseAt(const Layout& layout, const Lexicon& lexicon, uint32_t w,
                            uint32_t limit) {
  constexpr LexiconName kPhrases = "quote_cue_phrases";
  const auto& words = layout.words();
  if (!lexicon.StartsLongerKey(kPhrases, words[w].lower)) return std::nullopt;
  std::string phrase = words[w].lower;
  std::optional<Cue> found;
  for (uint32_t e = w + 1; e < limit && !words[e].punct; ++e) {
    phrase += ' ';
    phrase += words[e].lower;
    if (const std::string* side = lexicon.Lookup(kPhrases, phrase)) {
      Cue cue;
      cue.first = w;
      cue.end = e + 1;
      cue.side = *side == "after" ? SpeakerSide::kAfter : SpeakerSide::kBefore;
      found = cue;
    }
    if (!lexicon.StartsLongerKey(kPhrases, phrase)) break;
  }
  return found;
}

}  // namespace

bool IsCueModifier(const Lexicon& lexicon, const Word& word) {
  if (word.punct || word.upper) return false;
  if (lexicon.Contains("quote_cue_modifiers", word.lower)) return true;
  return word.lower.size() > 4 && absl::EndsWith(word.lower, "ly");
}

bool IsAuxiliary(const Word& word) {
  static constexpr std::string_view kAuxiliaries[] = {"has",   "have",  "had",   "is",   "are",    "was",
                                                      "were",  "will",  "would", "could", "can",   "may",
                                                      "might", "must",  "should", "did",  "does",  "do"};
  return !word.upper &&
         std::find(std::begin(kAuxiliaries), std::end(kAuxiliaries), std::string_view(word.lower)) !=
             std::end(kAuxiliaries);
}

bool IsFormOf(const Lexicon& lexicon, const Word& word, std::string_view lemma) {
  const std::string* entry = lexicon.Lookup("quote_cue_verbs", word.lower);
  return entry != nullptr && std::string_view(*entry).substr(0, entry->find('\t')) == lemma;
}

bool ReadAsNoun(const Layout& layout, uint32_t w) {
  const auto& words = layout.words();
  const Word& word = words[w];
  if (!word.tagged || word.pos != PartOfSpeech::kNoun) return false;
  if (w == 0 || !absl::EndsWith(word.lower, "s")) return true;
  const Word& before = words[w - 1];
  const bool after_subject = before.punct || (before.tagged && (before.pos == PartOfSpeech::kNoun ||
                                                                 before.pos == PartOfSpeech::kPropn ||
                                                                 before.pos == PartOfSpeech::kPron));
  return !after_subject;
}

bool IsVerbOrAuxiliary(const Word& word) {
  return word.tagged ? word.pos == PartOfSpeech::kVerb || word.pos == PartOfSpeech::kAux
                     : IsVerb(word) || IsAuxiliary(word);
}

std::optional<uint32_t> ConjunctionBefore(const Layout& layout, const Lexicon& lexicon, uint32_t verb,
                                          uint32_t from) {
  const auto& words = layout.words();
  uint32_t p = verb;
  while (p > from && IsCueModifier(lexicon, words[p - 1])) --p;
  if (p <= from || (words[p - 1].lower != "and" && words[p - 1].lower != "but")) return std::nullopt;
  return p - 1;
}

bool IsReportingVerb(const Lexicon& lexicon, const std::string& form) {
  return lexicon.Lookup("quote_cue_verbs", form) != nullptr ||
         lexicon.Lookup("quote_reported_verbs", form) != nullptr;
}

std::vector<std::string> CueFirstWords(const Lexicon& lexicon) {
  std::vector<std::string> words = lexicon.Keys("quote_cue_verbs");
  for (const std::string& phrase : lexicon.Keys("quote_cue_phrases")) {
    words.push_back(phrase.substr(0, phrase.find(' ')));
  }
  for (const std::string& noun : lexicon.List("quote_cue_nouns")) words.push_back(noun);
  return words;
}

std::optional<Cue> CueAt(const Layout& layout, const Lexicon& lexicon, uint32_t w,
                         uint32_t limit) {
  const auto& words = layout.words();
  if (w >= limit || w >= words.size() || words[w].punct) return std::nullopt;
  if (std::optional<Cue> phrase = PhraseAt(layout, lexicon, w, limit)) return phrase;
  const Word& word = words[w];
  if (!word.upper && lexicon.Contains("quote_cue_nouns", word.lower)) {
    // "in a statement", "gave a speech", "Trump's remarks": the speaker
    // stands before, as the subject of the light verb or the possessor.
    Cue cue;
    cue.first = w;
    cue.end = w + 1;
    cue.side = SpeakerSide::kBefore;
    cue.noun = true;
    return cue;
  }
  if (word.upper && w > 0 && !(words[w - 1].punct)) return std::nullopt;  // a name
  const std::string* entry = lexicon.Lookup("quote_cue_verbs", word.lower);
  if (entry == nullptr) return std::nullopt;
  // After a quantifier that stands alone for people ("some said", "the
  // two wrote") a verb form stays a verb; only one that ends in -s reads as
  // a plural noun there ("two reports", "many tweets").
  const bool after_determiner =
      w > 0 && lexicon.Contains("quote_determiners", words[w - 1].lower) &&
      !(lexicon.Contains("quote_quantifiers", words[w - 1].lower) && !absl::EndsWith(words[w].lower, "s"));
  if (after_determiner) return std::nullopt;
  Cue cue;
  cue.first = w;
  cue.end = w + 1;
  cue.cue_class = absl::StrContains(*entry, "\tthought") ? CueClass::kThought : CueClass::kSpeech;
  cue.object_is_addressee = absl::EndsWith(*entry, "\taddressee");
  cue.takes_object = cue.object_is_addressee || absl::EndsWith(*entry, "\ttarget");
  cue.side = SpeakerSide::kEither;
  // A verb particle belongs to the cue: "pointed out", "went on".
  if (w + 1 < limit && (words[w + 1].lower == "out" || words[w + 1].lower == "up")) {
    cue.end = w + 2;
  }
  return cue;
}

}  // namespace saywho::quotes
