#!/usr/bin/env python3
"""Run quotation extraction over PolNeAR and score it with the shared scorer.

usage: polnear_eval.py [--split dev|train] [--driver PATH [--style STYLE] [--no-pipeline]]
                       [--out FILE] [--types direct,all] [--limit N] [--errors N]

Without --driver, each article's "text" goes through the Python package as
plain text with the project's default quotation conventions:
  d = saywho.load()(text, format="text").to_dict(); d["id"] = gold id
The documents are written as JSON Lines to --out, then
/work/shared/eval/score_quotes.py scores them once per --types value.

With --driver (build/<name>/cpp/quotes/saywho_quotes_driver), the C++
pipeline runs through that binary instead (read as plain text, segment,
entities when resources/models/ner.bin exists, resolve; --no-pipeline: the
quotation stage alone on the raw text), with the QuoteOptions of --style:
  reference         the defaults (as the package): quotations in marks only,
                    each sentence after a frame its own quotation
  polnear           PolNeAR's way of counting marked quotations: continued
                    quotations joined ("A," X said. "B." is one) and the
                    paraphrase around a quoted fragment reported with it
  polnear-reported  polnear plus reported speech without marks
--errors N prints N missed direct quotations and N unmatched predictions (to
study train; tune on train, measure on dev).
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = "/work/shared/data/quotes/polnear"
SCORER = "/work/shared/eval/score_quotes.py"
STYLES = {
    "reference": (),
    "polnear": ("--join-continuations", "--paraphrases"),
    "polnear-reported": ("--join-continuations", "--reported-speech"),
}
TRIM = " \t\n\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e,.;:"  # as the scorer trims


def byte_to_cp(text):
    """Maps UTF-8 byte offsets of `text` to code point offsets."""
    table = []
    for i, ch in enumerate(text):
        table.extend([i] * len(ch.encode("utf-8")))
    table.append(len(text))
    return table


def run_driver(driver, docs, flags=()):
    payload = b"".join(str(len(t)).encode() + b"\n" + t
                       for t in (d["text"].encode("utf-8") for d in docs))
    out = subprocess.run([driver, os.path.join(ROOT, "resources"), *flags],
                         input=payload, capture_output=True, check=True).stdout.decode()
    records = out.split("#\n")[1:]
    results = []
    for d, rec in zip(docs, records):
        cp = byte_to_cp(d["text"])
        quotes = []
        for line in rec.splitlines():
            s, e, kind, ss, se, cs, ce, conf = line.split("\t")[:8]
            s, e, ss, se, cs, ce = (cp[int(x)] for x in (s, e, ss, se, cs, ce))
            quotes.append({"start": s, "end": e, "text": d["text"][s:e], "kind": kind,
                           "speaker_start": ss if se > ss else None,
                           "speaker_end": se if se > ss else None,
                           "speaker_text": d["text"][ss:se] if se > ss else None,
                           "cue": d["text"][cs:ce] if ce > cs else None,
                           "confidence": float(conf)})
        results.append({"id": d["id"], "text": d["text"], "quotes": quotes})
    return results


def run_package(docs):
    sys.path.insert(0, os.path.join(ROOT, "python"))
    import saywho
    nlp = saywho.load()
    results = []
    for d in docs:
        out = nlp(d["text"], format="text").to_dict()
        out["id"] = d["id"]
        results.append(out)
    return results


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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev")
    ap.add_argument("--driver")
    ap.add_argument("--style", default="polnear", choices=sorted(STYLES))
    ap.add_argument("--no-pipeline", action="store_true")
    ap.add_argument("--out", default="/tmp/polnear_pred.jsonl")
    ap.add_argument("--types", default="direct,all")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", type=int, default=0)
    args = ap.parse_args()
    gold_path = os.path.join(DATA, args.split + ".jsonl")
    docs = [json.loads(line) for line in open(gold_path, encoding="utf-8")]
    if args.limit:
        docs = docs[:args.limit]
    flags = STYLES[args.style] + (() if args.no_pipeline else ("--pipeline",))
    preds = run_driver(args.driver, docs, flags) if args.driver else run_package(docs)
    with open(args.out, "w", encoding="utf-8") as f:
        for p in preds:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    if args.errors:
        show_errors(docs, preds, args.errors)
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
