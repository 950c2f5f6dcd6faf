// Stage 3: named-entity mentions from a trained sequence model, plus numbers,
// dates and times.
#ifndef SAYWHO_ENTITIES_RECOGNIZER_H_
#define SAYWHO_ENTITIES_RECOGNIZER_H_

#include <memory>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "saywho/document.h"
#include "saywho/lexicon.h"

namespace saywho {

class EntityRecognizer {
 public:
  virtual ~EntityRecognizer() = default;

  // Loads a model file written by the trainer (cpp/entities/train.h). A
  // truncated, corrupt or foreign file gives InvalidArgument (checksum and
  // format version are checked). `lexicon` supplies gazetteer features and
  // must outlive the recognizer.
  static absl::StatusOr<std::unique_ptr<EntityRecognizer>> Load(
      const std::string& path, const Lexicon* lexicon);

  // Fills doc->mentions (text order) from doc->tokens and doc->sentences.
  // Thread safe: the model is read-only after Load.
  virtual absl::Status Recognize(Document* doc) const = 0;
};

}  // namespace saywho

#endif  // SAYWHO_ENTITIES_RECOGNIZER_H_
