#include "segment/segment.h"

#include <algorithm>
#include <limits>
#include <vector>

#include "common/utf8.h"
#include "segment/sentences.h"
#include "segment/tokenizer.h"

namespace saywho {
namespace {

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Leading blanks of a line, a tab counting as four.
size_t Indentation(std::string_view line) {
  size_t width = 0;
  for (char c : line) {
    if (c == ' ') {
      width += 1;
    } else if (c == '\t') {
      width += 4;
    } else {
      break;
    }
  }
  return width;
}

// Paragraphs of a text the reader did not divide: runs of lines between
// blank lines (lines of white space only). As in wire copy and typed
// letters, a line indented (by two or more) deeper than the line before it
// also starts a paragraph; wrapped lines are not indented.
std::vector<Paragraph> BlankLineParagraphs(std::string_view text) {
  std::vector<Paragraph> paragraphs;
  bool open = false;
  size_t previous_indentation = 0;
  size_t line = 0;
  while (line < text.size()) {
    size_t newline = text.find('\n', line);
    size_t line_end = newline == std::string_view::npos ? text.size() : newline;
    bool blank = true;
    int length = 0;
    for (size_t i = line; i < line_end && blank; i += length) {
      blank = IsWhiteSpace(DecodeUtf8(text, i, &length));
    }
    size_t indentation = Indentation(text.substr(line, line_end - line));
    if (blank) {
      open = false;
    } else if (open && !(indentation >= 2 && indentation > previous_indentation)) {
      paragraphs.back().end = static_cast<Offset>(line_end);
    } else {
      paragraphs.push_back({static_cast<Offset>(line), static_cast<Offset>(line_end)});
      open = true;
    }
    previous_indentation = indentation;
    line = line_end + 1;
  }
  return paragraphs;
}

// `paragraph` cut to [floor, text size) and moved to code point boundaries,
// so that a reader's slip cannot make tokens overlap or split a character.
Paragraph Clamp(const Paragraph& paragraph, Offset floor, std::string_view text) {
  Paragraph clamped = paragraph;
  const Offset size = static_cast<Offset>(text.size());
  clamped.start = std::min(std::max(paragraph.start, floor), size);
  clamped.end = std::min(std::max(paragraph.end, clamped.start), size);
  while (clamped.start < size && IsContinuationByte(text[clamped.start])) ++clamped.start;
  while (clamped.end < size && IsContinuationByte(text[clamped.end])) ++clamped.end;
  clamped.end = std::max(clamped.end, clamped.start);
  return clamped;
}

}  // namespace

absl::Status Segment(const Lexicon& lexicon, Document* doc) {
  doc->tokens.clear();
  doc->sentences.clear();
  const std::string_view text = doc->text;
  // Offsets are 32 bits, and ICU indexes a paragraph with int32_t.
  if (text.size() >= static_cast<size_t>(std::numeric_limits<int32_t>::max())) {
    return absl::InvalidArgumentError("text too long to segment (2 GiB or more)");
  }
  std::vector<Paragraph> found;
  const std::vector<Paragraph>* paragraphs = &doc->paragraphs;
  if (paragraphs->empty()) {
    found = BlankLineParagraphs(text);
    paragraphs = &found;
  }
  Tokens& tokens = doc->tokens;
  // English news averages about six bytes a token; reserving avoids most
  // regrowth without holding much unused memory.
  const size_t expected_tokens = text.size() / 6 + 16;
  tokens.start.reserve(expected_tokens);
  tokens.end.reserve(expected_tokens);
  tokens.flags.reserve(expected_tokens);

  Offset floor = 0;
  for (const Paragraph& given : *paragraphs) {
    const Paragraph paragraph = Clamp(given, floor, text);
    if (paragraph.start == paragraph.end) continue;
    floor = paragraph.end;
    const uint32_t first = static_cast<uint32_t>(tokens.size());
    if (absl::Status s = Tokenize(text, paragraph.start, paragraph.end, lexicon, &tokens); !s.ok()) {
      return s;
    }
    const uint32_t end = static_cast<uint32_t>(tokens.size());
    if (first == end) continue;
    tokens.flags[first] |= kParagraphStart;
    if (absl::Status s = MarkSentenceStarts(text, paragraph, lexicon, first, end, &tokens); !s.ok()) {
      return s;
    }
  }

  // Sentences from the start marks: each runs to the next start.
  auto close_last = [doc](uint32_t end_token) {
    Sentence& last = doc->sentences.back();
    last.end_token = end_token;
    last.end = doc->tokens.end[end_token - 1];
  };
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    if (!(tokens.flags[i] & kSentenceStart)) continue;
    if (!doc->sentences.empty()) close_last(i);
    doc->sentences.push_back({tokens.start[i], tokens.end[i], i, i + 1});
  }
  if (!doc->sentences.empty()) close_last(static_cast<uint32_t>(tokens.size()));
  return absl::OkStatus();
}

}  // namespace saywho
