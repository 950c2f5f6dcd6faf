#include "entities/gazetteer.h"

#include "entities/conll.h"
#include "gtest/gtest.h"

namespace saywho::ner {
namespace {

TEST(GazetteerTest, MatchesMultiWordEntriesWithoutCase) {
  Lexicon lexicon;
  lexicon.AddList("gaz_city", {"New York", "York"});
  lexicon.AddList("gaz_country", {"People 's Republic of China"});
  const Gazetteer g = Gazetteer::FromLexicon(&lexicon, {"gaz_country", "gaz_city"});
  ConllDocument conll;
  conll.sentences.push_back(ConllSentence{{"From", "NEW", "YORK", "to", "the", "People", "'s",
                                           "Republic", "of", "China"},
                                          std::vector<std::string>(10, "O")});
  const Document doc = ToDocument(conll);
  std::vector<uint32_t> begin, inside;
  g.Match(doc, 0, 10, &begin, &inside);
  EXPECT_EQ(begin[1], 2u);   // New York: city
  EXPECT_EQ(begin[2], 2u);   // York: city
  EXPECT_EQ(inside[2], 2u);  // inside New York
  EXPECT_EQ(begin[5], 1u);   // the People's Republic: country
  EXPECT_EQ(inside[9], 1u);
  EXPECT_EQ(begin[4], 0u);   // lower-case words never start a name
  EXPECT_EQ(g.SpanLists(doc, 1, 3), 2u);
  EXPECT_EQ(g.SpanLists(doc, 0, 2), 0u);
  EXPECT_EQ(g.ListIndex("gaz_city"), 1);
}

TEST(GazetteerTest, NullLexiconIsEmpty) {
  const Gazetteer g = Gazetteer::FromLexicon(nullptr, {"gaz_city"});
  ConllDocument conll;
  conll.sentences.push_back(ConllSentence{{"York"}, {"O"}});
  std::vector<uint32_t> begin, inside;
  g.Match(ToDocument(conll), 0, 1, &begin, &inside);
  EXPECT_EQ(begin[0], 0u);
}

}  // namespace
}  // namespace saywho::ner
