// The tag set of the sequence model: IOB2 over a few coarse name classes.
//
// The model predicts coarse classes because no training corpus separates GPE
// from LOC from FAC, or LAW from LANGUAGE; the recognizer refines the classes
// into OntoNotes labels with gazetteers afterwards (recognizer.cc). Numbers,
// dates and times come from the grammar in numbers.h, not from the model.
#ifndef SAYWHO_ENTITIES_TAGS_H_
#define SAYWHO_ENTITIES_TAGS_H_

#include <cstdint>
#include <string_view>

namespace saywho::ner {

// Order matters for training: when a corpus label allows several classes
// (CoNLL MISC), ties between them go to the earliest.
enum class NameClass : uint8_t {
  kPerson = 0,
  kOrg,
  kPlace,    // GPE, LOC or FAC
  kMisc,     // a name of another kind, refined later
  kNorp,
  kEvent,
  kWork,     // WORK_OF_ART
  kProduct,
};
inline constexpr int kNumClasses = 8;
inline constexpr int kNumTags = 1 + 2 * kNumClasses;

// Tag ids: 0 is O, 1 + 2c is B-c, 2 + 2c is I-c.
using Tag = uint8_t;
inline constexpr Tag kOutside = 0;
inline constexpr Tag BeginTag(int cls) { return static_cast<Tag>(1 + 2 * cls); }
inline constexpr Tag InsideTag(int cls) { return static_cast<Tag>(2 + 2 * cls); }
inline constexpr bool IsBegin(Tag t) { return t != kOutside && t % 2 == 1; }
inline constexpr bool IsInside(Tag t) { return t != kOutside && t % 2 == 0; }
inline constexpr int ClassOf(Tag t) { return (t - 1) / 2; }
// I-c may only follow B-c or I-c.
inline constexpr bool Allowed(Tag prev, Tag t) {
  return !IsInside(t) || (prev != kOutside && ClassOf(prev) == ClassOf(t));
}

// Bit sets of classes; bit kNumClasses stands for O.
using ClassMask = uint16_t;
inline constexpr ClassMask kOutsideBit = 1u << kNumClasses;
inline constexpr ClassMask Bit(NameClass c) { return 1u << static_cast<int>(c); }

std::string_view ClassName(int cls);

// Styles of text and annotation the model can reproduce. kNews is
// OntoNotes/CoNLL style (names only, no determiners) and is what the
// pipeline uses; kSocial is that of tweets (WNUT, BTC), used to train and to
// measure on those corpora.
enum class Style : uint8_t { kNews = 0, kSocial = 1 };
inline constexpr int kNumStyles = 2;

}  // namespace saywho::ner

#endif  // SAYWHO_ENTITIES_TAGS_H_
