// Stage 4: mentions -> entities (one per real-world thing) with names, labels
// and roles.
#ifndef SAYWHO_RESOLVE_RESOLVE_H_
#define SAYWHO_RESOLVE_RESOLVE_H_

#include "absl/status/status.h"
#include "saywho/document.h"
#include "saywho/lexicon.h"

namespace saywho {

// Groups doc->mentions into doc->entities (one per cluster, numbered in order
// of first mention), sets Mention::entity, names each entity by its fullest
// form (titles, possessives and legal suffixes stripped; a gazetteer country
// by its common name), gives it the label most of its mentions carry and,
// for people, the role the text gives (see roles.h); a name of two to four
// capitalised words tagged ORG, PRODUCT, WORK_OF_ART, EVENT or LAW that an
// apposition or a copula describes as only a person can be becomes a PERSON
// entity. Replaces any entities
// already there; leaves the mentions' spans and labels as they are.
// Thread safe for distinct documents; reads the resolve_* lexicon lists.
absl::Status Resolve(const Lexicon& lexicon, Document* doc);

// The entity of the mention that overlaps text[start, end) (byte offsets)
// the most, or -1: a lookup for later stages (quotations) that hold a span
// rather than a mention index. Needs mentions in text order and not nested
// (as the entity stage makes them). Thread safe.
int32_t EntityAt(const Document& doc, Offset start, Offset end);

}  // namespace saywho

#endif  // SAYWHO_RESOLVE_RESOLVE_H_
