#include "common/utf8.h"

#include <algorithm>

namespace saywho {
namespace {

// Length of the well-formed sequence at s[i], or 0 when ill-formed. Follows
// Table 3-7 of the Unicode standard (well-formed UTF-8 byte sequences).
int WellFormedLength(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  unsigned char b0 = p[i];
  if (b0 < 0x80) return 1;
  auto cont = [&](size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    return i + k < n && p[i + k] >= lo && p[i + k] <= hi;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
  if (b0 == 0xE0) return cont(1, 0xA0, 0xBF) && cont(2) ? 3 : 0;
  if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF)
    return cont(1) && cont(2) ? 3 : 0;
  if (b0 == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
  if (b0 == 0xF0) return cont(1, 0x90, 0xBF) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xF1 && b0 <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

// Length of the maximal ill-formed subpart at s[i] (at least 1): the bytes a
// single U+FFFD replaces.
int IllFormedLength(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  unsigned char b0 = p[i];
  int want = b0 >= 0xC2 && b0 <= 0xDF ? 2 : b0 >= 0xE0 && b0 <= 0xEF ? 3
           : b0 >= 0xF0 && b0 <= 0xF4 ? 4 : 1;
  int k = 1;
  while (k < want && i + k < s.size()) {
    unsigned char c = p[i + k];
    unsigned char lo = 0x80, hi = 0xBF;
    if (k == 1) {
      if (b0 == 0xE0) lo = 0xA0;
      if (b0 == 0xED) hi = 0x9F;
      if (b0 == 0xF0) lo = 0x90;
      if (b0 == 0xF4) hi = 0x8F;
    }
    if (c < lo || c > hi) break;
    ++k;
  }
  return k;
}

}  // namespace

size_t FindInvalidUtf8(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    // Fast path over ASCII, eight bytes at a time.
    while (i + 8 <= n) {
      uint64_t word;
      __builtin_memcpy(&word, s.data() + i, 8);
      if (word & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    int len = WellFormedLength(s, i);
    if (len == 0) return i;
    i += len;
  }
  return kValidUtf8;
}

std::string ReplaceInvalidUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    int len = WellFormedLength(s, i);
    if (len > 0) {
      out.append(s.substr(i, len));
      i += len;
    } else {
      out.append("\xEF\xBF\xBD");
      i += IllFormedLength(s, i);
    }
  }
  return out;
}

char32_t DecodeUtf8(std::string_view s, size_t i, int* length) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  unsigned char b0 = p[i];
  int len = Utf8Length(b0);
  if (i + len > s.size()) len = 1;
  *length = len;
  switch (len) {
    case 1: return b0;
    case 2: return ((b0 & 0x1F) << 6) | (p[i + 1] & 0x3F);
    case 3: return ((b0 & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
    default:
      return ((b0 & 0x07) << 18) | ((p[i + 1] & 0x3F) << 12) |
             ((p[i + 2] & 0x3F) << 6) | (p[i + 3] & 0x3F);
  }
}

CodepointIndex::CodepointIndex(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  uint32_t extra = 0;
  for (size_t i = 0; i < text.size();) {
    if (p[i] < 0x80) { ++i; continue; }
    int len = Utf8Length(p[i]);
    extra += len - 1;
    lead_.push_back(static_cast<uint32_t>(i));
    extra_.push_back(extra);
    i += len;
  }
  length_ = static_cast<uint32_t>(text.size()) - extra;
}

uint32_t CodepointIndex::ToCodepoint(uint32_t byte) const {
  if (lead_.empty()) return byte;
  // Multibyte code points that start before `byte` end at or before it (byte
  // is a boundary), so all their continuation bytes are behind it.
  auto it = std::lower_bound(lead_.begin(), lead_.end(), byte);
  if (it == lead_.begin()) return byte;
  return byte - extra_[(it - lead_.begin()) - 1];
}

uint32_t CodepointIndex::ToByte(uint32_t cp) const {
  if (lead_.empty()) return cp;
  // Code point of multibyte k is lead_[k] - extra before it; find the number
  // of multibyte code points that start before cp.
  size_t lo = 0, hi = lead_.size();
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    uint32_t before = mid == 0 ? 0 : extra_[mid - 1];
    if (lead_[mid] - before < cp) lo = mid + 1; else hi = mid;
  }
  return cp + (lo == 0 ? 0 : extra_[lo - 1]);
}

}  // namespace saywho
