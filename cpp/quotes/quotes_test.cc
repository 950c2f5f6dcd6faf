#include "quotes/quotes.h"

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

TEST(QuotesTest, EmptyDocument) {
  Document d;
  EXPECT_TRUE(FindQuotes(Lexicon(), &d).ok());
  EXPECT_TRUE(d.quotes.empty());
}

TEST(QuotesTest, FrameAfterTheQuotation) {
  Document d = Doc("\u201cWe will win this race,\u201d Senator Jane Smith said on Monday.");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Text(d, q[0]), "We will win this race,");
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(Speaker(d, q[0]), "Jane Smith");
  EXPECT_EQ(CueOf(d, q[0]), "said");
  EXPECT_GT(q[0].confidence, 0.5f);
  EXPECT_LE(q[0].confidence, 1.0f);
}

TEST(QuotesTest, FrameAsASentenceOfItsOwn) {
  Document d = Doc("\u201cI hope you find the missing emails.\u201d Trump said.\n\n"
                   "\u201cWe are done here today.\u201d He left.");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(Speaker(d, q[0]), "Trump");
  EXPECT_EQ(q[1].speaker_start, q[1].speaker_end);  // "left" reports nothing
}

TEST(QuotesTest, ParticipleTakesTheClauseSubject) {
  Document d = Doc("Clinton seemed ready to riff on it in Iowa, telling the crowd, "
                   "\u201cSome people get a little carried away.\u201d");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Speaker(d, q[0]), "Clinton");
}

TEST(QuotesTest, VerbAfterAndSharesTheClauseSubject) {
  // A verb of speech after "and" that hands the words over has the subject
  // of the clause, not its object ("her head", "Barack Obama").
  const struct {
    const char* text;
    const char* speaker;
    const char* cue;
  } cases[] = {
      {"Clinton shook her head and said, \"No.\"", "Clinton", "said"},
      {"The senator walked to the podium and said: \"We will never give up.\"", "The senator", "said"},
      {"In the morning, the mayor stood up and told reporters: \"We will never give up.\"", "the mayor", "told"},
      {"He supported Barack Obama over Clinton and said: \"Clinton never did a thing for us.\"", "He", "said"},
  };
  for (const auto& c : cases) {
    Document d = Doc(c.text);
    auto q = Find(&d);
    ASSERT_EQ(q.size(), 1u) << c.text;
    EXPECT_EQ(q[0].kind, QuoteKind::kDirect) << c.text;
    EXPECT_EQ(Speaker(d, q[0]), c.speaker) << c.text;
    EXPECT_EQ(CueOf(d, q[0]), c.cue) << c.text;
  }
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
    auto q = Find(&d);
    ASSERT_EQ(q.size(), 1u) << c.text;
    EXPECT_EQ(Speaker(d, q[0]), c.person) << c.text;
    EXPECT_EQ(q[0].speaker, 1) << c.text;
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
  Document d = Doc("Joe Scarborough, host of MSNBC\u2019s \u201cMorning Joe,\u201d said: \u201cThe refusal could "
                   "disqualify him.\u201d");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(Text(d, q[1]), "The refusal could disqualify him.");
  EXPECT_EQ(q[1].kind, QuoteKind::kDirect);
  EXPECT_EQ(Speaker(d, q[1]), "Joe Scarborough");
}

TEST(QuotesTest, QuotationAfterASentenceOfReportedSpeech) {
  // The sentence before reports its subject's words; the quotation that
  // follows with no frame of its own goes on with them.
  Document d = Doc("Ms Tymoshenko said prosecutors had drawn up a list of businesses. \"We will return to the state "
                   "what was illegally put into private hands.\"");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Speaker(d, q[0]), "Ms Tymoshenko");
  // "said" reports the sentence before; the quotation has no cue of its own.
  EXPECT_EQ(q[0].cue_start, q[0].cue_end);
  // With reported speech on, that sentence is her report too.
  Document with_reports = Doc(d.text);
  QuoteOptions reported;
  reported.reported_speech = true;
  auto both = Find(&with_reports, reported);
  ASSERT_EQ(both.size(), 2u);
  EXPECT_EQ(Text(with_reports, both[0]), "prosecutors had drawn up a list of businesses");
  EXPECT_EQ(Speaker(with_reports, both[0]), "Ms Tymoshenko");
  // After an opening phrase the subject may be another's: no speaker.
  Document e = Doc("In 2004, the minister said prices had risen sharply across the whole country. \"We will "
                   "return to the state what was taken.\"");
  auto r = Find(&e);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker_start, r[0].speaker_end);
}

TEST(QuotesTest, InvertedFrame) {
  Document d = Doc("\"Prices will rise,\" said Jane Smith, a spokeswoman for the bank.");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Speaker(d, q[0]), "Jane Smith");
}

TEST(QuotesTest, QuotationSplitByItsFrameIsOne) {
  Document d = Doc("\"The first part is here,\" he said, \"and the second part is there.\"");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Text(d, q[0]), "The first part is here,\" he said, \"and the second part is there.");
  EXPECT_EQ(Speaker(d, q[0]), "he");
}

TEST(QuotesTest, ContinuationKeepsTheSpeaker) {
  const std::string text =
      "\"Imagine what we could build together,\" Maria Lopez said in a debate. "
      "\"Imagine how fast it would grow.\"";
  Document d = Doc(text);
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(Text(d, q[1]), "Imagine how fast it would grow.");
  EXPECT_EQ(Speaker(d, q[1]), "Maria Lopez");
  EXPECT_EQ(q[1].cue_start, q[1].cue_end);  // no cue of its own
  EXPECT_EQ(q[1].kind, QuoteKind::kDirect);

  Document joined = Doc(text);
  QuoteOptions options;
  options.join_continuations = true;
  auto j = Find(&joined, options);
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(Text(joined, j[0]),
            "Imagine what we could build together,\" Maria Lopez said in a debate. "
            "\"Imagine how fast it would grow.");
}

TEST(QuotesTest, AnUnrelatedSentenceBreaksTheContinuation) {
  Document d = Doc(
      "\"We are ready for it,\" the coach said. The team then left the field early. "
      "\"Nobody knows the answer to that question.\"");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker_start, q[1].speaker_end);
}

TEST(QuotesTest, PartialQuotationWithLeadingCue) {
  Document d = Doc("National Security Adviser John Bolton has warned of a \u201cManchurian chip.\u201d");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Text(d, q[0]), "Manchurian chip.");
  EXPECT_EQ(q[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(Speaker(d, q[0]), "John Bolton");
  EXPECT_EQ(CueOf(d, q[0]), "warned");
}

TEST(QuotesTest, UnnamedSpeakers) {
  Document d = Doc(
      "One Chinese official told the newspaper that the plan \"has changed a lot.\" "
      "But other senior officials insist that it \"will never give an inch\" on this.");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(Speaker(d, q[0]), "One Chinese official");
  EXPECT_EQ(q[0].speaker, -1);
  EXPECT_EQ(Speaker(d, q[1]), "other senior officials");
}

TEST(QuotesTest, TermsHaveNoSpeaker) {
  Document d = Doc("The country received help from its \"elder brother.\" Its rulers moved from "
                   "\"catching up\" to \"surpassing.\"");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 3u);
  for (const Quote& quote : q) {
    EXPECT_EQ(quote.kind, QuoteKind::kTerm) << Text(d, quote);
    EXPECT_EQ(quote.speaker_start, quote.speaker_end);
    EXPECT_EQ(quote.speaker, -1);
  }
}

TEST(QuotesTest, HeadingsHoldOnlyTerms) {
  Document d = Doc("\u201cWE WILL WIN,\u201d SHE SAID\nThe body starts here and goes on.");
  d.paragraphs.push_back({0, Offset(d.text.find('\n')), BlockKind::kHeading});
  d.paragraphs.push_back({Offset(d.text.find('\n') + 1), Offset(d.text.size()), BlockKind::kBody});
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kTerm);
  EXPECT_EQ(q[0].speaker_start, q[0].speaker_end);
}

TEST(QuotesTest, TitleLinesHoldTermsButPullQuotesAreWords) {
  Document d = Doc("The Roots of an Ambition to \"Catch Up and Surpass\"\n\n"
                   "\"I have no doubt there will be more cases documented\"\n\nThe end came.");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, QuoteKind::kTerm);
  EXPECT_EQ(q[1].kind, QuoteKind::kDirect);
}

TEST(QuotesTest, TitleOfSeveralWordsBeforeAName) {
  Document d = Doc("\"We will stay the course,\" said Secretary of State Anna Berg.");
  AddMention(&d, "Anna Berg", Label::kPerson, 0);
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Speaker(d, q[0]), "Anna Berg");
}

TEST(QuotesTest, QuotationLineWithASourceAfterADashIsNoTitle) {
  // A line without a final stop is a title, unless that stop closes a
  // quotation that a dash and a source follow.
  Document d = Doc("The debate went on.\n\n\"We will win the vote.\" - Anna Berg\n\n"
                   "Trump Calls the Plan \"a Disaster\" - Daily News\n\nThe end came.");
  AddMention(&d, "Anna Berg", Label::kPerson, 0);
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(Speaker(d, q[0]), "Anna Berg");
  EXPECT_EQ(q[1].kind, QuoteKind::kTerm);
  EXPECT_EQ(q[1].speaker_start, q[1].speaker_end);
}

TEST(QuotesTest, AccordingToAndColonFrames) {
  Document d = Doc("According to the newspaper, \"the plan is dead and buried.\"\n\n"
                   "Breitbart News responded:\n\n\"If there are people here, we act on it.\"");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(Speaker(d, q[0]), "the newspaper");
  EXPECT_EQ(CueOf(d, q[0]), "According to");
  EXPECT_EQ(Speaker(d, q[1]), "Breitbart News");
}

TEST(QuotesTest, ReportingNouns) {
  Document d = Doc("In 1983, Premier Zhao Ziyang gave a speech on the \u201cglobal New Technological "
                   "Revolution,\u201d citing Toffler. \"We will act now,\" Jane Smith said in a statement. "
                   "Officials posted the following statement: \"The office stays closed today.\"");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(Speaker(d, q[0]), "Zhao Ziyang");
  EXPECT_EQ(CueOf(d, q[0]), "speech");
  EXPECT_EQ(Speaker(d, q[1]), "Jane Smith");
  EXPECT_EQ(CueOf(d, q[1]), "said");
  EXPECT_EQ(Speaker(d, q[2]), "Officials");
}

TEST(QuotesTest, SpeakerLinkedToItsEntity) {
  Document d = Doc("\"This is very dangerous,\" President Donald Trump said recently.");
  AddMention(&d, "Donald Trump", Label::kPerson, 0);
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, 0);
  EXPECT_EQ(Speaker(d, q[0]), "Donald Trump");
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
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Speaker(d, q[0]), "He");
  EXPECT_EQ(q[0].speaker, 0);
}

TEST(QuotesTest, SeveralQuotationsShareTheSentenceFrame) {
  Document d = Doc("Technology was key to the West's \"sway over the world\"; the country needs an "
                   "\"asymmetrical strategy\" to \"catch up,\" he said.");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 3u);
  for (const Quote& quote : q) EXPECT_EQ(Speaker(d, quote), "he") << Text(d, quote);
}

TEST(QuotesTest, CitationsInsideTheQuotation) {
  Document d = Doc("Keith Alexander called it \u201cthe greatest transfer of wealth in history.\u201d");
  size_t anchor = d.text.find("the greatest");
  Citation c;
  c.n = 15;
  c.start = Offset(anchor);
  c.end = Offset(anchor + std::string("the greatest transfer of wealth").size());
  d.citations.push_back(c);
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].citations, std::vector<int32_t>{15});
  EXPECT_EQ(Speaker(d, q[0]), "Keith Alexander");
}

TEST(QuotesTest, ReportedSpeechOnlyWhenAsked) {
  const std::string text = "The finance minister said that taxes would rise sharply next year.";
  Document plain = Doc(text);
  EXPECT_TRUE(Find(&plain).empty());
  Document d = Doc(text);
  QuoteOptions options;
  options.reported_speech = true;
  auto q = Find(&d, options);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  // The complementizer is part of the reported content, as PolNeAR marks it.
  EXPECT_EQ(Text(d, q[0]), "that taxes would rise sharply next year");
  EXPECT_EQ(Speaker(d, q[0]), "The finance minister");
}

std::vector<Quote> Reported(Document* doc) {
  QuoteOptions options;
  options.reported_speech = true;
  return Find(doc, options);
}

TEST(QuotesTest, ReportedSpeechPastAPrepositionalPhrase) {
  Document d = Doc("The minister said in a statement on Tuesday that taxes would rise.");
  auto q = Reported(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Text(d, q[0]), "that taxes would rise");
  // Without "that" the phrase is no content.
  Document bare = Doc("The minister said in a statement on Tuesday.");
  EXPECT_TRUE(Reported(&bare).empty());
}

TEST(QuotesTest, ReportedQuestionsAndThereClauses) {
  Document d = Doc("The reporter asked whether the plan would pass. But Democrats said there are good reasons.");
  auto q = Reported(&d);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(Text(d, q[0]), "whether the plan would pass");
  EXPECT_EQ(Text(d, q[1]), "there are good reasons");
  EXPECT_EQ(Speaker(d, q[1]), "Democrats");
}

TEST(QuotesTest, OpeningPhraseBeforeTheSpeakerIsNoContent) {
  Document d = Doc("Hours later, Intel said the event was canceled.");
  auto q = Reported(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Text(d, q[0]), "the event was canceled");
  EXPECT_EQ(Speaker(d, q[0]), "Intel");
}

TEST(QuotesTest, RelativePronounSpeaksForItsAntecedent) {
  Document d = Doc("The bill was signed by Mayor John Smith, who said the vote was fair.");
  int smith = AddMention(&d, "John Smith", Label::kPerson, 0);
  (void)smith;
  auto q = Reported(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Text(d, q[0]), "the vote was fair");
  EXPECT_EQ(Speaker(d, q[0]), "who");
  EXPECT_EQ(q[0].speaker, 0);
}

TEST(QuotesTest, ReportedContentStopsAtASecondClause) {
  Document d = Doc(
      "The mayor said the budget was balanced - a claim critics dispute. "
      "The senator said the deal was dead and pushed for a new vote. "
      "The governor said the roads were safe, even as the snow kept falling.");
  auto q = Reported(&d);
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(Text(d, q[0]), "the budget was balanced");
  EXPECT_EQ(Text(d, q[1]), "the deal was dead");
  EXPECT_EQ(Text(d, q[2]), "the roads were safe");
}

TEST(QuotesTest, AccordingToAnySource) {
  Document d = Doc(
      "Whites without a degree made up just 36 percent of the electorate, according to exit polls. "
      "In 2014, the city had 115 violent crimes \u2014 according to the most recent data.");
  auto q = Reported(&d);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(Text(d, q[0]), "Whites without a degree made up just 36 percent of the electorate");
  EXPECT_EQ(Speaker(d, q[0]), "exit polls");
  EXPECT_EQ(Text(d, q[1]), "In 2014, the city had 115 violent crimes");
  EXPECT_EQ(Speaker(d, q[1]), "the most recent data");
}

TEST(QuotesTest, HeadlineAndTranscriptColons) {
  Document d = Doc("Lynch: No outside influence on the inquiry into the emails.\n\n"
                   "Q: Your mother was deported twice.\n\n"
                   "The plan has three parts: taxes, roads and schools.");
  auto q = Reported(&d);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(Text(d, q[0]), "No outside influence on the inquiry into the emails");
  EXPECT_EQ(Speaker(d, q[0]), "Lynch");
  EXPECT_EQ(Speaker(d, q[1]), "Q");
}

TEST(QuotesTest, ALabelBeforeAColonIsNoSpeaker) {
  Document d = Doc("The Latest: Hillary Clinton tells voters she is with them.");
  auto q = Reported(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Speaker(d, q[0]), "Hillary Clinton");
  EXPECT_EQ(Text(d, q[0]), "voters she is with them");
}

TEST(QuotesTest, PageLabelsBeforeAColonAreNoSpeakers) {
  // quote_colon_labels: the lines after them are nobody's words, while a
  // name before a colon still speaks.
  Document d = Doc("Contributing: Jane Smith in Washington.\n\n"
                   "CORRECTION: An earlier version of this story misspelled her name.\n\n"
                   "Editor's note: The story was updated on Friday.\n\n"
                   "Lynch: No outside influence on the inquiry into the emails.");
  auto q = Reported(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Speaker(d, q[0]), "Lynch");
  Document marked = Doc("Watch: \"We will win this state in November.\"\n\n"
                        "Smith: \"We will lose it.\"");
  ASSERT_TRUE(FindQuotes(ProjectLexicon(), &marked).ok());
  ASSERT_EQ(marked.quotes.size(), 2u);
  EXPECT_EQ(marked.quotes[0].speaker_end, marked.quotes[0].speaker_start);
  EXPECT_EQ(Speaker(marked, marked.quotes[1]), "Smith");
}

TEST(QuotesTest, ATranscriptTurnHoldsItsWholeParagraph) {
  Document d = Doc("MATTHEWS: Here is the irony. Everybody hates it. But they vote for it.\n\n"
                   "The next paragraph is the writer's.");
  auto q = Reported(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Text(d, q[0]), "Here is the irony. Everybody hates it. But they vote for it");
  EXPECT_EQ(Speaker(d, q[0]), "MATTHEWS");
}

TEST(QuotesTest, ShareOfAPollSpeaks) {
  Document d = Doc("Twenty-four percent said they were more likely to vote for him. "
                   "A large majority said the economy was the top issue.");
  auto q = Reported(&d);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(Speaker(d, q[0]), "Twenty-four percent");
  EXPECT_EQ(Text(d, q[0]), "they were more likely to vote for him");
  EXPECT_EQ(Speaker(d, q[1]), "A large majority");
}

TEST(QuotesTest, ShortReportedContent) {
  Document d = Doc("The vote is on Tuesday. Jeff Flake said he would.");
  auto q = Reported(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Text(d, q[0]), "he would");
  EXPECT_EQ(Speaker(d, q[0]), "Jeff Flake");
}

TEST(QuotesTest, ReportedContentGoesOnPastAndWithAVerbOfItsOwn) {
  Document d = Doc("A spokeswoman said the former executive has no more speeches scheduled and delivered "
                   "only nonpartisan remarks at her events.\n\n"
                   "The mayor said the plan was dead and endorsed a new one.");
  auto q = Reported(&d);
  ASSERT_GE(q.size(), 2u);
  EXPECT_EQ(Text(d, q[0]),
            "the former executive has no more speeches scheduled and delivered only nonpartisan remarks at her events");
  // A second reporting verb is the speaker's own doing.
  EXPECT_EQ(Text(d, q[1]), "the plan was dead");
}

TEST(QuotesTest, AShortClauseAfterTheVerbIsItsContentNotAFrameTail) {
  // After an opening phrase and a comma, a few words after the verb close a
  // trailing frame only when they open with a preposition or a time word.
  Document d = Doc("After the long vote, officials said Trump won.\n\n"
                   "The plan failed badly, the minister said on Tuesday.");
  auto q = Reported(&d);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(Text(d, q[0]), "Trump won");
  EXPECT_EQ(Speaker(d, q[0]), "officials");
  EXPECT_EQ(Text(d, q[1]), "The plan failed badly");
  EXPECT_EQ(Speaker(d, q[1]), "the minister");
}

TEST(QuotesTest, ReportedContentBeforeAFrameWithADescribedSpeaker) {
  // What follows the speaker's comma describes the speaker; a clause there
  // goes on with the content.
  Document d = Doc("It is highly unusual for such a mistake to slip into a speech, said Matt Latimer, "
                   "another veteran speechwriter.\n\n"
                   "If the bill fails in the Senate, she said, the party is over.\n\n"
                   "Cruz lacks support in Congress, said Larry Sabato, director of the Center for Politics.\n\n"
                   "If the bill fails in the Senate, she said, angry party members plan to leave.");
  auto q = Reported(&d);
  ASSERT_EQ(q.size(), 4u);
  EXPECT_EQ(Text(d, q[0]), "It is highly unusual for such a mistake to slip into a speech");
  EXPECT_EQ(Speaker(d, q[0]), "Matt Latimer");
  EXPECT_EQ(Text(d, q[1]), "If the bill fails in the Senate, she said, the party is over");
  // A role noun with no article describes the speaker too, unless a word
  // of content follows it as a verb would.
  EXPECT_EQ(Text(d, q[2]), "Cruz lacks support in Congress");
  EXPECT_EQ(Speaker(d, q[2]), "Larry Sabato");
  EXPECT_EQ(Text(d, q[3]), "If the bill fails in the Senate, she said, angry party members plan to leave");
}

TEST(QuotesTest, TheNameAfterACapitalizedRoleSpeaks) {
  // "Democratic strategist": a capitalized word and a role noun describe
  // the name after them; "Graham criticized ..." is no description.
  Document d = Doc("His endorsement matters more for politics than for clout, said Democratic strategist Hank "
                   "Sheinkopf.\n\n"
                   "Graham criticized the plan and Republicans said the budget was sound.");
  auto q = Reported(&d);
  ASSERT_GE(q.size(), 2u);
  EXPECT_EQ(Text(d, q[0]), "His endorsement matters more for politics than for clout");
  EXPECT_EQ(Speaker(d, q[0]), "Hank Sheinkopf");
  EXPECT_EQ(Speaker(d, q[1]), "Graham");
}

TEST(QuotesTest, AParticipleOfReportAfterATrailingFrameIsTheNextReport) {
  Document d = Doc("The plan will fail, the mayor said, adding that the council had been warned.");
  auto q = Reported(&d);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(Text(d, q[0]), "The plan will fail");
  EXPECT_EQ(Speaker(d, q[0]), "the mayor");
  EXPECT_EQ(Text(d, q[1]), "that the council had been warned");
  EXPECT_EQ(Speaker(d, q[1]), "the mayor");
}

TEST(QuotesTest, AParagraphEndingInAnAbbreviationIsNoTitle) {
  // The stop of "U.S." ends the sentence too: a one-sentence paragraph so
  // ended is a sentence, not a headline without a stop.
  Document d = Doc("The day began early.\n\nThe mayor said the plan failed in the U.S.");
  auto q = Reported(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Text(d, q[0]), "the plan failed in the U.S.");
  EXPECT_EQ(Speaker(d, q[0]), "The mayor");
}

TEST(QuotesTest, AFragmentAfterASecondVerbHasThatVerbForCue) {
  // The second "said" frames the fragment, with the subject of the first;
  // the first keeps its own reported content.
  Document d = Doc("He said the attacks had given his campaign momentum and said that the senator was \"no Reagan.\"");
  auto q = Reported(&d);
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(Text(d, q[0]), "the attacks had given his campaign momentum");
  EXPECT_EQ(Speaker(d, q[0]), "He");
  EXPECT_EQ(Text(d, q[1]), "that the senator was \"no Reagan.");
  EXPECT_EQ(Speaker(d, q[1]), "He");
  EXPECT_EQ(Text(d, q[2]), "no Reagan.");
  EXPECT_EQ(Speaker(d, q[2]), "He");
  EXPECT_EQ(q[2].cue_start, d.text.find("said that"));
}

TEST(QuotesTest, ANameAfterTheVerbWinsOverASubjectAcrossTheComma) {
  // "Congress, whom ..., said" reads like a subject with a relative clause;
  // the name after "said" that closes the sentence is the speaker.
  Document d = Doc("Cruz lacks support in Congress, whom he has alienated, said Larry Sabato.\n\n"
                   "Mark Penn, the pollster, argued that Dems' support for gun control hurt the party.");
  auto q = Reported(&d);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(Text(d, q[0]), "Cruz lacks support in Congress, whom he has alienated");
  EXPECT_EQ(Speaker(d, q[0]), "Larry Sabato");
  // A name after "that" opens the content.
  EXPECT_EQ(Text(d, q[1]), "that Dems' support for gun control hurt the party");
  EXPECT_EQ(Speaker(d, q[1]), "Mark Penn");
}

TEST(QuotesTest, InvertedFrameWithAnAddresseeVerbClosingTheSentence) {
  Document d = Doc("\"Would it be negotiable?\" asked Sean Hannity.");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Speaker(d, q[0]), "Sean Hannity");
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
  Document d = Doc(text);
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[1].kind, QuoteKind::kTerm);
  EXPECT_EQ(q[2].kind, QuoteKind::kDirect);
  EXPECT_EQ(Speaker(d, q[2]), "Trump");
  Document joined = Doc(text);
  QuoteOptions options;
  options.join_continuations = true;
  auto j = Find(&joined, options);
  ASSERT_EQ(j.size(), 2u);
  EXPECT_EQ(Speaker(joined, j[0]), "Trump");
  EXPECT_EQ(j[0].end, joined.text.rfind("\u201d"));  // up to the last closing mark
  EXPECT_EQ(j[1].kind, QuoteKind::kTerm);
}

TEST(QuotesTest, NewsRoundupSources) {
  Document d = Doc(
      "Polls did predict the caucus - HuffPollster: \u201cMost pollsters fared much better with the results.\u201d\n\n"
      "THE BIG STORY \u201cVoters are angry and they want to be heard this year.\u201d [HuffPost.]");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(Speaker(d, q[0]), "HuffPollster");
  EXPECT_EQ(Speaker(d, q[1]), "HuffPost");
}

TEST(QuotesTest, ParenthesisAndCommaBetweenSpeakerAndVerb) {
  Document d = Doc("Campaigning in Ohio, Gov. John Kasich (R-OH), said, \"We are ready to go west now.\"");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Speaker(d, q[0]), "John Kasich");
}

TEST(QuotesTest, ParaphraseAroundAFragmentHoldsIt) {
  Document d = Doc("Khrushchev declared that his goal was to \"catch up and surpass the West.\"");
  QuoteOptions options;
  options.reported_speech = true;
  auto q = Find(&d, options);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, QuoteKind::kIndirect);
  EXPECT_LE(q[0].start, q[1].start);
  EXPECT_GE(q[0].end, q[1].end);
  EXPECT_EQ(q[1].kind, QuoteKind::kPartial);
}

TEST(QuotesTest, MarkLeftOpenEndsWithItsSentence) {
  Document d = Doc("The mayor said \"we will win the vote. Then everyone went home early.\n\nNext.");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Text(d, q[0]), "we will win the vote.");
  EXPECT_EQ(Speaker(d, q[0]), "The mayor");
}

TEST(QuotesTest, MarkLeftOpenEndsBeforeItsFrame) {
  // Paragraphs without marks between them: a paragraph that re-opens with
  // a mark would carry the quotation on.
  Document d = Doc("\"We will win the vote, Anna Berg said on Tuesday. Then everyone went home.\n\n"
                   "The rain came.\n\n"
                   "\"The river is rising, said the mayor. Nobody moved.\n\n"
                   "The rain came.\n\n"
                   "\"Come in, I said, and sit down with us.");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(Text(d, q[0]), "We will win the vote,");
  EXPECT_EQ(Speaker(d, q[0]), "Anna Berg");
  EXPECT_EQ(Text(d, q[1]), "The river is rising,");
  EXPECT_EQ(Speaker(d, q[1]), "the mayor");
  // A frame that does not end its sentence leaves the quotation whole.
  EXPECT_EQ(Text(d, q[2]), "Come in, I said, and sit down with us.");
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
  Document d = Doc("\"The river is rising fast,\" said former state treasurer Anna Berg.\n\n"
                   "\"Is anyone listening to us?\" asked Sen. Paul Ortiz of Nevada, who chairs the panel.");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(Speaker(d, q[0]), "Anna Berg");
  EXPECT_EQ(Speaker(d, q[1]), "Paul Ortiz of Nevada");
}

TEST(QuotesTest, SourceLineWithADashAfterAQuotedParagraph) {
  Document d = Doc("The debate went on for hours.\n\n"
                   "\"We have cut the deficit in half and we will cut it again.\"\n\n"
                   "- Anna Berg, Denver.\n\n"
                   "Berg overstates the cut.");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Speaker(d, q[0]), "Anna Berg");
}

TEST(QuotesTest, FrameOpeningTheNextSentenceAfterAnExclamation) {
  Document d = Doc("\"The polls were wrong again!\" Paul Ortiz wrote, quoting an old column.\n\n"
                   "\"Where is the money going?\" Anna Berg said of the budget.\n\n"
                   "\"Nobody asked us first!\" Ortiz said the plan would fail.");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(Speaker(d, q[0]), "Paul Ortiz");
  EXPECT_EQ(Speaker(d, q[1]), "Anna Berg");
  // A sentence of reported speech of its own is no frame of the quotation.
  EXPECT_EQ(q[2].speaker_start, q[2].speaker_end);
}

TEST(QuotesTest, LongNameBeforeTheVerb) {
  Document d = Doc("\"The model has limits,\" Anna Berg of the Institute for Water and Climate Studies "
                   "at Lakeside State University wrote.");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Speaker(d, q[0]), "Anna Berg");
}

TEST(QuotesTest, CueBeforeAFragmentWinsOverAFrameLaterInTheSentence) {
  Document d = Doc("Paul Ortiz told the crowd that \"we will not back down,\" and his rival vowed to fight on.");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Speaker(d, q[0]), "Paul Ortiz");
}

TEST(QuotesTest, ParticipleAfterAnOpeningPhrase) {
  Document d = Doc("At the forum on Sunday, Anna Berg compared herself to Ortiz, saying, "
                   "\"I never took a fee from a bank.\"");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Speaker(d, q[0]), "Anna Berg");
}

TEST(QuotesTest, PhrasalCuesAndWrittenSources) {
  Document d = Doc("After the mayor criticized her plan, Anna Berg shot back, \"The mayor has no plan at all.\"\n\n"
                   "\"Vote for the river, vote for the town,\" the sign read.\n\n"
                   "\"The senator will meet the families on Monday,\" Berg's office said in a statement.");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(Speaker(d, q[0]), "Anna Berg");
  EXPECT_EQ(Speaker(d, q[1]), "the sign");
  EXPECT_NE(q[2].speaker_start, q[2].speaker_end);
  EXPECT_EQ(Speaker(d, q[2]).substr(0, 4), "Berg");
}

TEST(QuotesTest, RelativePronounHandsOverTheWords) {
  Document d = Doc("The best reply came from Anna Berg, who tweeted, \"Nobody reads the fine print anyway.\"");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Speaker(d, q[0]), "who");
}

TEST(QuotesTest, ParticipleAfterAPrepositionAndTimeWordsBeforeTheVerb) {
  Document d = Doc("The candidate opened the rally by saying, \"We are here to win this state.\"\n\n"
                   "Paul Ortiz later Thursday told reporters: \"The count is not over yet.\"");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(Speaker(d, q[0]), "The candidate");
  EXPECT_EQ(Speaker(d, q[1]), "Paul Ortiz");
}

TEST(QuotesTest, FrameInTheSentenceBefore) {
  Document d = Doc("Anna Berg agreed. \"The board has run out of time to find anyone else.\"\n\n"
                   "The roads were closed. \"We could not get through at all today.\"");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(Speaker(d, q[0]), "Anna Berg");
  EXPECT_EQ(q[1].speaker_start, q[1].speaker_end);
}

TEST(QuotesTest, WordsRightAfterTheirCueAreDirect) {
  Document d = Doc("The crowd chanted \"Four More Years\" as she left.\n\n"
                   "The crowd chanted \"Four More Years.\"\n\n"
                   "Ortiz said \"the plan\" was dead.");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].kind, QuoteKind::kTerm);  // the clause goes on: a title
  EXPECT_EQ(q[1].kind, QuoteKind::kDirect);
  EXPECT_EQ(Speaker(d, q[1]), "The crowd");
  EXPECT_EQ(q[2].kind, QuoteKind::kPartial);
}

TEST(QuotesTest, SplitFrameWithAnAppositiveAndOneWordContinuation) {
  const std::string text =
      "\"The risk,\" said Anna Berg, an economist who runs the forecast at the state university, "
      "\"is that we lose the workers we trained.\"\n\n"
      "\"This is reckless,\" Paul Ortiz wrote on his blog. \"Really?\"";
  Document d = Doc(text);
  QuoteOptions options;
  options.join_continuations = true;
  auto q = Find(&d, options);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(Speaker(d, q[0]), "Anna Berg");
  EXPECT_EQ(q[0].end, d.text.find("trained.") + 8);
  EXPECT_EQ(Speaker(d, q[1]), "Paul Ortiz");
  EXPECT_EQ(q[1].end, d.text.rfind("?") + 1);
}

TEST(QuotesTest, PartitiveSpeakersAndPlacesAfterTheName) {
  Document d = Doc("\"There is no path left,\" said one of the advisers, who asked not to be named.\n\n"
                   "\"Who will pay for it?\" asked Sen. Paul Ortiz of Nevada, who chairs the panel.");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(Speaker(d, q[0]), "the advisers");
  EXPECT_EQ(Speaker(d, q[1]).substr(0, 10), "Paul Ortiz");
}

TEST(QuotesTest, ParticipleAfterAnObjectAndColonAfterAnObject) {
  Document d = Doc("Anna Berg released a statement saying, \"The board acted within its rights.\"\n\n"
                   "Paul Ortiz then returned to his familiar lines: \"We will fix the roads first.\"\n\n"
                   "The video shows Anna Berg saying, \"We are not done yet.\"");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(Speaker(d, q[0]), "Anna Berg");
  EXPECT_EQ(Speaker(d, q[1]), "Paul Ortiz");
  EXPECT_EQ(Speaker(d, q[2]), "Anna Berg");
}

TEST(QuotesTest, SourceThatReportsTheFrameIsCredited) {
  Document d = Doc("\u201cI ask you not to protest on the floor,\u201d Sanders said, according to CNN. "
                   "\u201cIt matters.\u201d");
  auto q = Find(&d, {.join_continuations = true});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Speaker(d, q[0]), "CNN");
  EXPECT_EQ(CueOf(d, q[0]), "said");
  // Without a source after the frame, the speaker stays.
  Document e = Doc("\u201cI ask you not to protest on the floor,\u201d Sanders said in Philadelphia.");
  auto r = Find(&e);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(Speaker(e, r[0]), "Sanders");
}

TEST(QuotesTest, ASecondCueInTheFrameStartsANewQuotation) {
  // "adding," hands the second quotation over: two quotations, not one
  // joined over the frame (and the title in it).
  Document d = Doc("\u201cShe would be the best nominee, but she has no chance,\u201d Maria Lopez said on "
                   "NBC's \"Meet the Press,\" adding, \u201cHer problem is that nobody seems to want to buy that.\u201d");
  auto q = Find(&d, {.join_continuations = true});
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(Text(d, q[0]), "She would be the best nominee, but she has no chance,");
  EXPECT_EQ(q[1].kind, QuoteKind::kTerm);  // the title
  EXPECT_EQ(Text(d, q[2]), "Her problem is that nobody seems to want to buy that.");
  EXPECT_EQ(Speaker(d, q[2]), "Maria Lopez");
  // Without the second cue the frame's quotation goes on.
  Document e = Doc("\u201cShe would be the best nominee, but she has no chance,\u201d Maria Lopez said on "
                   "NBC's \"Meet the Press.\" \u201cHer problem is that nobody seems to want to buy that.\u201d");
  auto r = Find(&e, {.join_continuations = true});
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].kind, QuoteKind::kDirect);
  EXPECT_NE(Text(e, r[0]).find("buy that."), std::string::npos);
}

TEST(QuotesTest, RelativeSpeakerPastAPhraseOfPlace) {
  // "who declared in the spin room, "..."": the relative still speaks the
  // words its verb hands over after a phrase of place.
  Document d = Doc("The endorsement came from Maria Lopez, who declared in the debate spin room, "
                   "\u201cI am sending the signal that it is time to unite.\u201d");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Speaker(d, q[0]), "who");  // the relative, standing for Maria Lopez
  EXPECT_EQ(CueOf(d, q[0]), "declared");
}

TEST(QuotesTest, ThatClauseInTheParagraphBeforeLeavesAWholeQuotation) {
  // "X said that given ...:" ends the paragraph before: its "that" belongs
  // to that sentence, and the paragraph after is X's whole quotation, not a
  // fragment of a paraphrase.
  Document d = Doc("Maria Lopez, a voter from the county, said that given the candidates on both sides:\n\n"
                   "\u201cThere is only one choice. She spends her own money on the campaign.\u201d");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(Speaker(d, q[0]), "Maria Lopez");
  // In the same sentence, "that" still makes the quotation a fragment.
  Document e = Doc("Maria Lopez said that \u201cthere is only one choice for the county.\u201d");
  auto r = Find(&e);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].kind, QuoteKind::kPartial);
}

TEST(QuotesTest, SourceLinesAfterAQuotationDash) {
  // One line each, the source after U+2015, all in one paragraph as a
  // plain-text reader gives them; the segmenter need not split the lines.
  Document d = Doc("\u201cMaybe we can build a wall around him.\u201d\u2015 Steve Quinlan.\n"
                   "\u201cHe said hateful things time and again.\u201d \u2015 Carlos Ruiz\n"
                   "\u201cThis is the last one of them all.\u201d \u2015 Ana Lopez\n");
  d.paragraphs.push_back({0, Offset(d.text.size()), BlockKind::kBody});
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(Speaker(d, q[0]), "Steve Quinlan");
  EXPECT_EQ(Speaker(d, q[1]), "Carlos Ruiz");
  EXPECT_EQ(Speaker(d, q[2]), "Ana Lopez");
  for (const Quote& quote : q) EXPECT_EQ(quote.kind, QuoteKind::kDirect) << Text(d, quote);
  // A fragment that ends a sentence is not what the source line credits.
  Document e = Doc("And that is all he has \u201cthe root of all evil.\u201d \u2015 Ana Lopez.\n");
  auto r = Find(&e);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker_end, r[0].speaker_start);
}

TEST(QuotesTest, FragmentAfterAVerbThatReportsNothingIsAScareQuoteWhenReadAsReportedSpeech) {
  const std::string text =
      "Jane Doe met the voters. She reserved her passion for the cause of \u201cimmigration reform.\u201d";
  Document d = Doc(text);
  AddMention(&d, "Jane Doe", Label::kPerson, 0);
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Speaker(d, q[0]), "She");
  Document e = Doc(text);
  AddMention(&e, "Jane Doe", Label::kPerson, 0);
  auto r = Find(&e, {.paraphrases = true});
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].kind, QuoteKind::kTerm);
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
  Document d = Doc("Jane Doe says to Nevadans: \u201cThis one is for you.\u201d");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(Speaker(d, q[0]), "Jane Doe");
  // Without a frame before it, the same words stay a name.
  Document e = Doc("They saw \u201cThis One Is for You\u201d at the festival.");
  auto r = Find(&e);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].kind, QuoteKind::kTerm);
}

TEST(QuotesTest, QuantifierSubjects) {
  Document d = Doc("\u201cYou seem to have picked a new standard,\u201d the two said.");
  auto q = Find(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Speaker(d, q[0]), "the two");
  Document e = Doc("Thousands waved signs as they celebrated. Some chanted \u201cUSA! USA!\u201d");
  auto r = Find(&e);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(Speaker(e, r[0]), "Some");
  EXPECT_EQ(r[0].kind, QuoteKind::kDirect);
}

TEST(QuotesTest, JunkNeverFails) {
  const std::vector<std::string> junk = {
      "\"", "\"\"", "\u201c", "\u201d\u201c", "'", "said", ": \"", "\"a\" said \"", ",\" he said, \"",
      "\n\n\"\n\n\"", "according to", "\"A,\" said", "\u00ab\u00bb\u2039", "He said: \"\"",
      "\"A!\" X said,", "\"A.\"\n\n-", "\"A.\"\n\n- ,", "said former", "\"A,\" said a b c d e f g h"};
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
  const std::vector<Quote> q = Find(&d);
  ASSERT_EQ(q.size(), 4u);
  const std::vector<std::string> speakers = {"WALLACE", "PENCE", "WALLACE", "PENCE"};
  for (size_t k = 0; k < q.size(); ++k) {
    EXPECT_EQ(q[k].kind, QuoteKind::kDirect) << k;
    EXPECT_EQ(Speaker(d, q[k]), speakers[k]) << k;
    EXPECT_EQ(CueOf(d, q[k]), ":") << k;
  }
  EXPECT_EQ(Text(d, q[0]), "Why would he do that? And will she be there?");
  EXPECT_EQ(Text(d, q[1]), "Well, look, this is serious business.\n\n\"(CROSSTALK.)");
  EXPECT_EQ(Text(d, q[3]), "She will not be attending the debate.");
  EXPECT_EQ(q[1].speaker, 0);
  EXPECT_EQ(q[3].speaker, 0);
  EXPECT_EQ(q[0].speaker, -1);  // no Wallace among the entities
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
  const std::vector<Quote> q = Find(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Speaker(d, q[0]), "Ulf Carlsson");
  EXPECT_EQ(q[0].speaker, 0);
}

TEST(QuotesTest, APersonBeforeAnAppositiveLeftOpenSpeaks) {
  // The writer left out the comma that closes the appositive; the person
  // named before it speaks. A frame set in the clause keeps its speaker.
  Document d = Doc("Marc Ostwald, a strategist at Monument Securities told the BBC: \"Rates will rise.\"");
  AddMention(&d, "Marc Ostwald", Label::kPerson, 0);
  AddMention(&d, "Monument Securities", Label::kOrg, 1);
  std::vector<Quote> q = Find(&d);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Speaker(d, q[0]), "Marc Ostwald");
  EXPECT_EQ(q[0].speaker, 0);

  Document framed = Doc("Mr. Obama, officials said, has become \"increasingly skeptical\" of the plan.");
  AddMention(&framed, "Obama", Label::kPerson, 0);
  q = Find(&framed);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Speaker(framed, q[0]), "officials");
}

}  // namespace
}  // namespace saywho
