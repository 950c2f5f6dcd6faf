// Measuring driver: runs quotation finding over plain texts with the
// QuoteOptions a corpus needs, either alone on the raw text (no segmenter,
// recognizer or resolver: the quotation stage's own fallbacks) or, with
// --pipeline, after the whole pipeline (read as plain text, segment,
// entities when the model exists, resolve).
//
// usage: saywho_quotes_driver RESOURCE_DIR [--pipeline [--markdown]]
//        [--paraphrases] [--reported-speech] [--join-continuations]
//        < input > output
// input: records "<byte length>\n<UTF-8 text>", one after another.
// output: per record a line "#", then one line per quotation, tab separated:
// start end kind speaker_start speaker_end cue_start cue_end confidence
// speaker_entity_name (UTF-8 byte offsets into the clean text; with
// --markdown the clean text, base64-free, is printed first on a line
// "@<byte length>" followed by the text itself).
#include <iostream>
#include <string>

#include <filesystem>

#include "common/utf8.h"
#include "pipeline/pipeline.h"
#include "quotes/quotes.h"

int main(int argc, char** argv) {
  saywho::QuoteOptions options;
  bool pipeline_mode = false;
  bool markdown = false;
  for (int a = 2; a < argc; ++a) {
    std::string flag = argv[a];
    if (flag == "--pipeline") {
      pipeline_mode = true;
    } else if (flag == "--markdown") {
      markdown = true;
    } else if (flag == "--paraphrases") {
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
    std::cerr << "usage: saywho_quotes_driver RESOURCE_DIR [--pipeline] [--paraphrases] "
                 "[--reported-speech] [--join-continuations] < records\n";
    return 2;
  }
  const std::string resources = argv[1];
  std::string model = resources + "/models/ner.bin";
  if (!std::filesystem::exists(model)) model.clear();
  auto pipeline = saywho::Pipeline::Load(resources + "/lexicon", pipeline_mode ? model : "");
  if (!pipeline.ok()) {
    std::cerr << pipeline.status() << "\n";
    return 1;
  }
  saywho::ReadOptions read;
  read.format = markdown ? saywho::Format::kMarkdown : saywho::Format::kText;
  read.replace_invalid_utf8 = true;
  saywho::StageOptions stages;
  stages.quotes = false;
  std::string header;
  while (std::getline(std::cin, header)) {
    if (header.empty()) continue;
    size_t length = std::stoul(header);
    std::string text(length, '\0');
    std::cin.read(text.data(), std::streamsize(length));
    std::cout << "#\n";
    saywho::Document doc;
    if (pipeline_mode) {
      auto processed = (*pipeline)->Process(std::move(text), read, stages);
      if (!processed.ok()) {
        std::cerr << processed.status() << "\n";
        continue;
      }
      doc = *std::move(processed);
    } else {
      doc.text = saywho::FindInvalidUtf8(text) == saywho::kValidUtf8
                     ? std::move(text) : saywho::ReplaceInvalidUtf8(text);
    }
    if (absl::Status s = saywho::FindQuotes((*pipeline)->lexicon(), options, &doc); !s.ok()) {
      std::cerr << s << "\n";
      continue;
    }
    if (markdown) std::cout << "@" << doc.text.size() << "\n" << doc.text;
    for (const saywho::Quote& q : doc.quotes) {
      std::cout << q.start << '\t' << q.end << '\t' << saywho::QuoteKindName(q.kind) << '\t'
                << q.speaker_start << '\t' << q.speaker_end << '\t' << q.cue_start << '\t'
                << q.cue_end << '\t' << q.confidence << '\t'
                << (q.speaker >= 0 && size_t(q.speaker) < doc.entities.size()
                        ? doc.entities[q.speaker].name : "")
                << '\n';
    }
  }
  return 0;
}
