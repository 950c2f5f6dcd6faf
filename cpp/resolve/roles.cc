#include "resolve/roles.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "resolve/names.h"

namespace saywho {
namespace {

// Role text is at most this many words: longer runs are clauses, not roles.
constexpr size_t kMaxRoleWords = 20;
constexpr size_t kMaxTitleWords = 10;
// Scans give up on runs longer than these (junk input must stay linear).
constexpr Offset kMaxWordBytes = 64;
constexpr Offset kMaxSpaces = 8;

struct Span {
  Offset start = 0;
  Offset end = 0;
};

std::string_view WordText(const Document& doc, Span w) { return doc.Slice(w.start, w.end); }

// Characters that end a phrase (a role never crosses them). Multibyte dashes
// and quotes are checked separately.
bool IsClauseBreak(char c) {
  return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']' ||
         c == '"' || c == '!' || c == '?' || c == '\n';
}

constexpr std::array<std::string_view, 5> kBreakSequences = {"\u2014", "\u2013", "\u201c",
                                                             "\u201d", " - "};

bool BreakAt(std::string_view text, size_t i) {
  if (IsClauseBreak(text[i])) return true;
  for (std::string_view seq : kBreakSequences) {
    if (text.substr(i, seq.size()) == seq) return true;
  }
  return false;
}

// The sentence holding `offset`, from Document::sentences when the segmenter
// has run; otherwise the whole text (line breaks still stop every scan).
Span SentenceAround(const Document& doc, Offset offset) {
  const auto& sentences = doc.sentences;
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](Offset o, const Sentence& s) { return o < s.start; });
  if (it != sentences.begin() && offset <= std::prev(it)->end) {
    return {std::prev(it)->start, std::prev(it)->end};
  }
  return {0, static_cast<Offset>(doc.text.size())};
}

// The word that ends before `pos` with only spaces between, not before
// `limit`; none across a line break.
std::optional<Span> WordBefore(const std::string& text, Offset pos, Offset limit) {
  Offset i = pos;
  while (i > limit && text[i - 1] == ' ' && pos - i < kMaxSpaces) --i;
  if (i <= limit || text[i - 1] == ' ' || text[i - 1] == '\n' || text[i - 1] == '\t') {
    return std::nullopt;
  }
  Offset end = i;
  while (i > limit && text[i - 1] != ' ' && text[i - 1] != '\n' && text[i - 1] != '\t') {
    if (end - i >= kMaxWordBytes) return std::nullopt;
    --i;
  }
  return Span{i, end};
}

bool ContainsBreak(std::string_view word) {
  for (size_t i = 0; i < word.size(); ++i) {
    if (BreakAt(word, i)) return true;
  }
  return false;
}

bool IsDeterminer(std::string_view word) {
  std::string lower = AsciiLower(word);
  return lower == "a" || lower == "an" || lower == "the";
}

// "then-President", "ex-Premier": a modifier joined to a title by a hyphen.
bool IsTitle(const Lexicon& lexicon, std::string_view word) {
  if (InList(lexicon, kTitlesList, word)) return true;
  size_t hyphen = word.rfind('-');
  if (hyphen == std::string_view::npos || hyphen == 0) return false;
  return InList(lexicon, kRoleModifiersList, word.substr(0, hyphen)) &&
         InList(lexicon, kTitlesList, word.substr(hyphen + 1));
}

bool IsNationality(const Lexicon& lexicon, std::string_view word) {
  return InList(lexicon, kDemonymsList, word) || InList(lexicon, kDemonymsExtraList, word);
}

enum class TitleWord { kStop, kTitle, kPart, kConnector };

TitleWord ClassifyTitleWord(const Lexicon& lexicon, std::string_view word) {
  if (ContainsBreak(word)) return TitleWord::kStop;
  // A final period that is not an abbreviation's ("Gen.", "U.S.") ends the
  // previous sentence.
  if (word.back() == '.' && word.find('.') == word.size() - 1 &&
      !lexicon.ContainsFolded(kTitlesList, word)) {
    return TitleWord::kStop;
  }
  if (IsTitle(lexicon, word)) return TitleWord::kTitle;
  if (word == "of" || word == "for" || word == "and" || word == "on" || word == "&") {
    return TitleWord::kConnector;
  }
  if (InList(lexicon, kRoleModifiersList, word) || IsNationality(lexicon, word)) {
    return TitleWord::kPart;
  }
  if (StartsUpper(word) && !InList(lexicon, kFunctionWordsList, StripPossessive(word)) &&
      !InList(lexicon, kHonorificsList, word)) {
    return TitleWord::kPart;
  }
  return TitleWord::kStop;
}

// The words of text[start, end) split at spaces.
std::vector<Span> Words(const std::string& text, Offset start, Offset end) {
  std::vector<Span> words;
  Offset i = start;
  while (i < end) {
    while (i < end && text[i] == ' ') ++i;
    Offset word_start = i;
    while (i < end && text[i] != ' ') ++i;
    if (word_start < i) words.push_back({word_start, i});
  }
  return words;
}

// Words that may follow the head of a description to open its complement
// ("an engineer at ...", "the chief executive of ...").
bool OpensComplement(std::string_view word) {
  static constexpr std::array<std::string_view, 11> kWords = {
      "of", "at", "in", "for", "with", "from", "on", "to", "and", "within", "under"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// Whether text[start, end) reads as a description of a person: it opens with
// an article, a modifier, a title, a nationality or a capitalised word; a
// title noun comes before any function word; and after the title nouns the
// phrase ends or goes on with a preposition, so that a clause ("a former aide
// said ...") is not taken for a description.
bool IsRolePhrase(const Lexicon& lexicon, const Document& doc, Span phrase) {
  std::vector<Span> words = Words(doc.text, phrase.start, phrase.end);
  if (words.empty() || words.size() > kMaxRoleWords) return false;
  for (const Span& w : words) {
    if (InList(lexicon, kClauseWordsList, WordText(doc, w))) return false;
  }
  std::string_view first = WordText(doc, words[0]);
  bool opens = IsDeterminer(first) || InList(lexicon, kRoleModifiersList, first) ||
               IsTitle(lexicon, first) || IsNationality(lexicon, first) ||
               (StartsUpper(first) && !InList(lexicon, kFunctionWordsList, first));
  if (!opens) return false;
  size_t i = 0;
  while (i < words.size() && !IsTitle(lexicon, StripPossessive(WordText(doc, words[i])))) {
    std::string_view word = WordText(doc, words[i]);
    if (i > 0 && !IsDeterminer(word) && InList(lexicon, kFunctionWordsList, word)) return false;
    ++i;
  }
  if (i == words.size()) return false;
  while (i < words.size() && IsTitle(lexicon, StripPossessive(WordText(doc, words[i])))) ++i;
  return i == words.size() || OpensComplement(WordText(doc, words[i]));
}

// Where the phrase that starts at `start` ends: at a clause break, at the end
// of the sentence, or before "and a|an|the" (a second description). A phrase
// longer than any role ends nowhere: returns `start`.
Offset PhraseEnd(const Document& doc, Offset start) {
  const std::string& text = doc.text;
  const Offset limit = SentenceAround(doc, start).end;
  Offset i = start;
  size_t spaces = 0;
  for (; i < limit; ++i) {
    if (text[i] == ' ' && ++spaces > kMaxRoleWords) return start;
    if (BreakAt(text, i)) break;
    // A period ends the sentence when a space or the end follows it and the
    // word before it is not an initial ("U.S.", "W.").
    if (text[i] == '.' && (i + 1 >= text.size() || text[i + 1] == ' ' || text[i + 1] == '\n')) {
      bool abbreviation = i >= 2 && (text[i - 2] == '.' || text[i - 2] == ' ') &&
                          StartsUpper(std::string_view(text).substr(i - 1, 1));
      if (!abbreviation) break;
    }
    if (text[i] == ' ') {
      std::string_view rest = std::string_view(text).substr(i);
      for (std::string_view cut : {" and a ", " and an ", " and the "}) {
        if (rest.substr(0, cut.size()) == cut) return i;
      }
    }
  }
  return i;
}

// The span without edge spaces, and without a final period unless the last
// word is an initialism ("U.S.").
RoleSpan Trimmed(const std::string& text, Offset start, Offset end) {
  while (start < end && text[start] == ' ') ++start;
  while (end > start && text[end - 1] == ' ') --end;
  if (end > start && text[end - 1] == '.') {
    Offset word_start = end - 1;
    while (word_start > start && text[word_start - 1] != ' ') --word_start;
    std::string_view word(text.data() + word_start, end - word_start);
    if (word.find('.') == word.size() - 1) --end;
  }
  return {start, end};
}

}  // namespace

RoleSpan TitleBeforeName(const Lexicon& lexicon, const Document& doc, Offset name_start) {
  const Offset limit = SentenceAround(doc, name_start).start;
  RoleSpan role{name_start, name_start};
  bool has_title = false;
  std::optional<Span> word = Span{name_start, name_start};
  for (size_t n = 0; n < kMaxTitleWords; ++n) {
    word = WordBefore(doc.text, word->start, limit);
    if (!word) break;
    TitleWord kind = ClassifyTitleWord(lexicon, WordText(doc, *word));
    if (kind == TitleWord::kStop || (n == 0 && kind == TitleWord::kConnector)) break;
    // A connector counts only once a word further left joins it: "Secretary
    // of State", not "of State".
    if (kind == TitleWord::kConnector) continue;
    has_title = has_title || kind == TitleWord::kTitle;
    role.start = word->start;
    if (role.end == name_start) role.end = word->end;
  }
  return has_title ? role : RoleSpan{};
}

RoleSpan AppositionAfter(const Lexicon& lexicon, const Document& doc, Offset mention_end) {
  const std::string& text = doc.text;
  if (mention_end + 1 >= text.size() || text[mention_end] != ',' || text[mention_end + 1] != ' ') {
    return {};
  }
  Offset start = mention_end + 2;
  Offset end = PhraseEnd(doc, start);
  // The phrase must close: a comma, a dash, a semicolon or the sentence end,
  // not an opening quotation.
  if (end < text.size() && (text[end] == '"' || text.substr(end, 3) == "\u201c")) return {};
  RoleSpan role = Trimmed(text, start, end);
  if (role.empty() || !IsRolePhrase(lexicon, doc, {role.start, role.end})) return {};
  return role;
}

RoleSpan CopulaComplementAfter(const Lexicon& lexicon, const Document& doc, Offset mention_end) {
  std::string_view rest = std::string_view(doc.text).substr(std::min<size_t>(mention_end, doc.text.size()));
  for (std::string_view copula : {" is ", " was ", " serves as ", " served as ", " has been ",
                                  " had been ", " remains ", " became "}) {
    if (rest.substr(0, copula.size()) != copula) continue;
    Offset start = mention_end + static_cast<Offset>(copula.size());
    RoleSpan role = Trimmed(doc.text, start, PhraseEnd(doc, start));
    if (role.empty() || !IsRolePhrase(lexicon, doc, {role.start, role.end})) return {};
    return role;
  }
  return {};
}

bool OnlyAPersonsRole(const Lexicon& lexicon, const Document& doc, RoleSpan role) {
  for (const Span& w : Words(doc.text, role.start, role.end)) {
    std::string_view word = StripPossessive(WordText(doc, w));
    if (IsTitle(lexicon, word) && !InList(lexicon, kSharedTitlesList, word)) return true;
  }
  return false;
}

RoleSpan FindRole(const Lexicon& lexicon, const Document& doc, Offset name_start,
                  Offset mention_end) {
  if (RoleSpan r = TitleBeforeName(lexicon, doc, name_start); !r.empty()) return r;
  if (RoleSpan r = AppositionAfter(lexicon, doc, mention_end); !r.empty()) return r;
  return CopulaComplementAfter(lexicon, doc, mention_end);
}

}  // namespace saywho
