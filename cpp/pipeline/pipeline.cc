#include "pipeline/pipeline.h"

#include <time.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>
#include <type_traits>

#include "resolve/resolve.h"
#include "segment/segment.h"

namespace saywho {
namespace {

// CPU time of the calling thread: a stage's own cost, whatever the other
// threads and processes on the machine do meanwhile.
double ThreadCpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + 1e-9 * static_cast<double>(now.tv_nsec);
}

// Runs `stage`, adding its CPU time to times->*field when times is not null;
// returns what the stage returns (a stage that cannot fail returns nothing).
template <typename Stage>
auto Timed(StageTimes* times, double StageTimes::*field, Stage&& stage) {
  if (times == nullptr) return stage();
  const double start = ThreadCpuSeconds();
  if constexpr (std::is_void_v<decltype(stage())>) {
    stage();
    times->*field += ThreadCpuSeconds() - start;
  } else {
    auto result = stage();
    times->*field += ThreadCpuSeconds() - start;
    return result;
  }
}

}  // namespace

StageTimes& StageTimes::operator+=(const StageTimes& other) {
  read += other.read;
  segment += other.segment;
  pos += other.pos;
  entities += other.entities;
  resolve += other.resolve;
  quotes += other.quotes;
  return *this;
}

absl::StatusOr<std::unique_ptr<Pipeline>> Pipeline::Load(
    const std::string& resource_dir, const std::string& pos_model, const std::string& ner_model) {
  auto pipeline = std::unique_ptr<Pipeline>(new Pipeline());
  if (!resource_dir.empty()) {
    auto lexicon = Lexicon::LoadDir(resource_dir);
    if (!lexicon.ok()) return lexicon.status();
    pipeline->lexicon_ = *std::move(lexicon);
    PrepareQuoteLexicon(&pipeline->lexicon_);
  }
  if (!pos_model.empty()) {
    auto tagger = pos::PosTagger::Load(pos_model);
    if (!tagger.ok()) return tagger.status();
    pipeline->pos_tagger_ = *std::move(tagger);
  }
  if (!ner_model.empty()) {
    auto recognizer = EntityRecognizer::Load(ner_model, &pipeline->lexicon_);
    if (!recognizer.ok()) return recognizer.status();
    pipeline->recognizer_ = *std::move(recognizer);
  }
  return pipeline;
}

absl::Status Pipeline::Annotate(Document* doc, const StageOptions& stages,
                               StageTimes* times) const {
  absl::Status s = Timed(times, &StageTimes::segment, [&] { return Segment(lexicon_, doc); });
  if (s.ok() && stages.pos && pos_tagger_ != nullptr) {
    Timed(times, &StageTimes::pos, [&] { pos_tagger_->Tag(doc); });
  }
  if (s.ok() && stages.entities && recognizer_ != nullptr) {
    s = Timed(times, &StageTimes::entities, [&] { return recognizer_->Recognize(doc); });
  }
  if (s.ok() && stages.resolve) {
    s = Timed(times, &StageTimes::resolve, [&] { return Resolve(lexicon_, doc); });
  }
  if (s.ok() && stages.quotes) {
    s = Timed(times, &StageTimes::quotes,
              [&] { return FindQuotes(lexicon_, stages.quote_options, doc); });
  }
  return s;
}

absl::StatusOr<Document> Pipeline::Process(std::string source, const ReadOptions& read,
                                           const StageOptions& stages,
                                           StageTimes* times) const {
  absl::StatusOr<Document> doc =
      Timed(times, &StageTimes::read, [&] { return Read(std::move(source), read); });
  if (!doc.ok()) return doc.status();
  if (absl::Status s = Annotate(&*doc, stages, times); !s.ok()) return s;
  return doc;
}

std::vector<absl::StatusOr<Document>> Pipeline::ProcessBatch(
    std::vector<std::string> sources, const ReadOptions& read,
    const StageOptions& stages, int threads, StageTimes* times) const {
  const size_t n = sources.size();
  std::vector<absl::StatusOr<Document>> results(n, absl::UnknownError("not run"));
  unsigned hw = std::max(1u, std::thread::hardware_concurrency());
  size_t workers = threads > 0 ? static_cast<size_t>(threads) : hw;
  workers = std::max<size_t>(1, std::min(workers, n));
  // Work stealing by a shared counter: documents differ wildly in length, so
  // fixed chunks would leave threads idle.
  std::atomic<size_t> next{0};
  std::mutex times_mutex;
  auto work = [&] {
    StageTimes mine;  // each thread times its own documents, then adds once
    for (size_t i = next++; i < n; i = next++) {
      results[i] = Process(std::move(sources[i]), read, stages, times ? &mine : nullptr);
    }
    if (times != nullptr) {
      std::lock_guard<std::mutex> lock(times_mutex);
      *times += mine;
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
