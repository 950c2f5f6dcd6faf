// Small ASCII string helpers on std::string_view (this Abseil's string_view
// is a distinct type, so absl/strings/match.h does not take std views).
#ifndef SAYWHO_READ_ASCII_H_
#define SAYWHO_READ_ASCII_H_

#include <string>
#include <string_view>

namespace saywho {

inline char AsciiLower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}
inline bool IsAsciiWhitespace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
inline std::string ToLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}
inline bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}
inline bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
inline bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (AsciiLower(a[i]) != AsciiLower(b[i])) return false;
  }
  return true;
}
inline bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EqualsIgnoreCase(s.substr(0, prefix.size()), prefix);
}
// Linear in |s| * |needle|; for short needles.
inline bool ContainsIgnoreCase(std::string_view s, std::string_view needle) {
  for (size_t i = 0; i + needle.size() <= s.size(); ++i) {
    if (EqualsIgnoreCase(s.substr(i, needle.size()), needle)) return true;
  }
  return false;
}
inline std::string_view StripLeadingWhitespace(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && IsAsciiWhitespace(s[i])) ++i;
  return s.substr(i);
}
inline std::string_view StripTrailingWhitespace(std::string_view s) {
  size_t n = s.size();
  while (n > 0 && IsAsciiWhitespace(s[n - 1])) --n;
  return s.substr(0, n);
}
inline std::string_view StripWhitespace(std::string_view s) {
  return StripTrailingWhitespace(StripLeadingWhitespace(s));
}
inline bool ConsumeSuffix(std::string_view* s, std::string_view suffix) {
  if (!EndsWith(*s, suffix)) return false;
  s->remove_suffix(suffix.size());
  return true;
}
inline bool ConsumePrefix(std::string_view* s, std::string_view prefix) {
  if (!StartsWith(*s, prefix)) return false;
  s->remove_prefix(prefix.size());
  return true;
}

}  // namespace saywho

#endif  // SAYWHO_READ_ASCII_H_
