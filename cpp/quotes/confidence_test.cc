#include "quotes/confidence.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "gtest/gtest.h"

namespace saywho::quotes {
namespace {

// "Officials said that the plan had failed.": the quotation's spans.
Document ReportedDocument(bool with_speaker) {
  Document doc;
  doc.text = "Officials said that the plan had failed.";
  Quote q;
  q.kind = QuoteKind::kIndirect;
  q.start = 15;  // "that ..."
  q.end = 39;
  q.cue_start = 10;
  q.cue_end = 14;
  if (with_speaker) q.speaker_end = 9;
  doc.quotes.push_back(q);
  return doc;
}

bool Has(const std::vector<std::string>& features, const std::string& feature) {
  return std::find(features.begin(), features.end(), feature) != features.end();
}

TEST(ConfidenceTest, FeaturesReadTheQuotationsSpans) {
  const Document doc = ReportedDocument(true);
  const std::vector<std::string> f = ReportedQuoteFeatures(doc, doc.quotes[0]);
  EXPECT_TRUE(Has(f, "cue=said"));
  EXPECT_TRUE(Has(f, "speaker=description"));  // no entity
  EXPECT_TRUE(Has(f, "speaker_words=1"));
  EXPECT_TRUE(Has(f, "content_words=2"));  // five words: 2^2 <= 5 + 1 < 2^3
  EXPECT_TRUE(Has(f, "opens=that"));
  EXPECT_TRUE(Has(f, "cue_side=before"));
  const Document alone = ReportedDocument(false);
  EXPECT_TRUE(Has(ReportedQuoteFeatures(alone, alone.quotes[0]), "speaker=none"));
}

TEST(ConfidenceTest, ScoreIsTheLogisticOfTheWeights) {
  const Document doc = ReportedDocument(true);
  Lexicon none;
  EXPECT_FLOAT_EQ(ReportedQuoteConfidence(none, doc, doc.quotes[0], 0.45f), 0.45f);
  Lexicon lexicon;
  lexicon.AddTable("quote_reported_confidence_weights", {{"bias", "-1"}, {"cue=said", "2"}, {"opens=that", "1"}});
  // -1 + 2 + 1 = 2; a feature the table lacks adds nothing.
  EXPECT_NEAR(ReportedQuoteConfidence(lexicon, doc, doc.quotes[0], 0.45f), 1 / (1 + std::exp(-2.0)), 1e-6);
}

}  // namespace
}  // namespace saywho::quotes
