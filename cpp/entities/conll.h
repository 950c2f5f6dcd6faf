// Reader for NER corpora in two-column IOB2 form: `TOKEN<TAB>TAG` lines, a
// blank line between sentences, `-DOCSTART-` lines between documents.
#ifndef SAYWHO_ENTITIES_CONLL_H_
#define SAYWHO_ENTITIES_CONLL_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "saywho/document.h"

namespace saywho::ner {

struct ConllSentence {
  std::vector<std::string> words;
  std::vector<std::string> tags;  // IOB2 as written ("B-PER", "O")
};

struct ConllDocument {
  std::vector<ConllSentence> sentences;
};

// Reads a corpus file. A file without -DOCSTART- lines (tweets) gives one
// document per sentence, so that document-level cues never join unrelated
// texts. Malformed lines (no tab, a tag that is not O/B-x/I-x) are errors
// naming the line.
absl::StatusOr<std::vector<ConllDocument>> ReadConll(const std::string& path);

// A Document whose text is the words joined by single spaces, one sentence a
// line, with tokens and sentences set as the segmenter would.
Document ToDocument(const ConllDocument& conll);

// A labelled span of a sentence, in token indices [begin, end).
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string label;
  bool operator==(const Span&) const = default;
};
// The spans of an IOB2 tag sequence; an I-x that does not continue a span of
// type x starts one (as conlleval reads it).
std::vector<Span> SpansFromTags(const std::vector<std::string>& tags);

}  // namespace saywho::ner

#endif  // SAYWHO_ENTITIES_CONLL_H_
