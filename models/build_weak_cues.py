#!/usr/bin/env python3
"""Writes resources/lexicon/quote_reported_weak_cues.txt: cue words that,
without quotation marks, report speech too rarely to be worth reporting.

Words such as "states" ("in states that award delegates"), "support" or
"find" are reporting verbs in some sentences and nouns or plain verbs in
most. Where the package reads them as the cue of reported speech, most of
what it reports is no quotation of the corpus. A wrong quotation costs
precision and a found one gains recall; for F1 a kind of prediction pays
only while more than about F1/2 of it is right (here about a third). So a
single-word cue that is found at least MIN_COUNT times and whose reported
contents match a gold quotation less than MAX_RATE of the time is listed,
and the indirect finder reports no speech for it. Marked quotations keep
the word as their cue.

Provenance: measured on PolNeAR's TRAIN part
(../shared/data/quotes/polnear/train.jsonl) with the installed package in
the reported-speech style of tools/polnear_eval.py; no dev or test text is
read. The rates are those of the rules alone: the script reads a copy of
this tree's resources/ (not the installed package's) without this list and
without the learned cue model (quote_learned_cue_weights.tsv), which is
trained after it (models/build_learned_cues.py) and decides on these words.

Run from the repository root with the package installed:
  python3 models/build_weak_cues.py [--out FILE]
"""
import argparse
import collections
import json
import os
import shutil
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))
from polnear_eval import DATA, STYLES, _overlap, _trim  # noqa: E402

import saywho  # noqa: E402

TRAIN = os.path.join(DATA, "train.jsonl")
OUT = os.path.join(ROOT, "resources", "lexicon", "quote_reported_weak_cues.txt")
MIN_COUNT = 8
MAX_RATE = 0.34
HEADER = ("# Cue words that report speech without marks too rarely to be reported\n"
          "# (\"states\", \"support\"): the indirect finder skips them; marked quotations\n"
          "# keep them as cues. Built by models/build_weak_cues.py from PolNeAR train.\n")


def rule_predictions(docs):
    """The documents of `docs` as the rules alone read them."""
    with tempfile.TemporaryDirectory() as tmp:
        resources = os.path.join(tmp, "resources")
        shutil.copytree(os.path.join(ROOT, "resources"), resources)
        for name in (os.path.basename(OUT), "quote_learned_cue_weights.tsv"):
            os.remove(os.path.join(resources, "lexicon", name))
        nlp = saywho.load(resources, quote_options=STYLES["polnear-reported"])
        pairs = ((d["text"], None) for d in docs)
        return [doc.to_dict() for doc, _ in nlp.pipe(pairs, as_tuples=True, format="text")]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=OUT)
    args = parser.parse_args(argv)
    docs = [json.loads(line) for line in open(TRAIN, encoding="utf-8")]
    preds = rule_predictions(docs)
    found, matched = collections.Counter(), collections.Counter()
    for doc, pred in zip(docs, preds):
        text = doc["text"]
        gold = [_trim(text, q["start"], q["end"]) for q in doc["quotes"]]
        for q in pred["quotes"]:
            cue = (q.get("cue") or "").lower()
            if q["kind"] != "indirect" or not cue or " " in cue:
                continue
            span = _trim(text, q["start"], q["end"])
            found[cue] += 1
            matched[cue] += any(_overlap(g, span) >= 0.5 for g in gold)
    weak = sorted(c for c, n in found.items() if n >= MIN_COUNT and matched[c] / n < MAX_RATE)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(HEADER)
        f.writelines(c + "\n" for c in weak)
    print("%d cue words -> %s" % (len(weak), args.out))


if __name__ == "__main__":
    main()
