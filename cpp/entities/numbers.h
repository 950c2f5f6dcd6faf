// A grammar for numeric and temporal mentions: DATE, TIME, MONEY, PERCENT,
// QUANTITY, ORDINAL and CARDINAL, in OntoNotes conventions ("more than $15
// billion", "early 1958", "the 1980s", "August 27, 2019", "12:00am").
//
// A grammar rather than the model because no training corpus here labels
// these types the OntoNotes way (TimeBank's DATE/DURATION/SET, re3d's
// Temporal and Money follow other conventions).
#ifndef SAYWHO_ENTITIES_NUMBERS_H_
#define SAYWHO_ENTITIES_NUMBERS_H_

#include <string_view>
#include <vector>

#include "saywho/document.h"

namespace saywho::ner {

// Appends the numeric mentions of `doc` (tokens and sentences set) to `out`
// in text order; spans never cross a sentence. Offsets are byte offsets into
// doc.text. Linear in the number of tokens; thread safe.
void FindNumericMentions(const Document& doc, std::vector<Mention>* out);

// True for the name of a month or a weekday, any case ("August", "FRIDAY",
// "Sept."): capitalised, but the start of a date rather than of a name.
// Thread safe.
bool IsCalendarWord(std::string_view word);

}  // namespace saywho::ner

#endif  // SAYWHO_ENTITIES_NUMBERS_H_
