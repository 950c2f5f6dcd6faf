#include "segment/web_spans.h"

namespace saywho {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || (c >= '0' && c <= '9'); }

// Characters a URL may hold once it has started: printable ASCII except white
// space and the delimiters that RFC 3986 excludes and prose puts around URLs.
bool IsUrlChar(char c) {
  if (c <= ' ' || c >= 0x7F) return false;
  return c != '"' && c != '<' && c != '>' && c != '`' && c != '{' && c != '}' &&
         c != '|' && c != '\\' && c != '^';
}

bool IsEmailLocalChar(char c) {
  return IsAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}
bool IsDomainChar(char c) { return IsAsciiAlnum(c) || c == '-' || c == '.'; }

// Where a URL starting at `start` ends: the run of URL characters, less the
// punctuation that rather ends the sentence or closes a bracket opened before
// the URL.
size_t UrlEnd(std::string_view text, size_t start, size_t limit) {
  size_t end = start;
  int open_parens = 0;
  int open_brackets = 0;
  while (end < limit && IsUrlChar(text[end])) {
    char c = text[end];
    if (c == '(') ++open_parens;
    if (c == '[') ++open_brackets;
    if (c == ')' && --open_parens < 0) break;
    if (c == ']' && --open_brackets < 0) break;
    ++end;
  }
  while (end > start) {
    char c = text[end - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' ||
        c == '*' || c == '_') {
      --end;
    } else {
      break;
    }
  }
  return end;
}

// A URL scheme ("http", "https", "ftp"...) ends at `colon` when letters precede
// it that do not continue a longer word.
size_t SchemeStart(std::string_view text, size_t floor, size_t colon) {
  size_t s = colon;
  while (s > floor && (IsAsciiAlnum(text[s - 1]) || text[s - 1] == '+' || text[s - 1] == '-')) {
    --s;
  }
  while (s < colon && !IsAsciiAlpha(text[s])) ++s;  // a scheme starts with a letter
  return s;
}

}  // namespace

void FindWebSpans(std::string_view text, Offset begin, Offset end, std::vector<ByteSpan>* spans) {
  size_t floor = begin;  // nothing before this may join a new span
  size_t i = begin;
  while (i < end) {
    char c = text[i];
    if (c != ':' && c != '@' && (c | 0x20) != 'w') {  // the only bytes that can anchor a span
      ++i;
      continue;
    }
    if (c == ':' && i + 2 < end && text[i + 1] == '/' && text[i + 2] == '/') {
      size_t s = SchemeStart(text, floor, i);
      if (i - s >= 2) {
        size_t e = UrlEnd(text, i, end);
        if (e > i + 3) {
          spans->push_back({static_cast<Offset>(s), static_cast<Offset>(e)});
          floor = i = e;
          continue;
        }
      }
    } else if ((c == 'w' || c == 'W') && i + 4 < end && (i == floor || !IsAsciiAlnum(text[i - 1])) &&
               (text[i + 1] | 0x20) == 'w' && (text[i + 2] | 0x20) == 'w' && text[i + 3] == '.' &&
               IsAsciiAlnum(text[i + 4])) {
      size_t e = UrlEnd(text, i, end);
      spans->push_back({static_cast<Offset>(i), static_cast<Offset>(e)});
      floor = i = e;
      continue;
    } else if (c == '@' && i > floor && i + 1 < end) {
      size_t s = i;
      while (s > floor && IsEmailLocalChar(text[s - 1])) --s;
      while (s < i && !IsAsciiAlnum(text[s])) ++s;  // no leading dot or dash
      size_t e = i + 1;
      while (e < end && IsDomainChar(text[e])) ++e;
      while (e > i + 1 && (text[e - 1] == '.' || text[e - 1] == '-')) --e;
      // A real domain: a dot, and a top-level label of at least two letters.
      size_t tld = e;
      while (tld > i + 1 && IsAsciiAlpha(text[tld - 1])) --tld;
      bool tld_ok = e - tld >= 2 && tld > i + 2 && text[tld - 1] == '.';
      if (s < i && tld_ok) {
        spans->push_back({static_cast<Offset>(s), static_cast<Offset>(e)});
        floor = i = e;
        continue;
      }
    }
    ++i;
  }
}

}  // namespace saywho
