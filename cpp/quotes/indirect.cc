#include "quotes/indirect.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

#include "quotes/confidence.h"
#include "quotes/cues.h"
#include "quotes/kinds.h"
#include "quotes/learned_cues.h"

namespace saywho::quotes {
namespace {

// How far after a verb cue its object may run before "that" opens the
// content ("told The Wall Street Journal that ...").
constexpr uint32_t kObjectWords = 10;
// What "according to" names runs at most this many words ("according to
// early results of the exit poll conducted by Edison Research for the
// Associated Press and television networks, ...").
constexpr uint32_t kMaxSourceWords = 20;
// A trailing frame ("..., the minister said on Tuesday.") holds at most
// this many words after its cue, opening with a preposition or a time word;
// more, or others, make a clause after an opening phrase ("In an interview
// on Tuesday, the chief said the plan failed").
constexpr uint32_t kFrameTailWords = 4;
// A longer tail holds only phrases of adjuncts ("..., he said in an
// interview on Saturday."), at most this many words.
constexpr uint32_t kMaxAdjunctTailWords = 10;
// The most words of a relative clause set off by commas inside content.
constexpr uint32_t kMaxAsideWords = 20;
// The fewest words of a clause ("she is out").
constexpr uint32_t kMinClauseWords = 3;
constexpr uint32_t kMinContentWords = 2;
// A description after a speaker's name names its head noun within this
// many words ("..., said Larry Sabato, director of ...", "..., the agency's
// deputy director"; "Manafort's former business partner": the possessive's
// "'s" is a word of its own).
constexpr uint32_t kDescriptionHeadWords = 5;
// Words at most in a description of the speaker without an article or
// "who" after a frame's comma: a longer tail to the sentence's end is more
// content, and not reading it keeps a sentence of thousands of frames linear.
constexpr uint32_t kMaxDescriptionWords = 40;
// A description before a speaker's name in a trailing frame ("..., Algerian
// foreign ministry spokesman Benali Abdelaziz said") has at most this many
// words.
constexpr uint32_t kMaxPreNameWords = 7;
// A speaker's name before a colon that opens a paragraph has at most this
// many words ("Bernie Sanders: ...").
constexpr uint32_t kColonSpeakerWords = 4;
// The words that open a clause stand for its speaker when no subject can be
// bounded ("Democrats trying to regain control of the Senate in November
// say ..."); at most this many.
constexpr uint32_t kMaxOpeningSpeakerWords = 12;
// Content set apart from its frame by a comma ("..., X said", "..., X
// says, ...") holds at least this many words; fewer make an opening phrase
// ("Hours later, X said ...") or an aside, not someone's words.
constexpr uint32_t kMinSplitContentWords = 3;
// A subordinate clause or participle phrase that opens a sentence ("While
// X said that ..., Y ...") holds at most this many words before its cue.
constexpr uint32_t kLeadingClauseWords = 30;
// A report whose content holds a quoted fragment's frame stands at most
// this many words before that frame ("X said in a statement on Tuesday that
// the party should reiterate "...""): the look-back stays short.
constexpr uint32_t kEnclosingFrameWords = 30;
// ", and human rights groups warned that ...": a subject of at most this
// many words before a reporting verb opens a clause of its own.
constexpr uint32_t kSubjectBeforeVerbWords = 4;
// Reported content holds at most this many words (a long sentence of news
// has some 60).
constexpr uint32_t kMaxContentWords = 200;
// Punctuation words that close a marked quotation at most: a comma and two
// marks ("," plus a closing single and double mark).
constexpr uint32_t kClosingPunctuation = 3;

// What follows a verb of reported speech.
enum class Complement : uint8_t {
  kAny,         // a core reporting verb: "that", a clause, a phrase, a topic
  kClause,      // a verb of the wider list, never inverted ("said X")
  kInfinitive,  // "declined to comment", "refused to say": the content opens at "to"
};

struct Region {
  uint32_t first = 0, end = 0;  // words
};

class IndirectFinder {
 public:
  IndirectFinder(const Layout& layout, const Lexicon& lexicon, const Attributor& attributor,
                 Document* doc)
      : layout_(layout), lexicon_(lexicon), attributor_(attributor), doc_(*doc), learned_(layout, lexicon, inside_) {
    // Words inside marked quotations: no cue there is the writer's.
    inside_ = QuotationOfWords(layout_, doc_.quotes);
    marked_ = doc_.quotes;
    for (const Quote& quote : marked_) {
      if (quote.cue_end > quote.cue_start) framing_cues_.push_back(quote.cue_start);
    }
  }

  void Run(bool from_cues) {
    std::sort(framing_cues_.begin(), framing_cues_.end());
    // The paraphrase around a quoted fragment goes first: its frame is the
    // fragment's, so a cue word inside it ("told a reporter that he is
    // feeling "a lot of emotion"") reports no content of its own.
    for (const Quote& q : marked_) AddParaphraseAround(q);
    content_end_ = UINT32_MAX;
    const auto& sentences = layout_.sentences();
    for (const Clause& s : sentences) {
      if (!from_cues || IsTitleBlock(layout_, s.block)) continue;
      if (s.first_word == layout_.WordAt(layout_.blocks()[s.block].start) && TryColonLine(s)) continue;
      // A headline in title case ("Bellwether County Says Trump Should Win").
      const bool title_case = IsTitleCase(layout_, s.first_word, s.end_word, /*max_words=*/UINT32_MAX);
      for (uint32_t w = s.first_word; w < s.end_word; ++w) {
        if (!MayOpenCue(w) || !MayBeCue(s, w)) continue;
        // A capitalized word inside a sentence of prose is a name ("Muse
        // singer Matt Bellamy said", "Queen, Muse, ..."), no cue; one that
        // opens it or follows a colon or a mark opens a clause ("...
        // unnoticed: According to recent polls").
        if (words()[w].upper && w > s.first_word && !title_case &&
            (!words()[w - 1].punct || words()[w - 1].lower == ",")) {
          continue;
        }
        if (TryEvidential(s, w)) {
          w = content_end_ - 1;
          continue;
        }
        Complement complement = Complement::kAny;
        std::optional<Cue> cue = title_case ? HeadlineCueAt(s, w, &complement) : std::nullopt;
        if (!cue) cue = CueAt(layout_, lexicon_, w, s.end_word);
        if (!cue) {
          // "said the deal was dead and pushed for a vote": a verb of the
          // wider list that goes on from reported content is the speaker's
          // own doing, not a second report.
          if (w > s.first_word && words()[w - 1].lower == "and" && content_end_ == w - 1) continue;
          cue = ReportedVerbAt(w, s, &complement);
        }
        // "in states that award delegates": on a weak cue word (one whose
        // reported content is rarely anyone's words, quote_reported_weak_cues)
        // and on words the lists leave out, the learned model decides.
        if (!cue || (cue->end == cue->first + 1 &&
                     lexicon_.Contains("quote_reported_weak_cues", words()[cue->first].lower))) {
          cue = LearnedCueAt(s, w, &complement);
        }
        if (!cue || cue->noun) continue;
        if (TryPassiveBy(s, *cue)) continue;
        // Cues inside the content just emitted could only overlap it.
        if (TryCue(s, *cue, complement)) w = std::max(cue->end, content_end_) - 1;
      }
    }
    for (const auto& [region, cue, speaker] : unattributed_) Emit(region, cue, speaker);
  }

 private:
  const std::vector<Word>& words() const { return layout_.words(); }

  // False for a word outside kCueVocabulary, which no cue opens.
  bool MayOpenCue(uint32_t w) const {
    return !has_vocabulary_ || lexicon_.Contains(kCueVocabulary, words()[w].lower);
  }

  // False where word `w` of sentence `s` cannot be a cue of reported speech
  // of its own.
  bool MayBeCue(const Clause& s, uint32_t w) const {
    // Cues inside marked quotations are the speaker's words, and the cue of
    // a marked quotation's frame is taken.
    if (inside_[w] >= 0 || std::binary_search(framing_cues_.begin(), framing_cues_.end(), words()[w].start)) {
      return false;
    }
    // A word after a number or a possessor is a noun or an adjective ("all
    // 50 states", "the administration's repeated attempts"), but for a form
    // of "say", never a noun after one ("Six in 10 say ...").
    if (w > s.first_word && (StartsWithDigit(words()[w - 1]) || IsPossessor(w - 1)) &&
        !(StartsWithDigit(words()[w - 1]) && IsFormOfSay(words()[w]))) {
      return false;
    }
    // After a preposition a cue word is a noun ("in states such as Ohio"),
    // but for a gerund ("by saying"); a noun that takes its content still
    // reports it ("in favor of", "because of fears that").
    return !(w > s.first_word && IsPreposition(words()[w - 1]) && !IsIngForm(words()[w]) &&
             !(w + 1 < s.end_word && TakesContent(words()[w + 1])));
  }

  // A verb cue of reported speech with its subject and where its content
  // starts (a word).
  struct Frame {
    Cue cue;
    SpeakerPhrase speaker;
    uint32_t content_start = 0;
  };

  // The first report in sentence `s` before word `frame_first` whose
  // content takes in the words from `frame_first` to `quote_first` ("Cruz
  // said he is certain Rubio will continue to be "a champion"": the frame
  // "Rubio will continue" is part of what Cruz said). Looks back at most
  // kEnclosingFrameWords words, so each call is short.
  std::optional<Frame> EnclosingFrame(const Clause& s, uint32_t frame_first, uint32_t quote_first) const {
    const uint32_t lower = std::max(s.first_word, frame_first - std::min(frame_first, kEnclosingFrameWords));
    for (uint32_t w = lower; w < frame_first; ++w) {
      if (!MayBeCue(s, w)) continue;
      Complement complement = Complement::kAny;
      std::optional<Cue> cue = CueAt(layout_, lexicon_, w, s.end_word);
      if (!cue) cue = ReportedVerbAt(w, s, &complement);
      if (!cue || cue->noun || cue->end > frame_first) continue;
      std::optional<SpeakerPhrase> speaker;
      std::optional<uint32_t> start;
      if (cue->side == SpeakerSide::kAfter) {
        // "According to X, Y said ...": X is the source of the whole clause.
        if (w > s.first_word && !words()[w - 1].punct) continue;
        speaker = attributor_.PhraseStartingAt(cue->end, s.end_word);
        if (!speaker) speaker = SourcePhrase(cue->end, s.end_word);
        if (speaker) start = AfterSourceComma(s, *speaker);
      } else {
        bool relative = false;
        speaker = CueSubject(s, *cue, &relative);
        if (speaker) start = ContentStart(*cue, complement, s.end_word);
      }
      if (!speaker) continue;
      if (!start || *start > frame_first || ContentEnd(*start, s.end_word) <= quote_first) continue;
      // A frame after a comma opens a clause of its own ("..., the union
      // called Clinton a "champion"").
      if (CommaEnd(*start, frame_first) < frame_first) continue;
      return Frame{*cue, *speaker, *start};
    }
    return std::nullopt;
  }

  // True when the words from `w` on start a new clause after the content:
  // ", but", ", which", ", according to", a participle after a comma
  // (", saying", ", putting"), or another reporting verb after "and" or
  // "but" ("... and said that", "... but has since said").
  bool OpensNextClause(uint32_t w, uint32_t sentence_end) const {
    if (w + 1 >= sentence_end || inside_[w] >= 0 || inside_[w + 1] >= 0) return false;
    const std::string& here = words()[w].lower;
    if (here == "," && OpensClauseAfterComma(w + 1, sentence_end)) return true;
    // A dash set off by spaces closes the content (" - a move that ...").
    if (IsSpacedDash(layout_, w)) return true;
    if (here == "whereas") return true;
    // "... and said that ...", "... and endorsed ...": a second reporting
    // verb goes on with the speaker's own doings, not the reported content.
    // Another verb after "and" is the content's own ("has no more speeches
    // scheduled and delivered only ..."). The same after "but", and past
    // auxiliaries and adverbs ("... but has since said she will ...").
    return (here == "and" || here == "but") && ReportingVerbAfter(w + 1, 0, 0, sentence_end);
  }

  // True when a reporting verb stands after a subject of `min_subject` to
  // `max_subject` words without punctuation from word `from` on ("human
  // rights groups"), past up to two auxiliaries and adverbs ("has since
  // said").
  bool ReportingVerbAfter(uint32_t from, uint32_t min_subject, uint32_t max_subject, uint32_t sentence_end) const {
    for (uint32_t start = from; start <= from + max_subject && start < sentence_end; ++start) {
      if (start > from && (words()[start - 1].punct || inside_[start - 1] >= 0)) return false;
      if (start < from + min_subject) continue;
      uint32_t verb = start;
      while (verb < sentence_end && verb < start + 2 && IsCueModifier(lexicon_, words()[verb])) ++verb;
      if (verb < sentence_end && inside_[verb] < 0 && !words()[verb].upper &&
          IsReportingVerb(lexicon_, words()[verb].lower)) {
        return true;
      }
    }
    return false;
  }

  // True when the words from `w` on, after a comma, start a new clause:
  // ", but", ", which", ", according to", ", and" with a subject of its
  // own, a participle (", saying", ", putting") or a reporting verb.
  bool OpensClauseAfterComma(uint32_t w, uint32_t sentence_end) const {
    if (w >= sentence_end || inside_[w] >= 0) return false;
    const std::string& next = words()[w].lower;
    // ", but that ...", ", and that ...": a second content clause of the
    // same verb goes on with the content.
    if ((next == "but" || next == "and") && w + 1 < sentence_end && words()[w + 1].lower == "that") return false;
    if (((next == "who" || next == "whom" || next == "which" || next == "whose") &&
         ClosesAside(w + 1, sentence_end, kMaxAsideWords)) ||
        // ", though culturally conservative,", ", although brief,": a
        // short concessive aside.
        ((next == "though" || next == "although") && ClosesAside(w + 1, sentence_end, kFrameTailWords))) {
      return false;
    }
    if (next == "but" || next == "which" || next == "according" || next == "while" || next == "even" ||
        next == "where" || next == "although" || next == "though" || next == "whose" || next == "whereas" ||
        next == "who" || next == "whom" || next == "compared") {
      return true;
    }
    // ", and the money helped ...": a new clause with its own subject.
    if (next == "and" && w + 1 < sentence_end &&
        (lexicon_.Contains("quote_determiners", words()[w + 1].lower) || IsSubjectPronoun(words()[w + 1]) ||
         ReportingVerbAfter(w + 1, 1, kSubjectBeforeVerbWords, sentence_end))) {
      return true;
    }
    // A participle opens a clause (", saying ..."); "including" a list
    // that belongs to the content.
    // Not a name ("Steve Fraidin, Pershing Square's vice chairman, ...").
    if (IsIngForm(words()[w]) && !words()[w].upper && next != "including") return true;
    // A frame that closes the sentence (", Keating said.") or hands over a
    // marked quotation (", Mr. Trump said, ''I'm a guy ...''") is no content
    // of the report before it.
    if (std::optional<std::pair<Cue, SpeakerPhrase>> frame = FrameOpeningAt(w, sentence_end);
        frame && (EndsSentence(frame->first, w, sentence_end) || QuotationAfter(frame->first.end, sentence_end))) {
      return true;
    }
    return !words()[w].upper && IsReportingVerb(lexicon_, next);
  }

  // True when a marked quotation opens at word `w`, past at most
  // kClosingPunctuation punctuation words (", ''", ": “").
  bool QuotationAfter(uint32_t w, uint32_t sentence_end) const {
    for (uint32_t k = w; k < sentence_end && k <= w + kClosingPunctuation; ++k) {
      if (inside_[k] >= 0) return true;
      if (!words()[k].punct) return false;
    }
    return false;
  }

  // The cue and speaker when the words from `w` to the sentence end are a
  // frame of speech ("..., Keating said.", "..., the minister said on
  // Tuesday."): a short subject, a reporting verb, and at most an adjunct
  // of time or place; nullopt otherwise.
  std::optional<std::pair<Cue, SpeakerPhrase>> ClosingFrame(uint32_t w, uint32_t sentence_end) const {
    std::optional<std::pair<Cue, SpeakerPhrase>> frame = FrameOpeningAt(w, sentence_end);
    if (!frame || !EndsSentence(frame->first, w, sentence_end)) return std::nullopt;
    return frame;
  }

  // True when the words after cue `cue` of a frame that opens at word `w`
  // end the sentence as a frame's tail (IsFrameTail), past its closing
  // punctuation.
  bool EndsSentence(const Cue& cue, uint32_t w, uint32_t sentence_end) const {
    uint32_t end = sentence_end;
    while (end > w && words()[end - 1].punct && inside_[end - 1] < 0) --end;
    return IsFrameTail(cue, cue.end, end);
  }

  // The first verb of speech within a few words from `w` and its subject,
  // when that subject (a description before a name included: "Sen. Smith
  // said") opens at `w`; nullopt otherwise. The words after the verb are
  // the caller's to judge.
  std::optional<std::pair<Cue, SpeakerPhrase>> FrameOpeningAt(uint32_t w, uint32_t sentence_end) const {
    for (uint32_t v = w + 1; v < sentence_end && v <= w + kMaxOpeningSpeakerWords; ++v) {
      if (inside_[v] >= 0 || words()[v].punct) return std::nullopt;
      std::optional<Cue> cue = CueAt(layout_, lexicon_, v, sentence_end);
      if (!cue || cue->noun || cue->cue_class != CueClass::kSpeech) continue;
      std::optional<SpeakerPhrase> subject = attributor_.SubjectBefore(v, w);
      if (!subject || FrameStart(subject->first, w - 1) != w) return std::nullopt;
      return std::make_pair(*cue, *subject);
    }
    return std::nullopt;
  }

  // True when a clause whose words start at `from` is an aside that a
  // comma closes, within `max_words`, before the verb of the clause it
  // interrupts ("that Walker, who charges $20,000 a speech, has lost
  // ..."): a lower-case word other than a conjunction follows that comma.
  bool ClosesAside(uint32_t from, uint32_t sentence_end, uint32_t max_words) const {
    for (uint32_t w = from; w + 1 < sentence_end && w < from + max_words; ++w) {
      if (inside_[w] >= 0 || words()[w].lower != ",") continue;
      const Word& after = words()[w + 1];
      return inside_[w + 1] < 0 && !after.upper && !after.punct && after.lower != "and" && after.lower != "but" &&
             after.lower != "or" && !IsIngForm(after);
    }
    return false;
  }

  // True when word `w` follows a marked quotation whose words end with a
  // comma inside its marks ("the plan was "dead," adding ..."): for the
  // clause after it, that comma is the content's.
  bool AfterQuotedComma(uint32_t w) const {
    if (inside_[w] >= 0) return false;
    bool comma = false, quoted = false;
    uint32_t k = w;
    while (k > 0 && w - k < kClosingPunctuation && words()[k - 1].punct) {
      --k;
      comma |= words()[k].lower.find(',') != std::string::npos;
      quoted |= inside_[k] >= 0;
    }
    quoted |= k > 0 && inside_[k - 1] >= 0;
    return comma && quoted;
  }

  // True when the words from `w` on name the occasion of the report, part
  // of its frame: "in a statement", "during an interview", "at a news
  // conference", "in his written remarks" (a preposition, a determiner, at
  // most one more word and a cue noun, quote_cue_nouns).
  bool OpensSpeechEvent(uint32_t w, uint32_t sentence_end) const {
    std::optional<uint32_t> end = SpeechEventEnd(w, sentence_end);
    if (!end) return false;
    // "refused to say in an interview that ...": the content goes on.
    for (uint32_t after = *end; after < sentence_end && !words()[after].punct; ++after) {
      if (words()[after].lower == "that" && inside_[after] < 0) return false;
    }
    return true;
  }

  // The word after a phrase of the occasion of a report that opens at word
  // `w` (a preposition, a determiner, at most one more word and a cue
  // noun), or nullopt.
  std::optional<uint32_t> SpeechEventEnd(uint32_t w, uint32_t sentence_end) const {
    if (w + 2 >= sentence_end) return std::nullopt;
    const std::string& preposition = words()[w].lower;
    if (!(preposition == "in" || preposition == "during" || preposition == "at") ||
        !lexicon_.Contains("quote_determiners", words()[w + 1].lower)) {
      return std::nullopt;
    }
    for (uint32_t k = w + 2; k < sentence_end && k <= w + 3; ++k) {
      if (inside_[k] >= 0 || words()[k].punct) return std::nullopt;
      if (std::optional<Cue> cue = CueAt(layout_, lexicon_, k, sentence_end); cue && cue->noun) return cue->end;
    }
    return std::nullopt;
  }

  // The content end: the sentence end without its final punctuation, or an
  // earlier ";" or next clause.
  uint32_t ContentEnd(uint32_t from, uint32_t sentence_end) const {
    // Content longer than any sentence of prose ends there: the bound keeps
    // every call short, so the scan stays linear on junk without stops.
    sentence_end = std::min(sentence_end, from + kMaxContentWords);
    uint32_t e = from;
    while (e < sentence_end) {
      // A pair of spaced dashes sets off an aside inside the content ("the
      // energy he is known for - whether on a stage or a rope line - has
      // matured"): go on past the second one.
      if (e > from && inside_[e] < 0 && IsSpacedDash(layout_, e)) {
        uint32_t pair = e + 1;
        while (pair < sentence_end && !(inside_[pair] < 0 && IsSpacedDash(layout_, pair))) ++pair;
        if (pair + 1 < sentence_end) {
          e = pair + 1;
          continue;
        }
      }
      if (inside_[e] < 0 && (words()[e].lower == ";" || (e > from && OpensNextClause(e, sentence_end)) ||
                             (e > from && OpensSpeechEvent(e, sentence_end)))) {
        break;
      }
      if (e > from && AfterQuotedComma(e) && OpensClauseAfterComma(e, sentence_end)) break;
      if (inside_[e] < 0 && words()[e].lower == "," && ClauseBeforeComma(from, e) &&
          OpensMainClause(e + 1, sentence_end)) {
        break;
      }
      ++e;
    }
    while (e > from && words()[e - 1].punct && inside_[e - 1] < 0) --e;
    return e;
  }

  // True when content [from, comma) reads as a clause of its own ("that
  // unborn babies have no rights"), not an opening phrase of the content's
  // own clause ("that in private", "that, if its claims are true", "a
  // tweet saying, if elected"): a comma after a main clause may end the
  // content.
  bool ClauseBeforeComma(uint32_t from, uint32_t comma) const {
    uint32_t body = from + (words()[from].lower == "that");
    while (body < comma && words()[body].punct) ++body;
    if (comma < body + kMinClauseWords) return false;
    const Word& opener = words()[body];
    // An adverbial opens the content's clause ("during my administration",
    // "like Early"); "there" is its subject.
    const bool adverbial = OpensAdjunct(body) && opener.lower != "there";
    const Word& last = words()[comma - 1];
    return !adverbial && !IsSubordinator(opener) && last.lower != "that" && !IsIngForm(last);
  }

  // True when word `w` may open an adjunct: a function word other than a
  // determiner or a pronoun ("in", "during", "like", "to").
  bool OpensAdjunct(uint32_t w) const {
    return lexicon_.Contains("quote_function_words", words()[w].lower) &&
           !lexicon_.Contains("quote_determiners", words()[w].lower) && !attributor_.IsPronoun(w);
  }

  // True when the words from `w` on open a clause with a subject of its own
  // and an auxiliary (", Clinton has vowed", ", they would"): after a
  // clause of reported content, the main clause of the sentence.
  bool OpensMainClause(uint32_t w, uint32_t sentence_end) const {
    uint32_t verb = w;
    if (w < sentence_end && IsSubjectPronoun(words()[w])) {
      verb = w + 1;
    } else {
      while (verb < sentence_end && verb < w + 3 && words()[verb].upper && !words()[verb].punct &&
             inside_[verb] < 0) {
        ++verb;
      }
    }
    return verb > w && verb < sentence_end && inside_[verb] < 0 && IsAuxiliary(words()[verb]);
  }

  // True when reported content opening with `word` reads as a clause, not
  // a noun phrase: "that", an infinitive, an embedded question, a subject
  // pronoun. A cue word with such a clause after it is a verb, not a noun.
  static bool OpensClause(const Word& word) {
    return word.lower == "that" || word.lower == "to" || OpensContentClause(word) || IsSubjectPronoun(word);
  }

  // A preposition that takes a noun phrase (quote_noun_prepositions).
  bool IsPreposition(const Word& word) const { return lexicon_.Contains("quote_noun_prepositions", word.lower); }

  // A word that opens the content of a reporting noun: "support for the
  // bill", "in favor of", "fears that ...", "reports about".
  static bool TakesContent(const Word& word) {
    return word.lower == "of" || word.lower == "for" || word.lower == "that" || word.lower == "about";
  }

  // A possessive ("Trump's", "the administration's"), not a contraction
  // of "is" or "has" ("he's said", "it's expected", "that's").
  bool IsPossessor(uint32_t w) const {
    if (!attributor_.IsPossessive(w)) return false;
    // "he's" as one word, or "he" and "'s" as two.
    std::string base = words()[w].lower == "'s" && w > 0 ? words()[w - 1].lower : words()[w].lower;
    if (base.size() > 2 && base.compare(base.size() - 2, 2, "'s") == 0) base.resize(base.size() - 2);
    static constexpr std::string_view kContracted[] = {"he",   "she",  "it",    "that", "there",
                                                       "who",  "what", "here",  "where", "let"};
    return std::find(std::begin(kContracted), std::end(kContracted), std::string_view(base)) ==
           std::end(kContracted);
  }

  static bool IsAnswerWord(const Word& word) {
    return word.lower == "yes" || word.lower == "no" || word.lower == "so" || word.lower == "not";
  }

  // "say", "says", "said": verbs even after a number ("Six in 10 say").
  static bool IsFormOfSay(const Word& word) {
    return word.lower == "say" || word.lower == "says" || word.lower == "said";
  }

  // A word that opens an embedded question and no relative clause ("why",
  // "how", "whether"; "who", "what" and "where" open both).
  static bool IsWhWord(const Word& word) {
    return word.lower == "why" || word.lower == "how" || word.lower == "whether";
  }

  // A function word that opens the reported content itself: an embedded
  // question or condition ("asked whether ...", "said if elected ..."), or
  // a clause whose subject is "there" or a quantifier ("said there are
  // reasons", "said most of them ...").
  static bool OpensContentClause(const Word& word) {
    static constexpr std::string_view kOpeners[] = {
        "whether", "if",   "how",   "why",   "what",  "when", "where", "who", "despite", "although",
        "unless",  "because", "once", "there", "this", "these", "those", "some", "many", "most",
        "all",     "both", "each",  "every", "any",   "no",   "neither", "either"};
    return std::find(std::begin(kOpeners), std::end(kOpeners), std::string_view(word.lower)) !=
           std::end(kOpeners);
  }

  // True when word `w` of a sentence ending at `sentence_end` can be a verb
  // after "to": a lower-case word outside quotations, no number, quantifier,
  // pronoun or function word ("to the plan", "to three points", "to him",
  // "to 2020" are prepositional).
  bool OpensVerb(uint32_t w, uint32_t sentence_end) const {
    if (w >= sentence_end || inside_[w] >= 0) return false;
    const Word& word = words()[w];
    return !word.upper && !word.punct && !StartsWithDigit(word) &&
           !lexicon_.Contains("quote_function_words", word.lower) &&
           !lexicon_.Contains("quote_quantifiers", word.lower) && !attributor_.IsPronoun(w);
  }

  // Where the content of a verb cue starts: after "that", after "that"
  // behind a short object, or right after the verb when a clause or a noun
  // phrase follows it (not a preposition: "spoke at a rally").
  std::optional<uint32_t> ContentStart(const Cue& cue, Complement complement,
                                       uint32_t sentence_end) const {
    // "declined to comment", "refused not to run"; without "to" the object
    // follows ("refused requests to stop"). A core verb that takes an
    // infinitive ("vowed to boycott", quote_infinitive_cues) has it as its
    // content too, when "to" is no preposition ("agreed to the plan"): a
    // lower-case word of no closed class follows.
    const bool infinitive_cue = complement == Complement::kAny && cue.end == cue.first + 1 &&
                                lexicon_.Contains("quote_infinitive_cues", words()[cue.first].lower);
    if (cue.end < sentence_end && (complement == Complement::kInfinitive || infinitive_cue)) {
      uint32_t to = cue.end;
      if (words()[to].lower == "not" && to + 1 < sentence_end) ++to;
      if (words()[to].lower == "to" && (!infinitive_cue || OpensVerb(to + 1, sentence_end))) return cue.end;
    }
    // The complementizer belongs to the content ("said that the plan
    // failed"), as corpora of reported speech such as PolNeAR mark it.
    uint32_t w = cue.end;
    if (w < sentence_end && words()[w].lower == "that") return w;
    // "said repeatedly that ...", "said early Friday that ...": adverbs and
    // time words between the verb and its clause.
    uint32_t adverbial = w;
    bool only_time_words = true;
    while (adverbial < sentence_end && adverbial < w + kObjectWords) {
      const bool time_word = lexicon_.Contains("quote_time_words", words()[adverbial].lower);
      if (!time_word && !IsCueModifier(lexicon_, words()[adverbial])) break;
      only_time_words &= time_word;
      ++adverbial;
    }
    if (adverbial > w && adverbial < sentence_end && words()[adverbial].lower == "that" && inside_[adverbial] < 0) {
      return adverbial;
    }
    // "announced Tuesday it would ...", "said Friday the plan failed": a
    // clause after time words alone opens with a subject ("what he said was
    // the lowest" has an auxiliary, no time word).
    if (adverbial > w && adverbial < sentence_end && only_time_words && inside_[adverbial] < 0 &&
        (IsSubjectPronoun(words()[adverbial]) || words()[adverbial].lower == "it" ||
         lexicon_.Contains("quote_determiners", words()[adverbial].lower))) {
      return adverbial;
    }
    // "said in a statement Thursday night they pulled the listing": past
    // the occasion of the report and time words, a clause with a subject of
    // its own.
    if (std::optional<uint32_t> event_end = SpeechEventEnd(w, sentence_end)) {
      uint32_t k = *event_end;
      while (k < sentence_end && lexicon_.Contains("quote_time_words", words()[k].lower)) ++k;
      if (k < sentence_end && inside_[k] < 0 &&
          (IsSubjectPronoun(words()[k]) || lexicon_.Contains("quote_determiners", words()[k].lower))) {
        return k;
      }
    }
    // "told The Wall Street Journal that ...", "said in a statement on
    // Tuesday that ...": past the addressee or a prepositional phrase. Other
    // verbs take the clause right away ("said he had come to the
    // conclusion that ..." starts at "he").
    const bool adjunct_first = w < sentence_end && !words()[w].upper && OpensAdjunct(w);
    bool opens_occasion = adjunct_first && cue.cue_class == CueClass::kSpeech && OpensOccasion(w, sentence_end);
    for (uint32_t k = w; (cue.takes_object || adjunct_first) && k < sentence_end && k < w + kObjectWords;
         ++k) {
      const Word& word = words()[k];
      if (word.lower == "that" && inside_[k] < 0) return k;
      // "explained to CBS why ...", "said in an interview how ...": an
      // embedded question after a prepositional phrase (after an addressee
      // it stays with the addressee: "asked Sanders how ...").
      if (adjunct_first && (IsPreposition(words()[w]) || words()[w].lower == "to") && k > w + 1 && inside_[k] < 0 &&
          IsWhWord(word)) {
        return k;
      }
      // "said after the convention he would ...", "said on Monday they
      // ...": past a phrase of time or occasion, a subject pronoun opens the
      // clause of a verb of speech. Not right after a function word ("said
      // after he met ..." is the phrase's own clause), nor after a noun of
      // a topic ("complained about the imbalance he sees": a relative).
      if (opens_occasion && k > w + 1 && inside_[k] < 0 && IsSubjectPronoun(word) &&
          !IsPreposition(words()[k - 1]) && !IsSubordinator(words()[k - 1])) {
        return k;
      }
      if (IsWhWord(word) || word.lower == ",") opens_occasion = false;
      // An apostrophe stands inside a word of the phrase ("said in '08 that").
      if (word.punct && word.lower != "," && word.lower != "-" && !IsApostrophe(k)) break;
      // A comma before a subject and its reporting verb ends the object's
      // phrase ("Citing obligations, the spokeswoman said that ...": that
      // clause is hers).
      if (word.lower == "," && inside_[k] < 0 && ReportingVerbAfter(k + 1, 1, kSubjectBeforeVerbWords, sentence_end)) {
        break;
      }
      // A second reporting verb ends the search; the same word after a
      // determiner is a noun ("said in her opening remarks that ..."), so is
      // a noun of report after a preposition ("said in remarks"); after one a
      // participle ("said in remarks published in Al-Qabas there were ...").
      if (k > w && IsReportingVerb(lexicon_, word.lower) &&
          !lexicon_.Contains("quote_determiners", words()[k - 1].lower) &&
          !(IsPreposition(words()[k - 1]) && lexicon_.Contains("quote_cue_nouns", word.lower)) &&
          !(k > w + 1 && lexicon_.Contains("quote_determiners", words()[k - 2].lower)) &&
          !(word.lower.ends_with("ed") && lexicon_.Contains("quote_cue_nouns", words()[k - 1].lower))) {
        break;
      }
    }
    // "says, however, that ...", "said, in a statement, that ...": an aside
    // set off by commas between the verb and "that".
    if (w < sentence_end && words()[w].lower == "," && inside_[w] < 0) {
      for (uint32_t k = w + 1; k + 1 < sentence_end && k < w + kObjectWords && inside_[k] < 0; ++k) {
        if (words()[k].lower == "," && words()[k + 1].lower == "that" && inside_[k + 1] < 0) return k + 1;
        if (words()[k].punct) break;
      }
    }
    // "said — on Twitter, as it happens — that ...": an aside set off by
    // spaced dashes.
    if (w < sentence_end && inside_[w] < 0 && IsSpacedDash(layout_, w)) {
      uint32_t close = w + 1;
      while (close < sentence_end && close < w + kObjectWords &&
             !(inside_[close] < 0 && IsSpacedDash(layout_, close))) {
        ++close;
      }
      if (close + 1 < sentence_end && close < w + kObjectWords && inside_[close + 1] < 0) w = close + 1;
    }
    while (w < sentence_end && (words()[w].lower == "," || words()[w].lower == ":")) ++w;
    if (w >= sentence_end || IsFrameAfterComma(w, sentence_end)) return std::nullopt;
    // "said at least 20 people died", "said about 20 people died": a
    // quantity opens the content.
    if (OpensQuantity(w, sentence_end)) return w;
    // "called for ...", "spoke about ...", "warned of ...": the topic.
    const std::string& particle = words()[w].lower;
    if (particle == "about" || particle == "of" || particle == "for" || particle == "on" ||
        particle == "against") {
      ++w;
      if (w >= sentence_end) return std::nullopt;
    }
    const Word& next = words()[w];
    // "called off the talks", "backed down": a phrasal verb of its own.
    if (IsAdverbParticle(next)) return std::nullopt;
    bool opens_phrase = next.upper || inside_[w] >= 0 || attributor_.IsPronoun(w) ||
                        OpensContentClause(next) || IsAnswerWord(next) ||
                        lexicon_.Contains("quote_determiners", next.lower) ||
                        !lexicon_.Contains("quote_function_words", next.lower);
    // "says too many women ...", "said only two came", "reveals just how
    // swift ...": a focusing adverb opens the content when a noun phrase, an
    // infinitive or an embedded question follows it ("spoke only in
    // bromides" is no report), or after a core reporting verb a subordinate
    // clause ("said just because ... did not mean ..."). Other modifiers
    // report none ("what he said was the lowest", "said again.").
    if (next.lower == "too" || next.lower == "only" || next.lower == "even" || next.lower == "not" ||
        next.lower == "just" || next.lower == "never") {
      if (w + 1 >= sentence_end || inside_[w + 1] >= 0) return std::nullopt;
      const Word& after = words()[w + 1];
      const bool opens_noun_phrase = after.upper || StartsWithDigit(after) || attributor_.IsPronoun(w + 1) ||
                                     lexicon_.Contains("quote_determiners", after.lower) ||
                                     lexicon_.Contains("quote_quantifiers", after.lower) || after.lower == "much" ||
                                     after.lower == "to" || IsWhWord(after) ||
                                     (complement == Complement::kAny && IsSubordinator(after));
      return opens_noun_phrase ? std::optional<uint32_t>(w) : std::nullopt;
    }
    // "said having Trump at the top of the ticket puts ...": a gerund
    // opens the content, though "having" and "being" are auxiliaries too.
    if (!opens_phrase || (IsCueModifier(lexicon_, next) && !IsIngForm(next))) return std::nullopt;
    return w;
  }

  // True when a preposition at word `w` opens a phrase of time or occasion
  // after a verb of speech ("said on Monday", "said after the meeting");
  // "on" only before a time word ("insisted on a justice" is the topic),
  // and not "at" ("hinted at the niche he sees").
  bool OpensOccasion(uint32_t w, uint32_t sentence_end) const {
    const std::string& word = words()[w].lower;
    if (word == "on") return w + 1 < sentence_end && lexicon_.Contains("quote_time_words", words()[w + 1].lower);
    return word == "in" || word == "during" || word == "after" || word == "before" || word == "since";
  }

  // True when words from `w` on open a quantity: "at least", "at most" or
  // "about", "around" before a number.
  bool OpensQuantity(uint32_t w, uint32_t sentence_end) const {
    if (w + 1 >= sentence_end || inside_[w] >= 0) return false;
    const std::string& word = words()[w].lower;
    const std::string& next = words()[w + 1].lower;
    if (word == "at") return next == "least" || next == "most";
    return (word == "about" || word == "around") && StartsWithDigit(words()[w + 1]);
  }

  // A verb of the wider reported-speech list (quote_reported_verbs: stance,
  // evaluation, intention: "endorsed", "declined to", "seemed"). Not a name
  // (capitalised inside a sentence) and not a noun after a determiner.
  std::optional<Cue> ReportedVerbAt(uint32_t w, const Clause& s, Complement* complement) const {
    const Word& word = words()[w];
    if (word.punct || (word.upper && w > s.first_word)) return std::nullopt;
    const std::string* entry = lexicon_.Lookup("quote_reported_verbs", word.lower);
    if (entry == nullptr) return std::nullopt;
    if (w > s.first_word && lexicon_.Contains("quote_determiners", words()[w - 1].lower)) return std::nullopt;
    *complement = *entry == "to" ? Complement::kInfinitive : Complement::kClause;
    return WiderVerbCue(s, w);
  }

  // The cue of a verb of stance or reported speech at word `w` of sentence
  // `s`, with its speaker before it. Its particle belongs to the cue: "laid
  // out", "pushed back on".
  Cue WiderVerbCue(const Clause& s, uint32_t w) const {
    Cue cue;
    cue.first = w;
    cue.end = w + 1;
    cue.cue_class = CueClass::kThought;
    cue.side = SpeakerSide::kBefore;
    if (cue.end < s.end_word && IsAdverbParticle(words()[cue.end])) ++cue.end;
    return cue;
  }


  // In a title-case sentence a reporting verb is capitalized too ("Trump
  // Praises ...", "County Says ..."): the verb of either list at word `w`.
  std::optional<Cue> HeadlineCueAt(const Clause& s, uint32_t w, Complement* complement) const {
    if (w == s.first_word || !words()[w].upper || inside_[w] >= 0) return std::nullopt;
    const std::string* core = lexicon_.Lookup("quote_cue_verbs", words()[w].lower);
    if (core == nullptr && lexicon_.Lookup("quote_reported_verbs", words()[w].lower) == nullptr) return std::nullopt;
    Cue cue = WiderVerbCue(s, w);
    if (core != nullptr && core->find("\tthought") == std::string::npos) cue.cue_class = CueClass::kSpeech;
    *complement = core != nullptr ? Complement::kAny : Complement::kClause;
    return cue;
  }

  // A cue the learned model finds at word `w` of sentence `s`
  // (learned_cues.h), reading like a verb of the wider list.
  std::optional<Cue> LearnedCueAt(const Clause& s, uint32_t w, Complement* complement) const {
    if (!learned_.IsCue(s, w) || IsListedCue(layout_, lexicon_, w, s.end_word)) {
      return std::nullopt;
    }
    *complement = Complement::kClause;
    return WiderVerbCue(s, w);
  }

  // The paraphrase around a quoted fragment ("X said the plan is "dead"")
  // is one reported quotation holding the fragment.
  void AddParaphraseAround(const Quote& q) {
    if (q.kind != QuoteKind::kPartial || q.cue_end <= q.cue_start || q.speaker_end <= q.speaker_start) {
      return;
    }
    if (OverlapsIndirect(q.start, q.end)) return;  // an indirect quote holds it already
    const SpeakerPhrase speaker = SpeakerOf(q);
    Cue cue;
    cue.first = layout_.WordAt(q.cue_start);
    cue.end = layout_.WordAt(q.cue_end - 1) + 1;
    const bool frame_follows = q.cue_start >= q.end;
    const uint32_t frame_first = std::min(cue.first, speaker.first);
    const uint32_t frame_end = std::max(cue.end, speaker.end);
    const Clause& s = layout_.sentences()[layout_.SentenceOf(frame_follows ? frame_first : cue.end - 1)];
    uint32_t lead = s.first_word;
    while (lead < s.end_word && words()[lead].punct && inside_[lead] < 0) ++lead;
    // A frame set off by commas inside the sentence ("The plan, Dean said,
    // was "a crisis"", ""A crisis," Dean said, of the plan"): the
    // paraphrase is the whole sentence around it.
    // Not when a whole quotation stands before the frame (""We are done,"
    // she said, adding that ..."), when the sentence opens with a clause of
    // its own ("When asked, she said, ...") or one follows the frame.
    const bool interrupts = frame_first > lead && frame_end < s.end_word && words()[frame_end].lower == "," &&
                            ((words()[frame_first - 1].lower == "," && inside_[frame_first - 1] < 0) ||
                             (frame_follows && AfterQuotedComma(frame_first))) &&
                            WordsUpTo(lead, frame_first, kMinSplitContentWords) >= kMinSplitContentWords &&
                            !IsSubordinator(words()[lead]) && !OpensClauseAfterComma(frame_end + 1, s.end_word);
    if (frame_follows) {
      // The frame follows: "Guns are "a crisis," Dean said." The paraphrase
      // runs from the sentence start, or from a spaced dash, a colon or a
      // parenthesis that sets the words off ("... the plan - "a crisis,"
      // Dean said."), to the frame.
      // A dash or parenthesis closed before the fragment set off an aside
      // ("Bill - often the first to speak - has been "very upset,"").
      uint32_t aside = UINT32_MAX, before_aside = lead;  // the open dash or parenthesis
      // Marks further back than a paraphrase runs are not read: the bound
      // keeps a sentence of many fragments (junk without stops) linear.
      const uint32_t quote_first = layout_.WordAt(q.start);
      for (uint32_t w = std::max(lead, quote_first > kMaxContentWords ? quote_first - kMaxContentWords : 0);
           w < quote_first; ++w) {
        if (inside_[w] >= 0) continue;
        const bool dash = IsSpacedDash(layout_, w);
        const bool paren = words()[w].lower == "(";
        if (aside != UINT32_MAX && (dash ? IsSpacedDash(layout_, aside) : words()[w].lower == ")")) {
          lead = before_aside;
          aside = UINT32_MAX;
        } else if (dash || paren || words()[w].lower == ":") {
          before_aside = lead;
          lead = w + 1;
          aside = dash || paren ? w : UINT32_MAX;
        }
      }
      uint32_t end = frame_first;
      while (end > lead && words()[end - 1].punct && inside_[end - 1] < 0) --end;
      // Not after an inverted frame, whose comma opens an apposition ("...,"
      // said Jane Roe, a professor at ...).
      if (interrupts && speaker.first < cue.first) {
        const uint32_t rest = ContentEnd(frame_end + 1, s.end_word);
        if (rest >= frame_end + 1 + kMinSplitContentWords) end = rest;
      }
      Emit({lead, end}, cue, speaker);
      return;
    }
    const uint32_t quote_first = layout_.WordAt(q.start);
    // "what critics have called a "fraudulent scheme"": a free relative
    // names the fragment; the paraphrase is the relative up to it.
    if (frame_first > s.first_word && inside_[frame_first - 1] < 0 &&
        (words()[frame_first - 1].lower == "what" || words()[frame_first - 1].lower == "whom")) {
      Emit({frame_first - 1, layout_.WordAt(q.end - 1) + 1}, cue, speaker);
      return;
    }
    // A frame inside the content of an earlier report ("X said the platform
    // should reiterate "..."") reports nothing of its own: the paraphrase is
    // that report's content.
    if (!interrupts) {
      if (std::optional<Frame> outer = EnclosingFrame(s, frame_first, quote_first)) {
        uint32_t end = ContentEnd(quote_first, s.end_word);
        if (InLeadingClause(s, std::min(outer->speaker.first, outer->cue.first))) {
          end = std::min(end, ClauseCommaEnd(quote_first, end));
        }
        Emit({outer->content_start, end}, outer->cue, outer->speaker);
        return;
      }
    }
    // The paraphrase starts after the cue, or after a second reporting verb
    // of the same speaker before the fragment ("says voters may disagree,
    // but insists the plan is "sound""), or after the first "that" before
    // the fragment ("telling customers at a diner that "...").
    uint32_t start = cue.end;
    for (uint32_t w = start + 1; w + 1 < quote_first; ++w) {
      const std::string& before = words()[w - 1].lower;
      if (inside_[w] < 0 && (before == "and" || before == "but") && !words()[w].upper &&
          IsReportingVerb(lexicon_, words()[w].lower)) {
        start = w + 1;
      }
    }
    // Not past a clause of its own ("says he wishes ..., but that ...")
    // nor at "that" after a verb of being ("said his worry is that ...":
    // the clause before it is the content).
    for (uint32_t w = start; w < quote_first && !(w > start && words()[w - 1].lower == "," &&
                                                  (words()[w].lower == "but" || words()[w].lower == "and"));
         ++w) {
      if (words()[w].lower == "that" && inside_[w] < 0 && !(w > start && IsFormOfBe(words()[w - 1]))) {
        start = w;
        break;
      }
    }
    while (start < quote_first && words()[start].lower == ",") ++start;
    if (interrupts && frame_end <= start) start = lead;
    uint32_t end = ContentEnd(quote_first, s.end_word);
    // "While X called the plan "a crisis," Y ...": the leading clause ends
    // at its comma, inside the marks or not.
    if (InLeadingClause(s, frame_first)) end = std::min(end, ClauseCommaEnd(quote_first, end));
    Emit({start, end}, cue, speaker);
  }

  // The speaker phrase of a quotation already attributed, in words.
  SpeakerPhrase SpeakerOf(const Quote& q) const {
    SpeakerPhrase speaker;
    speaker.first = layout_.WordAt(q.speaker_start);
    speaker.end = layout_.WordAt(q.speaker_end - 1) + 1;
    speaker.entity = q.speaker;
    return speaker;
  }

  // "House Democrats seized the floor and said they would stay": the verb
  // after "and" or "but" shares the subject that opens the sentence (after a leading
  // conjunction, or after an opening phrase and its comma: "In 2008, X ...").
  std::optional<SpeakerPhrase> CoordinatedSubject(uint32_t cue_first, const Clause& s) const {
    std::optional<uint32_t> conjunction = ConjunctionBefore(layout_, lexicon_, cue_first, s.first_word);
    if (!conjunction || inside_[*conjunction] >= 0) return std::nullopt;
    return OpeningSubject(s, *conjunction);
  }

  // The subject that opens sentence `s`, before word `upper`: after a
  // leading conjunction, or after an opening phrase and its comma ("In
  // 2008, X ...").
  std::optional<SpeakerPhrase> OpeningSubject(const Clause& s, uint32_t upper) const {
    uint32_t first = s.first_word;
    while (first < upper && (words()[first].punct || IsLeadingConjunction(words()[first]))) ++first;
    if (first < upper && inside_[first] >= 0) return std::nullopt;
    // "Ultimately, X ...", "Arriving at the scene, police ...": an adverb or
    // a participle opens the sentence, not its subject.
    const std::string& opener = first < upper ? words()[first].lower : std::string();
    const bool opening_modifier =
        first < upper && (IsIngForm(words()[first]) || (opener.size() > 4 && opener.ends_with("ly")));
    if (!opening_modifier) {
      if (auto subject = SubjectStartingAt(first, upper)) return subject;
    }
    for (uint32_t w = first; w < upper && w < first + kObjectWords; ++w) {
      if (words()[w].lower == ",") return SubjectStartingAt(w + 1, upper);
    }
    return std::nullopt;
  }

  // The noun phrase that opens at `first`, as a subject: a description
  // ends at its first speaker or source noun ("The mayor took questions"
  // is "The mayor"), since a phrase read forward has no verb to stop at.
  std::optional<SpeakerPhrase> SubjectStartingAt(uint32_t first, uint32_t upper) const {
    std::optional<SpeakerPhrase> phrase = attributor_.PhraseStartingAt(first, upper);
    if (phrase && phrase->type != SpeakerPhrase::kDescription) return phrase;
    // "In a video posted ...", "While he ...": a preposition or a
    // conjunction opens no subject.
    if (!phrase && (words()[first].punct || IsQuotationMarks(words()[first]) || OpensAdjunct(first))) {
      return std::nullopt;
    }
    for (uint32_t last = first; phrase && last < phrase->end; ++last) {
      std::optional<SpeakerPhrase> head = attributor_.PhraseEndingAt(last, first);
      if (head && head->first == first) return head;
    }
    // "The Republican nominee also outlined ...": with no listed noun, the
    // phrase ends before its verb, where an auxiliary, an adverb or a
    // reporting verb stands, or a past form after the first word ("The
    // Arizona Republican survived ...", "several environmental groups
    // granted Mr. Clarke ...", where the phrase read forward took in the
    // object's name).
    for (uint32_t k = first + 1; k < upper && k < first + kMaxOpeningSpeakerWords; ++k) {
      const Word& word = words()[k];
      if (word.punct || inside_[k] >= 0) break;
      const bool past_form = k > first + 1 && !word.upper && IsVerb(word) &&
                             !lexicon_.ContainsFolded("quote_speaker_nouns", word.lower);
      if (!word.upper && (past_form || IsCueModifier(lexicon_, word) || IsReportingVerb(lexicon_, word.lower))) {
        std::optional<SpeakerPhrase> head = attributor_.PhraseEndingAt(k - 1, first, /*any_head=*/true);
        if (head && head->first == first) return head;
        // "The Arizona Republican": a name of a group ends the title.
        if (past_form) return DescriptionPhrase(first, k);
        break;
      }
    }
    return std::nullopt;
  }

  // "The lawmaker, who represents Albay, said ...", "The justice -- who
  // has been in a scuffle -- said ...": a relative clause set off by commas,
  // or any aside between spaced dashes, stands between the subject and its
  // verb; the subject is the phrase before the aside.
  std::optional<SpeakerPhrase> SubjectAcrossAside(uint32_t cue_first, const Clause& s) const {
    uint32_t close = cue_first;
    while (close > s.first_word && IsCueModifier(lexicon_, words()[close - 1])) --close;
    if (close < s.first_word + 3 || inside_[close - 1] >= 0) return std::nullopt;
    --close;
    const bool dash = IsSpacedDash(layout_, close);
    if (!dash && words()[close].lower != ",") return std::nullopt;
    // An aside is short; the bound keeps the scan linear.
    for (uint32_t open = close - 1; open > s.first_word && close - open <= kLeadingClauseWords; --open) {
      if (inside_[open] >= 0) return std::nullopt;
      if (!(dash ? IsSpacedDash(layout_, open) : words()[open].lower == ",")) continue;
      const std::string& first = words()[open + 1].lower;
      if (!dash && first != "who" && first != "which" && first != "whose") return std::nullopt;
      return attributor_.PhraseEndingAt(open - 1, s.first_word, /*any_head=*/true);
    }
    return std::nullopt;
  }

  // The words that open the clause of a cue whose subject the phrase
  // finder cannot bound ("Muslim advocates hailed ...", "Clinton defenders
  // today argue ..."): from the sentence start, a comma or a conjunction up
  // to the cue and its modifiers, a few words with a content word among
  // them. A description of no known entity.
  std::optional<SpeakerPhrase> ClauseOpening(uint32_t cue_first, const Clause& s) const {
    uint32_t end = cue_first;
    while (end > s.first_word && IsCueModifier(lexicon_, words()[end - 1])) --end;
    uint32_t first = end;
    while (first > s.first_word && end - first < kMaxOpeningSpeakerWords) {
      const Word& word = words()[first - 1];
      if (word.punct || inside_[first - 1] >= 0 || IsLeadingConjunction(word) || word.lower == "that" ||
          word.lower == "which" || word.lower == "who" || IsSubordinator(word)) {
        break;
      }
      --first;
    }
    const bool bounded = first == s.first_word || words()[first - 1].punct || inside_[first - 1] < 0;
    if (first == end || !bounded || (first > s.first_word && !words()[first - 1].punct &&
                                     !IsLeadingConjunction(words()[first - 1]))) {
      return std::nullopt;
    }
    bool content_word = false;
    for (uint32_t w = first; w < end; ++w) content_word |= !lexicon_.Contains("quote_function_words", words()[w].lower);
    // "Several decades later, ...": a phrase of time is an adverbial.
    if (!content_word || lexicon_.Contains("quote_reported_time_nouns", words()[end - 1].lower)) return std::nullopt;
    // "Readers may not let ...", "Sooner or later he would have to ...": an
    // auxiliary or a modal after the opening phrase, or after a pronoun in
    // it, ends the subject; the speaker is the phrase before it.
    for (uint32_t k = first + 1; k < end; ++k) {
      if (!IsAuxiliary(words()[k])) continue;
      std::optional<SpeakerPhrase> subject = attributor_.SubjectBefore(k, first);
      if (subject && (subject->first == first || subject->type == SpeakerPhrase::kPronoun)) return subject;
      break;
    }
    return DescriptionPhrase(first, end);
  }

  static bool IsLeadingConjunction(const Word& word) {
    return word.lower == "but" || word.lower == "and" || word.lower == "so" || word.lower == "yet";
  }

  // "Rubio seemed to urge ...", "McConnell was quick to embrace ...", "X
  // has vowed to boycott ...": a verb after "to" has the subject of the
  // verb or adjective that governs it.
  std::optional<SpeakerPhrase> ChainSubject(uint32_t cue_first, const Clause& s) const {
    if (cue_first < s.first_word + 2 || words()[cue_first - 1].lower != "to") return std::nullopt;
    const Word& governor = words()[cue_first - 2];
    if (inside_[cue_first - 2] >= 0 || !lexicon_.Contains("quote_reported_catenatives", governor.lower)) {
      return std::nullopt;
    }
    return attributor_.SubjectBefore(cue_first - 2, s.first_word);
  }

  // "Smith, who said ...": the relative pronoun is the speaker as written;
  // its entity is that of the phrase it follows.
  std::optional<SpeakerPhrase> RelativeSubject(uint32_t cue_first, uint32_t lower) const {
    uint32_t p = cue_first;
    while (p > lower && IsCueModifier(lexicon_, words()[p - 1])) --p;
    // "The Post, which argued that ...": an organization or a document.
    if (p <= lower || (words()[p - 1].lower != "who" && words()[p - 1].lower != "which")) return std::nullopt;
    SpeakerPhrase relative;
    relative.first = p - 1;
    relative.end = p;
    relative.type = SpeakerPhrase::kName;
    relative.person = words()[p - 1].lower == "who";
    if (p - 1 > lower + 1 && words()[p - 2].lower == ",") {
      if (auto antecedent = attributor_.PhraseEndingAt(p - 3, lower)) relative.entity = antecedent->entity;
    }
    return relative;
  }

  // "After thanking the crowd, he touted ...", "Promising that ..., Bolton
  // said ...": a participle that opens the sentence (perhaps after a
  // subordinator or a preposition) has the subject of the main clause,
  // which follows the comma that closes the participle's phrase.
  std::optional<SpeakerPhrase> LeadingParticipleSubject(uint32_t cue_first, const Clause& s) const {
    if (!IsIngForm(words()[cue_first])) return std::nullopt;
    uint32_t first = s.first_word;
    while (first < cue_first && words()[first].punct && inside_[first] < 0) ++first;
    if (cue_first > first + 1) return std::nullopt;
    if (cue_first == first + 1 && !IsSubordinator(words()[first]) && !IsPreposition(words()[first])) {
      return std::nullopt;
    }
    // The participle's phrase is short; the bound keeps the scan linear.
    for (uint32_t w = cue_first + 1; w < s.end_word && w <= cue_first + kLeadingClauseWords; ++w) {
      if (words()[w].lower == "," && inside_[w] < 0) return attributor_.PhraseStartingAt(w + 1, s.end_word);
    }
    return std::nullopt;
  }

  // The subject of a verb cue before it in sentence `s`, if any; sets
  // `*relative` when the subject is no phrase right before the verb (a
  // relative pronoun, a shared or governing subject), so no frame follows
  // the content either.
  std::optional<SpeakerPhrase> CueSubject(const Clause& s, const Cue& cue, bool* relative) const {
    *relative = false;
    // "Trump took to Twitter, saying ...": a participle after a comma has
    // the subject that opens the sentence.
    std::optional<SpeakerPhrase> speaker;
    if (cue.first > s.first_word && words()[cue.first - 1].lower == "," && IsIngForm(words()[cue.first])) {
      // "..., the mayor said (on Tuesday), adding ...": after a frame the
      // participle has the frame's speaker.
      uint32_t verb = cue.first - 1;
      while (verb > s.first_word && cue.first - verb <= kFrameTailWords &&
             (lexicon_.Contains("quote_time_words", words()[verb - 1].lower) ||
              lexicon_.Contains("quote_frame_prepositions", words()[verb - 1].lower))) {
        --verb;
      }
      if (verb > s.first_word) {
        if (std::optional<Cue> frame = CueAt(layout_, lexicon_, verb - 1, cue.first);
            frame && !frame->noun && frame->cue_class == CueClass::kSpeech) {
          speaker = attributor_.SubjectBefore(frame->first, s.first_word);
        }
      }
      if (!speaker) speaker = OpeningSubject(s, cue.first - 1);
    }
    if (!speaker) speaker = attributor_.SubjectBefore(cue.first, s.first_word);
    if (!speaker) {
      speaker = LeadingParticipleSubject(cue.first, s);
      *relative = speaker.has_value();
    }
    if (!speaker) {
      speaker = RelativeSubject(cue.first, s.first_word);
      *relative = speaker.has_value();
    }
    if (!speaker) speaker = SubjectAcrossAside(cue.first, s);
    if (!speaker) {
      speaker = CoordinatedSubject(cue.first, s);
      if (!speaker) speaker = ChainSubject(cue.first, s);
      *relative = speaker.has_value();
    }
    return speaker;
  }

  bool TryCue(const Clause& s, const Cue& cue, Complement complement) {
    if (cue.side == SpeakerSide::kAfter) return TryAccordingTo(s, cue);
    if (TryPassiveQuestion(s, cue)) return true;
    if (TryLeadingAsFrame(s, cue)) return true;
    // "..., said Larry Sabato.", "..., said the minister.": the phrase
    // after a verb that a comma opens may be its speaker (an inverted
    // frame). Not for a verb whose object is its addressee.
    std::optional<SpeakerPhrase> inverted;
    if (complement == Complement::kAny && cue.first > s.first_word && words()[cue.first - 1].lower == "," &&
        !cue.takes_object) {
      inverted = attributor_.PhraseStartingAt(cue.end, s.end_word);
      if (inverted && !EndsInvertedFrame(inverted->end, s.end_word)) inverted.reset();
    }
    // A name right after a verb of speech, perhaps after a lower-case
    // description ("said lobbyist Charlie Black"), closing the sentence or
    // a clause of it, wins over a subject across the comma ("... in
    // Congress, whom he has alienated, said Larry Sabato."). Not after a
    // participle (", echoing Erdogan, called ..."), nor a name past "that"
    // ("argued that Dems' support ...").
    if (inverted && inverted->type == SpeakerPhrase::kName && DescribedNameAt(cue.end, *inverted) &&
        cue.cue_class == CueClass::kSpeech && !IsIngForm(words()[cue.first]) &&
        (inverted->end >= s.end_word || words()[inverted->end].punct)) {
      return TryTrailingFrame(s, cue, *inverted, cue.first - 1);
    }
    bool relative = false;
    std::optional<SpeakerPhrase> speaker = CueSubject(s, cue, &relative);
    if (!speaker) {
      // Any phrase after the verb when no subject stands before it.
      if (inverted) return TryTrailingFrame(s, cue, *inverted, cue.first - 1);
      // A long subject we cannot bound ("text messages found on his phone
      // suggested that ...", "voters who ..., on television or at rallies,
      // said he ..."): a core reporting verb and "that" still make the
      // clause reported content, of no known speaker.
      if (cue.first > s.first_word && (!words()[cue.first - 1].punct || words()[cue.first - 1].lower == ",")) {
        std::optional<uint32_t> start = ContentStart(cue, complement, s.end_word);
        if (start && OpensClause(words()[*start])) {
          return Emit({*start, ContentEnd(*start, s.end_word)}, cue, ClauseOpening(cue.first, s));
        }
        // Without "that" the words after the verb may be another report's
        // content or its object: content of no known speaker and no clause
        // waits until every other quotation is found, and only fills a gap.
        if (start) {
          unattributed_.push_back({{*start, ContentEnd(*start, s.end_word)}, cue, ClauseOpening(cue.first, s)});
        }
      }
      return false;
    }
    // "..., the minister said (on Tuesday)." or "..., the Times said, ...":
    // a comma before the speaker (and its determiner), and no clause after
    // the verb.
    uint32_t before = FrameStart(speaker->first, s.first_word);
    // "..., as the senator put it.": "as" may stand between the comma and
    // the frame, unless its verb is passive ("..., as the unit is known").
    if (before > s.first_word + 1 && words()[before - 1].lower == "as" && words()[before - 2].lower == "," &&
        std::none_of(words().begin() + std::min(speaker->end, cue.first), words().begin() + cue.first, IsFormOfBe)) {
      --before;
    }
    const bool clause_follows = cue.end < s.end_word && words()[cue.end].lower == "that";
    // Only the core reporting verbs stand in a frame after their content;
    // "Three months ago, three groups launched ..." is no report.
    if (!relative && complement == Complement::kAny && before > s.first_word &&
        words()[before - 1].lower == "," && !clause_follows &&
        (IsFrameTail(cue, AfterAddressee(cue, s.end_word), ContentEnd(cue.end, s.end_word)) ||
         (cue.end < s.end_word && words()[cue.end].lower == ","))) {
      // Failing that, the comma closed an opening phrase ("Hours later,
      // Intel said the event was canceled"): the content follows the verb.
      if (TryTrailingFrame(s, cue, *speaker, before - 1)) return true;
    }
    if (std::optional<uint32_t> relative = RelativeBeforeFrame(*speaker, cue, s)) {
      // A comma closes the relative clause (", which he said had ..., are").
      return Emit({*relative, CommaEnd(cue.end, ContentEnd(cue.end, s.end_word))}, cue, *speaker);
    }
    std::optional<uint32_t> start = ContentStart(cue, complement, s.end_word);
    if (!start) return false;
    uint32_t end = BeforeNextReport(*start, ContentEnd(*start, s.end_word));
    if (InLeadingClause(s, std::min(speaker->first, cue.first))) end = std::min(end, ClauseCommaEnd(*start, end));
    // "..., teachers and union officials told POLITICO.": the addressee
    // alone is no content (a thing told is: "told a different tale").
    if (*start == cue.end && AfterAddressee(cue, s.end_word) >= end) {
      std::optional<SpeakerPhrase> addressee = attributor_.PhraseStartingAt(cue.end, s.end_word);
      if (addressee && (addressee->type != SpeakerPhrase::kDescription || addressee->person)) return false;
    }
    return Emit({*start, end}, cue, *speaker);
  }

  // "... the economy, which he said had harmed it", "which Democrats say
  // could be aiding Sanders": a frame inside a relative clause whose verb
  // follows it reports the whole clause, the relative word included (as
  // PolNeAR marks it). The relative word, or nullopt.
  std::optional<uint32_t> RelativeBeforeFrame(const SpeakerPhrase& speaker, const Cue& cue, const Clause& s) const {
    if (speaker.first <= s.first_word || speaker.end > cue.first || cue.end >= s.end_word || inside_[cue.end] >= 0) {
      return std::nullopt;
    }
    const std::string& relative = words()[speaker.first - 1].lower;
    if (relative != "which" && relative != "that" && relative != "who" && relative != "what") return std::nullopt;
    for (uint32_t k = speaker.end; k < cue.first; ++k) {
      if (!IsCueModifier(lexicon_, words()[k])) return std::nullopt;
    }
    // The clause's verb: an auxiliary or a word of content, not the subject
    // of a clause of its own ("which he said the mayor backed").
    const Word& next = words()[cue.end];
    const bool verb = IsCueModifier(lexicon_, next) ||
                      (!next.upper && !next.punct && !lexicon_.Contains("quote_function_words", next.lower) &&
                       !lexicon_.Contains("quote_determiners", next.lower));
    if (!verb) return std::nullopt;
    return speaker.first - 1;
  }

  // The first word of a frame whose speaker opens at word `first`: its
  // determiner ("..., the minister said"), or a description before a name
  // that a comma opens ("..., White House press secretary Josh Earnest
  // said", "..., the company's chief executive Jane Doe said"): a few words
  // without punctuation, function words (but determiners, "of", "and" and
  // the possessive: "..., teachers and union officials said") or modifiers
  // ("..., and later Jane Doe said" is no frame).
  uint32_t FrameStart(uint32_t first, uint32_t lower) const {
    uint32_t p = first;
    while (p > lower && first - p < kMaxPreNameWords) {
      const Word& word = words()[p - 1];
      if (inside_[p - 1] >= 0 || IsCueModifier(lexicon_, word)) break;
      const bool function = word.punct || lexicon_.Contains("quote_function_words", word.lower);
      // "and" joins descriptions, not the words of a name ("the Commodity
      // Board for Margarine, Fats and Oils said").
      const bool joins_descriptions = word.lower == "and" && !words()[p].upper;
      if (function && word.lower != "'s" && word.lower != "of" && !joins_descriptions &&
          !lexicon_.Contains("quote_determiners", word.lower)) {
        break;
      }
      --p;
    }
    if (p > lower && p < first && words()[p - 1].lower == ",") return p;
    if (first > lower && lexicon_.Contains("quote_determiners", words()[first - 1].lower)) return first - 1;
    return first;
  }

  // The word after the addressee of a verb of telling ("told The New York
  // Times", "assured reporters"), or after the verb. Other verbs with an
  // object have their target there, which is content ("criticized Singer").
  uint32_t AfterAddressee(const Cue& cue, uint32_t sentence_end) const {
    if (!cue.takes_object || cue.end != cue.first + 1) return cue.end;
    const std::string* entry = lexicon_.Lookup("quote_cue_verbs", words()[cue.first].lower);
    const std::string_view lemma =
        entry == nullptr ? std::string_view() : std::string_view(*entry).substr(0, entry->find('\t'));
    if (lemma != "tell" && lemma != "inform" && lemma != "assure" && lemma != "reassure") return cue.end;
    // "the president told her.": an object pronoun.
    if (cue.end < sentence_end && IsObjectPronoun(words()[cue.end])) return cue.end + 1;
    std::optional<SpeakerPhrase> addressee = attributor_.PhraseStartingAt(cue.end, sentence_end);
    return addressee ? addressee->end : cue.end;
  }

  // True for word `w` when it is an apostrophe standing alone outside
  // quotation marks (the segmenter splits "'08", "Sanders'").
  bool IsApostrophe(uint32_t w) const {
    const std::string& word = words()[w].lower;
    return inside_[w] < 0 && (word == "'" || word == "\u2019" || word == "\u2018");
  }

  // A subordinator of an adverbial clause of time, reason or manner ("as",
  // "while", "because"), or a participle: after a frame's adjunct and its
  // comma, the frame's speaker goes on ("..., X said Friday, as they ...").
  static bool OpensAdverbialClause(const Word& word) {
    static constexpr std::string_view kAdverbial[] = {"as", "while", "when", "after", "before", "because", "since"};
    if (IsIngForm(word) && !word.upper) return true;
    return std::find(std::begin(kAdverbial), std::end(kAdverbial), std::string_view(word.lower)) !=
           std::end(kAdverbial);
  }

  // True when words [from, end) after a verb can close a trailing frame:
  // none, or a few that open with a preposition or a time word ("on
  // Tuesday", "Friday night", "of the plan"). A few words that open
  // otherwise are the verb's content (", officials said Trump won"). A
  // subordinate clause after the adjunct's comma is the frame's own
  // ("..., lawmakers said Friday, as they bristled at ...").
  bool IsFrameTail(const Cue& cue, uint32_t from, uint32_t end) const {
    for (uint32_t c = from + 1; c + 1 < end && c <= from + kFrameTailWords; ++c) {
      if (words()[c].lower == "," && inside_[c] < 0 && OpensAdverbialClause(words()[c + 1])) {
        end = c;
        break;
      }
    }
    if (end <= from) return true;
    // "..., Obama told his advisers as he labored over ...": a clause of
    // time or reason with a subject of its own is the frame's (not "as"
    // right after the verb: "the bill, known as the ...").
    if (from + 1 < end && from > cue.end && OpensAdverbialClause(words()[from]) && !IsIngForm(words()[from]) &&
        (IsSubjectPronoun(words()[from + 1]) || lexicon_.Contains("quote_determiners", words()[from + 1].lower))) {
      return true;
    }
    // "could threaten to liquidate its properties": an infinitive, no
    // adjunct.
    if (words()[from].lower == "to" && OpensVerb(from + 1, end)) return false;
    if (!OpensFrameAdjunct(words()[from])) return false;
    if (end <= from + kFrameTailWords) return true;
    // Only "say" frames so often that a longer tail is likelier its
    // adjuncts than a clause ("..., Trump spoke at ... about ..." is none).
    return IsFormOfSay(words()[cue.first]) && end <= from + kMaxAdjunctTailWords && OnlyAdjuncts(from, end);
  }

  // True when words [from, end) read as prepositional phrases and time
  // words only: every determiner right after a preposition ("in an
  // interview on Saturday"), and no auxiliary, subject pronoun, "that" or
  // question word, which would open a clause ("in 2015 the plan failed").
  // Words inside quotation marks, and the marks, are a title ("on MSNBC's
  // "Morning Joe"").
  bool OnlyAdjuncts(uint32_t from, uint32_t end) const {
    for (uint32_t k = from; k < end; ++k) {
      const Word& word = words()[k];
      if (inside_[k] >= 0) continue;
      if (IsAuxiliary(word) || IsSubjectPronoun(word) || word.lower == "that" || IsWhWord(word) ||
          (word.punct && !IsApostrophe(k) && !IsQuotationMarks(word))) {
        return false;
      }
      if (k > from && lexicon_.Contains("quote_determiners", word.lower) && !IsPreposition(words()[k - 1]) &&
          !lexicon_.Contains("quote_frame_prepositions", words()[k - 1].lower)) {
        return false;
      }
    }
    return true;
  }

  // A word that opens an adjunct of time or place closing a frame: a
  // preposition (quote_frame_prepositions) or a time word ("on Tuesday",
  // "Friday night").
  bool OpensFrameAdjunct(const Word& word) const {
    return lexicon_.Contains("quote_frame_prepositions", word.lower) ||
           lexicon_.Contains("quote_time_words", word.lower);
  }

  // True when the words from `start` to the sentence end, after a comma,
  // are a frame of their own: a subject, a reporting verb and at most an
  // adjunct of time or place ("... are worrying, Cuban said."). Its verb
  // takes the words before the comma, not the word before it.
  bool IsFrameAfterComma(uint32_t start, uint32_t sentence_end) const {
    if (start == 0 || words()[start - 1].lower != "," || inside_[start] >= 0) return false;
    std::optional<std::pair<Cue, SpeakerPhrase>> frame = FrameOpeningAt(start, sentence_end);
    return frame && IsFrameTail(frame->first, AfterAddressee(frame->first, sentence_end),
                                    ContentEnd(frame->first.end, sentence_end));
  }

  // The content [start, end) cut before a second report with a subject of
  // its own ("... they will not attend, and others have said they ...",
  // "... a commissioner who accused him ..."): that report is a quotation
  // of its own, found when the cue scan reaches it.
  uint32_t BeforeNextReport(uint32_t start, uint32_t end) const {
    for (uint32_t v = start + 2; v < end; ++v) {
      if (inside_[v] >= 0 || words()[v].upper) continue;
      const std::string* entry = lexicon_.Lookup("quote_cue_verbs", words()[v].lower);
      if (entry == nullptr || entry->find("\tspeech") == std::string::npos) continue;
      if (lexicon_.Contains("quote_determiners", words()[v - 1].lower) || words()[v - 1].lower == "to") continue;
      uint32_t p = v;
      while (p > start && IsCueModifier(lexicon_, words()[p - 1])) --p;
      if (p > start && (words()[p - 1].lower == "who" || words()[p - 1].lower == "which")) return Trimmed(start, p - 1);
      std::optional<SpeakerPhrase> subject = attributor_.SubjectBefore(v, start + 1);
      if (!subject || subject->first <= start + 1) continue;
      uint32_t cut = subject->first;
      if (cut > start && lexicon_.Contains("quote_determiners", words()[cut - 1].lower)) --cut;
      // Only a new clause: after a comma or a conjunction.
      const std::string& before = words()[cut - 1].lower;
      if (before == "," || before == "and" || before == "but" || before == ";") return Trimmed(start, cut);
    }
    return end;
  }

  // `end` moved back over punctuation and a conjunction ending [start, end).
  uint32_t Trimmed(uint32_t start, uint32_t end) const {
    while (end > start && inside_[end - 1] < 0 &&
           (words()[end - 1].punct || words()[end - 1].lower == "and" || words()[end - 1].lower == "but")) {
      --end;
    }
    return end;
  }

  // True when words [s.first_word, upto) open the sentence with a
  // subordinate clause or a participle ("While Smith said that ..., he
  // ...", "Saying that ..., Smith ..."): its content ends at the comma
  // before the main clause.
  bool InLeadingClause(const Clause& s, uint32_t upto) const {
    uint32_t first = s.first_word;
    while (first < upto && (words()[first].punct || IsLeadingConjunction(words()[first]))) ++first;
    // A leading clause is short; the bound keeps the check linear.
    if (first > upto || upto - first > kLeadingClauseWords) return false;
    for (uint32_t w = first; w < upto; ++w) {
      if (words()[w].lower == ",") return false;
    }
    return IsSubordinator(words()[std::min(first, upto)]);
  }

  // The number of words (not punctuation) in [first, end), counted up to
  // `enough` at most.
  uint32_t WordsUpTo(uint32_t first, uint32_t end, uint32_t enough) const {
    uint32_t count = 0;
    for (uint32_t w = first; w < end && count < enough; ++w) count += !words()[w].punct;
    return count;
  }

  // The first comma outside marked quotations in [from, end), or `end`.
  uint32_t CommaEnd(uint32_t from, uint32_t end) const {
    for (uint32_t w = from + 1; w < end; ++w) {
      if (words()[w].lower == "," && inside_[w] < 0) return w;
    }
    return end;
  }

  // The first comma in [from, end) outside marked quotations, or the word
  // after a quotation that closes with a comma inside its marks, or `end`.
  uint32_t ClauseCommaEnd(uint32_t from, uint32_t end) const {
    for (uint32_t w = from + 1; w < end; ++w) {
      if ((words()[w].lower == "," && inside_[w] < 0) || AfterQuotedComma(w)) return w;
    }
    return end;
  }

  // "When asked about the polls, she said ...", "Asked whether he would
  // run, Smith ...": the question put to someone is reported content of
  // no named asker, up to the comma that closes the opening phrase.
  bool TryPassiveQuestion(const Clause& s, const Cue& cue) {
    const uint32_t w = cue.first;
    if (words()[w].lower != "asked" || cue.end >= s.end_word) return false;
    // "were also asked": adverbs may stand before the verb.
    uint32_t p = w;
    while (p > s.first_word && IsCueModifier(lexicon_, words()[p - 1]) && !IsFormOfBe(words()[p - 1])) --p;
    const bool opens = p == s.first_word || words()[p - 1].punct || words()[p - 1].lower == "when" ||
                       words()[p - 1].lower == "if" || words()[p - 1].lower == "was" ||
                       words()[p - 1].lower == "were" || words()[p - 1].lower == "being";
    if (!opens) return false;
    // The question may come after a time or a place ("asked last month
    // about ...", "asked during a luncheon ... if ..."): a few words with
    // no punctuation between.
    uint32_t first = cue.end;
    while (first < s.end_word && first < cue.end + kObjectWords && !words()[first].punct && inside_[first] < 0 &&
           !OpensQuestion(words()[first])) {
      ++first;
    }
    if (first >= s.end_word || !OpensQuestion(words()[first])) return false;
    const uint32_t end = ContentEnd(first, s.end_word);
    return Emit({first, ClauseCommaEnd(first, end)}, cue, std::nullopt);
  }

  // "As The Hill reported, Trump was ...", "As reported by Western
  // Journalism, ...", "As Smith wrote in his book, ...": a frame that "as"
  // opens at the start of the sentence reports the clause after its comma.
  bool TryLeadingAsFrame(const Clause& s, const Cue& cue) {
    if (cue.side == SpeakerSide::kAfter || cue.cue_class != CueClass::kSpeech || cue.first <= s.first_word) {
      return false;
    }
    // Only a sentence that opens with "as" (after a conjunction): the check
    // costs nothing, the subject search below does.
    const uint32_t opening = PastOpeners(s.first_word, cue.first);
    if (opening >= cue.first || words()[opening].lower != "as") return false;
    std::optional<SpeakerPhrase> speaker;
    uint32_t as = cue.first - 1;
    if (words()[as].lower == "as") {
      // The passive: the agent after "by".
      if (cue.end + 1 >= s.end_word || words()[cue.end].lower != "by") return false;
      speaker = attributor_.PhraseStartingAt(cue.end + 1, s.end_word);
    } else {
      speaker = attributor_.SubjectBefore(cue.first, s.first_word);
      if (!speaker || speaker->end > cue.first) return false;
      as = FrameStart(speaker->first, s.first_word);
      if (as == s.first_word) return false;
      --as;
    }
    if (!speaker || words()[as].lower != "as" || PastOpeners(s.first_word, as) != as) return false;
    // A few words of time or place may close the frame before its comma
    // ("As Smith wrote in his book,"); an object makes "as" a conjunction
    // of time ("As Clinton talked about jobs, ...").
    const uint32_t frame_end = std::max(cue.end, speaker->end);
    uint32_t comma = frame_end;
    while (comma < s.end_word && comma <= frame_end + kFrameTailWords && !words()[comma].punct) ++comma;
    if (comma + 1 >= s.end_word || words()[comma].lower != "," || inside_[comma] >= 0 ||
        !IsFrameTail(cue, frame_end, comma)) {
      return false;
    }
    return Emit({comma + 1, ContentEnd(comma + 1, s.end_word)}, cue, speaker);
  }

  // A word that opens the question put to someone: "about", an embedded
  // question ("whether", "if", "why"), an infinitive ("asked to leave").
  static bool OpensQuestion(const Word& word) {
    return word.lower == "about" || word.lower == "to" || OpensContentClause(word);
  }

  // "Manafort seemed to be part of the establishment", "The bill is
  // expected to pass" (quote_reported_evidentials): an impression or a
  // forecast of no named source; the clause from its subject on is the
  // content. "X seemed to suggest ..." is X's report instead (the verb
  // after "to" is a cue of its own).
  bool TryEvidential(const Clause& s, uint32_t w) {
    const std::string* entry = lexicon_.Lookup("quote_reported_evidentials", words()[w].lower);
    if (entry == nullptr || w == s.first_word || words()[w].upper) return false;
    if (*entry == "passive" && !IsFormOfBe(words()[w - 1])) return false;
    if (w + 2 < s.end_word && words()[w + 1].lower == "to" && IsReportingVerb(lexicon_, words()[w + 2].lower)) {
      return false;
    }
    // An impression reads "seemed to ...", "seems like ...", "appeared
    // weary"; "appeared before the court", "appeared Sunday" is a presence.
    if (w + 1 >= s.end_word) return false;
    const Word& next = words()[w + 1];
    if (next.punct || next.upper ||
        (next.lower != "to" && next.lower != "like" && next.lower != "that" &&
         lexicon_.Contains("quote_function_words", next.lower))) {
      return false;
    }
    const uint32_t start = PastOpeners(s.first_word, w);
    if (start >= w) return false;
    Cue cue;
    cue.first = *entry == "passive" ? w - 1 : w;
    cue.end = w + 1;
    cue.cue_class = CueClass::kThought;
    const uint32_t end = ContentEnd(w + 1, s.end_word);
    // "X is expected to rise, bankers said.": the frame that closes the
    // sentence reports it all, with its speaker.
    if (end + 1 < s.end_word && words()[end].lower == ",") {
      if (auto frame = ClosingFrame(end + 1, s.end_word)) return Emit({start, end}, frame->first, frame->second);
    }
    return Emit({start, end}, cue, std::nullopt);
  }

  // True when name `name` starts at word `w` or after a lower-case
  // description that starts there ("lobbyist and GOP strategist Charlie
  // Black"): a few words, no punctuation, "that" or quotation among them.
  bool DescribedNameAt(uint32_t w, const SpeakerPhrase& name) const {
    if (name.first < w || name.first > w + kMaxPreNameWords) return false;
    if (name.first > w && words()[w].upper) return false;
    for (uint32_t k = w; k < name.first; ++k) {
      if (words()[k].punct || inside_[k] >= 0 || words()[k].lower == "that") return false;
    }
    return true;
  }

  // A frame after the content: "..., X said." When the frame stands inside
  // the sentence between commas ("..., X says, ..."), the content is the
  // whole sentence around it.
  bool TryTrailingFrame(const Clause& s, const Cue& cue, const SpeakerPhrase& speaker,
                        uint32_t comma) {
    uint32_t start = s.first_word;
    while (start < comma && words()[start].punct && inside_[start] < 0) ++start;
    uint32_t frame_end = std::max(cue.end, speaker.end);
    // "..., X says, ..." goes on with the content, unless a participle of
    // report follows the frame (", adding that ..."): that is the speaker's
    // next report, not more of this one. The two parts together make the
    // content ("This campaign, he says, is different.").
    const uint32_t before = WordsUpTo(start, comma, kMinSplitContentWords);
    if (frame_end < s.end_word && words()[frame_end].lower == "," && !DescribesSpeaker(frame_end + 1, s.end_word) &&
        !(frame_end + 1 < s.end_word && IsIngForm(words()[frame_end + 1]) &&
          IsReportingVerb(lexicon_, words()[frame_end + 1].lower))) {
      const uint32_t end = ContentEnd(frame_end + 1, s.end_word);
      if (before + WordsUpTo(frame_end + 1, end, kMinSplitContentWords) >= kMinSplitContentWords + 1 &&
          end >= frame_end + 1 + kMinContentWords) {
        return Emit({start, end}, cue, speaker);
      }
    }
    // A frame that closes the sentence takes even one word before it
    // ("Sorry, Sanders said."), other than an adverb of time or manner
    // ("Later, ...", "Finally, ...").
    const Word& first = words()[start];
    const bool closes_sentence = OnlyPunct(layout_, frame_end, s.end_word) && before == 1 && comma == start + 1 &&
                                 !first.punct && !lexicon_.Contains("quote_time_words", first.lower) &&
                                 !first.lower.ends_with("ly");
    return (before >= kMinSplitContentWords || closes_sentence) && Emit({start, comma}, cue, speaker);
  }

  // True when the words from `w` after a frame's comma describe its speaker
  // (", said Matt Latimer, another veteran speechwriter", "..., said Smith,
  // who ran the campaign", ", said Larry Sabato, director of the Center for
  // Politics"): an indefinite description, a relative clause, or a speaker
  // noun within the first few words of a phrase that ends the sentence with
  // no auxiliary, adverb or verb of report, not more of the content.
  bool DescribesSpeaker(uint32_t w, uint32_t sentence_end) const {
    if (w >= sentence_end || inside_[w] >= 0) return false;
    const std::string& first = words()[w].lower;
    if (first == "a" || first == "an" || first == "another" || first == "who") return true;
    if (sentence_end - w > kMaxDescriptionWords) return false;
    bool speaker_noun = false;
    for (uint32_t k = w; k < sentence_end; ++k) {
      // An auxiliary or a verb of report makes a clause ("..., he said,
      // local officials should be vigilant").
      if (inside_[k] >= 0 || IsReportingVerb(lexicon_, words()[k].lower) || IsSubjectPronoun(words()[k]) ||
          IsCueModifier(lexicon_, words()[k])) {
        return false;
      }
      // The head noun ends the phrase or a function word follows it
      // ("director of ..."); a word of content makes it a subject
      // ("..., die-hard Sanders supporters plan to ...").
      if (!speaker_noun && k < w + kDescriptionHeadWords &&
          lexicon_.ContainsFolded("quote_speaker_nouns", words()[k].lower)) {
        if (k + 1 < sentence_end && !words()[k + 1].punct &&
            !lexicon_.Contains("quote_function_words", words()[k + 1].lower)) {
          return false;
        }
        speaker_noun = true;
      }
    }
    return speaker_noun;
  }

  // Whatever "according to" names is the source, a name or not ("according
  // to exit polls", "according to court documents"): the words up to the
  // next punctuation, kMaxSourceWords at most.
  std::optional<SpeakerPhrase> SourcePhrase(uint32_t first, uint32_t sentence_end) const {
    uint32_t end = first;
    while (end < sentence_end && end < first + kMaxSourceWords && !words()[end].punct) ++end;
    if (end == first || (end < sentence_end && !words()[end].punct)) return std::nullopt;
    return DescriptionPhrase(first, end);
  }

  // A paragraph that opens with a name and a colon gives that speaker's
  // words: a news headline ("Lynch: No outside influence on the probe.")
  // or a line of a transcript ("Q: ...", "Matthews: ...").
  bool TryColonLine(const Clause& s) {
    // "Clinton to Planned Parenthood: ...", "Gillibrand on Hillary's
    // speeches: ...": the speaker's name may go on with the one addressed
    // or the topic, after "to" or "on".
    uint32_t colon = s.first_word, name_end = 0;
    while (colon < s.end_word && colon <= s.first_word + kColonSpeakerWords && !words()[colon].punct) {
      if (inside_[colon] >= 0) return false;
      if (!words()[colon].upper) {
        if (name_end != 0 || colon == s.first_word || (words()[colon].lower != "to" && words()[colon].lower != "on")) {
          return false;
        }
        name_end = colon;
      }
      ++colon;
    }
    if (colon == s.first_word || colon >= s.end_word || words()[colon].lower != ":") return false;
    const uint32_t name_last = (name_end == 0 ? colon : name_end) - 1;
    std::optional<SpeakerPhrase> speaker = attributor_.PhraseEndingAt(name_last, s.first_word);
    if (!speaker || speaker->type != SpeakerPhrase::kName) return false;
    // Before "to" or "on" a person only ("Limited Tools to ...:" is a heading).
    if (name_end != 0 && (!speaker->person || speaker->first != s.first_word)) return false;
    // "The Latest: ...", "The result: ...", "Contributing: ...": a label,
    // not a speaker.
    if (lexicon_.Contains("quote_determiners", words()[s.first_word].lower) ||
        IsColonLabel(layout_, lexicon_, s.first_word, colon)) {
      return false;
    }
    Cue cue;
    cue.first = colon;
    cue.end = colon + 1;
    // A speaker's turn holds the whole paragraph, however many sentences.
    const Block& block = layout_.blocks()[s.block];
    uint32_t end = layout_.sentences()[block.end_sentence - 1].end_word;
    while (end > colon + 1 && words()[end - 1].punct && inside_[end - 1] < 0) --end;
    return Emit({colon + 1, end}, cue, *speaker);
  }

  // "according to X, ..." and "..., according to X."
  bool TryAccordingTo(const Clause& s, const Cue& cue) {
    std::optional<SpeakerPhrase> speaker = attributor_.PhraseStartingAt(cue.end, s.end_word);
    if (!speaker) speaker = SourcePhrase(cue.end, s.end_word);
    if (!speaker) return false;
    if (cue.first > s.first_word &&
        (words()[cue.first - 1].lower == "," || IsSpacedDash(layout_, cue.first - 1))) {
      return TryTrailingFrame(s, cue, *speaker, cue.first - 1);
    }
    // "Clinton leads Sanders by 271 delegates according to a count by The
    // Associated Press, but ...": inside a clause, the report is the clause
    // before it, from the clause opening (after a colon or semicolon) or the
    // last comma.
    uint32_t clause = cue.first;
    while (clause > s.first_word &&
           !((words()[clause - 1].lower == ":" || words()[clause - 1].lower == ";") && inside_[clause - 1] < 0)) {
      --clause;
    }
    const uint32_t opening = PastOpeners(clause, cue.first);
    if (opening < cue.first) {
      uint32_t start = cue.first;
      while (start > opening && !(words()[start - 1].lower == "," && inside_[start - 1] < 0)) --start;
      return WordsUpTo(start, cue.first, kMinSplitContentWords) >= kMinSplitContentWords &&
             Emit({start, cue.first}, cue, *speaker);
    }
    std::optional<uint32_t> start = AfterSourceComma(s, *speaker);
    return start && Emit({*start, ContentEnd(*start, s.end_word)}, cue, *speaker);
  }

  // The first word from `first` (before `upper`) past punctuation and a
  // leading conjunction ("And, ...") outside marked quotations.
  uint32_t PastOpeners(uint32_t first, uint32_t upper) const {
    while (first < upper && inside_[first] < 0 && (words()[first].punct || IsLeadingConjunction(words()[first]))) {
      ++first;
    }
    return first;
  }

  // "The plan was criticized by Democrats.", "His views were echoed by
  // tax experts.": a reporting verb in the passive credits its subject, the
  // words that open the sentence, to the agent after "by". Not in a
  // relative clause ("a plan that was criticized by ...").
  bool TryPassiveBy(const Clause& s, const Cue& cue) {
    if (cue.end + 1 >= s.end_word || words()[cue.end].lower != "by" || inside_[cue.end] >= 0) return false;
    uint32_t aux = cue.first;
    while (aux > s.first_word && IsCueModifier(lexicon_, words()[aux - 1]) && !IsFormOfBe(words()[aux - 1])) --aux;
    if (aux == s.first_word || !IsFormOfBe(words()[aux - 1])) return false;
    --aux;
    while (aux > s.first_word && IsCueModifier(lexicon_, words()[aux - 1])) --aux;  // "has been", "will be"
    // The clause opens at the sentence, or after the last subordinator or
    // conjunction before it ("..., when he was accused by ...", "..., but
    // the hiring was seen by some as ...").
    // Content is at most kMaxContentWords long, as ContentEnd bounds it:
    // the bound keeps a sentence of many such cues (junk) linear.
    uint32_t start = aux > s.first_word + kMaxContentWords ? aux - kMaxContentWords : s.first_word;
    for (uint32_t w = start; w < aux; ++w) {
      if (inside_[w] >= 0) continue;
      const bool conjunction = w > s.first_word && words()[w - 1].lower == "," && IsLeadingConjunction(words()[w]);
      if (words()[w].lower == ";" || conjunction || (w > s.first_word && IsSubordinator(words()[w]))) start = w + 1;
    }
    start = PastOpeners(start, aux);
    if (start >= aux) return false;
    // One word is a subject only as a name ("Clinton was endorsed by ...").
    if (WordsUpTo(start, aux, kMinContentWords) < kMinContentWords && !words()[start].upper) return false;
    for (uint32_t w = start; w < aux; ++w) {
      if (words()[w].lower == "which" || words()[w].lower == "that" || words()[w].lower == "who") return false;
    }
    std::optional<SpeakerPhrase> agent = attributor_.PhraseStartingAt(cue.end + 1, s.end_word);
    if (!agent) agent = SourcePhrase(cue.end + 1, s.end_word);
    if (!agent) return false;
    // "a number of tax experts", "dozens of newspapers": the agent is the
    // whole partitive.
    if (agent->type == SpeakerPhrase::kDescription && agent->end + 1 < s.end_word &&
        words()[agent->end].lower == "of") {
      if (auto whole = attributor_.PhraseStartingAt(agent->end + 1, s.end_word)) agent->end = whole->end;
    }
    // "Sanders was asked by host John Dickerson whether ...": the question
    // put is the content, not the one it was put to.
    if (words()[cue.first].lower == "asked" && agent->end < s.end_word && inside_[agent->end] < 0 &&
        OpensQuestion(words()[agent->end])) {
      return Emit({agent->end, ClauseCommaEnd(agent->end, ContentEnd(agent->end, s.end_word))}, cue, *agent);
    }
    uint32_t end = aux;
    while (end > start && words()[end - 1].punct && inside_[end - 1] < 0) --end;
    return Emit({start, end}, cue, *agent);
  }

  // "According to X, ...": the word after the comma that closes the source
  // phrase, a few words after it at most.
  std::optional<uint32_t> AfterSourceComma(const Clause& s, const SpeakerPhrase& source) const {
    uint32_t w = source.end;
    while (w < s.end_word && words()[w].lower != "," && w < source.end + kMaxSourceWords) ++w;
    if (w >= s.end_word || words()[w].lower != ",") return std::nullopt;
    return w + 1;
  }

  // True when word `w`, after the speaker of an inverted frame ("..., said
  // the minister"), ends the frame: punctuation, the sentence end, or an
  // adjunct of time or place ("said the minister on Tuesday"). Any other
  // word makes the phrase the subject of a clause ("..., said the company
  // will save $46 million"): the content, not its speaker.
  bool EndsInvertedFrame(uint32_t w, uint32_t sentence_end) const {
    return w >= sentence_end || words()[w].punct || OpensFrameAdjunct(words()[w]);
  }

  // True when [start, end) overlaps an indirect quote emitted before.
  // indirect_ holds disjoint spans, so only the neighbours of `start` count.
  bool OverlapsIndirect(Offset start, Offset end) const {
    auto it = indirect_.lower_bound({start, 0});
    if (it != indirect_.end() && it->first < end) return true;
    return it != indirect_.begin() && std::prev(it)->second > start;
  }

  bool Emit(Region r, const Cue& cue, const std::optional<SpeakerPhrase>& speaker) {
    // "this time relying on ...", "several decades show ...": a phrase of
    // time is an adverbial, not a speaker (nor is "a wife of 20 years");
    // "officials involved at the time" has a time only after a preposition.
    if (speaker && speaker->type == SpeakerPhrase::kDescription &&
        lexicon_.Contains("quote_reported_time_nouns", words()[speaker->end - 1].lower) &&
        std::none_of(words().begin() + speaker->first, words().begin() + speaker->end,
                     [&](const Word& word) { return IsPreposition(word) && word.lower != "of"; })) {
      return false;
    }
    const uint32_t count = WordsUpTo(r.first, r.end, kMinContentWords);
    // A one-word answer that ends the sentence is content too ("72 percent
    // said yes", "he said so").
    const bool answer = count == 1 && r.end == r.first + 1 && IsAnswerWord(words()[r.first]);
    // So is a name for the object of a speaker's verb ("skywriters blast
    // Trump", "endorsed Sanders").
    const bool named = count == 1 && r.end == r.first + 1 && speaker && words()[r.first].upper &&
                       inside_[r.first] < 0 && !lexicon_.Contains("quote_function_words", words()[r.first].lower);
    if (r.first >= r.end || (count < kMinContentWords && !answer && !named)) return false;
    Offset start = words()[r.first].start, end = words()[r.end - 1].end;
    // Marked quotations the content overlaps must lie inside it, and the
    // content must not be one of them (that one is reported already).
    // marked_ is in text order and its quotations do not overlap: only
    // those from the first that ends after `start` on can meet the content.
    auto first = std::partition_point(marked_.begin(), marked_.end(),
                                      [&](const Quote& q) { return q.end <= start; });
    for (auto it = first; it != marked_.end() && it->start < end; ++it) {
      const Quote& q = *it;
      if (q.kind == QuoteKind::kTerm) continue;
      bool nested = q.start >= start && q.end <= end;
      if (!nested) return false;
      if (q.start <= start + 3 && q.end + 3 >= end) return false;
    }
    if (OverlapsIndirect(start, end)) return false;
    indirect_.emplace(start, end);
    content_end_ = r.end;
    Quote quote;
    quote.start = start;
    quote.end = end;
    quote.kind = QuoteKind::kIndirect;
    if (speaker) {
      quote.speaker_start = words()[speaker->first].start;
      quote.speaker_end = words()[speaker->end - 1].end;
      quote.speaker = speaker->type == SpeakerPhrase::kPronoun ? attributor_.ResolvePronoun(*speaker)
                                                               : speaker->entity;
    }
    quote.cue_start = words()[cue.first].start;
    quote.cue_end = words()[cue.end - 1].end;
    quote.confidence = cue.cue_class == CueClass::kSpeech ? 0.6f : 0.45f;
    doc_.quotes.push_back(std::move(quote));
    return true;
  }

  const Layout& layout_;
  const Lexicon& lexicon_;
  const Attributor& attributor_;
  Document& doc_;
  std::vector<int32_t> inside_;
  LearnedCues learned_;  // reads inside_, so it is declared after it
  const bool has_vocabulary_ = lexicon_.HasList(kCueVocabulary);
  std::vector<Quote> marked_;
  std::vector<Offset> framing_cues_;  // cue starts of marked quotations
  std::set<std::pair<Offset, Offset>> indirect_;  // spans emitted so far
  uint32_t content_end_ = UINT32_MAX;  // word after the last content emitted
  // Content of no known speaker that opens with no clause, emitted last
  // where no other quotation lies.
  struct Unattributed {
    Region region;
    Cue cue;
    std::optional<SpeakerPhrase> speaker;  // the words that open its clause, if any
  };
  std::vector<Unattributed> unattributed_;
};

}  // namespace

void AddIndirectQuotes(const Layout& layout, const Lexicon& lexicon, const Attributor& attributor,
                       bool from_cues, Document* doc) {
  IndirectFinder(layout, lexicon, attributor, doc).Run(from_cues);
  // The rules' own trust in a quotation (by its cue's class) stands where
  // no confidence model ships.
  for (Quote& q : doc->quotes) {
    if (q.kind == QuoteKind::kIndirect) q.confidence = ReportedQuoteConfidence(lexicon, *doc, q, q.confidence);
  }
}

void AddCueVocabulary(Lexicon* lexicon) {
  std::vector<std::string> words = CueFirstWords(*lexicon);
  for (LexiconName table : {LexiconName("quote_reported_verbs"), LexiconName("quote_reported_evidentials")}) {
    for (std::string& word : lexicon->Keys(table)) words.push_back(std::move(word));
  }
  for (std::string& word : LearnedCueWords(*lexicon)) words.push_back(std::move(word));
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  lexicon->AddList(kCueVocabulary, std::move(words));
}

}  // namespace saywho::quotes
