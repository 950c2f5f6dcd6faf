#include "quotes/learned_cues.h"

#include <algorithm>
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

// The score the weights `trained` alone give word `word` of `text` (its
// first occurrence): the sum of its features' weights.
float ScoreWith(const std::vector<std::pair<std::string, float>>& trained, const std::string& text,
                const std::string& word) {
  Document doc;
  doc.text = text;
  const Layout layout(doc, ProjectLexicon());
  const std::vector<int32_t> inside(layout.words().size(), -1);
  const LearnedCues model(layout, ProjectLexicon(), inside);
  const uint32_t w = WordIndex(layout, word);
  EXPECT_TRUE(model.IsCandidate(w));
  float score = 0;
  for (const std::string& feature : model.Features(layout.sentences()[layout.SentenceOf(w)], w)) {
    auto it = std::lower_bound(trained.begin(), trained.end(), std::make_pair(feature, -1e30f));
    if (it != trained.end() && it->first == feature) score += it->second;
  }
  return score;
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

TEST(LearnedCuesTest, FeaturesReadTheTaggersClasses) {
  // "plans" the verb and "plans" the noun differ by their tags alone.
  Document doc;
  doc.text = "Obama plans to run.";
  doc.tokens.start = {0, 6, 12, 15, 18};
  doc.tokens.end = {5, 11, 14, 18, 19};
  doc.tokens.flags = {0, 0, 0, 0, 0};
  doc.tokens.pos = {PartOfSpeech::kPropn, PartOfSpeech::kVerb, PartOfSpeech::kPart, PartOfSpeech::kVerb,
                    PartOfSpeech::kPunct};
  doc.sentences = {{0, 19, 0, 5}};
  auto features = [&](const Document& d) {
    const Layout layout(d, ProjectLexicon());
    const std::vector<int32_t> inside(layout.words().size(), -1);
    const LearnedCues model(layout, ProjectLexicon(), inside);
    return model.Features(layout.sentences()[0], WordIndex(layout, "plans"));
  };
  auto has = [](const std::vector<std::string>& all, const std::string& feature) {
    return std::find(all.begin(), all.end(), feature) != all.end();
  };
  const std::vector<std::string> tagged = features(doc);
  EXPECT_TRUE(has(tagged, "w|pos=plans|VERB"));
  EXPECT_TRUE(has(tagged, "pos|next=VERB|PART"));
  EXPECT_TRUE(has(tagged, "prev|pos=PROPN|VERB"));
  doc.tokens.pos.clear();  // a document the tagger did not see
  const std::vector<std::string> untagged = features(doc);
  EXPECT_FALSE(std::any_of(untagged.begin(), untagged.end(),
                           [](const std::string& f) { return f.find("pos") != std::string::npos; }));
  EXPECT_EQ(untagged.size() + 3, tagged.size());
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
