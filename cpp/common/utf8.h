// UTF-8 validation and the one conversion of byte offsets to code points.
#ifndef SAYWHO_COMMON_UTF8_H_
#define SAYWHO_COMMON_UTF8_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace saywho {

inline constexpr size_t kValidUtf8 = static_cast<size_t>(-1);

// Byte offset of the first byte that does not start a well-formed UTF-8
// sequence (overlongs, surrogates and values above U+10FFFF are ill-formed),
// or kValidUtf8.
size_t FindInvalidUtf8(std::string_view s);

// `s` with every ill-formed sequence replaced by U+FFFD (one per maximal
// ill-formed subpart, as the Unicode standard recommends).
std::string ReplaceInvalidUtf8(std::string_view s);

// Decodes the code point starting at s[i] (s must be valid UTF-8) and sets
// *length to its byte length.
char32_t DecodeUtf8(std::string_view s, size_t i, int* length);

// Byte length of the sequence that starts with lead byte `b` (1 for ASCII and
// for continuation bytes, so that a scan always advances).
inline int Utf8Length(unsigned char b) {
  return b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

// Maps byte offsets of one valid UTF-8 text to code-point offsets (Python
// str indices). Built in one forward pass; for ASCII text it stores nothing
// and each lookup is the identity. Memory: two integers per non-ASCII code
// point. Thread safety: immutable after construction.
class CodepointIndex {
 public:
  explicit CodepointIndex(std::string_view text);
  // `byte` must be a code-point boundary in [0, text.size()].
  uint32_t ToCodepoint(uint32_t byte) const;
  // Inverse: the byte offset of code point `cp` in [0, length()].
  uint32_t ToByte(uint32_t cp) const;
  uint32_t length() const { return length_; }  // in code points
  bool ascii() const { return lead_.empty(); }

 private:
  // lead_[k]: byte offset of the k-th multibyte code point; extra_[k]: how
  // many continuation bytes stand before the end of it.
  std::vector<uint32_t> lead_;
  std::vector<uint32_t> extra_;
  uint32_t length_ = 0;
};

}  // namespace saywho

#endif  // SAYWHO_COMMON_UTF8_H_
