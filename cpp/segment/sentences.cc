#include "segment/sentences.h"

#include "common/utf8.h"
#include "segment/abbreviations.h"
#include "segment/icu_iterators.h"
#include "unicode/uchar.h"

namespace saywho {
namespace {

// How many quotation marks or brackets may stand between a sentence's last
// word and its end ('today."') or between its end and the next word
// ('said. "\'Why'). Bounds the look-around, keeping the pass linear.
constexpr uint32_t kMaxMarks = 3;

// The sentence rules over the tokens of one paragraph.
class ParagraphSentences {
 public:
  ParagraphSentences(std::string_view text, const Lexicon& lexicon, uint32_t first, uint32_t end,
                     Tokens* tokens)
      : text_(text), lexicon_(lexicon), first_(first), end_(end), tokens_(*tokens) {}

  void Mark(uint32_t k) { tokens_.flags[k] |= kSentenceStart; }

  // Whether ICU's break before token k (first_ < k < end_) stands, the
  // current sentence having started at token `sentence`.
  bool KeepIcuBreak(uint32_t sentence, uint32_t k) const {
    // "1. The first point": a list marker ("1." or "1" ".") is no sentence.
    if (IsListMarker(sentence) && ((k == sentence + 2 && Text(k - 1) == ".") ||
                                   (k == sentence + 1 && Text(sentence).back() == '.'))) {
      return false;
    }
    uint32_t terminal = Terminal(k);
    // ICU also breaks after every line feed; in running text that is a
    // wrapped line, not a sentence end.
    if (!EndsWithTerminator(terminal)) return false;
    uint32_t word = NextWord(k);
    // Decided by MissedBreaks() below, for ICU's breaks and misses alike.
    if (IsAmbiguousEnd(terminal)) return terminal != k - 1 && AmbiguousEndEndsSentence(terminal, word);
    // '"Why?" he asked.'
    if (StartsLowercase(word)) return false;
    // '"Why?" Smith asked.', '"Stop!" President Lee said.'
    return !(terminal != k - 1 && LastCodePoint(terminal) != '.' && IsAttribution(word));
  }

  // Token k moved past footnote markers ("[17]"), which belong to the
  // sentence before them: '... in Dulwich. [17] Placed under ...'.
  uint32_t PastFootnoteMarkers(uint32_t k) const {
    while (k + 2 < end_ && Text(k) == "[" && Text(k + 2) == "]" &&
           Text(k + 1).find_first_not_of("0123456789") == std::string_view::npos) {
      k += 3;
    }
    return k;
  }

  // Breaks ICU does not make: after an abbreviation, initial or ellipsis
  // followed by a word that plausibly starts a sentence ("in the U.S. Then",
  // the same rule as for ICU's own breaks there), and at a forgotten space
  // ("said.The": ICU never breaks between a lower-case letter, a period and
  // a capital).
  void MissedBreaks() {
    for (uint32_t i = first_; i + 1 < end_; ++i) {
      const bool touches_next = tokens_.end[i] == tokens_.start[i + 1];
      if (IsAmbiguousEnd(i)) {
        if (!touches_next && AmbiguousEndEndsSentence(i, NextWord(i + 1))) Mark(i + 1);
      } else if (touches_next && i > first_ && tokens_.end[i - 1] == tokens_.start[i] &&
                 Text(i) == "." && u_islower(static_cast<UChar32>(LastCodePoint(i - 1))) &&
                 IsStarterWord(i + 1)) {
        Mark(i + 1);
      }
    }
  }

  // Each line a sentence of its own (headings, headers, footers).
  void LineBreaks() {
    for (uint32_t k = first_ + 1; k < end_; ++k) {
      if (LineBreakBefore(k)) Mark(k);
    }
  }

 private:
  std::string_view Text(uint32_t i) const {
    return text_.substr(tokens_.start[i], tokens_.end[i] - tokens_.start[i]);
  }
  char32_t FirstCodePoint(uint32_t i) const {
    int length = 0;
    return DecodeUtf8(text_, tokens_.start[i], &length);
  }
  char32_t LastCodePoint(uint32_t i) const {
    Offset p = tokens_.end[i] - 1;
    while (p > tokens_.start[i] && (static_cast<unsigned char>(text_[p]) & 0xC0) == 0x80) --p;
    int length = 0;
    return DecodeUtf8(text_, p, &length);
  }
  bool IsSingleCodePoint(uint32_t i) const {
    int length = 0;
    DecodeUtf8(text_, tokens_.start[i], &length);
    return tokens_.start[i] + static_cast<Offset>(length) == tokens_.end[i];
  }

  // A quotation mark or bracket that may close a sentence: ”, ’, », ), ],
  // and the ambiguous straight quotes.
  bool IsClosingMark(uint32_t i) const {
    if (!IsSingleCodePoint(i)) return false;
    char32_t c = FirstCodePoint(i);
    if (c == '"' || c == '\'') return true;
    int8_t type = u_charType(static_cast<UChar32>(c));
    return type == U_END_PUNCTUATION || type == U_FINAL_PUNCTUATION;
  }
  bool IsOpeningMark(uint32_t i) const {
    if (!IsSingleCodePoint(i)) return false;
    char32_t c = FirstCodePoint(i);
    if (c == '"' || c == '\'') return true;
    int8_t type = u_charType(static_cast<UChar32>(c));
    return type == U_START_PUNCTUATION || type == U_INITIAL_PUNCTUATION;
  }

  // The token that ends the sentence closing before token k: k - 1, or the
  // token before the closing marks that follow it ('today."' -> '.').
  uint32_t Terminal(uint32_t k) const {
    uint32_t t = k - 1;
    while (t > first_ && t + kMaxMarks >= k && IsClosingMark(t)) --t;
    return t;
  }
  // The first word at or after token k, past opening marks; end_ if none.
  uint32_t NextWord(uint32_t k) const {
    for (uint32_t i = k; i < end_ && i < k + kMaxMarks; ++i) {
      if (!IsOpeningMark(i)) return i;
    }
    return end_;
  }

  // Capitalised words (a name, a title) and then a speech verb: "Smith
  // asked", "President Donald Trump said". Looks at most kMaxNameWords + 1
  // tokens ahead.
  bool IsAttribution(uint32_t word) const {
    constexpr uint32_t kMaxNameWords = 4;
    uint32_t i = word;
    while (i < end_ && i < word + kMaxNameWords &&
           u_isupper(static_cast<UChar32>(FirstCodePoint(i)))) {
      ++i;
    }
    return i > word && i < end_ && IsAttributionVerb(lexicon_, Text(i));
  }

  // A number of up to three digits or a single letter, with or without a
  // period: "1", "12.", "a".
  bool IsListMarker(uint32_t i) const {
    std::string_view t = Text(i);
    if (t.size() > 1 && t.back() == '.') t.remove_suffix(1);
    if (t.size() == 1 && ((t[0] | 0x20) >= 'a' && (t[0] | 0x20) <= 'z')) return true;
    return t.size() <= 3 && t.find_first_not_of("0123456789") == t.npos;
  }

  bool EndsWithTerminator(uint32_t i) const {
    char32_t c = LastCodePoint(i);
    return c == '.' || c == 0x2026 /* … */ ||
           u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_S_TERM);
  }
  // A period that may or may not end the sentence: on a word (the tokenizer
  // attaches one only to abbreviations and initials: "Inc.", "U.S.", "W.")
  // or in an ellipsis ("...", ". . .", "…"), which marks omissions inside
  // sentences as often as trailing off at their end.
  bool IsAmbiguousEnd(uint32_t i) const {
    std::string_view t = Text(i);
    if (t.back() != '.' && t.back() != '\xA6') return false;  // fast path: most tokens
    if (t == "\xE2\x80\xA6" || (t.size() > 1 && t.find_first_not_of(". ") == t.npos)) return true;
    return t.size() > 1 && t.back() == '.' && u_isalpha(static_cast<UChar32>(FirstCodePoint(i)));
  }
  bool StartsLowercase(uint32_t word) const {
    return word < end_ && u_islower(static_cast<UChar32>(FirstCodePoint(word)));
  }
  bool AmbiguousEndEndsSentence(uint32_t ambiguous, uint32_t word) const {
    return word < end_ && !IsNonFinalAbbreviation(lexicon_, Text(ambiguous)) && IsStarterWord(word);
  }
  // A capitalised word that plausibly starts a sentence ("The", "He").
  bool IsStarterWord(uint32_t word) const {
    return u_isupper(static_cast<UChar32>(FirstCodePoint(word))) &&
           IsSentenceStarter(lexicon_, Text(word));
  }
  bool LineBreakBefore(uint32_t k) const {
    for (Offset p = tokens_.end[k - 1]; p < tokens_.start[k]; ++p) {
      if (text_[p] == '\n' || text_[p] == '\r') return true;
    }
    // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR.
    std::string_view gap = text_.substr(tokens_.end[k - 1], tokens_.start[k] - tokens_.end[k - 1]);
    return gap.find("\xE2\x80\xA8") != gap.npos || gap.find("\xE2\x80\xA9") != gap.npos;
  }

  std::string_view text_;
  const Lexicon& lexicon_;
  const uint32_t first_;
  const uint32_t end_;
  Tokens& tokens_;
};

}  // namespace

absl::Status MarkSentenceStarts(std::string_view text, const Paragraph& paragraph,
                                const Lexicon& lexicon, uint32_t first_token, uint32_t end_token,
                                Tokens* tokens) {
  if (first_token >= end_token) return absl::OkStatus();
  ParagraphSentences sentences(text, lexicon, first_token, end_token, tokens);
  sentences.Mark(first_token);
  if (paragraph.kind != BlockKind::kBody && paragraph.kind != BlockKind::kListItem) {
    sentences.LineBreaks();
  }
  if (paragraph.kind == BlockKind::kHeading) return absl::OkStatus();  // a title: one sentence a line

  absl::StatusOr<icu::BreakIterator*> iterator = ThreadBreakIterator(BreakKind::kSentence);
  if (!iterator.ok()) return iterator.status();
  icu::BreakIterator& breaks = **iterator;
  const Offset begin = tokens->start[first_token];
  const Offset end = tokens->end[end_token - 1];
  if (absl::Status s = SetUtf8Text(&breaks, text.substr(begin, end - begin)); !s.ok()) return s;
  uint32_t k = first_token;
  uint32_t sentence = first_token;  // the start of the current sentence
  for (int32_t b = breaks.next(); b != icu::BreakIterator::DONE; b = breaks.next()) {
    const Offset at = begin + static_cast<Offset>(b);
    while (k < end_token && tokens->end[k] <= at) {
      if (tokens->flags[k] & kSentenceStart) sentence = k;  // a line break in a header
      ++k;
    }
    if (k >= end_token) break;
    if (tokens->start[k] < at || k == first_token) continue;  // never inside a token
    if (sentences.KeepIcuBreak(sentence, k)) {
      const uint32_t start = sentences.PastFootnoteMarkers(k);
      if (start >= end_token) break;
      sentences.Mark(start);
      sentence = start;
    }
  }
  sentences.MissedBreaks();
  return absl::OkStatus();
}

}  // namespace saywho
