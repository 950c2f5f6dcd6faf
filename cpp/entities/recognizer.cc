// PLACEHOLDER until the tagger lands.
#include "entities/recognizer.h"
namespace saywho {
absl::StatusOr<std::unique_ptr<EntityRecognizer>> EntityRecognizer::Load(
    const std::string& path, const Lexicon*) {
  return absl::UnimplementedError("no entity model yet: " + path);
}
}  // namespace saywho
