#include "entities/gazetteer.h"

#include <algorithm>

#include "common/hashing.h"

namespace saywho::ner {
namespace {

// Names start with a capital letter or a digit; other spans are not tried.
bool CanStartName(std::string_view token) {
  if (token.empty()) return false;
  const unsigned char c = token[0];
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

}  // namespace

Gazetteer Gazetteer::FromLexicon(const Lexicon* lexicon,
                                 const std::vector<std::string>& names) {
  Gazetteer g;
  g.names_ = names;
  if (g.names_.size() > kMaxLists) g.names_.resize(kMaxLists);
  if (lexicon == nullptr) return g;
  for (size_t i = 0; i < g.names_.size(); ++i) {
    for (const std::string& entry : lexicon->List(g.names_[i])) {
      g.AddEntry(static_cast<int>(i), entry);
    }
  }
  return g;
}

int Gazetteer::ListIndex(std::string_view name) const {
  for (size_t i = 0; i < names_.size(); ++i) {
    if (names_[i] == name) return static_cast<int>(i);
  }
  return -1;
}

void Gazetteer::AddEntry(int list, std::string_view entry) {
  const int tokens = static_cast<int>(std::count(entry.begin(), entry.end(), ' ')) + 1;
  if (entry.empty() || tokens > kMaxTokens) return;
  entries_[HashBytes(entry, /*fold=*/true)] |= 1u << list;
  max_tokens_ = std::max(max_tokens_, tokens);
}

void Gazetteer::Match(const Document& doc, uint32_t first, uint32_t end,
                      std::vector<uint32_t>* begin_bits,
                      std::vector<uint32_t>* inside_bits) const {
  begin_bits->assign(end - first, 0);
  inside_bits->assign(end - first, 0);
  if (entries_.empty()) return;
  for (uint32_t start = first; start < end; ++start) {
    std::string_view head = doc.Slice(doc.tokens.start[start], doc.tokens.end[start]);
    if (!CanStartName(head)) continue;
    uint64_t h = kFnvOffset;
    const uint32_t limit = std::min<uint32_t>(end, start + max_tokens_);
    for (uint32_t last = start; last < limit; ++last) {
      if (last > start) h = HashBytes(" ", false, h);
      h = HashBytes(doc.Slice(doc.tokens.start[last], doc.tokens.end[last]), true, h);
      auto it = entries_.find(h);
      if (it == entries_.end()) continue;
      (*begin_bits)[start - first] |= it->second;
      for (uint32_t k = start + 1; k <= last; ++k) (*inside_bits)[k - first] |= it->second;
    }
  }
}

uint32_t Gazetteer::SpanLists(const Document& doc, uint32_t first, uint32_t end) const {
  if (end <= first || end - first > static_cast<uint32_t>(max_tokens_)) return 0;
  uint64_t h = kFnvOffset;
  for (uint32_t k = first; k < end; ++k) {
    if (k > first) h = HashBytes(" ", false, h);
    h = HashBytes(doc.Slice(doc.tokens.start[k], doc.tokens.end[k]), true, h);
  }
  auto it = entries_.find(h);
  return it == entries_.end() ? 0 : it->second;
}

uint32_t Gazetteer::TextLists(std::string_view entry) const {
  auto it = entries_.find(HashBytes(entry, /*fold=*/true));
  return it == entries_.end() ? 0 : it->second;
}

}  // namespace saywho::ner
