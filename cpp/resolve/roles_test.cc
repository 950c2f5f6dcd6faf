#include "resolve/roles.h"

#include "gtest/gtest.h"
#include "resolve/test_document.h"

namespace saywho {
namespace {

using ::saywho::testing::ProjectLexicon;

// The role found for the person whose name starts at `name` in `text`
// (the mention being exactly `name`).
std::string RoleOf(const std::string& text, std::string_view name) {
  Document doc;
  doc.text = text;
  size_t at = text.find(name);
  EXPECT_NE(at, std::string::npos);
  RoleSpan role = FindRole(ProjectLexicon(), doc, static_cast<Offset>(at),
                           static_cast<Offset>(at + name.size()));
  return std::string(doc.Slice(role.start, role.end));
}

TEST(RolesTest, TitlesBeforeTheName) {
  EXPECT_EQ(RoleOf("In 2010, French President Nicolas Sarkozy spoke.", "Nicolas Sarkozy"),
            "French President");
  EXPECT_EQ(RoleOf("It was what former Central Intelligence Agency Director John Brennan feared.",
                   "John Brennan"),
            "former Central Intelligence Agency Director");
  EXPECT_EQ(RoleOf("He read the essays of British economist John Maynard Keynes, whose ...",
                   "John Maynard Keynes"),
            "British economist");
  EXPECT_EQ(RoleOf("Secretary of State Mike Pompeo left.", "Mike Pompeo"), "Secretary of State");
  EXPECT_EQ(RoleOf("They met then-Governor Jerry Brown.", "Jerry Brown"), "then-Governor");
  EXPECT_EQ(RoleOf("\"No,\" Chancellor Olaf Scholz said.", "Olaf Scholz"), "Chancellor");
  EXPECT_EQ(RoleOf("He called White House press secretary Jen Psaki.", "Jen Psaki"),
            "White House press secretary");
  EXPECT_EQ(RoleOf("Acme's chief executive Jane Doe said.", "Jane Doe"), "Acme's chief executive");
  EXPECT_EQ(RoleOf("It hired Donald Trump's lawyer Rudy Giuliani.", "Rudy Giuliani"),
            "Donald Trump's lawyer");
}

TEST(RolesTest, NoTitleAcrossSentencesOrClauses) {
  EXPECT_EQ(RoleOf("They flew to Paris. Nicolas Sarkozy spoke.", "Nicolas Sarkozy"), "");
  EXPECT_EQ(RoleOf("He was chief executive. Nicolas Sarkozy spoke.", "Nicolas Sarkozy"), "");
  EXPECT_EQ(RoleOf("Merkel and Nicolas Sarkozy spoke.", "Nicolas Sarkozy"), "");
  EXPECT_EQ(RoleOf("When Nicolas Sarkozy spoke, nobody listened.", "Nicolas Sarkozy"), "");
  EXPECT_EQ(RoleOf("Yesterday in Paris Nicolas Sarkozy spoke.", "Nicolas Sarkozy"), "");
  EXPECT_EQ(RoleOf("Ask Dr. Jane Goodall.", "Jane Goodall"), "");
}

TEST(RolesTest, Apposition) {
  EXPECT_EQ(RoleOf("Tim Cook, the chief executive of Apple, said so.", "Tim Cook"),
            "the chief executive of Apple");
  EXPECT_EQ(RoleOf("Ana Ruiz, formerly a researcher at the state-owned Spanish Bank, left.",
                   "Ana Ruiz"),
            "formerly a researcher at the state-owned Spanish Bank");
  EXPECT_EQ(RoleOf("The plan came from Ana Ruiz, a senior economist.", "Ana Ruiz"),
            "a senior economist");
  EXPECT_EQ(RoleOf("Ana Ruiz, a leading expert on trade, agreed.", "Ana Ruiz"),
            "a leading expert on trade");
}

TEST(RolesTest, NotAnApposition) {
  EXPECT_EQ(RoleOf("Lenin, like other Russian revolutionaries, wrote.", "Lenin"), "");
  EXPECT_EQ(RoleOf("Lenin, Trotsky and Stalin met.", "Lenin"), "");
  EXPECT_EQ(RoleOf("Lenin, who was tired, wrote.", "Lenin"), "");
  EXPECT_EQ(RoleOf("Lenin, \"the leader,\" wrote.", "Lenin"), "");
  EXPECT_EQ(RoleOf("After Lenin, a former aide also wrote to Stalin.", "Lenin"), "");
  EXPECT_EQ(RoleOf("Jo Bloggs, a farmer from Ohio told reporters.", "Jo Bloggs"), "");
}

TEST(RolesTest, CopulaSentences) {
  EXPECT_EQ(RoleOf("MARIA LOPEZ is Senior Fellow at Yale's Jackson Institute for Global Affairs "
                   "and the author of a book.",
                   "MARIA LOPEZ"),
            "Senior Fellow at Yale's Jackson Institute for Global Affairs");
  EXPECT_EQ(RoleOf("Maria Lopez was a professor of law at the U.S. Naval Academy.", "Maria Lopez"),
            "a professor of law at the U.S. Naval Academy");
  EXPECT_EQ(RoleOf("Maria Lopez is Acme's chairman.\"", "Maria Lopez"), "Acme's chairman");
  EXPECT_EQ(RoleOf("Maria Lopez is wrong.", "Maria Lopez"), "");
  EXPECT_EQ(RoleOf("Maria Lopez is expected to resign.", "Maria Lopez"), "");
}

TEST(RolesTest, Junk) {
  EXPECT_EQ(RoleOf("X", "X"), "");
  EXPECT_EQ(RoleOf("President X", "X"), "President");
  EXPECT_EQ(RoleOf("X, ", "X"), "");
  EXPECT_EQ(RoleOf("X is ", "X"), "");
}

}  // namespace
}  // namespace saywho
