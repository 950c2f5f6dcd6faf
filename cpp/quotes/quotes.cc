// Quotation finding: pairs the marks (marks.h), looks for the reporting frame
// of each quotation around it (cues.h, attribution.h), decides its kind
// (kinds.h), and adds reported speech without marks (indirect.h).
#include "quotes/quotes.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "quotes/attribution.h"
#include "quotes/cues.h"
#include "quotes/indirect.h"
#include "quotes/kinds.h"
#include "quotes/layout.h"
#include "quotes/marks.h"

namespace saywho {
namespace {

using quotes::Attributor;
using quotes::Cue;
using quotes::IsVerbOrAuxiliary;
using quotes::Layout;
using quotes::QuotedSpan;
using quotes::SpeakerPhrase;
using quotes::SpeakerSide;

// How far after a closing mark the frame of that quotation may start
// ("...," President Donald Trump said recently).
// Further on, only a speaker with an appositive ("...," Seth McKee, a
// political scientist at Texas Tech University, told ...).
constexpr uint32_t kTrailingFrameWords = 12;
constexpr uint32_t kTrailingAppositiveWords = 20;
// A quotation of at most this many words, marks included, inside a
// trailing frame is a name or title in it ("wearing "Ted Cruz" pins").
constexpr uint32_t kNamedInFrameWords = 5;
// How far before a quotation the subject of its clause may stand when no cue
// word frames it ("Zhao and Deng sought "...").
constexpr uint32_t kClauseSubjectWords = 12;
// A quotation without a frame that holds this many words and reads as a
// sentence is someone's full words (a continuation, or an unattributed
// direct quotation) rather than a term.
constexpr uint32_t kSentenceWords = 5;
// How many quotations further on a sentence's frame may be looked for (keeps
// the search linear on junk with endless runs of marks).
constexpr size_t kMaxSharedFrameQuotes = 8;
// Without a frame, words that short ("Who cares?") are a slogan or a title
// rather than someone's reported words.
constexpr uint32_t kUnframedSentenceWords = 6;
// The most words of a reporting verb's phrase ("pointed out") that hands a
// quotation over with no speaker found.
constexpr uint32_t kMaxHandOverCueWords = 3;
// "went so far as to say": how far before the "to" the governing verb may
// stand.
constexpr uint32_t kMaxGovernorWords = 5;
// "Former secretary of state Hillary Clinton:", "Mr Kashyap's lawyer Mihir
// Desai said.": the most words of title or description before a name that
// opens a frame.
constexpr uint32_t kMaxTitleWords = 6;
// The frame that splits one quotation ("A," the senator said, "B.") is this
// short.
constexpr uint32_t kSplitFrameWords = 24;
// A phrase of place or occasion between a relative's cue and the comma
// that hands the quotation over ("who declared in the debate spin room,")
// is this short.
constexpr uint32_t kHandoverPhraseWords = 10;
// A bare noun phrase that speaks in a trailing frame ("...," organisers
// said) has at most this many words.
constexpr uint32_t kMaxBareSubjectWords = 3;
// A frame printed as its own sentence ("Trump said.") is this short.
constexpr uint32_t kFrameSentenceWords = 5;
// A sentence before a quotation ends with the quotation's frame when its cue
// is this near its end ("Smith said in a statement."); so does a frame
// that ends a quotation left open (FrameCommaInside).
constexpr uint32_t kFrameTailWords = 4;
// A speaker's label in a transcript ("SEN. JOHN MCCAIN:") is this short.
constexpr uint32_t kTurnLabelWords = 5;

struct Frame {
  Cue cue;
  SpeakerPhrase speaker;
  float confidence = 0.0f;
  bool clause_subject = false;  // no cue word: the subject of the clause
  bool trailing = false;        // the frame follows the quotation
  // The cue reports the sentence before the quotation, whose words it keeps
  // as its own content; the quotation takes only its speaker.
  bool speaker_only = false;
};

struct Candidate {
  QuotedSpan span;
  uint32_t open_word = 0;   // the opening mark
  uint32_t first = 0;       // quoted words [first, end)
  uint32_t end = 0;
  uint32_t after = 0;       // first word after the closing mark
  uint32_t block = 0;
  std::optional<Frame> frame;
  bool inherited = false;   // the speaker comes from the previous quotation
};

class QuoteFinder {
 public:
  QuoteFinder(const Lexicon& lexicon, const QuoteOptions& options, Document* doc)
      : lexicon_(lexicon),
        options_(options),
        doc_(*doc),
        layout_(*doc, lexicon),
        attributor_(*doc, layout_, lexicon) {}

  void Run() {
    Collect();
    named_run_end_.assign(cands_.size() + 1, cands_.size());
    for (size_t k = cands_.size(); k-- > 0;) {
      named_run_end_[k] = IsNamedInFrame(cands_[k]) ? named_run_end_[k + 1] : k;
    }
    for (size_t i = 0; i < cands_.size(); ++i) Attribute(i);
    for (size_t i = 0; i < cands_.size(); ++i) Emit(i);
    if (options_.reported_speech || options_.paraphrases) {
      quotes::AddIndirectQuotes(layout_, lexicon_, attributor_, options_.reported_speech, &doc_);
      std::stable_sort(doc_.quotes.begin(), doc_.quotes.end(),
                       [](const Quote& a, const Quote& b) { return a.start < b.start; });
    }
    AddCitations();
  }

 private:
  const std::vector<quotes::Word>& words() const { return layout_.words(); }
  const quotes::Clause& SentenceOfWord(uint32_t w) const {
    return layout_.sentences()[layout_.SentenceOf(std::min<uint32_t>(w, uint32_t(words().size() - 1)))];
  }

  void Collect() {
    if (words().empty()) return;
    for (const QuotedSpan& span : quotes::FindQuotedSpans(layout_.text(), layout_.blocks())) {
      if (span.depth != 0) continue;  // nested quotations stay inside the outer one
      Candidate c;
      c.span = span;
      c.open_word = layout_.WordAt(span.open);
      c.first = layout_.WordAt(span.start);
      c.end = layout_.WordAt(span.end);
      c.after = span.closed ? layout_.WordAt(span.close) : c.end;
      c.block = layout_.BlockOf(span.open);
      if (!span.closed && span.paragraphs == 1 && span.open > layout_.blocks()[c.block].start) {
        // A mark left open inside a paragraph: the best reading ends the
        // quotation with the sentence it opened in, not the paragraph.
        const quotes::Clause& s = SentenceOfWord(c.first);
        if (s.end_word < c.end) {
          c.end = s.end_word;
          c.after = c.end;
          c.span.end = words()[c.end - 1].end;
          c.span.close = c.span.end;
        }
      }
      if (!span.closed && span.paragraphs == 1) {
        // '"We will win, Smith said. The rally went on.': a frame of speech
        // after a comma ends its sentence inside a quotation left open; the
        // writer dropped the closing mark before that comma.
        if (std::optional<uint32_t> comma = FrameCommaInside(c.first, c.end)) {
          c.end = *comma + 1;
          c.after = c.end;
          c.span.end = words()[*comma].end;
          c.span.close = c.span.end;
        }
      }
      if (c.first >= c.end || c.open_word >= words().size()) continue;
      if (span.paragraphs > 1 && AddTranscriptTurns(c)) continue;
      cands_.push_back(c);
    }
  }

  // The word after the colon when the words from `first` are a speaker's
  // label in capitals ("WALLACE:", "SEN. JOHN MCCAIN:"), otherwise 0.
  uint32_t AfterTurnLabel(uint32_t first, uint32_t end) const {
    uint32_t w = first;
    for (; w < end && w < first + kTurnLabelWords && words()[w].lower != ":"; ++w) {
      const std::string_view text = layout_.text().substr(words()[w].start, words()[w].end - words()[w].start);
      if (text == ".") continue;  // an abbreviation's period ("SEN.")
      if (text.size() < 2 || !std::all_of(text.begin(), text.end(), [](char ch) {
            return (ch >= 'A' && ch <= 'Z') || ch == '.' || ch == '\'' || ch == '-';
          })) {
        return 0;
      }
    }
    if (w == first || w + 1 >= end || words()[w].lower != ":" || quotes::IsColonLabel(layout_, lexicon_, first, w)) {
      return 0;
    }
    return w + 1;
  }

  // A transcript quoted over several paragraphs, each speaker's turn opening
  // with the speaker's name in capitals and a colon ("WALLACE: ...",
  // "PENCE: ..."), is one quotation a turn, said by the name of its label;
  // a paragraph without a label goes on with the turn before it. Adds the
  // turns (and the words before the first label, if any) to cands_; false,
  // adding nothing, when fewer than two paragraphs open with a label.
  bool AddTranscriptTurns(const Candidate& c) {
    struct Turn {
      uint32_t open_word, label, first;  // the paragraph's mark, its label, the words after it
    };
    std::vector<Turn> turns;
    const int last_block = c.block + c.span.paragraphs - 1;
    for (int b = c.block; b <= last_block && size_t(b) < layout_.blocks().size(); ++b) {
      const uint32_t open_word = b == int(c.block) ? c.open_word : layout_.WordAt(layout_.blocks()[b].start);
      const uint32_t label = b == int(c.block) ? c.first : open_word + 1;
      if (label >= c.end) break;
      if (const uint32_t after = AfterTurnLabel(label, c.end); after != 0) turns.push_back({open_word, label, after});
    }
    if (turns.size() < 2) return false;
    auto add = [&](uint32_t open_word, uint32_t first, uint32_t end, bool last) {
      while (end > first && words()[end - 1].punct && quotes::IsQuotationMarks(words()[end - 1])) --end;
      if (first >= end) return false;
      Candidate turn = c;
      turn.open_word = open_word;
      turn.first = first;
      turn.end = last ? c.end : end;
      turn.after = last ? c.after : end;
      turn.block = layout_.BlockOf(words()[open_word].start);
      turn.span.open = words()[open_word].start;
      turn.span.start = words()[first].start;
      if (!last) {
        turn.span.end = words()[end - 1].end;
        turn.span.close = turn.span.end;
        turn.span.closed = false;
      }
      turn.span.paragraphs = int(layout_.BlockOf(turn.span.end > 0 ? turn.span.end - 1 : 0)) - int(turn.block) + 1;
      cands_.push_back(turn);
      return true;
    };
    if (turns[0].label > c.first) add(c.open_word, c.first, turns[0].open_word, false);
    for (size_t k = 0; k < turns.size(); ++k) {
      const bool last = k + 1 == turns.size();
      if (!add(turns[k].open_word, turns[k].first, last ? c.end : turns[k + 1].open_word, last)) continue;
      Frame frame;
      frame.cue.first = turns[k].first - 1;  // the colon
      frame.cue.end = turns[k].first;
      frame.speaker = attributor_.LabelPhrase(turns[k].label, turns[k].first - 1);
      frame.confidence = 0.9f;
      cands_.back().frame = frame;
    }
    return true;
  }

  // The first comma in quoted words [first, end) after which a frame of
  // speech (a reporting verb and its speaker, as TrailingFrame reads them)
  // ends the sentence, at most kFrameTailWords words following it; nullopt
  // when there is none.
  std::optional<uint32_t> FrameCommaInside(uint32_t first, uint32_t end) const {
    for (uint32_t k = first + 1; k < end; ++k) {
      if (words()[k].lower != ",") continue;
      const uint32_t sentence_end = std::min(SentenceOfWord(k).end_word, end);
      std::optional<Frame> frame = TrailingFrame(k + 1, sentence_end);
      // The frame with any verb (confidence 0.7) is too loose to cut a
      // quotation with.
      if (!frame || frame->confidence < 0.8f) continue;
      uint32_t tail = std::max(frame->cue.end, frame->speaker.end);
      uint32_t tail_words = 0;
      for (; tail < sentence_end && tail_words <= kFrameTailWords; ++tail) tail_words += !words()[tail].punct;
      if (tail_words <= kFrameTailWords) return k;
    }
    return std::nullopt;
  }

  // Words of the sentence that ends the quotation, after its closing mark
  // and before the next quotation: [from, to). Empty when the sentence ended
  // with the quotation.
  std::pair<uint32_t, uint32_t> AfterRegion(size_t i) const {
    const Candidate& c = cands_[i];
    if (c.after >= words().size() || c.after == 0) return {c.after, c.after};
    const quotes::Clause& s = SentenceOfWord(c.after - 1);
    if (c.after >= s.end_word) return {c.after, c.after};
    uint32_t to = s.end_word;
    // A short quotation inside the frame's appositive is no quotation of
    // its own to stop at ("...," Bill Eastland, wearing "Ted Cruz" pins,
    // said).
    // The first quotation after this one that is no short name in the frame
    // or that ends at or past `to`. A search, not a walk: one sentence may
    // hold thousands of short quotations ('"a". "a". ...'), and walking them
    // for each made the stage quadratic. Candidates are the outermost
    // quotations in text order, so `after` never decreases along cands_.
    const auto named_end = cands_.begin() + static_cast<std::ptrdiff_t>(named_run_end_[i + 1]);
    const size_t next = static_cast<size_t>(
        std::partition_point(cands_.begin() + static_cast<std::ptrdiff_t>(i + 1), named_end,
                             [&](const Candidate& n) { return n.after < to; }) -
        cands_.begin());
    if (next < cands_.size()) to = std::min(to, cands_[next].open_word);
    return {c.after, std::max(c.after, to)};
  }

  static bool IsNamedInFrame(const Candidate& c) { return c.after - c.open_word <= kNamedInFrameWords; }

  // Words of the sentence before the opening mark, after any earlier
  // quotation: [from, to).
  std::pair<uint32_t, uint32_t> BeforeRegion(size_t i) const {
    const Candidate& c = cands_[i];
    const quotes::Clause& s = SentenceOfWord(c.open_word);
    uint32_t from = s.first_word;
    // As after it, a short quotation in a frame that hands the words over
    // is a name or title in it ("Joe Scarborough, host of MSNBC's "Morning
    // Joe," said: "..."); in a list of fragments ("called him "amoral," a
    // "bully"") each stands on its own.
    const bool handed_over = c.open_word > from && (words()[c.open_word - 1].lower == ":" ||
                                                    words()[c.open_word - 1].lower == ",");
    // The title stands inside a phrase, after a word of it (not the first
    // part of a quotation its frame splits: ""The risk," said X, "is ...").
    size_t previous = i;
    while (handed_over && previous > 0 && cands_[previous - 1].open_word > from &&
           cands_[previous - 1].after < c.open_word && IsNamedInFrame(cands_[previous - 1]) &&
           (!words()[cands_[previous - 1].open_word - 1].punct ||
            words()[cands_[previous - 1].open_word - 1].lower == "'s")) {
      --previous;
    }
    if (previous > 0 && cands_[previous - 1].after > from && cands_[previous - 1].after <= c.open_word) {
      from = cands_[previous - 1].after;
    }
    return {std::min(from, c.open_word), c.open_word};
  }

  Frame MakeFrame(const Cue& cue, const SpeakerPhrase& speaker, float confidence) const {
    Frame f;
    f.cue = cue;
    f.speaker = speaker;
    f.confidence = speaker.type == SpeakerPhrase::kName          ? confidence
                   : speaker.type == SpeakerPhrase::kDescription ? confidence * 0.9f
                                                                 : confidence * 0.85f;
    return f;
  }

  // "..." [HuffPost.]: a source named in brackets right after the
  // quotation, as news roundups credit the words they quote.
  std::optional<Frame> BracketedSource(uint32_t open) const {
    if (open >= words().size() || words()[open].lower != "[") return std::nullopt;
    uint32_t close = open + 1;
    while (close < words().size() && close <= open + kFrameSentenceWords && words()[close].lower != "]") ++close;
    if (close >= words().size() || words()[close].lower != "]") return std::nullopt;
    auto speaker = attributor_.PhraseStartingAt(open + 1, close);
    if (!speaker || speaker->type != SpeakerPhrase::kName || !quotes::OnlyPunct(layout_, speaker->end, close)) {
      return std::nullopt;
    }
    Cue cue;
    cue.first = open;
    cue.end = open + 1;
    return MakeFrame(cue, *speaker, 0.75f);
  }

  // A frame that follows the quotation: "...," X said / said X / - X.
  std::optional<Frame> TrailingFrame(uint32_t from, uint32_t to) const {
    if (from >= to) return std::nullopt;
    uint32_t limit = std::min(to, from + kTrailingAppositiveWords);
    for (uint32_t w = from; w < limit; ++w) {
      std::optional<Cue> cue = FrameCueAt(w, to);
      // Beliefs ("than many analysts realize") do not frame quoted words.
      if (!cue || cue->cue_class != quotes::CueClass::kSpeech) continue;
      if (w >= from + kTrailingFrameWords && words()[w - 1].lower != "," && !OnlyNameWords(from, w)) {
        return std::nullopt;
      }
      if (cue->noun) {
        if (auto speaker = attributor_.SpeakerOfNoun(cue->first, from)) {
          return MakeFrame(*cue, *speaker, 0.8f);
        }
        continue;  // "in a statement": the verb of the frame comes next
      }
      // "...," he claimed they had never met: a verb with a clause of its
      // own after it reports that clause, and frames no quotation.
      // So past a word set off by commas ("He said, twice, that ...",
      // "said, however, that").
      uint32_t after = cue->end;
      if (after + 3 < to && words()[after].lower == "," && words()[after + 2].lower == "," &&
          !words()[after + 1].punct && !words()[after + 1].upper) {
        after += 3;
      }
      if (after < to && (words()[after].lower == "that" || quotes::IsSubjectPronoun(words()[after]))) {
        return std::nullopt;
      }
      if (cue->side != SpeakerSide::kAfter) {
        if (auto subject = attributor_.SubjectBefore(cue->first, from)) {
          return MakeFrame(*cue, *subject, 0.9f);
        }
        if (auto relative = attributor_.RelativeSubject(cue->first, from)) {
          return MakeFrame(*cue, *relative, 0.8f);
        }
        if (auto bare = BareNounSubject(from, cue->first)) return MakeFrame(*cue, *bare, 0.8f);
      }
      // "said Smith." right after the quotation; a verb whose object is
      // the addressee reads so only when the name closes the sentence
      // ("...?" asked Smith.). Not after a participle: ", saying the city
      // ..." has no speaker after its verb ("according to X" does).
      const bool participle = IsIngForm(words()[cue->first]) && cue->side != SpeakerSide::kAfter;
      // Also past a short phrase of time or manner that goes on from the
      // quotation (""...the case" in 2005, said Kurt Karl", ""..." with its
      // product range, said Mr Learmount").
      if (cue->side != SpeakerSide::kBefore && !participle &&
          (quotes::OnlyPunct(layout_, from, cue->first) || HandsOverAfterPhrase(from, cue->first))) {
        // The name may go on with an appositive or a relative clause
        // ("...?" asked Sen. Jane Doe, who ...).
        // Nor when an auxiliary follows the phrase: it is the subject of
        // reported content ("..., citing ''...,'' said the candidate could
        // win").
        if (auto speaker = attributor_.PhraseStartingAt(cue->end, to);
            speaker && !(speaker->end < to && quotes::IsAuxiliary(words()[speaker->end])) &&
            (!cue->takes_object || PastAffiliation(speaker->end, to) >= to ||
             words()[PastAffiliation(speaker->end, to)].punct)) {
          return MakeFrame(*cue, *speaker, 0.9f);
        }
      }
      return std::nullopt;  // the first cue decides
    }
    // "...," Donald Hartley of Madison beamed: a name or a pronoun and one
    // verb of any kind close the sentence.
    uint32_t lead = from;
    while (lead < to && (words()[lead].lower == "," || words()[lead].lower == "-")) ++lead;
    uint32_t last = to;  // the last word before the closing punctuation
    while (last > lead && words()[last - 1].punct) --last;
    if (last > lead + 1) --last;
    if (auto speaker = attributor_.PhraseStartingAt(lead, last);
        speaker && speaker->type != SpeakerPhrase::kDescription && speaker->end < to) {
      uint32_t verb = speaker->end;
      if (words()[verb].lower == ",") {  // past an appositive: ", of Madison, beamed"
        uint32_t close = verb + 1;
        while (close < to && close < verb + kTrailingAppositiveWords && words()[close].lower != ",") ++close;
        verb = close + 1;
      }
      // The verb, with at most a particle or an adverb after it ("went
      // on,", "shot back."), closes the frame.
      uint32_t tail = verb + 1;
      while (tail < to && tail < verb + 3 && !words()[tail].punct && !words()[tail].upper) ++tail;
      if (verb < to && !words()[verb].punct && !words()[verb].upper && !attributor_.IsStopWord(verb) &&
          (tail >= to || words()[tail].punct)) {
        Cue cue;
        cue.first = verb;
        cue.end = verb + 1;
        return MakeFrame(cue, *speaker, 0.7f);
      }
    }
    // "... - John Smith": a dash and a name that ends the sentence or goes
    // on after a comma ("- Jane Doe, Ohio.").
    if (IsDash(from)) {
      if (auto speaker = attributor_.PhraseStartingAt(from + 1, to);
          speaker && speaker->type == SpeakerPhrase::kName &&
          (quotes::OnlyPunct(layout_, speaker->end, to) || words()[speaker->end].lower == ",")) {
        Cue cue;
        cue.first = from;
        cue.end = from + 1;
        return MakeFrame(cue, *speaker, 0.8f);
      }
    }
    return std::nullopt;
  }

  // "...," Sanders said, according to CNN: words the writer has from a
  // source that "according to" names after the frame are credited to that
  // source, as corpora of attribution (PolNeAR) do: it is the one the text
  // vouches for. The first cue after the frame decides; `to` bounds the
  // frame's sentence.
  void CreditReportingSource(Frame* f, uint32_t to) const {
    const uint32_t from = std::max(f->cue.end, f->speaker.end);
    for (uint32_t w = from; w < to && w < from + kTrailingFrameWords; ++w) {
      std::optional<Cue> cue = FrameCueAt(w, to);
      if (!cue || cue->noun) continue;  // "said in a statement, according to"
      if (cue->side != SpeakerSide::kAfter || cue->cue_class != quotes::CueClass::kSpeech) return;
      if (auto source = attributor_.PhraseStartingAt(cue->end, to);
          source && source->type != SpeakerPhrase::kPronoun) {
        f->speaker = *source;  // the cue stays the verb: it frames the words
      }
      return;
    }
  }

  // "...," the agency quoted worker David Ogden as saying: the one quoted
  // "as saying" (or "as telling", "as writing") speaks, named right after
  // the verb (before `to`), not the one quoting. Without "as ..." the one
  // quoting stays the source ("Frank quotes Alfred Kahn:", "The photo
  // quotes Romans 8:31"), as corpora of attribution have it.
  void CreditQuotedSpeaker(Frame* f, uint32_t to) const {
    if (f->cue.end >= to || !quotes::IsFormOf(lexicon_, words()[f->cue.first], "quote")) return;
    std::optional<SpeakerPhrase> quoted = attributor_.PhraseStartingAt(f->cue.end, to);
    if (quoted && quoted->end + 1 < to && words()[quoted->end].lower == "as" &&
        quotes::IsIngForm(words()[quoted->end + 1])) {
      f->speaker = *quoted;
    }
  }

  // Whom frame `f` credits the words to, read from its cue up to word `to`:
  // the one quoted "as saying", and for a frame after the quotation a
  // source "according to" names.
  void CreditSpeaker(Frame* f, uint32_t to) const {
    CreditQuotedSpeaker(f, to);
    if (f->trailing) CreditReportingSource(f, to);
  }

  // True when a line break stands between word `w` (> 0) and the word
  // before it.
  bool LineBreakBefore(uint32_t w) const {
    const Offset from = words()[w - 1].end, to = words()[w].start;
    return layout_.text().substr(from, to - from).find('\n') != std::string_view::npos;
  }

  // "... - Jane Doe": the frame is a dash and a source. It credits a
  // quotation that opens its sentence, not a fragment at the end of one.
  bool IsSourceLine(const Frame& f) const { return f.cue.end == f.cue.first + 1 && IsDash(f.cue.first); }

  // "...," organisers said: a bare noun phrase that fills the words from
  // `from` (past punctuation) to the verb at `verb`, whatever its head
  // (the speaker nouns need no such help): at most kMaxBareSubjectWords
  // lower-case words, the last one a noun by its tag, before a verb by its
  // tag (""..." tax claims" names no speaker). Nothing on a document
  // without tags.
  std::optional<SpeakerPhrase> BareNounSubject(uint32_t from, uint32_t verb) const {
    // The quotation hands over with a comma, a question or an exclamation
    // mark, inside its closing mark or after it (not ""poison pill"
    // measures added by ...").
    uint32_t lead = from;
    while (lead < verb && words()[lead].punct) ++lead;
    bool handed_over = false;
    for (uint32_t w = from >= 2 ? from - 2 : 0; w < lead; ++w) {
      const std::string& mark = words()[w].lower;
      handed_over |= mark == "," || mark == "?" || mark == "!";
    }
    if (!handed_over || lead >= verb || verb - lead > kMaxBareSubjectWords) return std::nullopt;
    if (!words()[verb].tagged || words()[verb].pos != PartOfSpeech::kVerb) return std::nullopt;
    for (uint32_t w = lead; w < verb; ++w) {
      const quotes::Word& word = words()[w];
      if (word.punct || word.upper || lexicon_.Contains("quote_function_words", word.lower)) return std::nullopt;
    }
    const quotes::Word& head = words()[verb - 1];
    if (!head.tagged || head.pos != PartOfSpeech::kNoun) return std::nullopt;
    return quotes::DescriptionPhrase(lead, verb);
  }

  // True when words [from, to) are a long name and nothing else ("Jane Doe
  // of the Center for Policy Studies"): capitalized words, punctuation and
  // function words.
  bool OnlyNameWords(uint32_t from, uint32_t to) const {
    for (uint32_t w = from; w < to; ++w) {
      const quotes::Word& word = words()[w];
      if (!word.upper && !word.punct && !lexicon_.Contains("quote_function_words", word.lower)) return false;
    }
    return true;
  }

  // The first word after a place or body that follows a name ("of
  // Washington", "from the Cato Institute"), or `end` when none follows.
  uint32_t PastAffiliation(uint32_t end, uint32_t to) const {
    if (end >= to) return end;
    const std::string& l = words()[end].lower;
    if (l != "of" && l != "from" && l != "at") return end;
    uint32_t w = end + 1;
    if (w < to && words()[w].lower == "the") ++w;
    const uint32_t name = w;
    while (w < to && !words()[w].punct &&
           (words()[w].upper || words()[w].lower == "of" || words()[w].lower == "&")) {
      ++w;
    }
    return w > name ? w : end;
  }

  bool IsDash(uint32_t w) const { return quotes::IsDashWord(words()[w]); }

  // The words [from, to) are a short phrase that a preposition or time word
  // opens (quote_frame_prepositions), without punctuation of its own, and a
  // comma or colon that ends it right before `to`: the quotation, or the
  // verb of a frame after it.
  bool HandsOverAfterPhrase(uint32_t from, uint32_t to) const {
    if (to < from + 2 || to - from > kHandoverPhraseWords + 1) return false;
    if (!lexicon_.Contains("quote_frame_prepositions", words()[from].lower)) return false;
    const std::string& last = words()[to - 1].lower;
    if (last != "," && last != ":") return false;
    for (uint32_t w = from; w + 1 < to; ++w) {
      if (words()[w].punct) return false;
    }
    return true;
  }

  // "Auerbach went so far as to say", "She was quick to add", "He wanted
  // to tell them": a verb of speech after "to" has the subject of the verb
  // or adjective that governs it, perhaps past a few linking words. Returns
  // the governor's word and that subject; nullopt when no subject is found
  // that way.
  std::optional<std::pair<uint32_t, SpeakerPhrase>> GovernorSubject(const Cue& cue, uint32_t from) const {
    static constexpr std::string_view kLinks[] = {"so", "far", "as", "on", "about", "going", "able",
                                                  "willing", "ready", "eager", "quick"};
    if (cue.first < from + 2 || words()[cue.first - 1].lower != "to") return std::nullopt;
    for (uint32_t g = cue.first - 1; g > from && cue.first - g <= kMaxGovernorWords;) {
      --g;
      const quotes::Word& word = words()[g];
      if (word.punct || word.upper) return std::nullopt;
      if (std::find(std::begin(kLinks), std::end(kLinks), word.lower) != std::end(kLinks)) continue;
      // A verb governs ("wanted", "was quick"), not a noun or an adjective
      // of its own ("pointed to a case to say", "too early to tell").
      if (!IsVerbOrAuxiliary(word)) return std::nullopt;
      if (auto subject = attributor_.SubjectBefore(g, from)) return std::make_pair(g, *subject);
      return std::nullopt;
    }
    return std::nullopt;
  }

  // A frame before the quotation, nearest cue first: X said: / X told Y
  // that / according to X, / X:
  std::optional<Frame> LeadingFrame(uint32_t from, uint32_t to) const {
    // A news roundup item: a headline, a spaced dash and the source with a
    // colon ("Polls did predict the caucus - HuffPollster: "...""). The
    // headline's words are no frame.
    if (to > from && words()[to - 1].lower == ":") {
      for (uint32_t w = to - 1; w-- > from;) {
        if (quotes::IsSpacedDash(layout_, w)) {
          from = w + 1;
          break;
        }
      }
    }
    // "He said ... and said that Trump was "..."": the verb after "and" or
    // "but" frames the quotation, with the subject of the verb before it.
    std::optional<Cue> coordinated;
    for (uint32_t w = to; w-- > from;) {
      std::optional<Cue> cue = FrameCueAt(w, to);
      if (!cue || cue->cue_class != quotes::CueClass::kSpeech) continue;
      if (cue->side == SpeakerSide::kAfter) {
        if (auto speaker = attributor_.PhraseStartingAt(cue->end, to)) {
          return MakeFrame(*cue, *speaker, 0.85f);
        }
        continue;
      }
      if (cue->noun) {
        if (auto speaker = attributor_.SpeakerOfNoun(cue->first, from)) {
          return MakeFrame(*cue, *speaker, 0.8f);
        }
        continue;
      }
      if (auto subject = attributor_.SubjectBefore(cue->first, from)) {
        return MakeFrame(coordinated ? *coordinated : *cue, *subject, 0.85f);
      }
      if (auto governed = GovernorSubject(*cue, from); governed && !coordinated) {
        Cue chain = *cue;
        chain.first = governed->first;
        return MakeFrame(chain, governed->second, 0.8f);
      }
      if (std::optional<uint32_t> conjunction =
              coordinated ? std::nullopt : quotes::ConjunctionBefore(layout_, lexicon_, cue->first, from)) {
        coordinated = cue;
        // "Clinton shook her head and said, "..."": a verb after "and" or
        // "but" that hands the words over shares the subject of the
        // clause it goes on, before any verb of speech further back ("when
        // I asked him ..., he looked ... and said").
        if (HandsOver(*cue, to)) {
          if (auto subject = FirstConjunctSubject(from, *conjunction)) return MakeFrame(*cue, *subject, 0.8f);
        }
        continue;
      }
      // "Jane Doe, who tweeted: "..."": a relative pronoun speaks words
      // that its verb hands over.
      // Also past a phrase of place or occasion set off by the comma that
      // hands the words over ("who declared in the spin room, "..."").
      if (auto relative = attributor_.RelativeSubject(cue->first, from);
          relative && cue->end < to &&
          (quotes::OnlyPunct(layout_, cue->end, to) || HandsOverAfterPhrase(cue->end, to))) {
        return MakeFrame(*cue, *relative, 0.8f);
      }
      // "said Smith: "..."", and the frame that splits a quotation, where an
      // appositive may follow the name ("A," said Jane Doe, an economist at
      // the bank, "B."). After "that" the name opens the reported clause
      // ("the claim that Obama "founded ISIS""): it is no inverted speaker.
      if (cue->side == SpeakerSide::kEither && !cue->takes_object && words()[cue->end].lower != "that") {
        if (auto speaker = attributor_.PhraseStartingAt(cue->end, to);
            speaker && (quotes::OnlyPunct(layout_, speaker->end, to) ||
                        (quotes::OnlyPunct(layout_, from, cue->first) && words()[speaker->end].lower == "," &&
                         words()[to - 1].lower == ","))) {
          return MakeFrame(*cue, *speaker, 0.85f);
        }
      }
    }
    // "Trump boomed: "..."": any verb between a subject and a colon; after
    // "and" or "but" the subject of the clause it goes on ("Trump leaned in
    // and boomed:").
    if (to >= from + 2 && words()[to - 1].lower == ":" && !words()[to - 2].punct &&
        !words()[to - 2].upper) {
      std::optional<SpeakerPhrase> subject = attributor_.SubjectBefore(to - 2, from);
      if (!subject && IsVerbOrAuxiliary(words()[to - 2])) {
        if (std::optional<uint32_t> conjunction = quotes::ConjunctionBefore(layout_, lexicon_, to - 2, from)) {
          subject = FirstConjunctSubject(from, *conjunction);
        }
      }
      if (subject) {
        // "She returned to her familiar lines:": the last word was an
        // object, not the verb; the clause's subject speaks.
        if (subject->type == SpeakerPhrase::kDescription) {
          if (auto clause_subject = attributor_.ClauseSubject(from, subject->first, /*any_phrase=*/false);
              clause_subject && clause_subject->end < subject->first && !words()[clause_subject->end].upper) {
            subject = clause_subject;
          }
        }
        Cue cue;
        cue.first = to - 2;
        cue.end = to;
        return MakeFrame(cue, *subject, 0.7f);
      }
    }
    // "Smith: "..."": a bare name and a colon.
    if (to >= from + 2 && words()[to - 1].lower == ":") {
      // Capitalized words or "and" may come before the name ("From Philip
      // Bump:", "Mark Blumenthal and Jon Cohen:").
      auto speaker = attributor_.PhraseEndingAt(to - 2, from);
      bool bare = speaker.has_value();
      for (uint32_t w = from; bare && w < speaker->first; ++w) {
        bare = words()[w].upper || words()[w].lower == "and" || words()[w].lower == ",";
      }
      // "Former secretary of state Hillary Clinton:": a person's name after
      // a few words of title, no verb among them.
      if (!bare && speaker && speaker->type == SpeakerPhrase::kName && speaker->person) {
        bare = TitlesName(from, *speaker);
      }
      if (bare && speaker->type != SpeakerPhrase::kPronoun && !IsColonLabel(layout_, lexicon_, from, to - 1)) {
        Cue cue;
        cue.first = to - 1;
        cue.end = to;
        return MakeFrame(cue, *speaker, 0.75f);
      }
    }
    return std::nullopt;
  }

  // The frame of quotation i in the sentence just before it, in its
  // paragraph, when that sentence holds no quotation and ends with the
  // frame: its cue is at most kFrameTailWords from the end.
  std::optional<Frame> FrameSentenceBefore(size_t i, uint32_t before_from, uint32_t before_to) const {
    const Candidate& c = cands_[i];
    if (before_from != before_to || c.open_word == 0) return std::nullopt;
    const quotes::Clause& prev = SentenceOfWord(c.open_word - 1);
    // The sentence may end the paragraph before one the quotation fills
    // ("X said ...\n\n"..."": no frame of its own further on).
    const bool opens_paragraph = prev.block + 1 == c.block && WholeParagraph(c);
    if (prev.end_word != c.open_word || (prev.block != c.block && !opens_paragraph) ||
        prev.end_word < prev.first_word + 3) {
      return std::nullopt;
    }
    if (i > 0 && cands_[i - 1].after > prev.first_word) return std::nullopt;
    const uint32_t last = prev.end_word - 1;
    if (words()[last].lower != "." && words()[last].lower != ":") return std::nullopt;
    std::optional<Frame> f = LeadingFrame(prev.first_word, last);
    if (!f || f->cue.noun || f->speaker.first > f->cue.first) return std::nullopt;
    if (f->cue.end + kFrameTailWords >= last) return f;
    // "Ms Tymoshenko said prosecutors had drawn up a list. "We will
    // return ..."": a sentence whose subject opens it with a verb of speech
    // reports that speaker's words, and the quotation goes on with them (the
    // verb keeps its own content: the quotation takes the speaker only).
    // After an opening phrase with no verb only when a person is named
    // ("On Wednesday, Jacques Barrot said ..."; "In 2004, the minister
    // said" may report another time's words); after a clause joined by
    // "but" ("The prices were steep but Evans said ...") too.
    const bool named_person = f->speaker.type == SpeakerPhrase::kName && f->speaker.person;
    if (f->cue.cue_class != quotes::CueClass::kSpeech ||
        !(quotes::OnlyPunct(layout_, prev.first_word, f->speaker.first) ||
          (named_person && OpensWithPhrase(prev, f->speaker.first)) ||
          (f->speaker.first > prev.first_word && words()[f->speaker.first - 1].lower == "but"))) {
      return std::nullopt;
    }
    f->confidence *= 0.8f;
    f->speaker_only = true;
    return f;
  }

  // True when words of sentence `s` before word `w` are an opening phrase:
  // a comma right before `w`, no verb before it.
  bool OpensWithPhrase(const quotes::Clause& s, uint32_t w) const {
    if (w <= s.first_word + 1 || words()[w - 1].lower != ",") return false;
    for (uint32_t k = s.first_word; k + 1 < w; ++k) {
      if (IsVerbOrAuxiliary(words()[k])) return false;
    }
    return true;
  }

  // True when verb cue `cue` hands over the quotation that opens at word
  // `to`: only punctuation between them, or an addressee ("told
  // reporters: "..."").
  bool HandsOver(const Cue& cue, uint32_t to) const {
    if (quotes::OnlyPunct(layout_, cue.end, to)) return true;
    std::optional<SpeakerPhrase> addressee =
        cue.takes_object ? attributor_.PhraseStartingAt(cue.end, to) : std::nullopt;
    return addressee && quotes::OnlyPunct(layout_, addressee->end, to);
  }

  // The subject of the verb of the clause in words [from, conjunction)
  // ("Oxfam adviser Max Lawson welcomed the statement"): read from the
  // conjunction back, the first content word with a subject right before
  // it that opens the clause. Not a possessive or a description a
  // possessive determiner opens ("shook her head", "outlined his plan":
  // objects), nor one inside the clause ("gave a rare interview").
  std::optional<SpeakerPhrase> FirstConjunctSubject(uint32_t from, uint32_t conjunction) const {
    uint32_t opening = from;
    while (opening < conjunction && words()[opening].punct) ++opening;
    const uint32_t lower = conjunction > from + kClauseSubjectWords ? conjunction - kClauseSubjectWords : from;
    for (uint32_t p = conjunction; p-- > lower;) {
      const quotes::Word& w = words()[p];
      if (w.lower == ";") break;
      // "he looked into the camera, furrowed his brow and said", "gestured
      // ..., then leaned in and boomed": a comma in a series of verb
      // phrases, which share the subject before the first.
      if (w.lower == ",") {
        if (!OpensVerbPhrase(p + 1, conjunction)) break;
        continue;
      }
      // A form of "be" is a clause's verb too ("Mr Blair was in Leeds and
      // told BBC News:").
      if (!(MayBeClauseVerb(w) || quotes::IsFormOfBe(w)) || quotes::IsAdverbParticle(w)) continue;
      auto subject = attributor_.SubjectBefore(p, from);
      if (!subject || attributor_.IsPossessive(subject->end - 1)) continue;
      const bool opens_clause = subject->first == opening || words()[subject->first - 1].lower == ",";
      // "Oxfam senior policy adviser Max Lawson": a role noun before a
      // person's name; other words there make the name an object
      // ("supported Barack Obama over Clinton").
      const bool after_role = subject->first > opening && subject->person &&
                              lexicon_.ContainsFolded("quote_speaker_nouns", words()[subject->first - 1].lower);
      if (subject->type == SpeakerPhrase::kDescription
              ? opens_clause && !quotes::IsPossessiveDeterminer(words()[subject->first])
              : opens_clause || after_role) {
        return subject;
      }
    }
    return std::nullopt;
  }

  // The cue at word `w` (quotes::CueAt) that may frame a marked quotation:
  // not a verb the tagger reads as a noun ("the extra demand", "Labour's six
  // new pledges": no subject before it speaks; quotes::ReadAsNoun). The
  // finder of reported speech, whose weak cues are measured with its own
  // rules, reads the words without this check.
  std::optional<Cue> FrameCueAt(uint32_t w, uint32_t limit) const {
    std::optional<Cue> cue = quotes::CueAt(layout_, lexicon_, w, limit);
    if (cue && !cue->noun && quotes::ReadAsNoun(layout_, w)) return std::nullopt;
    return cue;
  }

  // True when words [from, name.first) can be a title or description
  // before the person's name `name`: a few words, no punctuation and no
  // verb among them ("Former secretary of state", "Mr Kashyap's lawyer").
  bool TitlesName(uint32_t from, const SpeakerPhrase& name) const {
    if (name.first < from || name.first - from > kMaxTitleWords) return false;
    for (uint32_t w = from; w < name.first; ++w) {
      if (words()[w].punct || IsVerbOrAuxiliary(words()[w])) return false;
    }
    return true;
  }

  // True when the words from `w` (before `end`) open a verb phrase: a verb
  // the tagger marks as one, not a participle ("..., saying"), perhaps
  // after an adverb ("then leaned"). False on a document without tags.
  bool OpensVerbPhrase(uint32_t w, uint32_t end) const {
    while (w < end && quotes::IsCueModifier(lexicon_, words()[w]) && !quotes::IsAuxiliary(words()[w])) ++w;
    if (w >= end) return false;
    const quotes::Word& verb = words()[w];
    return verb.tagged && verb.pos == PartOfSpeech::kVerb && !verb.upper && !IsIngForm(verb);
  }

  // True when `w` may be the verb of a clause whose subject stands right
  // before it: a lower-case word, no punctuation, function word, determiner
  // or modifier. The scans back for a clause's subject try these words.
  bool MayBeClauseVerb(const quotes::Word& w) const {
    return !w.punct && !w.upper && !lexicon_.Contains("quote_function_words", w.lower) &&
           !lexicon_.Contains("quote_determiners", w.lower) && !quotes::IsCueModifier(lexicon_, w);
  }

  // No cue word: a person who is the subject of the clause that holds the
  // quoted fragment ("He envisioned the world's "..."").
  std::optional<Frame> ClauseSubjectFrame(uint32_t from, uint32_t to) const {
    uint32_t lower = to > from + kClauseSubjectWords ? to - kClauseSubjectWords : from;
    for (uint32_t p = to; p-- > lower;) {
      const quotes::Word& w = words()[p];
      if (w.lower == ";" || w.lower == "(" || w.lower == ")") break;
      // ", giving ...": a participle clause is not its subject's words.
      if (p > from && words()[p - 1].lower == "," && IsIngForm(w)) {
        break;
      }
      if (!MayBeClauseVerb(w)) continue;
      // Read as reported speech (paraphrases asked), a fragment is
      // someone's words only after a verb that reports them; after other
      // verbs ("he reserved his passion for the cause of "..."") it is the
      // writer's scare quote (PolNeAR train direct content 0.899 -> 0.906).
      if ((options_.paraphrases || options_.reported_speech) && !quotes::IsReportingVerb(lexicon_, w.lower)) {
        continue;
      }
      auto subject = attributor_.SubjectBefore(p, from);
      if (!subject || subject->type == SpeakerPhrase::kDescription) continue;
      if (!subject->person || attributor_.IsPossessive(subject->end - 1)) continue;
      Cue cue;
      cue.first = p;
      cue.end = p + 1;
      Frame f = MakeFrame(cue, *subject, 0.55f);
      f.clause_subject = true;
      return f;
    }
    return std::nullopt;
  }

  void Attribute(size_t i) {
    Candidate& c = cands_[i];
    if (c.frame || InTitle(c)) return;  // a transcript turn has its label
    auto [after_from, after_to] = AfterRegion(i);
    auto [before_from, before_to] = BeforeRegion(i);
    std::optional<Frame> trailing = TrailingFrame(after_from, after_to);
    if (trailing && IsSourceLine(*trailing) && !OpensSentence(c)) trailing.reset();
    if (auto f = trailing) {
      // A frame further on in the sentence ("...," and he vowed) yields to a
      // cue before the quotation ("X told them that "..."").
      const uint32_t frame_first = std::min(f->cue.first, f->speaker.first);
      std::optional<Frame> leading;
      if (!quotes::OnlyPunct(layout_, after_from, frame_first)) leading = LeadingFrame(before_from, before_to);
      if (leading) {
        c.frame = leading;
        return;
      }
      c.frame = f;
      c.frame->trailing = true;
      CreditSpeaker(&*c.frame, after_to);
      return;
    }
    // "...missing." Trump said. -- a frame printed as a sentence of its own
    // right after the quotation.
    // A line break between them makes the next line no frame.
    if (after_from == after_to && c.after < words().size() && c.after > 0 &&
        layout_.BlockOf(words()[c.after].start) == c.block && !LineBreakBefore(c.after)) {
      const quotes::Clause& next = SentenceOfWord(c.after);
      const uint32_t to = next.end_word;
      // No other quotation in that sentence: a frame before one leads into
      // it. Only a source line after a dash ends before the next quotation
      // ("..." - Jane Doe "..."): the segmenter may not have split there.
      const uint32_t next_open = i + 1 < cands_.size() ? std::min(cands_[i + 1].open_word, to) : to;
      if (next.first_word == c.after && (next_open >= to || IsDash(c.after))) {
        std::optional<Frame> f = TrailingFrame(next.first_word, next_open);
        std::optional<Cue> cue = f ? FrameCueAt(f->cue.first, to) : std::nullopt;
        // The whole sentence is the frame (a short one, or one that ends
        // with the verb of a past or present frame: "Mr Kashyap's lawyer
        // said.", not "That pattern will continue." or "..., what people
        // were saying.", sentences of a quotation whose marks a writer left
        // open), or the frame opens it and a comma hands over to the rest
        // ("Trump tweeted, quoting ...": the segmenter may end a sentence at
        // "!" or "?" inside the marks).
        const uint32_t frame_end = f ? std::max(f->cue.end, f->speaker.end) : to;
        // The frame fills the sentence from its start, perhaps after a title
        // or description before the speaker's name ("Mr Kashyap's lawyer
        // Mihir Desai said."; "But he operates on a different principle, he
        // said." is content of its own); one that ends with a colon hands
        // over to the next quotation ("She went on to say:").
        const bool ends_with_frame = f &&
                                     (std::min(f->cue.first, f->speaker.first) <= c.after + 1 ||
                                      (f->speaker.first < f->cue.first && f->speaker.type == SpeakerPhrase::kName &&
                                       TitlesName(c.after, f->speaker))) &&
                                     quotes::OnlyPunct(layout_, frame_end, to) && words()[to - 1].lower != ":" &&
                                     !IsIngForm(words()[f->cue.first]) &&
                                     !(f->cue.first > 0 && quotes::IsAuxiliary(words()[f->cue.first - 1]));
        const bool frame_only = to <= c.after + kFrameSentenceWords || ends_with_frame;
        const bool frame_first = frame_end >= to || words()[frame_end].lower == "," ||
                                 lexicon_.Contains("quote_frame_prepositions", words()[frame_end].lower);
        // "..." - Jane Doe: a source line after a dash, which the segmenter
        // may have split from the quotation.
        const bool dash_line = f && f->cue.first == c.after && IsSourceLine(*f) && OpensSentence(c);
        if ((cue && cue->cue_class == quotes::CueClass::kSpeech && (frame_only || frame_first)) || dash_line) {
          c.frame = f;
          c.frame->trailing = true;
          CreditSpeaker(&*c.frame, next_open);
          return;
        }
      }
    }
    // A quotation that ends its paragraph, and a paragraph after it that
    // opens with a dash and names its source ("- Jane Doe, Ohio.").
    if (after_from == after_to && c.after < words().size() && IsDash(c.after) &&
        layout_.BlockOf(words()[c.after].start) == c.block + 1 &&
        layout_.WordAt(layout_.blocks()[c.block + 1].start) == c.after) {
      const quotes::Clause& next = SentenceOfWord(c.after);
      if (auto f = TrailingFrame(next.first_word, next.end_word); f && f->cue.first == c.after) {
        c.frame = f;
        c.frame->trailing = true;
        return;
      }
    }
    if (auto f = LeadingFrame(before_from, before_to)) {
      c.frame = f;
      CreditSpeaker(&*c.frame, before_to);
      return;
    }
    if (c.after < words().size() && layout_.BlockOf(words()[c.after].start) == c.block) {
      if (auto f = BracketedSource(c.after)) {
        c.frame = f;
        c.frame->trailing = true;
        return;
      }
    }
    // A quotation that opens its paragraph after "X said:" at the end of
    // the paragraph before.
    if (before_from == before_to && c.block > 0 && c.open_word > 0 &&
        words()[c.open_word - 1].lower == ":" &&
        layout_.BlockOf(words()[c.open_word - 1].start) == c.block - 1) {
      const quotes::Clause& s = SentenceOfWord(c.open_word - 1);
      if (auto f = LeadingFrame(s.first_word, c.open_word)) {
        c.frame = f;
        return;
      }
    }
    // Several quotations in one sentence share its frame: "...'s "A"; ...
    // an "B" to "C," he said.
    const quotes::Clause& sentence = SentenceOfWord(c.after > 0 ? c.after - 1 : 0);
    for (size_t j = i + 1; j < cands_.size() && j <= i + kMaxSharedFrameQuotes &&
                           cands_[j].open_word < sentence.end_word;
         ++j) {
      auto [from, to] = AfterRegion(j);
      if (auto f = TrailingFrame(from, to)) {
        f->confidence *= 0.8f;
        c.frame = f;
        return;
      }
    }
    // A quotation that opens its sentence after a sentence that ends with
    // its frame ("Jane Doe agreed. "..."", "X said in a statement. "...""):
    // a frame of its own sentence, above, goes first.
    if (auto f = FrameSentenceBefore(i, before_from, before_to)) {
      c.frame = f;
      return;
    }
    if (auto f = ClauseSubjectFrame(before_from, before_to)) c.frame = f;
  }

  // The quotation reads as its speaker's full words: it opens the sentence
  // or follows a frame that ends with a colon or a comma.
  bool OpensSentence(const Candidate& c) const {
    const quotes::Clause& s = SentenceOfWord(c.open_word);
    if (c.open_word <= s.first_word) return true;
    const std::string& prev = words()[c.open_word - 1].lower;
    if (prev == ":" || prev == ",") return true;
    // A quotation that opens a line opens a sentence, whatever the
    // segmenter made of the line before ("..." - Jane Doe\n"...").
    if (LineBreakBefore(c.open_word)) return true;
    // Right after its cue: he yelled "You lie!"; or after the addressee
    // the cue hands over past: he told reporters "We will win."
    if (!c.frame || c.frame->trailing || c.frame->cue.end <= c.frame->cue.first || c.frame->cue.noun) return false;
    const Cue& cue = c.frame->cue;
    return cue.end == c.open_word || (cue.object_is_addressee && HandsOver(cue, c.open_word));
  }

  // "They chanted "USA! USA!"", "a sign reading "Thank you, Iowa."": the
  // quotation follows its cue verb at once and closes the clause, so it is
  // the speaker's whole utterance however short, and no title.
  bool HandedOverByCue(const Candidate& c) const {
    if (!c.frame || c.frame->trailing || c.inherited || c.frame->cue.noun || c.frame->clause_subject) return false;
    const Cue& cue = c.frame->cue;
    if (cue.end <= cue.first || words()[cue.first].punct || cue.end > c.open_word || c.open_word > cue.end + 1 ||
        !quotes::OnlyPunct(layout_, cue.end, c.open_word)) {
      return false;
    }
    const quotes::Clause& s = SentenceOfWord(c.open_word);
    return c.after >= s.end_word || words()[c.after].punct;
  }

  // True when quotation i goes on quotation `prev`, emitted just before:
  // split by its frame ("A," he said, "B.") or, when continuations are
  // joined, going on after the frame's sentence in the same paragraph.
  bool Continues(size_t i, size_t prev) const {
    const Candidate& c = cands_[i];
    const Candidate& p = cands_[prev];
    if (InTitle(c) || InTitle(p)) return false;
    if (!c.frame && !p.frame) {
      // Paragraphs of quoted words one after the other, with no frame
      // anywhere: one unattributed quotation (when continuations are joined).
      bool adjacent = c.block == p.block ? p.after == c.open_word
                                         : c.block == p.block + 1 &&
                                               c.open_word == layout_.WordAt(layout_.blocks()[c.block].start) &&
                                               p.after >= layout_.WordAt(layout_.blocks()[p.block].end);
      return options_.join_continuations && adjacent && doc_.quotes[emitted_[prev]].kind == QuoteKind::kDirect &&
             quotes::IsSentenceLike(layout_, c.first, c.end, kSentenceWords);
    }
    if (!c.frame || !p.frame) return false;
    if (c.inherited) return options_.join_continuations && !HandedOverBySecondCue(p, c);
    if (c.block != p.block) return false;
    // Split by its frame: nothing but the frame between the parts, and the
    // frame hands over with a comma or a colon ("A," he said, "B.").
    bool same_cue = c.frame->cue.first == p.frame->cue.first && c.frame->cue.end > c.frame->cue.first;
    const std::string& handover = words()[c.open_word - 1].lower;
    return same_cue && p.frame->cue.first >= p.after && p.frame->cue.first < c.open_word &&
           c.open_word <= p.after + kSplitFrameWords && (handover == "," || handover == ":") &&
           layout_.SentenceOf(c.open_word) == layout_.SentenceOf(p.after);
  }

  // The verb of speech that hands over quotation `c`, which has no frame,
  // with a comma or a colon in its sentence ("complained, "...", "said
  // Wednesday: "...": time words may follow the verb); nullopt when none
  // does.
  std::optional<Cue> UnattributedHandOver(const Candidate& c) const {
    const quotes::Clause& s = SentenceOfWord(c.open_word);
    if (c.open_word < s.first_word + 2 || !IsCommaOrColon(c.open_word - 1)) return std::nullopt;
    uint32_t end = c.open_word - 1;  // one past the verb and its time words
    while (end > s.first_word && lexicon_.Contains("quote_time_words", words()[end - 1].lower)) --end;
    // A verb of one word or a phrase of a few ("pointed out").
    return SpeechVerbEndingAt(std::max(s.first_word, end > kMaxHandOverCueWords ? end - kMaxHandOverCueWords : 0),
                              end, UINT32_MAX);
  }

  // "A," Graham said on MSNBC's "Morning Joe," adding, "B.": a second
  // reporting verb in the frame hands the next quotation over, so that is
  // the verb's own content, not the first quotation going on (PolNeAR reads
  // them as two).
  bool HandedOverBySecondCue(const Candidate& p, const Candidate& c) const {
    return c.open_word > p.after && IsCommaOrColon(c.open_word - 1) &&
           SpeechVerbEndingAt(p.after, c.open_word - 1, p.frame->cue.first).has_value();
  }

  bool IsCommaOrColon(uint32_t w) const { return words()[w].lower == "," || words()[w].lower == ":"; }

  // The first verb of speech (not a noun) that starts at a word of [from,
  // end) other than `skip` and ends right before word `end`.
  std::optional<Cue> SpeechVerbEndingAt(uint32_t from, uint32_t end, uint32_t skip) const {
    for (uint32_t w = from; w < end; ++w) {
      if (w == skip) continue;
      std::optional<Cue> cue = FrameCueAt(w, end);
      if (cue && !cue->noun && cue->cue_class == quotes::CueClass::kSpeech && cue->end == end) return cue;
    }
    return std::nullopt;
  }

  // "X adds that Muslims have two choices: "..."": the quotation ends the
  // writer's own "that" clause, so it is a fragment of a paraphrase.
  bool InThatClause(const Candidate& c) const {
    if (!c.frame || c.frame->trailing || c.inherited || c.frame->cue.end > c.open_word) return false;
    // "X said that given the candidates on both sides:" closing the
    // paragraph before: the "that" is that sentence's own, and the quotation
    // after it is whole.
    if (layout_.SentenceOf(c.frame->cue.first) != layout_.SentenceOf(c.open_word)) return false;
    for (uint32_t w = c.frame->cue.end; w < c.open_word; ++w) {
      if (words()[w].lower == "that") return true;
    }
    return false;
  }

  uint32_t WordCount(const Candidate& c) const {
    uint32_t n = 0;
    for (uint32_t w = c.first; w < c.end; ++w) n += !words()[w].punct;
    return n;
  }

  // A body paragraph that is one quotation and nothing else (a pull quote)
  // holds someone's words even without a final period.
  bool WholeParagraph(const Candidate& c) const {
    const quotes::Block& b = layout_.blocks()[c.block];
    return b.kind == BlockKind::kBody && c.open_word == layout_.WordAt(b.start) &&
           c.after >= layout_.WordAt(b.end);
  }

  bool InTitle(const Candidate& c) const {
    return quotes::IsTitleBlock(layout_, c.block) &&
           !(WholeParagraph(c) && quotes::IsSentenceLike(layout_, c.first, c.end, kSentenceWords));
  }

  // True when candidate j, already emitted, is a quoted title inside the
  // frame that follows the quotation before it ("...," Trump told NBC's
  // "Today." "..."): it does not stand between that quotation and its
  // continuation.
  bool TitleInFrame(size_t j) const {
    if (j == 0 || doc_.quotes[emitted_[j]].kind != QuoteKind::kTerm) return false;
    const Candidate& framed = cands_[j - 1];
    return framed.frame && framed.frame->trailing && framed.after > 0 &&
           layout_.SentenceOf(cands_[j].open_word) == layout_.SentenceOf(framed.after - 1);
  }

  void Emit(size_t i) {
    Candidate& c = cands_[i];
    const bool title = InTitle(c);
    const bool sentence_like = quotes::IsSentenceLike(layout_, c.first, c.end, kSentenceWords);
    size_t prev_i = i > 0 ? i - 1 : 0;
    if (prev_i > 0 && TitleInFrame(prev_i)) --prev_i;
    // A continuation may be one word that ends a sentence ("Why?").
    const bool continuation_like =
        sentence_like || (quotes::IsSentenceLike(layout_, c.first, c.end, 1) &&
                          quotes::EndsSentence(layout_, c.first, c.end));
    if (!title && !c.frame && continuation_like && OpensSentence(c) && i > 0) {
      // A continuation: the previous quotation's speaker goes on, in the
      // same paragraph or from the paragraph before.
      const Candidate& prev = cands_[prev_i];
      // Nothing but the previous quotation's own sentence (its frame) may
      // stand between the two.
      bool near = prev.block + 1 >= c.block && prev.after > 0;
      if (near) {
        uint32_t frame_sentence = layout_.SentenceOf(prev.after - 1);
        for (uint32_t w = prev.after; w < c.open_word && near; ++w) {
          near = layout_.SentenceOf(w) == frame_sentence;
        }
        if (prev.block != c.block) near = near && OpensSentence(c);
      }
      if (near && prev.frame && !prev.frame->clause_subject) {
        c.frame = prev.frame;
        c.frame->confidence *= 0.85f;
        c.inherited = true;
      }
    }
    if (i > 0 && !doc_.quotes.empty() && Continues(i, prev_i)) {
      Quote& q = doc_.quotes[emitted_[prev_i]];
      q.end = c.span.end;
      q.kind = QuoteKind::kDirect;
      emitted_.push_back(emitted_[prev_i]);
      return;
    }
    Quote q;
    q.start = c.span.start;
    q.end = c.span.end;
    // A name in title case is a term unless a frame right after it makes it
    // someone's words ("Go Home," she said).
    // Nor is it a name when a frame hands it over with a colon ("She says
    // to Nevadans: "This one is for you."").
    // A quotation that opens the text has no word before it, whatever frame
    // unbalanced marks gave it ('«(»«x« he d:' read word -1).
    const bool after_colon =
        c.frame && !c.frame->trailing && c.open_word > 0 && words()[c.open_word - 1].lower == ":";
    const bool named_work = quotes::IsTitleCase(layout_, c.first, c.end) &&
                            !(c.frame && c.frame->trailing && OpensSentence(c)) && !HandedOverByCue(c) &&
                            !after_colon;
    if (title || named_work) {
      q.kind = QuoteKind::kTerm;
      q.confidence = title ? 0.9f : 0.7f;
      c.frame.reset();
    } else if (c.frame) {
      // "Very dangerous," X said: words that open the sentence before a
      // frame are the speaker's whole utterance however short.
      bool whole = sentence_like || HandedOverByCue(c) || (c.inherited && continuation_like) ||
                   (c.frame->trailing && !c.inherited && c.open_word == SentenceOfWord(c.open_word).first_word);
      q.kind = whole && OpensSentence(c) && !c.frame->clause_subject && !InThatClause(c)
                   ? QuoteKind::kDirect
                   : QuoteKind::kPartial;
      const Frame& f = *c.frame;
      q.confidence = f.confidence;
      const auto& w = words();
      q.speaker_start = w[f.speaker.first].start;
      q.speaker_end = w[f.speaker.end - 1].end;
      q.speaker = f.speaker.entity;
      if (f.speaker.type == SpeakerPhrase::kPronoun) q.speaker = attributor_.ResolvePronoun(f.speaker);
      if (!c.inherited && !f.speaker_only && f.cue.end > f.cue.first) {
        q.cue_start = w[f.cue.first].start;
        q.cue_end = w[f.cue.end - 1].end;
      }
    } else if (quotes::IsSentenceLike(layout_, c.first, c.end, kSentenceWords) &&
               WordCount(c) >= kUnframedSentenceWords &&
               (OpensSentence(c) || quotes::EndsSentence(layout_, c.first, c.end))) {
      q.kind = QuoteKind::kDirect;
      q.confidence = 0.4f;
    } else if (const std::optional<Cue> cue = UnattributedHandOver(c);
               cue && quotes::IsSentenceLike(layout_, c.first, c.end, kSentenceWords)) {
      // "Residents who were voting complained, "We cannot vote."": a verb
      // of speech hands the words over, whoever the speaker is.
      q.kind = QuoteKind::kDirect;
      q.confidence = 0.5f;
      q.cue_start = words()[cue->first].start;
      q.cue_end = words()[cue->end - 1].end;
    } else {
      q.kind = QuoteKind::kTerm;
      q.confidence = 0.6f;
    }
    emitted_.push_back(doc_.quotes.size());
    doc_.quotes.push_back(std::move(q));
  }

  // The footnote numbers of the citations whose anchors lie inside each
  // quotation. Both lists are in text order: one merge-like pass.
  void AddCitations() {
    std::vector<const Citation*> cites;
    for (const Citation& c : doc_.citations) {
      if (c.n) cites.push_back(&c);
    }
    std::stable_sort(cites.begin(), cites.end(),
                     [](const Citation* a, const Citation* b) { return a->start < b->start; });
    size_t k = 0;
    for (Quote& q : doc_.quotes) {
      while (k < cites.size() && cites[k]->start < q.start) ++k;
      for (size_t j = k; j < cites.size() && cites[j]->start < q.end; ++j) {
        if (cites[j]->end > q.end) continue;
        int n = *cites[j]->n;
        if (std::find(q.citations.begin(), q.citations.end(), n) == q.citations.end()) {
          q.citations.push_back(n);
        }
      }
    }
  }

  const Lexicon& lexicon_;
  const QuoteOptions& options_;
  Document& doc_;
  Layout layout_;
  Attributor attributor_;
  std::vector<Candidate> cands_;
  // Per candidate k: the first candidate at or after k that is no short name
  // in a frame (IsNamedInFrame), cands_.size() if none; one more entry for
  // cands_.size() itself.
  std::vector<size_t> named_run_end_;
  std::vector<size_t> emitted_;  // per candidate emitted so far: its doc_.quotes index
};

}  // namespace

absl::Status FindQuotes(const Lexicon& lexicon, Document* doc) {
  return FindQuotes(lexicon, QuoteOptions(), doc);
}

void PrepareQuoteLexicon(Lexicon* lexicon) { quotes::AddCueVocabulary(lexicon); }

absl::Status FindQuotes(const Lexicon& lexicon, const QuoteOptions& options, Document* doc) {
  if (doc == nullptr) return absl::InvalidArgumentError("FindQuotes: null document");
  doc->quotes.clear();
  if (doc->text.empty()) return absl::OkStatus();
  QuoteFinder(lexicon, options, doc).Run();
  return absl::OkStatus();
}

}  // namespace saywho
