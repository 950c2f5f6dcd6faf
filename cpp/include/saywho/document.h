// The document model shared by every stage of the pipeline.
//
// A Document is built by the reader and then only *extended* by later stages:
// segment adds tokens and sentences, pos adds their parts of speech,
// entities adds mentions, resolve adds entities, quotes adds quotes. No stage
// rewrites `text` or an earlier layer.
//
// Offsets: every start/end in this header is a UTF-8 *byte* offset into
// Document::text, end exclusive. Conversion to Python code points happens once,
// in the binding layer (cpp/bindings/module.cc), never here.
//
// Thread safety: a Document is a plain value. Distinct documents may be
// processed on distinct threads; one document must not be mutated by two
// threads at once.
#ifndef SAYWHO_DOCUMENT_H_
#define SAYWHO_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace saywho {

using Offset = uint32_t;

// The OntoNotes entity types, as in shared/eval/SCHEMA.md.
enum class Label : uint8_t {
  kNone = 0,
  kPerson,
  kNorp,
  kFac,
  kOrg,
  kGpe,
  kLoc,
  kProduct,
  kEvent,
  kWorkOfArt,
  kLaw,
  kLanguage,
  kDate,
  kTime,
  kPercent,
  kMoney,
  kQuantity,
  kOrdinal,
  kCardinal,
};
inline constexpr int kNumLabels = 19;

// "PERSON", "NORP", ... ; "" for kNone.
std::string_view LabelName(Label label);
// Inverse of LabelName; kNone for an unknown name.
Label LabelFromName(std::string_view name);

// Where a paragraph came from; headings matter to quotation and metadata work.
enum class BlockKind : uint8_t {
  kBody = 0,
  kHeading,   // a Markdown '#' heading or an HTML <h1>..<h6>
  kHeader,    // the header block of an exported article (date, title, byline)
  kListItem,
  kFooter,    // copyright and "Source URL" lines after the body
};

struct Paragraph {
  Offset start = 0;
  Offset end = 0;
  BlockKind kind = BlockKind::kBody;
};

// Emphasis and other inline markup the reader removed but recorded.
enum class MarkupKind : uint8_t { kItalic = 0, kBold, kCode, kLink };

struct Markup {
  Offset start = 0;
  Offset end = 0;
  MarkupKind kind = MarkupKind::kItalic;
};

// A link or a footnote marker. A Markdown link "[text](url)" gives an anchor
// span over "text"; a footnote marker "[6]" gives n = 6, tied to the words
// before it (the anchor), and the reference list gives its url.
struct Citation {
  std::optional<int> n;     // footnote number, if any
  std::string url;          // empty when unknown (e.g. "#")
  Offset start = 0;         // the anchor in text; start == end when none
  Offset end = 0;
};

struct Metadata {
  std::string title;        // empty where unknown
  std::string subtitle;
  std::string author;
  std::string date;         // ISO YYYY-MM-DD
  std::string source_url;
};

// Clean text bytes -> source bytes. Piecewise linear: each anchor says that
// clean offset `clean` corresponds to source offset `source`; between two
// anchors the mapping advances one to one (inside text the reader copied) and
// clamps at the next anchor (where it cut markup).
struct SourceAnchor {
  Offset clean = 0;
  Offset source = 0;
};

// Token flags, a bit set.
enum TokenFlag : uint8_t {
  kSpaceAfter = 1 << 0,      // followed by white space
  kPunct = 1 << 1,           // punctuation only
  kSentenceStart = 1 << 2,   // first token of a sentence
  kParagraphStart = 1 << 3,  // first token of a paragraph
};

// Universal Dependencies part-of-speech tags (UPOS), in UD's order.
enum class PartOfSpeech : uint8_t {
  kAdj = 0, kAdp, kAdv, kAux, kCconj, kDet, kIntj, kNoun, kNum,
  kPart, kPron, kPropn, kPunct, kSconj, kSym, kVerb, kX,
};
inline constexpr int kNumPartsOfSpeech = 17;

// "ADJ", "ADP", ... as UD writes them.
std::string_view PartOfSpeechName(PartOfSpeech pos);
// Inverse of PartOfSpeechName; nullopt for a name UD does not define.
std::optional<PartOfSpeech> PartOfSpeechFromName(std::string_view name);

// Tokens as parallel arrays (struct of arrays): one entry per token.
struct Tokens {
  std::vector<Offset> start;
  std::vector<Offset> end;
  std::vector<uint8_t> flags;
  // One per token once the part-of-speech stage has run; empty before.
  std::vector<PartOfSpeech> pos;
  size_t size() const { return start.size(); }
  void clear() { start.clear(); end.clear(); flags.clear(); pos.clear(); }
};

struct Sentence {
  Offset start = 0;
  Offset end = 0;
  uint32_t first_token = 0;  // index into Tokens
  uint32_t end_token = 0;    // one past the last token
};

struct Mention {
  Offset start = 0;
  Offset end = 0;
  Label label = Label::kNone;
  int32_t entity = -1;       // index into Document::entities, -1 if none
  float score = 1.0f;        // the tagger's confidence in [0, 1]
};

struct Entity {
  int32_t id = 0;             // equals its index in Document::entities
  std::string name;           // the fullest name used in the article
  Label label = Label::kNone;
  std::string role;           // title or description, empty if none
  Offset role_start = 0;      // the role's span in text (start == end: none)
  Offset role_end = 0;
  std::vector<int32_t> mentions;  // indices into Document::mentions
};

enum class QuoteKind : uint8_t { kDirect = 0, kPartial, kIndirect, kTerm };
std::string_view QuoteKindName(QuoteKind kind);

struct Quote {
  Offset start = 0;            // the quoted words, outer marks excluded
  Offset end = 0;
  QuoteKind kind = QuoteKind::kDirect;
  int32_t speaker = -1;        // entity id of the speaker, -1 if none
  Offset speaker_start = 0;    // the speaker mention as written
  Offset speaker_end = 0;      // (speaker_start == speaker_end: none)
  Offset cue_start = 0;        // the reporting word(s)
  Offset cue_end = 0;          // (cue_start == cue_end: none)
  // In [0, 1]: for kind indirect the probability that the quotation and its
  // speaker are right (quotes/confidence.h); otherwise the rules' own trust.
  float confidence = 0.0f;
  std::vector<int32_t> citations;  // footnote numbers inside the quote
};

struct Document {
  std::string id;              // from the input record, may be empty
  std::string text;            // the clean text, valid UTF-8, immutable once read
  std::string source;          // the bytes the reader was given
  Metadata metadata;
  std::vector<SourceAnchor> source_map;
  std::vector<Paragraph> paragraphs;
  std::vector<Markup> markup;
  std::vector<Citation> citations;
  Tokens tokens;
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  std::vector<Quote> quotes;

  std::string_view Slice(Offset start, Offset end) const {
    return std::string_view(text).substr(start, end - start);
  }
  // Maps a clean-text byte offset to the source byte offset it came from.
  Offset ToSource(Offset clean) const;
};

}  // namespace saywho

#endif  // SAYWHO_DOCUMENT_H_
