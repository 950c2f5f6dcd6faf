// The only pybind11 file: a thin layer over the C++ pipeline.
//
// What happens here and nowhere else:
// - byte offsets (UTF-8, C++) become code-point offsets (Python str indices),
//   once per document, through one CodepointIndex;
// - absl::Status errors become one Python exception, saywho._core.Error (a
//   ValueError subclass);
// - the GIL is released while C++ works, so Python threads and the batch call
//   run the pipeline in parallel.
// Tokens, sentences and paragraphs cross as NumPy arrays (one object per
// layer, not per token); mentions, entities, quotes and citations as tuples.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "common/utf8.h"
#include "entities/train.h"
#include "pipeline/pipeline.h"
#include "quotes/confidence.h"
#include "quotes/learned_cues.h"

namespace py = pybind11;

namespace saywho {
namespace {

// Raised for every failed absl::Status; saywho.Error in the Python API.
struct StatusError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

[[noreturn]] void Throw(const absl::Status& status) {
  throw StatusError(std::string(status.message()));
}

Format ParseFormat(const std::string& name) {
  if (name == "auto" || name.empty()) return Format::kAuto;
  if (name == "text") return Format::kText;
  if (name == "markdown") return Format::kMarkdown;
  if (name == "html") return Format::kHtml;
  throw StatusError("unknown input format '" + name + "' (auto, text, markdown, html)");
}

const char* BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kBody: return "body";
    case BlockKind::kHeading: return "heading";
    case BlockKind::kHeader: return "header";
    case BlockKind::kListItem: return "list_item";
    case BlockKind::kFooter: return "footer";
  }
  return "body";
}

const char* MarkupKindName(MarkupKind kind) {
  switch (kind) {
    case MarkupKind::kItalic: return "italic";
    case MarkupKind::kBold: return "bold";
    case MarkupKind::kCode: return "code";
    case MarkupKind::kLink: return "link";
  }
  return "italic";
}

// A span pair in code points, or None for an empty (absent) span.
py::object OptionalSpan(const CodepointIndex& cp, Offset start, Offset end) {
  if (start == end) return py::none();
  return py::make_tuple(cp.ToCodepoint(start), cp.ToCodepoint(end));
}

py::array_t<int32_t> ToCodepointArray(const CodepointIndex& cp,
                                      const std::vector<Offset>& bytes) {
  py::array_t<int32_t> out(static_cast<py::ssize_t>(bytes.size()));
  auto view = out.mutable_unchecked<1>();
  for (size_t i = 0; i < bytes.size(); ++i) view(i) = static_cast<int32_t>(cp.ToCodepoint(bytes[i]));
  return out;
}

// Converts a finished Document into the plain-data dict the Python Doc wraps.
// Called with the GIL held.
py::dict ToPython(const Document& doc) {
  const CodepointIndex cp(doc.text);
  py::dict d;
  d["id"] = doc.id.empty() ? py::object(py::none()) : py::str(doc.id);
  d["text"] = py::str(doc.text);

  py::dict meta;
  auto opt = [](const std::string& s) { return s.empty() ? py::object(py::none()) : py::str(s); };
  meta["title"] = opt(doc.metadata.title);
  meta["subtitle"] = opt(doc.metadata.subtitle);
  meta["author"] = opt(doc.metadata.author);
  meta["date"] = opt(doc.metadata.date);
  meta["source_url"] = opt(doc.metadata.source_url);
  d["metadata"] = meta;

  d["token_start"] = ToCodepointArray(cp, doc.tokens.start);
  d["token_end"] = ToCodepointArray(cp, doc.tokens.end);
  py::array_t<uint8_t> flags(static_cast<py::ssize_t>(doc.tokens.flags.size()));
  std::copy(doc.tokens.flags.begin(), doc.tokens.flags.end(), flags.mutable_data());
  d["token_flags"] = flags;
  py::array_t<uint8_t> pos(static_cast<py::ssize_t>(doc.tokens.pos.size()));
  std::transform(doc.tokens.pos.begin(), doc.tokens.pos.end(), pos.mutable_data(),
                 [](PartOfSpeech p) { return static_cast<uint8_t>(p); });
  d["token_pos"] = pos;

  py::list sentences;
  for (const Sentence& s : doc.sentences) {
    sentences.append(py::make_tuple(cp.ToCodepoint(s.start), cp.ToCodepoint(s.end),
                                    s.first_token, s.end_token));
  }
  d["sentences"] = sentences;

  py::list paragraphs;
  for (const Paragraph& p : doc.paragraphs) {
    paragraphs.append(py::make_tuple(cp.ToCodepoint(p.start), cp.ToCodepoint(p.end),
                                     BlockKindName(p.kind)));
  }
  d["paragraphs"] = paragraphs;

  py::list markup;
  for (const Markup& m : doc.markup) {
    markup.append(py::make_tuple(cp.ToCodepoint(m.start), cp.ToCodepoint(m.end),
                                 MarkupKindName(m.kind)));
  }
  d["markup"] = markup;

  py::list citations;
  for (const Citation& c : doc.citations) {
    citations.append(py::make_tuple(c.n ? py::object(py::int_(*c.n)) : py::object(py::none()),
                                    opt(c.url), cp.ToCodepoint(c.start), cp.ToCodepoint(c.end)));
  }
  d["citations"] = citations;

  py::list mentions;
  for (const Mention& m : doc.mentions) {
    mentions.append(py::make_tuple(cp.ToCodepoint(m.start), cp.ToCodepoint(m.end),
                                   std::string(LabelName(m.label)), m.entity, m.score));
  }
  d["mentions"] = mentions;

  py::list entities;
  for (const Entity& e : doc.entities) {
    entities.append(py::make_tuple(e.id, e.name, std::string(LabelName(e.label)), opt(e.role),
                                   OptionalSpan(cp, e.role_start, e.role_end), e.mentions));
  }
  d["entities"] = entities;

  py::list quotes;
  for (const Quote& q : doc.quotes) {
    quotes.append(py::make_tuple(
        cp.ToCodepoint(q.start), cp.ToCodepoint(q.end), std::string(QuoteKindName(q.kind)),
        q.speaker, OptionalSpan(cp, q.speaker_start, q.speaker_end),
        OptionalSpan(cp, q.cue_start, q.cue_end), q.confidence, q.citations));
  }
  d["quotes"] = quotes;

  // Clean text -> source, both in code points. The source the reader kept is
  // valid UTF-8 (repaired input is kept repaired).
  const CodepointIndex source_cp(doc.source);
  py::list anchors;
  for (const SourceAnchor& a : doc.source_map) {
    anchors.append(py::make_tuple(cp.ToCodepoint(a.clean), source_cp.ToCodepoint(a.source)));
  }
  d["source_map"] = anchors;
  return d;
}

// Python str or bytes -> UTF-8 bytes. A str is already valid (but may hold
// lone surrogates, which encode() rejects with a clear error).
std::string SourceBytes(const py::handle& source) {
  if (py::isinstance<py::bytes>(source)) return source.cast<std::string>();
  if (py::isinstance<py::str>(source)) {
    PyObject* utf8 = PyUnicode_AsUTF8String(source.ptr());
    if (utf8 == nullptr) {
      PyErr_Clear();
      throw StatusError("text is not encodable as UTF-8 (lone surrogate code points)");
    }
    py::bytes owned = py::reinterpret_steal<py::bytes>(utf8);
    return owned.cast<std::string>();
  }
  throw py::type_error("expected str or bytes, got " +
                       std::string(py::str(py::type::of(source).attr("__name__"))));
}

class PyPipeline {
 public:
  PyPipeline(const std::string& resource_dir, const std::string& pos_model, const std::string& ner_model) {
    absl::StatusOr<std::unique_ptr<Pipeline>> p;
    {
      py::gil_scoped_release release;
      p = Pipeline::Load(resource_dir, pos_model, ner_model);
    }
    if (!p.ok()) Throw(p.status());
    pipeline_ = *std::move(p);
  }

  py::dict Process(const py::handle& source, const std::string& format,
                   const std::string& filename, bool replace_invalid_utf8,
                   bool repair_page_breaks, bool pos, bool entities, bool resolve, bool quotes,
                   const QuoteOptions& quote_options, const std::string& id) const {
    std::string bytes = SourceBytes(source);
    ReadOptions read = MakeRead(format, filename, replace_invalid_utf8, repair_page_breaks);
    StageOptions stages{pos, entities, resolve, quotes, quote_options};
    absl::StatusOr<Document> doc;
    {
      py::gil_scoped_release release;
      doc = pipeline_->Process(std::move(bytes), read, stages);
    }
    if (!doc.ok()) Throw(doc.status());
    doc->id = id;
    return ToPython(*doc);
  }

  // One result per source, in order: a dict, or the error message (str) for
  // a source that failed, so that one bad article does not sink a batch.
  // When `stage_times` is a dict, each stage's CPU seconds are added to its
  // keys read, segment, pos, entities, resolve and quotes.
  py::list ProcessBatch(const py::list& sources, const std::string& format,
                        bool replace_invalid_utf8, bool repair_page_breaks, bool pos, bool entities,
                        bool resolve, bool quotes, const QuoteOptions& quote_options,
                        int threads, const py::object& stage_times) const {
    std::vector<std::string> inputs;
    inputs.reserve(sources.size());
    for (const py::handle& s : sources) inputs.push_back(SourceBytes(s));
    ReadOptions read = MakeRead(format, "", replace_invalid_utf8, repair_page_breaks);
    StageOptions stages{pos, entities, resolve, quotes, quote_options};
    std::vector<absl::StatusOr<Document>> docs;
    StageTimes times;
    const bool timed = !stage_times.is_none();
    if (timed && !py::isinstance<py::dict>(stage_times)) {
      throw py::type_error("stage_times must be a dict or None");
    }
    {
      py::gil_scoped_release release;
      docs = pipeline_->ProcessBatch(std::move(inputs), read, stages, threads,
                                     timed ? &times : nullptr);
    }
    if (timed) {
      py::dict totals = stage_times.cast<py::dict>();
      for (const auto& [key, seconds] : {std::pair{"read", times.read},
                                          {"segment", times.segment},
                                          {"pos", times.pos},
                                          {"entities", times.entities},
                                          {"resolve", times.resolve},
                                          {"quotes", times.quotes}}) {
        double before = totals.contains(key) ? totals[key].cast<double>() : 0.0;
        totals[key] = before + seconds;
      }
    }
    py::list out;
    for (auto& doc : docs) {
      if (doc.ok()) out.append(ToPython(*doc));
      else out.append(py::str(std::string(doc.status().message())));
    }
    return out;
  }

  // The training examples of quotes/confidence.h: each of `texts` read as
  // plain text through every stage with `quote_options`; for each document
  // a list of its reported quotations (kind indirect) as (start, end,
  // speaker_start or None, speaker_end or None, features), code points.
  py::list ReportedQuoteFeatures(const std::vector<std::string>& texts, const QuoteOptions& quote_options) const {
    std::vector<absl::StatusOr<Document>> docs;
    {
      py::gil_scoped_release release;
      ReadOptions read;
      read.format = Format::kText;
      const StageOptions stages{true, true, true, true, quote_options};
      for (const std::string& text : texts) docs.push_back(pipeline_->Process(text, read, stages));
    }
    py::list result;
    for (const absl::StatusOr<Document>& doc : docs) {
      if (!doc.ok()) throw py::value_error(std::string(doc.status().message()));
      const CodepointIndex cp(doc->text);
      py::list quotes;
      for (const Quote& q : doc->quotes) {
        if (q.kind != QuoteKind::kIndirect) continue;
        const bool speaker = q.speaker_end > q.speaker_start;
        quotes.append(py::make_tuple(cp.ToCodepoint(q.start), cp.ToCodepoint(q.end),
                                     speaker ? py::cast(cp.ToCodepoint(q.speaker_start)) : py::none(),
                                     speaker ? py::cast(cp.ToCodepoint(q.speaker_end)) : py::none(),
                                     quotes::ReportedQuoteFeatures(*doc, q)));
      }
      result.append(quotes);
    }
    return result;
  }

  // Trains the model of learned_cues.h. texts[i] is read as plain text and
  // must read back unchanged; cue_heads[i] holds the code point offsets at
  // which the head words of its gold cues start. Returns (weights: list of
  // (feature, weight), log).
  py::tuple TrainLearnedCues(const std::vector<std::string>& texts,
                             const std::vector<std::vector<uint32_t>>& cue_heads, int epochs) const {
    if (texts.size() != cue_heads.size()) throw py::value_error("texts and cue_heads differ in length");
    if (epochs < 1) throw py::value_error("epochs must be at least 1");
    std::vector<Document> docs;
    std::vector<quotes::LearnedCueExample> examples;
    std::string log;
    std::vector<std::pair<std::string, float>> weights;
    {
      py::gil_scoped_release release;
      ReadOptions read;
      read.format = Format::kText;
      StageOptions stages{true, true, true, false, QuoteOptions{}};
      size_t left_out = 0;
      docs.reserve(texts.size());
      for (size_t i = 0; i < texts.size(); ++i) {
        absl::StatusOr<Document> doc = pipeline_->Process(texts[i], read, stages);
        if (!doc.ok() || doc->text != texts[i]) {
          ++left_out;
          continue;
        }
        docs.push_back(*std::move(doc));
        const CodepointIndex index(docs.back().text);
        quotes::LearnedCueExample example;
        for (uint32_t head : cue_heads[i]) {
          if (head < index.length()) example.cue_heads.push_back(index.ToByte(head));
        }
        std::sort(example.cue_heads.begin(), example.cue_heads.end());
        examples.push_back(std::move(example));
      }
      for (size_t i = 0; i < examples.size(); ++i) examples[i].doc = &docs[i];
      log = absl::StrCat(examples.size(), " documents, ", left_out, " left out (read back changed or failed)\n");
      weights = quotes::TrainLearnedCues(pipeline_->lexicon(), examples, epochs, &log);
    }
    return py::make_tuple(weights, log);
  }

 private:
  static ReadOptions MakeRead(const std::string& format, const std::string& filename,
                              bool replace_invalid_utf8, bool repair_page_breaks) {
    ReadOptions read;
    read.format = ParseFormat(format);
    read.filename = filename;
    read.replace_invalid_utf8 = replace_invalid_utf8;
    read.repair_page_breaks = repair_page_breaks;
    return read;
  }

  std::unique_ptr<Pipeline> pipeline_;
};

std::string TrainNer(const std::vector<std::string>& train, const std::vector<std::string>& dev,
                     const std::string& output, const std::string& clusters,
                     const std::string& lexicon_dir, int epochs, size_t max_features,
                     uint64_t seed) {
  ner::TrainOptions options;
  options.train_paths = train;
  options.dev_paths = dev;
  options.output_path = output;
  options.clusters_path = clusters;
  options.lexicon_dir = lexicon_dir;
  options.epochs = epochs;
  options.max_features = max_features;
  options.seed = seed;
  std::string log;
  absl::Status status;
  {
    py::gil_scoped_release release;
    status = ner::TrainNer(options, &log);
  }
  if (!status.ok()) Throw(status);
  return log;
}

absl::StatusOr<std::string> EvaluateNerWithLexicon(const std::string& model,
                                                   const std::string& gold,
                                                   const std::string& lexicon_dir,
                                                   const std::vector<std::string>& types) {
  Lexicon lexicon;
  if (!lexicon_dir.empty()) {
    absl::StatusOr<Lexicon> loaded = Lexicon::LoadDir(lexicon_dir);
    if (!loaded.ok()) return loaded.status();
    lexicon = *std::move(loaded);
  }
  ner::EvalOptions options;
  options.types = types;
  return ner::EvaluateNer(model, gold, &lexicon, options);
}

std::string EvaluateNer(const std::string& model, const std::string& gold,
                        const std::string& lexicon_dir, const std::vector<std::string>& types) {
  absl::StatusOr<std::string> report;
  {
    py::gil_scoped_release release;
    report = EvaluateNerWithLexicon(model, gold, lexicon_dir, types);
  }
  if (!report.ok()) Throw(report.status());
  return *report;
}

}  // namespace
}  // namespace saywho

PYBIND11_MODULE(_core, m) {
  using saywho::PyPipeline;
  m.doc() = "saywho's C++ core. Use the saywho package, not this module.";
  static py::exception<saywho::StatusError> error(m, "Error", PyExc_ValueError);
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const saywho::StatusError& e) {
      py::set_error(error, e.what());
    }
  });

  py::class_<saywho::QuoteOptions>(m, "QuoteOptions")
      .def(py::init([](bool paraphrases, bool reported_speech, bool join_continuations) {
             return saywho::QuoteOptions{paraphrases, reported_speech, join_continuations};
           }), py::arg("paraphrases") = false, py::arg("reported_speech") = false,
           py::arg("join_continuations") = false)
      .def_readonly("paraphrases", &saywho::QuoteOptions::paraphrases)
      .def_readonly("reported_speech", &saywho::QuoteOptions::reported_speech)
      .def_readonly("join_continuations", &saywho::QuoteOptions::join_continuations);

  py::class_<PyPipeline>(m, "Pipeline")
      .def(py::init<const std::string&, const std::string&, const std::string&>(), py::arg("resource_dir"),
           py::arg("pos_model"), py::arg("ner_model"))
      .def("process", &PyPipeline::Process, py::arg("source"), py::arg("format") = "auto",
           py::arg("filename") = "", py::arg("replace_invalid_utf8") = false,
           py::arg("repair_page_breaks") = true, py::arg("pos") = true, py::arg("entities") = true,
           py::arg("resolve") = true, py::arg("quotes") = true,
           py::arg("quote_options") = saywho::QuoteOptions{}, py::arg("id") = "")
      .def("process_batch", &PyPipeline::ProcessBatch, py::arg("sources"),
           py::arg("format") = "auto", py::arg("replace_invalid_utf8") = false,
           py::arg("repair_page_breaks") = true, py::arg("pos") = true, py::arg("entities") = true,
           py::arg("resolve") = true, py::arg("quotes") = true,
           py::arg("quote_options") = saywho::QuoteOptions{}, py::arg("threads") = 0,
           py::arg("stage_times") = py::none())
      .def("train_learned_cues", &PyPipeline::TrainLearnedCues, py::arg("texts"), py::arg("cue_heads"),
           py::arg("epochs") = 5)
      .def("reported_quote_features", &PyPipeline::ReportedQuoteFeatures, py::arg("texts"),
           py::arg("quote_options"));

  py::tuple pos_names(saywho::kNumPartsOfSpeech);
  for (int i = 0; i < saywho::kNumPartsOfSpeech; ++i) {
    pos_names[i] = std::string(saywho::PartOfSpeechName(static_cast<saywho::PartOfSpeech>(i)));
  }
  m.attr("PARTS_OF_SPEECH") = pos_names;

  m.def("find_invalid_utf8", [](const py::bytes& data) -> py::object {
    size_t at = saywho::FindInvalidUtf8(std::string_view(data));
    return at == saywho::kValidUtf8 ? py::object(py::none()) : py::int_(at);
  }, py::arg("data"), "Byte offset of the first ill-formed UTF-8 sequence, or None.");

  m.def("train_ner", &saywho::TrainNer, py::arg("train"), py::arg("dev") = std::vector<std::string>{},
        py::arg("output"),
        py::arg("clusters") = "", py::arg("lexicon_dir") = "", py::arg("epochs") = 12,
        py::arg("max_features") = 600000, py::arg("seed") = 1,
        "Trains a name tagger on IOB2 files; returns the training log.");
  m.def("evaluate_ner", &saywho::EvaluateNer, py::arg("model"), py::arg("gold"),
        py::arg("lexicon_dir") = "", py::arg("types") = std::vector<std::string>{},
        "Tags an IOB2 file's tokens; returns a conlleval-style report.");

  m.def("codepoint_offsets", [](const py::str& text, const std::vector<uint32_t>& bytes) {
    std::string utf8 = saywho::SourceBytes(text);
    const saywho::CodepointIndex index(utf8);
    std::vector<uint32_t> out;
    out.reserve(bytes.size());
    for (uint32_t b : bytes) {
      if (b > utf8.size()) throw saywho::StatusError("byte offset past the end of the text");
      out.push_back(index.ToCodepoint(b));
    }
    return out;
  }, py::arg("text"), py::arg("byte_offsets"),
  "Code-point offsets of UTF-8 byte offsets (each a code-point boundary) in text: "
  "the conversion every document goes through.");
}
