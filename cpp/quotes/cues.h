// Reporting cues: verbs in every inflection ("said", "warns", "tweeted"),
// phrases ("according to", "as X put it") and reporting nouns ("in a
// statement", "gave a speech on"). All come from the lexicon, so the lists
// are data:
//   quote_cue_verbs.tsv    form<TAB>lemma<TAB>speech|thought[<TAB>addressee|target]
//   quote_cue_phrases.tsv  phrase<TAB>after|before (where the speaker stands)
//   quote_cue_nouns.txt    statement, speech, interview, ...
//   quote_determiners.txt  words that make a following cue word a noun
//   quote_quantifiers.txt  ... except a verb form not in -s after one that
//                          stands alone for people ("some said")
#ifndef SAYWHO_QUOTES_CUES_H_
#define SAYWHO_QUOTES_CUES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "quotes/layout.h"
#include "saywho/lexicon.h"

namespace saywho::quotes {

enum class CueClass : uint8_t {
  kSpeech,   // said, told, according to, in a statement
  kThought,  // believes, hopes: reported speech without marks only
};

// Where the cue's speaker stands.
enum class SpeakerSide : uint8_t {
  kBefore,  // "X said", "as X put it", "X's statement"
  kAfter,   // "according to X"
  kEither,  // a verb: "X said" or, inverted, "said X"
};

struct Cue {
  uint32_t first = 0;  // word indices [first, end)
  uint32_t end = 0;
  CueClass cue_class = CueClass::kSpeech;
  SpeakerSide side = SpeakerSide::kEither;
  bool noun = false;   // a reporting noun ("statement"), not a verb
  bool takes_object = false;  // "told reporters", "praised the plan": no speaker after it
  bool object_is_addressee = false;  // "told reporters": whom the words are for
};

// Every word at which CueAt may find a cue (a phrase's first word, a
// reporting noun, a verb form), in no particular order.
std::vector<std::string> CueFirstWords(const Lexicon& lexicon);

// The cue that starts at word `w`, if any; `limit` bounds a multi-word cue
// (words at or after it are not read). Thread safe.
std::optional<Cue> CueAt(const Layout& layout, const Lexicon& lexicon, uint32_t w,
                         uint32_t limit);

// True for a word that may stand between a speaker and its verb ("has",
// "also", "repeatedly").
bool IsCueModifier(const Lexicon& lexicon, const Word& word);

// True for an auxiliary or a modal verb ("has", "was", "would"): after a
// noun phrase, it makes the phrase a subject.
bool IsAuxiliary(const Word& word);

// True when `word` is a form of the reporting verb `lemma` in
// quote_cue_verbs ("quoted", "quotes" of "quote").
bool IsFormOf(const Lexicon& lexicon, const Word& word, std::string_view lemma);

// A verb or an auxiliary: by the tagger's tag, or on an untagged document by
// spelling ("-ed") and the auxiliary list.
bool IsVerbOrAuxiliary(const Word& word);

// True when the tagger reads word `w` as a noun, so that a verb of speech
// of that spelling is none ("the extra demand", "two legal challenges"). An
// "-s" form right after a noun, name, pronoun or punctuation is not taken
// for one: the tagger reads a verb after its subject so too ("the report
// notes", "\"...,\" warns X"). False on an untagged document.
bool ReadAsNoun(const Layout& layout, uint32_t w);

// The "and" or "but" before the verb at word `verb`, past auxiliaries and
// adverbs ("... and has since said"), at or after word `from`; nullopt when
// none stands there. A verb so coordinated shares the clause's subject.
std::optional<uint32_t> ConjunctionBefore(const Layout& layout, const Lexicon& lexicon, uint32_t verb, uint32_t from);

// True for a form of the core reporting verbs (quote_cue_verbs) or of the
// wider reported-speech list (quote_reported_verbs); both are tables.
bool IsReportingVerb(const Lexicon& lexicon, const std::string& form);

}  // namespace saywho::quotes

#endif  // SAYWHO_QUOTES_CUES_H_
