// Helpers shared by the entity stage's tests.
#ifndef SAYWHO_ENTITIES_TEST_UTIL_H_
#define SAYWHO_ENTITIES_TEST_UTIL_H_

#include <fstream>
#include <string>

#include "gtest/gtest.h"

namespace saywho::ner::testing {

// Writes `content` to a file named `name` in the test's temporary folder and
// returns its path.
inline std::string WriteTemp(const std::string& name, const std::string& content) {
  const std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path) << content;
  return path;
}

}  // namespace saywho::ner::testing

#endif  // SAYWHO_ENTITIES_TEST_UTIL_H_
