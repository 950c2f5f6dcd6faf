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
read. The rates are those of the finder without the list: the script
empties it first and reads this tree's resources/ (not the installed
package's).

Run from the repository root with the package installed:
  python3 models/build_weak_cues.py
"""
import collections
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))
from polnear_eval import STYLES, _overlap, _trim  # noqa: E402

import saywho  # noqa: E402

TRAIN = os.path.join(os.path.dirname(ROOT), "shared", "data", "quotes", "polnear", "train.jsonl")
OUT = os.path.join(ROOT, "resources", "lexicon", "quote_reported_weak_cues.txt")
MIN_COUNT = 8
MAX_RATE = 0.34
HEADER = ("# Cue words that report speech without marks too rarely to be reported\n"
          "# (\"states\", \"support\"): the indirect finder skips them; marked quotations\n"
          "# keep them as cues. Built by models/build_weak_cues.py from PolNeAR train.\n")


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(HEADER)
    docs = [json.loads(line) for line in open(TRAIN, encoding="utf-8")]
    nlp = saywho.load(os.path.join(ROOT, "resources"), quote_options=STYLES["polnear-reported"])
    pairs = ((d["text"], None) for d in docs)
    preds = [doc.to_dict() for doc, _ in nlp.pipe(pairs, as_tuples=True, format="text")]
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
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(HEADER)
        f.writelines(c + "\n" for c in weak)
    print("%d cue words -> %s" % (len(weak), OUT))


if __name__ == "__main__":
    main()
