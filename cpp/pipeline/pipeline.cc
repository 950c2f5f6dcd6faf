#include "pipeline/pipeline.h"

#include <algorithm>
#include <atomic>
#include <thread>

#include "resolve/resolve.h"
#include "segment/segment.h"

namespace saywho {

absl::StatusOr<std::unique_ptr<Pipeline>> Pipeline::Load(
    const std::string& resource_dir, const std::string& ner_model) {
  auto pipeline = std::unique_ptr<Pipeline>(new Pipeline());
  if (!resource_dir.empty()) {
    auto lexicon = Lexicon::LoadDir(resource_dir);
    if (!lexicon.ok()) return lexicon.status();
    pipeline->lexicon_ = *std::move(lexicon);
  }
  if (!ner_model.empty()) {
    auto recognizer = EntityRecognizer::Load(ner_model, &pipeline->lexicon_);
    if (!recognizer.ok()) return recognizer.status();
    pipeline->recognizer_ = *std::move(recognizer);
  }
  return pipeline;
}

absl::Status Pipeline::Annotate(Document* doc, const StageOptions& stages) const {
  if (absl::Status s = Segment(lexicon_, doc); !s.ok()) return s;
  if (stages.entities && recognizer_ != nullptr) {
    if (absl::Status s = recognizer_->Recognize(doc); !s.ok()) return s;
  }
  if (stages.resolve) {
    if (absl::Status s = Resolve(lexicon_, doc); !s.ok()) return s;
  }
  if (stages.quotes) {
    if (absl::Status s = FindQuotes(lexicon_, stages.quote_options, doc); !s.ok()) return s;
  }
  return absl::OkStatus();
}

absl::StatusOr<Document> Pipeline::Process(std::string source, const ReadOptions& read,
                                           const StageOptions& stages) const {
  absl::StatusOr<Document> doc = Read(std::move(source), read);
  if (!doc.ok()) return doc.status();
  if (absl::Status s = Annotate(&*doc, stages); !s.ok()) return s;
  return doc;
}

std::vector<absl::StatusOr<Document>> Pipeline::ProcessBatch(
    std::vector<std::string> sources, const ReadOptions& read,
    const StageOptions& stages, int threads) const {
  const size_t n = sources.size();
  std::vector<absl::StatusOr<Document>> results(n, absl::UnknownError("not run"));
  unsigned hw = std::max(1u, std::thread::hardware_concurrency());
  size_t workers = threads > 0 ? static_cast<size_t>(threads) : hw;
  workers = std::max<size_t>(1, std::min(workers, n));
  // Work stealing by a shared counter: documents differ wildly in length, so
  // fixed chunks would leave threads idle.
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < n; i = next++) {
      results[i] = Process(std::move(sources[i]), read, stages);
    }
  };
  if (workers == 1) {
    work();
    return results;
  }
  std::vector<std::thread> pool;
  pool.reserve(workers);
  for (size_t t = 0; t < workers; ++t) pool.emplace_back(work);
  for (auto& th : pool) th.join();
  return results;
}

}  // namespace saywho
