#include "saywho/lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"

namespace saywho {
namespace {

const std::vector<std::string>& EmptyList() {
  static const auto* empty = new std::vector<std::string>();
  return *empty;
}

std::string_view TrimLine(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  return line;
}

// This Abseil (Debian 12's) has its own string_view type; hashed lookups
// need it.
absl::string_view AbslView(std::string_view s) { return {s.data(), s.size()}; }

}  // namespace

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

absl::StatusOr<Lexicon> Lexicon::LoadDir(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return absl::NotFoundError(absl::StrCat("lexicon folder not found: ", dir));
  }
  Lexicon lexicon;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const fs::path& path = entry.path();
    std::string ext = path.extension().string();
    if (ext != ".txt" && ext != ".tsv") continue;
    std::ifstream in(path, std::ios::binary);
    if (!in) return absl::UnavailableError(absl::StrCat("cannot read ", path.string()));
    std::string name = path.stem().string();
    std::vector<std::string> entries;
    std::vector<std::pair<std::string, std::string>> rows;
    std::string line;
    while (std::getline(in, line)) {
      std::string_view l = TrimLine(line);
      if (l.empty() || l.front() == '#') continue;
      if (ext == ".txt") {
        entries.emplace_back(l);
      } else {
        size_t tab = l.find('\t');
        rows.emplace_back(std::string(l.substr(0, tab)),
                          tab == std::string_view::npos ? "" : std::string(l.substr(tab + 1)));
      }
    }
    if (ext == ".txt") lexicon.AddList(name, std::move(entries));
    else lexicon.AddTable(name, std::move(rows));
  }
  if (ec) return absl::UnavailableError(absl::StrCat("cannot list ", dir, ": ", ec.message()));
  return lexicon;
}

void Lexicon::AddList(LexiconName name, std::vector<std::string> entries) {
  WordList& list = lists_[std::string(name.name())];
  for (auto& e : entries) {
    list.exact.insert(e);
    list.folded.insert(AsciiLower(e));
    list.entries.push_back(std::move(e));
  }
}

void Lexicon::AddTable(LexiconName name, std::vector<std::pair<std::string, std::string>> rows) {
  const std::string key(name.name());
  Table& table = tables_[key];
  WeightTable* numbers = absl::EndsWith(key, "_weights") ? &weights_[key] : nullptr;
  for (auto& [k, v] : rows) {
    if (numbers != nullptr) numbers->emplace(KeyHash(k), std::strtof(v.c_str(), nullptr));
    for (size_t space = k.find(' '); space != std::string::npos; space = k.find(' ', space + 1)) {
      table.key_prefixes.insert(k.substr(0, space));
    }
    table.rows.emplace(std::move(k), std::move(v));
  }
}

bool Lexicon::Contains(LexiconName name, std::string_view word) const {
  const WordList* list = Find(lists_, name);
  return list != nullptr && list->exact.contains(AbslView(word));
}

bool Lexicon::ContainsFolded(LexiconName name, std::string_view word) const {
  const WordList* list = Find(lists_, name);
  if (list == nullptr) return false;
  // Most words asked about are lower case already: no copy for them.
  const bool lower = std::none_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  return lower ? list->folded.contains(AbslView(word)) : list->folded.contains(AsciiLower(word));
}

const std::vector<std::string>& Lexicon::List(LexiconName name) const {
  const WordList* list = Find(lists_, name);
  return list == nullptr ? EmptyList() : list->entries;
}

const std::string* Lexicon::Lookup(LexiconName name, std::string_view key) const {
  const Table* table = Find(tables_, name);
  if (table == nullptr) return nullptr;
  auto row = table->rows.find(AbslView(key));
  return row == table->rows.end() ? nullptr : &row->second;
}

std::vector<std::string> Lexicon::Keys(LexiconName name) const {
  std::vector<std::string> keys;
  if (const Table* table = Find(tables_, name)) {
    keys.reserve(table->rows.size());
    for (const auto& [key, value] : table->rows) keys.push_back(key);
  }
  return keys;
}

bool Lexicon::StartsLongerKey(LexiconName name, std::string_view words) const {
  const Table* table = Find(tables_, name);
  return table != nullptr && table->key_prefixes.contains(AbslView(words));
}

const Lexicon::WeightTable* Lexicon::Weights(LexiconName name) const {
  return Find(weights_, name);
}

bool Lexicon::HasList(LexiconName name) const { return Find(lists_, name) != nullptr; }

}  // namespace saywho
