#include "quotes/marks.h"

#include <algorithm>
#include <optional>

#include "common/utf8.h"

namespace saywho::quotes {
namespace {

enum class Family { kDouble, kSingle, kGuillemet, kSingleGuillemet };
// What the glyph says about its direction.
enum class Glyph { kOpen, kClose, kEither };

struct Mark {
  size_t pos = 0;
  size_t len = 0;
  Family family = Family::kDouble;
  Glyph glyph = Glyph::kEither;
};

// Recognizes a quotation mark at text[i], if any.
std::optional<Mark> MarkAt(std::string_view text, size_t i) {
  int n = 0;
  char32_t c = DecodeUtf8(text, i, &n);
  auto next_is = [&](char32_t want) {
    if (i + n >= text.size()) return false;
    int m = 0;
    return DecodeUtf8(text, i + n, &m) == want;
  };
  auto make = [&](size_t len, Family f, Glyph g) { return Mark{i, len, f, g}; };
  switch (c) {
    case '"': return make(n, Family::kDouble, Glyph::kEither);
    case U'\u201c': return make(n, Family::kDouble, Glyph::kOpen);
    case U'\u201d': return make(n, Family::kDouble, Glyph::kClose);
    case U'\u201e': case U'\u201f': return make(n, Family::kDouble, Glyph::kOpen);
    case U'\u00ab': return make(n, Family::kGuillemet, Glyph::kOpen);
    case U'\u00bb': return make(n, Family::kGuillemet, Glyph::kClose);
    case U'\u2039': return make(n, Family::kSingleGuillemet, Glyph::kOpen);
    case U'\u203a': return make(n, Family::kSingleGuillemet, Glyph::kClose);
    case '`':
      if (next_is('`')) return make(2 * n, Family::kDouble, Glyph::kOpen);
      return std::nullopt;
    case '\'':
      if (next_is('\'')) return make(2 * n, Family::kDouble, Glyph::kEither);
      return make(n, Family::kSingle, Glyph::kEither);
    case U'\u2018':
      if (next_is(U'\u2018')) return make(2 * n, Family::kDouble, Glyph::kOpen);
      return make(n, Family::kSingle, Glyph::kOpen);
    case U'\u2019':
      if (next_is(U'\u2019')) return make(2 * n, Family::kDouble, Glyph::kClose);
      return make(n, Family::kSingle, Glyph::kClose);
    case U'\u201a': return make(n, Family::kSingle, Glyph::kOpen);
    default: return std::nullopt;
  }
}

bool IsDash(char32_t c) {
  return c == '-' || c == U'\u2013' || c == U'\u2014' || c == '/';
}
bool IsOpeningBracket(char32_t c) { return c == '(' || c == '[' || c == '{'; }

// True when `rest` opens with the ending of a contraction or possessive
// ("s", "t", "m", "d", "ll", "re", "ve") and no letter follows it.
bool IsContractionEnding(std::string_view rest) {
  static constexpr std::string_view kEndings[] = {"s", "t", "m", "d", "ll", "re", "ve"};
  for (std::string_view ending : kEndings) {
    if (rest.size() < ending.size() || rest.substr(0, ending.size()) != ending) continue;
    if (rest.size() == ending.size()) return true;
    int n = 0;
    if (!IsLetterOrDigit(DecodeUtf8(rest, ending.size(), &n))) return true;
  }
  return false;
}

struct Context {
  bool can_open = false;   // word characters follow, a boundary precedes
  bool can_close = false;  // word characters precede, a boundary follows
  bool apostrophe = false; // a mark that is surely an apostrophe
};

Context ContextOf(std::string_view text, const Mark& m, size_t block_start, size_t block_end) {
  char32_t prev = 0, next = 0;
  int n = 0;
  if (m.pos > block_start) {
    size_t p = m.pos - 1;
    while (p > block_start && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
    prev = DecodeUtf8(text, p, &n);
  }
  if (m.pos + m.len < block_end) next = DecodeUtf8(text, m.pos + m.len, &n);
  bool prev_boundary = prev == 0 || IsSpace(prev) || IsOpeningBracket(prev) || IsDash(prev) ||
                       IsQuoteChar(prev) || prev == ':';
  bool next_boundary = next == 0 || IsSpace(next) || (!IsLetterOrDigit(next) && next != '$');
  Context ctx;
  ctx.can_open = next != 0 && !IsSpace(next) && prev_boundary &&
                 next != ',' && next != '.' && next != ';';
  ctx.can_close = prev != 0 && !IsSpace(prev) && next_boundary;
  const bool prev_word = prev != 0 && IsLetterOrDigit(prev);
  if (m.family == Family::kSingle) {
    bool next_word = next != 0 && IsLetterOrDigit(next);
    // don't, Xi's; the '60s, '90s.
    ctx.apostrophe = (prev_word && next_word) || (next >= '0' && next <= '9' && !prev_word);
  } else if (m.family == Family::kDouble && m.len == 1 && prev_word) {
    // China"s, don"t, I"m: a straight double mark typed for an apostrophe
    // (as in the Reuters-21578 wire texts) before a contraction's ending.
    ctx.apostrophe = IsContractionEnding(text.substr(m.pos + 1, block_end - m.pos - 1));
  }
  return ctx;
}

size_t TrimEnd(std::string_view text, size_t start, size_t end) {
  while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\n' ||
                         text[end - 1] == '\t' || text[end - 1] == '\r')) {
    --end;
  }
  return end;
}

struct Open {
  Mark mark;
  size_t index;  // into the output
};

}  // namespace

bool IsQuoteChar(char32_t c) {
  return c == '"' || c == '\'' || (c >= U'\u2018' && c <= U'\u201f') || c == U'\u00ab' ||
         c == U'\u00bb' || c == U'\u2039' || c == U'\u203a';
}

std::vector<QuotedSpan> FindQuotedSpans(std::string_view text, const std::vector<Block>& blocks) {
  std::vector<QuotedSpan> out;
  std::vector<Open> stack;
  // Set when the outermost quotation of the previous block was left open and
  // may continue into this block.
  std::optional<Open> carried;
  auto push = [&](const Mark& m) {
    QuotedSpan q;
    q.open = Offset(m.pos);
    q.start = Offset(m.pos + m.len);
    q.depth = int(stack.size());
    out.push_back(q);
    stack.push_back({m, out.size() - 1});
  };
  auto close_at = [&](const Open& o, size_t end, size_t close, bool closed) {
    QuotedSpan& q = out[o.index];
    q.end = Offset(std::max<size_t>(TrimEnd(text, q.start, end), q.start));
    q.close = Offset(std::max<size_t>(close, q.end));
    q.closed = closed;
  };
  size_t carried_from = 0;  // the block whose end left `carried` open
  for (size_t b = 0; b < blocks.size(); ++b) {
    const size_t bs = blocks[b].start, be = std::min<size_t>(blocks[b].end, text.size());
    bool first_mark = true;
    // Only the very next paragraph may go on with it: one without marks
    // in between ended it.
    if (carried && carried_from + 1 != b) carried.reset();
    for (size_t i = bs; i < be;) {
      const unsigned char lead = static_cast<unsigned char>(text[i]);
      if (lead < 0x80 && lead != '"' && lead != '\'' && lead != '`') {
        ++i;
        continue;
      }
      std::optional<Mark> m = MarkAt(text, i);
      if (!m) {
        i += Utf8Length(static_cast<unsigned char>(text[i]));
        continue;
      }
      i += m->len;
      // name="value": markup left in the text, not a quotation.
      if (m->pos > bs && text[m->pos - 1] == '=') continue;
      Context ctx = ContextOf(text, *m, bs, be);
      bool leading = first_mark && text.substr(bs, m->pos - bs).find_first_not_of(" \t") ==
                                       std::string_view::npos;
      first_mark = false;
      if (carried) {
        // The previous paragraph's quotation goes on when this paragraph
        // opens with a mark of the same family; otherwise it ended there.
        if (leading && m->family == carried->mark.family && m->glyph != Glyph::kClose) {
          stack.push_back(*carried);
          out[carried->index].paragraphs++;
          carried.reset();
          continue;
        }
        carried.reset();
      }
      if (ctx.apostrophe) continue;
      auto same = std::find_if(stack.rbegin(), stack.rend(),
                               [&](const Open& o) { return o.mark.family == m->family; });
      bool has_open = same != stack.rend();
      bool closes = has_open && (m->glyph == Glyph::kClose ||
                                 (m->glyph == Glyph::kEither && (ctx.can_close || !ctx.can_open)) ||
                                 (m->glyph == Glyph::kOpen && ctx.can_close && !ctx.can_open));
      if (m->family == Family::kSingle && has_open) {
        // A single mark closes only the innermost quotation; a single opened
        // outside the current double quotation was an apostrophe after all.
        closes = closes && same == stack.rbegin() && ctx.can_close;
      }
      if (closes) {
        // Marks opened inside and never closed: single ones were apostrophes,
        // others end here.
        while (stack.back().index != same->index) {
          if (stack.back().mark.family == Family::kSingle) {
            out[stack.back().index].depth = -1;  // dropped below
          } else {
            close_at(stack.back(), m->pos, m->pos, false);
          }
          stack.pop_back();
        }
        close_at(stack.back(), m->pos, m->pos + m->len, true);
        stack.pop_back();
        continue;
      }
      bool opens = m->glyph == Glyph::kOpen ? !ctx.can_close || ctx.can_open
                   : m->glyph == Glyph::kEither ? ctx.can_open || (!ctx.can_close && m->family != Family::kSingle)
                   : ctx.can_open && !ctx.can_close && m->family != Family::kSingle;
      if (m->family == Family::kSingle) opens = opens && ctx.can_open;
      if (opens) push(*m);
    }
    // End of the paragraph: open single marks were apostrophes; the
    // outermost other quotation may continue; the rest close here.
    while (!stack.empty()) {
      const Open& o = stack.back();
      if (o.mark.family == Family::kSingle) {
        out[o.index].depth = -1;
      } else {
        close_at(o, be, be, false);
        if (stack.size() == 1) {
          carried = o;
          carried_from = b;
        }
      }
      stack.pop_back();
    }
  }
  out.erase(std::remove_if(out.begin(), out.end(),
                           [](const QuotedSpan& q) { return q.depth < 0 || q.end <= q.start; }),
            out.end());
  // Depth again, now that the apostrophes taken for opening marks are gone.
  std::vector<Offset> enclosing;  // close offsets of the quotations around
  for (QuotedSpan& q : out) {
    while (!enclosing.empty() && enclosing.back() <= q.open) enclosing.pop_back();
    q.depth = int(enclosing.size());
    enclosing.push_back(q.close);
  }
  return out;
}

}  // namespace saywho::quotes
