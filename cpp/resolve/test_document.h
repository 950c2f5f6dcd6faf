// Test helpers: hand-built documents and the project's lexicon, so that the
// resolver's tests depend on neither the segmenter nor the entity model.
#ifndef SAYWHO_RESOLVE_TEST_DOCUMENT_H_
#define SAYWHO_RESOLVE_TEST_DOCUMENT_H_

#include <string>
#include <string_view>

#include "common/test_lexicon.h"
#include "gtest/gtest.h"
#include "saywho/document.h"

namespace saywho::testing {

// Builds doc->mentions in text order by naming their surface forms.
class DocumentBuilder {
 public:
  explicit DocumentBuilder(std::string text) { doc_.text = std::move(text); }
  // Adds a mention over the next occurrence of `surface` after the previous
  // mention's start (so repeated names are taken in order).
  DocumentBuilder& Add(std::string_view surface, Label label) {
    size_t at = doc_.text.find(surface, cursor_);
    EXPECT_NE(at, std::string::npos) << "no '" << surface << "' after " << cursor_;
    if (at == std::string::npos) return *this;
    Mention m;
    m.start = static_cast<Offset>(at);
    m.end = static_cast<Offset>(at + surface.size());
    m.label = label;
    doc_.mentions.push_back(m);
    cursor_ = at + 1;
    return *this;
  }
  // Appends `surface` to the text as a mention (for long generated
  // documents, where Add's search would be wasted), or plain text.
  DocumentBuilder& Append(std::string_view surface, Label label) {
    Mention m;
    m.start = static_cast<Offset>(doc_.text.size());
    m.end = static_cast<Offset>(m.start + surface.size());
    m.label = label;
    doc_.mentions.push_back(m);
    return AppendText(surface);
  }
  DocumentBuilder& AppendText(std::string_view text) {
    doc_.text.append(text);
    cursor_ = doc_.text.size();
    return *this;
  }
  Document Build() const { return doc_; }

 private:
  Document doc_;
  size_t cursor_ = 0;
};

}  // namespace saywho::testing

#endif  // SAYWHO_RESOLVE_TEST_DOCUMENT_H_
