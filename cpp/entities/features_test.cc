#include "entities/features.h"

#include "entities/conll.h"
#include "gtest/gtest.h"

namespace saywho::ner {
namespace {

Document MakeDocument(std::vector<std::string> words) {
  ConllDocument conll;
  conll.sentences.push_back(ConllSentence{words, std::vector<std::string>(words.size(), "O")});
  return ToDocument(conll);
}

TEST(WordShapeTest, CollapsesRunsOfOneKind) {
  EXPECT_EQ(WordShape("Obama"), "Xx");
  EXPECT_EQ(WordShape("McDonald's"), "XxXx'x");
  EXPECT_EQ(WordShape("1,200"), "d,d");
  EXPECT_EQ(WordShape("U.S."), "X.X.");
  EXPECT_EQ(WordShape("Ärzte"), "Xx");
  EXPECT_EQ(WordShape(""), "");
}

TEST(FeatureExtractorTest, DeterministicAndStyleCopiesOnlyOutsideNews) {
  WordClusters clusters;
  clusters.Add("Paris", {1, 2, 3});
  const FeatureExtractor extractor(&clusters, nullptr);
  const Document doc = MakeDocument({"She", "flew", "to", "Paris", "."});
  DocumentFeatures a, b, gum;
  extractor.Extract(doc, Style::kNews, &a);
  extractor.Extract(doc, Style::kNews, &b);
  extractor.Extract(doc, Style::kSocial, &gum);
  EXPECT_EQ(a.features, b.features);
  ASSERT_EQ(a.offsets.size(), doc.tokens.size() + 1);
  EXPECT_GT(gum.features.size(), a.features.size());
  // Paris has a cluster, so its features differ from an unknown word's.
  const Document other = MakeDocument({"She", "flew", "to", "Parix", "."});
  DocumentFeatures c;
  extractor.Extract(other, Style::kNews, &c);
  EXPECT_NE(a.features, c.features);
}

TEST(FeatureExtractorTest, SkipsSentencesOutOfOrder) {
  Document doc = MakeDocument({"A", "b"});
  doc.sentences.push_back(doc.sentences[0]);  // a repeated sentence is junk
  DocumentFeatures f;
  FeatureExtractor(nullptr, nullptr).Extract(doc, Style::kNews, &f);
  EXPECT_EQ(f.offsets.size(), doc.tokens.size() + 1);
}

// Stretches of sentences get exactly the features a whole-document pass
// gives them: document-level cues come from the whole document either way.
TEST(FeatureExtractorTest, StretchesOfSentencesMatchTheWholeDocument) {
  ConllDocument conll;
  conll.sentences.push_back(ConllSentence{{"Apple", "fell", "."}, {"O", "O", "O"}});
  conll.sentences.push_back(ConllSentence{{"He", "ate", "an", "apple", "."}, {"O", "O", "O", "O", "O"}});
  conll.sentences.push_back(ConllSentence{{"Shares", "of", "Apple", "rose", "."}, {"O", "O", "O", "O", "O"}});
  const Document doc = ToDocument(conll);
  WordClusters clusters;
  clusters.Add("Apple", {1, 2, 3});
  const FeatureExtractor extractor(&clusters, nullptr);
  DocumentFeatures whole, stretch;
  extractor.Extract(doc, Style::kNews, &whole);
  extractor.PrepareDocument(doc, &stretch);
  for (size_t first : {0, 1}) {
    const size_t end = first == 0 ? 1 : 3;
    extractor.ExtractSentences(doc, Style::kNews, first, end, &stretch);
    for (uint32_t i = doc.sentences[first].first_token; i < doc.sentences[end - 1].end_token; ++i) {
      const std::vector<uint64_t> a(whole.features.begin() + whole.offsets[i],
                                    whole.features.begin() + whole.offsets[i + 1]);
      const std::vector<uint64_t> b(stretch.features.begin() + stretch.offsets[i],
                                    stretch.features.begin() + stretch.offsets[i + 1]);
      EXPECT_EQ(a, b) << "token " << i;
      EXPECT_FALSE(a.empty());
    }
  }
}

TEST(DocumentMemoryTest, RemembersTheMajorityLabel) {
  DocumentMemory memory;
  uint64_t out[2];
  EXPECT_EQ(memory.Features(42, out), 0);
  memory.Record(42, BeginTag(static_cast<int>(NameClass::kPerson)));
  ASSERT_EQ(memory.Features(42, out), 2);
  const uint64_t person = out[0];
  memory.Record(42, BeginTag(static_cast<int>(NameClass::kOrg)));
  memory.Record(42, BeginTag(static_cast<int>(NameClass::kOrg)));
  memory.Features(42, out);
  EXPECT_NE(out[0], person);
}

}  // namespace
}  // namespace saywho::ner
