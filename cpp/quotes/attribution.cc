#include "quotes/attribution.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "absl/strings/match.h"
#include "quotes/cues.h"

namespace saywho::quotes {
namespace {

constexpr uint32_t kMaxDescriptionWords = 7;
// A participle's phrase between a subject and its verb ("speaking on
// condition of anonymity") is this short.
constexpr uint32_t kMaxParticiplePhraseWords = 8;
// A relative clause between a subject and its verb ("who spoke on condition
// of anonymity to discuss internal strategy") is this short.
constexpr uint32_t kMaxRelativeClauseWords = 12;
constexpr uint32_t kMaxAppositiveWords = 25;
// "a source familiar with the FDIC's internal investigation said": how far
// before the verb the postmodifying word may stand.
constexpr uint32_t kMaxPostmodifierWords = 8;
constexpr uint32_t kMaxParenthesisWords = 10;
// The most words between the start of a clause and its verb.
constexpr uint32_t kMaxClauseWords = 60;
// Closing quotation marks a tokenizer may split ("''" as two words).
constexpr uint32_t kMaxClosingMarks = 3;
constexpr uint32_t kMaxAffiliationWords = 15;
// Prepositional phrases between a speaker noun and the name its phrase ends
// in ("A lawyer for the family of the victim": two).
constexpr uint32_t kMaxAgentLinks = 4;
constexpr size_t kPronounSentenceWindow = 6;

bool IsComma(const Word& w) { return w.lower == ","; }

bool IsPossessiveWord(const Word& w) {
  return absl::EndsWith(w.lower, "'s") || absl::EndsWith(w.lower, "s'");
}

}  // namespace

Attributor::Attributor(const Document& doc, const Layout& layout, const Lexicon& lexicon)
    : doc_(doc), layout_(layout), lexicon_(lexicon) {
  const auto& words = layout_.words();
  mention_ending_.assign(words.size(), -1);
  mention_starting_.assign(words.size(), -1);
  for (size_t m = 0; m < doc_.mentions.size(); ++m) {
    const Mention& mention = doc_.mentions[m];
    uint32_t first = layout_.WordAt(mention.start);
    uint32_t last = layout_.WordAt(mention.end > 0 ? mention.end - 1 : 0);
    if (first >= words.size() || last >= words.size() || last < first) continue;
    // Keep the longest mention at each edge.
    auto longer = [&](int32_t old) {
      return old < 0 || doc_.mentions[old].end - doc_.mentions[old].start <
                            mention.end - mention.start;
    };
    if (longer(mention_ending_[last])) mention_ending_[last] = int32_t(m);
    if (longer(mention_starting_[first])) mention_starting_[first] = int32_t(m);
  }
}

bool Attributor::IsPronoun(uint32_t w) const {
  return lexicon_.Lookup("quote_pronouns", layout_.words()[w].lower) != nullptr;
}

bool Attributor::IsPossessive(uint32_t w) const {
  const auto& words = layout_.words();
  if (IsPossessiveWord(words[w])) return true;
  // A tokenizer may split the possessive off: "Khrushchev" "'s".
  return w + 1 < words.size() && words[w + 1].start == words[w].end &&
         (words[w + 1].lower == "'s" || words[w + 1].lower == "'");
}

bool Attributor::IsNameWord(uint32_t w) const {
  const Word& word = layout_.words()[w];
  if (word.punct || !word.upper) return false;
  return !lexicon_.Contains("quote_function_words", word.lower);
}

bool Attributor::IsConnector(uint32_t w) const {
  const std::string& l = layout_.words()[w].lower;
  return l == "de" || l == "van" || l == "von" || l == "der" || l == "bin" || l == "al" ||
         l == "da" || l == "del" || l == "la" || l == "le" || l == "of" || l == "&";
}

bool Attributor::IsStop(uint32_t w) const {
  // Cue verbs are no stops: stopping at them too measured lower on PolNeAR
  // (dev source F1 0.833 -> 0.831), as cue forms such as "states" or "read"
  // are often nouns inside a speaker's description.
  const Word& word = layout_.words()[w];
  return word.punct || lexicon_.Contains("quote_function_words", word.lower) ||
         lexicon_.Contains("quote_cue_modifiers", word.lower);
}

Gender Attributor::GenderOfName(uint32_t first, uint32_t end) const {
  const auto& words = layout_.words();
  for (uint32_t w = first; w < end; ++w) {
    const std::string& l = words[w].lower;
    if (l == "mr." || l == "mr") return Gender::kMale;
    if (l == "mrs." || l == "ms." || l == "mrs" || l == "ms") return Gender::kFemale;
    std::string_view word = layout_.text().substr(words[w].start, words[w].end - words[w].start);
    bool male = lexicon_.ContainsFolded("given_names_male", word);
    bool female = lexicon_.ContainsFolded("given_names_female", word);
    if (male != female) return male ? Gender::kMale : Gender::kFemale;
    if (!lexicon_.ContainsFolded("quote_titles", l)) break;  // only the first name counts
  }
  return Gender::kUnknown;
}

std::optional<SpeakerPhrase> Attributor::FromMention(int32_t m) const {
  const Mention& mention = doc_.mentions[m];
  if (mention.label != Label::kPerson && mention.label != Label::kOrg &&
      mention.label != Label::kNorp && mention.label != Label::kGpe &&
      mention.label != Label::kWorkOfArt) {
    return std::nullopt;
  }
  SpeakerPhrase phrase;
  phrase.first = layout_.WordAt(mention.start);
  phrase.end = layout_.WordAt(mention.end > 0 ? mention.end - 1 : 0) + 1;
  phrase.type = SpeakerPhrase::kName;
  phrase.entity = mention.entity;
  phrase.person = mention.label == Label::kPerson;
  phrase.gender = GenderOfName(phrase.first, phrase.end);
  if (phrase.gender == Gender::kUnknown && mention.entity >= 0 &&
      size_t(mention.entity) < doc_.entities.size()) {
    // The fullest name may carry the given name the mention lacks.
    const std::string& name = doc_.entities[mention.entity].name;
    std::string_view given = std::string_view(name).substr(0, name.find(' '));
    bool male = lexicon_.ContainsFolded("given_names_male", given);
    bool female = lexicon_.ContainsFolded("given_names_female", given);
    if (male != female) phrase.gender = male ? Gender::kMale : Gender::kFemale;
  }
  return phrase;
}

SpeakerPhrase Attributor::LabelPhrase(uint32_t first, uint32_t end) const {
  SpeakerPhrase phrase;
  phrase.first = first;
  phrase.end = end;
  if (std::optional<SpeakerPhrase> name = NameRun(first, end)) phrase = *name;
  const std::string& last = layout_.words()[phrase.end - 1].lower;
  size_t most_mentions = 0;
  for (const Entity& entity : doc_.entities) {
    if (entity.label != Label::kPerson || entity.mentions.size() <= most_mentions) continue;
    const std::string_view name = entity.name;
    const size_t space = name.rfind(' ');
    const std::string_view surname = space == std::string_view::npos ? name : name.substr(space + 1);
    if (!absl::EqualsIgnoreCase(absl::string_view(surname.data(), surname.size()), last)) continue;
    phrase.entity = entity.id;
    phrase.person = true;
    most_mentions = entity.mentions.size();
  }
  return phrase;
}

std::optional<SpeakerPhrase> Attributor::NameRun(uint32_t first, uint32_t end) const {
  const auto& words = layout_.words();
  // A possessor inside the run is not the name: "Mao's China" -> "China".
  for (uint32_t w = end - 1; w > first; --w) {
    if (IsPossessiveWord(words[w - 1])) {
      first = w;
      break;
    }
  }
  while (first < end && IsConnector(first)) ++first;
  while (end > first && IsConnector(end - 1)) --end;
  if (first >= end) return std::nullopt;
  bool titled = false;
  uint32_t name_first = first;
  for (uint32_t w = first; w + 1 < end; ++w) {
    if (lexicon_.ContainsFolded("quote_titles", words[w].lower)) {
      titled = true;
      name_first = w + 1;
    }
  }
  if (lexicon_.ContainsFolded("quote_titles", words[end - 1].lower) && end - first == 1) {
    return std::nullopt;  // a bare title is a description, not a name
  }
  // "Secretary of State John Kerry": a title of several words ends where
  // the named mention that closes the run starts, or at least not on "of".
  for (uint32_t w = name_first; titled && w < end; ++w) {
    if (int32_t m = mention_starting_[w];
        m >= 0 && doc_.mentions[m].label == Label::kPerson && doc_.mentions[m].end == words[end - 1].end) {
      name_first = w;
      break;
    }
  }
  while (name_first + 1 < end && IsConnector(name_first)) ++name_first;
  SpeakerPhrase phrase;
  phrase.first = name_first;
  phrase.end = end;
  phrase.type = SpeakerPhrase::kName;
  phrase.gender = GenderOfName(first, end);
  phrase.person = titled || phrase.gender != Gender::kUnknown;
  return phrase;
}

std::optional<SpeakerPhrase> Attributor::PhraseEndingAt(uint32_t last, uint32_t lower,
                                                        bool any_head) const {
  const auto& words = layout_.words();
  if (last >= words.size() || last < lower) return std::nullopt;
  if (int32_t m = mention_ending_[last]; m >= 0 && doc_.mentions[m].start >= words[lower].start) {
    if (auto phrase = FromMention(m)) return phrase;
  }
  if (IsPronoun(last)) {
    SpeakerPhrase phrase;
    phrase.first = last;
    phrase.end = last + 1;
    phrase.type = SpeakerPhrase::kPronoun;
    const std::string* g = lexicon_.Lookup("quote_pronouns", words[last].lower);
    phrase.gender = absl::StartsWith(*g, "male")     ? Gender::kMale
                    : absl::StartsWith(*g, "female") ? Gender::kFemale
                                                     : Gender::kUnknown;
    phrase.person = phrase.gender != Gender::kUnknown;
    return phrase;
  }
  if (IsNameWord(last)) {
    uint32_t first = last;
    while (first > lower && (IsNameWord(first - 1) ||
                             (IsConnector(first - 1) && first - 1 > lower && IsNameWord(first - 2)))) {
      --first;
    }
    // A bare title ("said the President", "the former President") is a
    // description, read below.
    std::optional<SpeakerPhrase> name = NameRun(first, last + 1);
    if (name || !lexicon_.ContainsFolded("quote_titles", words[last].lower)) return name;
  }
  // "Some chanted", "..., another added": a quantifier standing alone for
  // the people it counts.
  if (lexicon_.Contains("quote_quantifiers", words[last].lower)) {
    // "the two said": with its determiner.
    const bool determiner = last > lower && lexicon_.Contains("quote_determiners", words[last - 1].lower);
    return DescriptionPhrase(determiner ? last - 1 : last, last + 1, /*person=*/true);
  }
  // "47% say", "Six in 10 say": a share of those polled, people.
  if (words[last].lower == "%" && last > lower && StartsWithDigit(words[last - 1])) {
    return DescriptionPhrase(last - 1, last + 1, /*person=*/true);
  }
  if (StartsWithDigit(words[last]) && last >= lower + 2 && words[last - 1].lower == "in") {
    return DescriptionPhrase(last - 2, last + 1, /*person=*/true);
  }
  if (words[last].punct || IsStop(last)) return std::nullopt;
  // A description: determiner? modifiers* head.
  const bool speaker_head = lexicon_.ContainsFolded("quote_speaker_nouns", words[last].lower);
  const bool source_head = lexicon_.ContainsFolded("quote_source_nouns", words[last].lower) ||
                           lexicon_.ContainsFolded("quote_cue_nouns", words[last].lower);
  if (!speaker_head && !source_head && !any_head) return std::nullopt;
  uint32_t first = last;
  bool determiner = false;
  while (first > lower && last - first + 1 < kMaxDescriptionWords) {
    const Word& prev = words[first - 1];
    // A determiner or a number opens the phrase ("the ad", "47 percent").
    if (lexicon_.Contains("quote_determiners", prev.lower) || StartsWithDigit(prev)) {
      --first;
      determiner = true;
      break;
    }
    if (prev.punct && prev.lower != "-") break;
    if (IsStop(first - 1) && !prev.upper) break;
    --first;
  }
  // "a 2014 Harvard Business Review headline": the named source speaks.
  if (source_head) {
    for (uint32_t w = last; w-- > first;) {
      if (IsNameWord(w)) {
        uint32_t s = w;
        while (s > first && IsNameWord(s - 1)) --s;
        // "Hillary Clinton's campaign", "the AP's report": a possessor does
        // not speak, the phrase it opens does.
        if (IsPossessive(w)) {
          if (s > lower && lexicon_.Contains("quote_determiners", words[s - 1].lower)) --s;
          return DescriptionPhrase(s, last + 1, speaker_head);
        }
        if (int32_t m = mention_ending_[w]; m >= 0) {
          if (auto phrase = FromMention(m)) return phrase;
        }
        return NameRun(s, w + 1);
      }
    }
  }
  if (!speaker_head && !source_head && !determiner) return std::nullopt;
  return DescriptionPhrase(first, last + 1, speaker_head);
}

bool Attributor::HasNamedPossessor(const SpeakerPhrase& phrase) const {
  for (uint32_t w = phrase.first; w + 1 < phrase.end; ++w) {
    if (IsNameWord(w) && IsPossessive(w)) return true;
  }
  return false;
}

bool Attributor::IsBetweenSubjectAndVerb(uint32_t w) const {
  const Word& word = layout_.words()[w];
  // "he's said": after a pronoun "'s" is "has" or "is", not a possessive.
  if (word.lower == "'s") return w > 0 && IsPronoun(w - 1);
  // Word::lower is lower case already: no folding needed.
  return IsCueModifier(lexicon_, word) || lexicon_.Contains("quote_time_words", word.lower);
}

std::optional<SpeakerPhrase> Attributor::ClauseSubject(uint32_t lower, uint32_t upper, bool any_phrase) const {
  const auto& words = layout_.words();
  // The clause opens at `lower` or after a comma ("At the debate, Smith
  // ..."); conjunctions and adverbs may come first ("And then Smith ...").
  // A phrase that a comma closes at once is more often an opening phrase
  // ("On Twitter, she ...", "Minutes later, Smith ...") than a subject with
  // an appositive: it speaks only when no other clause start has a subject.
  std::optional<SpeakerPhrase> closed_by_comma;
  // A clause opens within kMaxClauseWords: the bound keeps a sentence of
  // many such calls (junk without stops) linear.
  const uint32_t from = upper > lower + kMaxClauseWords ? upper - kMaxClauseWords : lower;
  for (uint32_t first = from; first < upper; ++first) {
    if (first > lower && !IsComma(words[first - 1])) continue;
    uint32_t start = first;
    while (start < upper && IsStop(start) && !IsPronoun(start) &&
           !lexicon_.Contains("quote_determiners", words[start].lower)) {
      ++start;
    }
    std::optional<SpeakerPhrase> subject = PhraseStartingAt(start, upper);
    if (!subject || (!any_phrase && subject->type == SpeakerPhrase::kDescription)) continue;
    uint32_t next = subject->end;
    while (next < upper && IsBetweenSubjectAndVerb(next)) ++next;
    // One capitalized word that opens the sentence and that the recognizer
    // did not take for a name is most often an adverb or a preposition
    // ("Back in 1999, ...", "Outside the arena, ...").
    const bool capitalized_opener = subject->type == SpeakerPhrase::kName && subject->end == subject->first + 1 &&
                                    mention_starting_[subject->first] < 0 &&
                                    layout_.SentenceStart(subject->first) == subject->first;
    if ((next >= upper || !IsComma(words[next])) && !capitalized_opener) return subject;
    if (!closed_by_comma) closed_by_comma = subject;
  }
  return closed_by_comma;
}

std::optional<SpeakerPhrase> Attributor::RelativeSubject(uint32_t cue_first, uint32_t lower) const {
  const auto& words = layout_.words();
  uint32_t p = cue_first;
  while (p > lower && IsBetweenSubjectAndVerb(p - 1)) --p;
  if (p <= lower + 1) return std::nullopt;
  const std::string& relative = words[p - 1].lower;
  uint32_t antecedent_end = p - 1;
  if (antecedent_end > lower && IsComma(words[antecedent_end - 1])) --antecedent_end;
  if (antecedent_end <= lower) return std::nullopt;
  // "that" after a verb or a comma opens a clause, not a relative one.
  if (relative == "that" && (IsStop(antecedent_end - 1) || antecedent_end != p - 1)) return std::nullopt;
  if (relative != "who" && relative != "which" && relative != "that") return std::nullopt;
  SpeakerPhrase phrase;
  phrase.first = p - 1;
  phrase.end = p;
  phrase.type = SpeakerPhrase::kName;
  if (auto antecedent = PhraseEndingAt(antecedent_end - 1, lower, /*any_head=*/true)) {
    phrase.entity = antecedent->entity;
    phrase.person = antecedent->person;
    phrase.gender = antecedent->gender;
  }
  phrase.person = phrase.person || relative == "who";
  return phrase;
}

std::optional<SpeakerPhrase> Attributor::PersonBeforeAffiliation(uint32_t first, uint32_t lower) const {
  const auto& words = layout_.words();
  for (uint32_t w = first; w >= lower + 2 && first - w < kMaxAffiliationWords; --w) {
    const Word& prev = words[w - 1];
    const bool function_word = lexicon_.Contains("quote_function_words", prev.lower);
    if (prev.punct || (!prev.upper && !function_word)) break;
    if (prev.lower == "of" || prev.lower == "at" || prev.lower == "from" || prev.lower == "with") {
      std::optional<SpeakerPhrase> person = PhraseEndingAt(w - 2, lower);
      if (person && person->type == SpeakerPhrase::kName && person->person) return person;
    }
  }
  return std::nullopt;
}

std::optional<SpeakerPhrase> Attributor::AgentOfName(const SpeakerPhrase& name, uint32_t lower) const {
  const auto& words = layout_.words();
  auto is_link = [](const std::string& word) {
    return word == "for" || word == "to" || word == "of" || word == "at" || word == "with" || word == "in" ||
           word == "from";
  };
  // A noun or adjective of a phrase the chain passes through ("the back of
  // the hall", "the office of management and budget"), not a verb.
  auto in_chain_phrase = [&](const Word& word) {
    if (word.punct || IsVerb(word)) return false;
    if (word.tagged) {
      return word.pos == PartOfSpeech::kNoun || word.pos == PartOfSpeech::kPropn || word.pos == PartOfSpeech::kAdj ||
             word.pos == PartOfSpeech::kNum;
    }
    return !lexicon_.Contains("quote_function_words", word.lower);
  };
  // The first word of the phrase whose last word is `last`.
  auto chain_phrase_start = [&](uint32_t last) {
    uint32_t start = last;
    while (start > lower && last - start < kMaxDescriptionWords) {
      if (in_chain_phrase(words[start - 1])) {
        --start;
      } else if (words[start - 1].lower == "and" && start - 1 > lower && in_chain_phrase(words[start - 2])) {
        start -= 2;  // "management and budget"
      } else {
        break;
      }
    }
    return start;
  };
  std::optional<SpeakerPhrase> agent;
  // The name of a firm or place the article names may follow words of its
  // phrase ("for the British Phonographic Industry", "for distributor
  // Toho"); a person's name, or one of unknown kind, after nouns has them
  // for a title ("director of telecoms research Tony Lavender" speaks).
  const bool extends = name.type == SpeakerPhrase::kDescription || (!name.person && name.entity >= 0);
  uint32_t first = extends && in_chain_phrase(words[name.first]) ? chain_phrase_start(name.first) : name.first;
  // Walks left through the chain of prepositional phrases that ends in the
  // name ("A spokesman for the mayor of New York", "A lawyer for the family
  // of the victim"): the leftmost speaker noun before a link is the agent.
  for (uint32_t links = 0; links < kMaxAgentLinks; ++links) {
    uint32_t w = first;
    while (w > lower && lexicon_.ContainsFolded("quote_titles", words[w - 1].lower)) --w;  // "to Sen. John Smith"
    if (w > lower && lexicon_.Contains("quote_determiners", words[w - 1].lower)) --w;
    if (w < lower + 2 || !is_link(words[w - 1].lower)) break;
    const uint32_t noun = w - 2;
    if (lexicon_.Contains("quote_speaker_nouns", words[noun].lower)) {
      // The noun may open the sentence in capitals ("Officials at the
      // agency", "Officials in Washington").
      std::optional<SpeakerPhrase> phrase = PhraseEndingAt(noun, lower);
      if (!phrase || phrase->type == SpeakerPhrase::kPronoun) break;
      agent = phrase;
      first = phrase->first;
      continue;
    }
    if (!in_chain_phrase(words[noun])) break;
    first = chain_phrase_start(noun);
  }
  if (!agent) return std::nullopt;
  agent->type = SpeakerPhrase::kDescription;
  agent->entity = -1;
  agent->end = name.end;
  return agent;
}

std::optional<SpeakerPhrase> Attributor::SpeakerOfNoun(uint32_t noun, uint32_t lower) const {
  const auto& words = layout_.words();
  if (noun == 0 || noun <= lower) return std::nullopt;
  // "Trump's statement": the possessor.
  if (IsPossessive(noun - 1)) {
    uint32_t last = IsPossessiveWord(words[noun - 1]) ? noun - 1 : noun - 2;
    if (last + 1 > lower) return PhraseEndingAt(last, lower);
  }
  // "X released the following statement", "X gave a speech": the subject
  // of the light verb before the noun's own words.
  uint32_t w = noun;
  while (w > lower && noun - w < 4 && !words[w - 1].punct &&
         !lexicon_.Contains("quote_light_verbs", words[w - 1].lower) &&
         (lexicon_.Contains("quote_determiners", words[w - 1].lower) ||
          !lexicon_.Contains("quote_function_words", words[w - 1].lower))) {
    --w;
  }
  if (w > lower && lexicon_.Contains("quote_light_verbs", words[w - 1].lower)) {
    return SubjectBefore(w - 1, lower);
  }
  return std::nullopt;
}

std::optional<SpeakerPhrase> Attributor::HeadBeforePostmodifier(uint32_t last, uint32_t lower) const {
  const auto& words = layout_.words();
  for (uint32_t w = last; w > lower && last - w < kMaxPostmodifierWords; --w) {
    if (words[w].punct) return std::nullopt;
    if (!lexicon_.Contains("quote_postmodifiers", words[w].lower)) continue;
    std::optional<SpeakerPhrase> head = PhraseEndingAt(w - 1, lower);
    if (head && head->type != SpeakerPhrase::kPronoun && (head->person || head->type == SpeakerPhrase::kName)) {
      return head;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

bool Attributor::MayStandInAside(uint32_t w) const {
  const auto& words = layout_.words();
  const Word& word = words[w];
  const bool abbreviation = word.lower == "." && w > 0 && word.start == words[w - 1].end;
  // A possessive's "'s" may stand there too ("Joe Scarborough, host of
  // MSNBC's ...").
  // So may the ampersand of a firm's name ("Lopes Filho & Associates").
  return !word.punct || IsComma(word) || word.lower == "-" || word.lower == "'" || word.lower == "&" ||
         abbreviation || IsPossessiveWord(word);
}

bool Attributor::OpensAside(const Word& word) const {
  if (word.punct || word.upper) return false;
  if (IsIngForm(word) || IsVerb(word)) return true;  // speaking, released
  if (StartsWithDigit(word)) return true;  // an age: "Smith, 58,"
  return word.lower == "who" || word.lower == "whose" || word.lower == "which" || word.lower == "like" ||
         lexicon_.Contains("quote_determiners", word.lower) ||
         word.lower == "meanwhile" || word.lower == "however" || word.lower == "during" ||
         lexicon_.Contains("quote_noun_prepositions", word.lower);
}

std::optional<uint32_t> Attributor::OpeningParenthesis(uint32_t close, uint32_t lower) const {
  const auto& words = layout_.words();
  uint32_t open = close;
  while (open > lower && close - open < kMaxParenthesisWords && words[open].lower != "(") --open;
  if (words[open].lower != "(" || open == lower) return std::nullopt;
  return open;
}

std::optional<SpeakerPhrase> Attributor::SubjectBeforeAside(uint32_t close, uint32_t lower) const {
  const auto& words = layout_.words();
  // Asides nest commas of their own ("in Wilmington, N.C.", "Cory James,
  // 22, of Flint"): the farthest comma that opens one, after a phrase that
  // opens the clause, wins.
  std::optional<SpeakerPhrase> found;
  if (close <= lower + 1) return found;  // no room for a phrase and an aside (and no word before 0)
  // An aside may quote someone ("citing ''the magic of Trump,''").
  for (uint32_t q = close - 1;
       q > lower && close - q <= kMaxAppositiveWords && (MayStandInAside(q) || IsQuotationMarks(words[q])); --q) {
    if (!IsComma(words[q]) || q + 1 >= close || !OpensAside(words[q + 1])) continue;
    // "Sen. Claire McCaskill (D-Mo.), who ...": a parenthesis may stand
    // between the phrase and the comma.
    uint32_t phrase_end = q;
    if (words[q - 1].lower == ")") {
      if (std::optional<uint32_t> open = OpeningParenthesis(q - 1, lower)) phrase_end = *open;
    }
    // The phrase must fill the clause up to the aside: from `lower`, a
    // punctuation mark or a conjunction.
    uint32_t start = phrase_end;
    while (start > lower && !words[start - 1].punct && words[start - 1].lower != "and" &&
           words[start - 1].lower != "but") {
      --start;
    }
    if (std::optional<SpeakerPhrase> before = PhraseStartingAt(start, phrase_end);
        before && before->end == phrase_end) {
      found = before;
    }
  }
  return found;
}

std::optional<SpeakerPhrase> Attributor::SubjectBefore(uint32_t cue_first, uint32_t lower) const {
  const auto& words = layout_.words();
  if (cue_first == 0 || cue_first <= lower) return std::nullopt;
  uint32_t p = cue_first - 1;
  while (p > lower && IsBetweenSubjectAndVerb(p)) --p;
  // "The court on Monday ruled", "The mayor on Tuesday night said": a
  // preposition before the time words stands between them too, unless a
  // participle has it ("a statement issued on Sunday reading"); so does
  // "this" after a name or a speaker noun ("The Republican National
  // Committee this week announced"; "who took part in the consultations
  // this week described" has no subject there).
  if (p > lower + 1 && p + 1 < cue_first && lexicon_.Contains("quote_time_words", words[p + 1].lower) &&
      !IsVerb(words[p - 1]) &&
      (words[p].lower == "on" || words[p].lower == "during" ||
       (words[p].lower == "this" && ThisAfterSubject(p, lower)))) {
    --p;
    while (p > lower && IsBetweenSubjectAndVerb(p)) --p;
  }
  if (IsBetweenSubjectAndVerb(p)) return std::nullopt;
  // "Manafort, citing ''the magic of Trump,'' said": the comma of an aside
  // may stand inside the marks of a quotation that closes it, one opened
  // after a word of the clause (not a quotation the frame follows:
  // "\u201c..., \u201d added Rep. Jim Clyburn").
  uint32_t comma = p;
  bool closed_by_quotation = false;  // the aside ends with a quotation
  while (comma > lower && p - comma < kMaxClosingMarks && IsQuotationMarks(words[comma])) --comma;
  if (comma < p && IsComma(words[comma])) {
    // The aside is short: the bound keeps the scan linear on junk.
    const uint32_t floor = std::max(lower, comma > kMaxAppositiveWords ? comma - kMaxAppositiveWords : 0);
    uint32_t open = comma;
    while (open > floor && !IsQuotationMarks(words[open])) --open;
    while (open > floor && IsQuotationMarks(words[open - 1])) --open;  // "''" may be two words
    // After a word, a possessive's "'s" too ("host of MSNBC's "Morning
    // Joe,"").
    if (open > floor && IsQuotationMarks(words[open]) &&
        (!words[open - 1].punct || IsPossessiveWord(words[open - 1]))) {
      p = comma;
      closed_by_quotation = true;
    }
  }
  // "Gov. John Kasich (R-OH) said": a parenthesis after the name, perhaps
  // set off by a comma ("Kasich (R-OH), said").
  if (IsComma(words[p]) && p > lower + 1 && words[p - 1].lower == ")") --p;
  if (words[p].lower == ")") {
    std::optional<uint32_t> open = OpeningParenthesis(p, lower);
    if (!open) return std::nullopt;
    p = *open - 1;
  }
  // "... the crowd by saying", "... while insisting": a participle after a
  // preposition belongs to the subject of the clause too.
  // Only for a reporting verb: other verbs come here from a clause with no
  // cue word at all.
  const bool participle = IsIngForm(words[cue_first]) &&
                          lexicon_.Lookup("quote_cue_verbs", words[cue_first].lower) != nullptr;
  if (participle && p > lower && lexicon_.Contains("quote_participle_prepositions", words[p].lower)) {
    return ClauseSubject(lower, p, /*any_phrase=*/true);
  }
  if (!IsComma(words[p])) {
    // "People close to the vice president said": the people speak.
    if (auto head = HeadBeforePostmodifier(p, lower)) return head;
    // Not for a participle cue, which has its own subject there ("ended
    // with Maddow asking").
    if (!IsIngForm(words[cue_first])) {
      if (auto head = HeadBeforeParticiple(p, lower)) return head;
      if (auto head = HeadBeforeRelativeClause(p, lower)) return head;
    }
    std::optional<SpeakerPhrase> subject = PhraseEndingAt(p, lower, /*any_head=*/true);
    // A bare noun may end the chain of an agent ("The director of the
    // office of management and budget said").
    const bool bare_noun = words[p].tagged ? words[p].pos == PartOfSpeech::kNoun
                                           : !IsStop(p) && !IsVerb(words[p]) && !IsIngForm(words[p]);
    const std::optional<SpeakerPhrase> chain_end =
        subject || !bare_noun ? subject : std::optional<SpeakerPhrase>(DescriptionPhrase(p, p + 1));
    if (chain_end && chain_end->type != SpeakerPhrase::kPronoun) {
      if (auto agent = AgentOfName(*chain_end, lower)) {
        if (auto person = PersonBeforeOpenAppositive(agent->first, lower, cue_first)) return person;
        return agent;
      }
    }
    if (subject && subject->type == SpeakerPhrase::kName && !subject->person) {
      if (auto person = PersonBeforeAffiliation(subject->first, lower)) return person;
    }
    if (subject && (subject->type == SpeakerPhrase::kDescription || !subject->person)) {
      if (auto person = PersonBeforeOpenAppositive(subject->first, lower, cue_first)) return person;
    }
    // "She released a statement saying": a participle after an object
    // other than a name belongs to the subject of the clause; "Trump's
    // tweet saying" is the named possessor's. So does one after a place or
    // medium that is no person, a name too ("responded on Facebook
    // writing", "at the rally saying"); after other prepositions the phrase
    // is the participle's subject ("with many marchers chanting", "from
    // George H.W. Bush calling", "of Abraham Lincoln saying").
    const std::string_view preposition = subject && subject->first > lower ? words[subject->first - 1].lower : "";
    const bool place_or_medium =
        subject && !subject->person && (preposition == "on" || preposition == "in" || preposition == "at");
    if (participle && (!subject || place_or_medium ||
                       (subject->type == SpeakerPhrase::kDescription && !HasNamedPossessor(*subject)))) {
      if (auto clause_subject = ClauseSubject(lower, subject ? subject->first : p, /*any_phrase=*/false)) {
        return clause_subject;
      }
    }
    return subject;
  }
  // "Jeffries took to Twitter, saying": a participle after a comma belongs
  // to the subject that opens the clause, perhaps after an opening phrase
  // ("At the debate, Jeffries took ..."). Not after a form of "be"
  // ("Durbin, D-Ill., is calling": a finite verb after an aside).
  if (IsIngForm(words[cue_first]) && std::none_of(words.begin() + p + 1, words.begin() + cue_first, IsFormOfBe)) {
    // "Spicer said Thursday, adding": a participle that goes on from a
    // reporting verb has that verb's subject, not the clause's first one.
    uint32_t verb = p - 1;
    while (verb > lower && IsBetweenSubjectAndVerb(verb)) --verb;
    if (verb > lower) {
      if (auto before = CueAt(layout_, lexicon_, verb, p);
          before && !before->noun && before->cue_class == CueClass::kSpeech) {
        if (auto subject = SubjectBefore(verb, lower)) return subject;
      }
    }
    if (auto subject = ClauseSubject(lower, p, /*any_phrase=*/false)) return subject;
    // "The senior banker was opposed, saying": a description of a person
    // that opens the sentence, when no name or pronoun opens the clause
    // (not "said Anthony Sebok, a professor at ..., adding").
    // Its verb follows it ("Former prosecutor and New York City Mayor Rudy
    // Giuliani, who ..." opens with no such subject).
    if (auto subject = ClauseSubject(lower, p, /*any_phrase=*/true);
        subject && subject->person && subject->first == layout_.SentenceStart(p) &&
        subject->end < p && IsVerbOrAuxiliary(words[subject->end])) {
      return subject;
    }
  }
  if (auto subject = SubjectBeforeAside(p, lower)) return subject;
  // "Smith, a spokesman for the agency, said": the name before the
  // appositive speaks; failing that, the appositive itself.
  if (p == 0 || p - 1 < lower) return std::nullopt;
  for (uint32_t q = p - 1; q > lower && p - q <= kMaxAppositiveWords &&
                          (MayStandInAside(q) || (closed_by_quotation && IsQuotationMarks(words[q])));
       --q) {
    if (!IsComma(words[q])) continue;
    // A conjunction opens no aside: "..., and the talks broke down, said a
    // source" joins clauses; in "X and Y, and Gov. Jay Nixon, tweeted" the
    // phrase after it, up to the verb, is a subject of its own.
    if (words[q + 1].lower == "and" || words[q + 1].lower == "but" || words[q + 1].lower == "or") {
      return PhraseEndingAt(p - 1, q + 2);
    }
    std::optional<SpeakerPhrase> before = PhraseEndingAt(q - 1, lower);
    // "The chairman of the Joint Chiefs of Staff, Gen. Mark Milley, said":
    // a person named between the commas after a firm's or a place's name
    // is the speaker, not the name the description ends in.
    if (before && before->type == SpeakerPhrase::kName && !before->person) {
      // The aside is the name, perhaps after its title ("Gen."), not a
      // phrase ending in one ("many of them conservative Catholics").
      std::optional<SpeakerPhrase> named = PhraseEndingAt(p - 1, q + 1);
      bool whole = named && named->type == SpeakerPhrase::kName && named->person && named->first > q;
      for (uint32_t w = q + 1; whole && w < named->first; ++w) {
        whole = words[w].upper || words[w].lower == "." || lexicon_.ContainsFolded("quote_titles", words[w].lower);
      }
      if (whole) return named;
      // "The senator from Ohio, a Republican, said": the agent the name
      // ends, as without the aside; "Lord Nicholls of Birkenhead, in his
      // ruling, said": the person the affiliation follows.
      if (auto agent = AgentOfName(*before, lower)) return agent;
      if (auto person = PersonBeforeAffiliation(before->first, lower)) return person;
    }
    if (before && before->type != SpeakerPhrase::kDescription) return before;
    // "A Warren adviser, who spoke on condition of anonymity, said": a
    // relative clause between the commas, not an appositive; so is a
    // clause of time ("Powell's office, when contacted by Reuters, said").
    // The phrase before it speaks, and so does a description when the words
    // between the commas name no one.
    const std::string& opener = words[q + 1].lower;
    if (before && (opener == "who" || opener == "which" || opener == "when")) return before;
    std::optional<SpeakerPhrase> appositive = PhraseEndingAt(p - 1, q + 1, /*any_head=*/true);
    return appositive ? appositive : before;
  }
  return std::nullopt;
}

bool Attributor::ThisAfterSubject(uint32_t this_word, uint32_t lower) const {
  const auto& words = layout_.words();
  uint32_t before = this_word;  // past modifiers: "Wells Fargo just this month"
  while (before > lower && IsBetweenSubjectAndVerb(before - 1)) --before;
  return before > lower &&
         (words[before - 1].upper || lexicon_.ContainsFolded("quote_speaker_nouns", words[before - 1].lower));
}

std::optional<SpeakerPhrase> Attributor::PersonBeforeOpenAppositive(uint32_t first, uint32_t lower,
                                                                     uint32_t cue_first) const {
  const auto& words = layout_.words();
  // A frame set in the clause ("Mr. Obama, officials said, has become"):
  // the phrase speaks, about the name.
  if (cue_first + 1 < words.size() && IsComma(words[cue_first + 1])) return std::nullopt;
  if (IsPronoun(first)) return std::nullopt;
  // The comma that opens the appositive, a few words back, with no verb or
  // other punctuation between it and the phrase.
  uint32_t comma = first;
  while (comma > lower && first - comma < kMaxAppositiveWords && !words[comma - 1].punct) {
    const Word& word = words[comma - 1];
    if (word.tagged && (word.pos == PartOfSpeech::kVerb || word.pos == PartOfSpeech::kAux)) return std::nullopt;
    --comma;
  }
  if (comma <= lower + 1 || !IsComma(words[comma - 1])) return std::nullopt;
  std::optional<SpeakerPhrase> person = PhraseEndingAt(comma - 2, lower);
  if (!person || person->type != SpeakerPhrase::kName || !person->person) return std::nullopt;
  // The person opens the clause.
  for (uint32_t w = lower; w < person->first; ++w) {
    if (!words[w].punct) return std::nullopt;
  }
  return person;
}

std::optional<SpeakerPhrase> Attributor::HeadBeforeParticiple(uint32_t last, uint32_t lower) const {
  const auto& words = layout_.words();
  const uint32_t floor = std::max(lower, last > kMaxParticiplePhraseWords ? last - kMaxParticiplePhraseWords : 0);
  for (uint32_t k = last; k > floor + 1; --k) {
    const Word& word = words[k - 1];  // the participle, if it is one
    if (word.punct || IsQuotationMarks(word)) return std::nullopt;
    // A verb in "-ing" (untagged, its spelling alone). Not one in "-ed":
    // UD's tags do not tell the participle from the finite verb ("the
    // changes amounted to a shake-up and said").
    const bool is_participle = IsIngForm(word) && !word.upper && (!word.tagged || word.pos == PartOfSpeech::kVerb);
    if (!is_participle) {
      // Past the phrase's nouns, adjectives, numbers, determiners and
      // prepositions only: never past a clause's verb or a conjunction ("a
      // woman asked for a photo and Clinton said").
      const bool in_phrase =
          word.tagged ? word.pos == PartOfSpeech::kNoun || word.pos == PartOfSpeech::kPropn ||
                            word.pos == PartOfSpeech::kAdj || word.pos == PartOfSpeech::kNum ||
                            word.pos == PartOfSpeech::kDet || word.pos == PartOfSpeech::kAdp
                      : !(IsStop(k - 1) && !lexicon_.Contains("quote_noun_prepositions", word.lower) &&
                          !lexicon_.Contains("quote_determiners", word.lower));
      if (!in_phrase) return std::nullopt;
      continue;
    }
    // A preposition after the participle, and a noun right before it ("was
    // written by Springsteen" is a passive).
    const Word& preposition = words[k];
    const bool is_preposition = preposition.tagged ? preposition.pos == PartOfSpeech::kAdp
                                                   : lexicon_.Contains("quote_noun_prepositions", preposition.lower);
    if (!is_preposition || IsStop(k - 2)) return std::nullopt;
    std::optional<SpeakerPhrase> head = PhraseEndingAt(k - 2, lower, /*any_head=*/true);
    // The phrase may be the complement of a longer one ("A poll of likely
    // voters released on Tuesday"), which the other readings find.
    if (!head || head->type == SpeakerPhrase::kPronoun || head->end - head->first > kMaxDescriptionWords ||
        (head->first > lower && words[head->first - 1].lower == "of")) {
      return std::nullopt;
    }
    return head;
  }
  return std::nullopt;
}

std::optional<SpeakerPhrase> Attributor::HeadBeforeRelativeClause(uint32_t last, uint32_t lower) const {
  const auto& words = layout_.words();
  const uint32_t floor = std::max(lower, last > kMaxRelativeClauseWords ? last - kMaxRelativeClauseWords : 0);
  // Word k - 1 is "who" when found; words k to `last` are its clause, at
  // least one word ("who said" is the relative pronoun's own frame).
  for (uint32_t k = last; k > floor + 1; --k) {
    const Word& word = words[k - 1];
    if (word.punct || IsQuotationMarks(word)) return std::nullopt;
    // Not across another clause ("a candidate who was lambasted in a year
    // when voters cried out for ...": the voters cry out).
    if (IsSubordinator(word) || IsSubjectPronoun(word) || word.lower == "and" || word.lower == "but" ||
        word.lower == "or" || word.lower == "that" || word.lower == "which") {
      return std::nullopt;
    }
    if (word.lower != "who") continue;
    // Not a place or a firm the article names: "residents in Jupiter,
    // Florida who were voting" has its head further back.
    std::optional<SpeakerPhrase> head = PhraseEndingAt(k - 2, lower, /*any_head=*/true);
    if (!head || head->end != k - 1 || head->type == SpeakerPhrase::kPronoun ||
        (head->type == SpeakerPhrase::kName && !head->person && head->entity >= 0)) {
      return std::nullopt;
    }
    return head;
  }
  return std::nullopt;
}

bool Attributor::IsVerbBeforeName(uint32_t name_first, uint32_t lower) const {
  const auto& words = layout_.words();
  uint32_t w = name_first;
  // Past the name's title ("granted Mr. Clarke"), not past `lower`: in "said
  // former Sen. Evan Bayh" the verb frames the phrase that starts there.
  while (w > lower + 1 && (lexicon_.ContainsFolded("quote_titles", words[w - 1].lower) || words[w - 1].lower == ".")) {
    --w;
  }
  if (w <= lower) return false;
  const Word& before = words[w - 1];
  return IsVerb(before) && !(w < name_first && ModifiesRole(w - 1)) && !IsRole(before);
}

bool Attributor::IsRole(const Word& word) const {
  return lexicon_.ContainsFolded("quote_speaker_nouns", word.lower) ||
         lexicon_.ContainsFolded("quote_titles", word.lower);
}

bool Attributor::ModifiesRole(uint32_t w) const {
  const auto& words = layout_.words();
  return IsIngForm(words[w]) && w + 1 < words.size() && !words[w + 1].upper && IsRole(words[w + 1]);
}

std::optional<SpeakerPhrase> Attributor::NameAfterDescription(uint32_t first, uint32_t upper,
                                                               bool role_nouns_only) const {
  const auto& words = layout_.words();
  // A capitalized title may open it too ("House Speaker Paul D. Ryan").
  if (first >= upper || (words[first].upper && !lexicon_.ContainsFolded("quote_titles", words[first].lower)) ||
      words[first].punct || IsStop(first)) {
    return std::nullopt;
  }
  for (uint32_t w = first + 1; w < upper && w < first + kMaxDescriptionWords; ++w) {
    // "lobbyist and GOP strategist Charlie Black": two roles joined.
    const bool joins_roles = words[w - 1].lower == "and" && w >= first + 2 &&
                             lexicon_.ContainsFolded("quote_speaker_nouns", words[w - 2].lower);
    if (IsStop(w - 1) && !IsConnector(w - 1) && !joins_roles) break;
    // After a capitalized word only role nouns may follow it ("Democratic
    // strategist"): "Graham criticized the party" is a clause.
    // ("Fiat managing director Cesare Romiti": or an "-ing" word that
    // modifies one.)
    if (role_nouns_only && !IsRole(words[w - 1]) && !ModifiesRole(w - 1)) break;
    if (mention_starting_[w] >= 0 || IsNameWord(w)) {
      if (IsVerbBeforeName(w, first)) break;
      if (auto name = PhraseStartingAt(w, upper); name && name->type == SpeakerPhrase::kName) return name;
      break;
    }
    if (words[w].upper) break;
  }
  return std::nullopt;
}

std::optional<SpeakerPhrase> Attributor::OwnedName(uint32_t possessor_end, uint32_t upper) const {
  const auto& words = layout_.words();
  // The possessor's phrase may hold its "'s" already (a mention's may).
  uint32_t owned_first = possessor_end;
  if (owned_first < upper && IsPossessiveWord(words[owned_first])) {
    ++owned_first;
  } else if (owned_first == 0 || !IsPossessiveWord(words[owned_first - 1])) {
    return std::nullopt;
  }
  if (owned_first >= upper) return std::nullopt;
  std::optional<SpeakerPhrase> owned = PhraseStartingAt(owned_first, upper);
  if (!owned || owned->first != owned_first || owned->type != SpeakerPhrase::kName) return std::nullopt;
  return owned;
}

std::optional<SpeakerPhrase> Attributor::PhraseStartingAt(uint32_t first, uint32_t upper) const {
  const auto& words = layout_.words();
  if (first >= upper || first >= words.size()) return std::nullopt;
  if (int32_t m = mention_starting_[first]; m >= 0 && doc_.mentions[m].end <= words[upper - 1].end) {
    if (auto phrase = FromMention(m)) {
      if (auto owned = OwnedName(phrase->end, upper)) return owned;
      // "Democratic strategist Hank Sheinkopf", "GOP strategist Charlie
      // Black": the name opens a description of the name after it, which
      // speaks. A nationality may open any description ("Russian oil
      // official Sergei Oganesyan", "Swedish trades union official Ulf
      // Carlsson"): it makes no clause of its own.
      const bool nationality = doc_.mentions[m].label == Label::kNorp;
      if (auto named = NameAfterDescription(phrase->end, upper, /*role_nouns_only=*/!nationality)) return named;
      return phrase;
    }
  }
  if (IsPronoun(first)) {
    const std::string& l = words[first].lower;
    if (l == "it" || l == "you") return std::nullopt;
    return PhraseEndingAt(first, first);
  }
  // A name: the run of capitalized words from here ("Rev. Kyev Tatum").
  if (IsNameWord(first)) {
    uint32_t end = first + 1;
    while (end < upper && (IsNameWord(end) || (IsConnector(end) && end + 1 < upper && IsNameWord(end + 1)))) {
      ++end;
    }
    // "Democratic strategist Hank Sheinkopf", "GOP strategist Charlie
    // Black": the capitalized words open a description of the name after
    // it, which speaks.
    if (auto named = NameAfterDescription(end, upper, /*role_nouns_only=*/true)) return named;
    if (auto owned = OwnedName(end, upper)) return owned;
    if (auto name = NameRun(first, end)) return name;
  }
  bool determiner = lexicon_.Contains("quote_determiners", words[first].lower);
  // "one of the advisers", "some of those officials": the group named after
  // "of" speaks.
  if (determiner && first + 2 < upper && words[first + 1].lower == "of" && !IsPronoun(first + 2)) {
    return PhraseStartingAt(first + 2, upper);
  }
  // "former secretary of state Hillary Clinton", "actress Jane Doe": a
  // lower-case description right before a name; the name speaks.
  if (!determiner && !words[first].upper) {
    if (auto named = NameAfterDescription(first, upper, /*role_nouns_only=*/false)) return named;
  }
  // The phrase runs to the first stop word or punctuation; titles and names
  // inside are fine.
  uint32_t end = first;
  if (determiner) ++end;
  bool before_verb = false;  // the run ends where the subject's verb starts
  while (end < upper && end - first < kMaxDescriptionWords + 2) {
    if (words[end].punct && words[end].lower != "-" && words[end].lower != ".") break;
    // A tagged verb after a noun ends it ("The measures include delaying
    // people's ..."); one after a determiner or adjective modifies the
    // noun ("another leading advocate").
    if (words[end].tagged && end > first && IsVerbOrAuxiliary(words[end]) && !IsNameWord(end) &&
        (words[end - 1].pos == PartOfSpeech::kNoun || words[end - 1].pos == PartOfSpeech::kPropn)) {
      before_verb = true;
      break;
    }
    if (IsStop(end) && !IsNameWord(end) && !(IsConnector(end) && end > first && IsNameWord(end - 1) &&
                                              end + 1 < upper && IsNameWord(end + 1))) {
      break;
    }
    ++end;
  }
  if (determiner && end == first + 1 && (end >= upper || words[end].punct)) {
    return PhraseEndingAt(first, first);  // "..." read one.
  }
  if (end == first || (determiner && end == first + 1)) return std::nullopt;
  // True when words [from, to) are all capitalized (so for no words).
  const auto capitalized = [&words](uint32_t from, uint32_t to) {
    return std::all_of(words.begin() + from, words.begin() + std::max(from, to), [](const Word& w) { return w.upper; });
  };
  // Without a part-of-speech tagger the run may take in the verb ("The
  // candidate opened"): it ends with its last speaker or source noun,
  // unless a name closes the run ("the former President Bill Clinton"): the
  // name after the role speaks.
  for (uint32_t w = end; w-- > first + 1;) {
    if (lexicon_.Contains("quote_speaker_nouns", words[w].lower) ||
        lexicon_.Contains("quote_source_nouns", words[w].lower)) {
      if (!(w + 1 < end && capitalized(w + 1, end))) end = w + 1;
      break;
    }
  }
  std::optional<SpeakerPhrase> phrase = PhraseEndingAt(end - 1, first, /*any_head=*/true);
  if (phrase && phrase->first > first && IsVerbBeforeName(phrase->first, first)) return std::nullopt;
  // The subject before its verb is the whole run, determiner and modifiers
  // too ("The FBI concluded", "The Arizona Republican survived"), and so is
  // a run of capitalized words after the determiner that a comma or the
  // sentence's end closes ("..., said the Illinois Democrat."), not a
  // description before a name ("the think tank MacroPolo"); a person's
  // name keeps only a determiner right before it (not "a speech Mrs.
  // Clinton gave").
  // Not after "that", which opens a clause as often ("said that Clinton
  // ...").
  const bool closed =
      before_verb ||
      (phrase && words[first].lower != "that" && (end >= upper || IsComma(words[end]) || words[end].lower == ".") &&
       capitalized(first + 1, phrase->first));
  if (phrase && closed && determiner && phrase->end == end &&
      (!phrase->person || phrase->first == first + 1)) {
    phrase->first = first;
  }
  if (phrase && phrase->type == SpeakerPhrase::kDescription &&
      lexicon_.ContainsFolded("quote_source_nouns", words[end - 1].lower)) {
    // "a report from the think tank MacroPolo", "a document filed by X":
    // the named author speaks.
    uint32_t by = end;
    if (by + 1 < upper && absl::EndsWith(words[by].lower, "ed") && words[by + 1].lower == "by") ++by;
    if (by + 1 < upper &&
        (words[by].lower == "from" || words[by].lower == "by" || words[by].lower == "of")) {
      if (auto author = PhraseStartingAt(by + 1, upper); author && author->type != SpeakerPhrase::kDescription) {
        return author;
      }
    }
  }
  return phrase;
}

const std::vector<Attributor::Referent>& Attributor::Referents() const {
  if (referents_) return *referents_;
  referents_.emplace();
  std::vector<Referent>& referents = *referents_;
  const auto& words = layout_.words();
  bool have_persons = std::any_of(doc_.mentions.begin(), doc_.mentions.end(),
                                  [](const Mention& m) { return m.label == Label::kPerson; });
  if (have_persons) {
    for (size_t m = 0; m < doc_.mentions.size(); ++m) {
      if (doc_.mentions[m].label != Label::kPerson) continue;
      auto phrase = FromMention(int32_t(m));
      if (!phrase || phrase->first >= words.size()) continue;
      referents.push_back({phrase->first, phrase->end, phrase->entity, phrase->gender,
                            IsPossessive(phrase->end - 1)});
    }
    return referents;
  }
  // No recognizer: capitalized runs with a title or a known given name.
  for (uint32_t w = 0; w < words.size();) {
    if (!IsNameWord(w)) {
      ++w;
      continue;
    }
    uint32_t end = w;
    while (end < words.size() && (IsNameWord(end) || (IsConnector(end) && end + 1 < words.size() &&
                                                      IsNameWord(end + 1)))) {
      ++end;
    }
    if (auto phrase = NameRun(w, end); phrase && phrase->person) {
      referents.push_back({phrase->first, phrase->end, -1, phrase->gender, IsPossessive(end - 1)});
    }
    w = end;
  }
  return referents;
}

int32_t Attributor::ResolvePronoun(const SpeakerPhrase& pronoun) const {
  if (pronoun.gender == Gender::kUnknown) return -1;
  const std::vector<Referent>& referents = Referents();
  const uint32_t sentence = layout_.SentenceOf(pronoun.first);
  // Referents before the pronoun, by sentence, nearest sentence first; in
  // each sentence the first fitting one (the subject, most often) wins.
  auto it = std::lower_bound(referents.begin(), referents.end(), pronoun.first,
                             [](const Referent& r, uint32_t w) { return r.first < w; });
  size_t idx = size_t(it - referents.begin());
  const Referent* best = nullptr;
  uint32_t best_sentence = 0;
  while (idx-- > 0) {
    const Referent& r = referents[idx];
    uint32_t s = layout_.SentenceOf(r.first);
    if (sentence - s > kPronounSentenceWindow) break;
    if (best != nullptr && s != best_sentence) break;
    bool fits = r.gender == Gender::kUnknown || r.gender == pronoun.gender;
    if (!fits || r.possessive) continue;
    best = &r;
    best_sentence = s;
  }
  return best == nullptr ? -1 : best->entity;
}

}  // namespace saywho::quotes
