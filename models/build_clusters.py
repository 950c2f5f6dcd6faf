#!/usr/bin/env python3
"""Learns word clusters from raw news for the entity recognizer's features.

usage: python3 models/build_clusters.py [--data /work/shared/data] [-o resources/models/clusters.tsv]

A cheap distributional clustering (our own, in the spirit of Brown clusters):
each frequent word is described by the counts of the frequent words just left
and right of it, the counts are damped (log) and reduced to a few dimensions
(eigenvectors of the co-occurrence Gram matrix), and the unit vectors are
grouped by spherical k-means into 1024 fine clusters; the fine centroids are
grouped again into 256 and 64 coarser ones, which play the part of Brown
bit-string prefixes. Output: `word<TAB>c64<TAB>c256<TAB>c1024`, words case
sensitive as the text has them. Deterministic (fixed seed).
"""
import argparse
import collections
import json
import os
import re

import numpy as np

TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:[-.]\w+)*|'s\b|n't\b|[^\w\s]")
VOCAB, CONTEXT, DIMS = 60000, 800, 96


def sentences(data):
    news = os.path.join(data, "news")
    for name in ("reuters21578.jsonl", "bbc.jsonl", "gum_wikinews.jsonl"):
        with open(os.path.join(news, name), encoding="utf-8") as f:
            for line in f:
                text = json.loads(line)["text"]
                for para in text.split("\n"):
                    text = re.sub(r"(\w)'s\b", r"\1 's", para)
                    toks = TOKEN.findall(text)
                    if toks:
                        yield toks
    # The words (not the labels) of the NER training parts are news text too.
    for corpus in ("conll2003", "gum", "wnut17", "btc"):
        with open(os.path.join(data, "ner", corpus, "train.conll"), encoding="utf-8") as f:
            sent = []
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 2 or parts[0] == "-DOCSTART-":
                    if sent:
                        yield sent
                    sent = []
                else:
                    sent.append(parts[0])
            if sent:
                yield sent


def kmeans(x, k, rng, iters):
    centroids = x[rng.choice(len(x), k, replace=False)].copy()
    for _ in range(iters):
        assign = np.argmax(x @ centroids.T, axis=1)
        sums = np.zeros_like(centroids)
        np.add.at(sums, assign, x)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        empty = norms[:, 0] == 0
        sums[empty] = x[rng.choice(len(x), int(empty.sum()), replace=False)]
        centroids = sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-9)
    return np.argmax(x @ centroids.T, axis=1), centroids


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("-o", "--out",
                    default=os.path.join(os.path.dirname(__file__), "..", "resources", "models", "clusters.tsv"))
    args = ap.parse_args()
    corpus = list(sentences(args.data))
    counts = collections.Counter(w for s in corpus for w in s)
    vocab = [w for w, c in counts.most_common(VOCAB) if c >= 3]
    index = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[:CONTEXT])}
    print("sentences %d, tokens %d, vocabulary %d" % (len(corpus), sum(counts.values()), len(vocab)))
    # Left context in columns [0, CONTEXT), right context in [CONTEXT, 2*CONTEXT).
    m = np.zeros((len(vocab), 2 * CONTEXT), dtype=np.float32)
    for s in corpus:
        ids = [index.get(w, -1) for w in s]
        cids = [ctx.get(w, -1) for w in s]
        for i, wi in enumerate(ids):
            if wi < 0:
                continue
            if i > 0 and cids[i - 1] >= 0:
                m[wi, cids[i - 1]] += 1
            if i + 1 < len(s) and cids[i + 1] >= 0:
                m[wi, CONTEXT + cids[i + 1]] += 1
    m = np.log1p(m)
    m /= np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-9)
    _, vectors = np.linalg.eigh(m.T @ m)
    x = m @ vectors[:, -DIMS:]
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    rng = np.random.default_rng(1)
    fine, centroids = kmeans(x, 1024, rng, 12)
    mid, mid_centroids = kmeans(centroids, 256, rng, 20)
    coarse, _ = kmeans(mid_centroids, 64, rng, 20)
    with open(args.out, "w", encoding="utf-8") as f:
        for w, c in zip(vocab, fine):
            f.write("%s\t%d\t%d\t%d\n" % (w, coarse[mid[c]], mid[c], c))
    print("wrote %s" % args.out)


if __name__ == "__main__":
    main()
