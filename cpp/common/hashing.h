// Stable 64-bit hashes for feature names and gazetteer keys. They are written
// into model files, so they must not change between builds or platforms
// (std::hash would).
#ifndef SAYWHO_COMMON_HASHING_H_
#define SAYWHO_COMMON_HASHING_H_

#include <cstdint>
#include <string_view>

namespace saywho {

inline constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ull;
inline constexpr uint64_t kFnvPrime = 0x100000001b3ull;

// Murmur3's finalizer: spreads every input bit over the output.
inline uint64_t Mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

inline char AsciiLowerChar(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}

// FNV-1a over the bytes of `s`, ASCII lower-cased when `fold` is set,
// continuing from `h`.
inline uint64_t HashBytes(std::string_view s, bool fold, uint64_t h = kFnvOffset) {
  for (char c : s) {
    h ^= static_cast<unsigned char>(fold ? AsciiLowerChar(c) : c);
    h *= kFnvPrime;
  }
  return h;
}

// Combines a feature template id with up to three values.
inline uint64_t Feature(uint32_t templ, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
  uint64_t h = Mix(a ^ (0x9e3779b97f4a7c15ull * (templ + 1)));
  h = Mix(h ^ (b * 0xc2b2ae3d27d4eb4full + 0x165667b19e3779f9ull));
  return c == 0 ? h : Mix(h ^ (c * 0x27d4eb2f165667c5ull));
}

}  // namespace saywho

#endif  // SAYWHO_COMMON_HASHING_H_
