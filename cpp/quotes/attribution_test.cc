#include "quotes/attribution.h"

#include <memory>
#include <string>

#include "common/test_lexicon.h"
#include "gtest/gtest.h"
#include "quotes/layout.h"

namespace saywho::quotes {
namespace {

using ::saywho::testing::ProjectLexicon;

struct Fixture {
  explicit Fixture(std::string text) {
    doc.text = std::move(text);
    layout = std::make_unique<Layout>(doc, ProjectLexicon());
    attributor = std::make_unique<Attributor>(doc, *layout, ProjectLexicon());
  }
  uint32_t Word(const std::string& lower) const {
    for (uint32_t w = 0; w < layout->words().size(); ++w) {
      if (layout->words()[w].lower == lower) return w;
    }
    ADD_FAILURE() << lower;
    return 0;
  }
  std::string Text(const std::optional<SpeakerPhrase>& p) const {
    if (!p) return "<none>";
    return std::string(doc.Slice(layout->words()[p->first].start, layout->words()[p->end - 1].end));
  }
  Document doc;
  std::unique_ptr<Layout> layout;
  std::unique_ptr<Attributor> attributor;
};

// The subject SubjectBefore finds for the first `verb` of `text`, as written,
// or "<none>".
std::string SubjectBefore(const std::string& text, const std::string& verb) {
  const Fixture f(text);
  return f.Text(f.attributor->SubjectBefore(f.Word(verb), 0));
}

TEST(AttributionTest, SubjectPastModifiersAppositivesAndParentheses) {
  EXPECT_EQ(SubjectBefore("National Security Adviser John Bolton has also warned of it.", "warned"), "John Bolton");
  EXPECT_EQ(SubjectBefore("Jack Mozloom, a spokesman for the federation, said so.", "said"), "Jack Mozloom");
  EXPECT_EQ(SubjectBefore("Gov. John Kasich (R-OH) said so.", "said"), "John Kasich");
  // A negated auxiliary is no part of the subject, whether the segmenter
  // split it ("did n't") or not.
  EXPECT_EQ(SubjectBefore("The mayor didn't say so.", "say"), "The mayor");
  // Someone who speaks for a name is the speaker, not the name.
  EXPECT_EQ(SubjectBefore("A spokeswoman for Hillary Clinton said so.", "said"), "A spokeswoman for Hillary Clinton");
  EXPECT_EQ(SubjectBefore("An aide to Senator John Smith said so.", "said"), "An aide to Senator John Smith");
  EXPECT_EQ(SubjectBefore("Officials at the agency said so.", "said"), "Officials at the agency");
  // Through a chain of such phrases, the leftmost speaker noun speaks.
  EXPECT_EQ(SubjectBefore("A spokesman for the mayor of New York said so.", "said"),
            "A spokesman for the mayor of New York");
  EXPECT_EQ(SubjectBefore("People at the back of the hall said so.", "said"), "People at the back of the hall");
  EXPECT_EQ(SubjectBefore("The director of the office of management and budget said so.", "said"),
            "The director of the office of management and budget");
  EXPECT_EQ(SubjectBefore("The chairman of the board of Acme Corp said so.", "said"),
            "The chairman of the board of Acme Corp");
  // A time after "on" stands between them too.
  EXPECT_EQ(SubjectBefore("The mayor on Tuesday night said so.", "said"), "The mayor");
  EXPECT_EQ(SubjectBefore("The mayor can\u2019t say so.", "say"), "The mayor");
}

TEST(AttributionTest, ANamedPossessorOpensTheSpeakerPhrase) {
  EXPECT_EQ(SubjectBefore("Hillary Clinton's campaign said so.", "said"), "Hillary Clinton's campaign");
  EXPECT_EQ(SubjectBefore("The AP\u2019s report says so.", "says"), "The AP\u2019s report");
  // A clause of time between commas is no appositive.
  EXPECT_EQ(SubjectBefore("Powell's office, when contacted by Reuters, said so.", "said"), "Powell's office");
  // A participle after the phrase is its own, not the clause subject's.
  EXPECT_EQ(SubjectBefore("Christie said Trump's tweet saying so was wrong.", "saying"), "Trump's tweet");
}

TEST(AttributionTest, AnAsideMayQuoteSomeone) {
  EXPECT_EQ(SubjectBefore("Manafort, citing ''the magic of Trump,'' said so.", "said"), "Manafort");
  // Not across a quotation that the frame follows.
  EXPECT_EQ(SubjectBefore("\u201cWe are a country,\u201d added Rep. Jim Clyburn.", "added"), "<none>");
}

TEST(AttributionTest, RelativeClausesAbbreviationsAndParticiplesAfterAVerb) {
  // A relative clause between the commas: the description before it speaks.
  EXPECT_EQ(SubjectBefore("A Warren adviser, who spoke on condition of anonymity, said so.", "said"),
            "A Warren adviser");
  // The period of an abbreviation stays inside the appositive.
  EXPECT_EQ(SubjectBefore("Majority Leader Mitch McConnell, R-Ky., said so.", "said"), "Mitch McConnell");
  // A participle that goes on from a reporting verb has that verb's subject.
  EXPECT_EQ(SubjectBefore("Ryan will meet him next week, Spicer said Thursday, adding more.", "adding"), "Spicer");
}

TEST(AttributionTest, SubjectBeforeAnAsideWithCommasOfItsOwn) {
  // The place's own comma ("Wilmington, N.C.") is inside the aside; the
  // subject opens the clause before it.
  EXPECT_EQ(SubjectBefore("Trump, speaking at a rally in Wilmington, N.C., warned of it.", "warned"), "Trump");
  EXPECT_EQ(SubjectBefore("Cory James, 22, of Flint, Mich., said so.", "said"), "Cory James");
  EXPECT_EQ(SubjectBefore("The administration, for its part, expressed regret.", "expressed"), "The administration");
  // No aside: an appositive after the name keeps the name.
  EXPECT_EQ(SubjectBefore("Jack Mozloom, a spokesman for the federation in Albany, N.Y., said so.", "said"),
            "Jack Mozloom");
}

TEST(AttributionTest, SpeakerNounBeforeAPostmodifier) {
  // "familiar with ..." / "close to ..." after the speaker noun: the noun
  // phrase before it is the subject.
  EXPECT_EQ(SubjectBefore("Another source familiar with the senator's thinking said so.", "said"), "Another source");
  EXPECT_EQ(SubjectBefore("People close to the vice president said so.", "said"), "People");
  // No speaker noun before the postmodifier: the phrase before the verb, as
  // without one.
  EXPECT_EQ(SubjectBefore("The weather close to the coast said so.", "said"), "the coast");
}

TEST(AttributionTest, OpeningPhraseIsNoClauseSubject) {
  Fixture a("On Twitter, she responded to him.");
  EXPECT_EQ(a.Text(a.attributor->ClauseSubject(0, a.Word("responded"), /*any_phrase=*/false)), "she");
  Fixture b("Minutes later, Jane Doe sent an email.");
  EXPECT_EQ(b.Text(b.attributor->ClauseSubject(0, b.Word("sent"), /*any_phrase=*/false)), "Jane Doe");
  // One capitalized word that opens the sentence, not known as a name.
  Fixture d("Back in 1999, Mr. Trump expressed admiration.");
  EXPECT_EQ(d.Text(d.attributor->ClauseSubject(0, d.Word("expressed"), /*any_phrase=*/false)), "Trump");
  // With no other clause start, a subject that an appositive follows.
  Fixture c("Jane Doe, a senator, took to Twitter.");
  EXPECT_EQ(c.Text(c.attributor->ClauseSubject(0, c.Word("took"), /*any_phrase=*/false)), "Jane Doe");
}

TEST(AttributionTest, Descriptions) {
  Fixture a("One Chinese official told them.");
  auto p = a.attributor->SubjectBefore(a.Word("told"), 0);
  EXPECT_EQ(a.Text(p), "One Chinese official");
  EXPECT_EQ(p->type, SpeakerPhrase::kDescription);
  EXPECT_EQ(SubjectBefore("As a 2014 Harvard Business Review headline put it.", "put"), "Harvard Business Review");
  Fixture c("According to a report from the think tank MacroPolo, it grew.");
  EXPECT_EQ(c.Text(c.attributor->PhraseStartingAt(c.Word("a"), uint32_t(c.layout->words().size()))),
            "MacroPolo");
}

TEST(AttributionTest, QuantifiersStandingAloneSpeak) {
  EXPECT_EQ(SubjectBefore("Thousands celebrated. Some chanted loudly.", "chanted"), "Some");
  Fixture b("It read one.");
  EXPECT_EQ(b.Text(b.attributor->PhraseStartingAt(b.Word("one"), uint32_t(b.layout->words().size()))), "one");
  // Before a noun the quantifier is a determiner of the phrase.
  EXPECT_EQ(SubjectBefore("One Chinese official told them.", "told"), "One Chinese official");
}

TEST(AttributionTest, NoSpeakerWhereThereIsNone) {
  Fixture a("The market rose, and prices said little.");
  EXPECT_FALSE(a.attributor->SubjectBefore(a.Word("and"), 0).has_value());
  Fixture b("said");
  EXPECT_FALSE(b.attributor->SubjectBefore(0, 0).has_value());
}

TEST(AttributionTest, PronounsResolveToTheNearestSubjectOfTheirGender) {
  Lexicon lexicon = ProjectLexicon();
  lexicon.AddList("given_names_female", {"Mary"});
  lexicon.AddList("given_names_male", {"John"});
  Document doc;
  doc.text = "Mary Jones met John Brown. She spoke.";
  auto mention = [&](const std::string& s, int entity) {
    Mention m;
    m.start = Offset(doc.text.find(s));
    m.end = Offset(m.start + s.size());
    m.label = Label::kPerson;
    m.entity = entity;
    doc.mentions.push_back(m);
  };
  mention("Mary Jones", 0);
  mention("John Brown", 1);
  doc.entities.resize(2);
  doc.entities[0].name = "Mary Jones";
  doc.entities[1].name = "John Brown";
  Layout layout(doc, lexicon);
  Attributor attributor(doc, layout, lexicon);
  uint32_t she = layout.WordAt(Offset(doc.text.find("She")));
  auto phrase = attributor.PhraseEndingAt(she, she);
  ASSERT_TRUE(phrase.has_value());
  EXPECT_EQ(phrase->type, SpeakerPhrase::kPronoun);
  EXPECT_EQ(attributor.ResolvePronoun(*phrase), 0);
}

}  // namespace
}  // namespace saywho::quotes
