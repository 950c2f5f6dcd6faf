#include "pipeline/pipeline.h"

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace saywho {
namespace {

TEST(PipelineTest, BatchKeepsInputOrderAndPerItemErrors) {
  auto pipeline = Pipeline::Load("", "", "");
  ASSERT_TRUE(pipeline.ok()) << pipeline.status();
  std::vector<std::string> sources = {"one", "two \xFF bad", "three", ""};
  ReadOptions read{.format = Format::kText};
  auto results = (*pipeline)->ProcessBatch(sources, read, StageOptions{}, 3);
  ASSERT_EQ(results.size(), 4u);
  ASSERT_TRUE(results[0].ok());
  EXPECT_EQ(results[0]->text, "one");
  EXPECT_FALSE(results[1].ok());
  EXPECT_EQ(results[1].status().code(), absl::StatusCode::kInvalidArgument);
  ASSERT_TRUE(results[2].ok());
  EXPECT_EQ(results[2]->text, "three");
  ASSERT_TRUE(results[3].ok());
  EXPECT_TRUE(results[3]->text.empty());
}

TEST(PipelineTest, StageTimesAddUpOnlyForStagesThatRan) {
  auto pipeline = Pipeline::Load("", "", "");
  ASSERT_TRUE(pipeline.ok()) << pipeline.status();
  // Enough text that each stage that runs takes measurable CPU time.
  std::string article;
  for (int i = 0; i < 4000; ++i) {
    article += "\"We will win,\" said Anna Berg. The committee met on Monday in Paris.\n\n";
  }
  ReadOptions read{.format = Format::kText};
  StageOptions no_quotes;
  no_quotes.quotes = false;
  StageTimes times;
  auto results = (*pipeline)->ProcessBatch({article, article}, read, no_quotes, 2, &times);
  ASSERT_EQ(results.size(), 2u);
  EXPECT_GT(times.read, 0);
  EXPECT_GT(times.segment, 0);
  EXPECT_GT(times.resolve, 0);
  EXPECT_EQ(times.pos, 0);       // no model loaded
  EXPECT_EQ(times.entities, 0);  // no model loaded
  EXPECT_EQ(times.quotes, 0);    // disabled
  StageTimes again = times;
  auto one = (*pipeline)->Process(article, read, StageOptions{}, &again);
  ASSERT_TRUE(one.ok());
  EXPECT_GT(again.quotes, 0);
  EXPECT_GT(again.segment, times.segment);  // added to, not overwritten
}

TEST(PipelineTest, SegmentedContractionsAreNoPartOfTheSpeaker) {
  // The segmenter splits "didn't" into "did" and "n't", "she's" into "she"
  // and "'s": the quotation stage sees the split words and still bounds the
  // speaker before them. After a noun "'s" stays a possessive.
  auto pipeline = Pipeline::Load(SAYWHO_SOURCE_DIR "/resources/lexicon", "", "");
  ASSERT_TRUE(pipeline.ok()) << pipeline.status();
  StageOptions options;
  options.quote_options.reported_speech = true;
  struct Case {
    const char* text;
    const char* speaker;
  };
  for (const Case& c : {Case{"The mayor didn't say that the plan had failed.", "The mayor"},
                        Case{"She's said that the plan had failed.", "She"},
                        Case{"They've warned that the plan had failed.", "They"},
                        Case{"The mayor's office said that the plan had failed.", "The mayor's office"}}) {
    auto doc = (*pipeline)->Process(c.text, ReadOptions{.format = Format::kText}, options);
    ASSERT_TRUE(doc.ok()) << doc.status();
    ASSERT_EQ(doc->quotes.size(), 1u) << c.text;
    const Quote& q = doc->quotes[0];
    EXPECT_EQ(doc->Slice(q.speaker_start, q.speaker_end), c.speaker);
    EXPECT_EQ(doc->Slice(q.start, q.end), "that the plan had failed");
  }
}

TEST(PipelineTest, ThePartOfSpeechStageTagsEveryTokenUnlessDisabled) {
  auto pipeline = Pipeline::Load("", SAYWHO_SOURCE_DIR "/resources/models/pos.bin", "");
  ASSERT_TRUE(pipeline.ok()) << pipeline.status();
  const ReadOptions read{.format = Format::kText};
  StageTimes times;
  auto doc = (*pipeline)->Process("Anna Berg said no.\n\nThe plan failed.", read, StageOptions{}, &times);
  ASSERT_TRUE(doc.ok()) << doc.status();
  ASSERT_EQ(doc->tokens.pos.size(), doc->tokens.size());
  EXPECT_EQ(doc->tokens.pos[2], PartOfSpeech::kVerb);  // said
  EXPECT_EQ(doc->tokens.pos[6], PartOfSpeech::kNoun);  // plan
  EXPECT_GT(times.pos, 0);
  StageOptions no_pos;
  no_pos.pos = false;
  auto untagged = (*pipeline)->Process("Anna Berg said no.", read, no_pos);
  ASSERT_TRUE(untagged.ok());
  EXPECT_TRUE(untagged->tokens.pos.empty());
}

// A text with one quotation, its speaker and its cue (nullptr: not checked).
struct TaggedCase {
  const char* text;
  const char* speaker;
  const char* cue = nullptr;
};

// The pipeline of the shipped word lists and part-of-speech model, and of
// the shipped entity model when `entity_model` says so.
absl::StatusOr<std::unique_ptr<Pipeline>> ShippedPipeline(bool entity_model) {
  return Pipeline::Load(SAYWHO_SOURCE_DIR "/resources/lexicon", SAYWHO_SOURCE_DIR "/resources/models/pos.bin",
                        entity_model ? SAYWHO_SOURCE_DIR "/resources/models/ner.bin" : "");
}

// Expects each case's text to yield its one quotation through the shipped
// word lists and part-of-speech model (and entity model, when
// `entity_model` says so, for speakers known as persons): the quotation
// stage reads the tagger's classes, where its own tests, on untagged text,
// fall back on spelling.
void ExpectTaggedQuotes(const std::vector<TaggedCase>& cases, bool entity_model = false,
                        const StageOptions& stages = {}) {
  auto pipeline = ShippedPipeline(entity_model);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status();
  for (const TaggedCase& c : cases) {
    auto doc = (*pipeline)->Process(c.text, ReadOptions{.format = Format::kText}, stages);
    ASSERT_TRUE(doc.ok()) << doc.status();
    ASSERT_EQ(doc->quotes.size(), 1u) << c.text;
    const Quote& q = doc->quotes[0];
    EXPECT_EQ(doc->Slice(q.speaker_start, q.speaker_end), c.speaker) << c.text;
    if (c.cue != nullptr) EXPECT_EQ(doc->Slice(q.cue_start, q.cue_end), c.cue) << c.text;
  }
}

TEST(PipelineTest, TaggedVerbsAndAdjectivesBoundTheSpeaker) {
  // "undecided" ends like a past form but is an adjective of the
  // description; "added" frames the description, title and name after it.
  ExpectTaggedQuotes({{"\u201cI don't know where he stands,\u201d said undecided Republican voter "
                       "Stephanie Hooton of Dover.",
                       "Stephanie Hooton of Dover"},
                      {"\u201cWe will win,\u201d added former Sen. Evan Bayh, a Democrat.", "Evan Bayh"}});
}

TEST(PipelineTest, TheSubjectBeforeAParticipleAndItsPhraseSpeaks) {
  // The words before the verb are a participle in "-ing" and its
  // prepositional phrases; the phrase the participle modifies speaks, and
  // the verb after them frames the quotation. A form in "-ed" may be a
  // finite verb, and the frame's speaker stays.
  ExpectTaggedQuotes(
      {{"Protesters marching through the streets chanted \"What curfew?\"", "Protesters", "chanted"},
       {"A woman standing outside the courthouse shouted \"Justice now!\"", "A woman", "shouted"},
       {"Residents living near the plant told reporters: \"We are scared.\"", "Residents", "told"},
       {"Officials speaking on condition of anonymity said \"We have no plan yet.\"", "Officials", "said"},
       {"Axelrod tweeted after Clinton argued that \"we would not have rescued the industry.\"", "Clinton", "argued"},
       {"She rejected the idea that the changes amounted to a shake-up and said: \"We grow.\"", "She", "said"}});
}

TEST(PipelineTest, AVerbAfterASeriesOfVerbPhrasesHasTheirSubject) {
  // Not the subject of the verb of speech in the clause before ("when I
  // asked"); the commas part verbs of one subject.
  ExpectTaggedQuotes(
      {{"Last month, when I asked him if he would endorse her, he looked straight into the camera, furrowed his brow "
        "and said, \"I'm going to endorse you!\"",
        "he", "said"},
       {"Trump gestured as if to stop the noise, then leaned in and boomed: \"Let's defeat her in November.\"",
        "Trump"}});
}

TEST(PipelineTest, AFrameSentenceClosedByItsVerbFramesTheQuotationBefore) {
  // The segmenter ends a sentence at "?" inside the marks; the next one is
  // all frame, though longer than kFrameSentenceWords.
  ExpectTaggedQuotes({{"\"How can you go against the movie?\" Mr Kashyap's lawyer said.", "Mr Kashyap's lawyer",
                       "said"},
                      // A description before the name that speaks.
                      {"\"How can you go against the movie?\" Mr Kashyap's lawyer Mihir Desai said.", "Mihir Desai",
                       "said"}},
                     /*entity_model=*/true);
}

TEST(PipelineTest, ASentenceThatIsNotAllFrameFramesNoQuotationBeforeIt) {
  // A frame at its end with content of its own, a frame that hands over
  // with a colon, and a quotation's own sentence that the writer left
  // open ("That pattern will continue.") frame nothing before them.
  ExpectTaggedQuotes({{"\"It works.\" But he operates on a different principle, he said.", ""},
                      {"\u201cIt is going to be close to two million dollars.\u201d She went on to say:", ""},
                      {"On her role, Mr Fox said: \"Sandra has been campaigning with Michael on a number of visits. "
                       "\"That pattern will continue. It has worked very well.\"",
                       "Mr Fox", "said"}},
                     /*entity_model=*/true);
}

TEST(PipelineTest, AnIngWordBeforeARoleModifiesItAndTheNameAfterSpeaks) {
  // The tagger takes "managing" for a verb; before the role noun it is no
  // verb that "Rodrigo Rato" is the object of.
  ExpectTaggedQuotes({{"\"The IMF stands ready,\" said managing director Rodrigo Rato.", "Rodrigo Rato", "said"},
                      {"\"We will act,\" said acting chairman John Smith.", "John Smith", "said"},
                      // The firm's name before the role too.
                      {"\"Ours is still a vulnerable economy,\" warns Fiat managing director Cesare Romiti.",
                       "Cesare Romiti", "warns"}},
                     /*entity_model=*/true);
}

TEST(PipelineTest, ANameAfterThatOpensTheReportedClauseAndIsNoInvertedSpeaker) {
  // The tagger reads "claim" as a verb here; Obama, after "that", is the
  // subject of the claim, not its speaker.
  ExpectTaggedQuotes({{"The media made an issue of Trump's claim that Obama \"founded ISIS.\"", ""}});
}

TEST(PipelineTest, AVerbOfSpeechTaggedAsANounIsNoCue) {
  // "demand" and "pledges" are nouns here: the words before them are no
  // subject that speaks. An "-s" form after its subject stays a verb.
  ExpectTaggedQuotes({{"Mr Svanberg warned that the extra demand had dissipated and it was \"business as usual\".",
                       "Mr Svanberg", "warned"},
                      {"The Tory co-chairman attacked Labour's six new pledges as \"vacuous\".", ""},
                      {"\"This is the lowest rate of growth since the mid-1960s,\" the report notes.", "the report",
                       "notes"}},
                     /*entity_model=*/true);
}

TEST(PipelineTest, ABareNounPhraseBeforeTheVerbOfATrailingFrameSpeaks) {
  // "organisers" is in no list of speaker nouns (they hold "organizers");
  // the tagger's noun between the quotation and its verb speaks.
  ExpectTaggedQuotes({{"\"His films all bear his stamp,\" organisers said in a statement.", "organisers", "said"}});
}

TEST(PipelineTest, APersonDescribedAtTheSentencesStartSpeaksAParticipleAfterAComma) {
  // When no name or pronoun opens the clause; its verb follows it.
  // A crowd is such a speaker too.
  ExpectTaggedQuotes({{"The senior banker was opposed to a regional approach, saying: \"There must be one committee.\"",
                       "The senior banker", "saying"},
                      {"The crowd gathered outside the hall, chanting \"We want a recount.\"", "The crowd",
                       "chanting"}});
}

TEST(PipelineTest, ATaggedVerbAfterANounEndsTheSubject) {
  // "began" is no part of the phrase that speaks.
  StageOptions reported;
  reported.quote_options.reported_speech = true;
  // The subject before the verb keeps its determiner and modifiers.
  ExpectTaggedQuotes({{"Arriving upon the scene, police began searching for shooters, believing there may be three.",
                       "police", "believing"},
                      {"The Arizona Republican survived five years in a prison and says such techniques are inhumane.",
                       "The Arizona Republican", "says"}},
                     /*entity_model=*/true, reported);
}

TEST(PipelineTest, APersonsNameAfterATitleHandsOverWithAColon) {
  // Lower-case words of title before a person's name, no verb among them.
  ExpectTaggedQuotes({{"Former secretary of state Hillary Clinton:\"We learned that from the State Department.\"",
                       "Hillary Clinton"},
                      {"In the end the winner was Hillary Clinton: \"We learned that from the State.\"", ""}},
                     /*entity_model=*/true);
}

TEST(PipelineTest, APersonNamedInTheAsideAfterAnAffiliationSpeaks) {
  // Not the organization or place the description ends in; the person in
  // the aside when the aside is the name, else the description itself.
  ExpectTaggedQuotes(
      {{"The chairman of the Joint Chiefs of Staff, General Mark Milley, said, \"We are ready.\"", "Mark Milley"},
       {"The senator from Ohio, a Republican, said, \"We are ready.\"", "The senator from Ohio"},
       {"His critics in the United States, many of them conservative Catholics, argue, \"He is political.\"",
        "His critics in the United States"},
       {"The head of the central bank said, \"Rates will rise.\"", "The head of the central bank"}},
      /*entity_model=*/true);
}

TEST(PipelineTest, ThePersonBeforeAnAffiliationSpeaksPastAnAside) {
  // Not the place the affiliation names.
  ExpectTaggedQuotes({{"Lord Nicholls of Birkenhead, in his ruling, said: \"Indefinite imprisonment is anathema.\"",
                       "Lord Nicholls"}},
                     /*entity_model=*/true);
}

TEST(PipelineTest, TheVerbGoverningAnInfinitiveOfSpeechHasTheSpeaker) {
  // "went" is a verb by its tag, not its spelling.
  ExpectTaggedQuotes({{"The columnist went so far as to say: \"Twitter as we know it is over.\"", "The columnist",
                       "went so far as to say"}});
}

// A heading in capitals shows the entity model no case: a name found there
// stays when a list knows it ("CHINA") or the article names it again, and
// goes otherwise ("SILICON MARXISM").
TEST(PipelineTest, HeadingsInCapitalsKeepOnlyKnownNames) {
  auto pipeline = ShippedPipeline(/*entity_model=*/true);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status();
  auto doc = (*pipeline)->Process(
      "# The new race\n\n## SILICON MARXISM\n\nThe plan was drafted in Beijing.\n\n"
      "## CHINA AND THE WEST\n\nXi Jinping spoke.\n",
      ReadOptions{.format = Format::kMarkdown}, StageOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status();
  std::vector<std::string> names;
  for (const Mention& m : doc->mentions) names.emplace_back(doc->Slice(m.start, m.end));
  EXPECT_EQ(std::count(names.begin(), names.end(), "SILICON MARXISM"), 0);
  EXPECT_EQ(std::count(names.begin(), names.end(), "CHINA"), 1);
  EXPECT_EQ(std::count(names.begin(), names.end(), "Beijing"), 1);
}

TEST(PipelineTest, AWireSignOffNamesTheAgency) {
  // The model reads "REUTER" under a Reuters-21578 story as a surname.
  auto pipeline = ShippedPipeline(/*entity_model=*/true);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status();
  for (const char* text : {"Profits rose 5 pct in March, the bank said.\n REUTER\n",
                           "Profits rose 5 pct in March, the bank said.\n REUTER...\n"}) {
    auto doc = (*pipeline)->Process(text, ReadOptions{.format = Format::kText}, StageOptions{});
    ASSERT_TRUE(doc.ok()) << doc.status();
    ASSERT_FALSE(doc->mentions.empty()) << text;
    const Mention& last = doc->mentions.back();
    EXPECT_EQ(doc->Slice(last.start, last.end), "REUTER") << text;
    EXPECT_EQ(last.label, Label::kOrg) << text;
  }
}

TEST(PipelineTest, MissingResourcesAreAnError) {
  EXPECT_FALSE(Pipeline::Load("/nonexistent/saywho", "", "").ok());
  EXPECT_EQ(Pipeline::Load("", "/nonexistent/pos.bin", "").status().code(), absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace saywho
