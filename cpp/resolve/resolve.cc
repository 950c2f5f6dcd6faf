// PLACEHOLDER until resolution lands.
#include "resolve/resolve.h"
namespace saywho {
absl::Status Resolve(const Lexicon&, Document*) { return absl::OkStatus(); }
}  // namespace saywho
