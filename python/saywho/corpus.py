"""Entities across a corpus: who appears where, who is quoted, and who is
quoted about whom.

>>> nlp = saywho.load()
>>> table = CorpusTable.from_docs(nlp.pipe(texts))        # doctest: +SKIP
>>> table.most_quoted(5)                                   # doctest: +SKIP

Within an article the resolver has already grouped the mentions of one
thing under its canonical name (the fullest name the article uses). Across
articles an entity is keyed by (canonical name, label): the same name with
the same label is the same entity. On top of that comes one conservative
merge: a one-word name that is a bare surname (PERSON) or an acronym (any
label) joins the full name it abbreviates, but only when exactly one full
name of the same label in the whole corpus fits it. "Okafor" joins "Maria
Okafor" while she is the only Okafor; once a "Daniel Okafor" appears, both
stay apart from the bare "Okafor". Aliases are worked out when a table is
asked for, so adding articles can both make and unmake a merge.

pandas is imported lazily (``pip install 'saywho[pandas]'``).
"""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable, Optional

from .doc import Doc

__all__ = ["CorpusTable", "NAMED_LABELS"]

Key = tuple  # (canonical name, label)

#: Labels of things with names, the default subject of a corpus table; the
#: value labels (DATE, TIME, MONEY, PERCENT, QUANTITY, CARDINAL, ORDINAL)
#: are left out unless asked for.
NAMED_LABELS = frozenset(("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "WORK_OF_ART", "LAW",
                          "PRODUCT", "LANGUAGE"))

# Words an acronym skips: "Bank of England" -> BE, "Ministry for the Arts" -> MA.
_ACRONYM_SKIP = frozenset(("of", "the", "and", "for", "in", "on", "at", "to", "de", "du", "des",
                           "la", "le", "&"))
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,8}$")


def _pandas():
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - exercised only without pandas
        raise ImportError("saywho's corpus tables need pandas: pip install 'saywho[pandas]'") from e
    return pd


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in _ACRONYM_SKIP and w[0].isupper())


def _alias_keys(name: str, label: str) -> list[Key]:
    """The short forms a full name may be written as: its surname (for a
    person) and its acronym. A one-word name has none."""
    words = name.split()
    if len(words) < 2:
        return []
    keys = []
    if label == "PERSON":
        keys.append((words[-1], label))
    initials = _initials(words)
    if len(initials) >= 2:
        keys.append((initials, label))
    return keys


def _short_form(name: str, label: str) -> Optional[Key]:
    """The form under which a one-word name looks for its full name, or None
    for names that are not a bare surname or an acronym."""
    if len(name.split()) != 1:
        return None
    if _ACRONYM.match(name):
        return name.replace(".", ""), label
    if label == "PERSON":
        return name, label
    return None


@dataclass
class _Article:
    """What one document contributes, before aliases are applied."""
    doc_id: str
    mentions: Counter       # Key -> mentions of it in the article
    quotes: Counter         # Key -> quotations it speaks
    quoted_about: list      # one (speaker Key, frozenset of mentioned Keys) per attributed quote


class CorpusTable:
    """Accumulates documents and answers corpus-wide questions as pandas
    tables. Add documents with :meth:`add` (or build with
    :meth:`from_docs`); tables reflect every document added so far.

    ``labels`` chooses the entities the table keeps: by default those with
    names (:data:`NAMED_LABELS`), None for every label.

    Memory: a few counters per article, never the documents themselves.
    Not thread-safe: add from one thread.
    """

    def __init__(self, labels: Optional[Iterable[str]] = NAMED_LABELS) -> None:
        self.labels = None if labels is None else frozenset(labels)
        self._articles: list[_Article] = []

    @classmethod
    def from_docs(cls, docs: Iterable[Doc], labels: Optional[Iterable[str]] = NAMED_LABELS) -> "CorpusTable":
        table = cls(labels)
        for doc in docs:
            table.add(doc)
        return table

    def __len__(self) -> int:
        return len(self._articles)

    def add(self, doc: Doc, doc_id: Optional[str] = None) -> None:
        """Adds one processed article. Its id in the tables is ``doc_id``,
        else ``doc.id``, else its position in the table ("#0", "#1"...)."""
        if doc_id is None:
            doc_id = doc.id if doc.id is not None else "#%d" % len(self._articles)
        key_of = {e.id: (e.name, e.label) for e in doc.entities
                  if self.labels is None or e.label in self.labels}
        mentions: Counter = Counter()
        for e in doc.entities:
            if e.id in key_of:
                mentions[key_of[e.id]] += len(e.mention_ids)
        quotes: Counter = Counter()
        about = []
        # Mentions in text order, so each quotation finds those inside it by
        # bisection rather than by scanning every mention.
        linked = sorted((m.start, m.end, key_of[m.entity.id]) for m in doc.mentions
                        if m.entity is not None and m.entity.id in key_of)
        starts = [m[0] for m in linked]
        for q in doc.quotes:
            speaker = q.speaker
            if speaker is None or speaker.id not in key_of:
                continue
            speaker_key = key_of[speaker.id]
            quotes[speaker_key] += 1
            lo = bisect.bisect_left(starts, q.start)
            hi = bisect.bisect_left(starts, q.end)
            inside = frozenset(key for start, end, key in linked[lo:hi] if end <= q.end)
            about.append((speaker_key, inside))
        self._articles.append(_Article(str(doc_id), mentions, quotes, about))

    # -- aliases -------------------------------------------------------------
    def aliases(self) -> dict:
        """{short key: full key} for every bare surname or acronym that maps
        to exactly one full name of its label across the corpus."""
        keys = set()
        for a in self._articles:
            keys.update(a.mentions)
        candidates: dict = defaultdict(set)
        for name, label in keys:
            for short in _alias_keys(name, label):
                candidates[short].add((name, label))
        merged = {}
        for name, label in keys:
            short = _short_form(name, label)
            if short is None:
                continue
            fulls = candidates.get(short, set()) - {(name, label)}
            if len(fulls) == 1:
                merged[(name, label)] = next(iter(fulls))
        return merged

    # -- tables --------------------------------------------------------------
    def by_article(self):
        """One row per (article, entity): doc_id, name, label, mentions (in
        that article), quotes (quotations it speaks there)."""
        pd = _pandas()
        alias = self.aliases()
        rows = []
        for a in self._articles:
            counts: dict = defaultdict(lambda: [0, 0])
            for key, n in a.mentions.items():
                counts[alias.get(key, key)][0] += n
            for key, n in a.quotes.items():
                counts[alias.get(key, key)][1] += n
            for (name, label), (n_mentions, n_quotes) in counts.items():
                rows.append((a.doc_id, name, label, n_mentions, n_quotes))
        return pd.DataFrame(rows, columns=["doc_id", "name", "label", "mentions", "quotes"])

    def entities(self):
        """One row per corpus entity: name, label, n_articles, n_mentions,
        n_quotes_spoken; most widespread first."""
        pd = _pandas()
        per_article = self.by_article()
        columns = ["name", "label", "n_articles", "n_mentions", "n_quotes_spoken"]
        if per_article.empty:
            return pd.DataFrame({c: pd.Series([], dtype=object if c in ("name", "label") else "int64")
                                 for c in columns})
        table = (per_article.groupby(["name", "label"], sort=False)
                 .agg(n_articles=("doc_id", "nunique"), n_mentions=("mentions", "sum"),
                      n_quotes_spoken=("quotes", "sum"))
                 .reset_index())
        return (table.sort_values(["n_articles", "n_mentions", "name", "label"],
                                  ascending=[False, False, True, True])
                .reset_index(drop=True)[columns])

    def most_quoted(self, n: int = 10):
        """The ``n`` entities that speak the most quotations (those that
        speak none are left out), with their :meth:`entities` columns."""
        table = self.entities()
        table = table[table["n_quotes_spoken"] > 0]
        return (table.sort_values(["n_quotes_spoken", "n_articles", "name", "label"],
                                  ascending=[False, False, True, True])
                .head(n).reset_index(drop=True))

    def quoted_about(self):
        """Who is quoted about whom: speaker, speaker_label, about,
        about_label, count, where count is the number of quotations the
        speaker speaks that mention the other entity (a quotation counts
        once however often it names it). A speaker naming itself is left
        out. Most frequent pairs first."""
        pd = _pandas()
        alias = self.aliases()
        pairs: Counter = Counter()
        for a in self._articles:
            for speaker, mentioned in a.quoted_about:
                speaker = alias.get(speaker, speaker)
                for key in {alias.get(k, k) for k in mentioned} - {speaker}:
                    pairs[speaker, key] += 1
        rows = sorted(((s[0], s[1], k[0], k[1], n) for (s, k), n in pairs.items()),
                      key=lambda r: (-r[4], r[0], r[1], r[2], r[3]))
        return pd.DataFrame(rows, columns=["speaker", "speaker_label", "about", "about_label", "count"])

    def __repr__(self) -> str:
        return "<saywho.CorpusTable %d articles>" % len(self._articles)
