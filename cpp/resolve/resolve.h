// Stage 4: mentions -> entities (one per real-world thing) with names, labels
// and roles.
#ifndef SAYWHO_RESOLVE_RESOLVE_H_
#define SAYWHO_RESOLVE_RESOLVE_H_

#include "absl/status/status.h"
#include "saywho/document.h"
#include "saywho/lexicon.h"

namespace saywho {

// Groups doc->mentions into doc->entities, sets Mention::entity, names each
// entity by its fullest form and gives it its role. Thread safe.
absl::Status Resolve(const Lexicon& lexicon, Document* doc);

}  // namespace saywho

#endif  // SAYWHO_RESOLVE_RESOLVE_H_
