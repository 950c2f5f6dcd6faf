#include "quotes/indirect.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

#include "quotes/cues.h"
#include "quotes/kinds.h"

namespace saywho::quotes {
namespace {

// How far after a verb cue its object may run before "that" opens the
// content ("told The Wall Street Journal that ...").
constexpr uint32_t kObjectWords = 10;
// A trailing frame ("..., the minister said on Tuesday.") holds at most
// this many words after its cue.
constexpr uint32_t kFrameTailWords = 6;
constexpr uint32_t kMinContentWords = 2;
// A speaker's name before a colon that opens a paragraph has at most this
// many words ("Bernie Sanders: ...").
constexpr uint32_t kColonSpeakerWords = 4;
// Content set apart from its frame by a comma ("..., X said", "..., X
// says, ...") holds at least this many words; fewer make an opening phrase
// ("Hours later, X said ...") or an aside, not someone's words.
constexpr uint32_t kMinSplitContentWords = 3;

struct Region {
  uint32_t first = 0, end = 0;  // words
};

class IndirectFinder {
 public:
  IndirectFinder(const Layout& layout, const Lexicon& lexicon, const Attributor& attributor,
                 Document* doc)
      : layout_(layout), lexicon_(lexicon), attributor_(attributor), doc_(*doc) {
    // Words inside marked quotations: no cue there is the writer's.
    const auto& words = layout_.words();
    inside_.assign(words.size(), -1);
    for (size_t q = 0; q < doc_.quotes.size(); ++q) {
      const Quote& quote = doc_.quotes[q];
      marked_.push_back(quote);
      if (quote.cue_end > quote.cue_start) framing_cues_.push_back(quote.cue_start);
      for (uint32_t w = layout_.WordAt(quote.start); w < words.size() && words[w].end <= quote.end; ++w) {
        inside_[w] = int32_t(q);
      }
    }
  }

  void Run(bool from_cues) {
    std::sort(framing_cues_.begin(), framing_cues_.end());
    const auto& sentences = layout_.sentences();
    for (const Clause& s : sentences) {
      if (!from_cues || IsTitleBlock(layout_, s.block)) continue;
      if (s.first_word == layout_.WordAt(layout_.blocks()[s.block].start) && TryColonLine(s)) continue;
      for (uint32_t w = s.first_word; w < s.end_word; ++w) {
        // Cues inside marked quotations are the speaker's words, and the
        // cue of a marked quotation's frame is taken.
        if (inside_[w] >= 0 ||
            std::binary_search(framing_cues_.begin(), framing_cues_.end(), words()[w].start)) {
          continue;
        }
        std::optional<Cue> cue = CueAt(layout_, lexicon_, w, s.end_word);
        if (!cue || cue->noun) continue;
        if (TryCue(s, *cue)) w = cue->end - 1;
      }
    }
    for (const Quote& q : marked_) AddParaphraseAround(q);
  }

 private:
  const std::vector<Word>& words() const { return layout_.words(); }

  // True when the words from `w` on start a new clause after the content:
  // ", but", ", which", ", according to", a participle after a comma
  // (", saying", ", putting"), or another reporting verb after "and"
  // ("... and said that").
  bool OpensNextClause(uint32_t w, uint32_t sentence_end) const {
    if (w + 1 >= sentence_end || inside_[w] >= 0 || inside_[w + 1] >= 0) return false;
    const std::string& here = words()[w].lower;
    const std::string& next = words()[w + 1].lower;
    if (here == ",") {
      if (next == "but" || next == "which" || next == "according" || next == "while" || next == "even" ||
          next == "where" || next == "although" || next == "though" || next == "whose") {
        return true;
      }
      if (next.size() > 4 && next.compare(next.size() - 3, 3, "ing") == 0) return true;
    }
    // A dash set off by spaces closes the content (" - a move that ...").
    if (IsSpacedDash(layout_, w)) return true;
    if (here == "," || here == "and") {
      if (words()[w + 1].upper) return false;
      if (lexicon_.Contains("quote_cue_verbs", next)) return true;
      // "... and pushed for ...": a second verb in the past tense goes on
      // with the speaker's own doings, not the reported content.
      if (here == "and" && next.size() > 4 && next.compare(next.size() - 2, 2, "ed") == 0) return true;
    }
    return false;
  }

  // The content end: the sentence end without its final punctuation, or an
  // earlier ";" or next clause.
  uint32_t ContentEnd(uint32_t from, uint32_t sentence_end) const {
    uint32_t e = from;
    while (e < sentence_end) {
      if (inside_[e] < 0 && (words()[e].lower == ";" || (e > from && OpensNextClause(e, sentence_end)))) {
        break;
      }
      ++e;
    }
    while (e > from && words()[e - 1].punct && inside_[e - 1] < 0) --e;
    return e;
  }

  // A function word that opens the reported content itself: an embedded
  // question or condition ("asked whether ...", "said if elected ..."), or
  // a clause whose subject is "there" or a quantifier ("said there are
  // reasons", "said most of them ...").
  static bool OpensContentClause(const Word& word) {
    static constexpr std::string_view kOpeners[] = {
        "whether", "if",   "how",   "why",   "what",  "when", "where", "who", "despite", "although",
        "unless",  "because", "once", "there", "this", "these", "those", "some", "many", "most",
        "all",     "both", "each",  "every", "any",   "no"};
    return std::find(std::begin(kOpeners), std::end(kOpeners), std::string_view(word.lower)) !=
           std::end(kOpeners);
  }

  // Where the content of a verb cue starts: after "that", after "that"
  // behind a short object, or right after the verb when a clause or a noun
  // phrase follows it (not a preposition: "spoke at a rally").
  std::optional<uint32_t> ContentStart(const Cue& cue, uint32_t sentence_end) const {
    // The complementizer belongs to the content ("said that the plan
    // failed"), as corpora of reported speech such as PolNeAR mark it.
    uint32_t w = cue.end;
    if (w < sentence_end && words()[w].lower == "that") return w;
    // "told The Wall Street Journal that ...", "said in a statement on
    // Tuesday that ...": past the addressee or a prepositional phrase. Other
    // verbs take the clause right away ("said he had come to the
    // conclusion that ..." starts at "he").
    const bool adjunct_first = w < sentence_end && !words()[w].upper &&
                               lexicon_.Contains("quote_function_words", words()[w].lower) &&
                               !lexicon_.Contains("quote_determiners", words()[w].lower) &&
                               !attributor_.IsPronoun(w);
    for (uint32_t k = w; (cue.object_is_addressee || adjunct_first) && k < sentence_end && k < w + kObjectWords;
         ++k) {
      const Word& word = words()[k];
      if (word.lower == "that" && inside_[k] < 0) return k;
      if (word.punct && word.lower != "," && word.lower != "-") break;
      if (k > w && lexicon_.Contains("quote_cue_verbs", word.lower)) break;
    }
    while (w < sentence_end && (words()[w].lower == "," || words()[w].lower == ":")) ++w;
    if (w >= sentence_end) return std::nullopt;
    // "called for ...", "spoke about ...", "warned of ...": the topic.
    const std::string& particle = words()[w].lower;
    if (particle == "about" || particle == "of" || particle == "for" || particle == "on" ||
        particle == "against") {
      ++w;
      if (w >= sentence_end) return std::nullopt;
    }
    const Word& next = words()[w];
    bool opens_phrase = next.upper || inside_[w] >= 0 || attributor_.IsPronoun(w) ||
                        OpensContentClause(next) ||
                        lexicon_.Contains("quote_determiners", next.lower) ||
                        !lexicon_.Contains("quote_function_words", next.lower);
    if (!opens_phrase || IsCueModifier(lexicon_, next)) return std::nullopt;
    return w;
  }

  // The paraphrase around a quoted fragment ("X said the plan is "dead"")
  // is one reported quotation holding the fragment.
  void AddParaphraseAround(const Quote& q) {
    if (q.kind != QuoteKind::kPartial || q.cue_end <= q.cue_start || q.speaker_end <= q.speaker_start) {
      return;
    }
    if (OverlapsIndirect(q.start, q.end)) return;  // an indirect quote holds it already
    if (q.cue_start >= q.end) {
      // The frame follows: "Guns are "a crisis," Dean said." The paraphrase
      // runs from the sentence start to the frame.
      uint32_t frame = layout_.WordAt(std::min(q.cue_start, q.speaker_end > q.speaker_start
                                                                ? q.speaker_start : q.cue_start));
      const Clause& s = layout_.sentences()[layout_.SentenceOf(frame)];
      uint32_t start = s.first_word;
      while (start < frame && words()[start].punct && inside_[start] < 0) ++start;
      uint32_t end = frame;
      while (end > start && words()[end - 1].punct && inside_[end - 1] < 0) --end;
      const SpeakerPhrase speaker = SpeakerOf(q);
      Cue cue;
      cue.first = layout_.WordAt(q.cue_start);
      cue.end = layout_.WordAt(q.cue_end - 1) + 1;
      Emit({start, end}, cue, speaker);
      return;
    }
    uint32_t cue_last = layout_.WordAt(q.cue_end - 1);
    const Clause& s = layout_.sentences()[layout_.SentenceOf(cue_last)];
    const uint32_t quote_first = layout_.WordAt(q.start);
    // The paraphrase starts after the cue, or after the first "that" before
    // the fragment ("telling customers at a diner that "...").
    uint32_t start = cue_last + 1;
    for (uint32_t w = start; w < quote_first; ++w) {
      if (words()[w].lower == "that" && inside_[w] < 0) {
        start = w;
        break;
      }
    }
    while (start < quote_first && words()[start].lower == ",") ++start;
    uint32_t end = ContentEnd(quote_first, s.end_word);
    const SpeakerPhrase speaker = SpeakerOf(q);
    Cue cue;
    cue.first = layout_.WordAt(q.cue_start);
    cue.end = cue_last + 1;
    Emit({start, end}, cue, speaker);
  }

  // "Smith, who said ...": the relative pronoun is the speaker as written;
  // its entity is that of the phrase it follows.
  // The speaker phrase of a quotation already attributed, in words.
  SpeakerPhrase SpeakerOf(const Quote& q) const {
    SpeakerPhrase speaker;
    speaker.first = layout_.WordAt(q.speaker_start);
    speaker.end = layout_.WordAt(q.speaker_end - 1) + 1;
    speaker.entity = q.speaker;
    return speaker;
  }

  std::optional<SpeakerPhrase> RelativeSubject(uint32_t cue_first, uint32_t lower) const {
    uint32_t p = cue_first;
    while (p > lower && IsCueModifier(lexicon_, words()[p - 1])) --p;
    if (p <= lower || words()[p - 1].lower != "who") return std::nullopt;
    SpeakerPhrase relative;
    relative.first = p - 1;
    relative.end = p;
    relative.type = SpeakerPhrase::kName;
    relative.person = true;
    if (p - 1 > lower + 1 && words()[p - 2].lower == ",") {
      if (auto antecedent = attributor_.PhraseEndingAt(p - 3, lower)) relative.entity = antecedent->entity;
    }
    return relative;
  }

  bool TryCue(const Clause& s, const Cue& cue) {
    if (cue.side == SpeakerSide::kAfter) return TryAccordingTo(s, cue);
    std::optional<SpeakerPhrase> speaker = attributor_.SubjectBefore(cue.first, s.first_word);
    bool relative = false;
    if (!speaker) {
      speaker = RelativeSubject(cue.first, s.first_word);
      relative = speaker.has_value();
    }
    if (!speaker) {
      // "..., said the minister."
      if (cue.first > s.first_word && words()[cue.first - 1].lower == "," &&
          !cue.object_is_addressee) {
        speaker = attributor_.PhraseStartingAt(cue.end, s.end_word);
      }
      if (!speaker) return false;
      return TryTrailingFrame(s, cue, *speaker, cue.first - 1);
    }
    // "..., the minister said (on Tuesday)." or "..., the Times said, ...":
    // a comma before the speaker (and its determiner), and no clause after
    // the verb.
    uint32_t before = speaker->first;
    if (before > s.first_word && lexicon_.Contains("quote_determiners", words()[before - 1].lower)) --before;
    const bool clause_follows = cue.end < s.end_word && words()[cue.end].lower == "that";
    if (!relative && before > s.first_word && words()[before - 1].lower == "," && !clause_follows &&
        (ContentEnd(cue.end, s.end_word) <= cue.end + kFrameTailWords ||
         (cue.end < s.end_word && words()[cue.end].lower == ","))) {
      // Failing that, the comma closed an opening phrase ("Hours later,
      // Intel said the event was canceled"): the content follows the verb.
      if (TryTrailingFrame(s, cue, *speaker, before - 1)) return true;
    }
    std::optional<uint32_t> start = ContentStart(cue, s.end_word);
    if (!start) return false;
    uint32_t end = ContentEnd(*start, s.end_word);
    return Emit({*start, end}, cue, *speaker);
  }

  // A frame after the content: "..., X said." When the frame stands inside
  // the sentence between commas ("..., X says, ..."), the content is the
  // whole sentence around it.
  bool TryTrailingFrame(const Clause& s, const Cue& cue, const SpeakerPhrase& speaker,
                        uint32_t comma) {
    uint32_t start = s.first_word;
    while (start < comma && words()[start].punct && inside_[start] < 0) ++start;
    uint32_t frame_end = std::max(cue.end, speaker.end);
    if (frame_end < s.end_word && words()[frame_end].lower == "," &&
        ContentEnd(frame_end + 1, s.end_word) >= frame_end + 1 + kMinSplitContentWords) {
      return Emit({start, ContentEnd(frame_end + 1, s.end_word)}, cue, speaker);
    }
    uint32_t count = 0;
    for (uint32_t w = start; w < comma; ++w) count += !words()[w].punct;
    return count >= kMinSplitContentWords && Emit({start, comma}, cue, speaker);
  }

  // Whatever "according to" names is the source, a name or not ("according
  // to exit polls", "according to court documents"): the words up to the
  // next punctuation, a few at most.
  std::optional<SpeakerPhrase> SourcePhrase(uint32_t first, uint32_t sentence_end) const {
    uint32_t end = first;
    while (end < sentence_end && end < first + kObjectWords && !words()[end].punct) ++end;
    if (end == first || (end < sentence_end && !words()[end].punct)) return std::nullopt;
    SpeakerPhrase phrase;
    phrase.first = first;
    phrase.end = end;
    phrase.type = SpeakerPhrase::kDescription;
    return phrase;
  }

  // A paragraph that opens with a name and a colon gives that speaker's
  // words: a news headline ("Lynch: No outside influence on the probe.")
  // or a line of a transcript ("Q: ...", "Matthews: ...").
  bool TryColonLine(const Clause& s) {
    uint32_t colon = s.first_word;
    while (colon < s.end_word && colon <= s.first_word + kColonSpeakerWords && !words()[colon].punct) {
      if (!words()[colon].upper || inside_[colon] >= 0) return false;
      ++colon;
    }
    if (colon == s.first_word || colon >= s.end_word || words()[colon].lower != ":") return false;
    std::optional<SpeakerPhrase> speaker = attributor_.PhraseEndingAt(colon - 1, s.first_word);
    if (!speaker || speaker->type != SpeakerPhrase::kName) return false;
    Cue cue;
    cue.first = colon;
    cue.end = colon + 1;
    return Emit({colon + 1, ContentEnd(colon + 1, s.end_word)}, cue, *speaker);
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
    uint32_t w = speaker->end;
    while (w < s.end_word && words()[w].lower != "," && w < speaker->end + kObjectWords) ++w;
    if (w >= s.end_word || words()[w].lower != ",") return false;
    uint32_t end = ContentEnd(w + 1, s.end_word);
    return Emit({w + 1, end}, cue, *speaker);
  }

  // True when [start, end) overlaps an indirect quote emitted before.
  // indirect_ holds disjoint spans, so only the neighbours of `start` count.
  bool OverlapsIndirect(Offset start, Offset end) const {
    auto it = indirect_.lower_bound({start, 0});
    if (it != indirect_.end() && it->first < end) return true;
    return it != indirect_.begin() && std::prev(it)->second > start;
  }

  bool Emit(Region r, const Cue& cue, const SpeakerPhrase& speaker) {
    uint32_t count = 0;
    for (uint32_t w = r.first; w < r.end; ++w) count += !words()[w].punct;
    if (r.first >= r.end || count < kMinContentWords) return false;
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
    Quote quote;
    quote.start = start;
    quote.end = end;
    quote.kind = QuoteKind::kIndirect;
    quote.speaker_start = words()[speaker.first].start;
    quote.speaker_end = words()[speaker.end - 1].end;
    quote.speaker = speaker.type == SpeakerPhrase::kPronoun ? attributor_.ResolvePronoun(speaker)
                                                            : speaker.entity;
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
  std::vector<Quote> marked_;
  std::vector<Offset> framing_cues_;  // cue starts of marked quotations
  std::set<std::pair<Offset, Offset>> indirect_;  // spans emitted so far
};

}  // namespace

void AddIndirectQuotes(const Layout& layout, const Lexicon& lexicon, const Attributor& attributor,
                       bool from_cues, Document* doc) {
  IndirectFinder(layout, lexicon, attributor, doc).Run(from_cues);
}

}  // namespace saywho::quotes
