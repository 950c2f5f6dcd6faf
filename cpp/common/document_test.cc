#include "saywho/document.h"

#include "gtest/gtest.h"

namespace saywho {
namespace {

TEST(DocumentTest, LabelNamesRoundTrip) {
  for (int i = 1; i < kNumLabels; ++i) {
    Label label = static_cast<Label>(i);
    EXPECT_EQ(LabelFromName(LabelName(label)), label);
  }
  EXPECT_EQ(LabelFromName("NOT_A_LABEL"), Label::kNone);
  EXPECT_EQ(LabelName(Label::kWorkOfArt), "WORK_OF_ART");
}

TEST(DocumentTest, PartOfSpeechNamesRoundTrip) {
  for (int i = 0; i < kNumPartsOfSpeech; ++i) {
    const PartOfSpeech pos = static_cast<PartOfSpeech>(i);
    EXPECT_EQ(PartOfSpeechFromName(PartOfSpeechName(pos)), pos);
  }
  EXPECT_EQ(PartOfSpeechName(PartOfSpeech::kPropn), "PROPN");
  EXPECT_EQ(PartOfSpeechFromName("NN"), std::nullopt);
}

TEST(DocumentTest, SourceMapIsPiecewise) {
  // Source "a **b** c" -> clean "a b c": clean 2 is source 4, clean 3 is 7.
  Document doc;
  doc.text = "a b c";
  doc.source = "a **b** c";
  doc.source_map = {{0, 0}, {2, 4}, {3, 7}};
  EXPECT_EQ(doc.ToSource(0), 0u);
  EXPECT_EQ(doc.ToSource(1), 1u);
  EXPECT_EQ(doc.ToSource(2), 4u);
  EXPECT_EQ(doc.ToSource(3), 7u);
  EXPECT_EQ(doc.ToSource(5), 9u);
}

TEST(DocumentTest, EmptySourceMapIsIdentity) {
  Document doc;
  doc.text = "abc";
  EXPECT_EQ(doc.ToSource(2), 2u);
}

}  // namespace
}  // namespace saywho
