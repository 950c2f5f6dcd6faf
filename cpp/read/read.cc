// PLACEHOLDER until the reader lands: plain text only.
#include "read/read.h"
#include "common/utf8.h"
#include "absl/strings/str_cat.h"
namespace saywho {
Format SniffFormat(std::string_view, std::string_view) { return Format::kText; }
absl::StatusOr<Document> Read(std::string source, const ReadOptions& options) {
  size_t bad = FindInvalidUtf8(source);
  if (bad != kValidUtf8 && !options.replace_invalid_utf8)
    return absl::InvalidArgumentError(absl::StrCat("invalid UTF-8 at byte ", bad));
  Document doc;
  doc.text = bad == kValidUtf8 ? source : ReplaceInvalidUtf8(source);
  doc.source = std::move(source);
  return doc;
}
}  // namespace saywho
