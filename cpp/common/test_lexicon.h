// The project's word lists for the stages' tests (header only: tests get
// SAYWHO_SOURCE_DIR, the repository root, as a compile definition).
#ifndef SAYWHO_COMMON_TEST_LEXICON_H_
#define SAYWHO_COMMON_TEST_LEXICON_H_

#include <string>

#include "gtest/gtest.h"
#include "saywho/lexicon.h"

namespace saywho::testing {

// The shipped lexicon (resources/lexicon), loaded once; a load error fails
// the test that asked and leaves an empty lexicon.
inline const Lexicon& ProjectLexicon() {
  static const Lexicon* lexicon = [] {
    auto loaded = Lexicon::LoadDir(std::string(SAYWHO_SOURCE_DIR) + "/resources/lexicon");
    EXPECT_TRUE(loaded.ok()) << loaded.status();
    return new Lexicon(loaded.ok() ? *std::move(loaded) : Lexicon());
  }();
  return *lexicon;
}

}  // namespace saywho::testing

#endif  // SAYWHO_COMMON_TEST_LEXICON_H_
