// Training and evaluation of the name tagger on IOB2 corpora whose label sets
// differ (CoNLL, GUM, WNUT, BTC, re3d...). The command-line tool
// (ner_tool.cc) and the Python binding call these functions.
//
// Mixing corpora: each corpus label maps to the set of model classes it may
// stand for (CoNLL MISC -> misc, nationality, event, work, product), and an O
// of a corpus that does not annotate some classes allows those classes too
// (BTC has no MISC, so a BTC "O" may be a nationality). Training is
// partial-label: the reference for a token is the best-scoring tag its
// corpus allows, so one corpus's missing types never teach the model that
// those words are not names.
#ifndef SAYWHO_ENTITIES_TRAIN_H_
#define SAYWHO_ENTITIES_TRAIN_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "entities/conll.h"
#include "entities/tags.h"
#include "saywho/lexicon.h"

namespace saywho::ner {

// The label conventions of a corpus, recognised from its label set.
enum class Scheme { kConll, kConllNoMisc, kGum, kWnut, kRe3d, kTimex, kUnknown };

Scheme DetectScheme(const std::vector<ConllDocument>& docs);
std::string_view SchemeName(Scheme scheme);
// The style the model should reproduce for a corpus (tags.h).
Style StyleOf(Scheme scheme);
// The corpus label for one of our labels under `scheme` ("" when the corpus
// has no such type). For evaluation.
std::string_view CorpusLabel(Scheme scheme, Label label);

struct TrainOptions {
  std::vector<std::string> train_paths;  // IOB2 files, any mix of schemes
  // Optional dev files: the epoch with the best mean F1 over them is kept.
  std::vector<std::string> dev_paths;
  std::string output_path;               // the model file to write
  std::string clusters_path;             // optional word clusters (tsv)
  std::string lexicon_dir;               // optional gazetteers (resources/lexicon)
  int epochs = 12;
  size_t max_features = 600000;          // rows kept in the model (40 bytes each)
  uint64_t seed = 1;                     // document shuffling
};

// Trains, writes options.output_path and appends a progress log (one line an
// epoch, with dev F1s when dev_paths are set) to *log. Corpora in an unknown or
// non-name scheme are errors. Single-threaded.
absl::Status TrainNer(const TrainOptions& options, std::string* log);

struct EvalOptions {
  // Types (the gold file's own labels) to score; empty: all of the file's.
  std::vector<std::string> types;
  // Force a style; by default the gold file's scheme decides.
  std::optional<Style> style;
  // When set, receives every token as "WORD GOLD PREDICTED" lines (blank
  // line between sentences), for error analysis.
  std::string* tagged = nullptr;
};

// Tags the tokens of `gold_path` with the model at `model_path` and returns a
// conlleval-style report: per type precision, recall, F1 (fractions), ending
// with the line "overall precision P recall R f1 F". Our labels are mapped
// onto the file's (CorpusLabel). `lexicon` may be null.
absl::StatusOr<std::string> EvaluateNer(const std::string& model_path,
                                        const std::string& gold_path,
                                        const Lexicon* lexicon,
                                        const EvalOptions& options = {});

// Throughput of the entity stage alone on one thread: loads the model (timed)
// and recognizes the documents of `corpus_path` `repeat` times; returns a
// report with the load time in ms and tokens per second.
absl::StatusOr<std::string> MeasureSpeed(const std::string& model_path,
                                         const std::string& corpus_path,
                                         const Lexicon* lexicon, int repeat);

}  // namespace saywho::ner

#endif  // SAYWHO_ENTITIES_TRAIN_H_
