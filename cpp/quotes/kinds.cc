#include "quotes/kinds.h"

namespace saywho::quotes {
namespace {

constexpr uint32_t kMaxTitleWords = 20;

bool EndsWithStop(const Word& w) {
  // An abbreviation at the end of a sentence keeps its stop inside the word
  // ("... in the U.S.", "at 5 p.m.").
  return w.lower == "." || w.lower == "!" || w.lower == "?" || w.lower == "\u2026" || w.lower == ":" ||
         (w.lower.size() > 1 && w.lower.back() == '.');
}

bool IsMarkOrBracket(const Word& w) {
  return w.punct && !EndsWithStop(w) && w.lower != "," && w.lower != ";";
}

// A source line is a dash and a short phrase that opens with a capital
// ("- Jane Doe", "\u2014 Janet Yellen, the Treasury secretary").
constexpr uint32_t kMaxSourceLineWords = 8;

// The dash that opens a source line ending words [first, end), or `end`.
uint32_t SourceLineDash(const std::vector<Word>& words, uint32_t first, uint32_t end) {
  uint32_t count = 0;
  for (uint32_t w = end; w-- > first + 1;) {
    if (IsDashWord(words[w])) return w + 1 < end && words[w + 1].upper && count > 0 ? w : end;
    if (EndsWithStop(words[w])) return end;
    if (!words[w].punct && ++count > kMaxSourceLineWords) return end;
  }
  return end;
}

}  // namespace

bool IsTitleBlock(const Layout& layout, uint32_t block) {
  const Block& b = layout.blocks()[block];
  if (b.kind == BlockKind::kHeading || b.kind == BlockKind::kHeader) return true;
  if (b.kind != BlockKind::kBody) return false;
  uint32_t first = layout.WordAt(b.start), end = layout.WordAt(b.end);
  if (first >= end || end - first > kMaxTitleWords) return false;
  // The last word that is not a closing mark or bracket, before a source
  // line: a quotation line that credits its speaker after a dash ("\"We
  // will win.\" - Jane Doe") is no title for lack of a final stop.
  uint32_t last = SourceLineDash(layout.words(), first, end) - 1;
  while (last > first && IsMarkOrBracket(layout.words()[last])) --last;
  return !EndsWithStop(layout.words()[last]);
}

bool IsSentenceLike(const Layout& layout, uint32_t first, uint32_t end, uint32_t min_words) {
  const auto& words = layout.words();
  while (first < end && words[first].punct) ++first;
  if (first >= end) return false;
  const Word& w = words[first];
  bool capital = w.upper || StartsWithDigit(w);
  if (!capital) return false;
  uint32_t count = 0;
  for (uint32_t k = first; k < end; ++k) count += !words[k].punct;
  if (count >= min_words) return true;
  return count >= 2 && EndsSentence(layout, first, end);
}

bool EndsSentence(const Layout& layout, uint32_t first, uint32_t end) {
  if (first >= end) return false;
  const auto& words = layout.words();
  uint32_t last = end - 1;
  while (last > first && IsMarkOrBracket(words[last])) --last;
  const std::string& l = words[last].lower;
  return l == "." || l == "!" || l == "?";
}

bool IsTitleCase(const Layout& layout, uint32_t first, uint32_t end, uint32_t max_words) {
  const auto& words = layout.words();
  // A period may close it (American style puts it inside the marks).
  uint32_t last = end;
  while (last > first && IsMarkOrBracket(words[last - 1])) --last;
  if (last > first && words[last - 1].lower == ".") --last;
  uint32_t count = 0;
  for (uint32_t k = first; k < last; ++k) {
    const Word& w = words[k];
    if (w.lower == "." || w.lower == "!" || w.lower == "?") return false;
    if (w.punct) continue;
    ++count;
    bool number = StartsWithDigit(w);
    if (!w.upper && !number && w.lower.size() > 3) return false;
  }
  return count > 0 && count <= max_words && words[first].upper;
}

bool IsSpacedDash(const Layout& layout, uint32_t w) {
  const auto& words = layout.words();
  if (w == 0 || w >= words.size()) return false;
  const std::string& l = words[w].lower;
  return (l == "-" || l == "--" || l == "\u2014" || l == "\u2013") && words[w].start > words[w - 1].end;
}

bool IsColonLabel(const Layout& layout, const Lexicon& lexicon, uint32_t first, uint32_t colon) {
  constexpr LexiconName kLabels = "quote_colon_labels";
  const auto& words = layout.words();
  if (first >= colon) return false;
  if (lexicon.Contains(kLabels, words[first].lower)) return true;
  std::string phrase = words[first].lower;
  for (uint32_t w = first + 1; w < colon; ++w) {
    if (words[w].start > words[w - 1].end) phrase += ' ';
    phrase += words[w].lower;
  }
  return lexicon.Contains(kLabels, phrase);
}

bool OnlyPunct(const Layout& layout, uint32_t from, uint32_t to) {
  for (uint32_t w = from; w < to; ++w) {
    if (!layout.words()[w].punct) return false;
  }
  return true;
}

}  // namespace saywho::quotes
