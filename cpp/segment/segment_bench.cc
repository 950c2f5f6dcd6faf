// Throughput of Segment() on JSON Lines news files ({"id", "text"} a line).
//
//   saywho_segment_bench LEXICON_DIR FILE.jsonl [FILE.jsonl ...]
//
// Reads every article into memory first, then times Segment() alone on one
// thread (best of three passes) and prints MB/s and tokens/s, by wall clock
// and by this thread's CPU time (the machine is shared, so CPU time is the
// steadier figure). Not a test: a measuring tool for humans.
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "saywho/document.h"
#include "saywho/lexicon.h"
#include "segment/segment.h"

namespace {

double ThreadCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    *out += static_cast<char>(c);
  } else if (c < 0x800) {
    *out += static_cast<char>(0xC0 | (c >> 6));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    *out += static_cast<char>(0xE0 | (c >> 12));
    *out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (c >> 18));
    *out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

unsigned Hex4(const std::string& s, size_t i) {
  return static_cast<unsigned>(std::stoul(s.substr(i, 4), nullptr, 16));
}

// The value of the JSON string field "text" in one JSON Lines record; empty
// when absent. Enough JSON for the corpus files, not a general parser.
std::string TextField(const std::string& line) {
  std::string out;
  size_t i = line.find("\"text\":");
  if (i == std::string::npos) return out;
  i = line.find('"', i + 7);
  if (i == std::string::npos) return out;
  for (++i; i < line.size() && line[i] != '"'; ++i) {
    if (line[i] != '\\' || i + 1 >= line.size()) {
      out += line[i];
      continue;
    }
    char e = line[++i];
    switch (e) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'u': {
        if (i + 4 >= line.size()) return out;
        char32_t c = Hex4(line, i + 1);
        i += 4;
        if (c >= 0xD800 && c < 0xDC00 && i + 6 < line.size() && line[i + 1] == '\\' &&
            line[i + 2] == 'u') {
          c = 0x10000 + ((c - 0xD800) << 10) + (Hex4(line, i + 3) - 0xDC00);
          i += 6;
        }
        AppendUtf8(c, &out);
        break;
      }
      default: out += e;
    }
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s LEXICON_DIR FILE.jsonl...\n", argv[0]);
    return 2;
  }
  auto lexicon = saywho::Lexicon::LoadDir(argv[1]);
  if (!lexicon.ok()) {
    std::fprintf(stderr, "%s\n", std::string(lexicon.status().message()).c_str());
    return 1;
  }
  std::vector<saywho::Document> docs;
  size_t bytes = 0;
  for (int a = 2; a < argc; ++a) {
    std::ifstream in(argv[a]);
    std::string line;
    while (std::getline(in, line)) {
      saywho::Document doc;
      doc.text = TextField(line);
      bytes += doc.text.size();
      docs.push_back(std::move(doc));
    }
  }
  double best = 1e30;
  double best_cpu = 1e30;
  size_t tokens = 0, sentences = 0;
  for (int pass = 0; pass < 3; ++pass) {
    tokens = sentences = 0;
    auto start = std::chrono::steady_clock::now();
    double cpu_start = ThreadCpuSeconds();
    for (saywho::Document& doc : docs) {
      if (absl::Status s = saywho::Segment(*lexicon, &doc); !s.ok()) {
        std::fprintf(stderr, "%s\n", std::string(s.message()).c_str());
        return 1;
      }
      tokens += doc.tokens.size();
      sentences += doc.sentences.size();
    }
    std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    best = std::min(best, took.count());
    best_cpu = std::min(best_cpu, ThreadCpuSeconds() - cpu_start);
  }
  std::printf("%zu documents, %.1f MB, %zu tokens, %zu sentences\n", docs.size(), bytes / 1e6,
              tokens, sentences);
  std::printf("wall, best of 3: %.3f s = %.1f MB/s, %.2f M tokens/s (one thread)\n", best,
              bytes / 1e6 / best, tokens / 1e6 / best);
  std::printf("CPU,  best of 3: %.3f s = %.1f MB/s, %.2f M tokens/s (one thread)\n", best_cpu,
              bytes / 1e6 / best_cpu, tokens / 1e6 / best_cpu);
  return 0;
}
