#!/usr/bin/env python3
"""Writes resources/lexicon/quote_reported_confidence_weights.tsv: the model
that tells how far to trust a quotation of reported speech
(cpp/quotes/confidence.h).

The package, with the options of the PolNeAR all-types figures
(tools/polnear_eval.py --style polnear-reported), reads every article of
PolNeAR train; each reported quotation it finds is an example, right when it
matches a gold quotation (overlap of at least half, as the shared scorer
matches) with an overlapping speaker, or with none where it names none. A
logistic regression (L2, full-batch gradient descent, sums in a fixed order
so a rebuild writes the same bytes) over the features the core gives
(saywho._core.Pipeline.reported_quote_features) learns the weights; features
seen fewer than --min-count times are left out. The quotations found depend
on the other learnt lists, so this model is built last (after
models/build_learned_cues.py).

Provenance: PolNeAR's TRAIN part only; the weights name cue words and
feature classes, no text of the corpus.

Run from the repository root, with the package built:
  python3 models/build_quote_confidence.py [--iterations N] [--min-count N] [--out FILE]
"""
import argparse
import json
import os
import sys

import numpy as np

import saywho
from saywho import _core

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))
from polnear_eval import DATA, STYLES, is_right  # noqa: E402

TRAIN = os.path.join(DATA, "train.jsonl")
OUT = os.path.join(ROOT, "resources", "lexicon", "quote_reported_confidence_weights.tsv")


def fit(rows, labels, n_features, iterations, l2, rate):
    """Logistic regression over rows of feature indices (padded with
    n_features, a feature of weight 0)."""
    width = max(len(r) for r in rows)
    index = np.full((len(rows), width), n_features, dtype=np.int64)
    for i, r in enumerate(rows):
        index[i, :len(r)] = r
    y = np.asarray(labels, dtype=np.float64)
    w = np.zeros(n_features + 1)
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-w[index].sum(axis=1)))
        # np.bincount sums in index order: the same bytes on every machine.
        gradient = np.bincount(index.ravel(), weights=np.repeat(p - y, width), minlength=n_features + 1)
        gradient = gradient / len(y) + l2 * w
        gradient[n_features] = 0.0
        w -= rate * gradient
    return w[:n_features]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--iterations", type=int, default=2000)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--l2", type=float, default=0.001, help="weight of the L2 penalty")
    parser.add_argument("--out", default=OUT)
    args = parser.parse_args(argv)
    docs = [json.loads(line) for line in open(TRAIN, encoding="utf-8")]
    resources = saywho.pipeline.RESOURCES
    models = os.path.join(resources, "models")
    core = _core.Pipeline(os.path.join(resources, "lexicon"), os.path.join(models, "pos.bin"),
                          os.path.join(models, "ner.bin"))
    found = core.reported_quote_features([d["text"] for d in docs], STYLES["polnear-reported"]._to_core())
    examples, labels = [], []
    for doc, quotes in zip(docs, found):
        for start, end, speaker_start, speaker_end, features in quotes:
            examples.append(features)
            labels.append(is_right(doc["text"], (start, end, speaker_start, speaker_end), doc["quotes"]))
    counts = {}
    for features in examples:
        for f in features:
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= args.min_count)
    column = {f: i for i, f in enumerate(names)}
    rows = [[column[f] for f in features if f in column] for features in examples]
    weights = fit(rows, labels, len(names), args.iterations, l2=args.l2, rate=2.0)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# How far to trust a quotation of reported speech: feature<TAB>weight of a\n"
                "# logistic regression (cpp/quotes/confidence.h). Built by\n"
                "# models/build_quote_confidence.py from PolNeAR train.\n")
        for name, weight in zip(names, weights):
            if abs(weight) >= 5e-4:
                f.write("%s\t%.3g\n" % (name, weight))
    print("%d quotations (%d right), %d features -> %s" % (len(labels), sum(labels), len(names), args.out))


if __name__ == "__main__":
    main()
