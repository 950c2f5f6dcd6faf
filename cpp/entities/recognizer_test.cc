#include "entities/recognizer.h"

#include <algorithm>
#include <fstream>

#include "entities/conll.h"
#include "entities/tagger.h"
#include "gtest/gtest.h"

namespace saywho {
namespace {

TEST(RecognizerTest, MissingModelIsAnError) {
  EXPECT_FALSE(EntityRecognizer::Load("/nonexistent", nullptr).ok());
}

TEST(RecognizerTest, ForeignFileIsInvalidArgument) {
  const std::string path = ::testing::TempDir() + "/foreign.bin";
  std::ofstream(path) << "#!/bin/sh\necho not a model\n";
  EXPECT_EQ(EntityRecognizer::Load(path, nullptr).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(RecognizerTest, ShippedModelLoadsAndRejectsBadTokens) {
  const std::string dir = std::string(SAYWHO_SOURCE_DIR) + "/resources/";
  auto lexicon = Lexicon::LoadDir(dir + "lexicon");
  ASSERT_TRUE(lexicon.ok()) << lexicon.status();
  auto recognizer = EntityRecognizer::Load(dir + "models/ner.bin", &*lexicon);
  ASSERT_TRUE(recognizer.ok()) << recognizer.status();
  Document doc;
  doc.text = "Hi";
  doc.tokens.start = {0};
  doc.tokens.end = {9};  // past the text
  doc.tokens.flags = {0};
  EXPECT_EQ((*recognizer)->Recognize(&doc).code(), absl::StatusCode::kInvalidArgument);
  Document empty;
  EXPECT_TRUE((*recognizer)->Recognize(&empty).ok());
  EXPECT_TRUE(empty.mentions.empty());
}

TEST(HarmonizeNamesTest, OneLabelPerNameAndSurnames) {
  ner::ConllDocument conll;
  conll.sentences.push_back(ner::ConllSentence{
      {"Donald", "Trump", "met", "Jordan", "."}, std::vector<std::string>(5, "O")});
  conll.sentences.push_back(ner::ConllSentence{
      {"Trump", "and", "Jordan", "talked", ",", "Jordan", "said"},
      std::vector<std::string>(7, "O")});
  const Document doc = ner::ToDocument(conll);
  // Mentions the model hesitated on (confidence 0.6) take the majority label.
  auto mention = [&](int first, int last, Label label, float score = 0.6f) {
    Mention m;
    m.start = doc.tokens.start[first];
    m.end = doc.tokens.end[last];
    m.label = label;
    m.score = score;
    return m;
  };
  std::vector<Mention> names = {
      mention(0, 1, Label::kPerson), mention(3, 3, Label::kGpe),
      mention(5, 5, Label::kOrg),    mention(7, 7, Label::kGpe)};
  ner::HarmonizeNames(doc, &names);
  ASSERT_EQ(names.size(), 5u);  // the last "Jordan" was untagged
  EXPECT_EQ(names[2].label, Label::kPerson);  // "Trump" after "Donald Trump"
  EXPECT_EQ(names[1].label, Label::kGpe);
  EXPECT_EQ(names[3].label, Label::kGpe);
  EXPECT_EQ(doc.Slice(names[4].start, names[4].end), "Jordan");
  EXPECT_EQ(names[4].label, Label::kGpe);

  // A mention the model was sure of keeps its own label against the vote
  // (the country and its national team in one sports report), but a person's
  // family name standing alone is that person's.
  std::vector<Mention> sure = {mention(0, 1, Label::kPerson),      mention(3, 3, Label::kGpe),
                               mention(5, 5, Label::kOrg, 1.0f), mention(7, 7, Label::kOrg, 1.0f),
                               mention(10, 10, Label::kGpe)};
  ner::HarmonizeNames(doc, &sure);
  ASSERT_EQ(sure.size(), 5u);
  EXPECT_EQ(sure[2].label, Label::kPerson);  // "Trump"
  EXPECT_EQ(sure[1].label, Label::kGpe);
  EXPECT_EQ(sure[3].label, Label::kOrg);     // the sure "Jordan"
  EXPECT_EQ(sure[4].label, Label::kGpe);
}

}  // namespace
}  // namespace saywho

namespace saywho {
namespace {

TEST(AddItalicTitlesTest, TitleCaseItalicsBecomeWorks) {
  ner::ConllDocument conll;
  conll.sentences.push_back(ner::ConllSentence{
      {"He", "read", "The", "Third", "Wave", "and", "Harvard", "Review", "in", "ganchao", "."},
      std::vector<std::string>(11, "O")});
  Document doc = ner::ToDocument(conll);
  auto span = [&](int first, int last) {
    return std::make_pair(doc.tokens.start[first], doc.tokens.end[last]);
  };
  for (auto [s, e] : {span(2, 4), span(6, 7), span(9, 9)}) {
    doc.markup.push_back(Markup{s, e, MarkupKind::kItalic});
  }
  Mention third;  // the model found a name inside the first title
  std::tie(third.start, third.end) = span(3, 3);
  third.label = Label::kOrdinal;
  Mention review;  // and exactly the second
  std::tie(review.start, review.end) = span(6, 7);
  review.label = Label::kOrg;
  std::vector<Mention> names = {third, review};
  ner::AddItalicTitles(doc, &names);
  ASSERT_EQ(names.size(), 2u);
  EXPECT_EQ(doc.Slice(names[0].start, names[0].end), "The Third Wave");
  EXPECT_EQ(names[0].label, Label::kWorkOfArt);
  EXPECT_EQ(names[1].label, Label::kOrg);  // lower-case "ganchao" is no title
}

TEST(LabelSignOffTest, OnlyAWordInCapitalsAloneOnTheLastLineIsASignOff) {
  auto labels = [](const std::string& text, const std::string& name) {
    Document doc;
    doc.text = text;
    Mention m;
    m.start = static_cast<Offset>(text.rfind(name));
    m.end = m.start + static_cast<Offset>(name.size());
    m.label = Label::kPerson;
    std::vector<Mention> names = {m};
    ner::LabelSignOff(doc, &names);
    return names[0].label;
  };
  EXPECT_EQ(labels("Prices rose.\n REUTER\n", "REUTER"), Label::kOrg);
  EXPECT_EQ(labels("Prices rose.\nAFP", "AFP"), Label::kOrg);
  // A name on a line with other words, in title case, alone in the text,
  // or with words after it is no sign-off.
  EXPECT_EQ(labels("Prices rose.\nBy REUTER\n", "REUTER"), Label::kPerson);
  EXPECT_EQ(labels("Prices rose.\n Reuter\n", "Reuter"), Label::kPerson);
  EXPECT_EQ(labels(" REUTER\n", "REUTER"), Label::kPerson);
  EXPECT_EQ(labels("Prices rose.\nREUTER said\n", "REUTER"), Label::kPerson);
}

TEST(DropCommonNounsTest, AcronymOfLowerCaseWordsIsNoName) {
  ner::ConllDocument conll;
  conll.sentences.push_back(ner::ConllSentence{
      {"Advances", "in", "artificial", "intelligence", "(", "AI", ")", "and", "research", "and",
       "development", "(", "R&D", ")", "worry", "the", "Communist", "Party", "(", "CP", ")", "."},
      std::vector<std::string>(22, "O")});
  conll.sentences.push_back(ner::ConllSentence{{"AI", "and", "R&D", "grow", ",", "the", "CP", "says", "."},
                                               std::vector<std::string>(9, "O")});
  const Document doc = ner::ToDocument(conll);
  std::vector<Mention> names;
  for (uint32_t k : {5u, 12u, 16u, 19u, 22u, 24u, 28u}) {
    Mention m;
    m.start = doc.tokens.start[k];
    m.end = doc.tokens.end[k == 16u ? 17u : k];
    m.label = Label::kOrg;
    names.push_back(m);
  }
  ner::DropCommonNouns(doc, /*lexicon=*/nullptr, &names);
  std::vector<std::string> kept;
  for (const Mention& m : names) kept.push_back(std::string(doc.Slice(m.start, m.end)));
  // "Communist Party" spells CP in capitals: a name, and so is its acronym.
  EXPECT_EQ(kept, (std::vector<std::string>{"Communist Party", "CP", "CP"}));
}

TEST(DropCommonNounsTest, ListedKindsOfThingsAreNoNames) {
  ner::ConllDocument conll;
  conll.sentences.push_back(ner::ConllSentence{{"S", "&", "T", "and", "R&D", "on", "the", "Internet", "at", "AT&T"},
                                               std::vector<std::string>(10, "O")});
  const Document doc = ner::ToDocument(conll);
  std::vector<Mention> names;
  for (auto [first, last] : {std::pair{0u, 2u}, {4u, 4u}, {7u, 7u}, {9u, 9u}}) {
    Mention m;
    m.start = doc.tokens.start[first];
    m.end = doc.tokens.end[last];
    m.label = Label::kOrg;
    names.push_back(m);
  }
  Lexicon lexicon;
  lexicon.AddList("gaz_common_nouns", {"S&T", "R&D", "Internet"});
  ner::DropCommonNouns(doc, &lexicon, &names);
  ASSERT_EQ(names.size(), 1u);
  EXPECT_EQ(doc.Slice(names[0].start, names[0].end), "AT&T");
}

TEST(AddDescribedNamesTest, NounBeforeUntaggedNameGivesItsLabel) {
  Lexicon lexicon;
  lexicon.AddTable("gaz_descriptors", {{"think tank", "ORG"}, {"company", "ORG"}, {"film", "WORK_OF_ART"}});
  ner::ConllDocument conll;
  conll.sentences.push_back(ner::ConllSentence{
      {"Analysts", "at", "the", "think", "tank", "Zarvo", "Lumen", "and", "the", "film", "Quiet", "Days",
       "and", "the", "Night", "agree", "."},
      std::vector<std::string>(17, "O")});
  conll.sentences.push_back(ner::ConllSentence{
      {"The", "company", "CEO", "Ann", "Lee", "and", "the", "company", "I", "know", "differ", "."},
      std::vector<std::string>(12, "O")});
  conll.sentences.push_back(ner::ConllSentence{
      {"Company", "Vantor", "said", "the", "company", "Halden", "Group", "grew", "."},
      std::vector<std::string>(9, "O")});
  const Document doc = ner::ToDocument(conll);
  auto mention = [&](uint32_t first, uint32_t last, Label label) {
    Mention m;
    m.start = doc.tokens.start[first];
    m.end = doc.tokens.end[last];
    m.label = label;
    return m;
  };
  // The model found "Ann Lee" and part of "Halden Group".
  std::vector<Mention> names = {mention(20, 21, Label::kPerson), mention(34, 34, Label::kPerson)};
  ner::AddDescribedNames(doc, lexicon, &names);
  std::vector<std::string> found;
  for (const Mention& m : names) {
    found.push_back(std::string(doc.Slice(m.start, m.end)) + "|" + std::string(LabelName(m.label)));
  }
  // "CEO" runs into a name (a title), "I" is no name, "Vantor" follows no
  // descriptor, and "Halden Group" was partly tagged already.
  EXPECT_EQ(found, (std::vector<std::string>{"Zarvo Lumen|ORG", "Quiet Days and the Night|WORK_OF_ART",
                                             "Ann Lee|PERSON",
                                             "Halden|PERSON"}));
}

}  // namespace
}  // namespace saywho

namespace saywho {
namespace {

// The shipped model and lexicon on one sentence: "TEXT|LABEL" for each name
// mention, in text order.
std::vector<std::string> NamesIn(const std::vector<std::string>& words) {
  const std::string dir = std::string(SAYWHO_SOURCE_DIR) + "/resources/";
  static const auto* lexicon = new absl::StatusOr<Lexicon>(Lexicon::LoadDir(dir + "lexicon"));
  EXPECT_TRUE(lexicon->ok());
  auto recognizer = EntityRecognizer::Load(dir + "models/ner.bin", &**lexicon);
  EXPECT_TRUE(recognizer.ok()) << recognizer.status();
  ner::ConllDocument conll;
  conll.sentences.push_back(ner::ConllSentence{words, std::vector<std::string>(words.size(), "O")});
  Document doc = ner::ToDocument(conll);
  EXPECT_TRUE((*recognizer)->Recognize(&doc).ok());
  std::vector<std::string> names;
  for (const Mention& m : doc.mentions) {
    if (m.label < Label::kDate) {
      names.push_back(std::string(doc.text.substr(m.start, m.end - m.start)) + "|" +
                      std::string(LabelName(m.label)));
    }
  }
  return names;
}

// A legal form ends a firm's name: the place after "of" is a name of its
// own, whether the model or the title-case rule joined them.
TEST(RecognizerTest, LegalFormEndsCompanyName) {
  EXPECT_EQ(NamesIn({"He", "completed", "the", "acquisition", "of", "Daniels", "Pharmaceuticals", "Inc",
                     "of", "St.", "Petersburg", ",", "Fla.", "."}),
            (std::vector<std::string>{"Daniels Pharmaceuticals Inc|ORG", "St. Petersburg|GPE", "Fla.|GPE"}));
  EXPECT_EQ(NamesIn({"The", "first", "car", "made", "by", "Kia", "Motor", "Corp", "of", "South", "Korea",
                     "arrived", "."}),
            (std::vector<std::string>{"Kia Motor Corp|ORG", "South Korea|GPE"}));
  // Heads that are no legal form keep their complements.
  EXPECT_EQ(NamesIn({"She", "joined", "the", "Corporation", "for", "Public", "Broadcasting", "."}),
            (std::vector<std::string>{"Corporation for Public Broadcasting|ORG"}));
}

// Short forms of country names are states, whatever the model took them for.
TEST(RecognizerTest, CountryShortFormsArePlaces) {
  for (const char* country : {"US", "U.S.", "UAE"}) {
    const std::vector<std::string> names =
        NamesIn({"Talks", "between", "the", country, "and", "Canada", "resumed", "on", "Friday", "."});
    EXPECT_NE(std::find(names.begin(), names.end(), std::string(country) + "|GPE"), names.end()) << country;
  }
}

// A name ending in the head of a way or structure is a facility, even where
// the model took it for an organisation.
TEST(RecognizerTest, WaysAndStructuresAreFacilities) {
  const std::vector<std::string> names =
      NamesIn({"They", "gathered", "in", "Trafalgar", "Square", "and", "at", "Heathrow", "Airport", "."});
  EXPECT_EQ(names, (std::vector<std::string>{"Trafalgar Square|FAC", "Heathrow Airport|FAC"}));
}

// After "the", a name ending in a place's head word is that place even when
// it begins like a person's name.
TEST(RecognizerTest, ArticleAndPlaceHeadMakeAPlace) {
  const std::vector<std::string> names =
      NamesIn({"The", "ship", "sailed", "into", "the", "Ross", "Sea", "with", "Frank", "Ross", "aboard", "."});
  EXPECT_NE(std::find(names.begin(), names.end(), "Ross Sea|LOC"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "Frank Ross|PERSON"), names.end());
}

// In edited text a name holds lower-case particles and joiners only.
TEST(RecognizerTest, LowerCaseWordSplitsAName) {
  for (const std::string& name : NamesIn({"Fiat", "mulls", "Ferrari", "listing"})) {
    EXPECT_EQ(name.find("mulls"), std::string::npos) << name;
  }
  EXPECT_EQ(NamesIn({"She", "admired", "Leonardo", "da", "Vinci", "and", "the", "Bank", "of", "America", "."}),
            (std::vector<std::string>{"Leonardo da Vinci|PERSON", "Bank of America|ORG"}));
}

// A name ending in a legal form is a firm, whatever its first words look like.
TEST(RecognizerTest, LegalFormMakesAFirm) {
  const std::vector<std::string> names = NamesIn({"Economist", "Lynn", "Reaser", "of", "Barnett", "Banks", "Inc.",
                                                  "in", "Jacksonville", "said", "so", "."});
  EXPECT_NE(std::find(names.begin(), names.end(), "Barnett Banks Inc.|ORG"), names.end());
}

// Partners' names joined to a legal form by "&" are one firm.
TEST(RecognizerTest, PartnersAndLegalFormAreOneFirm) {
  std::vector<std::string> names =
      NamesIn({"\"", "It", "helps", ",", "\"", "said", "John", "Casesa", "of", "Schroder", "Wertheim", "&", "Co", "."});
  EXPECT_NE(std::find(names.begin(), names.end(), "Schroder Wertheim & Co|ORG"), names.end());
  names = NamesIn({"Lead", "Underwriter", "Bear", "Stearns", "&", "Co", "Inc"});
  EXPECT_NE(std::find(names.begin(), names.end(), "Bear Stearns & Co Inc|ORG"), names.end());
}

// A place's name followed by an event's head word names the event.
TEST(RecognizerTest, PlaceThenEventWordIsEvent) {
  EXPECT_EQ(NamesIn({"The", "film", "opened", "on", "Saturday", "at", "the", "Venice", "Film", "Festival", "."}),
            (std::vector<std::string>{"Venice Film Festival|EVENT"}));
}

// Peoples and creeds are NORP, whether the model took them for another
// kind of name or missed them; a singular before a capitalised word is part
// of another name, and a language's name keeps its label.
TEST(RecognizerTest, PeoplesAndCreedsAreNorp) {
  EXPECT_EQ(NamesIn({"The", "Uighurs", "have", "suffered", "in", "Xinjiang", "."}),
            (std::vector<std::string>{"Uighurs|NORP", "Xinjiang|GPE"}));
  EXPECT_EQ(NamesIn({"The", "Kurds", "and", "Shiites", "met", "Tibetans", "in", "Kabul", "."}),
            (std::vector<std::string>{"Kurds|NORP", "Shiites|NORP", "Tibetans|NORP", "Kabul|GPE"}));
  const std::vector<std::string> names =
      NamesIn({"Sunni", "leaders", "visited", "the", "Navajo", "Nation", "and", "spoke", "Tamil", "."});
  EXPECT_NE(std::find(names.begin(), names.end(), "Sunni|NORP"), names.end());
  EXPECT_EQ(std::find(names.begin(), names.end(), "Navajo|NORP"), names.end());
  EXPECT_EQ(std::find(names.begin(), names.end(), "Tamil|NORP"), names.end());
}

// Compass points and nationalities before a sea's or continent's name make
// a region, whatever kind of name the model saw; other words before such a
// name keep the model's reading.
TEST(RecognizerTest, RegionsAreLocations) {
  EXPECT_EQ(NamesIn({"Storms", "hit", "the", "North", "Atlantic", "and", "the", "Persian", "Gulf", "."}),
            (std::vector<std::string>{"North Atlantic|LOC", "Persian Gulf|LOC"}));
  EXPECT_EQ(NamesIn({"Exports", "to", "Latin", "America", "fell", "."}),
            (std::vector<std::string>{"Latin America|LOC"}));
  const std::vector<std::string> names = NamesIn({"Shares", "of", "Union", "Pacific", "rose", "."});
  EXPECT_EQ(std::find(names.begin(), names.end(), "Union Pacific|LOC"), names.end());
}

// A name inside a hyphenated word is the name alone, as OntoNotes splits
// it: before a lower-case word, or a country or people on each side; firms
// named after their partners stay whole.
TEST(RecognizerTest, HyphenatedWordsAreSplitIntoTheirNames) {
  EXPECT_EQ(NamesIn({"The", "Singapore-based", "fund", "backed", "the", "U.S.-Chinese", "talks", "."}),
            (std::vector<std::string>{"Singapore|GPE", "U.S.|GPE", "Chinese|NORP"}));
  EXPECT_EQ(NamesIn({"Shares", "of", "Hewlett-Packard", "rose", "."}),
            (std::vector<std::string>{"Hewlett-Packard|ORG"}));
}

// Junk input never crashes; mentions come out sorted, inside the text and
// free of overlaps.
TEST(RecognizerTest, JunkInputGivesWellFormedMentions) {
  const std::string dir = std::string(SAYWHO_SOURCE_DIR) + "/resources/";
  auto lexicon = Lexicon::LoadDir(dir + "lexicon");
  ASSERT_TRUE(lexicon.ok());
  auto recognizer = EntityRecognizer::Load(dir + "models/ner.bin", &*lexicon);
  ASSERT_TRUE(recognizer.ok()) << recognizer.status();
  const char* words[] = {"The", "Cold", "War", "of", "$", "15", "billion", "May", "’s", "(",
                         "Office", "on", "U.S.", "1999", "\xC3\x84rzte", "in", "Mr.", "Smith", ",", "x"};
  uint64_t state = 7;
  auto next = [&] { return state = state * 6364136223846793005ull + 1442695040888963407ull; };
  for (int round = 0; round < 50; ++round) {
    Document doc;
    const int n = static_cast<int>(next() >> 60) + 1 + round;
    for (int k = 0; k < n; ++k) {
      if (k > 0) doc.text.push_back(' ');
      doc.tokens.start.push_back(static_cast<Offset>(doc.text.size()));
      doc.text += words[(next() >> 40) % 20];
      doc.tokens.end.push_back(static_cast<Offset>(doc.text.size()));
      doc.tokens.flags.push_back(0);
    }
    // Sentences of random lengths, some malformed (empty, past the end).
    for (uint32_t t = 0; t < static_cast<uint32_t>(n);) {
      const uint32_t end = t + 1 + static_cast<uint32_t>(next() >> 61);
      doc.sentences.push_back(Sentence{doc.tokens.start[t], 0, t, end});
      t = end;
    }
    doc.markup.push_back(Markup{0, static_cast<Offset>(doc.text.size()), MarkupKind::kItalic});
    ASSERT_TRUE((*recognizer)->Recognize(&doc).ok());
    for (size_t k = 0; k < doc.mentions.size(); ++k) {
      EXPECT_LT(doc.mentions[k].start, doc.mentions[k].end);
      EXPECT_LE(doc.mentions[k].end, doc.text.size());
      EXPECT_NE(doc.mentions[k].label, Label::kNone);
      if (k > 0) EXPECT_LE(doc.mentions[k - 1].end, doc.mentions[k].start);
    }
  }
}

}  // namespace
}  // namespace saywho
