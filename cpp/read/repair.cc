#include "read/repair.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <string_view>
#include <vector>

#include "common/utf8.h"

namespace saywho {
namespace {

constexpr size_t kMinWordsForCapitalJoin = 8;

// The code point that ends `s` (valid UTF-8, not empty).
char32_t LastCodePoint(std::string_view s) {
  size_t i = s.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  int len = 0;
  return DecodeUtf8(s, i, &len);
}

bool EndsMidSentence(std::string_view s) {
  char32_t c = LastCodePoint(s);
  // Letters, digits, commas and hyphens leave a sentence open; any other
  // punctuation (. ! ? : ; quotes, brackets, dashes) may close it.
  return u_isalnum(static_cast<UChar32>(c)) || c == ',' || c == '-';
}

bool LastWordIsLowerCase(std::string_view s) {
  size_t i = s.rfind(' ');
  std::string_view word = i == std::string_view::npos ? s : s.substr(i + 1);
  int len = 0;
  return !word.empty() && u_islower(static_cast<UChar32>(DecodeUtf8(word, 0, &len)));
}

size_t WordCount(std::string_view s) {
  return static_cast<size_t>(std::count(s.begin(), s.end(), ' ')) + 1;
}

bool ShouldJoin(std::string_view first, std::string_view second) {
  if (first.empty() || second.empty() || !EndsMidSentence(first)) return false;
  int len = 0;
  UChar32 start = static_cast<UChar32>(DecodeUtf8(second, 0, &len));
  if (u_islower(start)) return true;
  return u_isalnum(start) && WordCount(first) >= kMinWordsForCapitalJoin &&
         LastWordIsLowerCase(first);
}

}  // namespace

size_t RepairPageBreaks(Document* doc) {
  const std::string& text = doc->text;
  auto slice = [&](const Paragraph& p) {
    return std::string_view(text).substr(p.start, p.end - p.start);
  };
  // joins: clean offsets of the "\n\n" that become one space.
  std::vector<Offset> joins;
  std::vector<Paragraph> merged;
  for (const Paragraph& p : doc->paragraphs) {
    if (!merged.empty()) {
      Paragraph& last = merged.back();
      if (last.kind == BlockKind::kBody && p.kind == BlockKind::kBody &&
          p.start == last.end + 2 && text.compare(last.end, 2, "\n\n") == 0 &&
          ShouldJoin(std::string_view(text).substr(last.start, last.end - last.start),
                     slice(p))) {
        joins.push_back(last.end);
        last.end = p.end;
        continue;
      }
    }
    merged.push_back(p);
  }
  if (joins.empty()) return 0;

  // Old clean offset -> new: each join before it removed one byte.
  auto shift = [&](Offset x) {
    size_t before = std::upper_bound(joins.begin(), joins.end(), x,
                                     [](Offset v, Offset p) { return v < p + 2; }) -
                    joins.begin();
    return static_cast<Offset>(x - before);
  };

  std::vector<SourceAnchor> anchors;
  anchors.reserve(doc->source_map.size() + 2 * joins.size() + 1);
  if (doc->source_map.empty() || doc->source_map.front().clean != 0) {
    anchors.push_back({0, doc->ToSource(0)});
  }
  size_t next_join = 0;
  auto add_join_anchors = [&](Offset up_to) {
    while (next_join < joins.size() && joins[next_join] <= up_to) {
      Offset p = joins[next_join++];
      anchors.push_back({shift(p), doc->ToSource(p)});
      anchors.push_back({shift(p + 2), doc->ToSource(p + 2)});
    }
  };
  for (const SourceAnchor& a : doc->source_map) {
    add_join_anchors(a.clean);
    anchors.push_back({shift(a.clean), a.source});
  }
  add_join_anchors(static_cast<Offset>(text.size()));
  // Equal clean offsets carry equal sources; keep one of each.
  std::stable_sort(anchors.begin(), anchors.end(),
                   [](const SourceAnchor& a, const SourceAnchor& b) { return a.clean < b.clean; });
  anchors.erase(std::unique(anchors.begin(), anchors.end(),
                            [](const SourceAnchor& a, const SourceAnchor& b) {
                              return a.clean == b.clean;
                            }),
                anchors.end());

  std::string joined;
  joined.reserve(text.size());
  size_t from = 0;
  for (Offset p : joins) {
    joined.append(text, from, p - from);
    joined.push_back(' ');
    from = p + 2;
  }
  joined.append(text, from, std::string::npos);

  for (Paragraph& p : merged) {
    p.start = shift(p.start);
    p.end = shift(p.end);
  }
  for (Markup& m : doc->markup) {
    m.start = shift(m.start);
    m.end = shift(m.end);
  }
  for (Citation& c : doc->citations) {
    c.start = shift(c.start);
    c.end = shift(c.end);
  }
  doc->text = std::move(joined);
  doc->paragraphs = std::move(merged);
  doc->source_map = std::move(anchors);
  return joins.size();
}

}  // namespace saywho
