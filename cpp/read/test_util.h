// Helpers shared by the reader's tests.
#ifndef SAYWHO_READ_TEST_UTIL_H_
#define SAYWHO_READ_TEST_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

#include <unicode/uchar.h>

#include "common/utf8.h"
#include "read/html.h"
#include "read/markdown.h"
#include "saywho/document.h"

namespace saywho::testing {

// The words (runs of letters and digits) of `s`, valid UTF-8.
inline std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> words;
  std::string word;
  for (size_t i = 0; i < s.size();) {
    int length = 0;
    UChar32 c = static_cast<UChar32>(DecodeUtf8(s, i, &length));
    if (u_isalnum(c)) {
      word.append(s.substr(i, length));
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
    i += length;
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

// The source bytes that clean span [start, end) maps to: from the source of
// its first byte to one past the source of its last byte.
inline std::string_view SourceSlice(const Document& doc, Offset start, Offset end) {
  if (start >= end) return {};
  Offset from = doc.ToSource(start);
  Offset to = doc.ToSource(end - 1) + 1;
  if (from >= to || to > doc.source.size()) return {};
  return std::string_view(doc.source).substr(from, to - from);
}

// The text of each paragraph of `doc`, in order.
inline std::vector<std::string> ParagraphTexts(const Document& doc) {
  std::vector<std::string> out;
  for (const Paragraph& p : doc.paragraphs) out.emplace_back(doc.Slice(p.start, p.end));
  return out;
}

// A document read from Markdown / HTML `source` (kept as its source).
inline Document Md(std::string source) {
  Document doc;
  doc.source = std::move(source);
  ReadMarkdown(doc.source, &doc);
  return doc;
}

inline Document Html(std::string source) {
  Document doc;
  doc.source = std::move(source);
  ReadHtml(doc.source, &doc);
  return doc;
}

}  // namespace saywho::testing

#endif  // SAYWHO_READ_TEST_UTIL_H_
