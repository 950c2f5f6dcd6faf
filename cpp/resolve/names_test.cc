#include "resolve/names.h"

#include "gtest/gtest.h"
#include "resolve/test_document.h"

namespace saywho {
namespace {

using ::saywho::testing::ProjectLexicon;

NameForm Analyze(std::string_view text, Label label) {
  return AnalyzeName(ProjectLexicon(), text, 0, static_cast<Offset>(text.size()), label);
}

std::string Name(std::string_view text, Label label) {
  return WrittenName(Analyze(text, label).words);
}

TEST(NamesTest, StripsTitlesAndHonorificsFromPeople) {
  EXPECT_EQ(Name("President Emmanuel Macron", Label::kPerson), "Emmanuel Macron");
  EXPECT_EQ(Name("German Chancellor Angela Merkel", Label::kPerson), "Angela Merkel");
  EXPECT_EQ(Name("Deputy Secretary of State Wendy Sherman", Label::kPerson), "Wendy Sherman");
  EXPECT_EQ(Name("Dr. Anthony Fauci", Label::kPerson), "Anthony Fauci");
  EXPECT_EQ(Name("Martin Luther King Jr.", Label::kPerson), "Martin Luther King");
  EXPECT_EQ(Name("Robert Smith Vice President", Label::kPerson), "Robert Smith");
  EXPECT_EQ(Name("President of the United States", Label::kPerson),
            "President of the United States");
  EXPECT_EQ(Name("Vice President", Label::kPerson), "Vice President");
  EXPECT_EQ(Name("Mr. Chief Justice", Label::kPerson), "Justice");
  EXPECT_EQ(Name("the Mayor of Springfield", Label::kPerson), "Mayor of Springfield");
  EXPECT_EQ(Name("Stephen King", Label::kPerson), "Stephen King");
}

TEST(NamesTest, KeepsATitleWordThatIsTheWholeRemainingName) {
  // "Major" is a rank, but stripping it would leave no name.
  EXPECT_EQ(Name("John Major", Label::kPerson), "John Major");
  EXPECT_EQ(Name("President", Label::kPerson), "President");
  // After a given name a title word is a name's: "Baron" here.
  EXPECT_EQ(Name("Sacha Baron Cohen", Label::kPerson), "Sacha Baron Cohen");
  EXPECT_EQ(Name("Actor Sacha Baron Cohen", Label::kPerson), "Sacha Baron Cohen");
}

TEST(NamesTest, PersonNameEndsAtALowerCaseWordThatIsNoParticle) {
  EXPECT_EQ(Name("Bertrand Russell's interpreter", Label::kPerson), "Bertrand Russell");
  EXPECT_EQ(Name("Rick Santorum himself", Label::kPerson), "Rick Santorum");
  EXPECT_EQ(Name("Jack Herrick at WikiCamp 2008", Label::kPerson), "Jack Herrick");
  EXPECT_EQ(Name("Constantine the Great - later emperor", Label::kPerson), "Constantine the Great");
  EXPECT_EQ(Name("Charles de Gaulle", Label::kPerson), "Charles de Gaulle");
  EXPECT_EQ(Name("Ludwig van Beethoven", Label::kPerson), "Ludwig van Beethoven");
  // A title's complement is no such word.
  EXPECT_EQ(Name("Afghan Ambassador to the United States Hamdullah Mohib", Label::kPerson),
            "Hamdullah Mohib");
  // Other labels keep their lower-case words.
  EXPECT_EQ(Name("Bank of England", Label::kOrg), "Bank of England");
}

TEST(NamesTest, PostNominalLettersAreNoPartOfAName) {
  EXPECT_EQ(Name("Daniel Bernoulli FRS", Label::kPerson), "Daniel Bernoulli");
  EXPECT_EQ(Name("Dame Zaha Hadid DBE RA", Label::kPerson), "Zaha Hadid");
}

TEST(NamesTest, LowerCaseCompoundOfANameIsTheName) {
  EXPECT_EQ(Analyze("Warhol-like", Label::kProduct).key, "warhol");
  EXPECT_EQ(Analyze("University-sponsored", Label::kNorp).key, "university");
  EXPECT_EQ(Analyze("Basse-Terre", Label::kGpe).key, "basse terre");
  EXPECT_EQ(Analyze("Jean-Paul Sartre", Label::kPerson).key, "jean paul sartre");
}

TEST(NamesTest, PersonOrPlaceTagOnAnInstitutionNameIsDropped) {
  EXPECT_EQ(Analyze("Phoenix Sky Harbor International Airport", Label::kPerson).label, Label::kFac);
  EXPECT_EQ(Analyze("Andy Warhol Foundation", Label::kPerson).label, Label::kOrg);
  // A surname that is also a word for a building stays a person's.
  EXPECT_EQ(Analyze("Arsenio Hall", Label::kPerson).label, Label::kPerson);
  EXPECT_EQ(Analyze("Hotel", Label::kPerson).label, Label::kPerson);
  // Likewise a place's tag on an organisation.
  EXPECT_EQ(Analyze("United Kingdom Home Office", Label::kGpe).label, Label::kOrg);
  EXPECT_EQ(Analyze("West Bank", Label::kGpe).label, Label::kGpe);
}

TEST(NamesTest, KeysIgnoreAccentsAndInnerHyphens) {
  EXPECT_EQ(Analyze("Basse-Terre", Label::kGpe).key, Analyze("Basse Terre", Label::kGpe).key);
  EXPECT_EQ(Analyze("Zahā Ḥadīd", Label::kPerson).key, "zaha hadid");
  EXPECT_EQ(Analyze("Yucatán", Label::kGpe).key, Analyze("Yucatan", Label::kGpe).key);
  // The name as written keeps them.
  EXPECT_EQ(Name("Mérida", Label::kGpe), "Mérida");
}

TEST(NamesTest, SpacedInitialsAreAnAcronym) {
  EXPECT_EQ(Analyze("U. S.", Label::kGpe).acronym, "US");
  EXPECT_EQ(Analyze("U. S.", Label::kGpe).initials, "");
  EXPECT_EQ(Analyze("J. Smith", Label::kPerson).acronym, "");
}

TEST(NamesTest, PlaceTakesAPartOrPeriodWordBeforeItsSpan) {
  const std::string text = "children in mainland Australia and in Old Athens and in Greece";
  auto place = [&](std::string_view name) {
    Offset start = static_cast<Offset>(text.find(name));
    return AnalyzeName(ProjectLexicon(), text, start, start + static_cast<Offset>(name.size()),
                       Label::kGpe);
  };
  EXPECT_EQ(place("Australia").key, "mainland australia");
  EXPECT_EQ(place("Athens").key, "old athens");
  EXPECT_EQ(place("Greece").key, "greece");
  // Only places: an organisation keeps its span.
  Offset start = static_cast<Offset>(text.find("Australia"));
  EXPECT_EQ(AnalyzeName(ProjectLexicon(), text, start, start + 9, Label::kOrg).key, "australia");
}

TEST(NamesTest, TitlesStayInNamesOfOtherThings) {
  EXPECT_EQ(Name("General Motors", Label::kOrg), "General Motors");
}

TEST(NamesTest, PossessivesAndLetterCase) {
  EXPECT_EQ(Name("Merkel's", Label::kPerson), "Merkel");
  EXPECT_EQ(Name("Merkel\u2019s", Label::kPerson), "Merkel");
  EXPECT_EQ(Analyze("ANGELA DOROTHEA MERKEL", Label::kPerson).key,
            Analyze("Angela Dorothea Merkel", Label::kPerson).key);
  EXPECT_EQ(Analyze("People\u2019s Liberation Army", Label::kOrg).key,
            Analyze("People Liberation Army", Label::kOrg).key);
  // Keys fold case beyond ASCII (and drop accents: see KeysIgnoreAccents).
  EXPECT_EQ(Analyze("\u00c9MILE ZOLA", Label::kPerson).key, "emile zola");
}

TEST(NamesTest, StripPossessiveDropsOnlyAPossessiveEnding) {
  EXPECT_EQ(StripPossessive("Trump's"), "Trump");
  EXPECT_EQ(StripPossessive("TRUMP'S"), "TRUMP");
  EXPECT_EQ(StripPossessive("Trump\u2019s"), "Trump");
  EXPECT_EQ(StripPossessive("States'"), "States");
  EXPECT_EQ(StripPossessive("States\u2019"), "States");
  EXPECT_EQ(StripPossessive("'s"), "'s");  // nothing would be left
  EXPECT_EQ(StripPossessive("s'"), "s'");
  EXPECT_EQ(StripPossessive("\u2019s"), "\u2019s");
  EXPECT_EQ(StripPossessive("O'Neill"), "O'Neill");
  EXPECT_EQ(StripPossessive("Dolores'x"), "Dolores'x");
  EXPECT_EQ(StripPossessive("Trump"), "Trump");
}

TEST(NamesTest, LegalFormsAndArticles) {
  EXPECT_EQ(Name("Acme Widgets, Inc.", Label::kOrg), "Acme Widgets");
  EXPECT_EQ(Name("the Financial Times", Label::kOrg), "Financial Times");
  EXPECT_EQ(Name("The Hague", Label::kGpe), "Hague");
}

TEST(NamesTest, WrittenFormKeepsInnerPunctuation) {
  EXPECT_EQ(Name("Guns, Germs,\n and Steel: The Fates", Label::kWorkOfArt),
            "Guns, Germs, and Steel: The Fates");
}

TEST(NamesTest, InnerPossessor) {
  NameForm form = Analyze("Stanford's Hoover Institution", Label::kOrg);
  EXPECT_EQ(form.key, "stanford hoover institution");
  EXPECT_EQ(form.core_key, "hoover institution");
  EXPECT_EQ(WrittenName(form.words, form.core_first, form.core_end), "Hoover Institution");
  EXPECT_TRUE(Analyze("Hoover Institution", Label::kOrg).core_key.empty());
}

TEST(NamesTest, CommaQualifiers) {
  NameForm form = Analyze("Trinity College, Cambridge", Label::kOrg);
  EXPECT_EQ(form.key, "trinity college cambridge");
  EXPECT_EQ(form.core_key, "trinity college");
  EXPECT_EQ(Name("Mark Smith, QC", Label::kPerson), "Mark Smith");
  EXPECT_EQ(Name("Napoleon III", Label::kPerson), "Napoleon");
}

TEST(NamesTest, AcronymsAndInitials) {
  EXPECT_EQ(Analyze("FBI", Label::kOrg).acronym, "FBI");
  EXPECT_EQ(Analyze("U.K.", Label::kGpe).acronym, "UK");
  EXPECT_EQ(Analyze("IMF's", Label::kOrg).acronym, "IMF");
  EXPECT_EQ(Analyze("Reuters", Label::kOrg).acronym, "");
  EXPECT_EQ(Analyze("Federal Bureau of Investigation", Label::kOrg).initials, "FBI");
  EXPECT_EQ(InitialsOf(ProjectLexicon(), "Democratic People's Republic of Korea"), "DPRK");
  EXPECT_EQ(InitialsOf(ProjectLexicon(), "Korea"), "");
}

TEST(NamesTest, JunkSpans) {
  EXPECT_TRUE(Analyze("", Label::kPerson).words.empty());
  EXPECT_TRUE(Analyze("  \n ", Label::kOrg).words.empty());
  EXPECT_TRUE(Analyze("\"(,)\"", Label::kOrg).words.empty());
  EXPECT_TRUE(Analyze(" , ", Label::kPerson).words.empty());
  std::string text = "abc";
  EXPECT_TRUE(AnalyzeName(ProjectLexicon(), text, 2, 9, Label::kOrg).words.empty());
}

TEST(NamesTest, TitleCase) { EXPECT_EQ(TitleCase("ANGELA MERKEL"), "Angela Merkel"); }

}  // namespace
}  // namespace saywho
