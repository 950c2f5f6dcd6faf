#include "pos/pos_train.h"

#include "gtest/gtest.h"

namespace saywho::pos {
namespace {

using P = PartOfSpeech;

constexpr char kTreebank[] =
    "# sent_id = 1\n"
    "# text = She didn't go.\n"
    "1\tShe\tshe\tPRON\t_\t_\t3\tnsubj\t_\t_\n"
    "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdid\tdo\tAUX\t_\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\t_\t_\t4\tadvmod\t_\t_\n"
    "4\tgo\tgo\tVERB\t_\t_\t0\troot\t_\t_\n"
    "4.1\tgone\tgo\tVERB\t_\t_\t_\t_\t_\t_\n"
    "5\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_\n"
    "\n"
    "1\tRain\train\tNOUN\t_\t_\t2\tnsubj\t_\t_\r\n"
    "2\tfell\tfall\tVERB\t_\t_\t0\troot\t_\t_\n";

TEST(ConlluTest, ReadsSyntacticWordsAndTheirTags) {
  auto sentences = ParseConllu(kTreebank);
  ASSERT_TRUE(sentences.ok()) << sentences.status();
  ASSERT_EQ(sentences->size(), 2u);
  EXPECT_EQ((*sentences)[0].words, (std::vector<std::string>{"She", "did", "n't", "go", "."}));
  EXPECT_EQ((*sentences)[0].tags, (std::vector<P>{P::kPron, P::kAux, P::kPart, P::kVerb, P::kPunct}));
  EXPECT_EQ((*sentences)[1].words, (std::vector<std::string>{"Rain", "fell"}));
}

TEST(ConlluTest, NamesTheLineOfAnUnknownTagOrAShortRow) {
  auto unknown = ParseConllu("1\tShe\tshe\tPRP\n");
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.status().message().find("line 1"), std::string_view::npos);
  EXPECT_NE(unknown.status().message().find("PRP"), std::string_view::npos);
  auto short_row = ParseConllu("# c\n1\tShe\n");
  ASSERT_FALSE(short_row.ok());
  EXPECT_NE(short_row.status().message().find("line 2"), std::string_view::npos);
  EXPECT_FALSE(ReadConllu("/nonexistent/x.conllu").ok());
}

std::vector<TaggedSentence> TinyCorpus() {
  // "saw" is a verb after a pronoun and a noun after a determiner: only the
  // context tells them apart.
  return {
      {{"They", "saw", "the", "saw", "."}, {P::kPron, P::kVerb, P::kDet, P::kNoun, P::kPunct}},
      {{"We", "saw", "a", "dog", "."}, {P::kPron, P::kVerb, P::kDet, P::kNoun, P::kPunct}},
      {{"The", "saw", "cut", "wood", "."}, {P::kDet, P::kNoun, P::kVerb, P::kNoun, P::kPunct}},
      {{"Anna", "runs", "fast", "."}, {P::kPropn, P::kVerb, P::kAdv, P::kPunct}},
  };
}

TEST(PosTrainTest, LearnsATinyCorpusAndIsDeterministic) {
  const auto corpus = TinyCorpus();
  PosTrainOptions options;
  options.epochs = 8;
  const PosTrainResult a = TrainPosModel(corpus, corpus, options);
  EXPECT_EQ(Accuracy(a.model, corpus), 1.0);
  EXPECT_EQ(a.dev_accuracy.size(), 8u);
  EXPECT_GE(a.best_epoch, 1);
  const PosTrainResult b = TrainPosModel(corpus, corpus, options);
  EXPECT_EQ(SerializePosModel(a.model), SerializePosModel(b.model));
}

TEST(PosTrainTest, AnUntrainedModelIsNotAccurate) {
  // The measure can fail: no weights tag everything ADJ (class 0).
  EXPECT_LT(Accuracy(PosModel(), TinyCorpus()), 0.5);
}

}  // namespace
}  // namespace saywho::pos
