// PLACEHOLDER until quotation finding lands.
#include "quotes/quotes.h"
namespace saywho {
absl::Status FindQuotes(const Lexicon&, Document*) { return absl::OkStatus(); }
}  // namespace saywho
