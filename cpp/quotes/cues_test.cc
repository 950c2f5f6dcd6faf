#include "quotes/cues.h"

#include <string>

#include "common/test_lexicon.h"
#include "gtest/gtest.h"
#include "quotes/layout.h"

namespace saywho::quotes {
namespace {

using ::saywho::testing::ProjectLexicon;

// The cue at the first word that is `word`, in `text` (which `doc` keeps).
std::optional<Cue> CueOf(const std::string& text, const std::string& word, Document* doc) {
  doc->text = text;
  Layout layout(*doc, ProjectLexicon());
  for (uint32_t w = 0; w < layout.words().size(); ++w) {
    if (layout.words()[w].lower == word) return CueAt(layout, ProjectLexicon(), w, uint32_t(layout.words().size()));
  }
  ADD_FAILURE() << word << " not in " << text;
  return std::nullopt;
}

TEST(CuesTest, VerbsInEveryInflection) {
  Document d;
  for (const char* form : {"say", "says", "said", "saying", "warned", "tweeted", "insists", "told", "wrote"}) {
    auto cue = CueOf(std::string("They ") + form + " it.", form, &d);
    ASSERT_TRUE(cue.has_value()) << form;
    EXPECT_EQ(cue->side, SpeakerSide::kEither);
    EXPECT_FALSE(cue->noun);
  }
}

TEST(CuesTest, VerbsAfterAQuantifierStandingAlone) {
  Document d;
  EXPECT_TRUE(CueOf("Some chanted it.", "chanted", &d).has_value());
  EXPECT_TRUE(CueOf("The two said it.", "said", &d).has_value());
  // A form in -s after a quantifier or any form after an article is a noun.
  EXPECT_FALSE(CueOf("Two reports came out.", "reports", &d).has_value());
  EXPECT_FALSE(CueOf("The said plan failed.", "said", &d).has_value());
}

TEST(CuesTest, ClassesAndAddressees) {
  Document d;
  EXPECT_EQ(CueOf("She believes it.", "believes", &d)->cue_class, CueClass::kThought);
  EXPECT_EQ(CueOf("She said it.", "said", &d)->cue_class, CueClass::kSpeech);
  EXPECT_TRUE(CueOf("She told reporters.", "told", &d)->takes_object);
  EXPECT_TRUE(CueOf("She told reporters.", "told", &d)->object_is_addressee);
  EXPECT_TRUE(CueOf("She praised the plan.", "praised", &d)->takes_object);
  EXPECT_FALSE(CueOf("She praised the plan.", "praised", &d)->object_is_addressee);
  EXPECT_FALSE(CueOf("She said it.", "said", &d)->takes_object);
}

TEST(CuesTest, PhrasesAndNouns) {
  Document d;
  auto according = CueOf("According to the paper, it rained.", "according", &d);
  ASSERT_TRUE(according.has_value());
  EXPECT_EQ(according->end - according->first, 2u);
  EXPECT_EQ(according->side, SpeakerSide::kAfter);
  auto put = CueOf("as a headline put it, no.", "put", &d);
  ASSERT_TRUE(put.has_value());
  EXPECT_EQ(put->side, SpeakerSide::kBefore);
  auto speech = CueOf("He gave a speech on it.", "speech", &d);
  ASSERT_TRUE(speech.has_value());
  EXPECT_TRUE(speech->noun);
}

TEST(CuesTest, NotCues) {
  Document d;
  auto report = CueOf("The report was long.", "report", &d);  // a noun, not a verb
  ASSERT_TRUE(report.has_value());
  EXPECT_TRUE(report->noun);
  EXPECT_FALSE(CueOf("She put it down.", "she", &d).has_value());
  EXPECT_FALSE(CueOf("A claim was made.", "claim", &d).has_value());  // after a determiner
}

}  // namespace
}  // namespace saywho::quotes
