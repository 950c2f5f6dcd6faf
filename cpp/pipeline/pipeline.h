// The whole pipeline: read -> segment -> pos -> entities -> resolve -> quotes, over
// resources loaded once and shared read-only by every thread.
#ifndef SAYWHO_PIPELINE_PIPELINE_H_
#define SAYWHO_PIPELINE_PIPELINE_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "entities/recognizer.h"
#include "pos/pos_tagger.h"
#include "quotes/quotes.h"
#include "read/read.h"
#include "saywho/document.h"
#include "saywho/lexicon.h"

namespace saywho {

struct StageOptions {
  bool pos = true;
  bool entities = true;
  bool resolve = true;
  bool quotes = true;
  QuoteOptions quote_options;  // what counts as one quotation
};

// CPU time of the threads doing the work, in seconds, that each stage took,
// summed over the documents of a call. For finding where time goes: timing
// costs a few clock reads per document, so it is done only when asked, and
// the stages' shares are comparable within one call (a busy machine
// stretches every stage alike), not across machines.
struct StageTimes {
  double read = 0;
  double segment = 0;
  double pos = 0;
  double entities = 0;
  double resolve = 0;
  double quotes = 0;

  StageTimes& operator+=(const StageTimes& other);
};

class Pipeline {
 public:
  // Loads the lexicon (every list in `resource_dir`) and each model whose
  // path is not empty: the part-of-speech model (without it, tokens get no
  // tags and the quotation stage guesses verbs from their spelling) and the
  // entity model. Thread safety: the result is immutable.
  static absl::StatusOr<std::unique_ptr<Pipeline>> Load(
      const std::string& resource_dir, const std::string& pos_model, const std::string& ner_model);

  // Reads and processes one source. Thread safe. When `times` is not null,
  // each stage's CPU time is added to it (not thread safe on `times`).
  absl::StatusOr<Document> Process(std::string source, const ReadOptions& read,
                                   const StageOptions& stages,
                                   StageTimes* times = nullptr) const;

  // Runs the stages after reading on an already read document. Thread safe;
  // `times` as for Process.
  absl::Status Annotate(Document* doc, const StageOptions& stages,
                        StageTimes* times = nullptr) const;

  // Processes many sources on `threads` threads (0: one per core); results
  // are in input order, one Status per source. Thread safe. When `times` is
  // not null, the stage times of all threads are added to it.
  std::vector<absl::StatusOr<Document>> ProcessBatch(
      std::vector<std::string> sources, const ReadOptions& read,
      const StageOptions& stages, int threads, StageTimes* times = nullptr) const;

  const Lexicon& lexicon() const { return lexicon_; }

 private:
  Lexicon lexicon_;
  std::unique_ptr<pos::PosTagger> pos_tagger_;
  std::unique_ptr<EntityRecognizer> recognizer_;
};

}  // namespace saywho

#endif  // SAYWHO_PIPELINE_PIPELINE_H_
