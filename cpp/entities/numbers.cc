#include "entities/numbers.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_set.h"
#include "saywho/lexicon.h"

namespace saywho::ner {
namespace {

using WordSet = absl::flat_hash_set<std::string_view>;

// Lower-case word classes of the grammar (general English).
const WordSet& Months() {
  static const auto* s = new WordSet{
      "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "jan.", "feb.", "mar.",
      "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec."};
  return *s;
}
const WordSet& Weekdays() {
  static const auto* s = new WordSet{"monday", "tuesday", "wednesday", "thursday",
                                     "friday", "saturday", "sunday"};
  return *s;
}
const WordSet& DateWords() {  // dates on their own
  static const auto* s = new WordSet{"today", "yesterday", "tomorrow"};
  return *s;
}
const WordSet& PeriodWords() {  // after this/last/next/past
  static const auto* s = new WordSet{
      "week", "weekend", "month", "year", "decade", "century", "spring", "summer",
      "autumn", "fall", "winter", "quarter", "morning", "afternoon", "evening", "night"};
  return *s;
}
const WordSet& DurationUnits() {  // "three years ago", "the past several decades"
  static const auto* s = new WordSet{"days", "weeks", "months", "years", "decades",
                                     "centuries", "day", "week", "month", "year",
                                     "decade", "century"};
  return *s;
}
const WordSet& TimeWords() {
  static const auto* s = new WordSet{"noon", "midnight", "tonight"};
  return *s;
}
const WordSet& DayParts() {  // "3 p.m."
  static const auto* s = new WordSet{"a.m.", "p.m.", "am", "pm", "a.m", "p.m"};
  return *s;
}
const WordSet& TimeZones() {  // "0710 GMT", "3 p.m. EST", written in capitals
  static const auto* s = new WordSet{"gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
                                     "bst", "cet", "cest", "jst", "aest", "aedt"};
  return *s;
}
const WordSet& NumberWords() {
  static const auto* s = new WordSet{
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
      "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
      "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion",
      "dozen", "dozens", "hundreds", "thousands", "millions", "billions", "tens"};
  return *s;
}
const WordSet& Scales() {
  static const auto* s = new WordSet{"hundred", "thousand", "million", "billion",
                                     "trillion", "bn", "mln", "m", "k"};
  return *s;
}
const WordSet& Ordinals() {
  static const auto* s = new WordSet{
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
      "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
      "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth",
      "fortieth", "fiftieth", "hundredth", "thousandth", "millionth"};
  return *s;
}
const WordSet& CurrencySymbols() {
  static const auto* s = new WordSet{"$", "us$", "£", "€", "¥", "a$", "c$", "hk$", "rmb"};
  return *s;
}
const WordSet& CurrencyWords() {
  static const auto* s = new WordSet{
      "dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "yuan", "renminbi",
      "cents", "pence", "rupees", "francs", "marks", "pesos", "rubles", "roubles", "won"};
  return *s;
}
const WordSet& PercentWords() {
  static const auto* s = new WordSet{"%", "percent", "pct", "per"};
  return *s;
}
const WordSet& Units() {
  static const auto* s = new WordSet{
      "km", "kilometers", "kilometres", "miles", "mile", "meters", "metres", "feet",
      "foot", "inches", "kg", "kilograms", "grams", "tons", "tonnes", "ounces", "lbs",
      "acres", "hectares", "barrels", "gallons", "liters", "litres", "degrees", "mph",
      "km/h", "mw", "megawatts", "gigawatts", "square", "cubic", "yards", "bpd"};
  return *s;
}
const WordSet& Approximators() {  // kept in front of a number: "more than $15 billion"
  static const auto* s = new WordSet{"about", "nearly", "almost", "over", "around",
                                     "some", "roughly", "approximately", "only", "just"};
  return *s;
}
const WordSet& DateModifiers() {  // "early 1958", "the mid-1980s"
  static const auto* s = new WordSet{"early", "late", "mid", "mid-", "the"};
  return *s;
}
const WordSet& Relatives() {  // "last week", "the past several decades"
  static const auto* s = new WordSet{"this", "last", "next", "past", "coming", "previous"};
  return *s;
}

// Every word that can start a numeric mention, for a one-lookup filter.
const WordSet& Triggers() {
  static const auto* s = [] {
    auto* all = new WordSet;
    for (const WordSet* set : {&Months(), &Weekdays(), &DateWords(), &TimeWords(), &NumberWords(),
                               &Ordinals(), &CurrencySymbols(), &Relatives()}) {
      all->insert(set->begin(), set->end());
    }
    all->insert({"several", "few", "mid"});
    return all;
  }();
  return *s;
}

bool AllDigits(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "15", "1,200", "3.5", "15bn" is not.
bool IsNumeral(std::string_view w) {
  if (w.empty() || !(w[0] >= '0' && w[0] <= '9')) return false;
  return std::all_of(w.begin(), w.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == ',' || c == '.';
  });
}

bool IsYear(std::string_view w) {
  return w.size() == 4 && AllDigits(w) && (w[0] == '1' || (w[0] == '2' && w[1] == '0'));
}

// "1980s", "'90s", "mid-1980s".
bool IsDecade(std::string_view w) {
  if (w.starts_with("mid-")) w.remove_prefix(4);
  if (w.size() == 5 && w.back() == 's' && IsYear(w.substr(0, 4)) && w[3] == '0') return true;
  return w.size() == 4 && w[0] == '\'' && w[3] == 's' && AllDigits(w.substr(1, 2));
}

bool IsDayNumber(std::string_view w) {
  if (w.size() > 2 && (w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") || w.ends_with("th"))) {
    w.remove_suffix(2);
  }
  if (!AllDigits(w) || w.size() > 2) return false;
  const int d = std::stoi(std::string(w));
  return d >= 1 && d <= 31;
}

// "12:00", "12:00am", "9:30pm".
bool IsClock(std::string_view w) {
  if (w.ends_with("am") || w.ends_with("pm")) w.remove_suffix(2);
  const size_t colon = w.find(':');
  return colon != std::string_view::npos && colon >= 1 && colon <= 2 &&
         AllDigits(w.substr(0, colon)) && w.size() == colon + 3 && AllDigits(w.substr(colon + 1));
}

bool IsOrdinalNumeral(std::string_view w) {
  if (w.size() < 3) return false;
  const std::string_view suffix = w.substr(w.size() - 2);
  return AllDigits(w.substr(0, w.size() - 2)) &&
         (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th");
}

bool IsNumberWord(std::string_view lower) {
  if (NumberWords().contains(lower)) return true;
  const size_t dash = lower.find('-');  // "twenty-five"
  return dash != std::string_view::npos && NumberWords().contains(lower.substr(0, dash)) &&
         NumberWords().contains(lower.substr(dash + 1));
}

class Grammar {
 public:
  Grammar(const Document& doc, uint32_t first, uint32_t end) : doc_(doc), first_(first), end_(end) {
    for (uint32_t i = first; i < end; ++i) {
      words_.push_back(doc.Slice(doc.tokens.start[i], doc.tokens.end[i]));
      lower_.push_back(AsciiLower(words_.back()));
    }
  }

  void Run(std::vector<Mention>* out) {
    const uint32_t n = end_ - first_;
    uint32_t last_stop = 0;  // mentions never overlap
    for (uint32_t i = 0; i < n;) {
      if (!MayStart(i)) {
        ++i;
        continue;
      }
      uint32_t stop = i;
      const Label label = Match(i, &stop);
      if (label == Label::kNone) {
        ++i;
        continue;
      }
      const uint32_t begin = std::max(ExtendLeft(i, label), last_stop);
      last_stop = stop;
      Mention m;
      m.start = doc_.tokens.start[first_ + begin];
      m.end = doc_.tokens.end[first_ + stop - 1];
      m.label = label;
      m.score = 0.9f;
      out->push_back(m);
      i = stop;
    }
  }

 private:
  // Cheap test before the grammar: digits, symbols, or a trigger word.
  bool MayStart(uint32_t i) const {
    const std::string_view w = W(i);
    if (w.empty()) return false;
    const unsigned char c = w[0];
    if ((c >= '0' && c <= '9') || c >= 0x80 || c == '$' || c == '\'') return true;
    const size_t dash = w.find('-');
    return Triggers().contains(dash == std::string_view::npos ? w : w.substr(0, dash));
  }
  std::string_view W(uint32_t i) const { return i < lower_.size() ? std::string_view(lower_[i]) : ""; }
  bool Capitalized(uint32_t i) const {
    return i < words_.size() && !words_[i].empty() && words_[i][0] >= 'A' && words_[i][0] <= 'Z';
  }
  bool IsNumber(uint32_t i) const { return IsNumeral(W(i)) || IsNumberWord(W(i)); }
  // Past a number and its scale words ("15 billion", "tens of millions").
  uint32_t NumberEnd(uint32_t i) const {
    while (i < W_size() && (IsNumeral(W(i)) || IsNumberWord(W(i)) || Scales().contains(W(i)) ||
                            (W(i) == "of" && i + 1 < W_size() && IsNumberWord(W(i + 1)) &&
                             i > 0 && IsNumberWord(W(i - 1))))) {
      ++i;
    }
    return i;
  }
  uint32_t W_size() const { return static_cast<uint32_t>(lower_.size()); }
  // One past token `j` when it is a time zone written in capitals ("GMT"),
  // else `j`.
  uint32_t PastTimeZone(uint32_t j) const {
    // The zones are letters only: in capitals, no lower-case one.
    const bool zone = TimeZones().contains(W(j)) &&
                      std::none_of(words_[j].begin(), words_[j].end(), [](char c) { return c >= 'a' && c <= 'z'; });
    return zone ? j + 1 : j;
  }

  bool IsMonth(uint32_t i) const {
    // "May" and "March" are also words: a month needs a capital letter, and
    // the short forms need their period.
    return Capitalized(i) && Months().contains(W(i));
  }

  Label Match(uint32_t i, uint32_t* stop) const {
    const std::string_view w = W(i);
    // A capitalised number word inside a sentence belongs to a name ("The
    // Third Wave", "Four Modernizations").
    if (i > 0 && Capitalized(i) && (IsNumberWord(w) || Ordinals().contains(w))) return Label::kNone;
    // Clock times, with the time zone after them.
    if (IsClock(w)) {
      *stop = PastTimeZone(i + 1 + (DayParts().contains(W(i + 1)) ? 1 : 0));
      return Label::kTime;
    }
    if (IsNumeral(w) && w.size() <= 2 && DayParts().contains(W(i + 1))) {
      *stop = PastTimeZone(i + 2);
      return Label::kTime;
    }
    // "0710 GMT", "1430 EST": a 24-hour clock without its colon, which only
    // the zone tells from a year or a count.
    if (w.size() == 4 && AllDigits(w) && w < "2400" && w.substr(2) < "60" && PastTimeZone(i + 1) > i + 1) {
      *stop = i + 2;
      return Label::kTime;
    }
    if (TimeWords().contains(w)) {
      *stop = i + 1;
      return Label::kTime;
    }
    // Dates: [Weekday ,] Month Day [, Year] | Month Year | Day Month [Year].
    if (Capitalized(i) && Weekdays().contains(w)) {
      uint32_t j = i + 1;
      if (W(j) == ",") ++j;
      if (IsMonth(j)) return MonthDate(j, stop);
      *stop = i + 1;
      return Label::kDate;
    }
    if (IsMonth(i)) {
      uint32_t j = i;
      const Label label = MonthDate(j, stop);
      // A bare month name needs a date context around it ("in March").
      if (*stop == i + 1 && !(i > 0 && (W(i - 1) == "in" || W(i - 1) == "since" ||
                                        W(i - 1) == "until" || W(i - 1) == "by" ||
                                        Relatives().contains(W(i - 1)) ||
                                        DateModifiers().contains(W(i - 1))))) {
        return Label::kNone;
      }
      return label;
    }
    if (IsDayNumber(w) && IsMonth(i + 1)) {
      *stop = i + 2 + (IsYear(W(i + 2)) ? 1 : 0);
      return Label::kDate;
    }
    if (IsYear(w) || IsDecade(w)) {
      // "2019" followed by a unit or currency is a number, not a year.
      if (CurrencyWords().contains(W(i + 1)) || Units().contains(W(i + 1)) ||
          PercentWords().contains(W(i + 1)) || (i > 0 && CurrencySymbols().contains(W(i - 1)))) {
        return NumberPhrase(i, stop);
      }
      *stop = i + 1;
      return Label::kDate;
    }
    if (DateWords().contains(w)) {
      *stop = i + 1;
      return Label::kDate;
    }
    if (Relatives().contains(w) && (PeriodWords().contains(W(i + 1)) ||
                                   (Capitalized(i + 1) && Weekdays().contains(W(i + 1))))) {
      *stop = i + 2;
      return Label::kDate;
    }
    // "three years ago", "several decades"
    if (const uint32_t unit = NumberEnd(i) > i ? NumberEnd(i) : i + 1;
        (IsNumber(i) || w == "several" || w == "few") && DurationUnits().contains(W(unit))) {
      *stop = unit + 1 + ((W(unit + 1) == "ago" || W(unit + 1) == "earlier" || W(unit + 1) == "later") ? 1 : 0);
      if (w == "several" || w == "few") {
        // Only with a relative in front: "the past several decades".
        if (!(i > 0 && Relatives().contains(W(i - 1)))) return Label::kNone;
      }
      return Label::kDate;
    }
    // Money with a symbol first: "$ 15 billion".
    if (CurrencySymbols().contains(w) && IsNumber(i + 1)) {
      *stop = NumberEnd(i + 1);
      return Label::kMoney;
    }
    if (IsOrdinalNumeral(w) || Ordinals().contains(w)) {
      *stop = i + 1;
      return Label::kOrdinal;
    }
    if (IsNumber(i)) return NumberPhrase(i, stop);
    return Label::kNone;
  }

  // Month [Day] [, Year] | Month Year, starting at month token i.
  Label MonthDate(uint32_t i, uint32_t* stop) const {
    uint32_t j = i + 1;
    if (IsDayNumber(W(j))) {
      ++j;
      if (W(j) == "," && IsYear(W(j + 1))) j += 2;
      else if (IsYear(W(j))) ++j;
    } else if (IsYear(W(j))) {
      ++j;
    } else if (W(j) == "," && IsYear(W(j + 1))) {
      j += 2;
    }
    *stop = j;
    return Label::kDate;
  }

  // A number and what it counts: money, percent, quantity or cardinal.
  Label NumberPhrase(uint32_t i, uint32_t* stop) const {
    uint32_t j = NumberEnd(i);
    if (j == i) j = i + 1;
    if (CurrencyWords().contains(W(j))) {
      *stop = j + 1;
      return Label::kMoney;
    }
    if (W(j) == "%" || W(j) == "percent" || W(j) == "pct") {
      *stop = j + 1;
      return Label::kPercent;
    }
    if (W(j) == "per" && W(j + 1) == "cent") {
      *stop = j + 2;
      return Label::kPercent;
    }
    if (Units().contains(W(j))) {
      *stop = j + 1 + ((W(j) == "square" || W(j) == "cubic") && j + 1 < W_size() ? 1 : 0);
      return Label::kQuantity;
    }
    *stop = j;
    return Label::kCardinal;
  }

  // Words in front that belong to the mention: "more than", "about", "the"
  // before a decade, "early" before a year.
  uint32_t ExtendLeft(uint32_t i, Label label) const {
    if (label == Label::kDate) {
      if (i >= 2 && W(i - 2) == "the" && W(i - 1) == "year" && IsYear(W(i))) return i - 2;
      if (i >= 1 && (W(i - 1) == "early" || W(i - 1) == "late" || W(i - 1) == "mid")) {
        return i >= 2 && W(i - 2) == "the" ? i - 2 : i - 1;
      }
      if (i >= 1 && W(i - 1) == "the" && IsDecade(W(i))) return i - 1;
      if (i >= 2 && W(i - 2) == "the" && Relatives().contains(W(i - 1))) return i - 2;
      if (i >= 1 && Relatives().contains(W(i - 1)) && !Relatives().contains(W(i))) return i - 1;
      return i;
    }
    if (label == Label::kMoney || label == Label::kPercent || label == Label::kCardinal ||
        label == Label::kQuantity) {
      if (i >= 2 && W(i - 1) == "than" && (W(i - 2) == "more" || W(i - 2) == "less" || W(i - 2) == "fewer")) {
        return i - 2;
      }
      if (i >= 2 && W(i - 2) == "up" && W(i - 1) == "to") return i - 2;
      if (i >= 1 && Approximators().contains(W(i - 1))) return i - 1;
    }
    return i;
  }

  const Document& doc_;
  uint32_t first_, end_;
  std::vector<std::string_view> words_;
  std::vector<std::string> lower_;
};

}  // namespace

void FindNumericMentions(const Document& doc, std::vector<Mention>* out) {
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  for (const Sentence& s : doc.sentences) {
    const uint32_t end = std::min(s.end_token, n);
    if (s.first_token >= end) continue;
    Grammar(doc, s.first_token, end).Run(out);
  }
}

bool IsCalendarWord(std::string_view word) {
  if (word.size() > 9) return false;  // "wednesday", "september" are the longest
  const std::string lower = AsciiLower(word);
  return Months().contains(lower) || Weekdays().contains(lower);
}

}  // namespace saywho::ner
