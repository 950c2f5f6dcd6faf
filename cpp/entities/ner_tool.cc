// saywho_ner_tool: trains and evaluates the entity model (see train.h).
//
//   saywho_ner_tool train --train A.conll[,B.conll...] [--dev D.conll[,E.conll]] -o model.bin
//       [--epochs N] [--clusters resources/models/clusters.tsv]
//       [--lexicon resources/lexicon] [--max-features N]
//   saywho_ner_tool evaluate --model M --gold FILE.conll [--lexicon DIR]
//       [--types person,organization,place] [--style news|social] [--dump TAGGED.txt]
//   saywho_ner_tool speed --model M --gold FILE.conll [--lexicon DIR] [--repeat N]
#include <cstdio>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "entities/train.h"

namespace {

int Usage() {
  std::fprintf(stderr,
               "usage: saywho_ner_tool train --train A.conll[,B.conll...] [--dev D.conll[,E...]] -o OUT\n"
               "           [--epochs N] [--clusters FILE] [--lexicon DIR] [--max-features N]\n"
               "       saywho_ner_tool evaluate --model M --gold FILE.conll [--lexicon DIR]\n"
               "           [--types T1,T2] [--style news|social] [--dump TAGGED.txt]\n"
               "       saywho_ner_tool speed --model M --gold FILE.conll [--lexicon DIR] [--repeat N]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return Usage();
  const std::string command = argv[1];
  absl::flat_hash_map<std::string, std::string> flags;
  for (int i = 2; i < argc; ++i) {
    std::string name = argv[i];
    if (name.rfind("-", 0) != 0 || i + 1 >= argc) return Usage();
    flags[name == "-o" ? "--output" : name] = argv[++i];
  }
  auto flag = [&](const std::string& name) {
    auto it = flags.find(name);
    return it == flags.end() ? std::string() : it->second;
  };
  if (command == "train") {
    saywho::ner::TrainOptions options;
    options.train_paths = absl::StrSplit(flag("--train"), ',', absl::SkipEmpty());
    options.dev_paths = absl::StrSplit(flag("--dev"), ',', absl::SkipEmpty());
    options.output_path = flag("--output");
    options.clusters_path = flag("--clusters");
    options.lexicon_dir = flag("--lexicon");
    if (!flag("--epochs").empty() && !absl::SimpleAtoi(flag("--epochs"), &options.epochs)) return Usage();
    if (!flag("--max-features").empty() &&
        !absl::SimpleAtoi(flag("--max-features"), &options.max_features)) {
      return Usage();
    }
    std::string log;
    const absl::Status status = saywho::ner::TrainNer(options, &log);
    std::fputs(log.c_str(), stdout);
    if (!status.ok()) {
      std::fprintf(stderr, "%s\n", status.ToString().c_str());
      return 1;
    }
    return 0;
  }
  if (command == "evaluate") {
    saywho::Lexicon lexicon;
    if (!flag("--lexicon").empty()) {
      auto loaded = saywho::Lexicon::LoadDir(flag("--lexicon"));
      if (!loaded.ok()) {
        std::fprintf(stderr, "%s\n", loaded.status().ToString().c_str());
        return 1;
      }
      lexicon = *std::move(loaded);
    }
    saywho::ner::EvalOptions options;
    options.types = absl::StrSplit(flag("--types"), ',', absl::SkipEmpty());
    if (flag("--style") == "social") options.style = saywho::ner::Style::kSocial;
    if (flag("--style") == "news") options.style = saywho::ner::Style::kNews;
    std::string tagged;
    if (!flag("--dump").empty()) options.tagged = &tagged;
    auto report = saywho::ner::EvaluateNer(flag("--model"), flag("--gold"), &lexicon, options);
    if (!report.ok()) {
      std::fprintf(stderr, "%s\n", report.status().ToString().c_str());
      return 1;
    }
    if (options.tagged != nullptr) {
      std::FILE* out = std::fopen(flag("--dump").c_str(), "w");
      if (out == nullptr) return 1;
      std::fwrite(tagged.data(), 1, tagged.size(), out);
      std::fclose(out);
    }
    std::fputs(report->c_str(), stdout);
    return 0;
  }
  if (command == "speed") {
    auto lexicon = saywho::Lexicon::LoadDir(flag("--lexicon").empty() ? "resources/lexicon" : flag("--lexicon"));
    if (!lexicon.ok()) {
      std::fprintf(stderr, "%s\n", lexicon.status().ToString().c_str());
      return 1;
    }
    int repeat = 3;
    if (!flag("--repeat").empty() && !absl::SimpleAtoi(flag("--repeat"), &repeat)) return Usage();
    auto report = saywho::ner::MeasureSpeed(flag("--model"), flag("--gold"), &*lexicon, repeat);
    if (!report.ok()) {
      std::fprintf(stderr, "%s\n", report.status().ToString().c_str());
      return 1;
    }
    std::fputs(report->c_str(), stdout);
    return 0;
  }
  return Usage();
}
