// Measuring driver: runs quotation finding alone (no recognizer, no
// resolver) over plain texts, so that the quotation stage can be scored
// before, and apart from, the rest of the pipeline.
//
// usage: saywho_quotes_driver LEXICON_DIR [--paraphrases] [--reported-speech]
//        [--join-continuations] < input > output   (see QuoteOptions)
// input: records "<byte length>\n<UTF-8 text>", one after another.
// output: per record a line "#", then one line per quotation, tab separated:
// start end kind speaker_start speaker_end cue_start cue_end confidence
// (UTF-8 byte offsets into the text).
#include <iostream>
#include <string>

#include "common/utf8.h"
#include "quotes/quotes.h"

int main(int argc, char** argv) {
  saywho::QuoteOptions options;
  for (int a = 2; a < argc; ++a) {
    std::string flag = argv[a];
    if (flag == "--paraphrases") {
      options.paraphrases = true;
    } else if (flag == "--reported-speech") {
      options.reported_speech = true;
    } else if (flag == "--join-continuations") {
      options.join_continuations = true;
    } else {
      argc = 0;
    }
  }
  if (argc < 2) {
    std::cerr << "usage: saywho_quotes_driver LEXICON_DIR [--paraphrases] [--reported-speech] "
                 "[--join-continuations] < records\n";
    return 2;
  }
  auto lexicon = saywho::Lexicon::LoadDir(argv[1]);
  if (!lexicon.ok()) {
    std::cerr << lexicon.status() << "\n";
    return 1;
  }
  std::string header;
  while (std::getline(std::cin, header)) {
    if (header.empty()) continue;
    size_t length = std::stoul(header);
    saywho::Document doc;
    doc.text.resize(length);
    std::cin.read(doc.text.data(), std::streamsize(length));
    if (saywho::FindInvalidUtf8(doc.text) != saywho::kValidUtf8) {
      doc.text = saywho::ReplaceInvalidUtf8(doc.text);
    }
    std::cout << "#\n";
    if (absl::Status s = saywho::FindQuotes(*lexicon, options, &doc); !s.ok()) {
      std::cerr << s << "\n";
      continue;
    }
    for (const saywho::Quote& q : doc.quotes) {
      std::cout << q.start << '\t' << q.end << '\t' << saywho::QuoteKindName(q.kind) << '\t'
                << q.speaker_start << '\t' << q.speaker_end << '\t' << q.cue_start << '\t'
                << q.cue_end << '\t' << q.confidence << '\n';
    }
  }
  return 0;
}
