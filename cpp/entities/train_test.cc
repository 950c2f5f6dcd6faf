#include "entities/train.h"

#include <fstream>

#include "absl/strings/match.h"
#include "entities/recognizer.h"
#include "entities/test_util.h"
#include "gtest/gtest.h"

namespace saywho::ner {
namespace {

using ::saywho::ner::testing::WriteTemp;

// A few sentences in CoNLL form, each its own document.
std::string TinyCorpus() {
  const char* sentences[] = {
      "Anna\tB-PER\nKowalski\tI-PER\nvisited\tO\nBerlin\tB-LOC\n.\tO\n",
      "Berlin\tB-LOC\nwelcomed\tO\nMark\tB-PER\nJones\tI-PER\n.\tO\n",
      "Acme\tB-ORG\nCorp\tI-ORG\nhired\tO\nAnna\tB-PER\nKowalski\tI-PER\n.\tO\n",
      "The\tO\nGerman\tB-MISC\nfirm\tO\nAcme\tB-ORG\nCorp\tI-ORG\ngrew\tO\n.\tO\n",
      "Mark\tB-PER\nJones\tI-PER\nleft\tO\nParis\tB-LOC\nfor\tO\nBerlin\tB-LOC\n.\tO\n",
  };
  std::string out;
  for (const char* s : sentences) absl::StrAppend(&out, "-DOCSTART-\tO\n\n", s, "\n");
  return out;
}

TEST(TrainTest, TrainsATinyModelAndTagsWithIt) {
  const std::string train = WriteTemp("tiny.conll", TinyCorpus());
  const std::string model = ::testing::TempDir() + "/tiny.bin";
  TrainOptions options;
  options.train_paths = {train};
  options.dev_paths = {train};
  options.output_path = model;
  options.epochs = 5;
  std::string log;
  ASSERT_TRUE(TrainNer(options, &log).ok()) << log;
  EXPECT_TRUE(absl::StrContains(log, "epoch 5")) << log;

  Lexicon lexicon;
  lexicon.AddList("gaz_demonym", {"German"});
  auto report = EvaluateNer(model, train, &lexicon);
  ASSERT_TRUE(report.ok()) << report.status();
  EXPECT_TRUE(absl::StrContains(*report, "overall precision 1.0000 recall 1.0000 f1 1.0000"))
      << *report;

  // The pipeline's entry point: a hand-built document of known words.
  auto recognizer = EntityRecognizer::Load(model, &lexicon);
  ASSERT_TRUE(recognizer.ok()) << recognizer.status();
  Document doc;
  doc.text = "Mark Jones visited Berlin on May 3, 2019.";
  const std::pair<int, int> tokens[] = {{0, 4}, {5, 10}, {11, 18}, {19, 25}, {26, 28},
                                        {29, 32}, {33, 34}, {34, 35}, {36, 40}, {40, 41}};
  for (auto [start, end] : tokens) {
    doc.tokens.start.push_back(start);
    doc.tokens.end.push_back(end);
    doc.tokens.flags.push_back(0);
  }
  doc.sentences.push_back(Sentence{0, 41, 0, 10});
  ASSERT_TRUE((*recognizer)->Recognize(&doc).ok());
  ASSERT_EQ(doc.mentions.size(), 3u);
  EXPECT_EQ(doc.Slice(doc.mentions[0].start, doc.mentions[0].end), "Mark Jones");
  EXPECT_EQ(doc.mentions[0].label, Label::kPerson);
  EXPECT_GT(doc.mentions[0].score, 0.5f);
  EXPECT_LE(doc.mentions[0].score, 1.0f);
  EXPECT_EQ(doc.Slice(doc.mentions[1].start, doc.mentions[1].end), "Berlin");
  EXPECT_EQ(doc.mentions[1].label, Label::kGpe);
  EXPECT_EQ(doc.Slice(doc.mentions[2].start, doc.mentions[2].end), "May 3, 2019");
  EXPECT_EQ(doc.mentions[2].label, Label::kDate);
}

// Names inside a hyphenated word ("U.S." of "U.S.-led", both of
// "U.S.-Chinese") score as CoNLL tags the word: one MISC name.
TEST(TrainTest, NamesInsideATokenScoreAsOneMiscName) {
  const std::string dir = std::string(SAYWHO_SOURCE_DIR) + "/resources/";
  auto lexicon = Lexicon::LoadDir(dir + "lexicon");
  ASSERT_TRUE(lexicon.ok()) << lexicon.status();
  const std::string gold = WriteTemp("hyphens.conll",
                                     "-DOCSTART-\tO\n\nThe\tO\nSingapore-based\tB-MISC\nfund\tO\nbacked\tO\n"
                                     "the\tO\nU.S.-Chinese\tB-MISC\ntalks\tO\nin\tO\nLondon\tB-LOC\n.\tO\n\n");
  std::string tagged;
  EvalOptions options;
  options.tagged = &tagged;
  auto report = EvaluateNer(dir + "models/ner.bin", gold, &*lexicon, options);
  ASSERT_TRUE(report.ok()) << report.status();
  EXPECT_TRUE(absl::StrContains(*report, "overall precision 1.0000 recall 1.0000 f1 1.0000")) << *report << tagged;
}

TEST(TrainTest, SchemesAndLabelMaps) {
  const std::string gum = WriteTemp("gum.conll", "-DOCSTART-\tO\n\nthe\tB-place\ncity\tI-place\n"
                                                 "of\tO\nideas\tB-abstract\n\n");
  auto docs = ReadConll(gum);
  ASSERT_TRUE(docs.ok());
  EXPECT_EQ(DetectScheme(*docs), Scheme::kGum);
  EXPECT_EQ(StyleOf(Scheme::kGum), Style::kNews);
  EXPECT_EQ(StyleOf(Scheme::kWnut), Style::kSocial);
  EXPECT_EQ(CorpusLabel(Scheme::kConll, Label::kNorp), "MISC");
  EXPECT_EQ(CorpusLabel(Scheme::kConllNoMisc, Label::kNorp), "");
  EXPECT_EQ(CorpusLabel(Scheme::kConll, Label::kDate), "");
  EXPECT_EQ(CorpusLabel(Scheme::kGum, Label::kFac), "place");
}

TEST(TrainTest, ErrorsAreReported) {
  std::string log;
  TrainOptions options;
  EXPECT_EQ(TrainNer(options, &log).code(), absl::StatusCode::kInvalidArgument);
  options.train_paths = {WriteTemp("timex.conll", "May\tB-DATE\n\n")};
  options.output_path = ::testing::TempDir() + "/never.bin";
  EXPECT_EQ(TrainNer(options, &log).code(), absl::StatusCode::kInvalidArgument);
  EXPECT_FALSE(EvaluateNer("/nonexistent.bin", "/nonexistent.conll", nullptr).ok());
}

}  // namespace
}  // namespace saywho::ner
