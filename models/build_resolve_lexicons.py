#!/usr/bin/env python3
"""Builds the resolver's derived word lists from the shared gazetteers.

usage: build_resolve_lexicons.py [GAZETTEER_DIR] [LEXICON_DIR]
  defaults: /work/shared/data/gazetteers  resources/lexicon (from the repo root)

Writes
  resolve_countries.tsv  lower-cased alternative name -> common name <TAB> official name
                         (every country's common name, official name and its
                         Latin-script alternative spellings, two-letter ISO codes
                         left out: "IN", "IT", "TO" are ordinary words in text)
  resolve_demonyms.txt   nationality adjectives (demonyms.txt, the countries'
                         demonyms, nationalities_i18n_en.tsv), one a line

Sources: countries.tsv (ODbL 1.0), demonyms.txt, nationalities_i18n_en.tsv (MIT).
Only the standard library is used; the output is sorted so reruns are stable.
"""
import csv
import os
import sys


def latin(s):
    # Keep names an English text could contain: Latin letters, with or
    # without diacritics, and ordinary punctuation.
    return all(ord(c) < 0x250 or c in "\u2019" for c in s)


def read_countries(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        header = None
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if header is None:
                header = [c.lstrip("#") for c in cols]
                continue
            rows.append(dict(zip(header, cols)))
    return rows


def build_countries(rows):
    table = {}
    for r in rows:
        common, official = r["name_common"], r["name_official"]
        names = [common, official] + r["alt_spellings"].split("|")
        for name in names:
            name = name.strip()
            if not name or not latin(name) or name == r["cca2"]:
                continue
            # A name already claimed by another country stays with the first
            # (the file is sorted by code, so the choice is stable).
            table.setdefault(name.lower(), (common, official))
    return table


def build_demonyms(gaz, rows):
    out = set()
    with open(os.path.join(gaz, "demonyms.txt"), encoding="utf-8") as f:
        out.update(l.strip() for l in f if l.strip() and not l.startswith("#"))
    for r in rows:
        for key in ("demonym_m", "demonym_f"):
            for d in r.get(key, "").split(","):
                if d.strip():
                    out.add(d.strip())
    with open(os.path.join(gaz, "nationalities_i18n_en.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 1 and cols[1].strip():
                out.add(cols[1].strip())
    return sorted(d for d in out if latin(d))


def main(argv):
    gaz = argv[1] if len(argv) > 1 else "/work/shared/data/gazetteers"
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    lex = argv[2] if len(argv) > 2 else os.path.join(root, "resources", "lexicon")
    rows = read_countries(os.path.join(gaz, "countries.tsv"))
    table = build_countries(rows)
    with open(os.path.join(lex, "resolve_countries.tsv"), "w", encoding="utf-8") as f:
        f.write("# Derived by models/build_resolve_lexicons.py from countries.tsv (ODbL 1.0).\n")
        f.write("# lower-cased name<TAB>common name<TAB>official name\n")
        for key in sorted(table):
            f.write("%s\t%s\t%s\n" % (key, table[key][0], table[key][1]))
    demonyms = build_demonyms(gaz, rows)
    with open(os.path.join(lex, "resolve_demonyms.txt"), "w", encoding="utf-8") as f:
        f.write("# Derived by models/build_resolve_lexicons.py from demonyms.txt,\n")
        f.write("# countries.tsv (ODbL 1.0) and nationalities_i18n_en.tsv (MIT).\n")
        for d in demonyms:
            f.write(d + "\n")
    print("resolve_countries.tsv: %d names, resolve_demonyms.txt: %d" % (len(table), len(demonyms)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
