// TextBuilder: the one place where the readers append clean text. It keeps
// Document::text, source_map, paragraphs, markup and citations consistent.
#ifndef SAYWHO_READ_TEXT_BUILDER_H_
#define SAYWHO_READ_TEXT_BUILDER_H_

#include <string>
#include <string_view>
#include <utility>

#include "saywho/document.h"

namespace saywho {

// Appends clean text to a Document while recording, for each appended piece,
// the source byte offset it came from (Document::source_map), and splits the
// text into paragraphs separated by exactly "\n\n".
//
// White space: AddText collapses runs of white space into one space, which is
// written lazily (only when more text follows in the same paragraph), so a
// paragraph never starts or ends with white space and never holds "\n\n".
// Paragraphs are opened lazily too: a block that yields no text yields no
// paragraph.
//
// Offsets: all `source` arguments are byte offsets into the source the reader
// was given; all results are byte offsets into Document::text.
// Ownership: the builder writes into a Document it does not own, which must
// outlive it. Not thread safe (one builder per document).
class TextBuilder {
 public:
  explicit TextBuilder(Document* doc);

  // Copies `bytes`, which start at `source` in the source, collapsing white
  // space (space, tab, CR, LF, FF, VT).
  void AddText(std::string_view bytes, Offset source);
  // Copies one line of code as it is. Consecutive lines are joined with
  // "\n"; a blank line ends the paragraph (only paragraphs are separated by
  // "\n\n").
  void AddCodeLine(std::string_view line, Offset source);
  // Appends `text` that stands for markup starting at `source` (a decoded
  // entity, an escaped character): all of it maps to `source`.
  void AddReplacement(std::string_view text, Offset source);
  // A space that markup implies (a soft line break, an inline tag boundary).
  void AddSpace(Offset source);

  // Ends the current paragraph; the next text opens a new one of the same
  // kind.
  void EndParagraph();
  // Ends the current paragraph; the next one has kind `kind`.
  void StartBlock(BlockKind kind);

  // Length of the clean text so far (the pending space not counted).
  Offset size() const { return static_cast<Offset>(doc_->text.size()); }
  std::string_view text() const { return doc_->text; }
  // True when nothing has been written into the current paragraph yet (the
  // next text starts a new paragraph).
  bool AtParagraphStart() const { return !open_ || pending_break_; }

  void AddMarkup(Offset start, Offset end, MarkupKind kind);
  // Records a link over text [start, end) (a Citation and a kLink Markup) and
  // remembers it, so that a footnote marker written right after it becomes
  // its number. An url of "#" or "" means unknown.
  void AddLink(Offset start, Offset end, std::string_view url);
  // Records the footnote marker `n` (with an url when the marker carries one):
  // if it directly follows a link (only white space between), it numbers that
  // link; otherwise its anchor is the word or name just before it. The white
  // space before the marker is dropped.
  void AddFootnote(int n, std::string_view url);

  // Closes the last paragraph. Call once, after the last Add*.
  void Finish();

 private:
  // Opens a paragraph or writes the pending separator before new content.
  void BeforeContent(Offset source);
  // Appends bytes that map one to one onto the source from `source`.
  void Emit(std::string_view bytes, Offset source);
  // Makes clean offset `clean` map to `source`.
  void Anchor(Offset clean, Offset source);
  void CloseParagraph();

  Document* doc_;
  BlockKind open_kind_ = BlockKind::kBody;  // kind of the open paragraph
  BlockKind next_kind_ = BlockKind::kBody;  // kind of the next paragraph
  bool open_ = false;                  // a paragraph has text
  bool pending_break_ = false;         // the open paragraph ends at next text
  bool pending_space_ = false;
  Offset pending_space_source_ = 0;
  Offset paragraph_start_ = 0;
  int last_link_ = -1;                 // citation index of the last link
  Offset last_link_end_ = 0;
};

// The anchor of a footnote marker that follows no link: the span of the
// capitalised name (e.g. "The Wall Street Journal", "Made in China 2025") or
// else the two words ending at `end`, never reaching before `floor` nor across
// punctuation. Returns {start, end} with trailing punctuation excluded;
// start == end when there is no word. Offsets are bytes into `text`.
std::pair<Offset, Offset> FootnoteAnchorBefore(std::string_view text,
                                               Offset floor, Offset end);

}  // namespace saywho

#endif  // SAYWHO_READ_TEXT_BUILDER_H_
