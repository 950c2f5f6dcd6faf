"""The document a pipeline returns: text, tokens, sentences, mentions,
entities, quotes and citations, all as spans into one text.

Offsets are Python ``str`` indices (code points), end exclusive, so that
``doc.text[span.start:span.end] == span.text`` holds for every span. The C++
core works in UTF-8 bytes; the binding converts once per document.

A ``Doc`` is immutable once built and cheap to share between threads. It
round-trips through :meth:`Doc.to_dict` / :meth:`Doc.from_dict` (the JSON
contract of ``SCHEMA.md``, with extra fields for tokens, paragraphs, markup
and the source map) and through pickle.
"""
from __future__ import annotations

import bisect
import io
import json
from dataclasses import dataclass, field
from types import GeneratorType
from typing import Any, Iterator, Optional, Sequence, TextIO

import numpy as np

from . import _core

__all__ = ["Doc", "Span", "Token", "Entity", "Quote", "Citation", "Metadata"]

_SPACE_AFTER, _PUNCT, _SENT_START, _PARA_START = 1, 2, 4, 8


class Span:
    """A slice of a document's text, optionally labelled.

    ``start`` and ``end`` are code-point offsets into ``doc.text``;
    ``start_char``/``end_char`` are spaCy-style aliases, ``label_`` the
    spaCy-style spelling of ``label``.
    """

    __slots__ = ("doc", "start", "end", "label", "_entity")

    def __init__(self, doc: "Doc", start: int, end: int, label: str = "",
                 entity: Optional[int] = None):
        if not 0 <= start <= end <= len(doc.text):
            raise ValueError("span [%d, %d) outside a text of %d characters" % (start, end, len(doc.text)))
        self.doc = doc
        self.start = start
        self.end = end
        self.label = label
        self._entity = entity

    @property
    def text(self) -> str:
        return self.doc.text[self.start:self.end]

    @property
    def label_(self) -> str:
        return self.label

    @property
    def start_char(self) -> int:
        return self.start

    @property
    def end_char(self) -> int:
        return self.end

    @property
    def entity(self) -> Optional["Entity"]:
        """The entity this mention belongs to, or None."""
        if self._entity is None or self._entity < 0:
            return None
        return self.doc.entities[self._entity]

    @property
    def sent(self) -> Optional["Span"]:
        """The sentence holding the span's start."""
        return self.doc._sentence_at(self.start)

    @property
    def tokens(self) -> list["Token"]:
        lo, hi = self.doc._token_range(self.start, self.end)
        return [Token(self.doc, i) for i in range(lo, hi)]

    def __len__(self) -> int:
        return self.end - self.start

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        label = " " + self.label if self.label else ""
        return "<Span %d:%d%s %r>" % (self.start, self.end, label, self.text)

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Span) and other.doc is self.doc and other.start == self.start
                and other.end == self.end and other.label == self.label)

    def __hash__(self) -> int:
        return hash((id(self.doc), self.start, self.end, self.label))


class Token:
    """One token: ``doc[i]``. Built on demand from the document's arrays."""

    __slots__ = ("doc", "i")

    def __init__(self, doc: "Doc", i: int):
        self.doc = doc
        self.i = i

    @property
    def start(self) -> int:
        return int(self.doc._token_start[self.i])

    @property
    def end(self) -> int:
        return int(self.doc._token_end[self.i])

    idx = start

    @property
    def text(self) -> str:
        return self.doc.text[self.start:self.end]

    @property
    def whitespace_(self) -> str:
        return " " if self.doc._token_flags[self.i] & _SPACE_AFTER else ""

    @property
    def pos_(self) -> str:
        """The universal part of speech ("NOUN", "VERB", "PROPN", ...; UD's
        UPOS tags), or "" when the pipeline ran without its pos stage."""
        tags = self.doc._token_pos
        return _core.PARTS_OF_SPEECH[tags[self.i]] if len(tags) else ""

    @property
    def is_punct(self) -> bool:
        return bool(self.doc._token_flags[self.i] & _PUNCT)

    @property
    def is_sent_start(self) -> bool:
        return bool(self.doc._token_flags[self.i] & _SENT_START)

    def __len__(self) -> int:
        return self.end - self.start

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return "<Token %d %r>" % (self.i, self.text)


@dataclass(frozen=True)
class Metadata:
    title: Optional[str] = None
    subtitle: Optional[str] = None
    author: Optional[str] = None
    date: Optional[str] = None          # ISO YYYY-MM-DD
    source_url: Optional[str] = None

    def to_dict(self) -> dict:
        return {"title": self.title, "subtitle": self.subtitle, "author": self.author,
                "date": self.date, "source_url": self.source_url}


@dataclass(frozen=True)
class Entity:
    """One real-world thing the article names, with all its mentions."""
    doc: "Doc" = field(repr=False, compare=False)
    id: int
    name: str
    label: str
    role: Optional[str]
    role_span: Optional[Span] = field(repr=False)
    mention_ids: tuple[int, ...] = field(repr=False)

    @property
    def label_(self) -> str:
        return self.label

    @property
    def mentions(self) -> list[Span]:
        return [self.doc.mentions[i] for i in self.mention_ids]

    @property
    def quotes(self) -> list["Quote"]:
        """The quotations this entity speaks."""
        return [q for q in self.doc.quotes if q.speaker_id == self.id]


@dataclass(frozen=True)
class Quote:
    """A quotation: the quoted words (outer marks excluded), its kind
    (direct, partial, indirect, term), cue and speaker. ``confidence`` is in
    [0, 1]: for reported speech (kind indirect) the probability, learnt on
    PolNeAR train, that the quotation and its speaker are right (see
    MODEL.md); for the other kinds the rules' own trust in their reading."""
    doc: "Doc" = field(repr=False, compare=False)
    start: int
    end: int
    kind: str
    speaker_id: Optional[int]
    speaker_span: Optional[Span]
    cue_span: Optional[Span]
    confidence: float
    citations: tuple[int, ...] = ()

    @property
    def text(self) -> str:
        return self.doc.text[self.start:self.end]

    @property
    def span(self) -> Span:
        return Span(self.doc, self.start, self.end, self.kind)

    @property
    def speaker(self) -> Optional[Entity]:
        return None if self.speaker_id is None else self.doc.entities[self.speaker_id]

    @property
    def speaker_text(self) -> Optional[str]:
        return None if self.speaker_span is None else self.speaker_span.text

    @property
    def cue(self) -> Optional[str]:
        return None if self.cue_span is None else self.cue_span.text

    @property
    def speaker_name(self) -> Optional[str]:
        """The speaker's entity name, else the speaker mention as written."""
        sp = self.speaker
        return sp.name if sp is not None else self.speaker_text


@dataclass(frozen=True)
class Citation:
    """A link or footnote: its number, URL and the anchor words it is tied to."""
    doc: "Doc" = field(repr=False, compare=False)
    n: Optional[int]
    url: Optional[str]
    start: int
    end: int

    @property
    def anchor(self) -> Optional[str]:
        return self.doc.text[self.start:self.end] if self.end > self.start else None


def _frozen(cls: type, **fields: Any) -> Any:
    """The same instance as ``cls(**fields)`` for a frozen dataclass
    (fields, equality, hash, repr, immutability) at less than half the cost:
    a frozen dataclass's __init__ sets each field through
    object.__setattr__, which was most of the time a Doc spent building its
    entities and quotations. Every field must be given; test_api checks the
    result against the real constructor."""
    instance = object.__new__(cls)
    instance.__dict__.update(fields)
    return instance


def _array(values: Any) -> np.ndarray:
    return np.asarray(values if values is not None else [], dtype=np.int32)


class Doc:
    """A processed article. Build one with ``saywho.load()(text)`` or
    :meth:`from_dict`; never construct it by hand from core data."""

    def __init__(self, data: dict):
        self.text: str = data["text"]
        self.id: Optional[str] = data.get("id")
        self.metadata = Metadata(**(data.get("metadata") or {}))
        self._token_start = _array(data.get("token_start"))
        self._token_end = _array(data.get("token_end"))
        flags = data.get("token_flags")
        self._token_flags = np.asarray(flags if flags is not None else [], dtype=np.uint8)
        pos = data.get("token_pos")
        self._token_pos = np.asarray(pos if pos is not None else [], dtype=np.uint8)
        self._sentences = [tuple(s) for s in data.get("sentences", [])]
        self._paragraphs = [tuple(p) for p in data.get("paragraphs", [])]
        self._markup = [tuple(m) for m in data.get("markup", [])]
        self._source_map = [tuple(a) for a in data.get("source_map", [])]
        self.source: Optional[str] = data.get("source")
        self.mentions: list[Span] = [
            Span(self, s, e, label, None if ent is None or ent < 0 else ent)
            for s, e, label, ent, *_ in data.get("mentions", [])]
        self._mention_scores = [m[4] if len(m) > 4 else 1.0 for m in data.get("mentions", [])]
        self.entities: list[Entity] = [
            _frozen(Entity, doc=self, id=eid, name=name, label=label, role=role,
                    role_span=None if rspan is None else Span(self, rspan[0], rspan[1], "ROLE"),
                    mention_ids=tuple(mids))
            for eid, name, label, role, rspan, mids in data.get("entities", [])]
        # The core's single-precision confidence is rounded to 4 places, as
        # to_dict writes it (0.9, not 0.8999999761581421).
        self.quotes: list[Quote] = [
            _frozen(Quote, doc=self, start=s, end=e, kind=kind,
                    speaker_id=None if sp is None or sp < 0 else sp,
                    speaker_span=None if sspan is None else Span(self, sspan[0], sspan[1], "SPEAKER"),
                    cue_span=None if cspan is None else Span(self, cspan[0], cspan[1], "CUE"),
                    confidence=round(float(conf), 4), citations=tuple(cites))
            for s, e, kind, sp, sspan, cspan, conf, cites in data.get("quotes", [])]
        self.citations: list[Citation] = [
            Citation(self, n, url, s, e) for n, url, s, e in data.get("citations", [])]

    # -- spaCy-like access -------------------------------------------------
    def __len__(self) -> int:
        return len(self._token_start)

    def __getitem__(self, i):
        if isinstance(i, slice):
            lo, hi, step = i.indices(len(self))
            if step != 1:
                raise ValueError("token slices take no step")
            if hi <= lo:
                return Span(self, 0, 0)
            return Span(self, int(self._token_start[lo]), int(self._token_end[hi - 1]))
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("token index out of range")
        return Token(self, i)

    def __iter__(self) -> Iterator[Token]:
        return (Token(self, i) for i in range(len(self)))

    @property
    def ents(self) -> tuple[Span, ...]:
        """The entity mentions, in text order (spaCy's ``doc.ents``)."""
        return tuple(self.mentions)

    @property
    def sents(self) -> Iterator[Span]:
        return (Span(self, s, e) for s, e, *_ in self._sentences)

    @property
    def sentences(self) -> list[Span]:
        return list(self.sents)

    @property
    def paragraphs(self) -> list[Span]:
        """Paragraph spans; ``label`` is their kind (body, heading, header,
        list_item, footer)."""
        return [Span(self, s, e, kind) for s, e, kind in self._paragraphs]

    @property
    def markup(self) -> list[Span]:
        """Inline markup the reader removed (italic, bold, code, link)."""
        return [Span(self, s, e, kind) for s, e, kind in self._markup]

    def char_span(self, start: int, end: int, label: str = "") -> Span:
        return Span(self, start, end, label)

    def to_source(self, offset: int) -> int:
        """Maps a code-point offset in ``text`` to the code-point offset in
        the source it was read from (identity for plain text)."""
        if not self._source_map:
            return offset
        cleans = [a[0] for a in self._source_map]
        k = bisect.bisect_right(cleans, offset) - 1
        if k < 0:
            return offset
        clean, src = self._source_map[k]
        mapped = src + (offset - clean)
        if k + 1 < len(self._source_map):
            mapped = min(mapped, self._source_map[k + 1][1])
        return mapped

    def _sentence_at(self, offset: int) -> Optional[Span]:
        starts = [s[0] for s in self._sentences]
        k = bisect.bisect_right(starts, offset) - 1
        if k < 0 or offset > self._sentences[k][1]:
            return None
        s, e, *_ = self._sentences[k]
        return Span(self, s, e)

    def _token_range(self, start: int, end: int) -> tuple[int, int]:
        lo = int(np.searchsorted(self._token_end, start, side="right"))
        hi = int(np.searchsorted(self._token_start, end, side="left"))
        return lo, max(lo, hi)

    # -- tables and display ------------------------------------------------
    def to_frames(self):
        """pandas DataFrames of mentions, entities, quotes and citations."""
        from . import frames
        return frames.doc_frames(self)

    def render(self, style: str = "ent", **options) -> str:
        """displaCy-style HTML: ``style`` is "ent" (entities) or "quote"."""
        from . import display
        return display.render(self, style=style, **options)

    def _repr_html_(self) -> str:
        return self.render("ent")

    def __repr__(self) -> str:
        preview = self.text[:40].replace("\n", " ")
        return "<Doc %d chars, %d mentions, %d entities, %d quotes: %r>" % (
            len(self.text), len(self.mentions), len(self.entities), len(self.quotes), preview)

    # -- serialisation -----------------------------------------------------
    def _fields(self) -> Iterator[tuple[str, Any]]:
        """The (key, value) pairs of :meth:`to_dict`, in order. Lists come as
        generators so that :meth:`write_json` can stream a huge document an
        item at a time instead of holding it twice (a 50 MB article has
        millions of tokens)."""
        yield "id", self.id
        yield "text", self.text
        yield "metadata", self.metadata.to_dict()
        yield "sentences", ({"start": s, "end": e} for s, e, *_ in self._sentences)
        yield "mentions", (
            {"start": m.start, "end": m.end, "text": m.text, "label": m.label,
             "entity": m._entity, "score": round(float(sc), 4)}
            for m, sc in zip(self.mentions, self._mention_scores))
        yield "entities", (
            {"id": e.id, "name": e.name, "label": e.label, "role": e.role,
             "role_start": None if e.role_span is None else e.role_span.start,
             "role_end": None if e.role_span is None else e.role_span.end,
             "mentions": list(e.mention_ids)}
            for e in self.entities)
        yield "quotes", (
            {"start": q.start, "end": q.end, "text": q.text, "kind": q.kind,
             "speaker": q.speaker_id,
             "speaker_text": q.speaker_text,
             "speaker_start": None if q.speaker_span is None else q.speaker_span.start,
             "speaker_end": None if q.speaker_span is None else q.speaker_span.end,
             "cue": q.cue,
             "cue_start": None if q.cue_span is None else q.cue_span.start,
             "cue_end": None if q.cue_span is None else q.cue_span.end,
             "confidence": round(q.confidence, 4),
             "citations": list(q.citations)}
            for q in self.quotes)
        yield "citations", (
            {"n": c.n, "url": c.url, "anchor": c.anchor, "start": c.start, "end": c.end}
            for c in self.citations)
        if len(self._token_pos):
            yield "tokens", ([int(s), int(e), int(f), _core.PARTS_OF_SPEECH[p]] for s, e, f, p in
                             zip(self._token_start, self._token_end, self._token_flags, self._token_pos))
        else:
            yield "tokens", ([int(s), int(e), int(f)] for s, e, f in
                             zip(self._token_start, self._token_end, self._token_flags))
        yield "token_sentences", ([s[2], s[3]] for s in self._sentences if len(s) > 3)
        yield "paragraphs", ({"start": s, "end": e, "kind": k} for s, e, k in self._paragraphs)
        yield "markup", ({"start": s, "end": e, "kind": k} for s, e, k in self._markup)
        yield "source_map", (list(a) for a in self._source_map)

    def to_dict(self) -> dict:
        """The document as JSON-ready data (SCHEMA.md, plus tokens,
        paragraphs, markup and source map for a lossless round trip)."""
        return {key: list(value) if isinstance(value, GeneratorType) else value
                for key, value in self._fields()}

    def write_json(self, out: TextIO, indent: Optional[int] = None) -> None:
        """Writes :meth:`to_dict` as JSON to the text stream ``out``, one list
        item at a time, so memory stays near the size of the text however many
        tokens the document has.

        With ``indent=None`` the output is exactly ``json.dumps(doc.to_dict(),
        ensure_ascii=False)``. With an ``indent`` each top-level field and each
        list item starts its own line, and an item is written on one line (a
        token is one line, not five)."""
        encode = json.JSONEncoder(ensure_ascii=False).encode
        pad = None if indent is None else " " * indent
        item_sep = ", " if pad is None else ",\n" + pad * 2
        out.write("{" if pad is None else "{\n" + pad)
        for k, (key, value) in enumerate(self._fields()):
            if k:
                out.write(", " if pad is None else ",\n" + pad)
            out.write(encode(key) + ": ")
            if not isinstance(value, GeneratorType):
                out.write(encode(value))
                continue
            out.write("[")
            empty = True
            for item in value:
                out.write(("" if pad is None else "\n" + pad * 2) if empty else item_sep)
                out.write(encode(item))
                empty = False
            out.write("]" if empty or pad is None else "\n" + pad + "]")
        out.write("}" if pad is None else "\n}")

    def to_json(self, indent: Optional[int] = None) -> str:
        """:meth:`write_json` into a string."""
        buffer = io.StringIO()
        self.write_json(buffer, indent)
        return buffer.getvalue()

    @classmethod
    def from_dict(cls, d: dict) -> "Doc":
        """Rebuilds a Doc from :meth:`to_dict` output (or any SCHEMA.md
        document; fields it lacks stay empty)."""
        tokens = d.get("tokens") or []
        token_sents = d.get("token_sentences") or []
        sentences = []
        for k, s in enumerate(d.get("sentences", [])):
            extra = token_sents[k] if k < len(token_sents) else [0, 0]
            sentences.append((s["start"], s["end"], extra[0], extra[1]))
        data = {
            "id": d.get("id"),
            "text": d["text"],
            "metadata": {k: (d.get("metadata") or {}).get(k) for k in
                         ("title", "subtitle", "author", "date", "source_url")},
            "token_start": [t[0] for t in tokens],
            "token_end": [t[1] for t in tokens],
            "token_flags": [t[2] if len(t) > 2 else 0 for t in tokens],
            "token_pos": ([_core.PARTS_OF_SPEECH.index(t[3]) for t in tokens]
                          if tokens and all(len(t) > 3 for t in tokens) else []),
            "sentences": sentences,
            "paragraphs": [(p["start"], p["end"], p.get("kind", "body")) for p in d.get("paragraphs", [])],
            "markup": [(m["start"], m["end"], m["kind"]) for m in d.get("markup", [])],
            "source_map": [tuple(a) for a in d.get("source_map", [])],
            "mentions": [(m["start"], m["end"], m.get("label", ""),
                          -1 if m.get("entity") is None else m["entity"], m.get("score", 1.0))
                         for m in d.get("mentions", [])],
            "entities": [(e["id"], e["name"], e["label"], e.get("role"),
                          None if e.get("role_start") is None else (e["role_start"], e["role_end"]),
                          e.get("mentions", [])) for e in d.get("entities", [])],
            "quotes": [(q["start"], q["end"], q.get("kind", "direct"),
                        -1 if q.get("speaker") is None else q["speaker"],
                        None if q.get("speaker_start") is None else (q["speaker_start"], q["speaker_end"]),
                        None if q.get("cue_start") is None else (q["cue_start"], q["cue_end"]),
                        q.get("confidence", 0.0), q.get("citations", []))
                       for q in d.get("quotes", [])],
            "citations": [(c.get("n"), c.get("url"), c.get("start", 0), c.get("end", 0))
                          for c in d.get("citations", [])],
        }
        return cls(data)

    @classmethod
    def from_json(cls, s: str) -> "Doc":
        return cls.from_dict(json.loads(s))

    def __reduce__(self):
        return (Doc.from_dict, (self.to_dict(),))
