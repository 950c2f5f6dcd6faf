#include "entities/numbers.h"

#include "entities/conll.h"
#include "gtest/gtest.h"

namespace saywho::ner {
namespace {

// "text/LABEL" for each numeric mention of the sentence `words`.
std::vector<std::string> Numbers(std::vector<std::string> words) {
  ConllDocument conll;
  conll.sentences.push_back(ConllSentence{words, std::vector<std::string>(words.size(), "O")});
  const Document doc = ToDocument(conll);
  std::vector<Mention> mentions;
  FindNumericMentions(doc, &mentions);
  std::vector<std::string> out;
  for (const Mention& m : mentions) {
    out.push_back(std::string(doc.Slice(m.start, m.end)) + "/" + std::string(LabelName(m.label)));
  }
  return out;
}

using V = std::vector<std::string>;

TEST(NumbersTest, Dates) {
  EXPECT_EQ(Numbers({"On", "Tuesday", ",", "August", "27", ",", "2019", "it", "rained"}),
            V{"Tuesday , August 27 , 2019/DATE"});
  EXPECT_EQ(Numbers({"in", "early", "1958"}), V{"early 1958/DATE"});
  EXPECT_EQ(Numbers({"during", "the", "1980s"}), V{"the 1980s/DATE"});
  EXPECT_EQ(Numbers({"by", "the", "year", "2000"}), V{"the year 2000/DATE"});
  EXPECT_EQ(Numbers({"three", "years", "ago"}), V{"three years ago/DATE"});
  EXPECT_EQ(Numbers({"last", "week"}), V{"last week/DATE"});
  EXPECT_EQ(Numbers({"You", "may", "go"}), V{});
  EXPECT_EQ(Numbers({"May", "12", "was", "sunny"}), V{"May 12/DATE"});
}

TEST(NumbersTest, TimesMoneyPercentQuantities) {
  EXPECT_EQ(Numbers({"at", "12:00am"}), V{"12:00am/TIME"});
  EXPECT_EQ(Numbers({"at", "3", "p.m.", "sharp"}), V{"3 p.m./TIME"});
  // A time zone in capitals belongs to its time, and makes a four-digit
  // number a 24-hour clock, not a year.
  EXPECT_EQ(Numbers({"trading", "at", "0710", "GMT", "on", "Wednesday"}), (V{"0710 GMT/TIME", "Wednesday/DATE"}));
  EXPECT_EQ(Numbers({"at", "10:30", "a.m.", "EST"}), V{"10:30 a.m. EST/TIME"});
  EXPECT_EQ(Numbers({"by", "2359", "UTC"}), V{"2359 UTC/TIME"});
  EXPECT_EQ(Numbers({"in", "1999", "est", "."}), V{"1999/DATE"});
  EXPECT_EQ(Numbers({"more", "than", "$", "15", "billion"}), V{"more than $ 15 billion/MONEY"});
  EXPECT_EQ(Numbers({"5", "million", "euros"}), V{"5 million euros/MONEY"});
  EXPECT_EQ(Numbers({"up", "3.5", "%"}), V{"3.5 %/PERCENT"});
  EXPECT_EQ(Numbers({"about", "40", "percent"}), V{"about 40 percent/PERCENT"});
  EXPECT_EQ(Numbers({"ran", "10", "km"}), V{"10 km/QUANTITY"});
}

TEST(NumbersTest, CardinalsAndOrdinals) {
  EXPECT_EQ(Numbers({"two", "of", "them"}), V{"two/CARDINAL"});
  EXPECT_EQ(Numbers({"tens", "of", "millions", "of", "people"}), V{"tens of millions/CARDINAL"});
  EXPECT_EQ(Numbers({"the", "first", "and", "21st"}), (V{"first/ORDINAL", "21st/ORDINAL"}));
  EXPECT_EQ(Numbers({"1,200", "troops"}), V{"1,200/CARDINAL"});
}

TEST(NumbersTest, JunkDoesNotCrash) {
  EXPECT_EQ(Numbers({"$"}), V{});
  EXPECT_EQ(Numbers({"the", "year"}), V{});
  EXPECT_EQ(Numbers({"99999999999999999999999"}), V{"99999999999999999999999/CARDINAL"});
  EXPECT_EQ(Numbers({":", "1:", ":00", "am"}), V{});
}

}  // namespace
}  // namespace saywho::ner

namespace saywho {
namespace {

TEST(NumbersTest, CalendarWords) {
  for (const char* word : {"August", "MAY", "Sept.", "friday", "Wednesday"}) {
    EXPECT_TRUE(ner::IsCalendarWord(word)) << word;
  }
  for (const char* word : {"Augusta", "Mayor", "Fri", "Council", "", "Septembers"}) {
    EXPECT_FALSE(ner::IsCalendarWord(word)) << word;
  }
}

}  // namespace
}  // namespace saywho
