// Cues of reported speech beyond the word lists: a linear model over a word
// and its context decides whether a word outside the lists ("backed",
// "mocked", "is urging") reports someone's speech, thought or stance, as a
// corpus of reported speech marks it. models/build_learned_cues.py trains
// it on PolNeAR train; the weights ship as the lexicon table
// "quote_learned_cue_weights" (feature<TAB>weight).
//
// Word indices are Layout words; `inside` marks the words inside marked
// quotations (-1 outside), as the indirect finder keeps them.
#ifndef SAYWHO_QUOTES_LEARNED_CUES_H_
#define SAYWHO_QUOTES_LEARNED_CUES_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "quotes/layout.h"
#include "saywho/document.h"
#include "saywho/lexicon.h"

namespace saywho::quotes {

// True when the word lists make word `w` a cue of reported speech already:
// a reporting verb, phrase or noun (quote_cue_*) or a verb of the wider list
// (quote_reported_verbs), unless the word is a weak cue
// (quote_reported_weak_cues), which the model decides. Thread safe.
bool IsListedCue(const Layout& layout, const Lexicon& lexicon, uint32_t w, uint32_t sentence_end);

// The words the shipped model knows (those with a weight of their own, the
// only ones IsCue can accept), in no particular order.
std::vector<std::string> LearnedCueWords(const Lexicon& lexicon);

// The model over one document. Holds `layout`, `lexicon` and `inside`,
// which must outlive it. Not thread safe: it keeps the classes of the words
// it has read; one per document and thread.
class LearnedCues {
 public:
  LearnedCues(const Layout& layout, const Lexicon& lexicon, const std::vector<int32_t>& inside);

  // True for a word the model is asked about: a lower-case word (or a
  // sentence's first) outside marked quotations that is no punctuation,
  // function word, adverb or number.
  bool IsCandidate(uint32_t w) const;

  // The features of candidate word `w` of sentence `sentence`: the word, its
  // ending, and the shapes and function words around it.
  std::vector<std::string> Features(const Clause& sentence, uint32_t w) const;

  // The shipped model's score of candidate `w`: the sum of its features'
  // weights (lexicon table "quote_learned_cue_weights"), 0 without them.
  float Score(const Clause& sentence, uint32_t w) const;

  // True when word `w` is a candidate and a cue: the model knows its word (a
  // weight for the word itself: words never seen in training pass the
  // margin but for a handful, and most words of a text are such words, so
  // this check, the cheapest, goes first) and its score passes kMargin, not
  // just 0: the reported content the rules then bound is right less often
  // than the cue, and a margin of 2 gave the best F1 on one half of PolNeAR
  // train with the model trained on the other.
  bool IsCue(const Clause& sentence, uint32_t w) const;
  static constexpr float kMargin = 2.0f;

 private:
  // The word as context features see it: punctuation and function words as
  // they are, other words by shape.
  const std::string& ClassOf(uint32_t w) const;
  // Calls emit(pieces) once a feature of candidate `w`, the feature being
  // its pieces (an initializer list of string views) joined: Features()
  // joins them, Score() hashes them without joining.
  template <typename Emit>
  void VisitFeatures(const Clause& sentence, uint32_t w, Emit&& emit) const;

  const Layout& layout_;
  const Lexicon& lexicon_;
  const std::vector<int32_t>& inside_;
  const Lexicon::WeightTable* weights_;       // the shipped weights, or nullptr
  mutable std::vector<std::string> classes_;  // "" until read
};

// Training example: a document annotated up to (not including) quotations,
// and the UTF-8 byte offsets at which the head words of its gold cues start.
struct LearnedCueExample {
  const Document* doc = nullptr;
  std::vector<Offset> cue_heads;
};

// Trains the weights (averaged perceptron) on the candidate words of the
// examples that the word lists leave to the model (IsListedCue), a word
// being a cue when a gold cue head starts there. Returns the averaged
// weights, those under 1e-3 in size left out, and appends one line an epoch
// to *log. Single-threaded.
std::vector<std::pair<std::string, float>> TrainLearnedCues(
    const Lexicon& lexicon, const std::vector<LearnedCueExample>& examples, int epochs, std::string* log);

}  // namespace saywho::quotes

#endif  // SAYWHO_QUOTES_LEARNED_CUES_H_
