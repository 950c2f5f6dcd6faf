#include "read/metadata.h"

#include <array>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_format.h"
#include "read/ascii.h"

namespace saywho {
namespace {

// Footer paragraphs are short: a copyright notice, a permissions line.
constexpr size_t kMaxFooterWords = 40;
constexpr size_t kMaxFooterParagraphs = 6;
// A subtitle may be a sentence, but not a long one.
constexpr size_t kMaxSubtitleWords = 40;

struct DateToken {
  enum Kind { kNumber, kWord, kPunct } kind;
  std::string_view text;
};

std::vector<DateToken> TokenizeForDate(std::string_view s) {
  std::vector<DateToken> tokens;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = s[i];
    size_t j = i + 1;
    if (absl::ascii_isdigit(c)) {
      while (j < s.size() && absl::ascii_isdigit(static_cast<unsigned char>(s[j]))) ++j;
      tokens.push_back({DateToken::kNumber, s.substr(i, j - i)});
    } else if (absl::ascii_isalpha(c)) {
      while (j < s.size() && absl::ascii_isalpha(static_cast<unsigned char>(s[j]))) ++j;
      tokens.push_back({DateToken::kWord, s.substr(i, j - i)});
    } else if (!absl::ascii_isspace(c)) {
      tokens.push_back({DateToken::kPunct, s.substr(i, 1)});
    }
    i = j;
  }
  return tokens;
}

// 1..12 for an English month name or its abbreviation ("Sept"), else 0.
int MonthNumber(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (word.size() < 3) return 0;
  std::string lower = ToLower(word);
  for (int m = 0; m < 12; ++m) {
    if (lower == kMonths[m]) return m + 1;
    if (lower.size() <= 4 && StartsWith(kMonths[m], lower) &&
        (lower.size() == 3 || lower == "sept")) {
      return m + 1;
    }
  }
  return 0;
}

int ToInt(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

std::optional<std::string> MakeDate(int year, int month, int day) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30,
                                                31, 31, 30, 31, 30, 31};
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1 ||
      day > kDays[month - 1]) {
    return std::nullopt;
  }
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && day == 29 && !leap) return std::nullopt;
  return absl::StrFormat("%04d-%02d-%02d", year, month, day);
}

bool IsNumber(const std::vector<DateToken>& t, size_t k, size_t min_len,
              size_t max_len) {
  return k < t.size() && t[k].kind == DateToken::kNumber &&
         t[k].text.size() >= min_len && t[k].text.size() <= max_len;
}

bool IsPunct(const std::vector<DateToken>& t, size_t k, std::string_view set) {
  return k < t.size() && t[k].kind == DateToken::kPunct &&
         set.find(t[k].text[0]) != std::string_view::npos;
}

bool IsOrdinalSuffix(const std::vector<DateToken>& t, size_t k) {
  if (k >= t.size() || t[k].kind != DateToken::kWord) return false;
  std::string lower = ToLower(t[k].text);
  return lower == "st" || lower == "nd" || lower == "rd" || lower == "th";
}

// Skips the day number's suffix and the punctuation or "of" after it.
size_t SkipAfterDay(const std::vector<DateToken>& t, size_t k) {
  if (IsOrdinalSuffix(t, k)) ++k;
  if (IsPunct(t, k, ",.")) ++k;
  if (k < t.size() && t[k].kind == DateToken::kWord &&
      EqualsIgnoreCase(t[k].text, "of")) {
    ++k;
  }
  return k;
}

// Counts words, split at white space.
size_t WordCount(std::string_view s) {
  size_t count = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = absl::ascii_isspace(static_cast<unsigned char>(c));
    if (!space && !in_word) ++count;
    in_word = !space;
  }
  return count;
}

bool EndsLikeSentence(std::string_view s) {
  s = StripTrailingWhitespace(s);
  if (s.empty()) return false;
  char c = s.back();
  return c == '.' || c == '!' || c == '?' || c == '"' ||
         EndsWith(s, "\xE2\x80\x9D") || EndsWith(s, "\xE2\x80\xA6");
}

// The part after the last breadcrumb separator, or "" when `line` is no
// breadcrumb ("Home > World > Title").
std::string_view BreadcrumbTail(std::string_view line) {
  static constexpr std::array<std::string_view, 4> kSeparators = {
      " > ", " \xC2\xBB ", " \xE2\x80\xBA ", " / "};
  for (std::string_view sep : kSeparators) {
    size_t cut = line.rfind(sep);
    if (cut == std::string_view::npos || cut == 0) continue;
    size_t first = line.find(sep);
    if (WordCount(line.substr(0, first)) > 3) continue;  // the first crumb is short ("Home")
    // A slash may be part of a title ("Love / Hate"): it needs two crumbs more.
    if (sep == " / " && first == cut) continue;
    return StripWhitespace(line.substr(cut + sep.size()));
  }
  return {};
}

bool IsDateLine(std::string_view line) {
  return line.size() <= 80 && WordCount(line) <= 10 && ParseDate(line).has_value();
}

// "By Jane Doe" -> "Jane Doe"; the name ends at a separator ("By Jane Doe |
// March 3", "By Jane Doe, Reuters"). "" when the line is no such byline.
std::string_view ByName(std::string_view line) {
  if (!StartsWithIgnoreCase(line, "by ")) return {};
  std::string_view name = StripWhitespace(line.substr(3));
  for (std::string_view sep : {" |", " \xC2\xB7", " \xE2\x80\xA2", " - ", " \xE2\x80\x94", ", "}) {
    size_t cut = name.find(sep);
    if (cut != std::string_view::npos) name = StripWhitespace(name.substr(0, cut));
  }
  return LooksLikeByline(name) ? name : std::string_view();
}

std::string_view FirstUrl(std::string_view s) {
  size_t at = s.find("http://");
  size_t at_s = s.find("https://");
  if (at == std::string_view::npos || (at_s != std::string_view::npos && at_s < at)) {
    at = at_s;
  }
  if (at == std::string_view::npos) return {};
  size_t end = at;
  while (end < s.size() && !absl::ascii_isspace(static_cast<unsigned char>(s[end])) &&
         s[end] != '>' && s[end] != ')') {
    ++end;
  }
  return s.substr(at, end - at);
}

bool IsSourceLine(std::string_view line) {
  for (std::string_view key : {"source url:", "source:", "original url:", "url:",
                               "canonical url:", "originally published at"}) {
    if (StartsWithIgnoreCase(line, key)) return !FirstUrl(line).empty();
  }
  return false;
}

bool IsCopyrightLine(std::string_view line) {
  return StartsWithIgnoreCase(line, "copyright") ||
         StartsWith(line, "\xC2\xA9") ||
         StartsWithIgnoreCase(line, "(c) ") ||
         ContainsIgnoreCase(line, "all rights reserved");
}

void SetIfEmpty(std::string* field, std::string_view value) {
  if (field->empty()) *field = std::string(value);
}

}  // namespace

std::optional<std::string> ParseDate(std::string_view s) {
  std::vector<DateToken> t = TokenizeForDate(s);
  for (size_t k = 0; k < t.size(); ++k) {
    // 2019-08-27, 2019/08/27, 2019.08.27
    if (IsNumber(t, k, 4, 4) && IsPunct(t, k + 1, "-/.") && IsNumber(t, k + 2, 1, 2) &&
        IsPunct(t, k + 3, t[k + 1].text) && IsNumber(t, k + 4, 1, 2)) {
      if (auto d = MakeDate(ToInt(t[k].text), ToInt(t[k + 2].text), ToInt(t[k + 4].text))) {
        return d;
      }
    }
    // 08/27/2019, 27/08/2019, 27.08.2019
    if (IsNumber(t, k, 1, 2) && IsPunct(t, k + 1, "/.-") && IsNumber(t, k + 2, 1, 2) &&
        IsPunct(t, k + 3, t[k + 1].text) && IsNumber(t, k + 4, 4, 4)) {
      int a = ToInt(t[k].text), b = ToInt(t[k + 2].text), year = ToInt(t[k + 4].text);
      bool day_first = t[k + 1].text == "." || a > 12;
      if (auto d = day_first ? MakeDate(year, b, a) : MakeDate(year, a, b)) return d;
    }
    // August 27, 2019 / Aug. 27th 2019
    if (t[k].kind == DateToken::kWord) {
      int month = MonthNumber(t[k].text);
      if (month == 0) continue;
      size_t j = k + 1;
      if (IsPunct(t, j, ".")) ++j;
      if (IsNumber(t, j, 1, 2)) {
        int day = ToInt(t[j].text);
        size_t y = SkipAfterDay(t, j + 1);
        if (IsNumber(t, y, 4, 4)) {
          if (auto d = MakeDate(ToInt(t[y].text), month, day)) return d;
        }
      }
    }
    // 27 August 2019 / 27th of Aug., 2019
    if (IsNumber(t, k, 1, 2)) {
      size_t m = SkipAfterDay(t, k + 1);
      if (m < t.size() && t[m].kind == DateToken::kWord) {
        int month = MonthNumber(t[m].text);
        size_t y = m + 1;
        if (IsPunct(t, y, ".")) ++y;
        if (IsPunct(t, y, ",")) ++y;
        if (month != 0 && IsNumber(t, y, 4, 4)) {
          if (auto d = MakeDate(ToInt(t[y].text), month, ToInt(t[k].text))) return d;
        }
      }
    }
  }
  return std::nullopt;
}

bool LooksLikePersonName(std::string_view line) {
  line = StripWhitespace(line);
  std::vector<std::string_view> words;
  for (size_t i = 0; i < line.size();) {
    size_t j = line.find(' ', i);
    if (j == std::string_view::npos) j = line.size();
    if (j > i) words.push_back(line.substr(i, j - i));
    i = j + 1;
  }
  if (words.size() < 2 || words.size() > 5) return false;
  static constexpr std::array<std::string_view, 30> kFunctionWords = {
      "A",  "An",  "The", "Of",  "In",   "On",   "To",  "For",  "And",   "Or",
      "With", "At", "By", "From", "Is",  "Are",  "Was", "Why",  "How",   "What",
      "Who", "When", "Where", "Not", "No", "Our", "My", "Your", "Their", "Its"};
  static constexpr std::array<std::string_view, 12> kParticles = {
      "de", "van", "von", "der", "den", "da", "del", "di", "la", "le", "bin", "al"};
  bool has_surname = false;
  for (std::string_view w : words) {
    for (char c : w) {
      if (absl::ascii_isdigit(static_cast<unsigned char>(c))) return false;
      if (c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' ||
          c == '(' || c == ')') {
        return false;
      }
    }
    bool particle = false;
    for (std::string_view p : kParticles) particle = particle || w == p;
    if (particle) continue;
    // Title-case headlines look like names but hold function words.
    for (std::string_view f : kFunctionWords) {
      if (w == f) return false;
    }
    unsigned char first = w[0];
    // Non-ASCII initials (accented capitals) count as capitalised.
    if (first < 0x80 && !absl::ascii_isupper(first)) return false;
    bool initial = w.size() == 2 && w[1] == '.';
    if (!initial && w.back() == '.') return false;  // a sentence's full stop
    if (!initial) has_surname = true;
  }
  return has_surname;
}

bool LooksLikeByline(std::string_view line) {
  // Split at " and ", " & " and ", ": every part a name.
  size_t parts = 0;
  while (!line.empty()) {
    size_t cut = std::string_view::npos, skip = 0;
    for (std::string_view sep : {" and ", " & ", ", "}) {
      size_t at = line.find(sep);
      if (at < cut) {
        cut = at;
        skip = sep.size();
      }
    }
    std::string_view part = line.substr(0, cut);
    if (!LooksLikePersonName(part) || ++parts > 4) return false;
    line = cut == std::string_view::npos ? std::string_view() : line.substr(cut + skip);
  }
  return parts > 0;
}

void DetectHeaderAndFooter(Document* doc) {
  std::vector<Paragraph>& paragraphs = doc->paragraphs;
  auto text_of = [&](const Paragraph& p) {
    return std::string_view(doc->text).substr(p.start, p.end - p.start);
  };
  Metadata& meta = doc->metadata;

  // The header zone: paragraphs before the first body-like one, unless a
  // byline or date line follows that one closely: then it was a subtitle
  // written as a sentence.
  auto body_like = [&](size_t i) {
    std::string_view t = text_of(paragraphs[i]);
    size_t words = WordCount(t);
    return paragraphs[i].kind != BlockKind::kHeading &&
           (words > 30 || (words > 12 && EndsLikeSentence(t)));
  };
  auto byline_or_date = [&](size_t i) {
    std::string_view t = text_of(paragraphs[i]);
    return !ByName(t).empty() || IsDateLine(t);
  };
  size_t body = 0;
  while (body < paragraphs.size()) {
    if (body_like(body)) {
      size_t next = body + 1;
      while (next < paragraphs.size() && next <= body + 2 && !byline_or_date(next)) ++next;
      bool subtitle = WordCount(text_of(paragraphs[body])) <= kMaxSubtitleWords &&
                      next < paragraphs.size() && next <= body + 2;
      if (!subtitle) break;
    }
    ++body;
  }
  if (body > 8 || body >= paragraphs.size()) body = 0;

  std::string_view breadcrumb_tail;
  std::vector<size_t> others;  // title and subtitle candidates, in order
  std::vector<size_t> names;   // name-like lines
  for (size_t i = 0; i < body; ++i) {
    Paragraph& p = paragraphs[i];
    std::string_view t = text_of(p);
    if (p.kind == BlockKind::kBody) p.kind = BlockKind::kHeader;
    if (std::string_view tail = BreadcrumbTail(t); !tail.empty() && breadcrumb_tail.empty()) {
      breadcrumb_tail = tail;
      continue;
    }
    // A byline may carry the date ("By Ann Lee | March 3, 2021").
    std::string_view name = ByName(t);
    if (!name.empty()) SetIfEmpty(&meta.author, name);
    if (IsDateLine(t)) {
      if (auto iso = ParseDate(t)) SetIfEmpty(&meta.date, *iso);
      continue;
    }
    if (!name.empty()) continue;
    if (LooksLikeByline(t)) names.push_back(i);
    others.push_back(i);
  }
  // The title: the line repeating the breadcrumb, else the first heading,
  // else the first other line.
  // A long breadcrumb may be cut short ("China's Long March to...").
  std::string_view crumb = breadcrumb_tail;
  bool cut_short = ConsumeSuffix(&crumb, "...") || ConsumeSuffix(&crumb, "\xE2\x80\xA6");
  crumb = StripWhitespace(crumb);
  size_t title = others.size();
  for (size_t k = 0; k < others.size() && !crumb.empty() && title == others.size(); ++k) {
    std::string_view line = text_of(paragraphs[others[k]]);
    if (cut_short ? StartsWithIgnoreCase(line, crumb) : EqualsIgnoreCase(line, crumb)) title = k;
  }
  for (size_t k = 0; k < others.size() && title == others.size(); ++k) {
    if (paragraphs[others[k]].kind == BlockKind::kHeading) title = k;
  }
  // Else the first other line (titles come before bylines).
  if (title == others.size() && !others.empty()) title = 0;
  const size_t title_line = title < others.size() ? others[title] : paragraphs.size();
  // The byline: the last name-like line that is not the title (bylines
  // follow the title and subtitle).
  size_t byline = paragraphs.size();
  for (size_t i : names) {
    if (i != title_line) byline = i;
  }
  if (byline < paragraphs.size()) SetIfEmpty(&meta.author, text_of(paragraphs[byline]));
  if (title < others.size()) {
    SetIfEmpty(&meta.title, text_of(paragraphs[title_line]));
    // The subtitle: the next line that is not the byline.
    if (title + 1 < others.size() && others[title + 1] != byline) {
      SetIfEmpty(&meta.subtitle, text_of(paragraphs[others[title + 1]]));
    }
  } else if (!crumb.empty() && !cut_short) {
    SetIfEmpty(&meta.title, crumb);
  }

  // "Source URL:" lines give the url wherever they stand.
  for (const Paragraph& p : paragraphs) {
    std::string_view t = text_of(p);
    if (WordCount(t) <= kMaxFooterWords && IsSourceLine(t)) {
      SetIfEmpty(&meta.source_url, FirstUrl(t));
      break;
    }
  }
  // The footer: within the trailing run of short paragraphs, everything
  // from the first source or copyright line on. A copyright sign in the
  // middle of the body (a photo credit) starts no footer.
  size_t tail = paragraphs.size();
  while (tail > body + 1 && paragraphs.size() - tail < kMaxFooterParagraphs &&
         paragraphs[tail - 1].kind != BlockKind::kHeading &&
         WordCount(text_of(paragraphs[tail - 1])) <= kMaxFooterWords) {
    --tail;
  }
  bool in_footer = false;
  for (size_t i = tail; i < paragraphs.size(); ++i) {
    std::string_view t = text_of(paragraphs[i]);
    in_footer = in_footer || IsSourceLine(t) || IsCopyrightLine(t);
    if (in_footer) paragraphs[i].kind = BlockKind::kFooter;
  }
}

}  // namespace saywho
