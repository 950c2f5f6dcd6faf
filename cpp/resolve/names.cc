#include "resolve/names.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "common/utf8.h"

namespace saywho {
namespace {

bool IsAscii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Punctuation that may cling to a word inside a mention span but is no part
// of the name: quotes, brackets, commas.
bool IsEdgePunct(char c) {
  return c == ',' || c == ';' || c == ':' || c == '"' || c == '(' || c == ')' || c == '[' ||
         c == ']' || c == '*';
}

constexpr std::string_view kRightSingleQuote = "\u2019";
constexpr std::string_view kLeftSingleQuote = "\u2018";

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Splits text[start, end) into words at white space, trimming edge
// punctuation off each word.
std::vector<NameWord> SplitWords(std::string_view text, Offset start, Offset end) {
  std::vector<NameWord> words;
  Offset i = start;
  while (i < end) {
    while (i < end && IsSpace(text[i])) ++i;
    Offset word_start = i;
    while (i < end && !IsSpace(text[i])) ++i;
    Offset word_end = i;
    while (word_start < word_end && IsEdgePunct(text[word_start])) ++word_start;
    while (word_end > word_start && IsEdgePunct(text[word_end - 1])) --word_end;
    // Typographic quotes are multibyte; trim them as whole sequences.
    for (std::string_view q : {std::string_view("\u201c"), std::string_view("\u201d")}) {
      if (word_end - word_start >= q.size() && text.substr(word_start, q.size()) == q) {
        word_start += q.size();
      }
      if (word_end - word_start >= q.size() && text.substr(word_end - q.size(), q.size()) == q) {
        word_end -= q.size();
      }
    }
    if (word_start < word_end) {
      words.push_back({text.substr(word_start, word_end - word_start), word_start, word_end});
    }
  }
  return words;
}

// Whether a comma follows the word (SplitWords trimmed it off the word).
bool FollowedByComma(std::string_view text, const NameWord& word) {
  return word.end < text.size() && text[word.end] == ',';
}

// "Professor Cres Eastman", "Mr. Bean": an honorific, then capitalised
// words only.
bool LedByHonorific(const Lexicon& lexicon, const std::vector<NameWord>& words, size_t first,
                    size_t last) {
  if (last - first < 2 || !InList(lexicon, kHonorificsList, words[first].text)) return false;
  for (size_t i = first + 1; i < last; ++i) {
    if (!StartsUpper(words[i].text)) return false;
  }
  return true;
}

bool StartsLower(std::string_view word) {
  if (word.empty()) return false;
  int length = 0;
  return u_islower(static_cast<UChar32>(DecodeUtf8(word, 0, &length)));
}

bool HasLetterOrDigit(std::string_view word) {
  for (size_t i = 0; i < word.size();) {
    int length = 1;
    if (u_isalnum(static_cast<UChar32>(DecodeUtf8(word, i, &length)))) return true;
    i += length;
  }
  return false;
}

// "Warhol-like", "University-sponsored" -> "Warhol", "University": a name
// made the first part of a compound whose other parts are lower case is the
// name alone ("Basse-Terre", "Jean-Paul" stay whole).
std::string_view StripLowerCaseCompound(std::string_view word) {
  const size_t hyphen = word.find('-');
  if (hyphen == 0 || hyphen == std::string_view::npos || !StartsUpper(word)) return word;
  for (size_t i = hyphen; i < word.size(); ++i) {
    const char c = word[i];
    if (c != '-' && (c < 'a' || c > 'z')) return word;
  }
  return word.substr(0, hyphen);
}

// "jr", "sr" or a Roman numeral ("ii", "iv"): a suffix that tells a person
// from a parent or namesake.
bool IsGeneration(const std::string& folded) {
  if (folded == "jr" || folded == "sr") return true;
  return !folded.empty() && folded.find_first_not_of("ivx") == std::string::npos;
}

bool HasPossessive(std::string_view word) { return StripPossessive(word).size() != word.size(); }

// `s` without its accents and other combining marks ("Zahā Ḥadīd" ->
// "Zaha Hadid"), so that names written with and without them compare equal.
std::string StripMarks(const std::string& s) {
  if (IsAscii(s)) return s;  // no marks to strip, and NFD leaves it as it is
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return s;
  icu::UnicodeString decomposed = nfd->normalize(icu::UnicodeString::fromUTF8(s), status);
  if (U_FAILURE(status)) return s;
  icu::UnicodeString bare;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) bare.append(c);
    i += U16_LENGTH(c);
  }
  std::string out;
  bare.toUTF8String(out);
  return out;
}

// Folded comparison form of one word: case folded, periods and a possessive
// removed ("U.S." -> "us", "People's" -> "people").
std::string FoldWord(std::string_view word) {
  std::string folded = StripMarks(FoldName(StripPossessive(word)));
  std::string out;
  out.reserve(folded.size());
  for (size_t i = 0; i < folded.size(); ++i) {
    const char c = folded[i];
    if (c == '.') continue;
    // "Basse-Terre" is "Basse Terre": an inner hyphen compares as a space.
    out.push_back(c == '-' && i > 0 && i + 1 < folded.size() ? ' ' : c);
  }
  return out.empty() ? folded : out;
}

// "U. S.": every word one capital letter and a period; the letters ("US"),
// else empty.
std::string SpacedInitials(const std::vector<NameWord>& words) {
  if (words.size() < 2) return "";
  std::string letters;
  for (const NameWord& w : words) {
    if (w.text.size() != 2 || w.text[1] != '.' || w.text[0] < 'A' || w.text[0] > 'Z') return "";
    letters.push_back(w.text[0]);
  }
  return AsciiAcronym(letters);
}

// The word written just before `start` on the same line, with no more than
// spaces between, when it qualifies a place as a part or period of it
// ("mainland", "early"); nullopt otherwise. Looks back a bounded distance.
std::optional<NameWord> PlaceQualifierBefore(const Lexicon& lexicon, std::string_view text,
                                             Offset start) {
  constexpr Offset kLongestQualifier = 24;
  Offset end = start;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  if (end == start) return std::nullopt;
  Offset begin = end;
  while (begin > 0 && end - begin <= kLongestQualifier &&
         std::isalpha(static_cast<unsigned char>(text[begin - 1]))) {
    --begin;
  }
  if (begin == end || end - begin > kLongestQualifier) return std::nullopt;
  if (begin > 0 && !IsSpace(text[begin - 1]) && !IsEdgePunct(text[begin - 1])) return std::nullopt;
  std::string_view word = text.substr(begin, end - begin);
  if (!InList(lexicon, kPlaceQualifiersList, word)) return std::nullopt;
  return NameWord{word, begin, end};
}

}  // namespace

std::string AsciiAcronym(std::string_view word) {
  std::string letters;
  for (char c : word) {
    if (c == '.') continue;
    if (c < 'A' || c > 'Z') return "";
    letters.push_back(c);
  }
  return letters.size() >= 2 && letters.size() <= 8 ? letters : "";
}

std::string FoldName(std::string_view s) {
  // Case folding changes only the capitals of ASCII text, which has no
  // typographic quotes either: most names need no ICU.
  if (IsAscii(s)) return AsciiLower(s);
  const auto unicode = [](std::string_view utf8) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  };
  icu::UnicodeString u = unicode(s);
  u.findAndReplace(unicode(kRightSingleQuote), "'");
  u.findAndReplace(unicode(kLeftSingleQuote), "'");
  u.foldCase();
  std::string out;
  u.toUTF8String(out);
  return out;
}

bool StartsUpper(std::string_view word) {
  if (word.empty()) return false;
  int length = 0;
  return u_isupper(static_cast<UChar32>(DecodeUtf8(word, 0, &length)));
}

bool IsAllCaps(std::string_view word) {
  bool letters = false;
  for (size_t i = 0; i < word.size();) {
    int length = 1;
    UChar32 c = static_cast<UChar32>(DecodeUtf8(word, i, &length));
    if (u_islower(c)) return false;
    if (u_isalpha(c)) letters = true;
    i += length;
  }
  return letters;
}

std::string_view StripPossessive(std::string_view word) {
  for (std::string_view quote : {std::string_view("'"), kRightSingleQuote}) {
    if (word.size() <= quote.size() + 1) continue;  // a possessive alone is kept
    const std::string_view before_last = word.substr(word.size() - quote.size() - 1, quote.size());
    if (before_last == quote && (word.back() == 's' || word.back() == 'S')) {
      return word.substr(0, word.size() - quote.size() - 1);
    }
    // "States'": a plural possessive keeps its s and loses the apostrophe.
    if (EndsWith(word, quote) && word[word.size() - quote.size() - 1] == 's') {
      return word.substr(0, word.size() - quote.size());
    }
  }
  return word;
}

bool IsTitleWord(const Lexicon& lexicon, std::string_view word) {
  return InList(lexicon, kTitlesList, word) || InList(lexicon, kRoleModifiersList, word);
}

bool InList(const Lexicon& lexicon, LexiconName list, std::string_view word) {
  if (word.empty()) return false;
  if (lexicon.ContainsFolded(list, word)) return true;
  if (word.back() == '.') return lexicon.ContainsFolded(list, word.substr(0, word.size() - 1));
  return lexicon.ContainsFolded(list, std::string(word) + ".");
}

std::string InitialsOf(const Lexicon& lexicon, std::string_view name) {
  std::vector<NameWord> words = SplitWords(name, 0, static_cast<Offset>(name.size()));
  if (words.size() < 2) return "";
  std::string initials;
  for (const NameWord& w : words) {
    std::string_view bare = StripPossessive(w.text);
    if (!StartsUpper(bare) || InList(lexicon, kFunctionWordsList, bare)) continue;
    int length = 1;
    DecodeUtf8(bare, 0, &length);
    initials.append(bare.substr(0, length));
  }
  return initials;
}

std::string WrittenName(const std::vector<NameWord>& words, size_t first, size_t end) {
  std::string out;
  if (end == 0 || end > words.size()) end = words.size();
  if (first >= end) return out;
  // The words are views into one text: take it from the first word's start
  // to the last word's end, so inner punctuation stays as written.
  const std::string_view last = words[end - 1].text;
  std::string_view span(words[first].text.data(),
                        static_cast<size_t>(last.data() + last.size() - words[first].text.data()));
  bool in_space = false;
  for (char c : span) {
    if (IsSpace(c)) {
      in_space = true;
      continue;
    }
    if (in_space) out.push_back(' ');
    in_space = false;
    out.push_back(c);
  }
  return out;
}

std::string TitleCase(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
  u.toTitle(nullptr);
  std::string out;
  u.toUTF8String(out);
  return out;
}

NameForm AnalyzeName(const Lexicon& lexicon, std::string_view text, Offset start, Offset end,
                     Label label) {
  NameForm form;
  if (end > text.size() || start >= end) return form;
  std::vector<NameWord> words = SplitWords(text, start, end);
  if (words.empty()) return form;
  size_t first = 0;
  size_t last = words.size();  // one past
  if (last - first > 1 && FoldName(words[first].text) == "the") ++first;
  const size_t name_start = first;  // after the article
  // Organisations are what taggers most often take people for; works and
  // products may be named with an honorific ("Miss Universe", "Mr. Bean").
  if (label == Label::kOrg && LedByHonorific(lexicon, words, first, last)) {
    label = Label::kPerson;
  }
  if ((label == Label::kPerson || label == Label::kGpe || label == Label::kLoc) && last - first >= 2) {
    // "Phoenix Sky Harbor International Airport", "United Kingdom Home
    // Office": a building or an organisation the tagger took for a person or
    // a place, by its last word.
    if (const std::string* head = lexicon.Lookup(kInstitutionHeadsTable, FoldWord(words[last - 1].text))) {
      label = LabelFromName(*head);
    }
  }
  form.label = label;
  if (label == Label::kPerson) {
    // "Mark Smith, QC", "Jane Doe, a lawyer": the name ends at the comma;
    // "Bertrand Russell's interpreter", "Rick Santorum himself", "Constantine
    // the Great - later ...": at a lower-case word that is no name particle,
    // or at a dash.
    for (size_t i = first; i + 1 < last; ++i) {
      if (FollowedByComma(text, words[i])) {
        last = i + 1;
        break;
      }
      const std::string_view next = words[i + 1].text;
      // A title's complement goes on: "Ambassador to the United States".
      if ((StartsLower(next) && !InList(lexicon, kNameParticlesList, next) &&
           !IsTitleWord(lexicon, words[i].text)) ||
          !HasLetterOrDigit(next)) {
        last = i + 1;
        break;
      }
    }
  }
  const LexiconName suffixes =
      label == Label::kPerson ? kNameSuffixesList : kCorporateSuffixesList;
  std::string generation;
  while (last - first > 1 && InList(lexicon, suffixes, words[last - 1].text)) {
    --last;
    if (label == Label::kPerson && generation.empty() && IsGeneration(FoldWord(words[last].text))) {
      generation = FoldWord(words[last].text);
    }
  }
  if (label == Label::kPerson) {
    // "Robert Smith Vice President": a title of two words or more after the
    // name is no part of it (one word may be a surname: "Stephen King").
    size_t title_start = last;
    while (title_start > first + 1 && IsTitleWord(lexicon, words[title_start - 1].text)) --title_start;
    // "Mr. Chief Justice" is a title with an honorific, not a name "Mr.".
    if (last - title_start >= 2 && !InList(lexicon, kHonorificsList, words[title_start - 1].text)) {
      last = title_start;
    }
    // Everything up to the rightmost title or honorific that still leaves a
    // name is a title: "National Security Adviser John Bolton" -> "John Bolton".
    // A title alone ("Vice President") stays whole.
    bool title_only = std::all_of(words.begin() + first, words.begin() + last,
                                  [&](const NameWord& w) { return IsTitleWord(lexicon, w.text); });
    for (size_t i = last - 1; !title_only && i-- > first;) {
      // "Sacha Baron Cohen": a title word after a given name is a name's.
      if (i > first && InList(lexicon, kKnownGivenNamesList, words[i - 1].text) &&
          !IsTitleWord(lexicon, words[i - 1].text)) {
        continue;
      }
      if (InList(lexicon, kTitlesList, words[i].text) ||
          InList(lexicon, kHonorificsList, words[i].text)) {
        first = i + 1;
        break;
      }
    }
    // "Secretary of State Wendy Sherman": a title's "of", "for" or "to" complement is
    // capitalised like a name; the name is taken to be the last two words,
    // unless a lower-case word leads them in or there are no more than two:
    // "President of the United States", "Mayor of Springfield" are titles
    // alone and stay whole.
    if (first > name_start &&
        (words[first].text == "of" || words[first].text == "for" || words[first].text == "to")) {
      first = last - first > 2 && StartsUpper(words[last - 3].text) ? last - 2 : name_start;
    }
  }
  words = std::vector<NameWord>(words.begin() + first, words.begin() + last);
  if (words.empty()) return form;
  if (label == Label::kGpe || label == Label::kLoc) {
    if (std::optional<NameWord> qualifier = PlaceQualifierBefore(lexicon, text, start)) {
      words.insert(words.begin(), *qualifier);
    }
  }
  // "Relations, Inc.": the comma before a dropped suffix goes too (SplitWords
  // already trimmed it); a final possessive goes as well.
  NameWord& tail = words.back();
  std::string_view bare = StripLowerCaseCompound(StripPossessive(tail.text));
  tail.end -= static_cast<Offset>(tail.text.size() - bare.size());
  tail.text = bare;

  form.words = std::move(words);
  form.generation = std::move(generation);
  for (const NameWord& w : form.words) {
    form.folded.push_back(FoldWord(w.text));
    if (!form.key.empty()) form.key.push_back(' ');
    form.key.append(form.folded.back());
  }
  form.core_end = form.words.size();
  // "City of Cleveland": an administrative unit named by its place.
  if (label != Label::kPerson && form.words.size() >= 3 && form.folded[1] == "of" &&
      StartsUpper(form.words[2].text) && InList(lexicon, kPlaceDesignationsList, form.words[0].text)) {
    form.core_first = 2;
  }
  for (size_t i = form.words.size() - 1; form.core_first == 0 && i-- > 0;) {
    if (HasPossessive(form.words[i].text) && StartsUpper(form.words[i + 1].text)) {
      form.core_first = i + 1;
      break;
    }
  }
  for (size_t i = form.core_first; i + 1 < form.words.size(); ++i) {
    if (FollowedByComma(text, form.words[i])) {
      form.core_end = i + 1;
      break;
    }
  }
  if (form.core_first > 0 || form.core_end < form.words.size()) {
    for (size_t j = form.core_first; j < form.core_end; ++j) {
      if (!form.core_key.empty()) form.core_key.push_back(' ');
      form.core_key.append(form.folded[j]);
    }
  }
  if (form.words.size() == 1) {
    form.acronym = AsciiAcronym(form.words[0].text);
  } else if (form.acronym = SpacedInitials(form.words); form.acronym.empty()) {
    form.initials = InitialsOf(lexicon, text.substr(form.words.front().start,
                                                    form.words.back().end - form.words.front().start));
  }
  return form;
}

}  // namespace saywho
