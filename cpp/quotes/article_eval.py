#!/usr/bin/env python3
"""Scores one Markdown article's quotations through saywho_quotes_driver (the
C++ pipeline with the default QuoteOptions), so that the quotation stage can
be checked against a reference without building the Python binding.

usage: article_eval.py DRIVER ARTICLE.md GOLD.json [--show-errors]
e.g.   cpp/quotes/article_eval.py build/quotes/cpp/quotes/saywho_quotes_driver \\
           examples/article.md /work/shared/seed/gold.json --show-errors

Writes the predicted quotes (SCHEMA.md fields the scorer reads: text, kind,
speaker, speaker_text, cue; entities with their names) to
/tmp/article_quotes.json and runs /work/shared/eval/score_article.py on it.
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCORER = "/work/shared/eval/score_article.py"


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) != 3:
        print(__doc__)
        return 2
    driver, article, gold = args
    src = open(article, "rb").read()
    out = subprocess.run([driver, os.path.join(ROOT, "resources"), "--pipeline", "--markdown"],
                         input=str(len(src)).encode() + b"\n" + src, capture_output=True, check=True).stdout
    rest = out[len(b"#\n"):]
    newline = rest.index(b"\n")
    size = int(rest[1:newline])
    text = rest[newline + 1:newline + 1 + size].decode()
    lines = rest[newline + 1 + size:].decode().splitlines()
    cp = []  # UTF-8 byte offset -> code point offset
    for i, ch in enumerate(text):
        cp.extend([i] * len(ch.encode()))
    cp.append(len(text))
    quotes, entities = [], {}
    for line in lines:
        s, e, kind, ss, se, cs, ce, conf, name = line.split("\t")
        s, e, ss, se, cs, ce = (cp[int(x)] for x in (s, e, ss, se, cs, ce))
        quotes.append({"start": s, "end": e, "text": text[s:e], "kind": kind,
                       "speaker": entities.setdefault(name, len(entities)) if name else None,
                       "speaker_text": text[ss:se] if se > ss else None,
                       "cue": text[cs:ce] if ce > cs else None, "confidence": float(conf)})
    pred = {"text": text, "quotes": quotes,
            "entities": [{"id": i, "name": n} for n, i in entities.items()]}
    path = "/tmp/article_quotes.json"
    with open(path, "w", encoding="utf-8") as f:
        json.dump(pred, f, ensure_ascii=False, indent=1)
    extra = ["--show-errors"] if "--show-errors" in argv else []
    return subprocess.run([sys.executable, SCORER, gold, path, *extra]).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv))
