// Per-thread ICU break iterators over UTF-8 text.
//
// ICU's BreakIterator is not thread safe, and building one from its rules is
// expensive, so the process builds one prototype of each kind once and every
// thread clones its own on first use. Iterators are opened directly on the
// UTF-8 bytes (utext_openUTF8): their positions are byte offsets, no UTF-16
// copy is made.
#ifndef SAYWHO_SEGMENT_ICU_ITERATORS_H_
#define SAYWHO_SEGMENT_ICU_ITERATORS_H_

#include <string_view>

#include "absl/status/statusor.h"
#include "unicode/brkiter.h"

namespace saywho {

enum class BreakKind { kWord, kSentence };

// This thread's iterator of `kind` (root locale rules). Owned by the thread:
// valid until the thread ends, never to be handed to another thread. An error
// only when ICU cannot build the prototype (e.g. its data is missing).
absl::StatusOr<icu::BreakIterator*> ThreadBreakIterator(BreakKind kind);

// Points `iterator` at `text` (UTF-8, which must outlive the iteration).
// Boundaries are then byte offsets relative to text.data().
absl::Status SetUtf8Text(icu::BreakIterator* iterator, std::string_view text);

}  // namespace saywho

#endif  // SAYWHO_SEGMENT_ICU_ITERATORS_H_
