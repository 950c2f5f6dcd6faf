// Article metadata: dates in their many spellings, and the header and footer
// blocks of exported articles.
#ifndef SAYWHO_READ_METADATA_H_
#define SAYWHO_READ_METADATA_H_

#include <optional>
#include <string>
#include <string_view>

#include "saywho/document.h"

namespace saywho {

// The first calendar date written in `s`, as ISO "YYYY-MM-DD". Understands
// "2019-08-27" (and "2019-08-27T12:00:00Z", "2019/08/27"), "August 27, 2019",
// "Aug. 27th, 2019", "Tuesday, August 27, 2019 - 12:00am", "27 August 2019",
// "27th of Aug 2019", "08/27/2019" (month first unless the first number
// exceeds 12) and "27.08.2019" (day first). A date without a day or year
// gives nullopt, as does an impossible one (February 30).
std::optional<std::string> ParseDate(std::string_view s);

// True for a line that reads like a person's name: two to five capitalised
// words or initials ("Julian Baird Gewirtz", "J. R. Smith", "Anne de Vries"),
// no digits, no sentence punctuation.
bool LooksLikePersonName(std::string_view line);

// True for one to four person names joined by ", ", " and " or " & "
// ("Jane Doe and John Smith").
bool LooksLikeByline(std::string_view line);

// Classifies the header and footer blocks of an article and fills the
// metadata fields that are still empty.
//
// Header: the short paragraphs before the first body paragraph (one that has
// over 30 words, or over 12 ending like a sentence, and is not a subtitle of
// at most 40 words that a byline or date line follows within two
// paragraphs), at most 8 of them and never all of the document. In it: a breadcrumb ("Home > Title"), a date line,
// a "By ..." byline or else the last line of names (LooksLikeByline), the
// title (the line that repeats the breadcrumb's last part - or starts with it
// when the breadcrumb is cut short with "..." - else the first heading, else
// the first other line, else the breadcrumb's last part) and the subtitle
// (the line after the title, unless it is the byline). Those paragraphs get
// BlockKind::kHeader (headings keep kHeading).
// Footer: within the trailing run of short paragraphs (at most 6 of at most
// 40 words),
// everything from the first copyright line ("Copyright", "©", "All rights
// reserved") or "Source URL: <url>" line on gets BlockKind::kFooter. The url
// of a "Source URL:" line anywhere becomes source_url; the line stays in the
// text.
// Offsets are not changed. Linear in the text size.
void DetectHeaderAndFooter(Document* doc);

}  // namespace saywho

#endif  // SAYWHO_READ_METADATA_H_
