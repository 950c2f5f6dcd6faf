// Grouping of one article's mentions into clusters, one per real-world thing.
#ifndef SAYWHO_RESOLVE_CLUSTERS_H_
#define SAYWHO_RESOLVE_CLUSTERS_H_

#include <string>
#include <vector>

#include "resolve/names.h"
#include "saywho/document.h"
#include "saywho/lexicon.h"

namespace saywho {

// True for the labels whose mentions are grouped across different forms
// (PERSON, ORG, GPE, LOC, FAC, NORP, EVENT, WORK_OF_ART, LAW, PRODUCT,
// LANGUAGE); numeric and date labels are grouped by identical text only.
bool IsNamedLabel(Label label);

// The gazetteer country a name denotes ("PRC" is not looked up here; see
// ClusterMentions): common and official name, both empty when none.
struct Country {
  std::string common;
  std::string official;
};
Country LookupCountry(const Lexicon& lexicon, const NameForm& form);

// Clusters doc.mentions (in text order, byte offsets). `forms[i]` is the
// AnalyzeName() of mention i. Returns one cluster number per mention
// (-1 for a mention with label kNone), numbered 0.. in order of first
// mention. Rules, in order:
//  1. same folded name (any two named labels but NORP/LANGUAGE that the
//     nationality lists know, which stay apart from the rest: "Chinese" is
//     not "China"), same country in the gazetteer ("UK" = "United Kingdom"),
//     or same text for numbers/dates; a nationality in apposition to a
//     person ("Ann Lowe, an American.") is that person; a qualified name
//     joins its core ("Harvard's Weatherhead Center" and "Trinity College,
//     Cambridge" join "Weatherhead Center", "Trinity College"); a title-led
//     name in apposition after a person's is that person ("John FitzGibbon,
//     2nd Earl of Clare");
//  2. people: a lone name joins the most recent earlier full name that ends
//     with it (a surname: the word before "of" in "Patrick Gordon of
//     Auchleuchries"), else that starts with it (a given name, or a surname
//     written first: "Xi Jinping"), preferring a person the text already
//     called by that name alone; a full name joins the most recent earlier
//     person whose names are all compatible (same surname, same, familiar
//     (resolve_nicknames.tsv) or initial given name), never "Hillary
//     Clinton" with "Chelsea Clinton" nor "Elizabeth II" with "Elizabeth
//     I" (NameForm::generation), else a longer name it begins or ends
//     ("Martínez Cantón", "Clara Martínez Cantón"); a lone name no name list
//     knows and nothing matched joins the one name within one or two edits
//     (a misspelling: "Bauchtman", "Buchtmann"); a person named by a title
//     alone ("the President") joins the most recent person written with that
//     title before the name;
//  3. acronyms: defined in the text ("Chinese Communist Party (CCP)"; also
//     an organisation's other name of two words or more in brackets), or
//     equal to the initials of a name or of a country's official name
//     ("NSA", "U.S.", "PRC"), nearest earlier holder first;
//  4. the first two words or more of a country's official name
//     ("People's Republic") join that country when it is in the article;
//  5. a one-word organisation name joins the nearest "X of Y" organisation
//     that starts with it ("the House", "the House of Representatives"), a
//     one-word name the nearest "X School|College|..." of the same label
//     ("Harrow", "Harrow School");
//  6. an organisation or facility name joins the nearest longer one whose
//     capitalised head ends with it ("Student Government", "Undergraduate
//     Student Government"; "the Court", "the Supreme Court of Hawaii");
//     under 5 and 6, a name whose mentions would go to different longer
//     names joins none;
//  7. a name led by an acronym joins the nearest name that spells it out
//     and goes on alike ("U.S. Congress", "United States Congress");
//  8. a place's or organisation's name with a word no name list knows joins
//     the one other name of its kind that differs from it by a misspelt word
//     ("Esfahan", "Isfahan"; "Untied Nations", "United Nations").
// When `countries` is not null it receives, per mention, the country it
// names (LookupCountry) if it is a named mention other than a person's, else
// an empty Country: the lookups rule 1 makes, kept for the entity names.
// Linear in the number of mentions times the clusters a name can match.
// Thread safe.
std::vector<int> ClusterMentions(const Lexicon& lexicon, const Document& doc,
                                 const std::vector<NameForm>& forms,
                                 std::vector<Country>* countries = nullptr);

}  // namespace saywho

#endif  // SAYWHO_RESOLVE_CLUSTERS_H_
