// Reported speech without quotation marks, through the public FindQuotes
// with QuoteOptions::reported_speech: the wider list of stance and
// intention verbs, subjects shared along a sentence, content bounds.
#include <string>
#include <vector>

#include "common/test_lexicon.h"
#include "gtest/gtest.h"
#include "quotes/quotes.h"

namespace saywho {
namespace {

using ::saywho::testing::ProjectLexicon;

struct Found {
  std::string content, speaker, cue;
};

// The indirect quotations FindQuotes gives `text` with `options`.
std::vector<Found> IndirectQuotes(const std::string& text, const QuoteOptions& options,
                                  const Lexicon& lexicon = ProjectLexicon()) {
  Document doc;
  doc.text = text;
  EXPECT_TRUE(FindQuotes(lexicon, options, &doc).ok());
  std::vector<Found> found;
  for (const Quote& q : doc.quotes) {
    if (q.kind != QuoteKind::kIndirect) continue;
    found.push_back({std::string(doc.Slice(q.start, q.end)), std::string(doc.Slice(q.speaker_start, q.speaker_end)),
                     std::string(doc.Slice(q.cue_start, q.cue_end))});
  }
  return found;
}

// Reported speech without marks (QuoteOptions::reported_speech).
std::vector<Found> Reported(const std::string& text) {
  QuoteOptions options;
  options.reported_speech = true;
  return IndirectQuotes(text, options);
}

// The one quotation Reported finds in `text`: a failure, and an empty
// Found, when it finds another number.
Found OnlyReported(const std::string& text) {
  std::vector<Found> q = Reported(text);
  EXPECT_EQ(q.size(), 1u) << text;
  return q.size() == 1 ? q[0] : Found{};
}

// The first quotation Reported finds in `text`: a failure, and an empty
// Found, when it finds none.
Found FirstReported(const std::string& text) {
  std::vector<Found> q = Reported(text);
  EXPECT_FALSE(q.empty()) << text;
  return q.empty() ? Found{} : q[0];
}

// Expects quotation `q` to have this cue, content and speaker.
void ExpectFound(const Found& q, const std::string& cue, const std::string& content, const std::string& speaker) {
  EXPECT_EQ(q.cue, cue);
  EXPECT_EQ(q.content, content);
  EXPECT_EQ(q.speaker, speaker);
}

// A text and the content and speaker of the one quotation found in it.
struct Expected {
  const char* text;
  const char* content;
  const char* speaker;
};

void ExpectOnlyReported(const Expected& expected) {
  const Found q = OnlyReported(expected.text);
  EXPECT_EQ(q.content, expected.content) << expected.text;
  EXPECT_EQ(q.speaker, expected.speaker) << expected.text;
}

// As ExpectOnlyReported, for the first of the quotations found.
void ExpectFirstReported(const Expected& expected) {
  const Found q = FirstReported(expected.text);
  EXPECT_EQ(q.content, expected.content) << expected.text;
  EXPECT_EQ(q.speaker, expected.speaker) << expected.text;
}

// The paraphrases around quoted fragments (QuoteOptions::paraphrases), as
// the PolNeAR style asks for them.
std::vector<Found> Paraphrases(const std::string& text) {
  QuoteOptions options;
  options.paraphrases = true;
  options.join_continuations = true;
  return IndirectQuotes(text, options);
}

TEST(IndirectTest, StanceVerbsOfTheWiderList) {
  auto q = Reported("The union endorsed the mayor's plan for new schools.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "the mayor's plan for new schools");
  EXPECT_EQ(q[0].cue, "endorsed");
  EXPECT_NE(q[0].speaker.find("union"), std::string::npos);
}

TEST(IndirectTest, ThePreparedCueVocabularyChangesNothingButSpeed) {
  Lexicon prepared = ProjectLexicon();
  PrepareQuoteLexicon(&prepared);
  // Every kind of cue opens a word of the vocabulary; a function word does not.
  for (const char* word : {"said", "according", "statement", "endorsed", "seemed", "contradicted"}) {
    EXPECT_TRUE(prepared.Contains("quote_cue_vocabulary", word)) << word;
  }
  EXPECT_FALSE(prepared.Contains("quote_cue_vocabulary", "the"));
  QuoteOptions options;
  options.reported_speech = true;
  const std::string text =
      "According to the mayor, the plan failed. The union endorsed the plan, and the senator seemed "
      "unconvinced. In a statement, Smith said the vote was a mistake. The report contradicted claims that it "
      "came late.";
  const auto plain = IndirectQuotes(text, options);
  const auto fast = IndirectQuotes(text, options, prepared);
  ASSERT_EQ(plain.size(), fast.size());
  ASSERT_GE(plain.size(), 3u);
  for (size_t i = 0; i < plain.size(); ++i) {
    EXPECT_EQ(plain[i].content, fast[i].content);
    EXPECT_EQ(plain[i].speaker, fast[i].speaker);
    EXPECT_EQ(plain[i].cue, fast[i].cue);
  }
}

TEST(IndirectTest, WeakCuesReportNoSpeech) {
  // quote_reported_weak_cues lists cue words whose reported content is
  // rarely anyone's words; the finder skips them.
  QuoteOptions options;
  options.reported_speech = true;
  Lexicon lexicon = ProjectLexicon();
  lexicon.AddList("quote_reported_weak_cues", {"endorsed"});
  EXPECT_TRUE(IndirectQuotes("The union endorsed the mayor's plan for new schools.", options, lexicon).empty());
  // The shipped list: "states" is mostly the noun.
  for (const Found& f : Reported("Sanders hopes to win in states that award delegates proportionally.")) {
    EXPECT_NE(f.cue, "states");
  }
}

TEST(IndirectTest, WeakCuesStillFrameMarkedQuotations) {
  Document doc;
  doc.text = "\"The plan is dead,\" the report states.";
  QuoteOptions options;
  options.reported_speech = true;
  ASSERT_TRUE(FindQuotes(ProjectLexicon(), options, &doc).ok());
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].cue_start, doc.quotes[0].cue_end), "states");
}

TEST(IndirectTest, WhereContentStartsAfterTheVerb) {
  const Expected cases[] = {
      // Adverbs and time words before "that".
      {"Sanders has said repeatedly that the campaign is maligning his record.",
       "that the campaign is maligning his record", "Sanders"},
      {"The minister said early Friday that 80 people were killed.", "that 80 people were killed", "The minister"},
      // Without "that", the clause after time words starts at its subject.
      {"The company announced Tuesday it would cut 500 jobs.", "it would cut 500 jobs", "The company"},
      // "neither ... nor" opens a clause.
      {"The spokeswoman says neither the mayor nor her staff knew of the plan.",
       "neither the mayor nor her staff knew of the plan", "The spokeswoman"},
      // An embedded question after a prepositional phrase.
      {"The editor explained to reporters on Monday why the mayor was chosen.", "why the mayor was chosen",
       "The editor"},
      // An aside set off by commas.
      {"Kaine now says, however, that he is a strong advocate of the plan.", "that he is a strong advocate of the plan",
       "Kaine"},
      // A focusing adverb before a noun phrase opens the content.
      {"The mayor says too many women are torn by guilt.", "too many women are torn by guilt", "The mayor"},
      {"The mayor said only two people came.", "only two people came", "The mayor"},
      // After a core verb, also before a subordinate clause.
      {"The judge said just because it was not obvious did not mean it was not there.",
       "just because it was not obvious did not mean it was not there", "The judge"},
      // A clause with its own subject after the occasion and time words.
      {"The company said in a statement Thursday night they pulled the listing.", "they pulled the listing",
       "The company"},
      // A gerund, though "having" is an auxiliary too.
      {"The chairman said having Trump on the ticket puts senators at risk.",
       "having Trump on the ticket puts senators at risk", "The chairman"},
  };
  for (const Expected& c : cases) ExpectOnlyReported(c);
  // An auxiliary is no time word ("what he said was ..."), and a focusing
  // adverb before a preposition opens no content.
  for (const Found& found : Reported("What the minister said was the lowest figure on record.")) {
    EXPECT_NE(found.content, "the lowest figure on record");
  }
  EXPECT_TRUE(Reported("The mayor said only in passing.").empty());
}

TEST(IndirectTest, LearnedCuesBeyondTheLists) {
  // "quibbled" is on no list: weights of the learned model make it a cue.
  QuoteOptions options;
  options.reported_speech = true;
  const std::string text = "The senator quibbled that the plan was late.";
  EXPECT_TRUE(IndirectQuotes(text, options).empty());
  Lexicon lexicon = ProjectLexicon();
  // Added to the shipped weights: large enough that no context feature outweighs it.
  lexicon.AddTable("quote_learned_cue_weights", {{"w=quibbled", "50"}});
  auto q = IndirectQuotes(text, options, lexicon);
  ASSERT_EQ(q.size(), 1u);
  ExpectFound(q[0], "quibbled", "that the plan was late", "The senator");
  // The shipped weights: "contradicted" is on no list either.
  q = Reported("Sanders contradicted the governor on the timeline.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "contradicted");
  EXPECT_TRUE(Reported("Sanders was there to see the game.").empty());
}

TEST(IndirectTest, ANameAloneIsTheObjectOfAReport) {
  auto q = Reported("Rose Bowl skywriters blast Trump.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "Trump");
  EXPECT_EQ(q[0].cue, "blast");
  // A lower-case word alone (not an answer such as "so") is too little.
  EXPECT_TRUE(Reported("The skywriters blast everything.").empty());
}

TEST(IndirectTest, HeadlinesInTitleCase) {
  auto q = Reported("Bellwether County Says Trump Should Win GOP Nomination.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "Says");
  EXPECT_EQ(q[0].speaker, "Bellwether County");
  EXPECT_EQ(q[0].content, "Trump Should Win GOP Nomination");
  // In a sentence of prose a capitalized cue word is a name.
  EXPECT_TRUE(Reported("The reporter met Bill Says and his friends in a cafe.").empty());
}

TEST(IndirectTest, LeadingParticipleHasTheMainClauseSubject) {
  const Found q = FirstReported("After saying he was nervous about the question, the man asked it anyway.");
  ExpectFound(q, "saying", "he was nervous about the question", "the man");
}

TEST(IndirectTest, AnAsideAfterThatStaysInTheContent) {
  // "during" is no participle opening a clause of its own.
  EXPECT_EQ(OnlyReported("Officials said that, during the long review, the mayor was also helping.").content,
            "that, during the long review, the mayor was also helping");
}

TEST(IndirectTest, AMainClauseAfterACommaEndsTheContent) {
  // The clause after the comma has a subject and an auxiliary of its own.
  const Found q = FirstReported("In addition to stating that the tax is unfair, Clinton has vowed to repeal it.");
  EXPECT_EQ(q.cue, "stating");
  EXPECT_EQ(q.content, "that the tax is unfair");
  // Not after an opening phrase of the content's own clause.
  EXPECT_EQ(OnlyReported("He said that in private, Trump has shown an interest in it.").content,
            "that in private, Trump has shown an interest in it");
  EXPECT_EQ(OnlyReported("Amano said that, if the claims are true, North Korea is violating the rules.").content,
            "that, if the claims are true, North Korea is violating the rules");
}

TEST(IndirectTest, ARelativeClauseBetweenCommasStaysInTheContent) {
  EXPECT_EQ(OnlyReported("Miller said that Yugansk, which was sold last year, will operate as a firm.").content,
            "that Yugansk, which was sold last year, will operate as a firm");
  EXPECT_EQ(OnlyReported("He said Trump could win traditionally Democratic, though culturally conservative, areas.")
                .content,
            "Trump could win traditionally Democratic, though culturally conservative, areas");
  // A relative clause at the end of the content is still cut off.
  EXPECT_EQ(OnlyReported("Miller said that prices rose sharply, which hit the dollar.").content,
            "that prices rose sharply");
}

TEST(IndirectTest, ASourceWithATimeAfterItsPreposition) {
  ExpectOnlyReported({"Cruz garnered just 3% support, compared with 27% for Dewhurst, according to polls at the time.",
                      "Cruz garnered just 3% support, compared with 27% for Dewhurst", "polls at the time"});
}

TEST(IndirectTest, TheQuestionPutEndsAtACommaInsideMarks) {
  const Found q =
      FirstReported("Asked why he had not endorsed her on \"CBS This Morning,\" Sanders said he had not heard her.");
  EXPECT_EQ(q.cue, "Asked");
  EXPECT_EQ(q.content, "why he had not endorsed her on \"CBS This Morning,");
}

TEST(IndirectTest, TheAddresseeAloneIsNoContent) {
  // "POLITICO" is whom they told; what they told stands before the frame.
  ExpectOnlyReported({"Her support is strong among teachers, teachers and union officials told POLITICO.",
                      "Her support is strong among teachers", "union officials"});
  EXPECT_TRUE(Reported("Teachers and union officials told POLITICO.").empty());
  // What is told is.
  ExpectOnlyReported({"Fox told a slightly different tale.", "a slightly different tale", "Fox"});
}

TEST(IndirectTest, AnObjectBeforeAFrameOfItsOwnIsNoAddressee) {
  const Found q = OnlyReported("Citing obligations, the spokeswoman said that Gore plans to skip the festivities.");
  ExpectFound(q, "said", "that Gore plans to skip the festivities", "the spokeswoman");
}

TEST(IndirectTest, AskedByAnAgentThePutQuestion) {
  ExpectOnlyReported({"Sanders was asked by host John Dickerson whether his aim was similar to Kennedy's.",
                      "whether his aim was similar to Kennedy's", "John Dickerson"});
}

TEST(IndirectTest, ATrailingFrameTellingAPronoun) {
  ExpectOnlyReported({"Her husband was free and would soon be coming home, the president told her.",
                      "Her husband was free and would soon be coming home", "the president"});
}

TEST(IndirectTest, AFrameOpenedByAsReportsTheClauseAfterIt) {
  ExpectOnlyReported({"As The Hill reported, Donald Trump was also accused of breaking debate rules.",
                      "Donald Trump was also accused of breaking debate rules", "Hill"});
  ExpectOnlyReported({"As reported by Western Journalism, last year Seattle raised its minimum wage.",
                      "last year Seattle raised its minimum wage", "Western Journalism"});
  // "as" with an object after the verb is a conjunction of time.
  EXPECT_EQ(OnlyReported("As Clinton talked about jobs, Trump highlighted his plan to cut taxes.").cue, "highlighted");
}

TEST(IndirectTest, AQuantityOpensTheContent) {
  ExpectOnlyReported({"Police said at least 20 people died in the attack.", "at least 20 people died in the attack",
                      "Police"});
  ExpectOnlyReported({"Police said about 20 people died.", "about 20 people died", "Police"});
}

TEST(IndirectTest, AnApostropheInsideTheAdjunctBeforeThat) {
  ExpectOnlyReported({"Hank Johnson said in \u201808 that white voters were ready.", "that white voters were ready",
                      "Hank Johnson"});
}

TEST(IndirectTest, AnAsideBetweenDashesAfterTheVerb) {
  ExpectOnlyReported({"Paul Manafort said \u2014 on Twitter, as it happens \u2014 that Trump raised $4 million.",
                      "that Trump raised $4 million", "Paul Manafort"});
}

TEST(IndirectTest, AHeadlineNameToWhomOrOnWhatBeforeItsColon) {
  ExpectOnlyReported({"Nancy Pelosi to Planned Parenthood: Trump will reverse Roe v. Wade.",
                      "Trump will reverse Roe v. Wade", "Nancy Pelosi"});
  // Not after a heading that names no person.
  EXPECT_TRUE(Reported("Limited Tools to Keep Peace: The United Nations was set up at a time of wars.").empty());
}

TEST(IndirectTest, ANameEndingInIngOpensNoClause) {
  EXPECT_EQ(OnlyReported("Ackman said that Steve Fraidin, Pershing Square's vice chairman, joined the board.").content,
            "that Steve Fraidin, Pershing Square's vice chairman, joined the board");
}

TEST(IndirectTest, AFrameClosingTheSentenceEndsTheContent) {
  const Found q = FirstReported("He said that the budget strategy is broadly on track, she pointed out.");
  EXPECT_EQ(q.content, "that the budget strategy is broadly on track");
}

TEST(IndirectTest, AnImpressionUnderAClosingFrameIsTheFramesReport) {
  ExpectOnlyReported({"Japanese banks are expected to give the negotiators a cool response, banking sources said.",
                      "Japanese banks are expected to give the negotiators a cool response", "banking sources"});
}

TEST(IndirectTest, InfinitiveContent) {
  auto q = Reported("The senator declined to comment on the report.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "to comment on the report");
  EXPECT_EQ(q[0].speaker, "The senator");
  // Core reporting verbs of promise and intention take it as their content
  // too (quote_infinitive_cues), negated or not; verbs of aspect do not.
  auto vowed = Reported("The senator vowed to block the new budget. The mayor has threatened not to attend the vote.");
  ASSERT_EQ(vowed.size(), 2u);
  EXPECT_EQ(vowed[0].content, "to block the new budget");
  EXPECT_EQ(vowed[0].cue, "vowed");
  EXPECT_EQ(vowed[1].content, "not to attend the vote");
  EXPECT_EQ(vowed[1].speaker, "The mayor");
  EXPECT_TRUE(Reported("The senator continued to block the new budget.").empty());
  // "to" before a noun phrase is a preposition: the frame after it credits
  // the whole clause.
  auto agreed = Reported("The mayor has agreed to three points of the plan, officials said.");
  ASSERT_EQ(agreed.size(), 1u);
  EXPECT_EQ(agreed[0].content, "The mayor has agreed to three points of the plan");
  EXPECT_EQ(agreed[0].speaker, "officials");
}

TEST(IndirectTest, WiderVerbsStandInNoFrameAfterTheirContent) {
  // A core reporting verb after a comma closes a frame ("..., the mayor
  // said"); a stance verb there does not turn the opening phrase into
  // someone's words.
  auto q = Reported("Three months ago, the groups launched a new campaign.");
  for (const Found& f : q) EXPECT_NE(f.content, "Three months ago");
}

TEST(IndirectTest, CoordinatedVerbSharesTheSubject) {
  auto q = Reported("House Democrats seized the floor on Wednesday and said they would stay until a vote.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "they would stay until a vote");
  EXPECT_EQ(q[0].speaker, "House Democrats");
  auto but = Reported("She paid off half of the loan, but said she could not repay the rest.");
  ASSERT_EQ(but.size(), 1u);
  EXPECT_EQ(but[0].content, "she could not repay the rest");
  EXPECT_EQ(but[0].speaker, "She");
  // A subject with no listed speaker noun ends before its verb's adverb.
  auto unlisted = Reported("The Republican nominee also outlined his plan and vowed to punish leakers.");
  ASSERT_EQ(unlisted.size(), 2u);
  EXPECT_EQ(unlisted[1].content, "to punish leakers");
  EXPECT_EQ(unlisted[1].speaker, "The Republican nominee");
}

TEST(IndirectTest, VerbAfterToTakesTheSubjectOfTheChain) {
  auto q = Reported("The governor was quick to suggest that the tax would stay.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "that the tax would stay");
  EXPECT_EQ(q[0].speaker, "The governor");
}

TEST(IndirectTest, ParticipleAfterACommaHasTheOpeningSubject) {
  auto q = Reported("The mayor took questions from the press on Monday, insisting that the budget was sound.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "that the budget was sound");
  EXPECT_EQ(q[0].speaker, "The mayor");
  // After a form of "be" the verb is finite, and an aside before it is no
  // subject.
  q = Reported("Dick Durbin, D-Ill., is calling the behavior a fireable offense.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "the behavior a fireable offense");
  EXPECT_EQ(q[0].speaker, "Dick Durbin");
}

TEST(IndirectTest, ASecondReportingVerbEndsTheContent) {
  auto q = Reported("The minister said the deal was dead and added that talks would resume.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "the deal was dead");
  EXPECT_EQ(q[1].content, "that talks would resume");
  EXPECT_EQ(q[1].speaker, "The minister");
}

TEST(IndirectTest, AReportOfAnotherSubjectAfterAndOrButEndsTheContent) {
  // After "but", past auxiliaries and adverbs, and after ", and" with a
  // short subject of its own.
  for (const char* text : {"The minister said the deal was dead but has since said that talks would resume.",
                           "The minister said the deal was dead, and human rights groups warned that talks would "
                           "resume."}) {
    SCOPED_TRACE(text);
    auto q = Reported(text);
    ASSERT_EQ(q.size(), 2u);
    EXPECT_EQ(q[0].content, "the deal was dead");
    EXPECT_EQ(q[0].speaker, "The minister");
    EXPECT_EQ(q[1].content, "that talks would resume");
  }
  // A verb of no report after ", and" leaves the content whole.
  EXPECT_EQ(OnlyReported("The minister said the deal was dead, and talks ended in May.").content,
            "the deal was dead, and talks ended in May");
}

TEST(IndirectTest, AWireDatelineIsNoSubjectNorContent) {
  ExpectOnlyReported({"WASHINGTON (AP) - She paid off half of the loan, but said she could not repay the rest.",
                      "she could not repay the rest", "She"});
  EXPECT_EQ(OnlyReported("JAKARTA, March 1 - Indonesia is nearing a crossroads over its economy, the embassy says.")
                .content,
            "Indonesia is nearing a crossroads over its economy");
}

TEST(IndirectTest, AFrameAfterACommaIsNoContentOfTheVerbBeforeIt) {
  // "worrying" is a cue of thought, but the frame after its comma frames
  // the whole sentence: it is no content of "worrying".
  const char* text = "His grasp of policy and temperament are worrying, Smith said.";
  ExpectOnlyReported({text, "His grasp of policy and temperament are worrying", "Smith"});
  EXPECT_EQ(OnlyReported(text).cue, "said");
}

TEST(IndirectTest, TheOccasionOfAReportIsPartOfItsFrame) {
  ExpectOnlyReported({"The senator praised the budget deal in a statement on Thursday.", "the budget deal", "The senator"});
  // Content that goes on after the occasion keeps it.
  EXPECT_EQ(OnlyReported("The senator refused to say in an interview that the deal was dead.").content,
            "to say in an interview that the deal was dead");
}

TEST(IndirectTest, QuestionPutToSomeoneHasNoNamedAsker) {
  auto q = Reported("When asked about the polls, the senator shrugged.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "about the polls");
  EXPECT_TRUE(q[0].speaker.empty());
}

TEST(IndirectTest, QuestionAfterATimeOrPlace) {
  auto q = Reported("When asked at the business conference about the merger, she defended it.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "about the merger");
  EXPECT_EQ(q[0].cue, "asked");
  q = Reported("Respondents were also asked to pick the loser.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "to pick the loser");
}

TEST(IndirectTest, OneWordAnswer) {
  auto q = Reported("Asked if the war was a mistake, most voters said yes.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().content, "yes");
  EXPECT_EQ(q.back().speaker, "most voters");
  // A lone word that answers nothing is no content.
  EXPECT_TRUE(Reported("The mayor said Tuesday.").empty());
}

TEST(IndirectTest, ImpressionsAndForecastsOfNoNamedSource) {
  auto q = Reported("The bill is expected to pass the Senate next week. The mayor seemed weary of the fight.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "The bill is expected to pass the Senate next week");
  EXPECT_TRUE(q[0].speaker.empty());
  EXPECT_EQ(q[1].content, "The mayor seemed weary of the fight");
  // A presence is no impression.
  EXPECT_TRUE(Reported("The senator appeared before the committee on Monday.").empty());
}

TEST(IndirectTest, ContentInALeadingClauseEndsAtItsComma) {
  ExpectFirstReported({"While the mayor said that the budget was sound, critics pointed to a large gap.",
                       "that the budget was sound", "the mayor"});
}

TEST(IndirectTest, AsideBetweenSpacedDashesStaysInTheContent) {
  auto q = Reported("The chief said the new rules - which the council passed in May - will cut costs.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "the new rules - which the council passed in May - will cut costs");
}

TEST(IndirectTest, ARelativeClauseAfterACommaEndsTheContent) {
  auto q = Reported("The official said the agency had hired John Smith, who worked for the campaign.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "the agency had hired John Smith");
}

TEST(IndirectTest, PhrasalVerbs) {
  // The particle belongs to the cue of the wider list ...
  auto q = Reported("The governor laid out his plan for the state.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "laid out");
  EXPECT_EQ(q[0].content, "his plan for the state");
  // ... and a core verb with a particle of its own reports nothing.
  EXPECT_TRUE(Reported("The company called off the merger.").empty());
}

TEST(IndirectTest, ASecondReportWithItsOwnSubjectIsAQuotationOfItsOwn) {
  auto q = Reported(
      "Some delegates said they would skip the convention, and the governor has said he is not interested.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "they would skip the convention");
  EXPECT_EQ(q[0].speaker, "Some delegates");
  EXPECT_EQ(q[1].content, "he is not interested");
  EXPECT_EQ(q[1].speaker, "the governor");
}

TEST(IndirectTest, NoCueAfterANumberOrAPossessor) {
  EXPECT_TRUE(Reported("All 50 states report their results to the commission.").empty());
  EXPECT_TRUE(Reported("The council's repeated attempts at reform have failed.").empty());
  // A contraction is no possessor.
  auto q = Reported("The mayor's office is closed, but he's said that it will open soon.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "that it will open soon");
}

TEST(IndirectTest, APhraseOfTimeIsNoSpeaker) {
  EXPECT_TRUE(Reported("The firm grew fast, and several decades show how far it has come.").empty());
  auto q = Reported("The firm grew fast, and several experts show how far it has come.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "several experts");
}

TEST(IndirectTest, LongJunkSentenceEndsAndStaysBounded) {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "officials said the plan seemed to work - and others said - it failed, but said ";
  text += ".";
  auto q = Reported(text);
  ASSERT_FALSE(q.empty());
  for (const Found& f : q) EXPECT_LE(f.content.size(), 200u * 12u);  // kMaxContentWords words at most
}

TEST(IndirectTest, NoContentWithoutACue) {
  EXPECT_TRUE(Reported("The bridge was closed for repairs on Monday.").empty());
  EXPECT_TRUE(Reported("").empty());
}

TEST(IndirectTest, ParaphraseEndsWhereANewClauseFollowsAQuotedComma) {
  // The comma inside the closing marks is the writer's: ", adding that"
  // opens a clause of its own.
  auto q = Paraphrases("The mayor said the budget was \"a disaster,\" adding that the council would vote again.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "the budget was \"a disaster,");
  // Without such a clause the content goes on.
  auto on = Paraphrases("The mayor said the budget was \"a disaster\" for every school in the city.");
  ASSERT_EQ(on.size(), 1u);
  EXPECT_EQ(on[0].content, "the budget was \"a disaster\" for every school in the city");
}

TEST(IndirectTest, ASecondThatClauseOrAnIncludingListGoesOnWithTheContent) {
  auto but = Paraphrases("The mayor said the budget was \"a disaster\" for the schools, but that the council tried hard.");
  ASSERT_EQ(but.size(), 1u);
  EXPECT_EQ(but[0].content, "the budget was \"a disaster\" for the schools, but that the council tried hard");
  auto list = Paraphrases("The mayor said the city faces \"hard choices,\" including cuts to the library.");
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].content, "the city faces \"hard choices,\" including cuts to the library");
}

TEST(IndirectTest, ParaphraseAroundAFrameInsideTheSentenceIsTheWholeSentence) {
  auto before = Paraphrases("The new budget, the mayor said, was \"a disaster\" for the schools.");
  ASSERT_EQ(before.size(), 1u);
  EXPECT_EQ(before[0].content, "The new budget, the mayor said, was \"a disaster\" for the schools");
  EXPECT_EQ(before[0].speaker, "the mayor");
  auto after = Paraphrases("The budget was \"a disaster,\" the mayor said, for every school in the city.");
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(after[0].content, "The budget was \"a disaster,\" the mayor said, for every school in the city");
  // A whole quotation before the frame is no part of the paraphrase, and a
  // clause after the frame's comma is no interruption.
  auto whole = Paraphrases("\"We are done,\" the mayor said, adding that the council had \"failed us\" again.");
  for (const Found& f : whole) EXPECT_EQ(f.content.find("We are done"), std::string::npos) << f.content;
}

TEST(IndirectTest, ASentenceOpenedByASubordinateClauseIsNoInterruptedFrame) {
  auto q = Paraphrases("When asked about the cuts, the mayor said, the budget was \"a disaster\" for the schools.");
  for (const Found& f : q) EXPECT_EQ(f.content.find("When asked"), std::string::npos) << f.content;
}

TEST(IndirectTest, ParaphraseStartsAfterASecondReportingVerbOfTheSpeaker) {
  auto q = Paraphrases("The mayor says voters may not like the plan, but insists the budget is \"sound and fair\" for the city.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "the budget is \"sound and fair\" for the city");
}

TEST(IndirectTest, ParaphraseStartsAtThatOnlyWithinTheClauseOfTheCue) {
  // "that" after a verb of being opens no content: the clause before it is.
  auto be = Paraphrases("The mayor said her main worry is that the budget is \"a disaster\" for the schools.");
  ASSERT_EQ(be.size(), 1u);
  EXPECT_EQ(be[0].content, "her main worry is that the budget is \"a disaster\" for the schools");
  // A second clause after ", but" is no place to start the first one.
  auto but = Paraphrases("The mayor says she regrets the delay, but that the city \"did everything it could\" to help.");
  ASSERT_EQ(but.size(), 1u);
  EXPECT_EQ(but[0].content.rfind("she regrets the delay", 0), 0u) << but[0].content;
  // The addressee still comes before "that".
  auto told = Paraphrases("The mayor told a crowd of parents that the budget was \"a disaster\" for them.");
  ASSERT_EQ(told.size(), 1u);
  EXPECT_EQ(told[0].content, "that the budget was \"a disaster\" for them");
}

TEST(IndirectTest, ParaphraseBeforeItsFrameStartsAfterASettingOffDash) {
  auto dash = Paraphrases("The mayor had one view of the plan - it was a \"total disaster,\" she said.");
  ASSERT_EQ(dash.size(), 1u);
  EXPECT_EQ(dash[0].content, "it was a \"total disaster,");
  // A pair of dashes sets off an aside inside the paraphrase.
  auto aside = Paraphrases("The budget - the largest in a decade - was \"a disaster,\" the mayor said.");
  ASSERT_EQ(aside.size(), 1u);
  EXPECT_EQ(aside[0].content, "The budget - the largest in a decade - was \"a disaster,");
}

TEST(IndirectTest, ParaphraseOfAFreeRelativeStartsAtWhat) {
  auto q = Paraphrases("The senator attacked what critics have called a \"reckless plan\" for the port.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "what critics have called a \"reckless plan");
  EXPECT_EQ(q[0].speaker, "critics");
}

TEST(IndirectTest, ParaphraseInALeadingClauseEndsAtItsComma) {
  auto q = Paraphrases("While the mayor called the budget \"a disaster,\" the council approved it on Monday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "the budget \"a disaster,");
  EXPECT_EQ(q[0].speaker, "the mayor");
}

TEST(IndirectTest, SubjectBeforeARelativeClauseOrADashedAside) {
  auto relative = Reported("Members of the board, which met on Monday, said the company would close the plant.");
  ASSERT_EQ(relative.size(), 1u);
  EXPECT_EQ(relative[0].content, "the company would close the plant");
  EXPECT_NE(relative[0].speaker.find("board"), std::string::npos);
  auto dashes = Reported("The judge \u2014 who had been on the bench for a decade \u2014 said the law was void.");
  ASSERT_EQ(dashes.size(), 1u);
  EXPECT_EQ(dashes[0].content, "the law was void");
  EXPECT_EQ(dashes[0].speaker, "The judge");
}

TEST(IndirectTest, InvertedFrameEndsAfterItsSpeaker) {
  // "..., said the minister on Tuesday." is a frame after its content.
  auto frame = Reported("The plan will fail in the Senate, said the minister on Tuesday.");
  ASSERT_EQ(frame.size(), 1u);
  EXPECT_EQ(frame[0].content, "The plan will fail in the Senate");
  EXPECT_EQ(frame[0].speaker, "the minister");
  // A clause after the phrase makes it the subject of the content; the
  // long subject before the comma goes unnamed.
  auto clause = Reported(
      "Yet some voters who have listened to his speeches over the decades, on television or at small events, "
      "said he had less magnetism than they remembered.");
  ASSERT_EQ(clause.size(), 1u);
  EXPECT_EQ(clause[0].content, "he had less magnetism than they remembered");
  EXPECT_EQ(clause[0].speaker, "");
}

TEST(IndirectTest, ContentOfNoKnownSpeakerOnlyFillsAGap) {
  // No subject and no clause: the object is still reported content.
  auto alone = Reported("A poll of likely voters released on Tuesday showed the governor with a large lead.");
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_EQ(alone[0].content, "the governor with a large lead");
  // Its speaker is the words that open its clause.
  EXPECT_EQ(alone[0].speaker, "A poll of likely voters released on Tuesday");
  // It yields to a quotation with a speaker found later in the sentence.
  auto yields = Reported(
      "Critics of the plan quickly released on Tuesday criticized the mayor and the council said the budget "
      "would fail.");
  ASSERT_FALSE(yields.empty());
  bool attributed = false;
  for (const Found& f : yields) attributed |= f.content == "the budget would fail" && f.speaker == "the council";
  EXPECT_TRUE(attributed);
}

TEST(IndirectTest, CueWordAfterAPrepositionIsANoun) {
  for (const Found& f : Reported("Her advantage in states such as Ohio and Texas grew last year.")) {
    EXPECT_NE(f.cue, "states") << f.content;
  }
  // A noun that takes its content still reports it.
  auto favor = Reported("The senator has spoken out in favor of the new trade deal.");
  ASSERT_EQ(favor.size(), 1u);
  EXPECT_EQ(favor[0].content, "the new trade deal");
}

TEST(IndirectTest, UnboundedSubjectIsTheClauseOpening) {
  // No speaker noun heads "Muslim advocates": the words that open the
  // clause before the verb stand for the speaker.
  auto q = Reported("In a statement, Muslim advocates hailed the nomination of the judge.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "the nomination of the judge");
  EXPECT_EQ(q[0].speaker, "Muslim advocates");
}

TEST(IndirectTest, LongClauseOpeningSpeaks) {
  auto q = Reported("Democrats trying to regain control of the Senate in November say they have a new weapon.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "they have a new weapon");
  EXPECT_EQ(q[0].speaker, "Democrats trying to regain control of the Senate in November");
}

TEST(IndirectTest, RelativeWhichSpeaks) {
  auto q = Reported("The request came from the newspaper, which argued that the records were of public interest.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "that the records were of public interest");
  EXPECT_EQ(q[0].speaker, "which");
}

TEST(IndirectTest, ParaphraseOfAFragmentComesBeforeCuesInsideIt) {
  // "feeling" inside the paraphrase reports nothing of its own.
  auto q = Reported("The player told a TV interviewer that he is feeling \"a lot of emotion\" before the match.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "that he is feeling \"a lot of emotion\" before the match");
  EXPECT_EQ(q[0].speaker, "The player");
}

TEST(IndirectTest, OpeningAdverbIsNoSubject) {
  auto q = Reported("Ultimately, the minister ignored the advice and refused to sign the trade agreement.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "to sign the trade agreement");
  EXPECT_EQ(q[0].speaker, "the minister");
}

TEST(IndirectTest, ShortClauseAfterAnOpeningPhraseIsTheContent) {
  auto q = Reported("In a long interview on Tuesday, the chief executive said the plan had failed badly.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "the plan had failed badly");
  EXPECT_EQ(q[0].speaker, "the chief executive");
}

TEST(IndirectTest, FrameInsideReportedContentIsPartOfIt) {
  // "the council will reconsider" stands inside what the mayor said: the
  // paraphrase around the fragment is the mayor's.
  auto q = Reported("The mayor said she is sure the council will reconsider its \"hasty decision\" next month.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "she is sure the council will reconsider its \"hasty decision\" next month");
  EXPECT_EQ(q[0].speaker, "The mayor");
  EXPECT_EQ(q[0].cue, "said");
  auto that = Reported("The governor said in a speech that the party should reiterate its \"firm support\" for farmers.");
  ASSERT_EQ(that.size(), 1u);
  EXPECT_EQ(that[0].speaker, "The governor");
  EXPECT_EQ(that[0].content, "that the party should reiterate its \"firm support\" for farmers");
}

TEST(IndirectTest, FrameAfterACommaOpensItsOwnClause) {
  // A report after a comma is no part of the content before it.
  auto q = Reported("The mayor praised the budget, the union called the mayor a \"true champion\" of workers.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "the budget");
  EXPECT_EQ(q[1].content, "the mayor a \"true champion\" of workers");
  EXPECT_EQ(q[1].speaker, "the union");
}

TEST(IndirectTest, PassiveCueCreditsItsSubjectToTheAgent) {
  ExpectOnlyReported({"The new budget plan was criticized by Democrats.", "The new budget plan", "Democrats"});
  EXPECT_EQ(OnlyReported("The new budget plan was criticized by Democrats.").cue, "criticized");
  // The agent is the whole partitive; the clause opens after a subordinator.
  ExpectOnlyReported(
      {"He resigned when his views were echoed by a number of tax experts.", "his views", "a number of tax experts"});
  // Not in a relative clause.
  for (const Found& found : Reported("He backed a plan that was criticized by Democrats.")) {
    EXPECT_NE(found.cue, "criticized");
  }
}

TEST(IndirectTest, TrailingFrameWithADescriptionBeforeTheName) {
  for (const char* frame : {", Senate Majority Leader Mitch McConnell said.",
                            ", White House press secretary Josh Earnest said Monday.",
                            ", the company's chief executive Jane Doe said."}) {
    EXPECT_EQ(OnlyReported(std::string("The bill for new schools is dead") + frame).content,
              "The bill for new schools is dead");
  }
  // A modifier before the name makes a clause of its own, not a frame.
  EXPECT_TRUE(Reported("The bill for new schools is dead, and later Jane Doe said.").empty());
}

TEST(IndirectTest, TrailingFrameWithAnAddressee) {
  // "told" takes its addressee as object; the frame still ends there.
  for (const char* frame :
       {", a school spokesman told The Wall Street Journal.", ", a school spokesman told reporters on Tuesday."}) {
    const std::string text = std::string("He had been in his second year") + frame;
    ExpectOnlyReported({text.c_str(), "He had been in his second year", "a school spokesman"});
  }
}

TEST(IndirectTest, TrailingFrameAfterAs) {
  // "..., as X put it." credits the clause before it, as "..., X said." does.
  for (const char* frame : {", as the senator put it.", ", as the senator said on Tuesday."}) {
    const std::string text = std::string("The plan for new schools is dead") + frame;
    ExpectOnlyReported({text.c_str(), "The plan for new schools is dead", "the senator"});
  }
  // A passive verb names, it does not report.
  EXPECT_TRUE(Reported("The bank lent money to Gazprom, as the gas firm is formally known.").empty());
}

TEST(IndirectTest, AFrameInsideARelativeClauseReportsTheClause) {
  // The relative clause's verb follows the frame: the whole clause is
  // reported, its relative word included.
  ExpectOnlyReported({"There was a surge of independents, which Democrats say could be aiding the senator.",
                      "which Democrats say could be aiding the senator", "Democrats"});
  ExpectOnlyReported({"The old policies, which the senator said had harmed the economy, are gone.",
                      "which the senator said had harmed the economy", "the senator"});
}

TEST(IndirectTest, SharesOfThosePolledSpeak) {
  for (const char* share : {"47%", "Six in 10"}) {
    const std::string text = std::string(share) + " say the city should build more schools.";
    ExpectOnlyReported({text.c_str(), "the city should build more schools", share});
  }
}

TEST(IndirectTest, WhatAccordingToNames) {
  const Expected cases[] = {
      // A long source, up to its comma or the sentence end.
      {"According to early results of exit polls conducted for the press and television networks, nearly half of the "
       "voters were black.",
       "nearly half of the voters were black",
       "early results of exit polls conducted for the press and television networks"},
      {"Experience mattered most, according to early results of the exit poll conducted by a research firm for the "
       "networks.",
       "Experience mattered most", "early results of the exit poll conducted by a research firm for the networks"},
      // Inside a clause: the clause before it, from its comma or colon.
      {"In June, Clinton leads Sanders by 271 delegates according to a count by the press, but the race goes on.",
       "Clinton leads Sanders by 271 delegates", "a count"},
      {"It has not gone unnoticed: According to recent polls, the senator holds a lead.", "the senator holds a lead",
       "recent polls"},
  };
  for (const Expected& c : cases) ExpectOnlyReported(c);
}

TEST(IndirectTest, AccordingToSourcesTheReportAfterIt) {
  // "According to X, Y said ...": X is the source of the whole clause,
  // the frame inside it included.
  auto q = Reported("According to the local newspaper, the mayor said the budget was \"a total disaster\" for the city.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "the mayor said the budget was \"a total disaster\" for the city");
  EXPECT_EQ(q[0].cue, "According to");
  EXPECT_NE(q[0].speaker.find("newspaper"), std::string::npos);
}

TEST(IndirectTest, ReportingNounInAnAdjunctBeforeThat) {
  // "remarks" after "her opening" is a noun: the search for "that" goes on.
  auto q = Reported("The governor said in her opening remarks that the state should raise taxes next year.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "that the state should raise taxes next year");
  EXPECT_EQ(q[0].speaker, "The governor");
}

TEST(IndirectTest, ClausePastAPhraseOfTimeOrOccasion) {
  const Expected cases[] = {
      {"Trump said after the convention he would not accept the endorsement.", "he would not accept the endorsement",
       "Trump"},
      {"Trump said on Monday he would not accept the endorsement.", "he would not accept the endorsement", "Trump"},
      // A noun of report after the preposition, and a participle after it.
      {"The minister said in remarks published in the daily Al-Qabas there were no plans for a meeting.",
       "there were no plans for a meeting", "The minister"},
  };
  for (const Expected& c : cases) ExpectOnlyReported(c);
  // A topic, not an occasion: the pronoun opens a relative clause.
  for (const Found& q : Reported("Sanders complained about the power imbalance he sees in this country.")) {
    EXPECT_NE(q.content, "he sees in this country");
  }
}

TEST(IndirectTest, AdverbialClauseAfterATrailingFrame) {
  // The clause after the adjunct's comma is the frame's, not content.
  ExpectOnlyReported({"The obsession is an insult to all, top black lawmakers said Friday afternoon, as they bristled "
                      "at the questions.",
                      "The obsession is an insult to all", "top black lawmakers"});
  // So is a clause of time with a subject of its own after the addressee.
  ExpectOnlyReported({"This is not about me, President Obama told his closest advisers as he labored over one of his "
                      "last addresses.",
                      "This is not about me", "Obama"});
  // A participle after the frame's adjunct has the frame's speaker.
  auto q = Reported("The obsession is an insult to all, lawmakers said on Friday, saying that the plan failed.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "The obsession is an insult to all");
  EXPECT_EQ(q[1].content, "that the plan failed");
  EXPECT_EQ(q[1].speaker, "lawmakers");
}

TEST(IndirectTest, InvertedFrameAfterClausesJoinedByAComma) {
  // ", and the talks broke down," is a clause of the content, not an aside
  // between a subject and its verb.
  const Expected cases[] = {
      {"The meeting went badly, and the talks deteriorated, said a source.",
       "The meeting went badly, and the talks deteriorated", "a source"},
      {"The refusal did not go over well with Republicans, and the meeting deteriorated from there, said one source "
       "in the room.",
       "The refusal did not go over well with Republicans, and the meeting deteriorated from there", "one source"},
  };
  for (const Expected& c : cases) ExpectOnlyReported(c);
  // A phrase after the conjunction that fills the words up to the verb is
  // a subject of its own.
  const Found q = FirstReported("Clinton and Sanders, and Gov. Jay Nixon, tweeted their approval of the filibuster.");
  EXPECT_EQ(q.content, "their approval of the filibuster");
  EXPECT_NE(q.speaker.find("Nixon"), std::string::npos) << q.speaker;
}

TEST(IndirectTest, TrailingFrameWithALongerTailOfAdjuncts) {
  const Expected cases[] = {
      {"The plane, built in 1991, is his favorite flying toy, he said in an interview on Saturday.",
       "The plane, built in 1991, is his favorite flying toy", "he"},
      {"Palm oil output is expected to rise, the U.S. Embassy said in its annual report on the crop.",
       "Palm oil output is expected to rise", "U.S. Embassy"},
  };
  for (const Expected& c : cases) ExpectOnlyReported(c);
  // A quoted title in the tail is an adjunct's.
  EXPECT_EQ(FirstReported("Chris Shays was pro John Kasich, he said on MSNBC\u2019s \u201cMorning Joe\u201d on "
                          "Wednesday.")
                .content,
            "Chris Shays was pro John Kasich");
  // A clause in the tail ("the plan failed") is content of the verb's own.
  for (const Found& q : Reported("The plan is sound, officials said in 2015 the plan had failed.")) {
    EXPECT_NE(q.content, "The plan is sound");
  }
}

TEST(IndirectTest, FrameInsideShortContent) {
  const Expected cases[] = {
      // The two parts around the frame together make the content.
      {"This campaign, he says, is different.", "This campaign, he says, is different", "he"},
      // One word before a frame that closes the sentence.
      {"Sorry, Sanders said.", "Sorry", "Sanders"},
  };
  for (const Expected& c : cases) ExpectOnlyReported(c);
  // An adverb of time opens the sentence: no content.
  EXPECT_TRUE(Reported("Later, Sanders said.").empty());
}

TEST(IndirectTest, InvertedFrameWithADescriptionBeforeTheName) {
  // A lower-case description, two roles joined by "and", and an appositive
  // of five words after the name.
  ExpectOnlyReported({"The firm lobbied on gaming, taxes and other issues, said lobbyist and GOP strategist Charlie "
                      "Black, Manafort's former business partner.",
                      "The firm lobbied on gaming, taxes and other issues", "Charlie Black"});
}

TEST(IndirectTest, RelativeClauseWithWhomEndsTheContent) {
  // ", whom ..." opens a clause of its own, as ", who ..." does: the
  // content before it is not lost to the paraphrase of the fragment after.
  ExpectFirstReported({"Eric Ferrero said groups of observers were dispatched with the marchers, whom he described as "
                       "\"peaceful,\" for the length of the route.",
                       "groups of observers were dispatched with the marchers", "Eric Ferrero"});
}

TEST(IndirectTest, SubjectsPastATimeOrATitle) {
  // "this week" between a name and its verb; a past form after the
  // capitalized words of a title ends the subject of a verb after "and".
  EXPECT_NE(FirstReported("The Republican National Committee this week announced another step it will take.")
                .speaker.find("Republican National Committee"),
            std::string::npos);
  EXPECT_EQ(FirstReported("The Arizona Republican survived five years in a prison and says such techniques are "
                          "inhumane.")
                .speaker,
            "The Arizona Republican");
  // A noun after "in" is no subject.
  for (const Found& q : Reported("One official who took part in the consultations this week described them as an "
                                 "exchange of views.")) {
    EXPECT_EQ(q.speaker.find("consultations"), std::string::npos) << q.speaker;
  }
}

TEST(IndirectTest, TrailingFrameWithCoordinatedSpeakers) {
  // "and" joins two descriptions of the speakers after the content's comma.
  const Found q = FirstReported(
      "Support is particularly strong among the teachers unions, teachers and union officials told POLITICO.");
  EXPECT_EQ(q.content, "Support is particularly strong among the teachers unions");
  EXPECT_NE(q.speaker.find("officials"), std::string::npos) << q.speaker;
}

TEST(IndirectTest, SubjectBeforeAnAsideThatEndsWithAQuotedTitle) {
  ExpectFirstReported({"Joe Scarborough, host of MSNBC\u2019s \u201cMorning Joe,\u201d suggested the refusal could "
                       "disqualify him.",
                       "the refusal could disqualify him", "Joe Scarborough"});
}

TEST(IndirectTest, ParticipleAfterACommaHasTheSubjectNotTheObject) {
  // Read forward, the subject ends before a past form; the name after that
  // verb is its object.
  EXPECT_EQ(FirstReported("In August, several environmental groups granted Mr. Clarke an extension on a court order, "
                          "saying his capital was less than expected.")
                .speaker,
            "several environmental groups");
  // An opening phrase is no subject.
  for (const Found& q : Reported("In a video posted on Thursday, she challenged him to a debate.")) {
    EXPECT_EQ(q.speaker.find("video"), std::string::npos) << q.speaker;
  }
}

TEST(IndirectTest, SpeakerNounBeforeAPlaceOrGroup) {
  // "Officials in Washington", "Diplomats from France": the officials
  // speak, not the place.
  ExpectOnlyReported({"Officials in Washington said the plan had failed.", "the plan had failed",
                      "Officials in Washington"});
  ExpectOnlyReported(
      {"Diplomats from France said the plan had failed.", "the plan had failed", "Diplomats from France"});
}

TEST(IndirectTest, InfinitiveIsNoAdjunctOfAClosingFrame) {
  // "Patriot could threaten to liquidate" is a clause of the content, no
  // frame closing the sentence.
  ExpectFirstReported({"Environmental groups worried that if the state held up the deal, Patriot could threaten to "
                       "liquidate its properties.",
                       "that if the state held up the deal, Patriot could threaten to liquidate its properties",
                       "Environmental groups"});
}

}  // namespace
}  // namespace saywho
