// Helpers shared by the segmenter's tests.
#ifndef SAYWHO_SEGMENT_TEST_UTIL_H_
#define SAYWHO_SEGMENT_TEST_UTIL_H_

#include <string>
#include <vector>

#include "common/test_lexicon.h"
#include "saywho/document.h"

namespace saywho::testing {

// Segments `text` (no paragraphs given: blank lines divide them) with the
// project lexicon; fails the test on an error status.
Document SegmentText(const std::string& text);

// The tokens of `doc` as strings.
std::vector<std::string> TokenTexts(const Document& doc);

// The sentences of `doc` as strings (their byte span).
std::vector<std::string> SentenceTexts(const Document& doc);

// Checks the invariants every segmentation must hold: tokens non-empty,
// ordered, without surrounding white space; sentences cover the tokens in
// order, each within one paragraph; flags consistent.
void ExpectWellFormed(const Document& doc);

}  // namespace saywho::testing

#endif  // SAYWHO_SEGMENT_TEST_UTIL_H_
