// The view of a document the quotation finder works on: paragraphs, words and
// sentences. Each layer comes from the Document when an earlier stage filled
// it, and from a simple fallback of our own otherwise, so that quotation
// finding works (less well) on a document that was only read.
//
// Offsets are UTF-8 byte offsets into Document::text, end exclusive.
#ifndef SAYWHO_QUOTES_LAYOUT_H_
#define SAYWHO_QUOTES_LAYOUT_H_

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "saywho/document.h"
#include "saywho/lexicon.h"

namespace saywho::quotes {

struct Word {
  Offset start = 0;
  Offset end = 0;
  bool punct = false;      // no letter or digit in it
  bool upper = false;      // starts with an upper-case letter (ASCII or not)
  bool tagged = false;     // `pos` holds the tagger's part of speech
  PartOfSpeech pos = PartOfSpeech::kX;
  std::string lower;       // the word in ASCII lower case, curly apostrophes straightened
};

// A verb ("granted", "survived", "issued"), as the part-of-speech tagger
// tells it from the word's place; on a document without tags, a word of
// four letters or more ending in "-ed", the best the spelling tells (it
// takes "hundred" and misses "won").
inline bool IsVerb(const Word& word) {
  if (word.tagged) return word.pos == PartOfSpeech::kVerb;
  return word.lower.size() > 3 && word.lower.ends_with("ed");
}

// An "-ing" form ("saying", "adding"), a participle or gerund as far as the
// word's shape tells: a vowel before the ending ("king", "spring", "thing"
// have none), no "-thing" pronoun ("nothing", "something") and not
// "during", the one common preposition of this shape.
inline bool IsIngForm(const Word& word) {
  const std::string& w = word.lower;
  if (w.size() < 5 || !w.ends_with("ing") || w.ends_with("thing") || w == "during") return false;
  return w.find_first_of("aeiouy") < w.size() - 3;
}

// A form of "be" ("is", "were", "been"): before a participle it makes a
// finite verb ("is calling") or a passive ("was reported").
inline bool IsFormOfBe(const Word& word) {
  const std::string& w = word.lower;
  return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" || w == "being";
}

// A word that opens a subordinate clause or a participle phrase ("while",
// "because", "saying").
inline bool IsSubordinator(const Word& word) {
  static constexpr std::string_view kSubordinators[] = {
      "while", "although", "though", "as", "when", "after", "before", "since", "because",
      "if", "even", "until", "once", "whereas", "despite", "given", "due",
      "saying", "noting", "arguing", "insisting"};
  return std::find(std::begin(kSubordinators), std::end(kSubordinators), std::string_view(word.lower)) !=
         std::end(kSubordinators);
}

// The personal pronouns by case, as far as the word alone tells ("her" is
// both object and possessive; "you" and "it" are left out of the subjects).
// A subject pronoun, or "there", opens a clause ("said he would", "said there
// are").
inline bool IsSubjectPronoun(const Word& word) {
  const std::string& w = word.lower;
  return w == "he" || w == "she" || w == "they" || w == "we" || w == "i" || w == "there";
}
// "told her.", "asked them": an object pronoun.
inline bool IsObjectPronoun(const Word& word) {
  const std::string& w = word.lower;
  return w == "me" || w == "you" || w == "him" || w == "her" || w == "us" || w == "them";
}
// "shook her head", "outlined his plan": a possessive determiner.
inline bool IsPossessiveDeterminer(const Word& word) {
  const std::string& w = word.lower;
  return w == "his" || w == "her" || w == "its" || w == "their" || w == "our" || w == "my" || w == "your";
}

// True for a word made of quotation marks only ("''", "\u201d").
bool IsQuotationMarks(const Word& word);

// An adverb particle of a phrasal verb: "called off", "pushed back",
// "stood up".
inline bool IsAdverbParticle(const Word& word) {
  const std::string& w = word.lower;
  return w == "out" || w == "up" || w == "back" || w == "off" || w == "down" || w == "away";
}

// A number, as far as the word's shape tells ("47", "2016", "1990s").
inline bool StartsWithDigit(const Word& word) {
  return !word.lower.empty() && word.lower[0] >= '0' && word.lower[0] <= '9';
}

// True for a dash word: a hyphen, "--", an en, em or quotation dash
// (U+2015, which sets off the source line under a quote).
inline bool IsDashWord(const Word& w) {
  return w.lower == "-" || w.lower == "--" || w.lower == "\u2014" || w.lower == "\u2013" || w.lower == "\u2015";
}

struct Block {
  Offset start = 0;
  Offset end = 0;
  BlockKind kind = BlockKind::kBody;
  uint32_t first_sentence = 0;  // sentences [first_sentence, end_sentence)
  uint32_t end_sentence = 0;
};

struct Clause {  // a sentence, in words
  Offset start = 0;
  Offset end = 0;
  uint32_t first_word = 0;
  uint32_t end_word = 0;
  uint32_t block = 0;
};

class Layout {
 public:
  // Builds the layout of `doc`, which must outlive it. Linear in the text.
  // Lists read: "abbreviations" (segmenter's, optional) and
  // "quote_titles" (words such as "Mr." that keep their period).
  Layout(const Document& doc, const Lexicon& lexicon);

  const std::vector<Block>& blocks() const { return blocks_; }
  const std::vector<Word>& words() const { return words_; }
  const std::vector<Clause>& sentences() const { return sentences_; }
  std::string_view text() const { return text_; }

  // The first word that ends after `offset` (words().size() if none).
  // Logarithmic in the number of words.
  uint32_t WordAt(Offset offset) const;
  // The sentence holding word `w`.
  uint32_t SentenceOf(uint32_t w) const { return sentence_of_word_[w]; }
  // The first word of the sentence holding word `w`.
  uint32_t SentenceStart(uint32_t w) const { return sentences_[sentence_of_word_[w]].first_word; }
  uint32_t BlockOf(Offset offset) const;

 private:
  void BuildBlocks(const Document& doc);
  void BuildWords(const Document& doc, const Lexicon& lexicon);
  void BuildSentences(const Document& doc, const Lexicon& lexicon);
  // The word after the wire dateline that opens words [first, end) ("LONDON
  // (Reuters) - ", "FLINT, Mich., Oct. 4 - "), or `first` when none does.
  uint32_t DatelineEnd(uint32_t first, uint32_t end) const;

  std::string_view text_;
  std::vector<Block> blocks_;
  std::vector<Word> words_;
  // words_[w].end for every word, packed: WordAt's binary search reads 4
  // bytes a probe instead of a whole Word (it runs twice per mention).
  std::vector<Offset> word_ends_;
  std::vector<Clause> sentences_;
  std::vector<uint32_t> sentence_of_word_;
};

// Per word of `layout`, the index in `quotes` of the quotation that holds
// it, -1 for words outside every one. Linear in words and quotes.
std::vector<int32_t> QuotationOfWords(const Layout& layout, const std::vector<Quote>& quotes);

// Character classes used across the quotation finder. `c` is a code point.
// ASCII is answered inline (most text is ASCII and these run per character);
// other code points ask ICU. layout_test checks that both agree on ASCII.
namespace internal {
bool IsLetterOrDigitIcu(char32_t c);
bool IsUpperLetterIcu(char32_t c);
bool IsSpaceIcu(char32_t c);
}  // namespace internal

inline bool IsLetterOrDigit(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return internal::IsLetterOrDigitIcu(c);
}
inline bool IsUpperLetter(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return internal::IsUpperLetterIcu(c);
}
// White space, and the no-break space.
inline bool IsSpace(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return internal::IsSpaceIcu(c);
}

}  // namespace saywho::quotes

#endif  // SAYWHO_QUOTES_LAYOUT_H_
