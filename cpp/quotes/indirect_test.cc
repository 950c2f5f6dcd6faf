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

// The paraphrases around quoted fragments (QuoteOptions::paraphrases), as
// the PolNeAR style asks for them.
std::vector<Found> Paraphrases(const std::string& text) {
  QuoteOptions options;
  options.paraphrases = true;
  options.join_continuations = true;
  return IndirectQuotes(text, options);
}

// What finds the quotations of a text for the helpers below: Reported or
// Paraphrases.
using Finder = std::vector<Found> (*)(const std::string& text);

// The quotations `find` finds in `text`, which must number exactly `n`: a
// failure naming the text when they do not, and the list cut or padded
// with empty Founds to `n`.
std::vector<Found> FoundExactly(size_t n, const std::string& text, Finder find = Reported) {
  std::vector<Found> q = find(text);
  EXPECT_EQ(q.size(), n) << text;
  q.resize(n);
  return q;
}

// The one quotation `find` finds in `text`: a failure, and an empty
// Found, when it finds another number.
Found OnlyReported(const std::string& text, Finder find = Reported) { return FoundExactly(1, text, find)[0]; }

// The first quotation Reported finds in `text`: a failure, and an empty
// Found, when it finds none.
Found FirstReported(const std::string& text) {
  std::vector<Found> q = Reported(text);
  EXPECT_FALSE(q.empty()) << text;
  return q.empty() ? Found{} : q[0];
}

// What a quotation found should hold: a field left null is not checked.
struct Want {
  const char* content = nullptr;
  const char* speaker = nullptr;
  const char* cue = nullptr;
};

// Expects quotation `q`, found in `text`, to hold what `want` says.
void ExpectFound(const Found& q, const Want& want, const std::string& text) {
  if (want.content != nullptr) {
    EXPECT_EQ(q.content, want.content) << text;
  }
  if (want.speaker != nullptr) {
    EXPECT_EQ(q.speaker, want.speaker) << text;
  }
  if (want.cue != nullptr) {
    EXPECT_EQ(q.cue, want.cue) << text;
  }
}

// Expects `find` to find exactly as many quotations in `text` as `wants`
// lists, each in turn holding what its Want says.
void ExpectReported(const std::string& text, const std::vector<Want>& wants, Finder find = Reported) {
  const std::vector<Found> q = FoundExactly(wants.size(), text, find);
  for (size_t i = 0; i < wants.size(); ++i) ExpectFound(q[i], wants[i], text);
}

// A text and the content and speaker of the one quotation found in it.
struct Expected {
  const char* text;
  const char* content;
  const char* speaker;
};

// Expects `find` to find one quotation in the text, of this content and
// speaker.
void ExpectOnlyReported(const Expected& expected, Finder find = Reported) {
  ExpectReported(expected.text, {{expected.content, expected.speaker}}, find);
}

// Expects the first quotation Reported finds in `text` to hold what `want` says.
void ExpectFirstReported(const std::string& text, const Want& want) { ExpectFound(FirstReported(text), want, text); }

TEST(IndirectTest, StanceVerbsOfTheWiderList) {
  const Found q = OnlyReported("The union endorsed the mayor's plan for new schools.");
  EXPECT_EQ(q.content, "the mayor's plan for new schools");
  EXPECT_EQ(q.cue, "endorsed");
  EXPECT_NE(q.speaker.find("union"), std::string::npos);
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
  const auto q = IndirectQuotes(text, options, lexicon);
  ASSERT_EQ(q.size(), 1u);
  ExpectFound(q[0], {"that the plan was late", "The senator", "quibbled"}, text);
  // The shipped weights: "contradicted" is on no list either.
  ExpectReported("Sanders contradicted the governor on the timeline.", {{.cue = "contradicted"}});
  EXPECT_TRUE(Reported("Sanders was there to see the game.").empty());
}

TEST(IndirectTest, ANameAloneIsTheObjectOfAReport) {
  ExpectReported("Rose Bowl skywriters blast Trump.", {{.content = "Trump", .cue = "blast"}});
  // A lower-case word alone (not an answer such as "so") is too little.
  EXPECT_TRUE(Reported("The skywriters blast everything.").empty());
}

TEST(IndirectTest, HeadlinesInTitleCase) {
  ExpectReported("Bellwether County Says Trump Should Win GOP Nomination.",
                 {{"Trump Should Win GOP Nomination", "Bellwether County", "Says"}});
  // In a sentence of prose a capitalized cue word is a name.
  EXPECT_TRUE(Reported("The reporter met Bill Says and his friends in a cafe.").empty());
}

TEST(IndirectTest, LeadingParticipleHasTheMainClauseSubject) {
  ExpectFirstReported("After saying he was nervous about the question, the man asked it anyway.",
                      {"he was nervous about the question", "the man", "saying"});
}

TEST(IndirectTest, AnAsideAfterThatStaysInTheContent) {
  // "during" is no participle opening a clause of its own.
  EXPECT_EQ(OnlyReported("Officials said that, during the long review, the mayor was also helping.").content,
            "that, during the long review, the mayor was also helping");
}

TEST(IndirectTest, AMainClauseAfterACommaEndsTheContent) {
  // The clause after the comma has a subject and an auxiliary of its own.
  ExpectFirstReported("In addition to stating that the tax is unfair, Clinton has vowed to repeal it.",
                      {.content = "that the tax is unfair", .cue = "stating"});
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
  ExpectFirstReported("Asked why he had not endorsed her on \"CBS This Morning,\" Sanders said he had not heard her.",
                      {.content = "why he had not endorsed her on \"CBS This Morning,", .cue = "Asked"});
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
  ExpectReported("Citing obligations, the spokeswoman said that Gore plans to skip the festivities.",
                 {{"that Gore plans to skip the festivities", "the spokeswoman", "said"}});
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
  ExpectFirstReported("He said that the budget strategy is broadly on track, she pointed out.",
                      {"that the budget strategy is broadly on track"});
}

TEST(IndirectTest, AnImpressionUnderAClosingFrameIsTheFramesReport) {
  ExpectOnlyReported({"Japanese banks are expected to give the negotiators a cool response, banking sources said.",
                      "Japanese banks are expected to give the negotiators a cool response", "banking sources"});
}

TEST(IndirectTest, InfinitiveContent) {
  ExpectOnlyReported({"The senator declined to comment on the report.", "to comment on the report", "The senator"});
  // Core reporting verbs of promise and intention take it as their content
  // too (quote_infinitive_cues), negated or not; verbs of aspect do not.
  ExpectReported("The senator vowed to block the new budget. The mayor has threatened not to attend the vote.",
                 {{.content = "to block the new budget", .cue = "vowed"}, {"not to attend the vote", "The mayor"}});
  EXPECT_TRUE(Reported("The senator continued to block the new budget.").empty());
  // "to" before a noun phrase is a preposition: the frame after it credits
  // the whole clause.
  ExpectOnlyReported({"The mayor has agreed to three points of the plan, officials said.",
                      "The mayor has agreed to three points of the plan", "officials"});
}

TEST(IndirectTest, WiderVerbsStandInNoFrameAfterTheirContent) {
  // A core reporting verb after a comma closes a frame ("..., the mayor
  // said"); a stance verb there does not turn the opening phrase into
  // someone's words.
  auto q = Reported("Three months ago, the groups launched a new campaign.");
  for (const Found& f : q) EXPECT_NE(f.content, "Three months ago");
}

TEST(IndirectTest, CoordinatedVerbSharesTheSubject) {
  ExpectOnlyReported({"House Democrats seized the floor on Wednesday and said they would stay until a vote.",
                      "they would stay until a vote", "House Democrats"});
  ExpectOnlyReported({"She paid off half of the loan, but said she could not repay the rest.",
                      "she could not repay the rest", "She"});
  // A subject with no listed speaker noun ends before its verb's adverb.
  ExpectReported("The Republican nominee also outlined his plan and vowed to punish leakers.",
                 {{}, {"to punish leakers", "The Republican nominee"}});
}

TEST(IndirectTest, VerbAfterToTakesTheSubjectOfTheChain) {
  ExpectOnlyReported(
      {"The governor was quick to suggest that the tax would stay.", "that the tax would stay", "The governor"});
}

TEST(IndirectTest, ParticipleAfterACommaHasTheOpeningSubject) {
  ExpectOnlyReported({"The mayor took questions from the press on Monday, insisting that the budget was sound.",
                      "that the budget was sound", "The mayor"});
  // After a form of "be" the verb is finite, and an aside before it is no
  // subject.
  ExpectOnlyReported({"Dick Durbin, D-Ill., is calling the behavior a fireable offense.",
                      "the behavior a fireable offense", "Dick Durbin"});
}

TEST(IndirectTest, ASecondReportingVerbEndsTheContent) {
  ExpectReported("The minister said the deal was dead and added that talks would resume.",
                 {{"the deal was dead"}, {"that talks would resume", "The minister"}});
}

TEST(IndirectTest, AReportOfAnotherSubjectAfterAndOrButEndsTheContent) {
  // After "but", past auxiliaries and adverbs, and after ", and" with a
  // short subject of its own.
  for (const char* text : {"The minister said the deal was dead but has since said that talks would resume.",
                           "The minister said the deal was dead, and human rights groups warned that talks would "
                           "resume."}) {
    ExpectReported(text, {{"the deal was dead", "The minister"}, {"that talks would resume"}});
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
  ExpectReported("His grasp of policy and temperament are worrying, Smith said.",
                 {{"His grasp of policy and temperament are worrying", "Smith", "said"}});
}

TEST(IndirectTest, TheOccasionOfAReportIsPartOfItsFrame) {
  ExpectOnlyReported(
      {"The senator praised the budget deal in a statement on Thursday.", "the budget deal", "The senator"});
  // Content that goes on after the occasion keeps it.
  EXPECT_EQ(OnlyReported("The senator refused to say in an interview that the deal was dead.").content,
            "to say in an interview that the deal was dead");
}

TEST(IndirectTest, QuestionPutToSomeoneHasNoNamedAsker) {
  ExpectOnlyReported({"When asked about the polls, the senator shrugged.", "about the polls", ""});
}

TEST(IndirectTest, QuestionAfterATimeOrPlace) {
  ExpectReported("When asked at the business conference about the merger, she defended it.",
                 {{.content = "about the merger", .cue = "asked"}});
  ExpectReported("Respondents were also asked to pick the loser.", {{"to pick the loser"}});
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
  ExpectReported("The bill is expected to pass the Senate next week. The mayor seemed weary of the fight.",
                 {{"The bill is expected to pass the Senate next week", ""}, {"The mayor seemed weary of the fight"}});
  // A presence is no impression.
  EXPECT_TRUE(Reported("The senator appeared before the committee on Monday.").empty());
}

TEST(IndirectTest, ContentInALeadingClauseEndsAtItsComma) {
  ExpectFirstReported("While the mayor said that the budget was sound, critics pointed to a large gap.",
                      {"that the budget was sound", "the mayor"});
}

TEST(IndirectTest, AsideBetweenSpacedDashesStaysInTheContent) {
  ExpectReported("The chief said the new rules - which the council passed in May - will cut costs.",
                 {{"the new rules - which the council passed in May - will cut costs"}});
}

TEST(IndirectTest, ARelativeClauseAfterACommaEndsTheContent) {
  ExpectReported("The official said the agency had hired John Smith, who worked for the campaign.",
                 {{"the agency had hired John Smith"}});
}

TEST(IndirectTest, PhrasalVerbs) {
  // The particle belongs to the cue of the wider list ...
  ExpectReported("The governor laid out his plan for the state.",
                 {{.content = "his plan for the state", .cue = "laid out"}});
  // ... and a core verb with a particle of its own reports nothing.
  EXPECT_TRUE(Reported("The company called off the merger.").empty());
}

TEST(IndirectTest, ASecondReportWithItsOwnSubjectIsAQuotationOfItsOwn) {
  ExpectReported(
      "Some delegates said they would skip the convention, and the governor has said he is not interested.",
      {{"they would skip the convention", "Some delegates"}, {"he is not interested", "the governor"}});
}

TEST(IndirectTest, NoCueAfterANumberOrAPossessor) {
  EXPECT_TRUE(Reported("All 50 states report their results to the commission.").empty());
  EXPECT_TRUE(Reported("The council's repeated attempts at reform have failed.").empty());
  // A contraction is no possessor.
  ExpectReported("The mayor's office is closed, but he's said that it will open soon.", {{"that it will open soon"}});
}

TEST(IndirectTest, APhraseOfTimeIsNoSpeaker) {
  EXPECT_TRUE(Reported("The firm grew fast, and several decades show how far it has come.").empty());
  ExpectReported("The firm grew fast, and several experts show how far it has come.", {{.speaker = "several experts"}});
}

TEST(IndirectTest, LongJunkSentenceEndsAndStaysBounded) {
  std::string text;
  for (int i = 0; i < 3000; ++i) {
    text += "officials said the plan seemed to work - and others said - it failed, but said ";
  }
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
  ExpectReported("The mayor said the budget was \"a disaster,\" adding that the council would vote again.",
                 {{"the budget was \"a disaster,"}}, Paraphrases);
  // Without such a clause the content goes on.
  ExpectReported("The mayor said the budget was \"a disaster\" for every school in the city.",
                 {{"the budget was \"a disaster\" for every school in the city"}}, Paraphrases);
}

TEST(IndirectTest, ASecondThatClauseOrAnIncludingListGoesOnWithTheContent) {
  ExpectReported("The mayor said the budget was \"a disaster\" for the schools, but that the council tried hard.",
                 {{"the budget was \"a disaster\" for the schools, but that the council tried hard"}}, Paraphrases);
  ExpectReported("The mayor said the city faces \"hard choices,\" including cuts to the library.",
                 {{"the city faces \"hard choices,\" including cuts to the library"}}, Paraphrases);
}

TEST(IndirectTest, ParaphraseAroundAFrameInsideTheSentenceIsTheWholeSentence) {
  ExpectOnlyReported({"The new budget, the mayor said, was \"a disaster\" for the schools.",
                      "The new budget, the mayor said, was \"a disaster\" for the schools", "the mayor"},
                     Paraphrases);
  ExpectReported("The budget was \"a disaster,\" the mayor said, for every school in the city.",
                 {{"The budget was \"a disaster,\" the mayor said, for every school in the city"}}, Paraphrases);
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
  ExpectReported("The mayor says voters may not like the plan, but insists the budget is \"sound and fair\" "
                 "for the city.",
                 {{"the budget is \"sound and fair\" for the city"}}, Paraphrases);
}

TEST(IndirectTest, ParaphraseStartsAtThatOnlyWithinTheClauseOfTheCue) {
  // "that" after a verb of being opens no content: the clause before it is.
  ExpectReported("The mayor said her main worry is that the budget is \"a disaster\" for the schools.",
                 {{"her main worry is that the budget is \"a disaster\" for the schools"}}, Paraphrases);
  // A second clause after ", but" is no place to start the first one.
  const Found but =
      OnlyReported("The mayor says she regrets the delay, but that the city \"did everything it could\" to help.",
                   Paraphrases);
  EXPECT_EQ(but.content.rfind("she regrets the delay", 0), 0u) << but.content;
  // The addressee still comes before "that".
  ExpectReported("The mayor told a crowd of parents that the budget was \"a disaster\" for them.",
                 {{"that the budget was \"a disaster\" for them"}}, Paraphrases);
}

TEST(IndirectTest, ParaphraseBeforeItsFrameStartsAfterASettingOffDash) {
  ExpectReported("The mayor had one view of the plan - it was a \"total disaster,\" she said.",
                 {{"it was a \"total disaster,"}}, Paraphrases);
  // A pair of dashes sets off an aside inside the paraphrase.
  ExpectReported("The budget - the largest in a decade - was \"a disaster,\" the mayor said.",
                 {{"The budget - the largest in a decade - was \"a disaster,"}}, Paraphrases);
}

TEST(IndirectTest, ParaphraseOfAFreeRelativeStartsAtWhat) {
  ExpectOnlyReported({"The senator attacked what critics have called a \"reckless plan\" for the port.",
                      "what critics have called a \"reckless plan", "critics"},
                     Paraphrases);
}

TEST(IndirectTest, ParaphraseInALeadingClauseEndsAtItsComma) {
  ExpectOnlyReported({"While the mayor called the budget \"a disaster,\" the council approved it on Monday.",
                      "the budget \"a disaster,", "the mayor"},
                     Paraphrases);
}

TEST(IndirectTest, SubjectBeforeARelativeClauseOrADashedAside) {
  const Found relative =
      OnlyReported("Members of the board, which met on Monday, said the company would close the plant.");
  EXPECT_EQ(relative.content, "the company would close the plant");
  EXPECT_NE(relative.speaker.find("board"), std::string::npos);
  ExpectOnlyReported({"The judge \u2014 who had been on the bench for a decade \u2014 said the law was void.",
                      "the law was void", "The judge"});
}

TEST(IndirectTest, InvertedFrameEndsAfterItsSpeaker) {
  // "..., said the minister on Tuesday." is a frame after its content.
  ExpectOnlyReported({"The plan will fail in the Senate, said the minister on Tuesday.",
                      "The plan will fail in the Senate", "the minister"});
  // A clause after the phrase makes it the subject of the content; the
  // long subject before the comma goes unnamed.
  ExpectOnlyReported(
      {"Yet some voters who have listened to his speeches over the decades, on television or at small events, "
       "said he had less magnetism than they remembered.",
       "he had less magnetism than they remembered", ""});
}

TEST(IndirectTest, ContentOfNoKnownSpeakerOnlyFillsAGap) {
  // No subject and no clause: the object is still reported content, and
  // its speaker is the words that open its clause.
  ExpectOnlyReported({"A poll of likely voters released on Tuesday showed the governor with a large lead.",
                      "the governor with a large lead", "A poll of likely voters released on Tuesday"});
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
  ExpectReported("The senator has spoken out in favor of the new trade deal.", {{"the new trade deal"}});
}

TEST(IndirectTest, UnboundedSubjectIsTheClauseOpening) {
  // No speaker noun heads "Muslim advocates": the words that open the
  // clause before the verb stand for the speaker.
  ExpectOnlyReported({"In a statement, Muslim advocates hailed the nomination of the judge.",
                      "the nomination of the judge", "Muslim advocates"});
}

TEST(IndirectTest, LongClauseOpeningSpeaks) {
  ExpectOnlyReported({"Democrats trying to regain control of the Senate in November say they have a new weapon.",
                      "they have a new weapon", "Democrats trying to regain control of the Senate in November"});
}

TEST(IndirectTest, ClauseOpeningEndsAtItsAuxiliary) {
  // The words before the cue hold a verb chain; its subject is the speaker,
  // not the chain ("he would have to").
  ExpectOnlyReported({"Sooner or later he would have to admit that the plan had failed.",
                      "that the plan had failed", "he"});
  ExpectOnlyReported({"Readers may not let editorials tell them how to vote.", "them how to vote", "Readers"});
}

TEST(IndirectTest, RelativeWhichSpeaks) {
  ExpectOnlyReported({"The request came from the newspaper, which argued that the records were of public interest.",
                      "that the records were of public interest", "which"});
}

TEST(IndirectTest, ParaphraseOfAFragmentComesBeforeCuesInsideIt) {
  // "feeling" inside the paraphrase reports nothing of its own.
  ExpectOnlyReported({"The player told a TV interviewer that he is feeling \"a lot of emotion\" before the match.",
                      "that he is feeling \"a lot of emotion\" before the match", "The player"});
}

TEST(IndirectTest, OpeningAdverbIsNoSubject) {
  ExpectOnlyReported({"Ultimately, the minister ignored the advice and refused to sign the trade agreement.",
                      "to sign the trade agreement", "the minister"});
}

TEST(IndirectTest, ShortClauseAfterAnOpeningPhraseIsTheContent) {
  ExpectOnlyReported({"In a long interview on Tuesday, the chief executive said the plan had failed badly.",
                      "the plan had failed badly", "the chief executive"});
}

TEST(IndirectTest, FrameInsideReportedContentIsPartOfIt) {
  // "the council will reconsider" stands inside what the mayor said: the
  // paraphrase around the fragment is the mayor's.
  ExpectReported("The mayor said she is sure the council will reconsider its \"hasty decision\" next month.",
                 {{"she is sure the council will reconsider its \"hasty decision\" next month", "The mayor", "said"}});
  ExpectOnlyReported(
      {"The governor said in a speech that the party should reiterate its \"firm support\" for farmers.",
       "that the party should reiterate its \"firm support\" for farmers", "The governor"});
}

TEST(IndirectTest, FrameAfterACommaOpensItsOwnClause) {
  // A report after a comma is no part of the content before it.
  ExpectReported("The mayor praised the budget, the union called the mayor a \"true champion\" of workers.",
                 {{"the budget"}, {"the mayor a \"true champion\" of workers", "the union"}});
}

TEST(IndirectTest, PassiveCueCreditsItsSubjectToTheAgent) {
  ExpectReported("The new budget plan was criticized by Democrats.",
                 {{"The new budget plan", "Democrats", "criticized"}});
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
  const Found q = OnlyReported(
      "According to the local newspaper, the mayor said the budget was \"a total disaster\" for the city.");
  EXPECT_EQ(q.content, "the mayor said the budget was \"a total disaster\" for the city");
  EXPECT_EQ(q.cue, "According to");
  EXPECT_NE(q.speaker.find("newspaper"), std::string::npos);
}

TEST(IndirectTest, ReportingNounInAnAdjunctBeforeThat) {
  // "remarks" after "her opening" is a noun: the search for "that" goes on.
  ExpectOnlyReported({"The governor said in her opening remarks that the state should raise taxes next year.",
                      "that the state should raise taxes next year", "The governor"});
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
  ExpectReported("The obsession is an insult to all, lawmakers said on Friday, saying that the plan failed.",
                 {{"The obsession is an insult to all"}, {"that the plan failed", "lawmakers"}});
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
  ExpectFirstReported("Eric Ferrero said groups of observers were dispatched with the marchers, whom he described as "
                      "\"peaceful,\" for the length of the route.",
                      {"groups of observers were dispatched with the marchers", "Eric Ferrero"});
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
  ExpectFirstReported("Joe Scarborough, host of MSNBC\u2019s \u201cMorning Joe,\u201d suggested the refusal could "
                      "disqualify him.",
                      {"the refusal could disqualify him", "Joe Scarborough"});
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
  ExpectFirstReported("Environmental groups worried that if the state held up the deal, Patriot could threaten to "
                      "liquidate its properties.",
                      {"that if the state held up the deal, Patriot could threaten to liquidate its properties",
                       "Environmental groups"});
}

TEST(IndirectTest, AFrameHandingOverAMarkedQuotationEndsTheContentBeforeIt) {
  // The report of "calling" does not run on over the frame of the quotation
  // after the comma, nor hold that quotation.
  ExpectReported("Instead of calling himself conservative, Mr. Trump said, \"I'm a guy with common sense.\"",
                 {{"himself conservative", "", "calling"}});
}

TEST(IndirectTest, ACapitalizedWordInsideASentenceIsNoCue) {
  // "Muse" the band, not the verb.
  ExpectReported("Queen, Muse, Manic Street Preachers and The Clash complete the top 10.", {});
  // After a colon a capital opens a clause.
  ExpectReported("And it has not gone unnoticed: According to recent polls, Trump holds only 14 percent of the vote.",
                 {{"Trump holds only 14 percent of the vote", "recent polls", "According to"}});
}

}  // namespace
}  // namespace saywho
