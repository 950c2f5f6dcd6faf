#!/usr/bin/env python3
"""Writes resources/lexicon/quote_learned_cue_weights.tsv: the model that
finds cues of reported speech beyond the word lists (cpp/quotes/learned_cues.h).

Each lower-case word outside marked quotations that the cue lists leave
open is a candidate; it is a cue when a gold cue of PolNeAR starts with it
(after auxiliaries and negation: "has been urging" -> urging). An averaged
perceptron over the word, its ending and the function words and shapes
around it is trained by the C++ core
(saywho._core.Pipeline.train_learned_cues).

Provenance: PolNeAR's TRAIN part (../shared/data/quotes/polnear/train.jsonl);
no dev or test text is read. The weights name single English words and
word shapes; the corpus' text is not copied.

Run from the repository root, with the package built:
  python3 models/build_learned_cues.py [--epochs N] [--limit DOCS] [--min-weight W] [--out FILE]
"""
import argparse
import json
import os
import re
import sys

import saywho
from saywho import _core

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))
sys.path.insert(0, os.path.join(ROOT, "models"))
# Words before a cue's head (auxiliaries and negation), as the wider verb
# list counts them; -ly adverbs are skipped too, below.
from build_reported_lexicon import AUXILIARIES  # noqa: E402
from polnear_eval import DATA  # noqa: E402

TRAIN = os.path.join(DATA, "train.jsonl")
OUT = os.path.join(ROOT, "resources", "lexicon", "quote_learned_cue_weights.tsv")
WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")


def cue_head(text, start, end):
    """The code point offset of the first word of text[start:end] that is not
    an auxiliary, or None."""
    for m in WORD.finditer(text, start, end):
        word = m.group().lower()
        if word not in AUXILIARIES and not (len(word) > 4 and word.endswith("ly")):  # "has publicly stated"
            return m.start()
    return None


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--limit", type=int, default=0, help="read only the first DOCS articles")
    parser.add_argument("--out", default=OUT)
    parser.add_argument("--min-weight", type=float, default=0.1,
                        help="leave out weights smaller than this in size (a smaller file, the same choices)")
    args = parser.parse_args(argv)
    texts, heads = [], []
    with open(TRAIN, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            texts.append(doc["text"])
            found = set()
            for q in doc["quotes"]:
                for start, end, _ in q.get("cue_spans") or []:
                    head = cue_head(doc["text"], start, end)
                    if head is not None:
                        found.add(head)
            heads.append(sorted(found))
            if args.limit and len(texts) >= args.limit:
                break
    resources = saywho.pipeline.RESOURCES
    models = os.path.join(resources, "models")
    core = _core.Pipeline(os.path.join(resources, "lexicon"), os.path.join(models, "pos.bin"),
                          os.path.join(models, "ner.bin"))
    weights, log = core.train_learned_cues(texts, heads, epochs=args.epochs)
    weights = [(f, w) for f, w in weights if abs(w) >= args.min_weight]
    sys.stdout.write(log)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# Cues of reported speech beyond the word lists: feature<TAB>weight of an\n"
                "# averaged perceptron (cpp/quotes/learned_cues.h). Built by\n"
                "# models/build_learned_cues.py from PolNeAR train.\n")
        for feature, weight in weights:
            f.write("%s\t%.4g\n" % (feature, weight))
    print("%d weights -> %s" % (len(weights), args.out))


if __name__ == "__main__":
    main()
