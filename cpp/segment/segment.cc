// PLACEHOLDER until the segmenter lands.
#include "segment/segment.h"
namespace saywho {
absl::Status Segment(const Lexicon&, Document*) { return absl::OkStatus(); }
}  // namespace saywho
