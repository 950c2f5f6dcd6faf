#include "entities/recognizer.h"

#include "entities/tagger.h"

namespace saywho {
namespace {

// The pipeline's recognizer: the tagger in news style.
class ModelRecognizer : public EntityRecognizer {
 public:
  explicit ModelRecognizer(std::unique_ptr<ner::Tagger> tagger) : tagger_(std::move(tagger)) {}

  absl::Status Recognize(Document* doc) const override {
    if (doc == nullptr) return absl::InvalidArgumentError("null document");
    if (doc->tokens.start.size() != doc->tokens.end.size()) {
      return absl::InvalidArgumentError("token arrays differ in length");
    }
    for (size_t i = 0; i < doc->tokens.size(); ++i) {
      if (doc->tokens.start[i] > doc->tokens.end[i] || doc->tokens.end[i] > doc->text.size() ||
          (i > 0 && doc->tokens.start[i] < doc->tokens.end[i - 1])) {
        return absl::InvalidArgumentError("tokens out of order or outside the text");
      }
    }
    tagger_->Recognize(doc, ner::Style::kNews);
    return absl::OkStatus();
  }

 private:
  std::unique_ptr<ner::Tagger> tagger_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<EntityRecognizer>> EntityRecognizer::Load(
    const std::string& path, const Lexicon* lexicon) {
  auto tagger = ner::Tagger::Load(path, lexicon);
  if (!tagger.ok()) return tagger.status();
  return std::make_unique<ModelRecognizer>(*std::move(tagger));
}

}  // namespace saywho
