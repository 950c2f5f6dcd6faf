#include "read/markdown.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "read/ascii.h"
#include "read/html.h"
#include "read/metadata.h"
#include "read/text_builder.h"

namespace saywho {
namespace {

constexpr size_t kMaxDestinationLength = 4096;
constexpr size_t kMaxLabelLength = 999;
constexpr int kMaxFootnoteDigits = 3;  // "[2019]" is a year, not a note

bool IsAsciiPunct(char c) { return absl::ascii_ispunct(static_cast<unsigned char>(c)); }
bool IsBlank(char c) { return c == ' ' || c == '\t'; }
bool IsDigit(char c) { return absl::ascii_isdigit(static_cast<unsigned char>(c)); }

// A source range: one line's content, with its container prefix removed.
struct Segment {
  size_t begin;
  size_t end;
};

enum class BlockType { kParagraph, kHeading, kCode };

struct Block {
  BlockType type;
  BlockKind kind;
  std::vector<Segment> lines;
};

// Backslash escapes and character references undone, for urls and labels.
std::string UnescapeUrl(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '\\' && i + 1 < s.size() && IsAsciiPunct(s[i + 1])) {
      out.push_back(s[i + 1]);
      i += 2;
      continue;
    }
    i += AppendDecodedByte(s, i, &out);
  }
  return out;
}

std::string NormalizeLabel(std::string_view label) {
  std::string out;
  bool space = false;
  for (char c : StripWhitespace(label)) {
    if (absl::ascii_isspace(static_cast<unsigned char>(c))) {
      space = true;
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(absl::ascii_tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

// The number of a footnote label "12" or "^12", or -1.
int FootnoteNumber(std::string_view label) {
  if (!label.empty() && label[0] == '^') label.remove_prefix(1);
  if (label.empty() || label.size() > kMaxFootnoteDigits) return -1;
  int n = 0;
  for (char c : label) {
    if (!IsDigit(c)) return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

// An inline link destination and optional title, "(url "title")", starting
// at s[i] == '('. Returns the url (unescaped) and sets *end past ')'.
std::optional<std::string> ParseInlineDestination(std::string_view s, size_t i,
                                                  size_t* end) {
  const size_t limit = std::min(s.size(), i + kMaxDestinationLength);
  size_t j = i + 1;
  auto skip_space = [&] {
    while (j < limit && absl::ascii_isspace(static_cast<unsigned char>(s[j]))) ++j;
  };
  skip_space();
  std::string_view url;
  if (j < limit && s[j] == '<') {
    size_t k = j + 1;
    while (k < limit && s[k] != '>' && s[k] != '\n' && s[k] != '<') {
      k += (s[k] == '\\' && k + 1 < limit) ? 2 : 1;
    }
    if (k >= limit || s[k] != '>') return std::nullopt;
    url = s.substr(j + 1, k - j - 1);
    j = k + 1;
  } else {
    size_t k = j;
    int depth = 0;
    while (k < limit && !absl::ascii_isspace(static_cast<unsigned char>(s[k])) &&
           !absl::ascii_iscntrl(static_cast<unsigned char>(s[k]))) {
      if (s[k] == '\\' && k + 1 < limit && IsAsciiPunct(s[k + 1])) {
        k += 2;
        continue;
      }
      if (s[k] == '(') {
        if (++depth > 32) return std::nullopt;
      } else if (s[k] == ')') {
        if (depth == 0) break;
        --depth;
      }
      ++k;
    }
    if (depth != 0) return std::nullopt;
    url = s.substr(j, k - j);
    j = k;
  }
  skip_space();
  if (j < limit && (s[j] == '"' || s[j] == '\'' || s[j] == '(')) {
    char close = s[j] == '(' ? ')' : s[j];
    size_t k = j + 1;
    while (k < limit && s[k] != close) k += (s[k] == '\\' && k + 1 < limit) ? 2 : 1;
    if (k >= limit) return std::nullopt;
    j = k + 1;
    skip_space();
  }
  if (j >= limit || s[j] != ')') return std::nullopt;
  *end = j + 1;
  return UnescapeUrl(url);
}

// The position of the '>' that closes the autolink ("<https://...>" or
// "<name@host>") starting at s[i] == '<', or npos when s[i] starts none.
size_t AutolinkEnd(std::string_view s, size_t i) {
  size_t j = i + 1;
  const size_t limit = std::min(s.size(), i + kMaxDestinationLength);
  if (j >= limit || !absl::ascii_isalpha(static_cast<unsigned char>(s[j]))) {
    return std::string_view::npos;
  }
  size_t scheme_start = j;
  while (j < limit && (absl::ascii_isalnum(static_cast<unsigned char>(s[j])) ||
                       s[j] == '+' || s[j] == '.' || s[j] == '-')) {
    ++j;
  }
  bool uri = j < limit && s[j] == ':' && j - scheme_start >= 2 && j - scheme_start <= 32;
  if (!uri) {
    // An e-mail autolink <name@host.tld>.
    j = i + 1;
    bool at = false;
    while (j < limit && s[j] != '>' && !absl::ascii_isspace(static_cast<unsigned char>(s[j])) &&
           s[j] != '<') {
      at = at || s[j] == '@';
      ++j;
    }
    return at && j < limit && s[j] == '>' ? j : std::string_view::npos;
  }
  while (j < limit && s[j] != '>' && s[j] != '<' &&
         !absl::ascii_isspace(static_cast<unsigned char>(s[j])) &&
         !absl::ascii_iscntrl(static_cast<unsigned char>(s[j]))) {
    ++j;
  }
  return j < limit && s[j] == '>' ? j : std::string_view::npos;
}

// The address that a reference entry gives after its label: "<url>",
// "[text](url)" or a bare url, then, in a definition ("[label]: url"), an
// optional title. `need_address` asks the url to look like one (footnote
// entries hold prose otherwise).
std::optional<std::string> ParseReferenceTarget(std::string_view rest, bool definition,
                                                bool need_address) {
  rest = StripWhitespace(rest);
  if (rest.empty()) return std::nullopt;
  std::string url;
  if (rest[0] == '<') {
    size_t gt = rest.find('>');
    if (gt == std::string_view::npos) return std::nullopt;
    url = UnescapeUrl(rest.substr(1, gt - 1));
    rest = StripWhitespace(rest.substr(gt + 1));
  } else if (rest[0] == '[') {
    size_t mid = rest.find("](");
    if (mid == std::string_view::npos) return std::nullopt;
    size_t end = 0;
    std::optional<std::string> link = ParseInlineDestination(rest, mid + 1, &end);
    if (!link) return std::nullopt;
    url = *link;
    rest = StripWhitespace(rest.substr(end));
  } else {
    size_t space = 0;
    while (space < rest.size() && !absl::ascii_isspace(static_cast<unsigned char>(rest[space]))) {
      ++space;
    }
    url = UnescapeUrl(rest.substr(0, space));
    rest = StripWhitespace(rest.substr(space));
  }
  bool url_like = url.find("://") != std::string::npos || StartsWith(url, "www.") ||
                  StartsWith(url, "/");
  if (need_address && !url_like) return std::nullopt;
  // What may follow in a definition: a title in quotes or parentheses.
  if (!rest.empty()) {
    char open = rest[0];
    char want = open == '(' ? ')' : open;
    if (!definition || (open != '"' && open != '\'' && open != '(') || rest.size() < 2 ||
        rest.back() != want) {
      return std::nullopt;
    }
  }
  return url;
}

// A reference line "[6] <url>", "[6] [url](url)", "[6]: url", "[6] url" or a
// link reference definition "[label]: url "title"" (one whole line).
struct Reference {
  std::string label;  // as written
  std::string url;
};
std::optional<Reference> ParseReferenceLine(std::string_view s) {
  if (s.empty() || s[0] != '[') return std::nullopt;
  size_t close = s.find(']');
  if (close == std::string_view::npos || close > kMaxLabelLength || close == 1) {
    return std::nullopt;
  }
  Reference ref;
  ref.label = std::string(s.substr(1, close - 1));
  if (ref.label.find('[') != std::string::npos) return std::nullopt;
  size_t j = close + 1;
  bool colon = j < s.size() && s[j] == ':';
  if (colon) ++j;
  bool numbered = FootnoteNumber(ref.label) >= 0;
  // Without ':' only numbered lines are references ("[6] <url>").
  if (!colon && !numbered) return std::nullopt;
  std::optional<std::string> url = ParseReferenceTarget(s.substr(j), colon, numbered);
  if (!url) return std::nullopt;
  ref.url = *std::move(url);
  return ref;
}

// Columns of leading white space (a tab counts to the next multiple of 4) and
// the byte where the content starts.
size_t Indentation(std::string_view s, size_t begin, size_t end, size_t* content) {
  size_t columns = 0;
  size_t i = begin;
  while (i < end && IsBlank(s[i])) {
    columns = s[i] == '\t' ? (columns / 4 + 1) * 4 : columns + 1;
    ++i;
  }
  *content = i;
  return columns;
}

// True when [begin, end) is a thematic break ("***", "- - -", "___").
bool IsThematicBreak(std::string_view s, size_t begin, size_t end) {
  char mark = 0;
  int count = 0;
  for (size_t i = begin; i < end; ++i) {
    char c = s[i];
    if (IsBlank(c)) continue;
    if (c != '*' && c != '-' && c != '_') return false;
    if (mark != 0 && c != mark) return false;
    mark = c;
    ++count;
  }
  return count >= 3;
}

// True when [begin, end) is a setext underline ("====" or "----").
bool IsSetextUnderline(std::string_view s, size_t begin, size_t end) {
  if (begin >= end || (s[begin] != '=' && s[begin] != '-')) return false;
  size_t i = begin;
  while (i < end && s[i] == s[begin]) ++i;
  while (i < end && IsBlank(s[i])) ++i;
  return i == end;
}

// The list marker at s[i]: returns the byte where the item's content starts,
// or npos. Sets *ordered_start to the number of an ordered marker, else -1.
size_t ListItemContent(std::string_view s, size_t i, size_t end, int* ordered_start) {
  *ordered_start = -1;
  size_t j = i;
  if (j < end && (s[j] == '-' || s[j] == '*' || s[j] == '+')) {
    ++j;
  } else {
    int value = 0;
    while (j < end && j - i < 3 && IsDigit(s[j])) value = value * 10 + (s[j++] - '0');
    if (j == i || j >= end || (s[j] != '.' && s[j] != ')')) return std::string_view::npos;
    ++j;
    *ordered_start = value;
  }
  if (j < end && !IsBlank(s[j])) return std::string_view::npos;
  while (j < end && IsBlank(s[j])) ++j;
  return j;
}

// Reads the YAML front matter at the start of `source` into *meta; returns
// the offset after it (0 when there is none).
size_t ReadFrontMatter(std::string_view source, Metadata* meta) {
  if (!StartsWith(source, "---")) return 0;
  size_t first_end = source.find('\n');
  if (first_end == std::string_view::npos ||
      !StripTrailingWhitespace(source.substr(3, first_end - 3)).empty()) {
    return 0;
  }
  struct Field {
    std::string key, value;
  };
  std::vector<Field> fields;
  size_t pos = first_end + 1;
  for (int lines = 0; pos < source.size() && lines < 200; ++lines) {
    size_t end = source.find('\n', pos);
    if (end == std::string_view::npos) end = source.size();
    std::string_view line = StripTrailingWhitespace(source.substr(pos, end - pos));
    size_t next = std::min(source.size(), end + 1);
    if (line == "---" || line == "...") {
      auto get = [&](std::initializer_list<std::string_view> keys) -> std::string {
        for (std::string_view k : keys) {
          for (const Field& f : fields) {
            if (f.key == k && !f.value.empty()) return f.value;
          }
        }
        return "";
      };
      meta->title = get({"title"});
      meta->subtitle = get({"subtitle", "dek"});
      meta->author = get({"author", "authors", "byline", "creator"});
      if (std::optional<std::string> iso = ParseDate(get({"date", "published", "pubdate",
                                                          "date_published"}))) {
        meta->date = *iso;
      }
      meta->source_url = get({"source_url", "url", "canonical", "canonical_url", "source",
                              "link"});
      return next;
    }
    size_t colon = line.find(':');
    if (!line.empty() && !IsBlank(line[0]) && colon != std::string_view::npos) {
      std::string_view value = StripWhitespace(line.substr(colon + 1));
      if (value.size() >= 2 && (value[0] == '"' || value[0] == '\'') && value.back() == value[0]) {
        value = value.substr(1, value.size() - 2);
      }
      fields.push_back({ToLower(line.substr(0, colon)), std::string(value)});
    } else if (!fields.empty() && fields.back().value.empty()) {
      // A YAML list under the key ("authors:\n  - Jane Doe"): its first item.
      std::string_view item = StripWhitespace(line);
      if (ConsumePrefix(&item, "- ")) {
        fields.back().value = std::string(StripWhitespace(item));
      }
    }
    pos = next;
  }
  return 0;
}

// ---------------------------------------------------------------------------
// Inline content of one block.

class InlineRenderer {
 public:
  InlineRenderer(std::string_view source, TextBuilder* builder, InlineTags* tags,
                 const absl::flat_hash_map<std::string, std::string>* definitions)
      : source_(source), builder_(builder), tags_(tags), definitions_(definitions) {}

  void Render(const std::vector<Segment>& lines);

 private:
  enum class NodeType : uint8_t {
    kText,          // buf_[start, end) as text
    kVerbatimCode,  // a code span's content
    kSoftBreak,
    kHardBreak,
    kDelimiter,     // a run of '*' or '_'
    kOpenBracket,   // '[' or '![' (text unless it became a link or image)
    kCloseBracket,  // ']' with its destination, closing a link or image
    kReplacement,   // an escape or entity: `replacement` stands for buf_[start, end)
    kFootnote,
    kAutolink,
    kTag,
    kNothing,       // removed markup (comments)
  };
  struct Node {
    NodeType type;
    uint32_t start;
    uint32_t end;
    int32_t value = 0;        // footnote number; delimiter remaining count;
                              // bracket: 1 when it became a link, 2 an image
    std::string replacement;  // decoded text, or a link's url
  };
  struct Delimiter {
    int node;
    char ch;
    int count;
    int original;
    bool can_open;
    bool can_close;
    int prev;
    int next;
  };
  struct Bracket {
    int node;
    bool image;
    int delimiter_bottom;  // last delimiter before the bracket, -1 if none
  };
  struct Match {
    int opener_node;
    int closer_node;
    MarkupKind kind;
  };

  Offset Map(size_t pos) const;
  void Tokenize();
  void AddText(size_t start, size_t end);
  void AddDelimiterRun(size_t start, size_t end);
  // Handles ']' at pos; returns where tokenizing resumes.
  size_t CloseBracket(size_t pos);
  void ProcessEmphasis(int bottom);
  void Unlink(int d);
  void Emit();
  void EmitRange(size_t start, size_t end);
  size_t CodeSpanEnd(size_t pos, size_t run);

  std::string_view source_;
  TextBuilder* builder_;
  InlineTags* tags_;
  const absl::flat_hash_map<std::string, std::string>* definitions_;

  std::string buf_;
  std::vector<size_t> seg_buf_;  // where each line starts in buf_
  std::vector<size_t> seg_src_;  // ... and in the source
  std::vector<Node> nodes_;
  std::vector<Delimiter> delims_;
  int delim_tail_ = -1;
  std::vector<Bracket> brackets_;
  size_t inactive_below_ = 0;  // brackets_[k] with k < this are inactive
  size_t last_bracket_ = std::string::npos;  // the last '[' or ']' before the current one
  std::vector<Match> matches_;
  // Backtick runs by length: positions in buf_, and how many were used.
  absl::flat_hash_map<size_t, std::vector<size_t>> backtick_runs_;
  absl::flat_hash_map<size_t, size_t> backtick_cursor_;
};

Offset InlineRenderer::Map(size_t pos) const {
  size_t k = std::upper_bound(seg_buf_.begin(), seg_buf_.end(), pos) - seg_buf_.begin() - 1;
  return static_cast<Offset>(seg_src_[k] + (pos - seg_buf_[k]));
}

void InlineRenderer::Render(const std::vector<Segment>& lines) {
  buf_.clear();
  seg_buf_.clear();
  seg_src_.clear();
  for (size_t k = 0; k < lines.size(); ++k) {
    if (k > 0) buf_.push_back('\n');
    seg_buf_.push_back(buf_.size());
    seg_src_.push_back(lines[k].begin);
    buf_.append(source_.substr(lines[k].begin, lines[k].end - lines[k].begin));
  }
  nodes_.clear();
  delims_.clear();
  delim_tail_ = -1;
  brackets_.clear();
  inactive_below_ = 0;
  last_bracket_ = std::string::npos;
  matches_.clear();
  backtick_runs_.clear();
  backtick_cursor_.clear();
  for (size_t i = 0; i < buf_.size();) {
    if (buf_[i] != '`') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < buf_.size() && buf_[j] == '`') ++j;
    backtick_runs_[j - i].push_back(i);
    i = j;
  }
  Tokenize();
  ProcessEmphasis(-1);
  Emit();
}

void InlineRenderer::AddText(size_t start, size_t end) {
  if (start >= end) return;
  if (!nodes_.empty() && nodes_.back().type == NodeType::kText && nodes_.back().end == start) {
    nodes_.back().end = static_cast<uint32_t>(end);
    return;
  }
  nodes_.push_back({NodeType::kText, static_cast<uint32_t>(start), static_cast<uint32_t>(end), 0, {}});
}

// The end of the code span whose opening run of `run` backticks is at `pos`
// (one past the closing run), or npos.
size_t InlineRenderer::CodeSpanEnd(size_t pos, size_t run) {
  auto it = backtick_runs_.find(run);
  // A run that an escape shortened ("\\``") may have no equal.
  if (it == backtick_runs_.end()) return std::string_view::npos;
  const std::vector<size_t>& runs = it->second;
  size_t& cursor = backtick_cursor_[run];
  while (cursor < runs.size() && runs[cursor] <= pos) ++cursor;
  if (cursor >= runs.size()) return std::string_view::npos;
  return runs[cursor++] + run;
}

void InlineRenderer::AddDelimiterRun(size_t start, size_t end) {
  char ch = buf_[start];
  // Flanking rules (CommonMark 6.2), with ASCII and Unicode white space
  // approximated by ASCII white space and punctuation by ASCII punctuation.
  auto is_space = [&](size_t p, bool before) {
    if (before ? p == 0 : p >= buf_.size()) return true;
    char c = buf_[before ? p - 1 : p];
    return absl::ascii_isspace(static_cast<unsigned char>(c));
  };
  auto is_punct = [&](size_t p, bool before) {
    if (before ? p == 0 : p >= buf_.size()) return false;
    char c = buf_[before ? p - 1 : p];
    return IsAsciiPunct(c);
  };
  bool space_after = is_space(end, false), space_before = is_space(start, true);
  bool punct_after = is_punct(end, false), punct_before = is_punct(start, true);
  bool left = !space_after && (!punct_after || space_before || punct_before);
  bool right = !space_before && (!punct_before || space_after || punct_after);
  bool can_open = left, can_close = right;
  if (ch == '_') {
    can_open = left && (!right || punct_before);
    can_close = right && (!left || punct_after);
  }
  int count = static_cast<int>(end - start);
  nodes_.push_back({NodeType::kDelimiter, static_cast<uint32_t>(start),
                    static_cast<uint32_t>(end), count, {}});
  delims_.push_back({static_cast<int>(nodes_.size() - 1), ch, count, count, can_open,
                     can_close, delim_tail_, -1});
  int d = static_cast<int>(delims_.size() - 1);
  if (delim_tail_ >= 0) delims_[delim_tail_].next = d;
  delim_tail_ = d;
}

void InlineRenderer::Unlink(int d) {
  Delimiter& x = delims_[d];
  if (x.prev >= 0) delims_[x.prev].next = x.next;
  if (x.next >= 0) {
    delims_[x.next].prev = x.prev;
  } else {
    delim_tail_ = x.prev;
  }
}

void InlineRenderer::ProcessEmphasis(int bottom) {
  // openers_bottom, by delimiter character, whether the closer can open, and
  // the closer's length modulo 3 (CommonMark's "process emphasis").
  int openers_bottom[2][2][3];
  for (auto& a : openers_bottom) {
    for (auto& b : a) {
      for (int& c : b) c = bottom;
    }
  }
  int head = -1;
  if (bottom >= 0) {
    head = delims_[bottom].next;
  } else {
    // The first linked delimiter: walk back from the tail.
    for (int d = delim_tail_; d >= 0; d = delims_[d].prev) head = d;
  }
  int closer = head;
  while (closer >= 0) {
    Delimiter& c = delims_[closer];
    if (!c.can_close) {
      closer = c.next;
      continue;
    }
    int& ob = openers_bottom[c.ch == '_'][c.can_open][c.original % 3];
    int opener = c.prev;
    bool found = false;
    while (opener >= 0 && opener != bottom && opener != ob) {
      const Delimiter& o = delims_[opener];
      bool odd_match = (o.can_close || c.can_open) && (o.original + c.original) % 3 == 0 &&
                       !(o.original % 3 == 0 && c.original % 3 == 0);
      if (o.ch == c.ch && o.can_open && !odd_match) {
        found = true;
        break;
      }
      opener = o.prev;
    }
    if (!found) {
      ob = c.prev;
      int next = c.next;
      if (!c.can_open) Unlink(closer);
      closer = next;
      continue;
    }
    Delimiter& o = delims_[opener];
    int use = (o.count >= 2 && c.count >= 2) ? 2 : 1;
    o.count -= use;
    c.count -= use;
    nodes_[o.node].value = o.count;
    nodes_[c.node].value = c.count;
    matches_.push_back({o.node, c.node, use == 2 ? MarkupKind::kBold : MarkupKind::kItalic});
    // Delimiters between the two can no longer match.
    for (int d = o.next; d >= 0 && d != closer;) {
      int next = delims_[d].next;
      Unlink(d);
      d = next;
    }
    if (o.count == 0) Unlink(opener);
    if (c.count == 0) {
      int next = c.next;
      Unlink(closer);
      closer = next;
    }
  }
  // Everything above the bottom is done with.
  if (bottom >= 0) {
    delims_[bottom].next = -1;
    delim_tail_ = bottom;
  } else {
    delim_tail_ = -1;
  }
}

size_t InlineRenderer::CloseBracket(size_t pos) {
  if (brackets_.empty()) {
    AddText(pos, pos + 1);
    return pos + 1;
  }
  Bracket opener = brackets_.back();
  brackets_.pop_back();
  bool active = opener.image || brackets_.size() >= inactive_below_;
  inactive_below_ = std::min(inactive_below_, brackets_.size());
  if (!active) {
    AddText(pos, pos + 1);
    return pos + 1;
  }
  std::optional<std::string> url;
  size_t end = pos + 1;
  if (pos + 1 < buf_.size() && buf_[pos + 1] == '(') {
    url = ParseInlineDestination(buf_, pos + 1, &end);
  }
  if (!url) {
    // A reference link: [text][label], [text][] or [text].
    const Node& open = nodes_[opener.node];
    std::string_view label(buf_.data() + open.end, pos - open.end);
    end = pos + 1;
    if (pos + 1 < buf_.size() && buf_[pos + 1] == '[') {
      size_t close = buf_.find(']', pos + 2);
      if (close != std::string::npos && close - pos <= kMaxLabelLength) {
        if (close > pos + 2) label = std::string_view(buf_.data() + pos + 2, close - pos - 2);
        end = close + 1;
      }
    }
    // A label holds no brackets; checking the last one seen keeps this O(1).
    bool bracket_inside = last_bracket_ != std::string::npos && last_bracket_ >= open.end;
    if (!definitions_->empty() && !bracket_inside && label.size() <= kMaxLabelLength) {
      auto it = definitions_->find(NormalizeLabel(label));
      if (it != definitions_->end()) url = it->second;
    }
    if (!url) end = pos + 1;
  }
  if (!url) {
    AddText(pos, pos + 1);
    return pos + 1;
  }
  nodes_[opener.node].value = opener.image ? 2 : 1;
  nodes_.push_back({NodeType::kCloseBracket, static_cast<uint32_t>(pos),
                    static_cast<uint32_t>(end), opener.image ? 2 : 1, *url});
  ProcessEmphasis(opener.delimiter_bottom);
  // Links may not contain links: earlier openers become inactive.
  if (!opener.image) inactive_below_ = brackets_.size();
  return end;
}

bool IsInlineSpecial(char c) {
  switch (c) {
    case '\\': case '`': case '*': case '_': case '!': case '[': case ']':
    case '<': case '&': case '\n':
      return true;
    default:
      return false;
  }
}

void InlineRenderer::Tokenize() {
  const size_t n = buf_.size();
  std::string decoded;
  bool no_comment_end = false;
  size_t i = 0;
  auto push = [&](NodeType type, size_t start, size_t end, int value = 0,
                  std::string text = {}) {
    nodes_.push_back({type, static_cast<uint32_t>(start), static_cast<uint32_t>(end), value,
                      std::move(text)});
  };
  while (i < n) {
    const char c = buf_[i];
    if (c == '\\') {
      if (i + 1 < n && buf_[i + 1] == '\n') {
        push(NodeType::kHardBreak, i, i + 2);
        i += 2;
      } else if (i + 1 < n && IsAsciiPunct(buf_[i + 1])) {
        push(NodeType::kReplacement, i, i + 2, 0, std::string(1, buf_[i + 1]));
        i += 2;
      } else {
        AddText(i, i + 1);
        ++i;
      }
    } else if (c == '`') {
      size_t j = i;
      while (j < n && buf_[j] == '`') ++j;
      size_t close_end = CodeSpanEnd(i, j - i);
      if (close_end == std::string_view::npos) {
        AddText(i, j);
        i = j;
      } else {
        push(NodeType::kVerbatimCode, j, close_end - (j - i));
        i = close_end;
      }
    } else if (c == '*' || c == '_') {
      size_t j = i;
      while (j < n && buf_[j] == c) ++j;
      AddDelimiterRun(i, j);
      i = j;
    } else if (c == '!' && i + 1 < n && buf_[i + 1] == '[') {
      push(NodeType::kOpenBracket, i, i + 2);
      brackets_.push_back({static_cast<int>(nodes_.size() - 1), true, delim_tail_});
      last_bracket_ = i + 1;
      i += 2;
    } else if (c == '[') {
      // A footnote marker "[12]" or "[^12]" (not link text "[12](url)").
      size_t close = std::string_view(buf_).substr(0, i + kMaxFootnoteDigits + 3).find(']', i + 1);
      if (close != std::string::npos &&
          (close + 1 >= n || buf_[close + 1] != '(')) {
        int number = FootnoteNumber(std::string_view(buf_).substr(i + 1, close - i - 1));
        if (number >= 0) {
          last_bracket_ = close;
          push(NodeType::kFootnote, i, close + 1, number);
          i = close + 1;
          continue;
        }
      }
      push(NodeType::kOpenBracket, i, i + 1);
      brackets_.push_back({static_cast<int>(nodes_.size() - 1), false, delim_tail_});
      last_bracket_ = i;
      ++i;
    } else if (c == ']') {
      size_t next = CloseBracket(i);
      last_bracket_ = i;
      i = next;
    } else if (c == '<') {
      size_t gt = AutolinkEnd(buf_, i);
      if (gt != std::string_view::npos) {
        std::string url = buf_.substr(i + 1, gt - i - 1);
        push(NodeType::kAutolink, i + 1, gt, 0, std::move(url));
        i = gt + 1;
        continue;
      }
      if (buf_.compare(i, 4, "<!--") == 0) {
        size_t end = no_comment_end ? std::string::npos : buf_.find("-->", i + 4);
        if (end != std::string::npos) {
          push(NodeType::kNothing, i, end + 3);
          i = end + 3;
          continue;
        }
        no_comment_end = true;
      }
      if (std::optional<SupFootnote> note = ParseSupFootnote(buf_, i)) {
        push(NodeType::kFootnote, i, note->end, note->n, note->url);
        i = note->end;
        continue;
      }
      if (std::optional<HtmlTag> tag = ParseTag(buf_, i)) {
        push(NodeType::kTag, i, tag->end);
        i = tag->end;
        continue;
      }
      AddText(i, i + 1);
      ++i;
    } else if (c == '&') {
      decoded.clear();
      size_t used = DecodeCharacterReference(buf_, i, &decoded);
      if (used > 0) {
        push(NodeType::kReplacement, i, i + used, 0, decoded);
        i += used;
      } else {
        AddText(i, i + 1);
        ++i;
      }
    } else if (c == '\n') {
      bool hard = i >= 2 && buf_[i - 1] == ' ' && buf_[i - 2] == ' ';
      push(hard ? NodeType::kHardBreak : NodeType::kSoftBreak, i, i + 1);
      ++i;
    } else {
      size_t j = i + 1;
      while (j < n && !IsInlineSpecial(buf_[j])) ++j;
      AddText(i, j);
      i = j;
    }
  }
}

void InlineRenderer::EmitRange(size_t start, size_t end) {
  // Split at line boundaries: each line maps onto its own source range.
  while (start < end) {
    size_t k = std::upper_bound(seg_buf_.begin(), seg_buf_.end(), start) - seg_buf_.begin();
    size_t line_end = k < seg_buf_.size() ? seg_buf_[k] : buf_.size();
    size_t stop = std::min(end, line_end);
    builder_->AddText(std::string_view(buf_).substr(start, stop - start), Map(start));
    start = stop;
  }
}

void InlineRenderer::Emit() {
  // Matches by the node that opens them and the node that closes them.
  std::vector<std::pair<int, int>> opens, closes;
  for (size_t m = 0; m < matches_.size(); ++m) {
    opens.push_back({matches_[m].opener_node, static_cast<int>(m)});
    closes.push_back({matches_[m].closer_node, static_cast<int>(m)});
  }
  std::stable_sort(opens.begin(), opens.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::stable_sort(closes.begin(), closes.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  size_t next_open = 0, next_close = 0;
  std::vector<Offset> match_start(matches_.size(), 0);
  struct OpenLink {
    bool image;
    Offset start;
  };
  std::vector<OpenLink> links;
  int inside_image = 0;
  // The first character written after `start`, past a paragraph separator
  // or a pending space written since.
  auto content_start = [&](Offset start) {
    std::string_view text = builder_->text();
    while (start < text.size() && (text[start] == ' ' || text[start] == '\n')) ++start;
    return start;
  };
  for (size_t k = 0; k < nodes_.size(); ++k) {
    const Node& node = nodes_[k];
    const int id = static_cast<int>(k);
    const bool visible = inside_image == 0;
    switch (node.type) {
      case NodeType::kText:
        if (visible) EmitRange(node.start, node.end);
        break;
      case NodeType::kVerbatimCode: {
        size_t a = node.start, b = node.end;
        // One space on each side is padding ("`` `x` ``").
        if (b - a >= 2 && buf_[a] == ' ' && buf_[b - 1] == ' ' &&
            buf_.find_first_not_of(' ', a) < b) {
          ++a;
          --b;
        }
        if (!visible) break;
        Offset start = builder_->size();
        EmitRange(a, b);
        builder_->AddMarkup(content_start(start), builder_->size(), MarkupKind::kCode);
        break;
      }
      case NodeType::kSoftBreak:
        builder_->AddSpace(Map(node.start));
        break;
      case NodeType::kHardBreak:
        builder_->EndParagraph();
        break;
      case NodeType::kDelimiter: {
        // Closing matches use the run's first characters, opening ones its
        // last; what is left in between is literal text.
        while (next_close < closes.size() && closes[next_close].first < id) ++next_close;
        for (; next_close < closes.size() && closes[next_close].first == id; ++next_close) {
          const int m = closes[next_close].second;
          builder_->AddMarkup(content_start(match_start[m]), builder_->size(), matches_[m].kind);
        }
        if (visible && node.value > 0) {
          size_t literal_start = node.start;
          // Characters taken by closing matches come first.
          size_t taken = 0;
          for (size_t q = next_close; q-- > 0 && closes[q].first == id;) {
            taken += matches_[closes[q].second].kind == MarkupKind::kBold ? 2 : 1;
          }
          literal_start += taken;
          EmitRange(literal_start, literal_start + static_cast<size_t>(node.value));
        }
        while (next_open < opens.size() && opens[next_open].first < id) ++next_open;
        for (; next_open < opens.size() && opens[next_open].first == id; ++next_open) {
          match_start[opens[next_open].second] = builder_->size();
        }
        break;
      }
      case NodeType::kOpenBracket:
        if (node.value == 0) {
          if (visible) EmitRange(node.start, node.end);
        } else {
          links.push_back({node.value == 2, builder_->size()});
          if (node.value == 2) ++inside_image;
        }
        break;
      case NodeType::kCloseBracket: {
        if (links.empty()) break;
        OpenLink link = links.back();
        links.pop_back();
        if (link.image) {
          --inside_image;
        } else if (visible) {
          builder_->AddLink(content_start(link.start), builder_->size(), node.replacement);
        }
        break;
      }
      case NodeType::kReplacement:
        if (visible) builder_->AddReplacement(node.replacement, Map(node.start));
        break;
      case NodeType::kFootnote:
        if (visible) builder_->AddFootnote(node.value, node.replacement);
        break;
      case NodeType::kAutolink: {
        if (!visible) break;
        Offset start = builder_->size();
        EmitRange(node.start, node.end);
        builder_->AddLink(content_start(start), builder_->size(), node.replacement);
        break;
      }
      case NodeType::kTag:
        if (visible) {
          if (std::optional<HtmlTag> tag = ParseTag(buf_, node.start)) {
            tags_->Apply(*tag, Map(node.start));
          }
        }
        break;
      case NodeType::kNothing:
        break;
    }
  }
}

// ---------------------------------------------------------------------------
// Blocks.

class BlockParser {
 public:
  explicit BlockParser(std::string_view source) : source_(source) {}

  void Line(size_t begin, size_t end);

  std::vector<Block>& blocks() { return blocks_; }
  const absl::flat_hash_map<std::string, std::string>& definitions() const {
    return definitions_;
  }
  const absl::flat_hash_map<int, std::string>& footnote_urls() const { return footnote_urls_; }

 private:
  void AddReference(const Reference& ref);
  void OpenParagraph(BlockKind kind, Segment line, bool in_quote);

  std::string_view source_;
  std::vector<Block> blocks_;
  absl::flat_hash_map<std::string, std::string> definitions_;
  absl::flat_hash_map<int, std::string> footnote_urls_;
  int paragraph_ = -1;  // index of the open paragraph block, -1 if none
  bool paragraph_in_quote_ = false;
  int indented_code_ = -1;  // index of the open indented code block
  bool in_list_ = false;
  bool in_fence_ = false;
  char fence_char_ = 0;
  size_t fence_length_ = 0;
  size_t fence_indent_ = 0;
};

void BlockParser::OpenParagraph(BlockKind kind, Segment line, bool in_quote) {
  blocks_.push_back({BlockType::kParagraph, kind, {line}});
  paragraph_ = static_cast<int>(blocks_.size() - 1);
  paragraph_in_quote_ = in_quote;
}

void BlockParser::AddReference(const Reference& ref) {
  int n = FootnoteNumber(ref.label);
  if (n >= 0) {
    footnote_urls_.try_emplace(n, ref.url);
    // The heading right above a footnote list ("Links", "Notes") goes with it.
    if (!blocks_.empty() && blocks_.back().type == BlockType::kHeading) blocks_.pop_back();
  }
  definitions_.try_emplace(NormalizeLabel(ref.label), ref.url);
  paragraph_ = -1;
}

void BlockParser::Line(size_t begin, size_t end) {
  std::string_view s = source_;
  size_t content = begin;
  if (in_fence_) {
    size_t indent = Indentation(s, begin, end, &content);
    size_t k = content;
    while (k < end && s[k] == fence_char_) ++k;
    if (indent < 4 && k - content >= fence_length_ &&
        StripWhitespace(s.substr(k, end - k)).empty()) {
      in_fence_ = false;
      return;
    }
    size_t start = begin;
    for (size_t cols = 0; start < end && s[start] == ' ' && cols < fence_indent_; ++cols) ++start;
    blocks_.back().lines.push_back({start, end});
    return;
  }
  // Block quote markers go.
  bool in_quote = false;
  size_t indent = Indentation(s, begin, end, &content);
  while (indent < 4 && content < end && s[content] == '>') {
    in_quote = true;
    begin = content + 1;
    if (begin < end && IsBlank(s[begin])) ++begin;
    indent = Indentation(s, begin, end, &content);
  }
  if (content == end) {  // a blank line
    paragraph_ = -1;
    indented_code_ = -1;
    return;
  }
  if (paragraph_ >= 0 && in_quote && !paragraph_in_quote_) paragraph_ = -1;
  if (indent >= 4 && paragraph_ < 0 && !in_list_) {
    if (indented_code_ < 0) {
      blocks_.push_back({BlockType::kCode, BlockKind::kBody, {}});
      indented_code_ = static_cast<int>(blocks_.size() - 1);
    }
    // The content starts four columns in.
    size_t start = begin;
    for (size_t cols = 0; start < end && cols < 4 && IsBlank(s[start]); ++start) {
      cols = s[start] == '\t' ? 4 : cols + 1;
    }
    blocks_[indented_code_].lines.push_back({start, end});
    return;
  }
  indented_code_ = -1;
  Segment line{content, end};
  if (indent < 4) {
    const char c = s[content];
    if (c == '`' || c == '~') {
      size_t k = content;
      while (k < end && s[k] == c) ++k;
      if (k - content >= 3 && (c == '~' || s.substr(k, end - k).find('`') == std::string_view::npos)) {
        paragraph_ = -1;
        in_fence_ = true;
        fence_char_ = c;
        fence_length_ = k - content;
        fence_indent_ = indent;
        blocks_.push_back({BlockType::kCode, BlockKind::kBody, {}});
        return;
      }
    }
    if (c == '#') {
      size_t k = content;
      while (k < end && s[k] == '#') ++k;
      if (k - content <= 6 && (k == end || IsBlank(s[k]))) {
        size_t text_start = k;
        while (text_start < end && IsBlank(s[text_start])) ++text_start;
        size_t text_end = end;
        while (text_end > text_start && IsBlank(s[text_end - 1])) --text_end;
        // An optional closing sequence of '#'.
        size_t hashes = text_end;
        while (hashes > text_start && s[hashes - 1] == '#') --hashes;
        if (hashes == text_start || IsBlank(s[hashes - 1])) {
          text_end = hashes;
          while (text_end > text_start && IsBlank(s[text_end - 1])) --text_end;
        }
        blocks_.push_back({BlockType::kHeading, BlockKind::kHeading, {}});
        if (text_end > text_start) blocks_.back().lines.push_back({text_start, text_end});
        paragraph_ = -1;
        in_list_ = false;
        return;
      }
    }
    if (paragraph_ >= 0 && blocks_[paragraph_].kind == BlockKind::kBody &&
        in_quote == paragraph_in_quote_ && IsSetextUnderline(s, content, end)) {
      blocks_[paragraph_].type = BlockType::kHeading;
      blocks_[paragraph_].kind = BlockKind::kHeading;
      paragraph_ = -1;
      return;
    }
    if (IsThematicBreak(s, content, end)) {
      paragraph_ = -1;
      in_list_ = false;
      return;
    }
    int ordered_start = -1;
    size_t item = ListItemContent(s, content, end, &ordered_start);
    if (item != std::string_view::npos) {
      bool empty = item == end;
      if (paragraph_ < 0 || (!empty && (ordered_start < 0 || ordered_start == 1))) {
        std::string_view content_text = s.substr(item, end - item);
        if (std::optional<Reference> ref = ParseReferenceLine(content_text)) {
          AddReference(*ref);
          return;
        }
        // A numbered list of bare addresses ("1. <https://...>") under a
        // notes heading is a reference list too.
        if (ordered_start >= 0) {
          if (std::optional<std::string> url = ParseReferenceTarget(content_text, false, true)) {
            AddReference({std::to_string(ordered_start), *std::move(url)});
            return;
          }
        }
        paragraph_ = -1;
        in_list_ = true;
        if (!empty) OpenParagraph(BlockKind::kListItem, {item, end}, in_quote);
        return;
      }
    }
    if (c == '[' && paragraph_ < 0) {
      if (std::optional<Reference> ref = ParseReferenceLine(s.substr(content, end - content))) {
        AddReference(*ref);
        return;
      }
    }
  }
  if (paragraph_ >= 0) {
    blocks_[paragraph_].lines.push_back(line);
    return;
  }
  BlockKind kind = in_list_ && indent >= 2 ? BlockKind::kListItem : BlockKind::kBody;
  if (kind == BlockKind::kBody) in_list_ = false;
  OpenParagraph(kind, line, in_quote);
}

}  // namespace

void ReadMarkdown(std::string_view source, Document* doc) {
  size_t pos = ReadFrontMatter(source, &doc->metadata);
  if (pos == 0 && StartsWith(source, "\xEF\xBB\xBF")) pos = 3;  // a BOM
  BlockParser parser(source);
  while (pos < source.size()) {
    size_t eol = source.find('\n', pos);
    if (eol == std::string_view::npos) eol = source.size();
    size_t end = eol;
    if (end > pos && source[end - 1] == '\r') --end;
    parser.Line(pos, end);
    pos = eol + 1;
  }

  TextBuilder builder(doc);
  InlineTags tags(&builder);
  InlineRenderer inline_renderer(source, &builder, &tags, &parser.definitions());
  for (const Block& block : parser.blocks()) {
    switch (block.type) {
      case BlockType::kParagraph:
        builder.StartBlock(block.kind);
        inline_renderer.Render(block.lines);
        break;
      case BlockType::kHeading:
        builder.StartBlock(BlockKind::kHeading);
        if (!block.lines.empty()) inline_renderer.Render(block.lines);
        builder.StartBlock(BlockKind::kBody);
        break;
      case BlockType::kCode: {
        builder.StartBlock(BlockKind::kBody);
        if (block.lines.empty()) break;
        Offset start = builder.size();
        for (const Segment& line : block.lines) {
          builder.AddCodeLine(source.substr(line.begin, line.end - line.begin),
                              static_cast<Offset>(line.begin));
        }
        std::string_view text = builder.text();
        while (start < text.size() && text[start] == '\n') ++start;
        builder.AddMarkup(start, builder.size(), MarkupKind::kCode);
        builder.StartBlock(BlockKind::kBody);
        break;
      }
    }
  }
  builder.Finish();

  // Footnote urls from the reference list, by number.
  const auto& urls = parser.footnote_urls();
  absl::flat_hash_map<int, bool> cited;
  for (Citation& c : doc->citations) {
    if (!c.n.has_value()) continue;
    cited[*c.n] = true;
    if (c.url.empty()) {
      auto it = urls.find(*c.n);
      if (it != urls.end()) c.url = it->second;
    }
  }
  std::vector<int> uncited;
  for (const auto& [n, url] : urls) {
    if (!cited.contains(n)) uncited.push_back(n);
  }
  std::sort(uncited.begin(), uncited.end());
  const Offset end = static_cast<Offset>(doc->text.size());
  for (int n : uncited) {
    Citation c;
    c.n = n;
    c.url = urls.at(n);
    c.start = c.end = end;
    doc->citations.push_back(std::move(c));
  }
}

}  // namespace saywho
