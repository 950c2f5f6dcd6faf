#include "segment/tokenizer.h"

#include <vector>

#include "common/utf8.h"
#include "segment/abbreviations.h"
#include "segment/icu_iterators.h"
#include "segment/web_spans.h"
#include "unicode/rbbi.h"
#include "unicode/uchar.h"

namespace saywho {
namespace {

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// White space, control and format characters: never part of a token's edge.
bool IsIgnorable(char32_t c) {
  if (c < 0x80) return c <= ' ' || c == 0x7F;
  if (IsWhiteSpace(c)) return true;
  int8_t category = u_charType(static_cast<UChar32>(c));
  return category == U_CONTROL_CHAR || category == U_FORMAT_CHAR;
}

// Start of the code point that ends at `end` (exclusive).
Offset PreviousCodePoint(std::string_view text, Offset begin, Offset end) {
  Offset p = end - 1;
  while (p > begin && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
  return p;
}

// What a piece from ICU is, as far as the merge rules care.
enum class PieceKind : uint8_t { kWord, kNumber, kOther };

PieceKind KindOfStatus(int32_t status) {
  if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) return PieceKind::kNumber;
  if (status >= UBRK_WORD_LETTER && status < UBRK_WORD_IDEO_LIMIT) return PieceKind::kWord;
  return PieceKind::kOther;
}

bool IsAsciiCaseInsensitive(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

// Where a clitic starts inside the word `w`, or npos: "n't" (do|n't) and an
// apostrophe (' or ’) before "s", "re", "ve", "ll", "m", "d" (China|'s).
size_t CliticStart(std::string_view w) {
  // Cheap filter: a clitic puts an apostrophe (' or the last byte of ’)
  // among the last six bytes.
  bool apostrophe_near_end = false;
  for (size_t i = w.size() > 6 ? w.size() - 6 : 0; i < w.size(); ++i) {
    apostrophe_near_end |= w[i] == '\'' || w[i] == '\x99';
  }
  if (!apostrophe_near_end) return std::string_view::npos;
  static constexpr std::string_view kApostrophes[] = {"'", "\xE2\x80\x99"};
  static constexpr std::string_view kAfterApostrophe[] = {"s", "re", "ve", "ll", "m", "d"};
  for (std::string_view apostrophe : kApostrophes) {
    // n't: "n" apostrophe "t", with a stem before it ("don't", not "n't").
    size_t nt = 1 + apostrophe.size() + 1;
    if (w.size() > nt && IsAsciiCaseInsensitive(w.substr(w.size() - 1), "t") &&
        w.substr(w.size() - 1 - apostrophe.size(), apostrophe.size()) == apostrophe &&
        IsAsciiCaseInsensitive(w.substr(w.size() - nt, 1), "n")) {
      return w.size() - nt;
    }
    for (std::string_view suffix : kAfterApostrophe) {
      size_t n = apostrophe.size() + suffix.size();
      if (w.size() > n && w.substr(w.size() - n, apostrophe.size()) == apostrophe &&
          IsAsciiCaseInsensitive(w.substr(w.size() - suffix.size()), suffix)) {
        return w.size() - n;
      }
    }
  }
  return std::string_view::npos;
}

// "said.The": a period between two lower-case letters and a capitalised word
// is a space forgotten after a sentence (an abbreviation has capitals or
// single letters around its periods: "U.S", "Ph.D", "e.g"). The position of
// the first such period in `w`, or npos.
size_t MissingSpacePeriod(std::string_view w) {
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  for (size_t p = w.find('.', 2); p != w.npos && p + 2 < w.size(); p = w.find('.', p + 1)) {
    if (lower(w[p - 2]) && lower(w[p - 1]) && upper(w[p + 1]) && lower(w[p + 2])) return p;
  }
  return std::string_view::npos;
}

// Builds the tokens of one span, merging and splitting ICU's pieces. Merges
// only ever look back at the last two tokens, so the work per piece is O(1).
class TokenBuilder {
 public:
  TokenBuilder(std::string_view text, const Lexicon& lexicon, Tokens* tokens)
      : text_(text), lexicon_(lexicon), tokens_(*tokens), first_(tokens->size()),
        floor_(tokens->size()) {}

  // A token never merged with its neighbours: a URL, an e-mail address, a
  // clitic.
  void AddWhole(Offset start, Offset end) {
    Push(start, end);
    floor_ = tokens_.size();
  }

  // One ICU piece text[start, end) with ICU rule status `status`.
  void AddPiece(Offset start, Offset end, int32_t status) {
    int length = 0;
    while (start < end && IsIgnorableAt(start, &length)) start += length;
    while (end > start) {
      Offset last = PreviousCodePoint(text_, start, end);
      if (!IsIgnorableAt(last, &length)) break;
      end = last;
    }
    if (start == end) return;
    PieceKind kind = KindOfStatus(status);
    if (kind == PieceKind::kWord) {
      for (size_t p = MissingSpacePeriod(text_.substr(start, end - start)); p != std::string_view::npos;
           p = MissingSpacePeriod(text_.substr(start, end - start))) {
        Offset period = start + static_cast<Offset>(p);
        AddTrimmed(start, period, kind);
        AddTrimmed(period, period + 1, PieceKind::kOther);
        start = period + 1;
      }
      size_t clitic = CliticStart(text_.substr(start, end - start));
      if (clitic != std::string_view::npos) {
        AddTrimmed(start, start + static_cast<Offset>(clitic), kind);
        AddWhole(start + static_cast<Offset>(clitic), end);
        return;
      }
    }
    AddTrimmed(start, end, kind);
  }

  // Sets kSpaceAfter and kPunct on the tokens added.
  void Finish() {
    for (size_t i = first_; i < tokens_.size(); ++i) {
      uint8_t flags = 0;
      Offset end = tokens_.end[i];
      if (end < text_.size() && IsWhiteSpaceAt(text_, end)) flags |= kSpaceAfter;
      if (IsPunctuation(text_, tokens_.start[i], end)) flags |= kPunct;
      tokens_.flags[i] = flags;
    }
  }

 private:
  // Whether the code point at `at` is ignorable; sets *length to its length.
  bool IsIgnorableAt(Offset at, int* length) const {
    unsigned char b = static_cast<unsigned char>(text_[at]);
    if (b < 0x80) {
      *length = 1;
      return b <= ' ' || b == 0x7F;
    }
    return IsIgnorable(DecodeUtf8(text_, at, length));
  }

  void Push(Offset start, Offset end) {
    tokens_.start.push_back(start);
    tokens_.end.push_back(end);
    tokens_.flags.push_back(0);
  }
  void Pop() {
    tokens_.start.pop_back();
    tokens_.end.pop_back();
    tokens_.flags.pop_back();
  }
  size_t Size() const { return tokens_.size(); }
  std::string_view TokenText(size_t i) const {
    return text_.substr(tokens_.start[i], tokens_.end[i] - tokens_.start[i]);
  }
  bool Mergeable(size_t back) const { return Size() >= floor_ + back; }  // last `back` tokens
  // Token i ends exactly where `start` begins.
  bool Touches(size_t i, Offset start) const { return tokens_.end[i] == start; }

  bool StartsAlnum(size_t i) const {
    int length = 0;
    return u_isalnum(static_cast<UChar32>(DecodeUtf8(text_, tokens_.start[i], &length)));
  }
  bool StartsAndEndsWithDigit(size_t i) const {
    return IsAsciiDigit(text_[tokens_.start[i]]) && IsAsciiDigit(text_[tokens_.end[i] - 1]);
  }
  // Tokens that start with '.' or '-' hold nothing else (no join rule lets
  // a word follow them), so the two end bytes tell a run of periods or
  // hyphens in O(1), keeping long runs linear.
  bool IsRunOf(size_t i, char c) const {
    return text_[tokens_.start[i]] == c && text_[tokens_.end[i] - 1] == c;
  }

  // Joins the last two tokens and the piece ending at `end`: "year" "-" ->
  // "year-earlier".
  void JoinOverSeparator(Offset end) {
    Pop();
    tokens_.end.back() = end;
  }

  void AddTrimmed(Offset start, Offset end, PieceKind kind) {
    const size_t n = Size();
    std::string_view piece = text_.substr(start, end - start);
    if (kind != PieceKind::kOther && Mergeable(2) && Touches(n - 1, start) &&
        Touches(n - 2, tokens_.start[n - 1])) {
      std::string_view separator = TokenText(n - 1);
      bool join = false;
      if (separator == "-") {
        join = StartsAlnum(n - 2);  // "year-earlier", "U.S.-Chinese", "6-4"
      } else if (separator == "&") {
        join = kind == PieceKind::kWord && IsAsciiLetter(text_[tokens_.start[n - 2]]);  // "R&D"
      } else if (separator == ":" || separator == "/") {
        // "12:00am", "1/2", "8/27/2019"
        join = StartsAndEndsWithDigit(n - 2) && IsAsciiDigit(piece.front()) &&
               (separator == ":" || kind == PieceKind::kNumber);
      }
      if (join) {
        JoinOverSeparator(end);
        return;
      }
    }
    // "U.S.'s", "I.B.M.'s": ICU splits the apostrophe from the "s" after a
    // period; the clitic is "'s" as elsewhere.
    if ((piece == "s" || piece == "S") && Mergeable(2) && Touches(n - 1, start) &&
        Touches(n - 2, tokens_.start[n - 1]) &&
        (TokenText(n - 1) == "'" || TokenText(n - 1) == "\xE2\x80\x99")) {
      tokens_.end.back() = end;
      floor_ = Size();
      return;
    }
    if (piece == "." && Mergeable(1)) {
      // "Inc" "." -> "Inc.", "U.S" "." -> "U.S."; the candidate is a slice of
      // the text, so no string is built.
      if (Touches(n - 1, start) && IsAsciiLetter(text_[end - 2])) {
        std::string_view candidate = text_.substr(tokens_.start[n - 1], end - tokens_.start[n - 1]);
        if (IsInitialism(candidate) || IsKnownAbbreviation(lexicon_, candidate)) {
          tokens_.end.back() = end;
          return;
        }
      }
      // "1. Introduction": a number opening the paragraph is a list marker.
      if (n - 1 == first_ && Touches(n - 1, start) && end - tokens_.start[n - 1] <= 4 &&
          TokenText(n - 1).find_first_not_of("0123456789") == std::string_view::npos) {
        tokens_.end.back() = end;
        return;
      }
      // "..." and ". . ." are one ellipsis.
      Offset gap = start - tokens_.end[n - 1];
      if (IsRunOf(n - 1, '.') && (gap == 0 || (gap == 1 && text_[start - 1] == ' '))) {
        tokens_.end.back() = end;
        return;
      }
    }
    if (piece == "-" && Mergeable(1) && Touches(n - 1, start) && IsRunOf(n - 1, '-')) {
      tokens_.end.back() = end;  // "--"
      return;
    }
    Push(start, end);
  }

  std::string_view text_;
  const Lexicon& lexicon_;
  Tokens& tokens_;
  const size_t first_;  // the first token of this span
  size_t floor_;        // tokens before this index are final
};

}  // namespace

bool IsWhiteSpace(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return u_isUWhiteSpace(static_cast<UChar32>(c));
}

bool IsWhiteSpaceAt(std::string_view text, Offset at) {
  unsigned char b = static_cast<unsigned char>(text[at]);
  if (b < 0x80) return b == ' ' || (b >= '\t' && b <= '\r');
  int length = 0;
  return IsWhiteSpace(DecodeUtf8(text, at, &length));
}

bool IsPunctuation(std::string_view text, Offset start, Offset end) {
  // Fast answer for the common token that starts with an ASCII letter or digit.
  unsigned char first = static_cast<unsigned char>(text[start]);
  if ((first | 0x20) >= 'a' && (first | 0x20) <= 'z') return false;
  if (first >= '0' && first <= '9') return false;
  bool any = false;
  int length = 0;
  for (Offset i = start; i < end; i += length) {
    char32_t c = DecodeUtf8(text, i, &length);
    if (c == ' ' && any) continue;
    if (!u_ispunct(static_cast<UChar32>(c))) return false;
    any = true;
  }
  return any;
}

absl::Status Tokenize(std::string_view text, Offset begin, Offset end, const Lexicon& lexicon,
                      Tokens* tokens) {
  if (begin >= end) return absl::OkStatus();
  absl::StatusOr<icu::BreakIterator*> iterator = ThreadBreakIterator(BreakKind::kWord);
  if (!iterator.ok()) return iterator.status();
  icu::BreakIterator& words = **iterator;
  if (absl::Status s = SetUtf8Text(&words, text.substr(begin, end - begin)); !s.ok()) return s;

  std::vector<ByteSpan> web;  // allocates only when the span holds a URL
  FindWebSpans(text, begin, end, &web);
  size_t next_web = 0;

  TokenBuilder builder(text, lexicon, tokens);
  int32_t from = words.first();
  for (int32_t to = words.next(); to != icu::BreakIterator::DONE; from = to, to = words.next()) {
    Offset start = begin + static_cast<Offset>(from);
    Offset stop = begin + static_cast<Offset>(to);
    // Fast path for the commonest piece, white space: ICU keeps a run of it
    // apart from words, so blank ends mean nothing but ignorable marks inside.
    if (IsAsciiSpace(text[start]) && IsAsciiSpace(text[stop - 1])) continue;
    int32_t status = words.getRuleStatus();
    while (next_web < web.size() && web[next_web].end <= start) ++next_web;
    if (next_web < web.size() && web[next_web].start < stop) {
      // The piece overlaps a URL: its part before the URL stays a piece,
      // the URL becomes one token when first met, the rest of the piece
      // after the URL goes on as a piece.
      const ByteSpan& url = web[next_web];
      if (start < url.start) builder.AddPiece(start, url.start, status);
      if (start <= url.start) builder.AddWhole(url.start, url.end);
      if (stop > url.end) builder.AddPiece(url.end, stop, status);
      continue;
    }
    builder.AddPiece(start, stop, status);
  }
  builder.Finish();
  return absl::OkStatus();
}

}  // namespace saywho
