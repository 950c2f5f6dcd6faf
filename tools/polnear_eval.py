#!/usr/bin/env python3
"""Quotation figures on PolNeAR: runs the installed saywho package over a
split and scores it with the shared scorer.

usage: polnear_eval.py [--split dev|train] [--style reference|polnear|polnear-reported]
                       [--out FILE] [--types direct,all] [--limit N] [--errors N] [--calibration]

Each article's "text" is read as plain text (so offsets index the gold text):
  d = nlp(text, format="text").to_dict(); d["id"] = gold id
with the saywho.QuoteOptions of --style:
  reference         the package's defaults: quotations in marks only, each
                    sentence after a frame its own quotation
  polnear           PolNeAR's way of counting marked quotations: continued
                    quotations joined ("A," X said. "B." is one) and the
                    paraphrase around a quoted fragment reported with it
  polnear-reported  polnear plus reported speech without marks
The documents go to --out as JSON Lines, then shared/eval/score_quotes.py
scores them once per --types value. --errors N prints N missed direct
quotations and N unmatched predictions (study train; measure dev);
--calibration prints how often reported quotations are right (is_right) by
their confidence.
"""
import argparse
import json
import os
import subprocess
import sys

import saywho

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
DATA = os.path.join(SHARED, "data", "quotes", "polnear")
SCORER = os.path.join(SHARED, "eval", "score_quotes.py")
STYLES = {
    "reference": saywho.QuoteOptions(),
    "polnear": saywho.QuoteOptions(join_continuations=True, paraphrases=True),
    "polnear-reported": saywho.QuoteOptions(join_continuations=True, reported_speech=True),
}
TRIM = " \t\n\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e,.;:"  # as the scorer trims


def run_package(docs, quote_options):
    nlp = saywho.load(quote_options=quote_options)
    pairs = ((d["text"], {"id": d["id"]}) for d in docs)
    return [doc.to_dict() for doc, _ in nlp.pipe(pairs, as_tuples=True, format="text")]


def _trim(text, s, e):
    while s < e and text[s] in TRIM:
        s += 1
    while e > s and text[e - 1] in TRIM:
        e -= 1
    return s, e


def _overlap(a, b):
    inter = min(a[1], b[1]) - max(a[0], b[0])
    longest = max(a[1] - a[0], b[1] - b[0])
    return inter / longest if longest > 0 and inter > 0 else 0.0


def is_right(text, found, gold_quotes):
    """True when the found quotation (start, end, speaker_start, speaker_end)
    matches a gold one with the same speaker (or names none where it has none)."""
    start, end, speaker_start, speaker_end = found
    span = _trim(text, start, end)
    best, match = 0.0, None
    for g in gold_quotes:
        o = _overlap(_trim(text, g["start"], g["end"]), span)
        if o > best:
            best, match = o, g
    if best < 0.5:
        return False
    if speaker_start is None:
        return True
    return match.get("speaker_start") is not None and _overlap(
        (match["speaker_start"], match["speaker_end"]), (speaker_start, speaker_end)) > 0


def show_errors(docs, preds, n):
    """Direct gold quotations no prediction matches, and predictions that
    match no gold quotation, judged as the scorer judges them."""
    missed, extra = [], []
    for d, p in zip(docs, preds):
        t = d["text"]
        pq = [(_trim(t, q["start"], q["end"]), q) for q in p["quotes"] if q["kind"] != "term"]
        pq = [(sp, q) for i, (sp, q) in enumerate(pq)
              if not any(j != i and o[0] <= sp[0] and sp[1] <= o[1] and o != sp
                         for j, (o, _) in enumerate(pq))]
        for g in d["quotes"]:
            gs = _trim(t, g["start"], g["end"])
            if g["type"] == "direct" and not any(_overlap(gs, sp) >= 0.5 for sp, _ in pq):
                missed.append(t[max(0, g["start"] - 60):g["end"] + 40].replace("\n", " | "))
        for sp, q in pq:
            if not any(_overlap(_trim(t, g["start"], g["end"]), sp) >= 0.5 for g in d["quotes"]):
                extra.append("%s [%s] <- %s | %s" % (q["kind"], t[sp[0]:sp[1]].replace("\n", " | "),
                                                   q.get("speaker_text"), q.get("cue")))
    for title, items in (("MISSED", missed), ("UNMATCHED", extra)):
        print("== %s (%d)" % (title, len(items)))
        for x in items[:n]:
            print(" *", x[:400])


def show_calibration(docs, preds):
    """Reported quotations (kind indirect) by confidence, and the share of
    them that is right (is_right): a calibrated confidence matches it."""
    bins = [0.0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01]
    rows = [[0, 0.0, 0] for _ in bins[1:]]  # quotations, summed confidence, right
    for d, p in zip(docs, preds):
        for q in p["quotes"]:
            if q["kind"] != "indirect":
                continue
            k = next(i for i in range(len(rows)) if q["confidence"] < bins[i + 1])
            found = (q["start"], q["end"], q.get("speaker_start"), q.get("speaker_end"))
            rows[k][0] += 1
            rows[k][1] += q["confidence"]
            rows[k][2] += is_right(d["text"], found, d["quotes"])
    print("== reported quotations by confidence")
    for (lo, hi), (n, total, right) in zip(zip(bins, bins[1:]), rows):
        if n:
            print(" %.1f-%.1f: %4d quotations, mean confidence %.3f, right %.3f" % (lo, min(hi, 1.0), n, total / n,
                                                                                   right / n))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--style", default="polnear", choices=sorted(STYLES))
    ap.add_argument("--out", default="/tmp/polnear_pred.jsonl")
    ap.add_argument("--types", default="direct,all")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--calibration", action="store_true",
                    help="how often reported quotations are right, by their confidence")
    args = ap.parse_args()
    gold_path = os.path.join(DATA, args.split + ".jsonl")
    docs = [json.loads(line) for line in open(gold_path, encoding="utf-8")]
    if args.limit:
        docs = docs[:args.limit]
    preds = run_package(docs, STYLES[args.style])
    with open(args.out, "w", encoding="utf-8") as f:
        for p in preds:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    if args.errors:
        show_errors(docs, preds, args.errors)
    if args.calibration:
        show_calibration(docs, preds)
    gold_file = gold_path
    if args.limit:
        gold_file = args.out + ".gold"
        with open(gold_file, "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
    for types in args.types.split(","):
        print("== --types %s" % types)
        sys.stdout.flush()
        subprocess.run([sys.executable, SCORER, gold_file, args.out, "--types", types], check=True)


if __name__ == "__main__":
    main()
