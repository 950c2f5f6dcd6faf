"""How well saywho groups the named mentions of one thing: scored on GUM.

usage: python3 -m saywho.scoring.gum_coref [CONLLU] [--show-errors] [--json] [--min-overlap=X]
  CONLLU defaults to /work/shared/data/ud/gum/dev.conllu; X to MIN_OVERLAP (0.5)

GUM (Georgetown University Multilayer corpus) in CoNLL-U marks every mention
in the MISC column: ``Entity=(ID-TYPE-INFSTAT-SALIENCE-CENTERING-MINSPAN-LINK
[-IDENTITY]`` opens a mention of entity ID on a word, ``ID)`` closes it, and
``(...)`` opens and closes on one word. Mentions of one ID form a chain.

For each document this module rebuilds the text from the tokens (a space
after each token unless ``SpaceAfter=No``, a space between the sentences of a
paragraph, a blank line between paragraphs; multi-word tokens are written
once, by their surface form), runs the pipeline on it as plain text, and
reports the share of gold entities whose named mentions land in exactly one
predicted entity that holds nothing else - the rule of clusters.accuracy in
shared/eval/score_article.py.

Choices, in detail:
- Named mention: its syntactic head (the first word of the span whose
  dependency head lies outside the span) is a proper noun (UPOS PROPN).
  GUM gives a Wikipedia identity to every mention of a named entity, pronouns
  included, so the identity cannot tell "Obama" from "he"; the head can.
- Entities judged: person, organization and place with two named mentions
  or more ("eligible"), and, as in score_article.py, among those the ones
  that two predicted mentions or more count for ("judged").
- A predicted mention with a named label (not a number or date) counts for
  a gold named mention that it matches: it covers the gold mention's head
  word ("U.S." does not count for "the U.S. Congress", "Congress" does) and
  shares half of their joint extent or more (intersection over union >=
  MIN_OVERLAP: "Prince of Spain" does not count for "Spain", "the House"
  does for "House"); of several, the one it overlaps best. A grossly wrong
  span is an entity-recognition error, not a grouping one: it leaves the
  gold mention unmatched (see coverage) rather than misgrouped. Gold named
  mentions of every type compete, so a predicted entity that mixes a person
  with an event is wrong.
- Offsets are code points (Python str indices), as in SCHEMA.md.

The scoring functions are pure (parse_conllu, score_document, score); main()
is the only part that runs the pipeline.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence, Set, Tuple

DEFAULT_CONLLU = "/work/shared/data/ud/gum/dev.conllu"
JUDGED_TYPES = ("person", "organization", "place")
# A predicted span matches a gold mention when it shares at least this share
# of their joint extent (intersection over union) and covers its head word.
MIN_OVERLAP = 0.5
# Predicted labels that name things; numbers and dates never count.
NAMED_LABELS = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT",
                "WORK_OF_ART", "LAW", "LANGUAGE"}


@dataclass
class GoldMention:
    start: int          # code points into GoldDocument.text, end exclusive
    end: int
    entity: str         # the GUM entity id, unique within its document
    etype: str          # person, place, organization, abstract, ...
    named: bool
    identity: Optional[str] = None  # Wikipedia title, where GUM gives one
    head_start: int = -1  # the span of the mention's syntactic head word
    head_end: int = -1


@dataclass
class GoldDocument:
    id: str
    text: str
    mentions: List[GoldMention] = field(default_factory=list)


@dataclass
class _Word:
    start: int
    end: int
    upos: str
    head: int           # document-wide word index of the head, -1 for the root


def _misc_fields(misc: str) -> Dict[str, str]:
    out = {}
    if misc == "_":
        return out
    for part in misc.split("|"):
        key, _, value = part.partition("=")
        out[key] = value
    return out


def _parse_entity_field(value: str) -> Tuple[List[Tuple[str, str, bool]], List[str]]:
    """Splits an Entity= value into openings (attributes, id, closes on the
    same word) and closings (ids), in order of appearance."""
    opens, closes = [], []
    i = 0
    while i < len(value):
        if value[i] == "(":
            j = i + 1
            while j < len(value) and value[j] not in "()":
                j += 1
            attrs = value[i + 1:j]
            same_word = j < len(value) and value[j] == ")"
            opens.append((attrs, attrs.split("-", 1)[0], same_word))
            i = j + 1 if same_word else j
        elif value[i].isdigit():
            j = i
            while j < len(value) and value[j].isdigit():
                j += 1
            if j < len(value) and value[j] == ")":
                closes.append(value[i:j])
                j += 1
            i = j
        else:
            i += 1
    return opens, closes


def parse_conllu(lines: Iterable[str]) -> List[GoldDocument]:
    """Reads GUM CoNLL-U into documents with rebuilt text and gold mentions."""
    docs: List[GoldDocument] = []
    pieces: List[str] = []
    words: List[_Word] = []
    spans: List[Tuple[int, int, str]] = []   # (first word, last word, attributes)
    open_by_id: Dict[str, List[Tuple[int, str]]] = {}
    new_paragraph = False
    sentence: List[List[str]] = []
    doc_id = None

    def length() -> int:
        return sum(len(p) for p in pieces)

    def finish_sentence():
        nonlocal new_paragraph
        if not sentence:
            return
        if pieces:
            pieces.append("\n\n" if new_paragraph else " ")
        new_paragraph = False
        base = len(words)
        ids = {}
        pos = length()
        range_end_id, range_span, range_space = -1, None, True
        surface: List[str] = []
        for cols in sentence:
            tid = cols[0]
            if "." in tid:
                continue
            misc = _misc_fields(cols[9])
            if "-" in tid:
                first, last = (int(x) for x in tid.split("-"))
                range_end_id = last
                range_span = (pos, pos + len(cols[1]))
                range_space = misc.get("SpaceAfter") != "No"
                surface.append(cols[1] + (" " if range_space else ""))
                pos += len(surface[-1])
                continue
            n = int(tid)
            if n <= range_end_id:
                start, end = range_span
            else:
                start, end = pos, pos + len(cols[1])
                space = misc.get("SpaceAfter") != "No"
                surface.append(cols[1] + (" " if space else ""))
                pos += len(surface[-1])
            ids[n] = len(words)
            head = int(cols[6]) if cols[6].isdigit() else 0
            words.append(_Word(start, end, cols[3], head))
            opens, closes = _parse_entity_field(misc.get("Entity", ""))
            w = len(words) - 1
            for attrs, eid, same_word in opens:
                if same_word:
                    spans.append((w, w, attrs))
                else:
                    open_by_id.setdefault(eid, []).append((w, attrs))
            for eid in closes:
                stack = open_by_id.get(eid)
                if stack:
                    first_word, attrs = stack.pop()
                    spans.append((first_word, w, attrs))
        text = "".join(surface).rstrip(" ")
        pieces.append(text)
        for w in range(base, len(words)):
            h = words[w].head
            words[w].head = ids.get(h, -1) if h else -1
        sentence.clear()

    def finish_document():
        nonlocal pieces, words, spans, open_by_id
        finish_sentence()
        if doc_id is not None:
            text = "".join(pieces)
            mentions = []
            for first, last, attrs in spans:
                parts = attrs.split("-")
                head = next((w for w in range(first, last + 1)
                             if not first <= words[w].head <= last), first)
                mentions.append(GoldMention(
                    start=words[first].start, end=words[last].end, entity=parts[0],
                    etype=parts[1] if len(parts) > 1 else "",
                    named=words[head].upos == "PROPN",
                    identity="-".join(parts[7:]) if len(parts) > 7 else None,
                    head_start=words[head].start, head_end=words[head].end))
            mentions.sort(key=lambda m: (m.start, -m.end))
            docs.append(GoldDocument(doc_id, text, mentions))
        pieces, words, spans, open_by_id = [], [], [], {}

    for raw in lines:
        line = raw.rstrip("\n")
        if line.startswith("# newdoc id"):
            finish_document()
            doc_id = line.split("=", 1)[1].strip()
        elif line.startswith("# newpar"):
            if not line.startswith("# newpar_"):
                finish_sentence()
                new_paragraph = True
        elif line.startswith("#"):
            continue
        elif not line.strip():
            finish_sentence()
        else:
            cols = line.split("\t")
            if len(cols) == 10:
                sentence.append(cols)
    finish_document()
    return docs


def _best_gold(pred_start: int, pred_end: int, gold: Sequence[GoldMention],
               min_overlap: float) -> Optional[GoldMention]:
    """The gold mention a predicted span counts for: among those whose head
    word it covers and that it overlaps by min_overlap or more (intersection
    over union), the one it overlaps best."""
    best, best_score = None, -1.0
    for g in gold:
        if not (pred_start <= g.head_start and g.head_end <= pred_end):
            continue
        inter = min(pred_end, g.end) - max(pred_start, g.start)
        union = max(pred_end, g.end) - min(pred_start, g.start)
        if inter / union >= min_overlap and inter / union > best_score:
            best, best_score = g, inter / union
    return best


def score_document(gold: GoldDocument, predicted: dict, min_overlap: float = MIN_OVERLAP) -> dict:
    """Scores one document. `predicted` is Doc.to_dict(): "mentions" with
    start, end (code points into gold.text), label and entity (id or None).
    Returns {"eligible", "judged", "correct", "errors"}."""
    named = [m for m in gold.mentions if m.named]
    named_count: Dict[str, int] = {}
    etype: Dict[str, str] = {}
    for m in named:
        named_count[m.entity] = named_count.get(m.entity, 0) + 1
        etype[m.entity] = m.etype
    by_gold: Dict[str, List[Optional[int]]] = {}
    by_pred: Dict[Optional[int], Set[str]] = {}
    for p in predicted.get("mentions", []):
        if p.get("label") not in NAMED_LABELS:
            continue
        g = _best_gold(p["start"], p["end"], named, min_overlap)
        if g is None:
            continue
        by_gold.setdefault(g.entity, []).append(p.get("entity"))
        by_pred.setdefault(p.get("entity"), set()).add(g.entity)
    eligible = [e for e, n in named_count.items() if n >= 2 and etype[e] in JUDGED_TYPES]
    judged = correct = 0
    errors = []
    for e in eligible:
        ids = by_gold.get(e, [])
        if len(ids) < 2:
            continue
        judged += 1
        distinct = set(ids)
        if len(distinct) == 1 and None not in distinct and by_pred[next(iter(distinct))] == {e}:
            correct += 1
        else:
            names = sorted({gold.text[m.start:m.end] for m in named if m.entity == e})
            mixed = sorted(set().union(*(by_pred.get(i, set()) for i in distinct)) - {e})
            errors.append("%s: entity %s %s -> predicted %s, also holding %s" % (
                gold.id, e, names, sorted(map(str, distinct)),
                [sorted({gold.text[m.start:m.end] for m in named if m.entity == o}) for o in mixed]))
    return {"eligible": len(eligible), "judged": judged, "correct": correct, "errors": errors}


def score(golds: Sequence[GoldDocument], predictions: Sequence[dict],
          min_overlap: float = MIN_OVERLAP) -> dict:
    """Sums score_document over documents (predictions in the same order).
    accuracy = correct / judged; coverage = judged / eligible."""
    total = {"eligible": 0, "judged": 0, "correct": 0, "errors": []}
    for gold, pred in zip(golds, predictions):
        one = score_document(gold, pred, min_overlap)
        for k in ("eligible", "judged", "correct"):
            total[k] += one[k]
        total["errors"] += one["errors"]
    total["accuracy"] = total["correct"] / total["judged"] if total["judged"] else 0.0
    total["coverage"] = total["judged"] / total["eligible"] if total["eligible"] else 0.0
    return total


def main(argv: Sequence[str]) -> int:
    args = [a for a in argv[1:] if not a.startswith("--")]
    path = args[0] if args else DEFAULT_CONLLU
    min_overlap = MIN_OVERLAP
    for a in argv[1:]:
        if a.startswith("--min-overlap="):
            min_overlap = float(a.split("=", 1)[1])
    with open(path, encoding="utf-8") as f:
        golds = parse_conllu(f)
    import saywho  # only the command needs the pipeline
    nlp = saywho.load()
    predictions = [nlp(g.text, format="text").to_dict() for g in golds]
    result = score(golds, predictions, min_overlap)
    if "--json" in argv:
        print(json.dumps({k: v for k, v in result.items() if k != "errors"}, indent=1))
    else:
        print("documents: %d" % len(golds))
        for k in ("eligible", "judged", "correct"):
            print("%s: %d" % (k, result[k]))
        print("coverage: %.3f" % result["coverage"])
        print("accuracy: %.3f" % result["accuracy"])
    if "--show-errors" in argv:
        for e in result["errors"]:
            print(e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
