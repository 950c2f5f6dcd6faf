#include "resolve/resolve.h"

#include <algorithm>
#include <random>

#include "gtest/gtest.h"
#include "resolve/test_document.h"

namespace saywho {
namespace {

using ::saywho::testing::DocumentBuilder;
using ::saywho::testing::ProjectLexicon;

TEST(ResolveTest, EmptyDocument) {
  Document doc;
  EXPECT_TRUE(Resolve(ProjectLexicon(), &doc).ok());
  EXPECT_TRUE(doc.entities.empty());
}

TEST(ResolveTest, RejectsMentionsOutsideTheText) {
  Document doc;
  doc.text = "abc";
  doc.mentions.push_back({.start = 1, .end = 9, .label = Label::kOrg});
  EXPECT_FALSE(Resolve(ProjectLexicon(), &doc).ok());
  EXPECT_FALSE(Resolve(ProjectLexicon(), nullptr).ok());
}

TEST(ResolveTest, EntitiesWithNamesLabelsAndRoles) {
  Document doc = DocumentBuilder(
                     "MARIA LOPEZ is Senior Fellow at the Brookings Institution.\n\n"
                     "\"No,\" German Chancellor Angela Merkel said of the Samsung deal; Merkel's "
                     "aide, Samsung and Samsung agreed. Maria Lopez disagreed with the United "
                     "Kingdom and the UK's allies.")
                     .Add("MARIA LOPEZ", Label::kPerson)
                     .Add("Brookings Institution", Label::kOrg)
                     .Add("Angela Merkel", Label::kPerson)
                     .Add("Samsung", Label::kProduct)
                     .Add("Merkel's", Label::kPerson)
                     .Add("Samsung", Label::kOrg)
                     .Add("Samsung", Label::kOrg)
                     .Add("Maria Lopez", Label::kPerson)
                     .Add("United Kingdom", Label::kGpe)
                     .Add("UK's", Label::kGpe)
                     .Build();
  ASSERT_TRUE(Resolve(ProjectLexicon(), &doc).ok());
  ASSERT_EQ(doc.entities.size(), 5u);
  const Entity& lopez = doc.entities[0];
  EXPECT_EQ(lopez.name, "Maria Lopez");
  EXPECT_EQ(lopez.label, Label::kPerson);
  EXPECT_EQ(lopez.role, "Senior Fellow at the Brookings Institution");
  EXPECT_EQ(doc.Slice(lopez.role_start, lopez.role_end), lopez.role);
  EXPECT_EQ(lopez.mentions, (std::vector<int32_t>{0, 7}));

  const Entity& merkel = doc.entities[2];
  EXPECT_EQ(merkel.name, "Angela Merkel");
  EXPECT_EQ(merkel.role, "German Chancellor");
  EXPECT_EQ(merkel.mentions, (std::vector<int32_t>{2, 4}));

  const Entity& samsung = doc.entities[3];
  EXPECT_EQ(samsung.label, Label::kOrg);  // two ORG votes to one PRODUCT
  EXPECT_EQ(samsung.name, "Samsung");
  EXPECT_TRUE(samsung.role.empty());

  EXPECT_EQ(doc.entities[4].name, "United Kingdom");
  EXPECT_EQ(doc.entities[4].mentions, (std::vector<int32_t>{8, 9}));
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const Entity& e = doc.entities[doc.mentions[i].entity];
    EXPECT_NE(std::find(e.mentions.begin(), e.mentions.end(), static_cast<int32_t>(i)),
              e.mentions.end());
  }
}

TEST(ResolveTest, NamesLedByAnHonorificArePeople) {
  Document doc = DocumentBuilder(
                     "Professor Cres Eastman, an expert on iodine, spoke. Professor Eastman said so. "
                     "Lord of the Rings.")
                     .Add("Professor Cres Eastman", Label::kOrg)
                     .Add("Professor Eastman", Label::kOrg)
                     .Add("Lord of the Rings", Label::kWorkOfArt)
                     .Build();
  ASSERT_TRUE(Resolve(ProjectLexicon(), &doc).ok());
  ASSERT_EQ(doc.entities.size(), 2u);
  EXPECT_EQ(doc.entities[0].name, "Cres Eastman");
  EXPECT_EQ(doc.entities[0].label, Label::kPerson);
  EXPECT_EQ(doc.entities[0].role, "Professor");  // the title before the name comes first
  EXPECT_EQ(doc.entities[0].mentions.size(), 2u);
  EXPECT_EQ(doc.entities[1].label, Label::kWorkOfArt);
  EXPECT_EQ(doc.mentions[0].label, Label::kOrg);  // the tagger's layer stays as it was
}

TEST(ResolveTest, AMistaggedPersonWithAPersonsRole) {
  Document doc = DocumentBuilder(
                     "Wang Lei, an engineer at the Beijing Institute, left. Acme Robotics, a leader "
                     "in robots, grew. Zhang Wei Group, a member of the board, agreed.")
                     .Add("Wang Lei", Label::kOrg)
                     .Add("Beijing Institute", Label::kOrg)
                     .Add("Acme Robotics", Label::kOrg)
                     .Add("Zhang Wei Group", Label::kOrg)
                     .Build();
  ASSERT_TRUE(Resolve(ProjectLexicon(), &doc).ok());
  ASSERT_EQ(doc.entities.size(), 4u);
  EXPECT_EQ(doc.entities[0].label, Label::kPerson);
  EXPECT_EQ(doc.entities[0].role, "an engineer at the Beijing Institute");
  EXPECT_EQ(doc.entities[2].label, Label::kOrg);  // "leader" is said of companies too
  EXPECT_TRUE(doc.entities[2].role.empty());
  EXPECT_EQ(doc.entities[3].label, Label::kOrg);
}

TEST(ResolveTest, TitleInsideTheMentionBecomesTheRole) {
  Document doc = DocumentBuilder("Later, Prime Minister Jacinda Ardern spoke.")
                     .Add("Prime Minister Jacinda Ardern", Label::kPerson)
                     .Build();
  ASSERT_TRUE(Resolve(ProjectLexicon(), &doc).ok());
  ASSERT_EQ(doc.entities.size(), 1u);
  EXPECT_EQ(doc.entities[0].name, "Jacinda Ardern");
  EXPECT_EQ(doc.entities[0].role, "Prime Minister");
}

TEST(ResolveTest, LongAndJunkInputStaysFast) {
  // 30,000 mentions of people sharing a surname, and a 1 MB word with no
  // spaces before a name: both must run in linear time.
  DocumentBuilder builder("");
  for (int i = 0; i < 10000; ++i) {
    for (std::string_view name : {"Anna Smith", "Bob Smith", "Smith"}) {
      builder.Append(name, Label::kPerson).AppendText(" met ");
    }
  }
  Document doc = builder.AppendText(std::string(1 << 20, 'x'))
                     .AppendText(" President ")
                     .Append("Carl Jones", Label::kPerson)
                     .AppendText(", a b c d e f g h i j k l m n o p q r s t u v w x y z")
                     .Build();
  ASSERT_TRUE(Resolve(ProjectLexicon(), &doc).ok());
  ASSERT_EQ(doc.entities.size(), 3u);
  EXPECT_EQ(doc.entities[0].mentions.size(), 10000u);       // Anna Smith
  EXPECT_EQ(doc.entities[1].mentions.size(), 20000u);       // Bob Smith, and "Smith" after him
  EXPECT_EQ(doc.entities[2].role, "President");
}

TEST(ResolveTest, ManyUnknownCloseNamesStayFast) {
  // 20,000 lone names that no list knows, each a letter or two from many
  // others: the misspelling index must stay bounded.
  DocumentBuilder builder("");
  for (int i = 0; i < 20000; ++i) {
    std::string name = "Qz";
    for (int n = i; n > 0 || name.size() < 6; n /= 26) name.push_back(static_cast<char>('a' + n % 26));
    builder.Append(name, Label::kPerson).AppendText(" and ");
  }
  Document doc = builder.Build();
  ASSERT_TRUE(Resolve(ProjectLexicon(), &doc).ok());
  EXPECT_GT(doc.entities.size(), 1000u);
}

TEST(ResolveTest, RandomDocumentsKeepTheInvariants) {
  // Words, punctuation and multibyte characters in random order; mentions
  // at arbitrary byte offsets (even inside a character) with random labels.
  const std::vector<std::string> pieces = {
      "President ", "Xi ", "Jinping", "'s ", "\u2019s ", ", ", ". ", "the ", "of ",
      "U.S. ", "NSA ", "National ", "Security ", "Agency ", "(", ") ", "\u00c9mile ", "ZOLA ",
      "\u201c", "\u201d", "\u2014", "is ", "an ", "engineer ", "at ", "\n", "former ", "Mr. ",
      "Inc. ", "  ", "-", "China ", "People's ", "Republic ", "Chinese "};
  std::mt19937 random(7);
  for (int round = 0; round < 300; ++round) {
    Document doc;
    const int n = std::uniform_int_distribution<int>(0, 60)(random);
    for (int i = 0; i < n; ++i) {
      doc.text += pieces[std::uniform_int_distribution<size_t>(0, pieces.size() - 1)(random)];
    }
    std::vector<Offset> cuts;
    const int m = doc.text.empty() ? 0 : std::uniform_int_distribution<int>(0, 16)(random);
    for (int i = 0; i < 2 * m; ++i) {
      cuts.push_back(std::uniform_int_distribution<Offset>(0, doc.text.size())(random));
    }
    std::sort(cuts.begin(), cuts.end());
    for (size_t i = 0; i + 1 < cuts.size(); i += 2) {
      Mention mention;
      mention.start = cuts[i];
      mention.end = cuts[i + 1];
      mention.label = static_cast<Label>(std::uniform_int_distribution<int>(0, kNumLabels - 1)(random));
      doc.mentions.push_back(mention);
    }
    ASSERT_TRUE(Resolve(ProjectLexicon(), &doc).ok()) << doc.text;
    for (size_t i = 0; i < doc.mentions.size(); ++i) {
      const Mention& mention = doc.mentions[i];
      if (mention.label == Label::kNone) {
        EXPECT_EQ(mention.entity, -1);
        continue;
      }
      ASSERT_GE(mention.entity, 0);
      ASSERT_LT(static_cast<size_t>(mention.entity), doc.entities.size());
      const auto& held = doc.entities[mention.entity].mentions;
      EXPECT_NE(std::find(held.begin(), held.end(), static_cast<int32_t>(i)), held.end());
    }
    for (size_t e = 0; e < doc.entities.size(); ++e) {
      const Entity& entity = doc.entities[e];
      EXPECT_EQ(entity.id, static_cast<int32_t>(e));
      EXPECT_FALSE(entity.mentions.empty());
      ASSERT_LE(entity.role_start, entity.role_end);
      ASSERT_LE(entity.role_end, doc.text.size());
      EXPECT_EQ(doc.Slice(entity.role_start, entity.role_end), entity.role);
    }
  }
}

TEST(ResolveTest, EntityAtFindsTheOverlappingMention) {
  Document doc = DocumentBuilder("Angela Merkel met Emmanuel Macron.")
                     .Add("Angela Merkel", Label::kPerson)
                     .Add("Emmanuel Macron", Label::kPerson)
                     .Build();
  ASSERT_TRUE(Resolve(ProjectLexicon(), &doc).ok());
  EXPECT_EQ(EntityAt(doc, 0, 6), 0);
  EXPECT_EQ(EntityAt(doc, 18, 33), 1);
  EXPECT_EQ(EntityAt(doc, 14, 17), -1);
}

}  // namespace
}  // namespace saywho
