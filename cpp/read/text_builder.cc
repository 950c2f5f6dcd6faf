#include "read/text_builder.h"

#include <unicode/uchar.h>

#include <array>
#include <vector>

#include "common/utf8.h"

namespace saywho {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

// Byte length of the closing punctuation (ASCII or a common typographic mark)
// that ends at text[end), or 0.
int ClosingPunctBefore(std::string_view text, size_t end) {
  if (end == 0) return 0;
  char c = text[end - 1];
  if (std::string_view(".,;:!?\"')]}").find(c) != std::string_view::npos) {
    return 1;
  }
  // ” ’ – — … are E2 80 xx; » is C2 BB.
  static constexpr std::array<std::string_view, 6> kMarks = {
      "\xE2\x80\x9D", "\xE2\x80\x99", "\xE2\x80\x93", "\xE2\x80\x94",
      "\xE2\x80\xA6", "\xC2\xBB"};
  for (std::string_view m : kMarks) {
    if (end >= m.size() && text.substr(end - m.size(), m.size()) == m) {
      return static_cast<int>(m.size());
    }
  }
  return 0;
}

// Byte length of the opening punctuation at text[i], or 0.
int OpeningPunctAt(std::string_view text, size_t i) {
  char c = text[i];
  if (c == '"' || c == '\'' || c == '(' || c == '[' || c == '{') return 1;
  static constexpr std::array<std::string_view, 3> kMarks = {
      "\xE2\x80\x9C", "\xE2\x80\x98", "\xC2\xAB"};  // “ ‘ «
  for (std::string_view m : kMarks) {
    if (text.substr(i, m.size()) == m) return static_cast<int>(m.size());
  }
  return 0;
}

bool StartsCapitalised(std::string_view word) {
  unsigned char b = word[0];
  if (b < 0x80) return (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
  if (FindInvalidUtf8(word.substr(0, Utf8Length(b))) != kValidUtf8) {
    return false;
  }
  int len = 0;
  return u_isupper(static_cast<UChar32>(DecodeUtf8(word, 0, &len)));
}

// Words that join the parts of a name ("Made in China", "Bank of England").
bool IsNameConnector(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kWords = {
      "of", "the", "and", "in", "for", "on", "de", "du", "la", "van", "von",
      "&"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// Capitalised words that begin a phrase but are no part of a name.
bool IsDeterminer(std::string_view w) {
  static constexpr std::array<std::string_view, 14> kWords = {
      "His", "Her", "Its", "Their", "Our", "My", "Your", "This", "That",
      "These", "Those", "A", "An", "Some"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

}  // namespace

std::pair<Offset, Offset> FootnoteAnchorBefore(std::string_view text,
                                               Offset floor, Offset end) {
  size_t e = end;
  // Trailing white space and punctuation are not part of the anchor.
  while (e > floor) {
    if (IsSpace(text[e - 1])) {
      --e;
      continue;
    }
    int p = ClosingPunctBefore(text, e);
    if (p == 0 || e - p < floor) break;
    e -= p;
  }
  // Up to eight words backwards, stopping at punctuation between words.
  struct Word {
    size_t start, end;
  };
  std::vector<Word> words;
  size_t i = e;
  while (i > floor && words.size() < 8) {
    size_t we = i;
    if (!words.empty() && ClosingPunctBefore(text, we) > 0) break;
    size_t ws = we;
    while (ws > floor && !IsSpace(text[ws - 1])) --ws;
    if (ws == we) break;
    int open = OpeningPunctAt(text, ws);
    if (open > 0) {
      if (ws + open < we) words.push_back({ws + open, we});
      break;
    }
    words.push_back({ws, we});
    i = ws;
    while (i > floor && IsSpace(text[i - 1])) --i;
    if (i == ws) break;
  }
  if (words.empty()) return {static_cast<Offset>(e), static_cast<Offset>(e)};
  auto word = [&](size_t k) {
    return text.substr(words[k].start, words[k].end - words[k].start);
  };
  size_t first = 0;  // index of the earliest word in the anchor
  if (StartsCapitalised(word(0))) {
    size_t j = 1;
    while (j < words.size()) {
      if (StartsCapitalised(word(j)) && !IsDeterminer(word(j))) {
        first = j++;
      } else if (IsNameConnector(word(j)) && j + 1 < words.size() &&
                 StartsCapitalised(word(j + 1)) && !IsDeterminer(word(j + 1))) {
        first = j + 1;
        j += 2;
      } else {
        break;
      }
    }
  } else if (words.size() > 1) {
    first = 1;
  }
  return {static_cast<Offset>(words[first].start),
          static_cast<Offset>(words[0].end)};
}

TextBuilder::TextBuilder(Document* doc) : doc_(doc) {}

void TextBuilder::Anchor(Offset clean, Offset source) {
  auto& map = doc_->source_map;
  if (!map.empty()) {
    SourceAnchor& last = map.back();
    if (last.source + (clean - last.clean) == source) return;
    if (last.clean == clean) {
      last.source = source;
      return;
    }
  } else if (clean == source) {
    return;  // the empty map is the identity
  }
  map.push_back({clean, source});
}

void TextBuilder::CloseParagraph() {
  doc_->paragraphs.push_back({paragraph_start_, size(), open_kind_});
  open_ = false;
  pending_break_ = false;
}

void TextBuilder::BeforeContent(Offset source) {
  if (open_ && pending_break_) {
    CloseParagraph();
    Anchor(size(), source);
    doc_->text.append("\n\n");
  }
  if (!open_) {
    open_ = true;
    open_kind_ = next_kind_;
    pending_space_ = false;
    paragraph_start_ = size();
    return;
  }
  if (pending_space_) {
    pending_space_ = false;
    Anchor(size(), pending_space_source_);
    doc_->text.push_back(' ');
  }
}

void TextBuilder::Emit(std::string_view bytes, Offset source) {
  if (bytes.empty()) return;
  BeforeContent(source);
  Anchor(size(), source);
  doc_->text.append(bytes);
}

void TextBuilder::AddText(std::string_view bytes, Offset source) {
  size_t i = 0;
  const size_t n = bytes.size();
  while (i < n) {
    if (IsSpace(bytes[i])) {
      AddSpace(source + static_cast<Offset>(i));
      while (i < n && IsSpace(bytes[i])) ++i;
      continue;
    }
    size_t j = i;
    while (j < n && !IsSpace(bytes[j])) ++j;
    Emit(bytes.substr(i, j - i), source + static_cast<Offset>(i));
    i = j;
  }
}

void TextBuilder::AddCodeLine(std::string_view line, Offset source) {
  bool blank = true;
  for (char c : line) blank = blank && IsSpace(c);
  if (blank) {
    EndParagraph();
    return;
  }
  if (!AtParagraphStart()) {
    pending_space_ = false;
    Anchor(size(), source);
    doc_->text.push_back('\n');
  }
  Emit(line, source);
}

void TextBuilder::AddReplacement(std::string_view text, Offset source) {
  if (text.empty()) return;
  BeforeContent(source);
  Anchor(size(), source);
  doc_->text.append(text);
}

void TextBuilder::AddSpace(Offset source) {
  if (AtParagraphStart() || pending_space_) return;
  pending_space_ = true;
  pending_space_source_ = source;
}

void TextBuilder::EndParagraph() {
  if (open_) pending_break_ = true;
  pending_space_ = false;
}

void TextBuilder::StartBlock(BlockKind kind) {
  EndParagraph();
  next_kind_ = kind;
}

void TextBuilder::AddMarkup(Offset start, Offset end, MarkupKind kind) {
  if (start < end) doc_->markup.push_back({start, end, kind});
}

void TextBuilder::AddLink(Offset start, Offset end, std::string_view url) {
  Citation link;
  if (url != "#") link.url = std::string(url);
  link.start = start;
  link.end = end;
  last_link_ = static_cast<int>(doc_->citations.size());
  last_link_end_ = end;
  doc_->citations.push_back(std::move(link));
  AddMarkup(start, end, MarkupKind::kLink);
}

void TextBuilder::AddFootnote(int n, std::string_view url) {
  pending_space_ = false;  // no "freedom ." where the marker was
  Citation note;
  note.n = n;
  note.url = std::string(url);
  if (last_link_ >= 0 && open_ && !pending_break_ && last_link_end_ == size()) {
    Citation& link = doc_->citations[last_link_];
    if (!link.n.has_value()) {
      link.n = n;
      if (link.url.empty()) link.url = note.url;
      return;
    }
    // A second marker after the same link ("[text](#) [4][5]").
    note.start = link.start;
    note.end = link.end;
  } else {
    Offset floor = AtParagraphStart() ? size() : paragraph_start_;
    auto [start, end] = FootnoteAnchorBefore(doc_->text, floor, size());
    note.start = start;
    note.end = end;
  }
  doc_->citations.push_back(std::move(note));
}

void TextBuilder::Finish() {
  if (open_) CloseParagraph();
}

}  // namespace saywho
