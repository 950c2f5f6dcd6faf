// saywho_pos_tool: trains the part-of-speech model or measures one.
//   saywho_pos_tool train --train A.conllu --dev B.conllu [--clusters C.tsv] [--epochs N]
//                         [--max-rows N] -o pos.bin
//   saywho_pos_tool eval --model pos.bin --data B.conllu
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

#include "common/model_io.h"
#include "pos/pos_train.h"

namespace {

using saywho::pos::TaggedSentence;

int Fail(const std::string& message) {
  std::fprintf(stderr, "saywho_pos_tool: %s\n", message.c_str());
  return 1;
}

std::vector<TaggedSentence> Load(const std::string& path, bool* ok) {
  auto sentences = saywho::pos::ReadConllu(path);
  if (!sentences.ok()) {
    Fail(std::string(sentences.status().message()));
    *ok = false;
    return {};
  }
  return *std::move(sentences);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return Fail("usage: saywho_pos_tool train|eval [--flag value ...]");
  const std::string command = argv[1];
  std::map<std::string, std::string> flags;
  for (int i = 2; i + 1 < argc; i += 2) flags[argv[i]] = argv[i + 1];
  bool ok = true;
  if (command == "train") {
    if (!flags.count("--train") || !flags.count("-o")) return Fail("train needs --train and -o");
    const auto train = Load(flags["--train"], &ok);
    const auto dev = flags.count("--dev") ? Load(flags["--dev"], &ok) : std::vector<TaggedSentence>();
    if (!ok) return 1;
    saywho::pos::PosTrainOptions options;
    if (flags.count("--epochs")) options.epochs = std::atoi(flags["--epochs"].c_str());
    if (flags.count("--max-rows")) options.max_rows = std::strtoull(flags["--max-rows"].c_str(), nullptr, 10);
    saywho::WordClusters clusters;
    if (flags.count("--clusters")) {
      auto loaded = saywho::WordClusters::ReadTsv(flags["--clusters"]);
      if (!loaded.ok()) return Fail(std::string(loaded.status().message()));
      clusters = *std::move(loaded);
    }
    const auto result = saywho::pos::TrainPosModel(train, dev, options, std::move(clusters));
    for (size_t e = 0; e < result.dev_accuracy.size(); ++e) {
      std::printf("epoch %zu dev accuracy %.4f\n", e + 1, result.dev_accuracy[e]);
    }
    std::printf("kept epoch %d, %zu weight rows, %zu words with clusters\n", result.best_epoch,
                result.model.weights.size(), result.model.clusters.size());
    const auto status = saywho::WriteModelBytes(saywho::pos::SerializePosModel(result.model), flags["-o"]);
    if (!status.ok()) return Fail(std::string(status.message()));
    return 0;
  }
  if (command == "eval") {
    if (!flags.count("--model") || !flags.count("--data")) return Fail("eval needs --model and --data");
    auto bytes = saywho::ReadModelBytes(flags["--model"], "part-of-speech model");
    if (!bytes.ok()) return Fail(std::string(bytes.status().message()));
    auto model = saywho::pos::ParsePosModel(*bytes);
    if (!model.ok()) return Fail(std::string(model.status().message()));
    const auto data = Load(flags["--data"], &ok);
    if (!ok) return 1;
    std::printf("accuracy %.4f over %zu sentences\n", saywho::pos::Accuracy(*model, data), data.size());
    return 0;
  }
  return Fail("unknown command " + command);
}
