// Agreement of Segment() with the sentences and tokens of a CoNLL-U corpus
// (e.g. /work/shared/data/ud/gum/dev.conllu).
//
//   saywho_segment_eval_ud LEXICON_DIR FILE.conllu [--errors N]
//
// Rebuilds each document's text from its "# text =" lines (sentences joined
// by a space, paragraphs — "# newpar" — by a blank line, paragraph kinds from
// "# newpar_block": head -> heading, item -> list item), gives the reader's
// paragraphs to Segment(), and reports precision, recall and F1 of
//  - sentence starts inside paragraphs (paragraph starts are given, so they
//    are left out), and
//  - token spans (exact byte spans of the words, aligned to the text).
// With --errors N, prints up to N missed and N spurious sentence starts and
// N gold tokens not found.
// A measuring tool, not a test.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "saywho/document.h"
#include "saywho/lexicon.h"
#include "segment/segment.h"

namespace {

struct GoldDocument {
  saywho::Document doc;
  std::set<saywho::Offset> sentence_starts;  // within paragraphs only
  std::set<std::pair<saywho::Offset, saywho::Offset>> tokens;
};

struct Counts {
  size_t gold = 0, found = 0, agreed = 0;
  void Print(const char* what) const {
    double p = found ? static_cast<double>(agreed) / found : 0;
    double r = gold ? static_cast<double>(agreed) / gold : 0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    std::printf("%-16s gold %7zu  found %7zu  P %.4f  R %.4f  F1 %.4f\n", what, gold, found, p, r, f);
  }
};

bool StartsWith(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

std::vector<GoldDocument> ReadConllu(const char* path) {
  std::vector<GoldDocument> docs;
  std::ifstream in(path);
  std::string line;
  size_t cursor = 0;  // where the next word is looked for in the text
  size_t sentence_end = 0;
  auto close_paragraph = [&docs] {
    if (!docs.empty() && !docs.back().doc.paragraphs.empty()) {
      docs.back().doc.paragraphs.back().end = static_cast<saywho::Offset>(docs.back().doc.text.size());
    }
  };
  int block_sentences_left = -1;  // sentences left in the current block; -1: unknown
  auto open_paragraph = [&docs, &close_paragraph, &block_sentences_left] {
    saywho::Document& doc = docs.back().doc;
    close_paragraph();
    if (!doc.text.empty()) doc.text += "\n\n";
    doc.paragraphs.push_back({static_cast<saywho::Offset>(doc.text.size()), 0, saywho::BlockKind::kBody});
    block_sentences_left = -1;
  };
  while (std::getline(in, line)) {
    if (StartsWith(line, "# newdoc")) {
      close_paragraph();
      docs.emplace_back();
      continue;
    }
    if (docs.empty()) continue;
    saywho::Document& doc = docs.back().doc;
    if (StartsWith(line, "# newpar")) {
      if (StartsWith(line, "# newpar_block")) {
        size_t open = line.rfind('(');
        block_sentences_left = open == std::string::npos ? -1 : std::atoi(line.c_str() + open + 1);
        saywho::BlockKind kind = line.find("= head") != std::string::npos   ? saywho::BlockKind::kHeading
                                 : line.find("= item") != std::string::npos ? saywho::BlockKind::kListItem
                                                                            : saywho::BlockKind::kBody;
        if (!doc.paragraphs.empty()) doc.paragraphs.back().kind = kind;
        continue;
      }
      open_paragraph();
      continue;
    }
    if (StartsWith(line, "# text = ")) {
      // A block of N sentences ("# newpar_block = head (1 s)") followed by
      // sentences without their own "# newpar": those start a paragraph.
      if (doc.paragraphs.empty() || block_sentences_left == 0) open_paragraph();
      if (block_sentences_left > 0) --block_sentences_left;
      bool paragraph_start = doc.text.size() == doc.paragraphs.back().start;
      if (!paragraph_start) doc.text += ' ';
      if (!paragraph_start) docs.back().sentence_starts.insert(static_cast<saywho::Offset>(doc.text.size()));
      cursor = doc.text.size();
      doc.text += line.substr(9);
      sentence_end = doc.text.size();
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    std::string id = line.substr(0, tab);
    if (id.find_first_of("-.") != std::string::npos) continue;  // ranges, empty nodes
    size_t tab2 = line.find('\t', tab + 1);
    std::string form = line.substr(tab + 1, tab2 - tab - 1);
    while (cursor < sentence_end && doc.text[cursor] == ' ') ++cursor;
    if (doc.text.compare(cursor, form.size(), form) == 0) {
      docs.back().tokens.insert({static_cast<saywho::Offset>(cursor),
                                 static_cast<saywho::Offset>(cursor + form.size())});
      cursor += form.size();
    }
    // else: the word's form differs from the text (rare); not scored.
  }
  close_paragraph();
  return docs;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s LEXICON_DIR FILE.conllu [--errors N]\n", argv[0]);
    return 2;
  }
  int show_errors = argc >= 5 && std::string(argv[3]) == "--errors" ? std::atoi(argv[4]) : 0;
  auto lexicon = saywho::Lexicon::LoadDir(argv[1]);
  if (!lexicon.ok()) {
    std::fprintf(stderr, "%s\n", std::string(lexicon.status().message()).c_str());
    return 1;
  }
  std::vector<GoldDocument> docs = ReadConllu(argv[2]);
  Counts sentences, tokens;
  int missed_shown = 0, spurious_shown = 0, missed_tokens_shown = 0;
  for (GoldDocument& gold : docs) {
    saywho::Document& doc = gold.doc;
    if (absl::Status s = saywho::Segment(*lexicon, &doc); !s.ok()) {
      std::fprintf(stderr, "%s\n", std::string(s.message()).c_str());
      return 1;
    }
    std::set<saywho::Offset> found;
    for (const saywho::Sentence& s : doc.sentences) {
      if (!(doc.tokens.flags[s.first_token] & saywho::kParagraphStart)) found.insert(s.start);
    }
    auto context = [&doc](saywho::Offset at) {
      saywho::Offset from = at > 60 ? at - 60 : 0;
      std::string c = doc.text.substr(from, at - from) + " || " + doc.text.substr(at, 40);
      for (char& ch : c) ch = ch == '\n' ? ' ' : ch;
      return c;
    };
    for (saywho::Offset at : gold.sentence_starts) {
      if (found.count(at)) {
        ++sentences.agreed;
      } else if (missed_shown < show_errors) {
        std::printf("MISSED   %s\n", context(at).c_str());
        ++missed_shown;
      }
    }
    for (saywho::Offset at : found) {
      if (!gold.sentence_starts.count(at) && spurious_shown < show_errors) {
        std::printf("SPURIOUS %s\n", context(at).c_str());
        ++spurious_shown;
      }
    }
    sentences.gold += gold.sentence_starts.size();
    sentences.found += found.size();
    std::set<std::pair<saywho::Offset, saywho::Offset>> found_tokens;
    for (size_t i = 0; i < doc.tokens.size(); ++i) {
      found_tokens.insert({doc.tokens.start[i], doc.tokens.end[i]});
    }
    for (const auto& span : gold.tokens) {
      if (found_tokens.count(span)) {
        ++tokens.agreed;
      } else if (missed_tokens_shown < show_errors) {
        std::printf("TOKEN    %s  in  %s\n", doc.text.substr(span.first, span.second - span.first).c_str(),
                    context(span.first).c_str());
        ++missed_tokens_shown;
      }
    }
    tokens.gold += gold.tokens.size();
    tokens.found += doc.tokens.size();
  }
  std::printf("%zu documents\n", docs.size());
  sentences.Print("sentence starts");
  tokens.Print("tokens");
  return 0;
}
