#include "quotes/quotes.h"

#include <optional>
#include <string>
#include <vector>

#include "common/test_lexicon.h"
#include "gtest/gtest.h"

namespace saywho {
namespace {

using ::saywho::testing::ProjectLexicon;

Document Doc(std::string text) {
  Document doc;
  doc.text = std::move(text);
  return doc;
}

// Adds a mention of `words` (its first occurrence at or after `from`).
int AddMention(Document* doc, std::string_view words, Label label, int entity, size_t from = 0) {
  size_t at = doc->text.find(words, from);
  EXPECT_NE(at, std::string::npos) << words;
  Mention m;
  m.start = Offset(at);
  m.end = Offset(at + words.size());
  m.label = label;
  m.entity = entity;
  doc->mentions.push_back(m);
  if (entity >= 0) {
    if (doc->entities.size() <= size_t(entity)) doc->entities.resize(entity + 1);
    Entity& e = doc->entities[entity];
    e.id = entity;
    if (e.name.size() < words.size()) e.name = std::string(words);
    e.label = label;
    e.mentions.push_back(int32_t(doc->mentions.size() - 1));
  }
  return int(doc->mentions.size() - 1);
}

std::vector<Quote> Find(Document* doc, QuoteOptions options = {}) {
  EXPECT_TRUE(FindQuotes(ProjectLexicon(), options, doc).ok());
  return doc->quotes;
}

std::string Text(const Document& d, const Quote& q) { return std::string(d.Slice(q.start, q.end)); }
std::string Speaker(const Document& d, const Quote& q) {
  return std::string(d.Slice(q.speaker_start, q.speaker_end));
}
std::string CueOf(const Document& d, const Quote& q) { return std::string(d.Slice(q.cue_start, q.cue_end)); }

// Options that also report speech without marks (kIndirect).
constexpr QuoteOptions kReported = {.reported_speech = true};

// What one quotation found is expected to have; a field left unset is not checked. An empty speaker or cue
// expects none (speaker_start == speaker_end, cue_start == cue_end).
struct Expected {
  std::optional<std::string> text;
  std::optional<std::string> speaker;
  std::optional<std::string> cue;
  std::optional<QuoteKind> kind;
  std::optional<int32_t> entity;  // Quote::speaker, the speaker's entity id (-1: none)
};

// Runs FindQuotes with `options` on `doc` and checks that it finds exactly as many quotations as `expected`,
// each with its expected fields; a wrong count is fatal. The quotations stay in doc->quotes.
void ExpectQuotes(Document* doc, const std::vector<Expected>& expected, const QuoteOptions& options = {}) {
  const std::vector<Quote> q = Find(doc, options);
  ASSERT_EQ(q.size(), expected.size()) << doc->text;
  for (size_t i = 0; i < q.size(); ++i) {
    const Expected& e = expected[i];
    const std::string where = "quotation " + std::to_string(i) + " of: " + doc->text;
    if (e.text) EXPECT_EQ(Text(*doc, q[i]), *e.text) << where;
    if (e.speaker && e.speaker->empty()) {
      EXPECT_EQ(q[i].speaker_start, q[i].speaker_end) << where;
    } else if (e.speaker) {
      EXPECT_EQ(Speaker(*doc, q[i]), *e.speaker) << where;
    }
    if (e.cue && e.cue->empty()) {
      EXPECT_EQ(q[i].cue_start, q[i].cue_end) << where;
    } else if (e.cue) {
      EXPECT_EQ(CueOf(*doc, q[i]), *e.cue) << where;
    }
    if (e.kind) EXPECT_EQ(q[i].kind, *e.kind) << where;
    if (e.entity) EXPECT_EQ(q[i].speaker, *e.entity) << where;
  }
}

// ExpectQuotes on a document of `text` alone.
void ExpectQuotes(std::string text, const std::vector<Expected>& expected, const QuoteOptions& options = {}) {
  Document doc = Doc(std::move(text));
  ExpectQuotes(&doc, expected, options);
}

TEST(QuotesTest, EmptyDocument) {
  Document d;
  EXPECT_TRUE(FindQuotes(Lexicon(), &d).ok());
  EXPECT_TRUE(d.quotes.empty());
}

TEST(QuotesTest, FrameAfterTheQuotation) {
  Document d = Doc("\u201cWe will win this race,\u201d Senator Jane Smith said on Monday.");
  ASSERT_NO_FATAL_FAILURE(ExpectQuotes(
      &d, {{.text = "We will win this race,", .speaker = "Jane Smith", .cue = "said", .kind = QuoteKind::kDirect}}));
  EXPECT_GT(d.quotes[0].confidence, 0.5f);
  EXPECT_LE(d.quotes[0].confidence, 1.0f);
}

TEST(QuotesTest, AnAppositiveAfterTheNameMayHoldAFirmsAmpersand) {
  ExpectQuotes("\"We may see higher joblessness,\" Julio Hegedus, chief economist with Lopes & Filho, told Reuters.",
               {{.speaker = "Julio Hegedus", .cue = "told", .kind = QuoteKind::kDirect}});
}

TEST(QuotesTest, TheOneQuotedAsSayingSpeaks) {
  ExpectQuotes("\"We are mourning a great company,\" the agency quoted worker David Ogden as saying.",
               {{.speaker = "David Ogden", .cue = "quoted", .kind = QuoteKind::kDirect}});
  ExpectQuotes("The newspaper quoted Mr Dixon as saying: \"We need savings.\"",
               {{.speaker = "Mr Dixon", .cue = "quoted", .kind = QuoteKind::kDirect}});
  // Without "as saying" the one quoting is the source.
  ExpectQuotes("Frank quotes Alfred Kahn: \"I would love the Teamsters to be worse off.\"",
               {{.speaker = "Frank", .cue = "quotes"}});
}

TEST(QuotesTest, FrameAsASentenceOfItsOwn) {
  ExpectQuotes("\u201cI hope you find the missing emails.\u201d Trump said.\n\n"
               "\u201cWe are done here today.\u201d He left.",
               {{.speaker = "Trump"},
                {.speaker = ""}});  // "left" reports nothing
}

TEST(QuotesTest, ARelativeClauseBeforeTheVerbLeavesItsHeadSpeaking) {
  // "who ..." between the subject and "said": the phrase before "who"
  // speaks, not the relative pronoun and its own verb ("who spoke"); a
  // clause after the relative one has a subject of its own.
  ExpectQuotes("An official who spoke on condition of anonymity said, \"Certainly there are talks.\"",
               {{.speaker = "An official", .cue = "said", .kind = QuoteKind::kDirect}});
  ExpectQuotes("Voters who attended the rally said, \"We want change now.\"",
               {{.speaker = "Voters", .cue = "said", .kind = QuoteKind::kDirect}});
  ExpectQuotes("He was a candidate who lost in a year when voters said: \"We want an outsider.\"",
               {{.speaker = "voters", .cue = "said"}});
}

TEST(QuotesTest, AVerbOfSpeechHandsOverWordsOfNoKnownSpeaker) {
  // No subject is found before "complained", yet the words it hands over
  // with a comma are someone's, not a term.
  ExpectQuotes("Some of those in line since dawn complained, \"We cannot vote.\"",
               {{.text = "We cannot vote.", .speaker = "", .cue = "complained", .kind = QuoteKind::kDirect}});
  // A word or two in lower case stays a term.
  ExpectQuotes("Some of those in line since dawn complained, \"rigged\"",
               {{.text = "rigged", .kind = QuoteKind::kTerm}});
}

TEST(QuotesTest, AWholeSentenceAfterTheAddresseeIsDirect) {
  // "told reporters": the words that follow the addressee at once are the
  // speaker's own; after the target of "called" they stay a fragment.
  ExpectQuotes("He told reporters \"We will win this.\"",
               {{.speaker = "He", .cue = "told", .kind = QuoteKind::kDirect}});
  ExpectQuotes("Smith asked the crowd \"Why should we give her the presidency?\"",
               {{.speaker = "Smith", .cue = "asked", .kind = QuoteKind::kDirect}});
  // The addressee is the phrase the cue hands over past, however long.
  ExpectQuotes("Baker told a brief news conference \"The president will meet the press soon.\"",
               {{.speaker = "Baker", .cue = "told", .kind = QuoteKind::kDirect}});
  ExpectQuotes("She called the frontrunner \"ISIS' best recruiter.\"",
               {{.speaker = "She", .cue = "called", .kind = QuoteKind::kPartial}});
}

TEST(QuotesTest, AVerbOfSpeechAfterToHasItsGovernorsSubject) {
  // "wanted to say", "was quick to add": the verb that governs the
  // infinitive has the subject, and the chain is the cue; a noun or an
  // adjective of its own governs nothing ("too early to tell"). (The
  // pipeline's tests read "went so far as to say" with the tagger's verbs.)
  ExpectQuotes("The columnist wanted to say: \"Twitter as we know it is over.\"",
               {{.speaker = "The columnist", .cue = "wanted to say", .kind = QuoteKind::kDirect}});
  ExpectQuotes("She was quick to add: \"We will win this.\"",
               {{.speaker = "She", .cue = "was quick to add", .kind = QuoteKind::kDirect}});
  ExpectQuotes("It was too early to tell: \"We will win this.\"", {{.speaker = ""}});
}

TEST(QuotesTest, ParticipleTakesTheClauseSubject) {
  ExpectQuotes("Clinton seemed ready to riff on it in Iowa, telling the crowd, "
               "\u201cSome people get a little carried away.\u201d",
               {{.speaker = "Clinton"}});
}

TEST(QuotesTest, VerbAfterAndSharesTheClauseSubject) {
  // A verb of speech after "and" that hands the words over has the subject
  // of the clause, not its object ("her head", "Barack Obama").
  ExpectQuotes("Clinton shook her head and said, \"No.\"",
               {{.speaker = "Clinton", .cue = "said", .kind = QuoteKind::kDirect}});
  ExpectQuotes("The senator walked to the podium and said: \"We will never give up.\"",
               {{.speaker = "The senator", .cue = "said", .kind = QuoteKind::kDirect}});
  ExpectQuotes("In the morning, the mayor stood up and told reporters: \"We will never give up.\"",
               {{.speaker = "the mayor", .cue = "told", .kind = QuoteKind::kDirect}});
  ExpectQuotes("He supported Barack Obama over Clinton and said: \"Clinton never did a thing for us.\"",
               {{.speaker = "He", .cue = "said", .kind = QuoteKind::kDirect}});
  // The clause's verb may be a form of "be".
  ExpectQuotes("Mr Blair was in Leeds and told BBC News: \"We will win the election.\"",
               {{.speaker = "Mr Blair", .cue = "told", .kind = QuoteKind::kDirect}});
}

TEST(QuotesTest, PersonNamedAfterAnOrganisationAndARole) {
  // "said GM chief executive Rick Wagoner", "said House Speaker Paul
  // Ryan": the person after the organisation's name and a role speaks.
  const struct {
    const char* text;
    const char* organisation;
    const char* person;
  } cases[] = {
      {"\"We needed scale in Europe,\" said GM chief executive Rick Wagoner.", "GM", "Rick Wagoner"},
      {"\"It is against the law,\" said House Speaker Paul Ryan.", "House", "Paul Ryan"},
  };
  for (const auto& c : cases) {
    Document d = Doc(c.text);
    AddMention(&d, c.organisation, Label::kOrg, 0);
    AddMention(&d, c.person, Label::kPerson, 1);
    ExpectQuotes(&d, {{.speaker = c.person, .entity = 1}});
  }
}

TEST(QuotesTest, ShortQuotationInsideATrailingFrame) {
  // A quoted name in the speaker's appositive does not cut the frame off.
  Document d = Doc("\u201cWe have had better conventions,\u201d delegate Bill Eastland, wearing a cowboy hat and "
                   "\u201cTed Cruz\u201d pins, said on Thursday.");
  auto q = Find(&d);
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(Text(d, q[0]), "We have had better conventions,");
  EXPECT_EQ(Speaker(d, q[0]), "Bill Eastland");
  EXPECT_EQ(CueOf(d, q[0]), "said");
}

TEST(QuotesTest, NoTrailingFrameThatReportsAClauseOrInvertsAParticiple) {
  // "he claimed" goes on with a clause of its own; ", saying the city"
  // has no speaker after its participle. Neither frames the fragment.
  const struct {
    const char* text;
    const char* not_speaker;
  } cases[] = {
      {"Although Weiner admitted to the paper that they had \u201cbeen friends for some time,\u201d he claimed they "
       "had never met in person.",
       "he"},
      {"Trump delivered a defense of \u201cNew York values,\u201d saying the city embodied the best of America.",
       "the city"},
  };
  for (const auto& c : cases) {
    Document d = Doc(c.text);
    auto q = Find(&d);
    ASSERT_EQ(q.size(), 1u) << c.text;
    EXPECT_EQ(Speaker(d, q[0]).find(c.not_speaker), std::string::npos) << c.text << ": " << Speaker(d, q[0]);
  }
}

TEST(QuotesTest, ShortQuotationInsideALeadingFrame) {
  // The quoted title in the speaker's appositive is no quotation the
  // frame of the next one stops at.
  ExpectQuotes("Joe Scarborough, host of MSNBC\u2019s \u201cMorning Joe,\u201d said: \u201cThe refusal could "
               "disqualify him.\u201d",
               {{},
                {.text = "The refusal could disqualify him.",
                 .speaker = "Joe Scarborough",
                 .kind = QuoteKind::kDirect}});
}

TEST(QuotesTest, QuotationAfterASentenceOfReportedSpeech) {
  // The sentence before reports its subject's words; the quotation that
  // follows with no frame of its own goes on with them.
  const std::string text =
      "Ms Tymoshenko said prosecutors had drawn up a list of businesses. \"We will return to the state "
      "what was illegally put into private hands.\"";
  // "said" reports the sentence before; the quotation has no cue of its own.
  ExpectQuotes(text, {{.speaker = "Ms Tymoshenko", .cue = ""}});
  // With reported speech on, that sentence is her report too.
  ExpectQuotes(text, {{.text = "prosecutors had drawn up a list of businesses", .speaker = "Ms Tymoshenko"}, {}},
               kReported);
  // After an opening phrase the subject may be another's: no speaker, but
  // for a person named.
  ExpectQuotes("In 2004, the minister said prices had risen sharply across the whole country. \"We will "
               "return to the state what was taken.\"",
               {{.speaker = ""}});
  ExpectQuotes("On Wednesday, Jacques Barrot said that the changes were necessary. \"The boom in air travel "
               "needs protection.\"",
               {{.speaker = "Jacques Barrot", .cue = ""}});
  // A pronoun speaks too, and so does the subject of a clause after "but".
  ExpectQuotes("He said Opec had expected some fluctuations. \"We hope the weak price will be overcome.\"",
               {{.speaker = "He", .cue = ""}});
  ExpectQuotes("The prices were steep but Evans said it was not deterring shoppers. \"I have sold quite a lot "
               "already.\"",
               {{.speaker = "Evans", .cue = ""}});
  // The sentence may end the paragraph before the one the quotation fills,
  // not one where a frame of its own may follow.
  ExpectQuotes("Barrow said people thought the band had split up.\n\n\"We have just had our heads down.\"",
               {{.speaker = "Barrow", .cue = ""}});
  // A frame in the quotation's own sentence goes first.
  ExpectQuotes("Marx said the cuts would come. \"They are painful\" but necessary \"for the long term,\" he said.",
               {{.speaker = "he"}, {.speaker = "he"}});
}

TEST(QuotesTest, InvertedFrame) {
  ExpectQuotes("\"Prices will rise,\" said Jane Smith, a spokeswoman for the bank.", {{.speaker = "Jane Smith"}});
}

TEST(QuotesTest, QuotationSplitByItsFrameIsOne) {
  ExpectQuotes("\"The first part is here,\" he said, \"and the second part is there.\"",
               {{.text = "The first part is here,\" he said, \"and the second part is there.", .speaker = "he"}});
}

TEST(QuotesTest, ContinuationKeepsTheSpeaker) {
  const std::string text =
      "\"Imagine what we could build together,\" Maria Lopez said in a debate. "
      "\"Imagine how fast it would grow.\"";
  ExpectQuotes(text, {{},
                      {.text = "Imagine how fast it would grow.",
                       .speaker = "Maria Lopez",
                       .cue = "",  // no cue of its own
                       .kind = QuoteKind::kDirect}});
  ExpectQuotes(text,
               {{.text = "Imagine what we could build together,\" Maria Lopez said in a debate. "
                         "\"Imagine how fast it would grow."}},
               {.join_continuations = true});
}

TEST(QuotesTest, AnUnrelatedSentenceBreaksTheContinuation) {
  ExpectQuotes("\"We are ready for it,\" the coach said. The team then left the field early. "
               "\"Nobody knows the answer to that question.\"",
               {{}, {.speaker = ""}});
}

TEST(QuotesTest, PartialQuotationWithLeadingCue) {
  ExpectQuotes("National Security Adviser John Bolton has warned of a \u201cManchurian chip.\u201d",
               {{.text = "Manchurian chip.", .speaker = "John Bolton", .cue = "warned", .kind = QuoteKind::kPartial}});
}

TEST(QuotesTest, UnnamedSpeakers) {
  ExpectQuotes("One Chinese official told the newspaper that the plan \"has changed a lot.\" "
               "But other senior officials insist that it \"will never give an inch\" on this.",
               {{.speaker = "One Chinese official", .entity = -1}, {.speaker = "other senior officials"}});
}

TEST(QuotesTest, TermsHaveNoSpeaker) {
  const Expected term = {.speaker = "", .kind = QuoteKind::kTerm, .entity = -1};
  ExpectQuotes("The country received help from its \"elder brother.\" Its rulers moved from "
               "\"catching up\" to \"surpassing.\"",
               {term, term, term});
}

TEST(QuotesTest, HeadingsHoldOnlyTerms) {
  Document d = Doc("\u201cWE WILL WIN,\u201d SHE SAID\nThe body starts here and goes on.");
  d.paragraphs.push_back({0, Offset(d.text.find('\n')), BlockKind::kHeading});
  d.paragraphs.push_back({Offset(d.text.find('\n') + 1), Offset(d.text.size()), BlockKind::kBody});
  ExpectQuotes(&d, {{.speaker = "", .kind = QuoteKind::kTerm}});
}

TEST(QuotesTest, TitleLinesHoldTermsButPullQuotesAreWords) {
  ExpectQuotes("The Roots of an Ambition to \"Catch Up and Surpass\"\n\n"
               "\"I have no doubt there will be more cases documented\"\n\nThe end came.",
               {{.kind = QuoteKind::kTerm}, {.kind = QuoteKind::kDirect}});
}

TEST(QuotesTest, TitleOfSeveralWordsBeforeAName) {
  Document d = Doc("\"We will stay the course,\" said Secretary of State Anna Berg.");
  AddMention(&d, "Anna Berg", Label::kPerson, 0);
  ExpectQuotes(&d, {{.speaker = "Anna Berg"}});
}

TEST(QuotesTest, QuotationLineWithASourceAfterADashIsNoTitle) {
  // A line without a final stop is a title, unless that stop closes a
  // quotation that a dash and a source follow.
  Document d = Doc("The debate went on.\n\n\"We will win the vote.\" - Anna Berg\n\n"
                   "Trump Calls the Plan \"a Disaster\" - Daily News\n\nThe end came.");
  AddMention(&d, "Anna Berg", Label::kPerson, 0);
  ExpectQuotes(&d, {{.speaker = "Anna Berg", .kind = QuoteKind::kDirect}, {.speaker = "", .kind = QuoteKind::kTerm}});
}

TEST(QuotesTest, AccordingToAndColonFrames) {
  ExpectQuotes("According to the newspaper, \"the plan is dead and buried.\"\n\n"
               "Breitbart News responded:\n\n\"If there are people here, we act on it.\"",
               {{.speaker = "the newspaper", .cue = "According to"}, {.speaker = "Breitbart News"}});
}

TEST(QuotesTest, ReportingNouns) {
  ExpectQuotes("In 1983, Premier Zhao Ziyang gave a speech on the \u201cglobal New Technological "
               "Revolution,\u201d citing Toffler. \"We will act now,\" Jane Smith said in a statement. "
               "Officials posted the following statement: \"The office stays closed today.\"",
               {{.speaker = "Zhao Ziyang", .cue = "speech"},
                {.speaker = "Jane Smith", .cue = "said"},
                {.speaker = "Officials"}});
}

TEST(QuotesTest, SpeakerLinkedToItsEntity) {
  Document d = Doc("\"This is very dangerous,\" President Donald Trump said recently.");
  AddMention(&d, "Donald Trump", Label::kPerson, 0);
  ExpectQuotes(&d, {{.speaker = "Donald Trump", .entity = 0}});
}

TEST(QuotesTest, PronounResolvesByGenderAndSalience) {
  Lexicon lexicon = ProjectLexicon();
  lexicon.AddList("given_names_female", {"Mary"});
  lexicon.AddList("given_names_male", {"John"});
  Document d = Doc("Mary Jones met John Brown in Paris. \"We agreed on every point,\" she said. "
                   "Later he spoke. \"Nothing was agreed at all,\" he said.");
  AddMention(&d, "Mary Jones", Label::kPerson, 0);
  AddMention(&d, "John Brown", Label::kPerson, 1);
  AddMention(&d, "Paris", Label::kGpe, 2);
  ASSERT_TRUE(FindQuotes(lexicon, &d).ok());
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(Speaker(d, d.quotes[0]), "she");
  EXPECT_EQ(d.quotes[0].speaker, 0);
  EXPECT_EQ(d.quotes[1].speaker, 1);
}

TEST(QuotesTest, PronounPrefersTheSubject) {
  Document d = Doc("Mao took the idea and made it his own, borrowing Khrushchev's goal. "
                   "He envisioned the socialist world's \"overwhelming superiority\" in science.");
  AddMention(&d, "Mao", Label::kPerson, 0);
  AddMention(&d, "Khrushchev", Label::kPerson, 1);
  ExpectQuotes(&d, {{.speaker = "He", .entity = 0}});
}

TEST(QuotesTest, SeveralQuotationsShareTheSentenceFrame) {
  ExpectQuotes("Technology was key to the West's \"sway over the world\"; the country needs an "
               "\"asymmetrical strategy\" to \"catch up,\" he said.",
               {{.speaker = "he"}, {.speaker = "he"}, {.speaker = "he"}});
}

TEST(QuotesTest, CitationsInsideTheQuotation) {
  Document d = Doc("Keith Alexander called it \u201cthe greatest transfer of wealth in history.\u201d");
  size_t anchor = d.text.find("the greatest");
  Citation c;
  c.n = 15;
  c.start = Offset(anchor);
  c.end = Offset(anchor + std::string("the greatest transfer of wealth").size());
  d.citations.push_back(c);
  ASSERT_NO_FATAL_FAILURE(ExpectQuotes(&d, {{.speaker = "Keith Alexander"}}));
  EXPECT_EQ(d.quotes[0].citations, std::vector<int32_t>{15});
}

TEST(QuotesTest, ReportedSpeechOnlyWhenAsked) {
  const std::string text = "The finance minister said that taxes would rise sharply next year.";
  Document plain = Doc(text);
  EXPECT_TRUE(Find(&plain).empty());
  // The complementizer is part of the reported content, as PolNeAR marks it.
  ExpectQuotes(text,
               {{.text = "that taxes would rise sharply next year",
                 .speaker = "The finance minister",
                 .kind = QuoteKind::kIndirect}},
               kReported);
}

TEST(QuotesTest, ReportedSpeechPastAPrepositionalPhrase) {
  ExpectQuotes("The minister said in a statement on Tuesday that taxes would rise.",
               {{.text = "that taxes would rise"}}, kReported);
  // Without "that" the phrase is no content.
  Document bare = Doc("The minister said in a statement on Tuesday.");
  EXPECT_TRUE(Find(&bare, kReported).empty());
}

TEST(QuotesTest, ReportedQuestionsAndThereClauses) {
  ExpectQuotes("The reporter asked whether the plan would pass. But Democrats said there are good reasons.",
               {{.text = "whether the plan would pass"}, {.text = "there are good reasons", .speaker = "Democrats"}},
               kReported);
}

TEST(QuotesTest, OpeningPhraseBeforeTheSpeakerIsNoContent) {
  ExpectQuotes("Hours later, Intel said the event was canceled.",
               {{.text = "the event was canceled", .speaker = "Intel"}}, kReported);
}

TEST(QuotesTest, RelativePronounSpeaksForItsAntecedent) {
  Document d = Doc("The bill was signed by Mayor John Smith, who said the vote was fair.");
  AddMention(&d, "John Smith", Label::kPerson, 0);
  ExpectQuotes(&d, {{.text = "the vote was fair", .speaker = "who", .entity = 0}}, kReported);
}

TEST(QuotesTest, ReportedContentStopsAtASecondClause) {
  ExpectQuotes("The mayor said the budget was balanced - a claim critics dispute. "
               "The senator said the deal was dead and pushed for a new vote. "
               "The governor said the roads were safe, even as the snow kept falling.",
               {{.text = "the budget was balanced"}, {.text = "the deal was dead"}, {.text = "the roads were safe"}},
               kReported);
}

TEST(QuotesTest, AccordingToAnySource) {
  ExpectQuotes("Whites without a degree made up just 36 percent of the electorate, according to exit polls. "
               "In 2014, the city had 115 violent crimes \u2014 according to the most recent data.",
               {{.text = "Whites without a degree made up just 36 percent of the electorate", .speaker = "exit polls"},
                {.text = "In 2014, the city had 115 violent crimes", .speaker = "the most recent data"}},
               kReported);
}

TEST(QuotesTest, HeadlineAndTranscriptColons) {
  ExpectQuotes("Lynch: No outside influence on the inquiry into the emails.\n\n"
               "Q: Your mother was deported twice.\n\n"
               "The plan has three parts: taxes, roads and schools.",
               {{.text = "No outside influence on the inquiry into the emails", .speaker = "Lynch"}, {.speaker = "Q"}},
               kReported);
}

TEST(QuotesTest, ALabelBeforeAColonIsNoSpeaker) {
  ExpectQuotes("The Latest: Hillary Clinton tells voters she is with them.",
               {{.text = "voters she is with them", .speaker = "Hillary Clinton"}}, kReported);
}

TEST(QuotesTest, PageLabelsBeforeAColonAreNoSpeakers) {
  // quote_colon_labels: the lines after them are nobody's words, while a
  // name before a colon still speaks.
  ExpectQuotes("Contributing: Jane Smith in Washington.\n\n"
               "CORRECTION: An earlier version of this story misspelled her name.\n\n"
               "Editor's note: The story was updated on Friday.\n\n"
               "Lynch: No outside influence on the inquiry into the emails.",
               {{.speaker = "Lynch"}}, kReported);
  Document marked = Doc("Watch: \"We will win this state in November.\"\n\n"
                        "Smith: \"We will lose it.\"");
  ASSERT_TRUE(FindQuotes(ProjectLexicon(), &marked).ok());
  ASSERT_EQ(marked.quotes.size(), 2u);
  EXPECT_EQ(marked.quotes[0].speaker_end, marked.quotes[0].speaker_start);
  EXPECT_EQ(Speaker(marked, marked.quotes[1]), "Smith");
}

TEST(QuotesTest, ATranscriptTurnHoldsItsWholeParagraph) {
  ExpectQuotes("MATTHEWS: Here is the irony. Everybody hates it. But they vote for it.\n\n"
               "The next paragraph is the writer's.",
               {{.text = "Here is the irony. Everybody hates it. But they vote for it", .speaker = "MATTHEWS"}},
               kReported);
}

TEST(QuotesTest, ShareOfAPollSpeaks) {
  ExpectQuotes("Twenty-four percent said they were more likely to vote for him. "
               "A large majority said the economy was the top issue.",
               {{.text = "they were more likely to vote for him", .speaker = "Twenty-four percent"},
                {.speaker = "A large majority"}},
               kReported);
}

TEST(QuotesTest, ShortReportedContent) {
  ExpectQuotes("The vote is on Tuesday. Jeff Flake said he would.", {{.text = "he would", .speaker = "Jeff Flake"}},
               kReported);
}

TEST(QuotesTest, ReportedContentGoesOnPastAndWithAVerbOfItsOwn) {
  Document d = Doc("A spokeswoman said the former executive has no more speeches scheduled and delivered "
                   "only nonpartisan remarks at her events.\n\n"
                   "The mayor said the plan was dead and endorsed a new one.");
  auto q = Find(&d, kReported);
  ASSERT_GE(q.size(), 2u);
  EXPECT_EQ(Text(d, q[0]),
            "the former executive has no more speeches scheduled and delivered only nonpartisan remarks at her events");
  // A second reporting verb is the speaker's own doing.
  EXPECT_EQ(Text(d, q[1]), "the plan was dead");
}

TEST(QuotesTest, AShortClauseAfterTheVerbIsItsContentNotAFrameTail) {
  // After an opening phrase and a comma, a few words after the verb close a
  // trailing frame only when they open with a preposition or a time word.
  ExpectQuotes("After the long vote, officials said Trump won.\n\n"
               "The plan failed badly, the minister said on Tuesday.",
               {{.text = "Trump won", .speaker = "officials"},
                {.text = "The plan failed badly", .speaker = "the minister"}},
               kReported);
}

TEST(QuotesTest, ReportedContentBeforeAFrameWithADescribedSpeaker) {
  // What follows the speaker's comma describes the speaker; a clause there
  // goes on with the content.
  ExpectQuotes("It is highly unusual for such a mistake to slip into a speech, said Matt Latimer, "
               "another veteran speechwriter.\n\n"
               "If the bill fails in the Senate, she said, the party is over.\n\n"
               "Cruz lacks support in Congress, said Larry Sabato, director of the Center for Politics.\n\n"
               "If the bill fails in the Senate, she said, angry party members plan to leave.",
               {{.text = "It is highly unusual for such a mistake to slip into a speech", .speaker = "Matt Latimer"},
                {.text = "If the bill fails in the Senate, she said, the party is over"},
                // A role noun with no article describes the speaker too, unless a word
                // of content follows it as a verb would.
                {.text = "Cruz lacks support in Congress", .speaker = "Larry Sabato"},
                {.text = "If the bill fails in the Senate, she said, angry party members plan to leave"}},
               kReported);
}

TEST(QuotesTest, TheNameAfterACapitalizedRoleSpeaks) {
  // "Democratic strategist": a capitalized word and a role noun describe
  // the name after them; "Graham criticized ..." is no description.
  Document d = Doc("His endorsement matters more for politics than for clout, said Democratic strategist Hank "
                   "Sheinkopf.\n\n"
                   "Graham criticized the plan and Republicans said the budget was sound.");
  auto q = Find(&d, kReported);
  ASSERT_GE(q.size(), 2u);
  EXPECT_EQ(Text(d, q[0]), "His endorsement matters more for politics than for clout");
  EXPECT_EQ(Speaker(d, q[0]), "Hank Sheinkopf");
  EXPECT_EQ(Speaker(d, q[1]), "Graham");
}

TEST(QuotesTest, AParticipleOfReportAfterATrailingFrameIsTheNextReport) {
  ExpectQuotes("The plan will fail, the mayor said, adding that the council had been warned.",
               {{.text = "The plan will fail", .speaker = "the mayor"},
                {.text = "that the council had been warned", .speaker = "the mayor"}},
               kReported);
}

TEST(QuotesTest, AParagraphEndingInAnAbbreviationIsNoTitle) {
  // The stop of "U.S." ends the sentence too: a one-sentence paragraph so
  // ended is a sentence, not a headline without a stop.
  ExpectQuotes("The day began early.\n\nThe mayor said the plan failed in the U.S.",
               {{.text = "the plan failed in the U.S.", .speaker = "The mayor"}}, kReported);
}

TEST(QuotesTest, AFragmentAfterASecondVerbHasThatVerbForCue) {
  // The second "said" frames the fragment, with the subject of the first;
  // the first keeps its own reported content.
  Document d = Doc("He said the attacks had given his campaign momentum and said that the senator was \"no Reagan.\"");
  ASSERT_NO_FATAL_FAILURE(ExpectQuotes(&d,
                                       {{.text = "the attacks had given his campaign momentum", .speaker = "He"},
                                        {.text = "that the senator was \"no Reagan.", .speaker = "He"},
                                        {.text = "no Reagan.", .speaker = "He"}},
                                       kReported));
  EXPECT_EQ(d.quotes[2].cue_start, d.text.find("said that"));
}

TEST(QuotesTest, ANameAfterTheVerbWinsOverASubjectAcrossTheComma) {
  // "Congress, whom ..., said" reads like a subject with a relative clause;
  // the name after "said" that closes the sentence is the speaker.
  ExpectQuotes("Cruz lacks support in Congress, whom he has alienated, said Larry Sabato.\n\n"
               "Mark Penn, the pollster, argued that Dems' support for gun control hurt the party.",
               {{.text = "Cruz lacks support in Congress, whom he has alienated", .speaker = "Larry Sabato"},
                // A name after "that" opens the content.
                {.text = "that Dems' support for gun control hurt the party", .speaker = "Mark Penn"}},
               kReported);
}

TEST(QuotesTest, InvertedFrameWithAnAddresseeVerbClosingTheSentence) {
  ExpectQuotes("\"Would it be negotiable?\" asked Sean Hannity.", {{.speaker = "Sean Hannity"}});
  // With more after the name, the name is the addressee.
  Document told = Doc("\"We will win,\" told Sean Hannity on his show.");
  auto t = Find(&told);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_NE(Speaker(told, t[0]), "Sean Hannity");
}

TEST(QuotesTest, ContinuationPastATitleInTheFrame) {
  const std::string text =
      "\u201cI was sitting in a house in Florida,\u201d Trump told NBC\u2019s \u201cToday\u201d on Monday. "
      "\u201cI could hardly hear what he was saying at the time.\u201d";
  ExpectQuotes(text, {{}, {.kind = QuoteKind::kTerm}, {.speaker = "Trump", .kind = QuoteKind::kDirect}});
  Document joined = Doc(text);
  ASSERT_NO_FATAL_FAILURE(ExpectQuotes(&joined, {{.speaker = "Trump"}, {.kind = QuoteKind::kTerm}},
                                       {.join_continuations = true}));
  EXPECT_EQ(joined.quotes[0].end, joined.text.rfind("\u201d"));  // up to the last closing mark
}

TEST(QuotesTest, NewsRoundupSources) {
  ExpectQuotes(
      "Polls did predict the caucus - HuffPollster: \u201cMost pollsters fared much better with the results.\u201d\n\n"
      "THE BIG STORY \u201cVoters are angry and they want to be heard this year.\u201d [HuffPost.]",
      {{.speaker = "HuffPollster"}, {.speaker = "HuffPost"}});
}

TEST(QuotesTest, ParenthesisAndCommaBetweenSpeakerAndVerb) {
  ExpectQuotes("Campaigning in Ohio, Gov. John Kasich (R-OH), said, \"We are ready to go west now.\"",
               {{.speaker = "John Kasich"}});
}

TEST(QuotesTest, ParaphraseAroundAFragmentHoldsIt) {
  Document d = Doc("Khrushchev declared that his goal was to \"catch up and surpass the West.\"");
  ASSERT_NO_FATAL_FAILURE(
      ExpectQuotes(&d, {{.kind = QuoteKind::kIndirect}, {.kind = QuoteKind::kPartial}}, kReported));
  EXPECT_LE(d.quotes[0].start, d.quotes[1].start);
  EXPECT_GE(d.quotes[0].end, d.quotes[1].end);
}

TEST(QuotesTest, MarkLeftOpenEndsWithItsSentence) {
  ExpectQuotes("The mayor said \"we will win the vote. Then everyone went home early.\n\nNext.",
               {{.text = "we will win the vote.", .speaker = "The mayor"}});
}

TEST(QuotesTest, MarkLeftOpenEndsBeforeItsFrame) {
  // Paragraphs without marks between them: a paragraph that re-opens with
  // a mark would carry the quotation on.
  ExpectQuotes("\"We will win the vote, Anna Berg said on Tuesday. Then everyone went home.\n\n"
               "The rain came.\n\n"
               "\"The river is rising, said the mayor. Nobody moved.\n\n"
               "The rain came.\n\n"
               "\"Come in, I said, and sit down with us.",
               {{.text = "We will win the vote,", .speaker = "Anna Berg"},
                {.text = "The river is rising,", .speaker = "the mayor"},
                // A frame that does not end its sentence leaves the quotation whole.
                {.text = "Come in, I said, and sit down with us."}});
}

TEST(QuotesTest, NoInvertedFrameBeforeAnAuxiliary) {
  // The phrase after "said" is the subject of reported content, not the
  // speaker of the quoted fragment.
  Document d = Doc("Manafort, citing \"the magic of Trump,\" said the candidate could win Ohio.");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(Speaker(d, q[0]), "the candidate");
}

TEST(QuotesTest, InvertedFrameWithADescriptionBeforeTheName) {
  ExpectQuotes("\"The river is rising fast,\" said former state treasurer Anna Berg.\n\n"
               "\"Is anyone listening to us?\" asked Sen. Paul Ortiz of Nevada, who chairs the panel.",
               {{.speaker = "Anna Berg"}, {.speaker = "Paul Ortiz of Nevada"}});
}

TEST(QuotesTest, SourceLineWithADashAfterAQuotedParagraph) {
  ExpectQuotes("The debate went on for hours.\n\n"
               "\"We have cut the deficit in half and we will cut it again.\"\n\n"
               "- Anna Berg, Denver.\n\n"
               "Berg overstates the cut.",
               {{.speaker = "Anna Berg"}});
}

TEST(QuotesTest, FrameOpeningTheNextSentenceAfterAnExclamation) {
  ExpectQuotes("\"The polls were wrong again!\" Paul Ortiz wrote, quoting an old column.\n\n"
               "\"Where is the money going?\" Anna Berg said of the budget.\n\n"
               "\"Nobody asked us first!\" Ortiz said the plan would fail.",
               {{.speaker = "Paul Ortiz"},
                {.speaker = "Anna Berg"},
                // A sentence of reported speech of its own is no frame of the quotation.
                {.speaker = ""}});
}

TEST(QuotesTest, LongNameBeforeTheVerb) {
  ExpectQuotes("\"The model has limits,\" Anna Berg of the Institute for Water and Climate Studies "
               "at Lakeside State University wrote.",
               {{.speaker = "Anna Berg"}});
}

TEST(QuotesTest, CueBeforeAFragmentWinsOverAFrameLaterInTheSentence) {
  ExpectQuotes("Paul Ortiz told the crowd that \"we will not back down,\" and his rival vowed to fight on.",
               {{.speaker = "Paul Ortiz"}});
}

TEST(QuotesTest, ParticipleAfterAnOpeningPhrase) {
  ExpectQuotes("At the forum on Sunday, Anna Berg compared herself to Ortiz, saying, "
               "\"I never took a fee from a bank.\"",
               {{.speaker = "Anna Berg"}});
}

TEST(QuotesTest, PhrasalCuesAndWrittenSources) {
  Document d = Doc("After the mayor criticized her plan, Anna Berg shot back, \"The mayor has no plan at all.\"\n\n"
                   "\"Vote for the river, vote for the town,\" the sign read.\n\n"
                   "\"The senator will meet the families on Monday,\" Berg's office said in a statement.");
  ASSERT_NO_FATAL_FAILURE(ExpectQuotes(&d, {{.speaker = "Anna Berg"}, {.speaker = "the sign"}, {}}));
  EXPECT_NE(d.quotes[2].speaker_start, d.quotes[2].speaker_end);
  EXPECT_EQ(Speaker(d, d.quotes[2]).substr(0, 4), "Berg");
}

TEST(QuotesTest, RelativePronounHandsOverTheWords) {
  ExpectQuotes("The best reply came from Anna Berg, who tweeted, \"Nobody reads the fine print anyway.\"",
               {{.speaker = "who"}});
}

TEST(QuotesTest, ParticipleAfterAPrepositionAndTimeWordsBeforeTheVerb) {
  ExpectQuotes("The candidate opened the rally by saying, \"We are here to win this state.\"\n\n"
               "Paul Ortiz later Thursday told reporters: \"The count is not over yet.\"",
               {{.speaker = "The candidate"}, {.speaker = "Paul Ortiz"}});
}

TEST(QuotesTest, FrameInTheSentenceBefore) {
  ExpectQuotes("Anna Berg agreed. \"The board has run out of time to find anyone else.\"\n\n"
               "The roads were closed. \"We could not get through at all today.\"",
               {{.speaker = "Anna Berg"}, {.speaker = ""}});
}

TEST(QuotesTest, WordsRightAfterTheirCueAreDirect) {
  ExpectQuotes("The crowd chanted \"Four More Years\" as she left.\n\n"
               "The crowd chanted \"Four More Years.\"\n\n"
               "Ortiz said \"the plan\" was dead.",
               {{.kind = QuoteKind::kTerm},  // the clause goes on: a title
                {.speaker = "The crowd", .kind = QuoteKind::kDirect},
                {.kind = QuoteKind::kPartial}});
}

TEST(QuotesTest, SplitFrameWithAnAppositiveAndOneWordContinuation) {
  const std::string text =
      "\"The risk,\" said Anna Berg, an economist who runs the forecast at the state university, "
      "\"is that we lose the workers we trained.\"\n\n"
      "\"This is reckless,\" Paul Ortiz wrote on his blog. \"Really?\"";
  Document d = Doc(text);
  ASSERT_NO_FATAL_FAILURE(
      ExpectQuotes(&d, {{.speaker = "Anna Berg"}, {.speaker = "Paul Ortiz"}}, {.join_continuations = true}));
  EXPECT_EQ(d.quotes[0].end, d.text.find("trained.") + 8);
  EXPECT_EQ(d.quotes[1].end, d.text.rfind("?") + 1);
}

TEST(QuotesTest, PartitiveSpeakersAndPlacesAfterTheName) {
  Document d = Doc("\"There is no path left,\" said one of the advisers, who asked not to be named.\n\n"
                   "\"Who will pay for it?\" asked Sen. Paul Ortiz of Nevada, who chairs the panel.");
  ASSERT_NO_FATAL_FAILURE(ExpectQuotes(&d, {{.speaker = "the advisers"}, {}}));
  EXPECT_EQ(Speaker(d, d.quotes[1]).substr(0, 10), "Paul Ortiz");
}

TEST(QuotesTest, ParticipleAfterAnObjectAndColonAfterAnObject) {
  ExpectQuotes("Anna Berg released a statement saying, \"The board acted within its rights.\"\n\n"
               "Paul Ortiz then returned to his familiar lines: \"We will fix the roads first.\"\n\n"
               "The video shows Anna Berg saying, \"We are not done yet.\"",
               {{.speaker = "Anna Berg"}, {.speaker = "Paul Ortiz"}, {.speaker = "Anna Berg"}});
}

TEST(QuotesTest, SourceThatReportsTheFrameIsCredited) {
  ExpectQuotes("\u201cI ask you not to protest on the floor,\u201d Sanders said, according to CNN. "
               "\u201cIt matters.\u201d",
               {{.speaker = "CNN", .cue = "said"}}, {.join_continuations = true});
  // Without a source after the frame, the speaker stays.
  ExpectQuotes("\u201cI ask you not to protest on the floor,\u201d Sanders said in Philadelphia.",
               {{.speaker = "Sanders"}});
}

TEST(QuotesTest, ASecondCueInTheFrameStartsANewQuotation) {
  // "adding," hands the second quotation over: two quotations, not one
  // joined over the frame (and the title in it).
  ExpectQuotes("\u201cShe would be the best nominee, but she has no chance,\u201d Maria Lopez said on "
               "NBC's \"Meet the Press,\" adding, "
               "\u201cHer problem is that nobody seems to want to buy that.\u201d",
               {{.text = "She would be the best nominee, but she has no chance,"},
                {.kind = QuoteKind::kTerm},  // the title
                {.text = "Her problem is that nobody seems to want to buy that.", .speaker = "Maria Lopez"}},
               {.join_continuations = true});
  // Without the second cue the frame's quotation goes on.
  Document e = Doc("\u201cShe would be the best nominee, but she has no chance,\u201d Maria Lopez said on "
                   "NBC's \"Meet the Press.\" \u201cHer problem is that nobody seems to want to buy that.\u201d");
  ASSERT_NO_FATAL_FAILURE(ExpectQuotes(&e, {{.kind = QuoteKind::kDirect}, {}}, {.join_continuations = true}));
  EXPECT_NE(Text(e, e.quotes[0]).find("buy that."), std::string::npos);
}

TEST(QuotesTest, RelativeSpeakerPastAPhraseOfPlace) {
  // "who declared in the spin room, "..."": the relative still speaks the
  // words its verb hands over after a phrase of place.
  ExpectQuotes("The endorsement came from Maria Lopez, who declared in the debate spin room, "
               "\u201cI am sending the signal that it is time to unite.\u201d",
               {{.speaker = "who",  // the relative, standing for Maria Lopez
                 .cue = "declared"}});
}

TEST(QuotesTest, ThatClauseInTheParagraphBeforeLeavesAWholeQuotation) {
  // "X said that given ...:" ends the paragraph before: its "that" belongs
  // to that sentence, and the paragraph after is X's whole quotation, not a
  // fragment of a paraphrase.
  ExpectQuotes("Maria Lopez, a voter from the county, said that given the candidates on both sides:\n\n"
               "\u201cThere is only one choice. She spends her own money on the campaign.\u201d",
               {{.speaker = "Maria Lopez", .kind = QuoteKind::kDirect}});
  // In the same sentence, "that" still makes the quotation a fragment.
  ExpectQuotes("Maria Lopez said that \u201cthere is only one choice for the county.\u201d",
               {{.kind = QuoteKind::kPartial}});
}

TEST(QuotesTest, SourceLinesAfterAQuotationDash) {
  // One line each, the source after U+2015, all in one paragraph as a
  // plain-text reader gives them; the segmenter need not split the lines.
  Document d = Doc("\u201cMaybe we can build a wall around him.\u201d\u2015 Steve Quinlan.\n"
                   "\u201cHe said hateful things time and again.\u201d \u2015 Carlos Ruiz\n"
                   "\u201cThis is the last one of them all.\u201d \u2015 Ana Lopez\n");
  d.paragraphs.push_back({0, Offset(d.text.size()), BlockKind::kBody});
  ExpectQuotes(&d, {{.speaker = "Steve Quinlan", .kind = QuoteKind::kDirect},
                    {.speaker = "Carlos Ruiz", .kind = QuoteKind::kDirect},
                    {.speaker = "Ana Lopez", .kind = QuoteKind::kDirect}});
  // A fragment that ends a sentence is not what the source line credits.
  ExpectQuotes("And that is all he has \u201cthe root of all evil.\u201d \u2015 Ana Lopez.\n", {{.speaker = ""}});
}

TEST(QuotesTest, FragmentAfterAVerbThatReportsNothingIsAScareQuoteWhenReadAsReportedSpeech) {
  const std::string text =
      "Jane Doe met the voters. She reserved her passion for the cause of \u201cimmigration reform.\u201d";
  Document d = Doc(text);
  AddMention(&d, "Jane Doe", Label::kPerson, 0);
  ExpectQuotes(&d, {{.speaker = "She"}});
  Document e = Doc(text);
  AddMention(&e, "Jane Doe", Label::kPerson, 0);
  ExpectQuotes(&e, {{.kind = QuoteKind::kTerm}}, {.paraphrases = true});
  // A verb that reports speech still frames the fragment.
  Document f = Doc("Jane Doe met the voters. She championed the cause of \u201cimmigration reform\u201d at once.");
  AddMention(&f, "Jane Doe", Label::kPerson, 0);
  auto s = Find(&f, {.paraphrases = true});
  bool framed = false;
  for (const Quote& quote : s) framed = framed || Speaker(f, quote) == "She";
  EXPECT_TRUE(framed);
}

TEST(QuotesTest, TheNextLineIsNoFrame) {
  // One paragraph, as a plain-text reader gives it: the line after the
  // quotation starts something else.
  for (const char* gap : {" ", "\n"}) {
    Document d = Doc(std::string("The talks ended. \u201cIf one is proposed we will consider it.\u201d") + gap +
                     "Jane Doe said in Paris.");
    d.paragraphs.push_back({0, Offset(d.text.size()), BlockKind::kBody});
    auto q = Find(&d);
    ASSERT_EQ(q.size(), 1u);
    EXPECT_EQ(Speaker(d, q[0]), std::string(gap) == " " ? "Jane Doe" : "") << gap;
  }
}

TEST(QuotesTest, WordsHandedOverWithAColonAreNoTitle) {
  // Short words in title case after a frame and a colon are the speaker's.
  ExpectQuotes("Jane Doe says to Nevadans: \u201cThis one is for you.\u201d",
               {{.speaker = "Jane Doe", .kind = QuoteKind::kDirect}});
  // Without a frame before it, the same words stay a name.
  ExpectQuotes("They saw \u201cThis One Is for You\u201d at the festival.", {{.kind = QuoteKind::kTerm}});
}

TEST(QuotesTest, QuantifierSubjects) {
  ExpectQuotes("\u201cYou seem to have picked a new standard,\u201d the two said.", {{.speaker = "the two"}});
  ExpectQuotes("Thousands waved signs as they celebrated. Some chanted \u201cUSA! USA!\u201d",
               {{.speaker = "Some", .kind = QuoteKind::kDirect}});
}

TEST(QuotesTest, JunkNeverFails) {
  const std::vector<std::string> junk = {
      "\"", "\"\"", "\u201c", "\u201d\u201c", "'", "said", ": \"", "\"a\" said \"", ",\" he said, \"",
      "\n\n\"\n\n\"", "according to", "\"A,\" said", "\u00ab\u00bb\u2039", "He said: \"\"",
      "\"A!\" X said,", "\"A.\"\n\n-", "\"A.\"\n\n- ,", "said former", "\"A,\" said a b c d e f g h",
      "\u00ab(\u00bb\u00abx\u00ab he d:"};
  QuoteOptions all;
  all.reported_speech = true;
  all.join_continuations = true;
  for (const std::string& text : junk) {
    Document d = Doc(text);
    EXPECT_TRUE(FindQuotes(ProjectLexicon(), all, &d).ok()) << text;
    for (const Quote& q : d.quotes) {
      EXPECT_LE(q.start, q.end);
      EXPECT_LE(q.end, d.text.size());
    }
  }
}

TEST(QuotesTest, ThousandsOfShortQuotationsInOneSentence) {
  // Every one is found, and each is a term. (Each quotation's frame region
  // ends at the next quotation that is no short name: a search over the
  // candidates since this text took the stage quadratic time.)
  std::string text;
  for (int k = 0; k < 5000; ++k) text += "\"a\". ";
  ExpectQuotes(text, std::vector<Expected>(5000, Expected{.text = "a", .kind = QuoteKind::kTerm}));
}

TEST(QuotesTest, ATranscriptIsOneQuotationATurn) {
  // Paragraphs that re-open the quotation, each turn labelled with its
  // speaker's name in capitals; a paragraph without a label goes on with
  // the turn before it, and the label names the person of the article.
  Document d = Doc("Mike Pence spoke to Chris Wallace. Partial transcript as follows:\n\n"
                   "\"WALLACE: Why would he do that? And will she be there?\n\n"
                   "\"PENCE: Well, look, this is serious business.\n\n"
                   "\"(CROSSTALK.)\n\n"
                   "\"WALLACE: Will she be there?\n\n"
                   "\"PENCE: She will not be attending the debate.\"");
  AddMention(&d, "Mike Pence", Label::kPerson, 0);
  ExpectQuotes(&d, {{.text = "Why would he do that? And will she be there?",
                     .speaker = "WALLACE",
                     .cue = ":",
                     .kind = QuoteKind::kDirect,
                     .entity = -1},  // no Wallace among the entities
                    {.text = "Well, look, this is serious business.\n\n\"(CROSSTALK.)",
                     .speaker = "PENCE",
                     .cue = ":",
                     .kind = QuoteKind::kDirect,
                     .entity = 0},
                    {.speaker = "WALLACE", .cue = ":", .kind = QuoteKind::kDirect},
                    {.text = "She will not be attending the debate.",
                     .speaker = "PENCE",
                     .cue = ":",
                     .kind = QuoteKind::kDirect,
                     .entity = 0}});
}

TEST(QuotesTest, OneLabelMakesNoTranscript) {
  // A quotation over two paragraphs whose first opens with a name in
  // capitals and a colon stays one quotation; so does one whose labels are
  // those of a page ("VIDEO:").
  for (const char* text : {"\"WALLACE: Why would he do that?\n\n\"And will she be there?\"",
                           "\"VIDEO: They told me it was a video.\n\n\"VIDEO: They said they would call.\""}) {
    Document d = Doc(text);
    const std::vector<Quote> q = Find(&d);
    ASSERT_EQ(q.size(), 1u) << text;
    EXPECT_EQ(q[0].start, 1u) << text;
  }
}

TEST(QuotesTest, ANationalityOpensADescriptionOfTheNameAfterIt) {
  // Any description may follow a nationality; the named person speaks.
  Document d = Doc("\"It looks pretty grim,\" said Swedish trades union official Ulf Carlsson.");
  AddMention(&d, "Swedish", Label::kNorp, -1);
  AddMention(&d, "Ulf Carlsson", Label::kPerson, 0);
  ExpectQuotes(&d, {{.speaker = "Ulf Carlsson", .entity = 0}});
}

TEST(QuotesTest, APersonBeforeAnAppositiveLeftOpenSpeaks) {
  // The writer left out the comma that closes the appositive; the person
  // named before it speaks. A frame set in the clause keeps its speaker.
  Document d = Doc("Marc Ostwald, a strategist at Monument Securities told the BBC: \"Rates will rise.\"");
  AddMention(&d, "Marc Ostwald", Label::kPerson, 0);
  AddMention(&d, "Monument Securities", Label::kOrg, 1);
  ExpectQuotes(&d, {{.speaker = "Marc Ostwald", .entity = 0}});

  Document framed = Doc("Mr. Obama, officials said, has become \"increasingly skeptical\" of the plan.");
  AddMention(&framed, "Obama", Label::kPerson, 0);
  ExpectQuotes(&framed, {{.speaker = "officials"}});
}

TEST(QuotesTest, AParticipleAfterAPlaceOrMediumIsTheClauseSubjects) {
  // "Facebook" is where Clinton wrote; after other prepositions the phrase
  // is the participle's own subject.
  ExpectQuotes("Clinton responded to the question on Facebook writing, \"Yes, I will.\"",
               {{.speaker = "Clinton", .cue = "writing"}});
  ExpectQuotes("Trump reminds me of Abraham Lincoln saying that \"you can fool some of the people.\"",
               {{.speaker = "Abraham Lincoln", .cue = "saying"}});
}

TEST(QuotesTest, AnInvertedSpeakerKeepsItsDeterminerAndCapitalizedModifiers) {
  // The speaker is "the Illinois Democrat", not "Democrat"; a description
  // before a name still leaves the name ("the think tank MacroPolo").
  ExpectQuotes("\"We will win,\" said the Illinois Democrat.",
               {{.speaker = "the Illinois Democrat", .cue = "said"}});
}

TEST(QuotesTest, APhraseAfterThatKeepsNoThatWhenItsRunEndsAtTheQuotation) {
  // "that" opens a clause here, no determiner of the name.
  Document d = Doc("Acknowledging that Trump \u201csays a lot of stupid stuff,\u201d though, Allen did suggest that "
                   "his wealth helps.");
  const std::vector<Quote> q = Find(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_FALSE(Speaker(d, q[0]).starts_with("that ")) << Speaker(d, q[0]);
}

TEST(QuotesTest, AnInvertedFrameAfterAShortPhraseGoingOnFromTheQuotation) {
  // "in 2005" and "on purpose" go on from the quoted words; the frame
  // after their comma is the quotation's.
  ExpectQuotes("\"I expect that to be the case\" in 2005, said Kurt Karl, an economist at Swiss Re.",
               {{.speaker = "Kurt Karl", .cue = "said", .kind = QuoteKind::kDirect}});
  ExpectQuotes("\"We did it\" on purpose, said the manager.",
               {{.speaker = "the manager", .cue = "said", .kind = QuoteKind::kDirect}});
}

TEST(QuotesTest, TheNameAPossessorOpensSpeaksNotThePossessor) {
  // The possessor is a recognized organisation or a run of capitals.
  Document d = Doc("\"It works,\" said Deutsche Bank's Simon Champion.");
  AddMention(&d, "Deutsche Bank", Label::kOrg, 0);
  AddMention(&d, "Simon Champion", Label::kPerson, 1);
  ExpectQuotes(&d, {{.speaker = "Simon Champion", .cue = "said", .entity = 1}});
  ExpectQuotes("\"It works,\" said Flight International's Mr Learmount.",
               {{.speaker = "Mr Learmount", .cue = "said"}});
}

TEST(QuotesTest, ANameWithItsPartyInParenthesesSpeaksPastARelativeClause) {
  // Not "Clinton", the object inside the aside.
  ExpectQuotes("Claire McCaskill (D-Mo.), who has endorsed Clinton, said: \"Sanders has pushed her.\"",
               {{.speaker = "Claire McCaskill", .cue = "said", .kind = QuoteKind::kDirect}});
}

TEST(QuotesTest, ABareCapitalizedTitleSpeaksAndANameAfterATitleSpeaks) {
  // "the President" is a description of a person, not a name missing.
  ExpectQuotes("\"We will win this,\" said the President.",
               {{.speaker = "the President", .cue = "said", .kind = QuoteKind::kDirect}});
  ExpectQuotes("\"We will win this,\" said the former President.",
               {{.speaker = "the former President", .cue = "said", .kind = QuoteKind::kDirect}});
  // A name after the title and its determiner speaks (the run had stopped
  // at its last role noun, which left the name out).
  ExpectQuotes("\"We will win this,\" said the former President Bill Clinton.",
               {{.speaker = "Bill Clinton", .cue = "said", .kind = QuoteKind::kDirect}});
  ExpectQuotes("\"It stays on the air,\" said the network's spokesman Scott Grogin.",
               {{.speaker = "Scott Grogin", .cue = "said", .kind = QuoteKind::kDirect}});
}

TEST(QuotesTest, AReportWithAClauseAfterAnAsideFramesNoQuotationBeforeIt) {
  // "She said, twice, that ..." reports its own clause: the quotation
  // before it goes on from the one Jane Doe framed.
  ExpectQuotes("\"Our jobs are leaving,\" Jane Doe said. \"That is my wheelhouse.\" She said, twice, that she "
               "was going to win.",
               {{.speaker = "Jane Doe", .cue = "said"}, {.text = "That is my wheelhouse.", .speaker = "Jane Doe"}});
}

}  // namespace
}  // namespace saywho
