#include "quotes/layout.h"

#include <algorithm>

#include "common/utf8.h"
#include "quotes/marks.h"
#include "unicode/uchar.h"

namespace saywho::quotes {
namespace {

// A wire dateline holds at most this many words before its dash ("FLINT,
// Mich., Oct. 4 (UPI) -").
constexpr uint32_t kDatelineWords = 12;

// The code point at text[i] (0 past the end), its byte length in *length.
char32_t At(std::string_view text, size_t i, int* length) {
  if (i >= text.size()) {
    *length = 0;
    return 0;
  }
  const unsigned char b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) {
    *length = 1;
    return b;
  }
  return DecodeUtf8(text, i, length);
}

// Writes into *out (emptied first) `s` in ASCII lower case with the
// typographic apostrophe made straight, so that "don’t" and "don't" look the
// same to the word lists. Most words are all ASCII: copied and lowered in
// place; only the others are decoded.
void NormalWordInto(std::string_view s, std::string* out) {
  out->assign(s);
  bool only_ascii = true;
  for (char& ch : *out) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    only_ascii &= static_cast<unsigned char>(ch) < 0x80;
  }
  if (only_ascii) return;
  out->clear();
  for (size_t i = 0; i < s.size();) {
    int n = 0;
    char32_t c = DecodeUtf8(s, i, &n);
    if (c == U'\u2019' || c == U'\u2018') {
      out->push_back('\'');
    } else if (c >= 'A' && c <= 'Z') {
      out->push_back(static_cast<char>(c - 'A' + 'a'));
    } else {
      out->append(s.substr(i, n));
    }
    i += n;
  }
}

std::string NormalWord(std::string_view s) {
  std::string out;
  NormalWordInto(s, &out);
  return out;
}

// True when a character of text[start, end) is a letter or a digit.
bool HasLetterOrDigit(std::string_view text, size_t start, size_t end) {
  end = std::min(end, text.size());
  for (size_t i = start; i < end;) {
    int n = 0;
    if (IsLetterOrDigit(At(text, i, &n))) return true;
    i += n;
  }
  return false;
}

bool IsSentenceEnd(std::string_view w) {
  return w == "." || w == "!" || w == "?" || w == "\u2026";
}

bool IsCloser(std::string_view w) {
  return w == "\"" || w == "\u201d" || w == "'" || w == "\u2019" || w == ")" ||
         w == "]" || w == "\u00bb";
}

bool IsOpener(std::string_view w) {
  return w == "\"" || w == "\u201c" || w == "'" || w == "\u2018" || w == "(" ||
         w == "[" || w == "\u00ab";
}

}  // namespace

bool IsQuotationMarks(const Word& word) {
  for (size_t i = 0; i < word.lower.size();) {
    int length = 0;
    if (!IsQuoteChar(DecodeUtf8(word.lower, i, &length))) return false;
    i += length;
  }
  return !word.lower.empty();
}

namespace internal {
bool IsLetterOrDigitIcu(char32_t c) { return u_isalnum(static_cast<UChar32>(c)); }
bool IsUpperLetterIcu(char32_t c) { return u_isupper(static_cast<UChar32>(c)); }
bool IsSpaceIcu(char32_t c) {
  return u_isUWhiteSpace(static_cast<UChar32>(c)) || c == U'\u00a0';
}
}  // namespace internal

Layout::Layout(const Document& doc, const Lexicon& lexicon) : text_(doc.text) {
  BuildBlocks(doc);
  BuildWords(doc, lexicon);
  BuildSentences(doc, lexicon);
}

void Layout::BuildBlocks(const Document& doc) {
  if (!doc.paragraphs.empty()) {
    for (const Paragraph& p : doc.paragraphs) {
      blocks_.push_back({p.start, p.end, p.kind, 0, 0});
    }
    return;
  }
  // No reader layout: every non-blank line is a paragraph.
  size_t i = 0;
  while (i < text_.size()) {
    size_t eol = text_.find('\n', i);
    if (eol == std::string_view::npos) eol = text_.size();
    size_t s = i, e = eol;
    while (s < e && (text_[s] == ' ' || text_[s] == '\t' || text_[s] == '\r')) ++s;
    while (e > s && (text_[e - 1] == ' ' || text_[e - 1] == '\t' || text_[e - 1] == '\r')) --e;
    if (e > s) blocks_.push_back({Offset(s), Offset(e), BlockKind::kBody, 0, 0});
    i = eol + 1;
  }
}

void Layout::BuildWords(const Document& doc, const Lexicon& lexicon) {
  auto add = [&](size_t s, size_t e) {
    Word& w = words_.emplace_back();
    w.start = Offset(s);
    w.end = Offset(e);
    int n = 0;
    w.upper = IsUpperLetter(At(text_, s, &n));
    w.punct = !HasLetterOrDigit(text_, s, e);
    NormalWordInto(text_.substr(s, e - s), &w.lower);
    word_ends_.push_back(w.end);
  };
  if (doc.tokens.size() > 0) {
    words_.reserve(doc.tokens.size());
    word_ends_.reserve(doc.tokens.size());
    const bool tagged = doc.tokens.pos.size() == doc.tokens.size();
    for (size_t t = 0; t < doc.tokens.size(); ++t) {
      add(doc.tokens.start[t], doc.tokens.end[t]);
      if (tagged) {
        words_.back().tagged = true;
        words_.back().pos = doc.tokens.pos[t];
      }
    }
    return;
  }
  // Fallback tokenizer: letters and digits with inner apostrophes, hyphens,
  // periods and ampersands make one word; a period ends an initial ("W."),
  // a dotted abbreviation ("U.S.") or a listed title ("Mr."); every other
  // character that is not space is a word by itself.
  size_t i = 0;
  int n = 0;
  while (i < text_.size()) {
    char32_t c = At(text_, i, &n);
    if (IsSpace(c)) {
      i += n;
      continue;
    }
    if (!IsLetterOrDigit(c)) {
      add(i, i + n);
      i += n;
      continue;
    }
    size_t s = i;
    bool inner_period = false;
    i += n;
    while (i < text_.size()) {
      c = At(text_, i, &n);
      if (IsLetterOrDigit(c)) {
        i += n;
        continue;
      }
      int m = 0;
      char32_t next = At(text_, i + n, &m);
      bool joiner = c == '\'' || c == U'\u2019' || c == '-' || c == '.' || c == '&';
      if (joiner && m > 0 && IsLetterOrDigit(next)) {
        inner_period |= c == '.';
        i += n + m;
        continue;
      }
      break;
    }
    if (i < text_.size() && text_[i] == '.') {
      std::string_view word = text_.substr(s, i - s);
      int k = 0;
      bool initial = IsUpperLetter(At(text_, s, &k)) && size_t(k) == word.size();
      std::string lower = NormalWord(word) + ".";
      if (inner_period || initial || lexicon.ContainsFolded("quote_titles", lower) ||
          lexicon.ContainsFolded("abbreviations", lower)) {
        ++i;
      }
    }
    add(s, i);
  }
}

uint32_t Layout::DatelineEnd(uint32_t first, uint32_t end) const {
  // The place opens in capitals ("WASHINGTON", "ST. LOUIS"), or in title
  // case before the agency in brackets ("New York (AFP) -"); a spaced dash
  // ends the dateline within a few words, none of them in lower case (a
  // sentence that opens with "NATO officials said - " has no dateline).
  const std::string_view place = text_.substr(words_[first].start, words_[first].end - words_[first].start);
  const bool capitals =
      place.size() >= 2 &&
      std::all_of(place.begin(), place.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '.'; });
  if (!capitals && !words_[first].upper) return first;
  bool agency = false;
  for (uint32_t w = first + 1; w < end && w <= first + kDatelineWords; ++w) {
    if (IsDashWord(words_[w]) && words_[w].start > words_[w - 1].end) {
      uint32_t after = w + 1;  // "--" may be two words
      while (after < end && IsDashWord(words_[after])) ++after;
      return after < end && (capitals || agency) ? after : first;
    }
    agency |= words_[w].lower == ")" && w >= first + 2 && words_[w - 2].lower == "(" && words_[w - 1].upper;
    if (!words_[w].punct && !words_[w].upper && !StartsWithDigit(words_[w])) return first;
  }
  return first;
}

void Layout::BuildSentences(const Document& doc, const Lexicon& lexicon) {
  auto push = [&](uint32_t first, uint32_t end, uint32_t block) {
    if (first >= end) return;
    // A wire dateline is a clause of its own: no subject, speaker or
    // reported content takes it in.
    if (sentences_.empty() || sentences_.back().block != block) {
      if (const uint32_t dateline_end = DatelineEnd(first, end); dateline_end > first) {
        sentences_.push_back({words_[first].start, words_[dateline_end - 1].end, first, dateline_end, block});
        first = dateline_end;
      }
    }
    sentences_.push_back({words_[first].start, words_[end - 1].end, first, end, block});
  };
  if (!doc.sentences.empty() && doc.tokens.size() == words_.size()) {
    for (const Sentence& s : doc.sentences) {
      push(s.first_token, std::min<uint32_t>(s.end_token, uint32_t(words_.size())),
           BlockOf(s.start));
    }
  } else {
    uint32_t w = 0;
    for (uint32_t b = 0; b < blocks_.size(); ++b) {
      while (w < words_.size() && words_[w].start < blocks_[b].start) ++w;
      uint32_t first = w;
      while (w < words_.size() && words_[w].end <= blocks_[b].end) {
        uint32_t here = w++;
        // A dotted abbreviation ends the sentence too when a word that only
        // opens sentences follows ("... in the U.S. He said").
        bool abbreviation_end =
            words_[here].lower.size() > 2 && words_[here].lower.back() == '.' &&
            w < words_.size() && words_[w].upper && words_[w].end <= blocks_[b].end &&
            lexicon.Contains("quote_function_words", words_[w].lower);
        if (abbreviation_end) {
          push(first, w, b);
          first = w;
          continue;
        }
        if (!IsSentenceEnd(words_[here].lower)) continue;
        // Closing marks and brackets written right after the period stay
        // with the sentence they close.
        while (w < words_.size() && words_[w].end <= blocks_[b].end &&
               words_[w].start == words_[w - 1].end && IsCloser(words_[w].lower)) {
          ++w;
        }
        if (w >= words_.size() || words_[w].end > blocks_[b].end) break;
        const Word& next = words_[w];
        if (next.upper || IsOpener(next.lower) || StartsWithDigit(next)) {
          push(first, w, b);
          first = w;
        }
      }
      push(first, w, b);
    }
  }
  sentence_of_word_.assign(words_.size(), 0);
  uint32_t s = 0;
  for (uint32_t w = 0; w < words_.size(); ++w) {
    while (s + 1 < sentences_.size() && sentences_[s].end_word <= w) ++s;
    sentence_of_word_[w] = s;
  }
  for (uint32_t k = 0; k < sentences_.size(); ++k) {
    Block& b = blocks_[sentences_[k].block];
    if (b.end_sentence == 0 && b.first_sentence == 0) b.first_sentence = k;
    b.end_sentence = k + 1;
  }
}

uint32_t Layout::WordAt(Offset offset) const {
  return uint32_t(std::upper_bound(word_ends_.begin(), word_ends_.end(), offset) -
                  word_ends_.begin());
}

uint32_t Layout::BlockOf(Offset offset) const {
  auto it = std::upper_bound(blocks_.begin(), blocks_.end(), offset,
                             [](Offset o, const Block& b) { return o < b.end; });
  if (it == blocks_.end()) return blocks_.empty() ? 0 : uint32_t(blocks_.size() - 1);
  return uint32_t(it - blocks_.begin());
}

std::vector<int32_t> QuotationOfWords(const Layout& layout, const std::vector<Quote>& quotes) {
  const auto& words = layout.words();
  std::vector<int32_t> quotation(words.size(), -1);
  for (size_t q = 0; q < quotes.size(); ++q) {
    for (uint32_t w = layout.WordAt(quotes[q].start); w < words.size() && words[w].end <= quotes[q].end; ++w) {
      quotation[w] = int32_t(q);
    }
  }
  return quotation;
}

}  // namespace saywho::quotes
