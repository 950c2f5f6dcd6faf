#include "entities/conll.h"

#include <fstream>

#include "absl/strings/str_cat.h"

namespace saywho::ner {

absl::StatusOr<std::vector<ConllDocument>> ReadConll(const std::string& path) {
  std::ifstream in(path);
  if (!in) return absl::NotFoundError("cannot read " + path);
  std::vector<ConllDocument> docs;
  bool has_docstart = false;
  ConllDocument doc;
  ConllSentence sentence;
  auto end_sentence = [&] {
    if (!sentence.words.empty()) doc.sentences.push_back(std::move(sentence));
    sentence = ConllSentence();
  };
  auto end_document = [&] {
    end_sentence();
    if (!doc.sentences.empty()) docs.push_back(std::move(doc));
    doc = ConllDocument();
  };
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      end_sentence();
      continue;
    }
    const size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0) {
      return absl::InvalidArgumentError(absl::StrCat(path, ":", number, ": want TOKEN<TAB>TAG"));
    }
    std::string word = line.substr(0, tab);
    std::string tag = line.substr(tab + 1);
    if (const size_t tab2 = tag.find('\t'); tab2 != std::string::npos) tag.resize(tab2);
    if (word == "-DOCSTART-") {
      has_docstart = true;
      end_document();
      continue;
    }
    if (tag != "O" && (tag.size() < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-')) {
      return absl::InvalidArgumentError(absl::StrCat(path, ":", number, ": bad IOB2 tag '", tag, "'"));
    }
    sentence.words.push_back(std::move(word));
    sentence.tags.push_back(std::move(tag));
  }
  end_document();
  if (!has_docstart) {
    std::vector<ConllDocument> split;
    for (ConllDocument& d : docs) {
      for (ConllSentence& s : d.sentences) {
        split.emplace_back();
        split.back().sentences.push_back(std::move(s));
      }
    }
    docs = std::move(split);
  }
  return docs;
}

Document ToDocument(const ConllDocument& conll) {
  Document doc;
  for (const ConllSentence& s : conll.sentences) {
    Sentence sentence;
    sentence.start = static_cast<Offset>(doc.text.size());
    sentence.first_token = static_cast<uint32_t>(doc.tokens.size());
    for (size_t k = 0; k < s.words.size(); ++k) {
      if (k > 0) doc.text.push_back(' ');
      doc.tokens.start.push_back(static_cast<Offset>(doc.text.size()));
      doc.text.append(s.words[k]);
      doc.tokens.end.push_back(static_cast<Offset>(doc.text.size()));
      uint8_t flags = k + 1 < s.words.size() ? kSpaceAfter : 0;
      if (k == 0) flags |= kSentenceStart;
      doc.tokens.flags.push_back(flags);
    }
    sentence.end = static_cast<Offset>(doc.text.size());
    sentence.end_token = static_cast<uint32_t>(doc.tokens.size());
    doc.sentences.push_back(sentence);
    doc.text.push_back('\n');
  }
  return doc;
}

std::vector<Span> SpansFromTags(const std::vector<std::string>& tags) {
  std::vector<Span> spans;
  for (uint32_t i = 0; i < tags.size(); ++i) {
    const std::string& tag = tags[i];
    if (tag == "O" || tag.size() < 3) continue;
    const std::string type = tag.substr(2);
    const bool continues = tag[0] == 'I' && !spans.empty() && spans.back().end == i &&
                           spans.back().label == type;
    if (continues) {
      spans.back().end = i + 1;
    } else {
      spans.push_back(Span{i, i + 1, type});
    }
  }
  return spans;
}

}  // namespace saywho::ner
