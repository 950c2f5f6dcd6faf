#include "quotes/indirect.h"

namespace saywho::quotes {

void AddIndirectQuotes(const Layout&, const Lexicon&, const Attributor&, Document*) {}

}  // namespace saywho::quotes
