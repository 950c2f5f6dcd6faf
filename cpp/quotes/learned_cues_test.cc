#include "quotes/learned_cues.h"

#include <string>
#include <vector>

#include "common/test_lexicon.h"
#include "gtest/gtest.h"
#include "quotes/layout.h"

namespace saywho::quotes {
namespace {

using ::saywho::testing::ProjectLexicon;

// A document of `text` with the byte offsets at which `cue` starts as its
// gold cue heads.
struct Example {
  Example(std::string text, const std::string& cue) {
    doc.text = std::move(text);
    for (size_t at = doc.text.find(cue); at != std::string::npos; at = doc.text.find(cue, at + 1)) {
      heads.push_back(Offset(at));
    }
  }
  Document doc;
  std::vector<Offset> heads;
};

// The index of the first word of `layout` whose lower case is `lower`.
uint32_t WordIndex(const Layout& layout, const std::string& lower) {
  for (uint32_t w = 0; w < layout.words().size(); ++w) {
    if (layout.words()[w].lower == lower) return w;
  }
  ADD_FAILURE() << lower;
  return 0;
}

// The score the weights `trained` give word `word` of `text` (its first
// occurrence), read through a lexicon that holds them.
float ScoreWith(const std::vector<std::pair<std::string, float>>& trained, const std::string& text,
                const std::string& word) {
  Lexicon lexicon = ProjectLexicon();
  std::vector<std::pair<std::string, std::string>> rows;
  for (const auto& [feature, weight] : trained) rows.emplace_back(feature, std::to_string(weight));
  lexicon.AddTable("quote_learned_cue_weights", std::move(rows));
  Document doc;
  doc.text = text;
  const Layout layout(doc, lexicon);
  const std::vector<int32_t> inside(layout.words().size(), -1);
  const LearnedCues model(layout, lexicon, inside);
  const uint32_t w = WordIndex(layout, word);
  EXPECT_TRUE(model.IsCandidate(w));
  return model.Score(layout.sentences()[layout.SentenceOf(w)], w);
}

TEST(LearnedCuesTest, TrainingSeparatesACueFromAnotherWord) {
  // "quibbled" (no list has it) is a cue; "wobbled" is not.
  std::vector<Example> data = {
      Example("Smith quibbled that the plan failed. The table wobbled in the wind.", "quibbled"),
      Example("The chair wobbled under him. Jones quibbled that taxes rose.", "quibbled"),
      Example("Lee quibbled that the vote was late. The bridge wobbled at noon.", "quibbled"),
  };
  std::vector<LearnedCueExample> examples;
  for (Example& e : data) examples.push_back({&e.doc, e.heads});
  std::string log;
  const auto weights = TrainLearnedCues(ProjectLexicon(), examples, 3, &log);
  EXPECT_NE(log.find("epoch 3"), std::string::npos) << log;
  EXPECT_GT(ScoreWith(weights, "Brown quibbled that costs grew.", "quibbled"), 0.0f);
  EXPECT_LT(ScoreWith(weights, "The tower wobbled in the storm.", "wobbled"), 0.0f);
}

TEST(LearnedCuesTest, CandidatesAreWordsTheListsLeaveOpen) {
  Document doc;
  doc.text = "Smith said the senators see a \"grave risk\" on Tuesday.";
  const Layout layout(doc, ProjectLexicon());
  std::vector<int32_t> inside(layout.words().size(), -1);
  auto at = [&](const std::string& lower) { return WordIndex(layout, lower); };
  const uint32_t end = layout.sentences()[0].end_word;
  EXPECT_TRUE(IsListedCue(layout, ProjectLexicon(), at("said"), end));
  EXPECT_FALSE(IsListedCue(layout, ProjectLexicon(), at("see"), end));
  const LearnedCues model(layout, ProjectLexicon(), inside);
  EXPECT_TRUE(model.IsCandidate(at("see")));
  // Function words, capitalized words inside a sentence and quoted words are not.
  EXPECT_FALSE(model.IsCandidate(at("the")));
  EXPECT_FALSE(model.IsCandidate(at("tuesday")));
  inside[at("grave")] = 0;
  EXPECT_FALSE(model.IsCandidate(at("grave")));
}

TEST(LearnedCuesTest, ACueIsAKnownCandidateOverTheMargin) {
  // Made-up words, so that the shipped weights (read with these) know none
  // of them, and weights large enough that no context feature outweighs them.
  Lexicon lexicon = ProjectLexicon();
  lexicon.AddTable("quote_learned_cue_weights", {{"w=quibbled", "50"}, {"w=grobble", "50"}, {"w=zorbled", "-50"}});
  Document doc;
  doc.text = "Smith quibbled the blorfs zorbled a \"grobble risk\" on Tuesday.";
  const Layout layout(doc, lexicon);
  std::vector<int32_t> inside(layout.words().size(), -1);
  auto at = [&](const std::string& lower) { return WordIndex(layout, lower); };
  inside[at("grobble")] = inside[at("risk")] = 0;
  const LearnedCues model(layout, lexicon, inside);
  const Clause& sentence = layout.sentences()[0];
  EXPECT_TRUE(model.IsCue(sentence, at("quibbled")));
  // A quoted word is no candidate, whatever its weight; a word the model
  // does not know, or one under the margin, is no cue.
  EXPECT_FALSE(model.IsCue(sentence, at("grobble")));
  EXPECT_TRUE(model.IsCandidate(at("blorfs")));
  EXPECT_FALSE(model.IsCue(sentence, at("blorfs")));
  EXPECT_TRUE(model.IsCandidate(at("zorbled")));
  EXPECT_FALSE(model.IsCue(sentence, at("zorbled")));
}

}  // namespace
}  // namespace saywho::quotes
