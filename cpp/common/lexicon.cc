#include "saywho/lexicon.h"

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

void Lexicon::AddList(std::string name, std::vector<std::string> entries) {
  WordList& list = lists_[name];
  for (auto& e : entries) {
    list.exact.insert(e);
    list.folded.insert(AsciiLower(e));
    list.entries.push_back(std::move(e));
  }
}

void Lexicon::AddTable(std::string name,
                       std::vector<std::pair<std::string, std::string>> rows) {
  const bool weights = absl::EndsWith(name, "_weights");
  auto& table = tables_[name];
  for (auto& [k, v] : rows) {
    if (weights) weights_[name].emplace(KeyHash(k), std::strtof(v.c_str(), nullptr));
    table.emplace(std::move(k), std::move(v));
  }
}

bool Lexicon::Contains(std::string_view name, std::string_view word) const {
  auto it = lists_.find(AbslView(name));
  return it != lists_.end() && it->second.exact.contains(AbslView(word));
}

bool Lexicon::ContainsFolded(std::string_view name, std::string_view word) const {
  auto it = lists_.find(AbslView(name));
  return it != lists_.end() && it->second.folded.contains(AsciiLower(word));
}

const std::vector<std::string>& Lexicon::List(std::string_view name) const {
  auto it = lists_.find(AbslView(name));
  return it == lists_.end() ? EmptyList() : it->second.entries;
}

const std::string* Lexicon::Lookup(std::string_view name, std::string_view key) const {
  auto it = tables_.find(AbslView(name));
  if (it == tables_.end()) return nullptr;
  auto row = it->second.find(AbslView(key));
  return row == it->second.end() ? nullptr : &row->second;
}

const Lexicon::WeightTable* Lexicon::Weights(std::string_view name) const {
  auto it = weights_.find(AbslView(name));
  return it == weights_.end() ? nullptr : &it->second;
}

bool Lexicon::HasList(std::string_view name) const { return lists_.contains(AbslView(name)); }

}  // namespace saywho
