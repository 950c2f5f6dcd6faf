#include "entities/train.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <map>
#include <random>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "entities/features.h"
#include "entities/model_file.h"
#include "entities/perceptron.h"
#include "entities/tagger.h"

namespace saywho::ner {
namespace {

constexpr ClassMask kMiscLike = Bit(NameClass::kMisc) | Bit(NameClass::kNorp) |
                                Bit(NameClass::kEvent) | Bit(NameClass::kWork) |
                                Bit(NameClass::kProduct);

// What a corpus label (without B-/I-) allows; kOutsideBit set means it may
// also be no name at all. `label` "O" gives the set for untagged tokens.
ClassMask AllowedClasses(Scheme scheme, std::string_view label) {
  const bool outside = label == "O";
  switch (scheme) {
    case Scheme::kConll:
    case Scheme::kConllNoMisc:
      if (outside) return kOutsideBit | (scheme == Scheme::kConllNoMisc ? kMiscLike : 0);
      if (label == "PER") return Bit(NameClass::kPerson);
      if (label == "ORG") return Bit(NameClass::kOrg);
      if (label == "LOC") return Bit(NameClass::kPlace);
      return kMiscLike;
    case Scheme::kGum:
      // GUM marks mentions, and "American" in "American troops" is none:
      // an untagged GUM word may still be a nationality or creed adjective.
      if (outside) return kOutsideBit | Bit(NameClass::kNorp) | Bit(NameClass::kMisc);
      if (label == "time") return kOutsideBit;
      if (label == "person") return Bit(NameClass::kPerson);
      if (label == "organization") return Bit(NameClass::kOrg);
      if (label == "place") return Bit(NameClass::kPlace);
      if (label == "event") return Bit(NameClass::kEvent);
      return kOutsideBit | kMiscLike;  // abstract, object, substance, ...
    case Scheme::kWnut:
      if (outside) return kOutsideBit | Bit(NameClass::kNorp) | Bit(NameClass::kEvent) | Bit(NameClass::kMisc);
      if (label == "person") return Bit(NameClass::kPerson);
      if (label == "location") return Bit(NameClass::kPlace);
      if (label == "corporation" || label == "group") return Bit(NameClass::kOrg);
      if (label == "product") return Bit(NameClass::kProduct);
      if (label == "creative-work") return Bit(NameClass::kWork);
      return kOutsideBit | kMiscLike;
    case Scheme::kRe3d:
      if (outside) return kOutsideBit | Bit(NameClass::kEvent) | Bit(NameClass::kWork) |
                          Bit(NameClass::kMisc) | Bit(NameClass::kProduct);
      if (label == "Person") return Bit(NameClass::kPerson);
      if (label == "Organisation") return Bit(NameClass::kOrg);
      if (label == "Location") return Bit(NameClass::kPlace);
      if (label == "Nationality") return Bit(NameClass::kNorp);
      if (label == "Temporal" || label == "Money" || label == "Quantity") return kOutsideBit;
      return kOutsideBit | kMiscLike;  // weapons, platforms, document references
    default:
      return kOutsideBit;
  }
}

// Where a token stands in its corpus's annotation.
enum Position : uint8_t { kUntagged = 0, kSpanBegin, kSpanInside };

// Bit t set: tag t may stand for this token, given the tag chosen for the
// previous token.
uint32_t AllowedTags(ClassMask classes, Position position, Tag prev) {
  uint32_t tags = (classes & kOutsideBit) ? 1u : 0u;
  if (position == kSpanInside && prev != kOutside && (classes >> ClassOf(prev) & 1)) {
    // Continue the class chosen at the span's start.
    return tags | 1u << InsideTag(ClassOf(prev));
  }
  for (int c = 0; c < kNumClasses; ++c) {
    if (!(classes >> c & 1)) continue;
    if (position == kSpanInside && (classes & kOutsideBit)) continue;  // its start was left O
    tags |= 1u << BeginTag(c);
    // An untagged token of a corpus that does not annotate class c may
    // continue a name of that class.
    if (position == kUntagged && Allowed(prev, InsideTag(c))) tags |= 1u << InsideTag(c);
  }
  return tags == 0 ? 1u : tags;
}

// GUM marks every mention of a named thing: pronouns ("he"), descriptions
// ("the city") and whole appositions. Those spans are left open (O or any
// class) so that GUM teaches names the news way and nothing else.
void LeaveNonNamesOpen(const ConllSentence& s, std::vector<ClassMask>* classes,
                       std::vector<Position>* positions, size_t base) {
  for (const Span& span : SpansFromTags(s.tags)) {
    bool name_like = !s.words[span.begin].empty() && s.words[span.begin][0] >= 'A' &&
                     s.words[span.begin][0] <= 'Z' && s.words[span.begin] != "The";
    for (uint32_t k = span.begin; k < span.end && name_like; ++k) {
      name_like = s.words[k] != "," && s.words[k] != "(" && s.words[k] != "and";
    }
    if (name_like) continue;
    for (uint32_t k = span.begin; k < span.end; ++k) {
      (*classes)[base + k] = static_cast<ClassMask>(kOutsideBit | (kOutsideBit - 1));
      (*positions)[base + k] = kUntagged;
    }
  }
}

struct Corpus {
  std::string path;
  Scheme scheme;
  std::vector<ConllDocument> conll;
  std::vector<Document> docs;
  std::vector<DocumentFeatures> features;
  // Per document and token: allowed classes and whether inside a span.
  std::vector<std::vector<ClassMask>> classes;
  std::vector<std::vector<Position>> positions;
};

absl::StatusOr<Corpus> LoadCorpus(const std::string& path) {
  auto conll = ReadConll(path);
  if (!conll.ok()) return conll.status();
  Corpus corpus;
  corpus.path = path;
  corpus.scheme = DetectScheme(*conll);
  corpus.conll = *std::move(conll);
  for (const ConllDocument& d : corpus.conll) corpus.docs.push_back(ToDocument(d));
  return corpus;
}

struct Counts {
  std::map<std::string, int> gold, found, correct;
  int tokens = 0;
};

// The document's words with their gold and predicted IOB2 tags.
void AppendTagged(const ConllDocument& conll, const std::vector<Span>& found, std::string* out) {
  std::vector<std::string> predicted;
  for (const ConllSentence& s : conll.sentences) predicted.insert(predicted.end(), s.words.size(), "O");
  for (const Span& span : found) {
    for (uint32_t k = span.begin; k < span.end && k < predicted.size(); ++k) {
      predicted[k] = (k == span.begin ? "B-" : "I-") + span.label;
    }
  }
  size_t k = 0;
  for (const ConllSentence& s : conll.sentences) {
    for (size_t i = 0; i < s.words.size(); ++i, ++k) {
      absl::StrAppend(out, s.words[i], " ", s.tags[i], " ", predicted[k], "\n");
    }
    out->append("\n");
  }
}

void Count(const Tagger& tagger, const Corpus& corpus, const EvalOptions& options, Counts* counts) {
  const Style style = options.style.value_or(StyleOf(corpus.scheme));
  absl::flat_hash_set<std::string> wanted(options.types.begin(), options.types.end());
  auto keep = [&](const std::string& type) { return wanted.empty() || wanted.contains(type); };
  for (size_t d = 0; d < corpus.docs.size(); ++d) {
    Document doc = corpus.docs[d];
    tagger.Recognize(&doc, style);
    // Spans as (first token, end token, label) over the whole document.
    std::vector<Span> gold, found;
    uint32_t base = 0;
    for (const ConllSentence& s : corpus.conll[d].sentences) {
      for (Span span : SpansFromTags(s.tags)) {
        span.begin += base;
        span.end += base;
        if (keep(span.label)) gold.push_back(span);
      }
      base += static_cast<uint32_t>(s.words.size());
    }
    counts->tokens += static_cast<int>(base);
    const std::vector<Offset>& starts = doc.tokens.start;
    const std::vector<Offset>& ends = doc.tokens.end;
    for (const Mention& m : doc.mentions) {
      // The tokens the mention lies in: a name may be part of a token
      // ("U.S." of "U.S.-led", both names of "Russian-Chechen"), which the
      // corpus, as CoNLL does, tags as one name of a miscellaneous kind.
      const uint32_t first =
          static_cast<uint32_t>(std::upper_bound(starts.begin(), starts.end(), m.start) - starts.begin()) - 1;
      const uint32_t last = static_cast<uint32_t>(std::lower_bound(ends.begin(), ends.end(), m.end) - ends.begin());
      const bool part_of_token = starts[first] != m.start || ends[last] != m.end;
      const std::string label(CorpusLabel(corpus.scheme, part_of_token ? Label::kNorp : m.label));
      if (label.empty() || !keep(label)) continue;
      if (!found.empty() && found.back().end > first) {  // the other name of the same token
        found.back().end = std::max(found.back().end, last + 1);
        found.back().label = label;
        continue;
      }
      found.push_back(Span{first, last + 1, label});
    }
    if (options.tagged != nullptr) AppendTagged(corpus.conll[d], found, options.tagged);
    for (const Span& s : gold) counts->gold[s.label]++;
    for (const Span& s : found) counts->found[s.label]++;
    // Both lists are in text order and free of overlaps: one merge pass.
    size_t g = 0;
    for (const Span& s : found) {
      while (g < gold.size() && gold[g].begin < s.begin) ++g;
      if (g < gold.size() && gold[g] == s) counts->correct[s.label]++;
    }
  }
}

struct Prf {
  double precision = 0, recall = 0, f1 = 0;
};

Prf Score(int correct, int found, int gold) {
  Prf r;
  r.precision = found ? static_cast<double>(correct) / found : 0;
  r.recall = gold ? static_cast<double>(correct) / gold : 0;
  r.f1 = r.precision + r.recall > 0 ? 2 * r.precision * r.recall / (r.precision + r.recall) : 0;
  return r;
}

Prf Overall(const Counts& c) {
  int correct = 0, found = 0, gold = 0;
  for (const auto& [k, v] : c.correct) correct += v;
  for (const auto& [k, v] : c.found) found += v;
  for (const auto& [k, v] : c.gold) gold += v;
  return Score(correct, found, gold);
}

std::string Report(const Counts& c) {
  int correct = 0, found = 0, gold = 0;
  std::map<std::string, int> types = c.gold;
  for (const auto& [k, v] : c.found) types[k];
  for (const auto& [k, v] : c.correct) correct += v;
  for (const auto& [k, v] : c.found) found += v;
  for (const auto& [k, v] : c.gold) gold += v;
  std::string out = absl::StrFormat(
      "processed %d tokens with %d phrases; found: %d phrases; correct: %d.\n", c.tokens, gold,
      found, correct);
  for (const auto& [type, unused] : types) {
    auto get = [&](const std::map<std::string, int>& m) {
      auto it = m.find(type);
      return it == m.end() ? 0 : it->second;
    };
    const Prf p = Score(get(c.correct), get(c.found), get(c.gold));
    absl::StrAppendFormat(&out, "%17s: precision %.4f recall %.4f f1 %.4f  found %d gold %d\n", type,
                          p.precision, p.recall, p.f1, get(c.found), get(c.gold));
  }
  const Prf all = Score(correct, found, gold);
  absl::StrAppendFormat(&out, "overall precision %.4f recall %.4f f1 %.4f\n", all.precision,
                        all.recall, all.f1);
  return out;
}

NerModel MakeModel(const TrainingWeights& weights, int64_t steps, const WordClusters& clusters,
                   size_t max_rows) {
  NerModel model;
  model.gazetteer_lists = DefaultGazetteerLists();
  model.clusters = clusters;
  model.weights = PackedWeights::Build(weights.Averaged(steps), max_rows);
  return model;
}

}  // namespace

Scheme DetectScheme(const std::vector<ConllDocument>& docs) {
  absl::flat_hash_set<std::string> labels;
  for (const ConllDocument& d : docs) {
    for (const ConllSentence& s : d.sentences) {
      for (const std::string& t : s.tags) {
        if (t != "O") labels.insert(t.substr(2));
      }
    }
  }
  if (labels.contains("PER") || labels.contains("ORG") || labels.contains("LOC")) {
    return labels.contains("MISC") ? Scheme::kConll : Scheme::kConllNoMisc;
  }
  if (labels.contains("abstract") || labels.contains("organization") || labels.contains("place")) {
    return Scheme::kGum;
  }
  if (labels.contains("corporation") || labels.contains("creative-work")) return Scheme::kWnut;
  if (labels.contains("Organisation") || labels.contains("Nationality")) return Scheme::kRe3d;
  if (labels.contains("DATE") || labels.contains("DURATION")) return Scheme::kTimex;
  return Scheme::kUnknown;
}

std::string_view SchemeName(Scheme scheme) {
  switch (scheme) {
    case Scheme::kConll: return "conll";
    case Scheme::kConllNoMisc: return "conll-no-misc";
    case Scheme::kGum: return "gum";
    case Scheme::kWnut: return "wnut";
    case Scheme::kRe3d: return "re3d";
    case Scheme::kTimex: return "timex";
    case Scheme::kUnknown: return "unknown";
  }
  return "unknown";
}

Style StyleOf(Scheme scheme) {
  switch (scheme) {
    case Scheme::kWnut:
    case Scheme::kConllNoMisc: return Style::kSocial;  // WNUT and BTC tweets
    default: return Style::kNews;
  }
}

std::string_view CorpusLabel(Scheme scheme, Label label) {
  const bool place = label == Label::kGpe || label == Label::kLoc || label == Label::kFac;
  const bool misc = label == Label::kNorp || label == Label::kEvent || label == Label::kWorkOfArt ||
                    label == Label::kLaw || label == Label::kProduct || label == Label::kLanguage;
  switch (scheme) {
    case Scheme::kConll:
    case Scheme::kConllNoMisc:
      if (label == Label::kPerson) return "PER";
      if (label == Label::kOrg) return "ORG";
      if (place) return "LOC";
      if (misc && scheme == Scheme::kConll) return "MISC";
      return "";
    case Scheme::kGum:
      if (label == Label::kPerson) return "person";
      if (label == Label::kOrg) return "organization";
      if (place) return "place";
      if (label == Label::kEvent) return "event";
      return "";
    case Scheme::kWnut:
      if (label == Label::kPerson) return "person";
      if (label == Label::kOrg) return "corporation";
      if (place) return "location";
      if (label == Label::kProduct) return "product";
      if (label == Label::kWorkOfArt) return "creative-work";
      return "";
    case Scheme::kRe3d:
      if (label == Label::kPerson) return "Person";
      if (label == Label::kOrg) return "Organisation";
      if (place) return "Location";
      if (label == Label::kNorp) return "Nationality";
      if (label == Label::kMoney) return "Money";
      if (label == Label::kQuantity) return "Quantity";
      if (label == Label::kDate || label == Label::kTime) return "Temporal";
      return "";
    case Scheme::kTimex:
      if (label == Label::kDate) return "DATE";
      if (label == Label::kTime) return "TIME";
      return "";
    case Scheme::kUnknown:
      return "";
  }
  return "";
}

absl::Status TrainNer(const TrainOptions& options, std::string* log) {
  using Clock = std::chrono::steady_clock;
  const auto started = Clock::now();
  if (options.train_paths.empty()) return absl::InvalidArgumentError("no training files");
  if (options.output_path.empty()) return absl::InvalidArgumentError("no output path");
  Lexicon lexicon;
  if (!options.lexicon_dir.empty()) {
    auto loaded = Lexicon::LoadDir(options.lexicon_dir);
    if (!loaded.ok()) return loaded.status();
    lexicon = *std::move(loaded);
  }
  WordClusters clusters;
  if (!options.clusters_path.empty()) {
    auto loaded = WordClusters::ReadTsv(options.clusters_path);
    if (!loaded.ok()) return loaded.status();
    clusters = *std::move(loaded);
  }
  const Gazetteer gazetteer = Gazetteer::FromLexicon(&lexicon, DefaultGazetteerLists());
  const FeatureExtractor extractor(&clusters, &gazetteer);

  std::vector<Corpus> corpora;
  struct DocRef {
    uint32_t corpus, doc;
  };
  std::vector<DocRef> order;
  for (const std::string& path : options.train_paths) {
    auto corpus = LoadCorpus(path);
    if (!corpus.ok()) return corpus.status();
    const Scheme scheme = corpus->scheme;
    if (scheme == Scheme::kUnknown || scheme == Scheme::kTimex) {
      return absl::InvalidArgumentError(path + ": no name labels this trainer knows");
    }
    const Style style = StyleOf(scheme);
    for (size_t d = 0; d < corpus->docs.size(); ++d) {
      corpus->features.emplace_back();
      extractor.Extract(corpus->docs[d], style, &corpus->features.back());
      std::vector<ClassMask> classes;
      std::vector<Position> positions;
      for (const ConllSentence& s : corpus->conll[d].sentences) {
        const size_t sentence_begin = classes.size();
        for (size_t k = 0; k < s.tags.size(); ++k) {
          const std::string& tag = s.tags[k];
          classes.push_back(AllowedClasses(scheme, tag == "O" ? "O" : std::string_view(tag).substr(2)));
          // An I- that does not continue a span of its type starts one.
          const bool continues = tag[0] == 'I' && k > 0 && s.tags[k - 1] != "O" &&
                                 std::string_view(s.tags[k - 1]).substr(2) == std::string_view(tag).substr(2);
          positions.push_back(tag == "O" ? kUntagged : continues ? kSpanInside : kSpanBegin);
        }
        if (scheme == Scheme::kGum) {
          LeaveNonNamesOpen(s, &classes, &positions, sentence_begin);
        }
      }
      corpus->classes.push_back(std::move(classes));
      corpus->positions.push_back(std::move(positions));
      order.push_back(DocRef{static_cast<uint32_t>(corpora.size()), static_cast<uint32_t>(d)});
    }
    absl::StrAppendFormat(log, "%s: %s, %d documents\n", path, std::string(SchemeName(scheme)), corpus->docs.size());
    corpora.push_back(*std::move(corpus));
  }
  std::vector<Corpus> devs;
  for (const std::string& path : options.dev_paths) {
    auto loaded = LoadCorpus(path);
    if (!loaded.ok()) return loaded.status();
    devs.push_back(*std::move(loaded));
  }

  TrainingWeights weights;
  int64_t step = 0;
  std::mt19937_64 rng(options.seed);
  double best_f1 = -1;
  std::string best_bytes;
  TagScores scores;
  uint64_t history[kMaxHistoryFeatures];
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    int64_t errors = 0, tokens = 0;
    for (const DocRef& ref : order) {
      const Corpus& corpus = corpora[ref.corpus];
      const Style style = StyleOf(corpus.scheme);
      const Document& doc = corpus.docs[ref.doc];
      const DocumentFeatures& features = corpus.features[ref.doc];
      const std::vector<ClassMask>& classes = corpus.classes[ref.doc];
      const std::vector<Position>& positions = corpus.positions[ref.doc];
      DocumentMemory memory;
      for (const Sentence& s : doc.sentences) {
        Tag prev = kOutside, prev2 = kOutside;
        for (uint32_t i = s.first_token; i < s.end_token; ++i) {
          ++step;
          ++tokens;
          ScoreToken(weights, features, i, prev, prev2, style, &memory, &scores);
          const Tag guess = BestTag(scores, prev, kAllTags);
          const Tag truth = BestTag(scores, prev, AllowedTags(classes[i], positions[i], prev));
          if (guess != truth) {
            ++errors;
            const int n = FeatureExtractor::HistoryFeatures(features, i, prev, prev2, style, &memory, history);
            for (uint32_t k = features.offsets[i]; k < features.offsets[i + 1]; ++k) {
              weights.Update(features.features[k], truth, 1.0f, step);
              weights.Update(features.features[k], guess, -1.0f, step);
            }
            for (int k = 0; k < n; ++k) {
              weights.Update(history[k], truth, 1.0f, step);
              weights.Update(history[k], guess, -1.0f, step);
            }
          }
          // Teacher forcing: the history is the reference, not the guess.
          memory.Record(features.memory_keys[i], truth);
          prev2 = prev;
          prev = truth;
        }
      }
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
    absl::StrAppendFormat(log, "epoch %d: %d tokens, %.4f errors, %d features, %.0fs", epoch,
                          tokens, tokens ? static_cast<double>(errors) / tokens : 0.0,
                          weights.size(), seconds);
    if (!devs.empty() || epoch == options.epochs) {
      NerModel model = MakeModel(weights, step, clusters, options.max_features);
      std::string bytes = SerializeModel(model);
      double f1 = 0;
      if (!devs.empty()) {
        Tagger tagger(std::move(model), &lexicon);
        for (const Corpus& dev : devs) {
          Counts counts;
          Count(tagger, dev, EvalOptions{}, &counts);
          const double dev_f1 = Overall(counts).f1;
          absl::StrAppendFormat(log, ", %s f1 %.4f", std::string(SchemeName(dev.scheme)), dev_f1);
          f1 += dev_f1 / static_cast<double>(devs.size());
        }
        if (devs.size() > 1) absl::StrAppendFormat(log, ", mean %.4f", f1);
      }
      if (f1 > best_f1) {
        best_f1 = f1;
        best_bytes = std::move(bytes);
      }
    }
    log->append("\n");
  }
  auto model = ParseModel(best_bytes);
  if (!model.ok()) return model.status();
  absl::StrAppendFormat(log, "kept %d weight rows%s\n", model->weights.size(),
                        devs.empty() ? "" : absl::StrFormat(", best dev f1 %.4f", best_f1));
  return WriteModel(*model, options.output_path);
}

absl::StatusOr<std::string> EvaluateNer(const std::string& model_path, const std::string& gold_path,
                                        const Lexicon* lexicon, const EvalOptions& options) {
  auto tagger = Tagger::Load(model_path, lexicon);
  if (!tagger.ok()) return tagger.status();
  auto corpus = LoadCorpus(gold_path);
  if (!corpus.ok()) return corpus.status();
  if (corpus->scheme == Scheme::kUnknown) {
    return absl::InvalidArgumentError(gold_path + ": unknown label set");
  }
  Counts counts;
  Count(**tagger, *corpus, options, &counts);
  return "scheme " + std::string(SchemeName(corpus->scheme)) + "\n" + Report(counts);
}

absl::StatusOr<std::string> MeasureSpeed(const std::string& model_path,
                                         const std::string& corpus_path,
                                         const Lexicon* lexicon, int repeat) {
  using Clock = std::chrono::steady_clock;
  auto corpus = LoadCorpus(corpus_path);
  if (!corpus.ok()) return corpus.status();
  // CPU time of this thread too: the machine may be shared, and wall time
  // then measures the neighbours.
  auto thread_seconds = [] {
    timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
  };
  const double load_cpu_start = thread_seconds();
  const auto load_start = Clock::now();
  auto tagger = Tagger::Load(model_path, lexicon);
  if (!tagger.ok()) return tagger.status();
  const double load_ms = std::chrono::duration<double, std::milli>(Clock::now() - load_start).count();
  const double load_cpu_ms = (thread_seconds() - load_cpu_start) * 1000;
  size_t tokens = 0, mentions = 0;
  std::vector<Document> docs;
  const double cpu_start = thread_seconds();
  const auto start = Clock::now();
  for (int r = 0; r < repeat; ++r) {
    for (const Document& original : corpus->docs) {
      Document doc = original;
      (*tagger)->Recognize(&doc, Style::kNews);
      tokens += doc.tokens.size();
      mentions += doc.mentions.size();
    }
  }
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  const double cpu = thread_seconds() - cpu_start;
  return absl::StrFormat(
      "model load %.1f ms wall, %.1f ms thread CPU\n%d tokens, %d mentions in %.3f s wall, %.3f s thread CPU: "
      "%.0f tokens/s wall, %.0f tokens/s CPU\n",
      load_ms, load_cpu_ms, tokens, mentions, seconds, cpu, tokens / std::max(seconds, 1e-9),
      tokens / std::max(cpu, 1e-9));
}

}  // namespace saywho::ner
