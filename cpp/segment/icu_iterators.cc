#include "segment/icu_iterators.h"

#include <memory>

#include "absl/strings/str_cat.h"
#include "unicode/locid.h"
#include "unicode/utext.h"

namespace saywho {
namespace {

struct Prototype {
  std::unique_ptr<icu::BreakIterator> iterator;
  UErrorCode status = U_ZERO_ERROR;
};

// Built once per process (thread-safe static initialisation), never freed:
// the clones are independent of it, but it must outlive every thread.
const Prototype& GetPrototype(BreakKind kind) {
  static const Prototype* word = [] {
    auto* p = new Prototype();
    p->iterator.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), p->status));
    return p;
  }();
  static const Prototype* sentence = [] {
    auto* p = new Prototype();
    p->iterator.reset(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), p->status));
    return p;
  }();
  return kind == BreakKind::kWord ? *word : *sentence;
}

}  // namespace

absl::StatusOr<icu::BreakIterator*> ThreadBreakIterator(BreakKind kind) {
  thread_local std::unique_ptr<icu::BreakIterator> word;
  thread_local std::unique_ptr<icu::BreakIterator> sentence;
  std::unique_ptr<icu::BreakIterator>& mine = kind == BreakKind::kWord ? word : sentence;
  if (mine == nullptr) {
    const Prototype& prototype = GetPrototype(kind);
    if (U_FAILURE(prototype.status) || prototype.iterator == nullptr) {
      return absl::InternalError(absl::StrCat("ICU break iterator unavailable: ",
                                              u_errorName(prototype.status)));
    }
    mine.reset(prototype.iterator->clone());
    if (mine == nullptr) return absl::ResourceExhaustedError("cannot clone ICU break iterator");
  }
  return mine.get();
}

absl::Status SetUtf8Text(icu::BreakIterator* iterator, std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  UText utext = UTEXT_INITIALIZER;
  utext_openUTF8(&utext, text.data(), static_cast<int64_t>(text.size()), &status);
  // setText keeps its own shallow clone of the UText, so ours can be closed.
  if (U_SUCCESS(status)) iterator->setText(&utext, status);
  utext_close(&utext);
  if (U_FAILURE(status)) {
    return absl::InternalError(absl::StrCat("ICU setText failed: ", u_errorName(status)));
  }
  return absl::OkStatus();
}

}  // namespace saywho
