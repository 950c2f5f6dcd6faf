#include "read/html.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "read/ascii.h"
#include "read/metadata.h"

namespace saywho {
namespace {

struct NamedEntity {
  std::string_view name;   // without ';'
  std::string_view value;  // UTF-8
  bool legacy;             // may appear without ';'
};

constexpr NamedEntity kEntities[] = {
#include "read/html_entities.inc"
};

constexpr size_t kMaxTagLength = 4096;
constexpr size_t kMaxEntityLength = 40;

bool IsAsciiAlpha(char c) { return absl::ascii_isalpha(static_cast<unsigned char>(c)); }
bool IsAsciiAlnum(char c) { return absl::ascii_isalnum(static_cast<unsigned char>(c)); }
bool IsHtmlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

const NamedEntity* FindEntity(std::string_view name) {
  auto it = std::lower_bound(
      std::begin(kEntities), std::end(kEntities), name,
      [](const NamedEntity& e, std::string_view n) { return e.name < n; });
  if (it != std::end(kEntities) && it->name == name) return &*it;
  return nullptr;
}

void AppendUtf8(char32_t c, std::string* out) {
  // Browsers map NUL, surrogates and out-of-range values to U+FFFD.
  if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// Case-insensitive search for "</name" from `from`; npos when absent.
size_t FindClosingTag(std::string_view s, size_t from, std::string_view name) {
  size_t i = from;
  while (true) {
    i = s.find("</", i);
    if (i == std::string_view::npos) return i;
    if (i + 2 + name.size() <= s.size() &&
        EqualsIgnoreCase(s.substr(i + 2, name.size()), name)) {
      size_t after = i + 2 + name.size();
      if (after == s.size() || !IsAsciiAlnum(s[after])) return i;
    }
    i += 2;
  }
}

bool OneOf(std::string_view name, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), name) != set.end();
}

// Elements whose content is raw text up to their closing tag.
bool IsRawTextElement(std::string_view name) {
  return OneOf(name, {"script", "style", "textarea", "title", "xmp", "iframe",
                      "noembed", "noframes", "noscript", "template"});
}

// Elements whose whole content is page furniture, not article text.
bool IsFurnitureElement(std::string_view name) {
  return OneOf(name, {"nav", "aside", "form", "button", "select", "svg", "math",
                      "object", "canvas", "audio", "video", "map"});
}

bool IsBlockElement(std::string_view name) {
  return OneOf(name, {"p",       "div",        "br",       "tr",     "blockquote",
                      "section", "article",    "ul",       "ol",     "table",
                      "dl",      "dt",         "dd",       "header", "footer",
                      "main",    "figure",   "figcaption", "pre",
                      "hr",      "address",    "fieldset", "details", "summary",
                      "caption", "center",     "hgroup",   "body",   "html",
                      "thead",   "tbody",      "tfoot"});
}

}  // namespace

size_t DecodeCharacterReference(std::string_view s, size_t i, std::string* out) {
  const size_t n = s.size();
  size_t j = i + 1;
  if (j < n && s[j] == '#') {
    ++j;
    bool hex = j < n && (s[j] == 'x' || s[j] == 'X');
    if (hex) ++j;
    size_t digits_start = j;
    uint32_t value = 0;
    while (j < n && j - digits_start < 8 &&
           (hex ? absl::ascii_isxdigit(static_cast<unsigned char>(s[j]))
                : absl::ascii_isdigit(static_cast<unsigned char>(s[j])))) {
      char c = absl::ascii_tolower(static_cast<unsigned char>(s[j]));
      value = value * (hex ? 16 : 10) +
              static_cast<uint32_t>(c <= '9' ? c - '0' : c - 'a' + 10);
      ++j;
    }
    if (j == digits_start) return 0;
    if (j < n && s[j] == ';') ++j;
    AppendUtf8(value, out);
    return j - i;
  }
  while (j < n && j - i < kMaxEntityLength && IsAsciiAlnum(s[j])) ++j;
  if (j == i + 1) return 0;
  std::string_view name = s.substr(i + 1, j - i - 1);
  if (j < n && s[j] == ';') {
    if (const NamedEntity* e = FindEntity(name)) {
      out->append(e->value);
      return j + 1 - i;
    }
    return 0;
  }
  // Without ';' only the legacy names count, longest prefix first ("&notin"
  // is "&not" + "in" in browsers).
  for (size_t len = std::min<size_t>(name.size(), 6); len >= 2; --len) {
    const NamedEntity* e = FindEntity(name.substr(0, len));
    if (e != nullptr && e->legacy) {
      out->append(e->value);
      return len + 1;
    }
  }
  return 0;
}

size_t AppendDecodedByte(std::string_view s, size_t i, std::string* out) {
  size_t used = s[i] == '&' ? DecodeCharacterReference(s, i, out) : 0;
  if (used > 0) return used;
  out->push_back(s[i]);
  return 1;
}

std::string DecodeCharacterReferences(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) i += AppendDecodedByte(s, i, &out);
  return out;
}

std::optional<HtmlTag> ParseTag(std::string_view s, size_t i) {
  const size_t n = s.size();
  size_t j = i + 1;
  HtmlTag tag;
  if (j < n && s[j] == '/') {
    tag.closing = true;
    ++j;
  }
  if (j >= n || !IsAsciiAlpha(s[j])) return std::nullopt;
  size_t name_start = j;
  while (j < n && (IsAsciiAlnum(s[j]) || s[j] == '-' || s[j] == ':')) ++j;
  tag.name = ToLower(s.substr(name_start, j - name_start));
  if (j < n && !IsHtmlSpace(s[j]) && s[j] != '>' && s[j] != '/') {
    return std::nullopt;  // "<a+b" is no tag
  }
  size_t attributes_start = j;
  const size_t limit = std::min(n, i + kMaxTagLength);
  char quote = 0;
  for (; j < limit; ++j) {
    char c = s[j];
    // A '<' that may start another tag ends this attempt, so that no byte is
    // scanned by more than a few attempts (linear time on "<a <a <a").
    if (c == '<' && (quote == 0 || (j + 1 < n && (IsAsciiAlpha(s[j + 1]) || s[j + 1] == '/' ||
                                                  s[j + 1] == '!')))) {
      return std::nullopt;
    }
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      // Quotes open a value only after '='.
      size_t k = j;
      while (k > attributes_start && IsHtmlSpace(s[k - 1])) --k;
      if (k > attributes_start && s[k - 1] == '=') quote = c;
    } else if (c == '>') {
      tag.self_closing = j > attributes_start && s[j - 1] == '/';
      tag.attributes = s.substr(attributes_start, j - attributes_start);
      tag.end = j + 1;
      return tag;
    }
  }
  return std::nullopt;
}

std::optional<std::string> TagAttribute(const HtmlTag& tag,
                                        std::string_view name) {
  std::string_view a = tag.attributes;
  size_t i = 0;
  const size_t n = a.size();
  while (i < n) {
    while (i < n && (IsHtmlSpace(a[i]) || a[i] == '/')) ++i;
    size_t key_start = i;
    while (i < n && !IsHtmlSpace(a[i]) && a[i] != '=' && a[i] != '/') ++i;
    std::string_view key = a.substr(key_start, i - key_start);
    while (i < n && IsHtmlSpace(a[i])) ++i;
    std::string_view value;
    if (i < n && a[i] == '=') {
      ++i;
      while (i < n && IsHtmlSpace(a[i])) ++i;
      if (i < n && (a[i] == '"' || a[i] == '\'')) {
        char q = a[i++];
        size_t v = i;
        while (i < n && a[i] != q) ++i;
        value = a.substr(v, i - v);
        if (i < n) ++i;
      } else {
        size_t v = i;
        while (i < n && !IsHtmlSpace(a[i])) ++i;
        value = a.substr(v, i - v);
      }
    }
    if (key.empty()) {
      if (i < n) ++i;  // a stray character
      continue;
    }
    if (EqualsIgnoreCase(key, name)) {
      return std::string(StripWhitespace(DecodeCharacterReferences(value)));
    }
  }
  return std::nullopt;
}

std::optional<SupFootnote> ParseSupFootnote(std::string_view s, size_t i) {
  auto skip_space = [&](size_t k) {
    while (k < s.size() && IsHtmlSpace(s[k])) ++k;
    return k;
  };
  std::optional<HtmlTag> sup = ParseTag(s, i);
  if (!sup || sup->name != "sup" || sup->closing) return std::nullopt;
  SupFootnote note;
  size_t j = skip_space(sup->end);
  bool in_link = false;
  if (j < s.size() && s[j] == '<') {
    std::optional<HtmlTag> a = ParseTag(s, j);
    if (!a || a->name != "a" || a->closing) return std::nullopt;
    std::string href = TagAttribute(*a, "href").value_or("");
    if (!href.empty() && href[0] != '#') note.url = href;
    in_link = true;
    j = skip_space(a->end);
  }
  bool bracket = j < s.size() && s[j] == '[';
  if (bracket) ++j;
  if (j < s.size() && s[j] == '^') ++j;
  size_t digits = j;
  int n = 0;
  while (j < s.size() && j - digits < 3 &&
         absl::ascii_isdigit(static_cast<unsigned char>(s[j]))) {
    n = n * 10 + (s[j++] - '0');
  }
  if (j == digits) return std::nullopt;
  if (bracket) {
    if (j >= s.size() || s[j] != ']') return std::nullopt;
    ++j;
  }
  j = skip_space(j);
  if (in_link) {
    std::optional<HtmlTag> close = j < s.size() ? ParseTag(s, j) : std::nullopt;
    if (!close || close->name != "a" || !close->closing) return std::nullopt;
    j = skip_space(close->end);
  }
  std::optional<HtmlTag> close = j < s.size() ? ParseTag(s, j) : std::nullopt;
  if (!close || close->name != "sup" || !close->closing) return std::nullopt;
  note.n = n;
  note.end = close->end;
  return note;
}

void InlineTags::Apply(const HtmlTag& tag, Offset source) {
  const std::string& name = tag.name;
  if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') {
    builder_->StartBlock(tag.closing ? BlockKind::kBody : BlockKind::kHeading);
    return;
  }
  if (name == "li") {
    builder_->StartBlock(tag.closing ? BlockKind::kBody : BlockKind::kListItem);
    return;
  }
  if (IsBlockElement(name)) {
    builder_->EndParagraph();
    return;
  }
  if (name == "td" || name == "th") {
    builder_->AddSpace(source);
    return;
  }
  bool italic = OneOf(name, {"em", "i", "cite", "dfn", "var"});
  bool bold = OneOf(name, {"b", "strong"});
  bool code = OneOf(name, {"code", "kbd", "samp", "tt"});
  bool link = name == "a";
  if (!italic && !bold && !code && !link) return;
  if (!tag.closing) {
    // A pathological nesting depth is ignored rather than tracked.
    if (open_.size() < 256 && !tag.self_closing) {
      open_.push_back({name, builder_->size(),
                       link ? TagAttribute(tag, "href").value_or("#") : ""});
    }
    return;
  }
  // The nearest open tag of the same name, looking at a bounded depth.
  for (size_t k = open_.size(), looked = 0; k > 0 && looked < 16; --k, ++looked) {
    if (open_[k - 1].name != name) continue;
    Open entry = std::move(open_[k - 1]);
    open_.erase(open_.begin() + static_cast<long>(k - 1), open_.end());
    std::string_view text = builder_->text();
    Offset start = entry.start;
    Offset end = builder_->size();
    while (start < end && (text[start] == ' ' || text[start] == '\n')) ++start;
    if (link) {
      builder_->AddLink(start, end, entry.href);
    } else {
      builder_->AddMarkup(start, end,
                          italic ? MarkupKind::kItalic
                          : bold ? MarkupKind::kBold
                                 : MarkupKind::kCode);
    }
    return;
  }
}

namespace {

// Metadata candidates in the order the page declares them; the best one per
// field is chosen once the whole page is read.
struct HtmlMetadata {
  std::string og_title, title_element, description, author, date, og_url,
      canonical, time_element;
  Offset h1_start = 0, h1_end = 0;
  bool in_h1 = false, h1_done = false;

  static void SetOnce(std::string* field, std::string value) {
    if (field->empty()) *field = std::move(value);
  }

  void FromMeta(const HtmlTag& tag) {
    std::string key = ToLower(TagAttribute(tag, "property")
                          .value_or(TagAttribute(tag, "name")
                          .value_or(TagAttribute(tag, "itemprop").value_or(""))));
    std::string content = TagAttribute(tag, "content").value_or("");
    if (content.empty()) return;
    if (key == "og:title" || key == "twitter:title") {
      SetOnce(&og_title, content);
    } else if (key == "og:description" || key == "description" ||
               key == "twitter:description") {
      SetOnce(&description, content);
    } else if (key == "author" || key == "article:author" || key == "byl" ||
               key == "dc.creator" || key == "parsely-author" ||
               key == "sailthru.author") {
      if (!StartsWith(content, "http")) SetOnce(&author, content);
    } else if (key == "article:published_time" || key == "og:published_time" ||
               key == "date" || key == "pubdate" || key == "publishdate" ||
               key == "dc.date" || key == "dc.date.issued" ||
               key == "datepublished" || key == "parsely-pub-date" ||
               key == "sailthru.date") {
      if (std::optional<std::string> iso = ParseDate(content)) SetOnce(&date, *iso);
    } else if (key == "og:url") {
      SetOnce(&og_url, content);
    }
  }

  void Fill(const Document& doc, Metadata* m) const {
    std::string h1;
    if (h1_done && h1_start < h1_end) {
      h1 = std::string(doc.text.substr(h1_start, h1_end - h1_start));
    }
    // A <title> often ends with " | Site name".
    std::string title = title_element;
    for (std::string_view sep : {" | ", " - ", " — ", " :: "}) {
      size_t cut = title.rfind(sep);
      if (cut != std::string::npos && cut > 0) title.resize(cut);
    }
    std::string author_clean = author;
    if (StartsWithIgnoreCase(author_clean, "by ")) author_clean.erase(0, 3);
    SetOnce(&m->title, !og_title.empty() ? og_title : !h1.empty() ? h1 : title);
    SetOnce(&m->subtitle, description);
    SetOnce(&m->author, author_clean);
    SetOnce(&m->date, !date.empty() ? date : time_element);
    SetOnce(&m->source_url, !canonical.empty() ? canonical : og_url);
  }
};

}  // namespace

void ReadHtml(std::string_view source, Document* doc) {
  TextBuilder builder(doc);
  InlineTags tags(&builder);
  HtmlMetadata meta;
  const size_t n = source.size();
  int furniture_depth = 0;
  bool in_head = false;
  // Once a search for a terminator fails, later searches would fail too.
  bool no_comment_end = false;
  bool no_gt = false;
  std::string decoded;
  size_t i = 0;
  auto text_allowed = [&] { return furniture_depth == 0 && !in_head; };
  while (i < n) {
    size_t j = i;
    while (j < n && source[j] != '<' && source[j] != '&') ++j;
    if (j > i && in_head && !StripWhitespace(source.substr(i, j - i)).empty()) {
      in_head = false;  // text cannot be in the head either
    }
    if (j > i && text_allowed()) {
      builder.AddText(source.substr(i, j - i), static_cast<Offset>(i));
    }
    i = j;
    if (i >= n) break;
    if (source[i] == '&') {
      decoded.clear();
      size_t used = DecodeCharacterReference(source, i, &decoded);
      if (used == 0) {
        if (text_allowed()) builder.AddText("&", static_cast<Offset>(i));
        ++i;
      } else {
        if (text_allowed()) builder.AddReplacement(decoded, static_cast<Offset>(i));
        i += used;
      }
      continue;
    }
    std::string_view rest = source.substr(i);
    if (StartsWith(rest, "<!--")) {
      size_t end = no_comment_end ? std::string_view::npos : source.find("-->", i + 4);
      if (end == std::string_view::npos) {
        no_comment_end = true;
        i = n;
      } else {
        i = end + 3;
      }
      continue;
    }
    if (StartsWith(rest, "<![CDATA[")) {
      size_t end = source.find("]]>", i + 9);
      if (end == std::string_view::npos) end = n;
      if (text_allowed()) {
        builder.AddText(source.substr(i + 9, end - i - 9), static_cast<Offset>(i + 9));
      }
      i = std::min(n, end + 3);
      continue;
    }
    if (StartsWith(rest, "<!") || StartsWith(rest, "<?")) {
      size_t end = no_gt ? std::string_view::npos : source.find('>', i);
      if (end == std::string_view::npos) {
        no_gt = true;
        i = n;
      } else {
        i = end + 1;
      }
      continue;
    }
    std::optional<HtmlTag> tag = ParseTag(source, i);
    if (!tag) {
      if (text_allowed()) builder.AddText("<", static_cast<Offset>(i));
      ++i;
      continue;
    }
    const std::string& name = tag->name;
    const Offset tag_source = static_cast<Offset>(i);
    i = tag->end;
    if (!tag->closing && IsRawTextElement(name) && !tag->self_closing) {
      size_t end = FindClosingTag(source, i, name);
      if (end == std::string_view::npos) end = n;
      if (name == "title" && meta.title_element.empty()) {
        meta.title_element = std::string(StripWhitespace(
            DecodeCharacterReferences(source.substr(i, end - i))));
      }
      std::optional<HtmlTag> close = end < n ? ParseTag(source, end) : std::nullopt;
      i = close ? close->end : std::min(n, end + 2 + name.size());
      continue;
    }
    if (name == "head") {
      in_head = !tag->closing;
      continue;
    }
    // As in browsers, an element that cannot be in the head ends it.
    if (in_head && !tag->closing &&
        !OneOf(name, {"meta", "link", "base", "title", "style", "script", "noscript",
                      "template"})) {
      in_head = false;
    }
    if (name == "meta") {
      meta.FromMeta(*tag);
      continue;
    }
    if (name == "link") {
      std::string rel = ToLower(TagAttribute(*tag, "rel").value_or(""));
      if (rel == "canonical" && meta.canonical.empty()) {
        meta.canonical = TagAttribute(*tag, "href").value_or("");
      }
      continue;
    }
    if (name == "time" && !tag->closing && meta.time_element.empty()) {
      if (std::optional<std::string> iso =
              ParseDate(TagAttribute(*tag, "datetime").value_or(""))) {
        meta.time_element = *iso;
      }
    }
    if (IsFurnitureElement(name)) {
      if (tag->self_closing) continue;
      furniture_depth = tag->closing ? std::max(0, furniture_depth - 1)
                                     : std::min(furniture_depth + 1, 1 << 20);
      continue;
    }
    if (!text_allowed()) continue;
    if (name == "sup" && !tag->closing) {
      if (std::optional<SupFootnote> note = ParseSupFootnote(source, tag_source)) {
        builder.AddFootnote(note->n, note->url);
        i = note->end;
        continue;
      }
    }
    if (name == "img") continue;
    tags.Apply(*tag, tag_source);
    if (name == "h1" && !meta.h1_done) {
      if (!tag->closing) {
        meta.in_h1 = true;
        meta.h1_start = builder.size();
      } else if (meta.in_h1) {
        meta.h1_done = true;
        meta.h1_end = builder.size();
        std::string_view text = builder.text();
        while (meta.h1_start < meta.h1_end &&
               (text[meta.h1_start] == '\n' || text[meta.h1_start] == ' ')) {
          ++meta.h1_start;
        }
      }
    }
  }
  builder.Finish();
  meta.Fill(*doc, &doc->metadata);
}

}  // namespace saywho
