#include "saywho/lexicon.h"

#include <filesystem>
#include <fstream>

#include "gtest/gtest.h"

namespace saywho {
namespace {

TEST(LexiconTest, ListsAndTables) {
  Lexicon lex;
  lex.AddList("cues", {"said", "Told"});
  lex.AddTable("countries", {{"U.S.", "United States"}});
  EXPECT_TRUE(lex.Contains("cues", "said"));
  EXPECT_FALSE(lex.Contains("cues", "told"));
  EXPECT_TRUE(lex.ContainsFolded("cues", "TOLD"));
  EXPECT_FALSE(lex.Contains("nope", "said"));
  // A name known only at run time finds what a literal name finds.
  const std::string runtime_name = std::string("cu") + "es";
  EXPECT_TRUE(lex.Contains(runtime_name, "said"));
  EXPECT_TRUE(lex.HasList(std::string_view(runtime_name)));
  EXPECT_FALSE(lex.HasList("cue"));
  ASSERT_NE(lex.Lookup("countries", "U.S."), nullptr);
  EXPECT_EQ(*lex.Lookup("countries", "U.S."), "United States");
  EXPECT_EQ(lex.Lookup("countries", "PRC"), nullptr);
  EXPECT_EQ(lex.List("cues").size(), 2u);
  EXPECT_EQ(lex.Keys("countries"), std::vector<std::string>{"U.S."});
  EXPECT_TRUE(lex.Keys("missing").empty());
  EXPECT_TRUE(lex.List("missing").empty());
}

TEST(LexiconTest, KeysOfSeveralWordsAreMatchedWordByWord) {
  Lexicon lex;
  lex.AddTable("phrases", {{"according to", "after"}, {"in the words of", "after"}, {"said", "x"}});
  EXPECT_TRUE(lex.StartsLongerKey("phrases", "according"));
  EXPECT_TRUE(lex.StartsLongerKey("phrases", "in the"));
  EXPECT_TRUE(lex.StartsLongerKey("phrases", "in the words"));
  // A whole key goes on to nothing longer; a one-word key starts nothing.
  EXPECT_FALSE(lex.StartsLongerKey("phrases", "according to"));
  EXPECT_FALSE(lex.StartsLongerKey("phrases", "said"));
  // Only whole words: "accord" is no prefix of a key's words.
  EXPECT_FALSE(lex.StartsLongerKey("phrases", "accord"));
  EXPECT_FALSE(lex.StartsLongerKey("missing", "according"));
}

TEST(LexiconTest, WeightTablesHoldNumbers) {
  Lexicon lex;
  lex.AddTable("model_weights", {{"w=said", "2.5"}, {"w=the", "-0.25"}});
  lex.AddTable("countries", {{"U.S.", "1"}});
  const Lexicon::WeightTable* weights = lex.Weights("model_weights");
  ASSERT_NE(weights, nullptr);
  // A key is found by its hash, which may be taken over its pieces.
  const uint64_t said = KeyHash("said", KeyHash("w="));
  EXPECT_EQ(said, KeyHash("w=said"));
  ASSERT_TRUE(weights->contains(said));
  EXPECT_FLOAT_EQ(weights->at(said), 2.5f);
  EXPECT_FLOAT_EQ(weights->at(KeyHash("w=the")), -0.25f);
  EXPECT_FALSE(weights->contains(KeyHash("w=told")));
  // Only "_weights" tables are numbers; their text stays readable too.
  EXPECT_EQ(lex.Weights("countries"), nullptr);
  EXPECT_EQ(*lex.Lookup("model_weights", "w=said"), "2.5");
}

TEST(LexiconTest, LoadsFolderSkippingComments) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "saywho_lexicon_test";
  fs::create_directories(dir);
  std::ofstream(dir / "titles.txt") << "# a comment\nPresident\r\n\nPremier\n";
  std::ofstream(dir / "alias.tsv") << "PRC\tChina\n";
  auto lex = Lexicon::LoadDir(dir.string());
  ASSERT_TRUE(lex.ok()) << lex.status();
  EXPECT_EQ(lex->List("titles").size(), 2u);
  EXPECT_TRUE(lex->Contains("titles", "Premier"));
  EXPECT_EQ(*lex->Lookup("alias", "PRC"), "China");
  fs::remove_all(dir);
}

TEST(LexiconTest, MissingFolderIsAnError) {
  auto lex = Lexicon::LoadDir("/nonexistent/saywho");
  EXPECT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().code(), absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace saywho
