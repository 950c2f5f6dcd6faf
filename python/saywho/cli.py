"""The command line: ``saywho extract``, ``saywho train``, ``saywho evaluate``.

Errors go to stderr with exit code 1 (2 for bad usage).
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from typing import Iterable, Iterator, Optional, TextIO

from . import _core
from .doc import Doc
from .pipeline import FORMATS, RESOURCES, STAGES, Error, QuoteOptions, load

OUTPUT_FORMATS = ("json", "jsonl", "csv", "table")
CSV_TABLES = ("quotes", "entities", "mentions")


def _read_source(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as f:
        return f.read()


def _jsonl_records(data: bytes, path: str) -> Iterator[tuple[str, dict]]:
    """(text, record) for every line of a JSON Lines corpus."""
    for lineno, line in enumerate(data.decode("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise Error("%s:%d: not JSON: %s" % (path, lineno, e)) from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise Error('%s:%d: each line needs an object with a "text" string' % (path, lineno))
        yield record["text"], record


def _csv_rows(doc: Doc, table: str) -> Iterator[dict]:
    if table == "quotes":
        for q in doc.quotes:
            yield {"doc_id": doc.id, "start": q.start, "end": q.end, "kind": q.kind,
                   "speaker": q.speaker_name, "speaker_text": q.speaker_text, "cue": q.cue,
                   "confidence": round(q.confidence, 3), "text": q.text}
    elif table == "entities":
        for e in doc.entities:
            yield {"doc_id": doc.id, "id": e.id, "name": e.name, "label": e.label,
                   "role": e.role, "mentions": len(e.mention_ids), "quotes": len(e.quotes)}
    else:
        for m in doc.mentions:
            ent = m.entity
            yield {"doc_id": doc.id, "start": m.start, "end": m.end, "label": m.label,
                   "entity": None if ent is None else ent.id, "text": m.text}


def _shorten(s: Optional[str], n: int) -> str:
    s = (s or "").replace("\n", " ")
    return s if len(s) <= n else s[: n - 1] + "…"


def summary(doc: Doc) -> str:
    """A readable account of what was found in one document."""
    out = io.StringIO()
    md = doc.metadata
    head = doc.id or md.title or "document"
    out.write("== %s\n" % head)
    for key in ("title", "subtitle", "author", "date", "source_url"):
        value = getattr(md, key)
        if value:
            out.write("%-11s %s\n" % (key + ":", value))
    out.write("%d sentences, %d tokens, %d mentions, %d entities, %d quotes, %d citations\n"
              % (len(doc.sentences), len(doc), len(doc.mentions), len(doc.entities),
                 len(doc.quotes), len(doc.citations)))
    if doc.entities:
        out.write("\nEntities (most mentioned first)\n")
        ranked = sorted(doc.entities, key=lambda e: (-len(e.mention_ids), e.id))
        for e in ranked:
            role = "  [%s]" % _shorten(e.role, 50) if e.role else ""
            out.write("  %-12s %-40s x%-3d%s\n" % (e.label, _shorten(e.name, 40), len(e.mention_ids), role))
    if doc.quotes:
        out.write("\nQuotations\n")
        for q in doc.quotes:
            who = q.speaker_name or "-"
            cue = q.cue or "-"
            out.write("  %-8s %-24s %-14s \"%s\"\n" % (q.kind, _shorten(who, 24), _shorten(cue, 14),
                                                     _shorten(q.text, 70)))
    return out.getvalue()


def _write_docs(docs: Iterable[Doc], fmt: str, table: str, out: TextIO, single: bool) -> None:
    writer = None
    for doc in docs:
        if fmt in ("json", "jsonl"):
            # Streamed: a huge document is never held as one dict or string.
            doc.write_json(out, indent=1 if single else None)
            out.write("\n")
        elif fmt == "csv":
            for row in _csv_rows(doc, table):
                if writer is None:
                    writer = csv.DictWriter(out, fieldnames=list(row))
                    writer.writeheader()
                writer.writerow(row)
        else:
            out.write(summary(doc))
            out.write("\n")


def cmd_extract(args: argparse.Namespace) -> int:
    quote_options = QuoteOptions(paraphrases=args.paraphrases, reported_speech=args.reported_speech,
                                 join_continuations=args.join_continuations)
    nlp = load(disable=args.disable or (), quote_options=quote_options)
    data = _read_source(args.file)
    jsonl_in = args.jsonl or args.file.endswith((".jsonl", ".jsonl.gz"))
    fmt = args.format or ("jsonl" if jsonl_in else "table")
    errors = args.errors
    if jsonl_in:
        records = _jsonl_records(data, args.file)
        pairs = ((text, {"id": rec.get("id")}) for text, rec in records)
        docs = (doc for doc, _ in nlp.pipe(pairs, as_tuples=True, n_threads=args.threads,
                                            format=args.input, errors=errors,
                                            batch_size=args.batch_size))
        _write_docs(docs, fmt, args.table, sys.stdout, single=False)
    else:
        name = None if args.file == "-" else args.file
        doc = nlp(data, format=args.input, filename=name, errors=errors)
        _write_docs([doc], fmt, args.table, sys.stdout, single=fmt == "json")
    return 0


def cmd_train_ner(args: argparse.Namespace) -> int:
    clusters = args.clusters
    if clusters is None and (RESOURCES / "models" / "clusters.tsv").exists():
        clusters = str(RESOURCES / "models" / "clusters.tsv")
    log = _core.train_ner(args.train, args.dev or [], args.output, clusters=clusters or "",
                          lexicon_dir=str(args.lexicon or RESOURCES / "lexicon"),
                          epochs=args.epochs, max_features=args.max_features, seed=args.seed)
    sys.stderr.write(log)
    print("saywho: wrote %s" % args.output, file=sys.stderr)
    return 0


def cmd_evaluate_ner(args: argparse.Namespace) -> int:
    model = args.model or str(RESOURCES / "models" / "ner.bin")
    report = _core.evaluate_ner(model, args.gold, lexicon_dir=str(args.lexicon or RESOURCES / "lexicon"),
                                types=args.types or [])
    sys.stdout.write(report)
    return 0


def cmd_evaluate_coref(args: argparse.Namespace) -> int:
    from .scoring import gum_coref
    argv = ["gum_coref", args.gold, "--min-overlap=%s" % args.min_overlap]
    if args.show_errors:
        argv.append("--show-errors")
    return gum_coref.main(argv)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="saywho", description="Who said what, about whom.")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract entities and quotations from an article or corpus")
    ex.add_argument("file", help="an article (Markdown, HTML or text), a JSON Lines corpus "
                    '({"id", "text"} a line), or - for standard input')
    ex.add_argument("--format", choices=OUTPUT_FORMATS, default=None,
                    help="output: json (one document), jsonl (one a line), csv, table "
                    "(readable summary; the default for one article)")
    ex.add_argument("--input", choices=FORMATS, default="auto",
                    help="input format; auto sniffs it from the file name and content")
    ex.add_argument("--jsonl", action="store_true", help="read the input as a JSON Lines corpus")
    ex.add_argument("--table", choices=CSV_TABLES, default="quotes", help="which table --format csv writes")
    ex.add_argument("--threads", type=int, default=0, help="threads for corpora (0: one per core)")
    ex.add_argument("--batch-size", type=int, default=64)
    ex.add_argument("--errors", choices=("strict", "replace"), default="strict",
                    help="invalid UTF-8: fail (strict) or replace with U+FFFD")
    ex.add_argument("--disable", nargs="*", choices=STAGES,
                    help="stages to skip")
    ex.add_argument("--reported-speech", action="store_true",
                    help="also report speech without quotation marks (indirect quotes)")
    ex.add_argument("--paraphrases", action="store_true",
                    help="report the paraphrase around a quoted fragment as one quote")
    ex.add_argument("--join-continuations", action="store_true",
                    help='one quote for "A," X said. "B." (default: two)')
    ex.set_defaults(func=cmd_extract)

    train = sub.add_parser("train", help="train a model on your own data")
    train_sub = train.add_subparsers(dest="model_kind", required=True)
    tn = train_sub.add_parser("ner", help="train the name tagger on IOB2 files (TOKEN<TAB>TAG)")
    tn.add_argument("--train", nargs="+", required=True, help="training files; label sets may differ")
    tn.add_argument("--dev", nargs="+", help="development files: the epoch with the best mean F1 is kept")
    tn.add_argument("-o", "--output", required=True, help="the model file to write")
    tn.add_argument("--clusters", help="word clusters (TSV); default: the shipped ones")
    tn.add_argument("--lexicon", help="gazetteer folder; default: the shipped word lists")
    tn.add_argument("--epochs", type=int, default=12)
    tn.add_argument("--max-features", type=int, default=600000)
    tn.add_argument("--seed", type=int, default=1)
    tn.set_defaults(func=cmd_train_ner)

    evaluate = sub.add_parser("evaluate", help="measure a model against annotated data")
    eval_sub = evaluate.add_subparsers(dest="model_kind", required=True)
    en = eval_sub.add_parser("ner", help="tag an IOB2 file's own tokens and score per type (conlleval)")
    en.add_argument("--gold", required=True, help="IOB2 file (TOKEN<TAB>TAG)")
    en.add_argument("--model", help="model file; default: the shipped model")
    en.add_argument("--lexicon", help="gazetteer folder; default: the shipped word lists")
    en.add_argument("--types", nargs="*", help="the file's labels to score (default: all)")
    en.set_defaults(func=cmd_evaluate_ner)
    ec = eval_sub.add_parser("coref", help="entity grouping on GUM CoNLL-U (its Entity= chains)")
    ec.add_argument("--gold", required=True, help="GUM CoNLL-U file, e.g. ud/gum/dev.conllu")
    ec.add_argument("--min-overlap", type=float, default=0.5,
                    help="share of joint extent a predicted mention must cover")
    ec.add_argument("--show-errors", action="store_true")
    ec.set_defaults(func=cmd_evaluate_coref)
    return parser


def main(argv: Optional[list[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (Error, OSError, UnicodeDecodeError) as e:
        print("saywho: error: %s" % e, file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
