#include "resolve/clusters.h"

#include "gtest/gtest.h"
#include "resolve/test_document.h"

namespace saywho {
namespace {

using ::saywho::testing::DocumentBuilder;
using ::saywho::testing::ProjectLexicon;

std::vector<int> Cluster(const Document& doc) {
  std::vector<NameForm> forms;
  for (const Mention& m : doc.mentions) {
    forms.push_back(AnalyzeName(ProjectLexicon(), doc.text, m.start, m.end, m.label));
  }
  return ClusterMentions(ProjectLexicon(), doc, forms);
}

TEST(ClustersTest, PeopleByFullSurnameAndGivenName) {
  Document doc = DocumentBuilder(
                     "President Joe Biden spoke. Later Biden's aide said Joe was tired. "
                     "Premier Li Keqiang agreed; Li smiled.")
                     .Add("President Joe Biden", Label::kPerson)
                     .Add("Biden's", Label::kPerson)
                     .Add("Joe", Label::kPerson)
                     .Add("Premier Li Keqiang", Label::kPerson)
                     .Add("Li", Label::kPerson)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 0, 0, 1, 1}));
}

TEST(ClustersTest, SharedSurnameDifferentGivenNamesStayApart) {
  Document doc = DocumentBuilder(
                     "Hillary Clinton met Chelsea Clinton. Clinton said. Then Hillary Clinton left.")
                     .Add("Hillary Clinton", Label::kPerson)
                     .Add("Chelsea Clinton", Label::kPerson)
                     .Add("Clinton", Label::kPerson)
                     .Add("Hillary Clinton", Label::kPerson)
                     .Build();
  // The bare surname joins the most recent full name.
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 1, 1, 0}));
}

TEST(ClustersTest, LoneSurnameStaysWithThePersonItAlreadyNamed) {
  Document doc = DocumentBuilder(
                     "Ann Lowe was born in Leeds. Lowe sang. Her father, Tom Lowe, farmed. "
                     "Lowe left home; Rita Lowe wrote. Rita stayed.")
                     .Add("Ann Lowe", Label::kPerson)
                     .Add("Lowe", Label::kPerson)
                     .Add("Tom Lowe", Label::kPerson)
                     .Add("Lowe", Label::kPerson)
                     .Add("Rita Lowe", Label::kPerson)
                     .Add("Rita", Label::kPerson)
                     .Build();
  // "Lowe" alone already named Ann, not the more recent Tom; a given name
  // still goes to its own full name.
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 0, 1, 0, 2, 2}));
}

TEST(ClustersTest, FirstOrLastWordsOfALongerName) {
  Document doc = DocumentBuilder(
                     "Clara Martinez Canton wrote it, as Martinez Canton showed. Pierre Charles "
                     "Lenoir drew; Pierre Charles left. Ana Canton came.")
                     .Add("Clara Martinez Canton", Label::kPerson)
                     .Add("Martinez Canton", Label::kPerson)
                     .Add("Pierre Charles Lenoir", Label::kPerson)
                     .Add("Pierre Charles", Label::kPerson)
                     .Add("Ana Canton", Label::kPerson)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 0, 1, 1, 2}));
}

TEST(ClustersTest, FamiliarGivenNames) {
  Document doc = DocumentBuilder(
                     "Lawrence Lessig spoke. Larry Lessig agreed, and Brother Newton wrote to "
                     "Newt Gingrich. Steven came; Steve left. Laura Lessig stayed.")
                     .Add("Lawrence Lessig", Label::kPerson)
                     .Add("Larry Lessig", Label::kPerson)
                     .Add("Brother Newton", Label::kPerson)
                     .Add("Newt Gingrich", Label::kPerson)
                     .Add("Steven", Label::kPerson)
                     .Add("Steve", Label::kPerson)
                     .Add("Laura Lessig", Label::kPerson)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 0, 1, 1, 2, 2, 3}));
}

TEST(ClustersTest, TitleInAppositionIsThePerson) {
  Document doc = DocumentBuilder(
                     "John FitzGibbon, 2nd Earl of Clare, met Mr. Chief Justice, Mr. President "
                     "and Ann Lee, Bank of Spain.")
                     .Add("John FitzGibbon", Label::kPerson)
                     .Add("2nd", Label::kOrdinal)
                     .Add("Earl of Clare", Label::kOrg)
                     .Add("Mr. Chief Justice", Label::kPerson)
                     .Add("Mr. President", Label::kPerson)
                     .Add("Ann Lee", Label::kPerson)
                     .Add("Bank of Spain", Label::kOrg)
                     .Build();
  // A list of titles, or an organisation after a name, is no apposition.
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 1, 0, 2, 3, 4, 5}));
}

TEST(ClustersTest, MisspeltNameThatNoListKnows) {
  Document doc = DocumentBuilder(
                     "Lydia Buchtmann said so. Later Ms Bauchtman added more. Is Iori in, or "
                     "Yori? Anna Hill came; Hall left.")
                     .Add("Lydia Buchtmann", Label::kPerson)
                     .Add("Ms Bauchtman", Label::kPerson)
                     .Add("Iori", Label::kPerson)
                     .Add("Yori", Label::kPerson)
                     .Add("Anna Hill", Label::kPerson)
                     .Add("Hall", Label::kPerson)
                     .Build();
  // "Hall" is a known name in its own right, not a misspelling of "Hill".
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 0, 1, 1, 2, 3}));
}

TEST(ClustersTest, MisspellingCloseToTwoNamesStaysApart) {
  Document doc = DocumentBuilder("Iori and Yuri met. Then Yori left.")
                     .Add("Iori", Label::kPerson)
                     .Add("Yuri", Label::kPerson)
                     .Add("Yori", Label::kPerson)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 1, 2}));
}

TEST(ClustersTest, PersonOfAPlaceIsNamedByTheWordBeforeOf) {
  Document doc = DocumentBuilder(
                     "Patrick Gordon of Auchleuchries served. Patrick Gordon wrote; Gordon left "
                     "for Auchleuchries.")
                     .Add("Patrick Gordon of Auchleuchries", Label::kPerson)
                     .Add("Patrick Gordon", Label::kPerson)
                     .Add("Gordon", Label::kPerson)
                     .Add("Auchleuchries", Label::kPerson)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 0, 0, 1}));
}

TEST(ClustersTest, NationalityLabelOnAnotherNameIsGroupedByName) {
  Document doc = DocumentBuilder("YouTube grew. Americans watch YouTube; the American way.")
                     .Add("YouTube", Label::kOrg)
                     .Add("Americans", Label::kNorp)
                     .Add("YouTube", Label::kNorp)
                     .Add("American", Label::kNorp)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 1, 0, 1}));
}

TEST(ClustersTest, NationalityInAppositionIsThePerson) {
  Document doc = DocumentBuilder(
                     "She hired Ann Lowe, an American. Other Americans came; Bo Li, a Chinese "
                     "engineer, stayed.")
                     .Add("Ann Lowe", Label::kPerson)
                     .Add("American", Label::kNorp)
                     .Add("Americans", Label::kNorp)
                     .Add("Bo Li", Label::kPerson)
                     .Add("Chinese", Label::kNorp)
                     .Build();
  // "a Chinese engineer" is the person, not "Chinese".
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 0, 1, 2, 3}));
}

TEST(ClustersTest, GenerationsAndRegnalNumbersTellPeopleApart) {
  Document doc = DocumentBuilder(
                     "Queen Elizabeth II praised Elizabeth I. Elizabeth II smiled. Martin Luther "
                     "King Jr. spoke; Martin Luther King left. Louis Philippe I and Louis "
                     "Philippe II met.")
                     .Add("Queen Elizabeth II", Label::kPerson)
                     .Add("Elizabeth I", Label::kPerson)
                     .Add("Elizabeth II", Label::kPerson)
                     .Add("Martin Luther King Jr.", Label::kPerson)
                     .Add("Martin Luther King", Label::kPerson)
                     .Add("Louis Philippe I", Label::kPerson)
                     .Add("Louis Philippe II", Label::kPerson)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 1, 0, 2, 2, 3, 4}));
}

TEST(ClustersTest, SurnamesBeforeGivenNames) {
  // "Norton" is the last word of one full name and the first of another.
  Document doc = DocumentBuilder("Joshua Norton sold the Norton Simon collection. Norton left.")
                     .Add("Joshua Norton", Label::kPerson)
                     .Add("Norton Simon", Label::kPerson)
                     .Add("Norton", Label::kPerson)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 1, 0}));
}

TEST(ClustersTest, OneWordOrganisationOfAnXOfY) {
  Document doc = DocumentBuilder(
                     "The House passed it. The House of Commons and the Bank of England agreed; "
                     "the Bank said so, and the House sat.")
                     .Add("House", Label::kOrg)
                     .Add("House of Commons", Label::kOrg)
                     .Add("Bank of England", Label::kOrg)
                     .Add("Bank", Label::kOrg)
                     .Add("House", Label::kOrg)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 0, 1, 1, 0}));
}

TEST(ClustersTest, OneWordOrganisationForTheHeadOfALongerName) {
  Document doc = DocumentBuilder(
                     "The Supreme Court of Hawaii ruled; the Court said so. The Pittsburgh Pirates "
                     "won, and the Pirates cheered.")
                     .Add("Supreme Court of Hawaii", Label::kOrg)
                     .Add("Court", Label::kOrg)
                     .Add("Pittsburgh Pirates", Label::kOrg)
                     .Add("Pirates", Label::kOrg)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 0, 1, 1}));
}

TEST(ClustersTest, ShortNameNearTwoLongerOnesJoinsNeither) {
  Document doc = DocumentBuilder(
                     "The University of Utah grew. The University said so. Later the University "
                     "of Iowa grew, and the University agreed.")
                     .Add("University of Utah", Label::kOrg)
                     .Add("University", Label::kOrg)
                     .Add("University of Iowa", Label::kOrg)
                     .Add("University", Label::kOrg)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 1, 2, 1}));
}

TEST(ClustersTest, MixedCaseShortFormDefinedInBrackets) {
  Document doc = DocumentBuilder(
                     "The American College of Pediatricians (ACPeds) objected. Later ACPeds "
                     "and the Food Standards Agency (Ofsted) met in Basse-Terre (Carbet Falls), "
                     "with Movimento 5 Stelle (M5S).")
                     .Add("American College of Pediatricians", Label::kOrg)
                     .Add("ACPeds", Label::kOrg)
                     .Add("ACPeds", Label::kOrg)
                     .Add("Food Standards Agency", Label::kOrg)
                     .Add("Ofsted", Label::kOrg)
                     .Add("Basse-Terre", Label::kGpe)
                     .Add("Carbet Falls", Label::kProduct)
                     .Add("Movimento 5 Stelle", Label::kOrg)
                     .Add("M5S", Label::kOrg)
                     .Build();
  // One capital, or one per part, is no short form.
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 0, 0, 1, 2, 3, 4, 5, 5}));
}

TEST(ClustersTest, OrganisationsOtherNameInBrackets) {
  Document doc = DocumentBuilder(
                     "The National Library of the Netherlands (Koninklijke Bibliotheek) and "
                     "Springfield (Illinois) agreed.")
                     .Add("National Library of the Netherlands", Label::kOrg)
                     .Add("Koninklijke Bibliotheek", Label::kOrg)
                     .Add("Springfield", Label::kGpe)
                     .Add("Illinois", Label::kGpe)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 0, 1, 2}));
}

TEST(ClustersTest, CompanyByItsDistinctiveWord) {
  Document doc = DocumentBuilder("Southwest Airlines and American Airlines fly. Southwest won.")
                     .Add("Southwest Airlines", Label::kOrg)
                     .Add("American Airlines", Label::kOrg)
                     .Add("Southwest", Label::kOrg)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 1, 0}));
}

TEST(ClustersTest, AdministrativeUnitOfAPlaceIsThePlace) {
  Document doc = DocumentBuilder(
                     "Cleveland grew; the City of Cleveland taxed it. The Bank of England and "
                     "England agreed.")
                     .Add("Cleveland", Label::kGpe)
                     .Add("City of Cleveland", Label::kOrg)
                     .Add("Bank of England", Label::kOrg)
                     .Add("England", Label::kGpe)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 0, 1, 2}));
}

TEST(ClustersTest, MisspeltPlaceOrOrganisation) {
  Document doc = DocumentBuilder(
                     "Isfahan, or Esfahan, thanked the United Nations and the Untied Nations. "
                     "Group F and Group G played; Iran and Iraq watched.")
                     .Add("Isfahan", Label::kGpe)
                     .Add("Esfahan", Label::kGpe)
                     .Add("United Nations", Label::kOrg)
                     .Add("Untied Nations", Label::kOrg)
                     .Add("Group F", Label::kOrg)
                     .Add("Group G", Label::kOrg)
                     .Add("Iran", Label::kGpe)
                     .Add("Iraq", Label::kGpe)
                     .Build();
  // Names of one letter, and names the lists know, are no misspellings.
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 0, 1, 1, 2, 3, 4, 5}));
}

TEST(ClustersTest, InstitutionsByTheirDistinctiveWord) {
  Document doc = DocumentBuilder(
                     "He left Harrow School. At Harrow he met Yale staff; Yale Law Journal, Yale.")
                     .Add("Harrow School", Label::kOrg)
                     .Add("Harrow", Label::kOrg)
                     .Add("Yale", Label::kOrg)
                     .Add("Yale Law Journal", Label::kOrg)
                     .Add("Yale", Label::kGpe)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 0, 1, 2, 1}));
}

TEST(ClustersTest, TitleAloneForTheLastHolder) {
  Document doc = DocumentBuilder(
                     "President Joe Biden met Vice President Kamala Harris and former President "
                     "Bill Clinton. The President said, and the Vice President agreed. The "
                     "Chancellor left.")
                     .Add("Joe Biden", Label::kPerson)
                     .Add("Kamala Harris", Label::kPerson)
                     .Add("Bill Clinton", Label::kPerson)
                     .Add("President", Label::kPerson)
                     .Add("Vice President", Label::kPerson)
                     .Add("Chancellor", Label::kPerson)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 1, 2, 0, 1, 3}));

  Document apposition = DocumentBuilder(
                            "They tried Jane Doe, Mayor of Springfield, for fraud. The Mayor of "
                            "Springfield denied it; the Mayor wept.")
                            .Add("Jane Doe", Label::kPerson)
                            .Add("Springfield", Label::kGpe)
                            .Add("Mayor of Springfield", Label::kPerson)
                            .Add("Mayor", Label::kPerson)
                            .Build();
  EXPECT_EQ(Cluster(apposition), (std::vector<int>{0, 1, 0, 0}));

  // Without a holder, lone titles still group among themselves, and a
  // longer title is no full name of a shorter one.
  Document alone = DocumentBuilder("The President spoke. The President left. The Vice President.")
                       .Add("President", Label::kPerson)
                       .Add("President", Label::kPerson)
                       .Add("Vice President", Label::kPerson)
                       .Build();
  EXPECT_EQ(Cluster(alone), (std::vector<int>{0, 0, 1}));
}

TEST(ClustersTest, LoneSurnameBeforeTheFullName) {
  Document doc = DocumentBuilder("Obama spoke. Barack Obama then left. Michelle Obama stayed.")
                     .Add("Obama", Label::kPerson)
                     .Add("Barack Obama", Label::kPerson)
                     .Add("Michelle Obama", Label::kPerson)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 0, 1}));
}

TEST(ClustersTest, CompatibleFullNames) {
  Document doc = DocumentBuilder("John F. Kennedy and J. Kennedy and John Kennedy.")
                     .Add("John F. Kennedy", Label::kPerson)
                     .Add("J. Kennedy", Label::kPerson)
                     .Add("John Kennedy", Label::kPerson)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 0, 0}));
}

TEST(ClustersTest, LetterCase) {
  Document doc = DocumentBuilder("MARIA LOPEZ wrote this. Maria Lopez teaches.")
                     .Add("MARIA LOPEZ", Label::kPerson)
                     .Add("Maria Lopez", Label::kPerson)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 0}));
}

TEST(ClustersTest, AcronymDefinedInText) {
  Document doc = DocumentBuilder(
                     "Doctors Without Borders (MSF) sent staff. MSF's teams and the Red Cross.")
                     .Add("Doctors Without Borders", Label::kOrg)
                     .Add("MSF", Label::kOrg)
                     .Add("MSF's", Label::kOrg)
                     .Add("Red Cross", Label::kOrg)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 0, 0, 1}));
}

TEST(ClustersTest, AcronymFromInitialsInEitherOrder) {
  Document doc = DocumentBuilder(
                     "The FBI said. The Federal Bureau of Investigation and the Central "
                     "Intelligence Agency disagreed with the CIA.")
                     .Add("FBI", Label::kOrg)
                     .Add("Federal Bureau of Investigation", Label::kOrg)
                     .Add("Central Intelligence Agency", Label::kOrg)
                     .Add("CIA", Label::kOrg)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 0, 1, 1}));
}

TEST(ClustersTest, CountriesByInitialsGazetteerAndOfficialName) {
  Document doc = DocumentBuilder(
                     "The U.S. and the UK. The United States, the United Kingdom and North "
                     "Korea. The DPRK says the Democratic People's Republic is strong. America.")
                     .Add("U.S.", Label::kGpe)
                     .Add("UK", Label::kGpe)
                     .Add("United States", Label::kGpe)
                     .Add("United Kingdom", Label::kGpe)
                     .Add("North Korea", Label::kGpe)
                     .Add("DPRK", Label::kGpe)
                     .Add("Democratic People's Republic", Label::kGpe)
                     .Add("America", Label::kGpe)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 1, 0, 1, 2, 2, 2, 0}));
}

TEST(ClustersTest, LabelDisagreementStillMergesButNationalitiesStayApart) {
  Document doc = DocumentBuilder(
                     "Samsung makes phones. The Samsung sold well. French officials in France; "
                     "the French and the Frenchmen.")
                     .Add("Samsung", Label::kOrg)
                     .Add("Samsung", Label::kProduct)
                     .Add("French", Label::kNorp)
                     .Add("France", Label::kGpe)
                     .Add("French", Label::kNorp)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 0, 1, 2, 1}));
}

TEST(ClustersTest, NationalityPlurals) {
  Document doc = DocumentBuilder("Canadian firms and Canadians.")
                     .Add("Canadian", Label::kNorp)
                     .Add("Canadians", Label::kNorp)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 0}));
}

TEST(ClustersTest, NoPartialMatchesForOrganisations) {
  Document doc = DocumentBuilder("Yale and the Yale Law Journal and Yale.")
                     .Add("Yale", Label::kOrg)
                     .Add("Yale Law Journal", Label::kOrg)
                     .Add("Yale", Label::kOrg)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 1, 0}));
}

TEST(ClustersTest, PossessorPrefix) {
  Document doc = DocumentBuilder("Stanford's Hoover Institution. The Hoover Institution and Stanford.")
                     .Add("Stanford's Hoover Institution", Label::kOrg)
                     .Add("Hoover Institution", Label::kOrg)
                     .Add("Stanford", Label::kOrg)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 0, 1}));
}

TEST(ClustersTest, CommaQualifiedPlace) {
  Document doc = DocumentBuilder("Portland, Oregon is rainy. Portland is green. Oregon is big.")
                     .Add("Portland, Oregon", Label::kGpe)
                     .Add("Portland", Label::kGpe)
                     .Add("Oregon", Label::kGpe)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 0, 1}));
}

TEST(ClustersTest, NumbersAndDatesByIdenticalText) {
  Document doc = DocumentBuilder("In 1999 and 2001 and again 1999, two or two.")
                     .Add("1999", Label::kDate)
                     .Add("2001", Label::kDate)
                     .Add("1999", Label::kDate)
                     .Add("two", Label::kCardinal)
                     .Add("two", Label::kCardinal)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 1, 0, 2, 2}));
}

TEST(ClustersTest, PlaceQualifiedByAPartOrPeriodIsAnotherPlace) {
  // The tagger takes "Australia" alone; "mainland" and "early" make other
  // places, while a plain "in" does not.
  Document doc = DocumentBuilder(
                     "Children in mainland Australia lack iodine. Australia acts. The tribes "
                     "of early Athens met in Athens; mainland Australia again.")
                     .Add("Australia", Label::kGpe)
                     .Add("Australia", Label::kGpe)
                     .Add("Athens", Label::kGpe)
                     .Add("Athens", Label::kGpe)
                     .Add("Australia", Label::kGpe)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 1, 2, 3, 0}));
}

TEST(ClustersTest, SpacedInitialsOfACountry) {
  Document doc = DocumentBuilder("The United States grew. These U. S. are one.")
                     .Add("United States", Label::kGpe)
                     .Add("U. S.", Label::kGpe)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 0}));
}

TEST(ClustersTest, OrganisationByTheEndingOfItsLongerName) {
  Document doc = DocumentBuilder(
                     "The Undergraduate Student Government met the Graduate Council. "
                     "Student Government voted; the Council did not. The General Assembly of "
                     "the United Nations thanked Kofi Annan and the United Nations.")
                     .Add("Undergraduate Student Government", Label::kOrg)
                     .Add("Graduate Council", Label::kOrg)
                     .Add("Student Government", Label::kOrg)
                     .Add("Council", Label::kOrg)
                     .Add("General Assembly of the United Nations", Label::kOrg)
                     .Add("Kofi Annan", Label::kPerson)
                     .Add("United Nations", Label::kOrg)
                     .Build();
  // "Council" is the nearest council's; an "X of Y" name holds another
  // organisation, Y.
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 1, 0, 1, 2, 3, 4}));
}

TEST(ClustersTest, NameLedByAnAcronymJoinsTheSpelledOutName) {
  Document doc = DocumentBuilder(
                     "The United States Congress met. The U.S. Congress and the U.S. Senate "
                     "sat; the UN Security Council did not.")
                     .Add("United States Congress", Label::kOrg)
                     .Add("U.S. Congress", Label::kOrg)
                     .Add("U.S. Senate", Label::kOrg)
                     .Add("UN Security Council", Label::kOrg)
                     .Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{0, 0, 1, 2}));
}

TEST(ClustersTest, UnlabelledMentionsGetNoCluster) {
  Document doc = DocumentBuilder("abc abc").Add("abc", Label::kNone).Add("abc", Label::kNone).Build();
  EXPECT_EQ(Cluster(doc), (std::vector<int>{-1, -1}));
}

TEST(ClustersTest, ReportsTheCountryEachMentionNames) {
  Document doc = DocumentBuilder("The UK and Britain's Jane Jordan met Acme; Jordan left for the United Kingdom.")
                     .Add("UK", Label::kGpe)
                     .Add("Britain's", Label::kGpe)
                     .Add("Jane Jordan", Label::kPerson)
                     .Add("Acme", Label::kOrg)
                     .Add("Jordan", Label::kPerson)
                     .Add("United Kingdom", Label::kGpe)
                     .Build();
  std::vector<NameForm> forms;
  for (const Mention& m : doc.mentions) {
    forms.push_back(AnalyzeName(ProjectLexicon(), doc.text, m.start, m.end, m.label));
  }
  std::vector<Country> countries;
  EXPECT_EQ(ClusterMentions(ProjectLexicon(), doc, forms, &countries), (std::vector<int>{0, 0, 1, 2, 1, 0}));
  ASSERT_EQ(countries.size(), doc.mentions.size());
  for (size_t i : {0, 1, 5}) {
    EXPECT_EQ(countries[i].common, LookupCountry(ProjectLexicon(), forms[i]).common) << i;
    EXPECT_FALSE(countries[i].common.empty()) << i;
  }
  // People are not looked up ("Jordan" is a person here), nor names no list has.
  for (size_t i : {2, 3, 4}) EXPECT_TRUE(countries[i].common.empty()) << i;
}

}  // namespace
}  // namespace saywho
