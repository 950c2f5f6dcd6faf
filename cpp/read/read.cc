// Format dispatch and the UTF-8 policy of the reader.
#include "read/read.h"

#include <limits>

#include "absl/strings/str_cat.h"
#include "common/utf8.h"
#include "read/ascii.h"
#include "read/html.h"
#include "read/markdown.h"
#include "read/metadata.h"
#include "read/repair.h"

namespace saywho {
namespace {

constexpr size_t kSniffWindow = 4096;

// Splits plain text into paragraphs at blank lines (lines holding only white
// space; LF or CRLF), without touching the text.
void SplitPlainParagraphs(Document* doc) {
  const std::string& t = doc->text;
  const size_t n = t.size();
  size_t i = 0;
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; };
  while (i < n) {
    // Skip blank lines and leading white space.
    while (i < n && (is_space(t[i]) || t[i] == '\n')) ++i;
    if (i >= n) break;
    size_t start = i;
    size_t last_content = i;  // one past the last non-space byte
    while (i < n) {
      size_t eol = t.find('\n', i);
      if (eol == std::string::npos) eol = n;
      bool blank = true;
      for (size_t k = i; k < eol; ++k) {
        if (!is_space(t[k])) {
          blank = false;
          last_content = k + 1;
        }
      }
      if (blank && i > start) break;
      i = eol + 1 > n ? n : eol + 1;
    }
    doc->paragraphs.push_back({static_cast<Offset>(start), static_cast<Offset>(last_content),
                               BlockKind::kBody});
  }
}

}  // namespace

Format SniffFormat(std::string_view source, std::string_view filename) {
  std::string lower = ToLower(filename);
  for (auto [ext, format] : {std::pair{".md", Format::kMarkdown},
                             {".markdown", Format::kMarkdown},
                             {".mdown", Format::kMarkdown},
                             {".html", Format::kHtml},
                             {".htm", Format::kHtml},
                             {".xhtml", Format::kHtml},
                             {".txt", Format::kText},
                             {".text", Format::kText}}) {
    if (EndsWith(lower, ext)) return format;
  }
  std::string head = ToLower(source.substr(0, kSniffWindow));
  std::string_view start = StripLeadingWhitespace(head);
  if (StartsWith(start, "\xEF\xBB\xBF")) start.remove_prefix(3);
  for (std::string_view opener : {"<!doctype html", "<html", "<head", "<body", "<?xml",
                                  "<article", "<div", "<p>", "<p ", "<section", "<meta",
                                  "<table", "<h1", "<!--"}) {
    if (StartsWith(start, opener)) return Format::kHtml;
  }
  // Counted signals of each format within the window.
  int html = 0, markdown = 0;
  for (std::string_view tag : {"<p>", "</p>", "<div", "<br", "<span", "<a href", "</a>",
                               "<li>", "<h2"}) {
    for (size_t at = head.find(tag); at != std::string::npos; at = head.find(tag, at + 1)) ++html;
  }
  for (size_t at = head.find("]("); at != std::string::npos; at = head.find("](", at + 1)) ++markdown;
  for (size_t at = head.find("**"); at != std::string::npos; at = head.find("**", at + 2)) ++markdown;
  for (size_t line = 0; line < head.size();) {
    std::string_view rest = std::string_view(head).substr(line);
    if (StartsWith(rest, "# ") || StartsWith(rest, "##") || StartsWith(rest, "> ") ||
        StartsWith(rest, "---")) {
      ++markdown;
    }
    size_t eol = head.find('\n', line);
    if (eol == std::string::npos) break;
    line = eol + 1;
  }
  if (html >= 3 && html > markdown) return Format::kHtml;
  if (markdown >= 1) return Format::kMarkdown;
  if (html >= 3) return Format::kHtml;
  return Format::kText;
}

absl::StatusOr<Document> Read(std::string source, const ReadOptions& options) {
  if (source.size() >= std::numeric_limits<Offset>::max()) {
    return absl::InvalidArgumentError(
        absl::StrCat("input of ", source.size(), " bytes exceeds the 4 GiB offset range"));
  }
  size_t bad = FindInvalidUtf8(source);
  if (bad != kValidUtf8) {
    if (!options.replace_invalid_utf8) {
      return absl::InvalidArgumentError(absl::StrCat("invalid UTF-8 at byte ", bad));
    }
    // Offsets then index the repaired source, which Document::source holds.
    source = ReplaceInvalidUtf8(source);
  }
  Format format = options.format == Format::kAuto ? SniffFormat(source, options.filename)
                                                  : options.format;
  Document doc;
  doc.source = std::move(source);
  switch (format) {
    case Format::kAuto:
    case Format::kText:
      doc.text = doc.source;
      SplitPlainParagraphs(&doc);
      break;
    case Format::kMarkdown:
      doc.text.reserve(doc.source.size());
      ReadMarkdown(doc.source, &doc);
      break;
    case Format::kHtml:
      doc.text.reserve(doc.source.size() / 2);
      ReadHtml(doc.source, &doc);
      break;
  }
  // Plain text stays byte for byte the input: no classification, no joins.
  if (format == Format::kMarkdown || format == Format::kHtml) {
    if (options.detect_header_footer) DetectHeaderAndFooter(&doc);
    if (options.repair_page_breaks) RepairPageBreaks(&doc);
  }
  return doc;
}

}  // namespace saywho
