// Roles of people as the text gives them: a title before the name
// ("former National Security Agency Director Keith Alexander"), an apposition
// ("Liu Chuanzhi, an engineer at the state-run Chinese Academy of Sciences,")
// or the complement of a copula ("GEWIRTZ is Academy Scholar at Harvard's ...").
// The role is always a span of Document::text, as written.
#ifndef SAYWHO_RESOLVE_ROLES_H_
#define SAYWHO_RESOLVE_ROLES_H_

#include "saywho/document.h"
#include "saywho/lexicon.h"

namespace saywho {

// A byte span of Document::text; start == end when there is no role.
struct RoleSpan {
  Offset start = 0;
  Offset end = 0;
  bool empty() const { return start == end; }
};

// The run of title words that ends right before `name_start` (the name with
// any title already stripped): title nouns (resources/lexicon/
// resolve_titles.txt), capitalised words, nationality adjectives, role
// modifiers ("former", "then-") and "of"/"for"/"and" between them; it stops
// at punctuation, a sentence start or a function word, and counts only when
// it holds a title noun ("Secretary of State", "American futurist").
// Thread safe.
RoleSpan TitleBeforeName(const Lexicon& lexicon, const Document& doc, Offset name_start);

// ", <noun phrase>," right after the mention ending at `mention_end`, when
// the phrase opens like a description (article, title, modifier, nationality
// or capitalised word) and its head, before the first function word, is a
// title noun. Thread safe.
RoleSpan AppositionAfter(const Lexicon& lexicon, const Document& doc, Offset mention_end);

// "<name> is|was|serves as <noun phrase>" with the same test on the phrase,
// which ends at the clause's end or before "and a/an/the". Thread safe.
RoleSpan CopulaComplementAfter(const Lexicon& lexicon, const Document& doc, Offset mention_end);

// Whether the role can only be a person's: it holds a title noun that does
// not also describe organisations ("engineer", "CEO"; not "leader",
// "member": resources/lexicon/resolve_titles_shared.txt). Thread safe.
bool OnlyAPersonsRole(const Lexicon& lexicon, const Document& doc, RoleSpan role);

// The first of the three above that finds something. Thread safe.
RoleSpan FindRole(const Lexicon& lexicon, const Document& doc, Offset name_start,
                  Offset mention_end);

}  // namespace saywho

#endif  // SAYWHO_RESOLVE_ROLES_H_
