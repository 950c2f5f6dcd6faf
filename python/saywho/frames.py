"""pandas tables of one document or a corpus. pandas is imported lazily:
install it with ``pip install saywho[pandas]``."""
from __future__ import annotations

from typing import Iterable

from .doc import Doc


def _pandas():
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - exercised only without pandas
        raise ImportError("saywho's tables need pandas: pip install 'saywho[pandas]'") from e
    return pd


def _nullable_ints(frame, *columns):
    """Optional ids stay integers (pandas' nullable Int64), not floats with NaN."""
    for column in columns:
        frame[column] = frame[column].astype("Int64")
    return frame


def mentions_frame(docs: Iterable[Doc]):
    pd = _pandas()
    rows = []
    for doc in docs:
        for m in doc.mentions:
            ent = m.entity
            rows.append({"doc_id": doc.id, "start": m.start, "end": m.end, "text": m.text,
                         "label": m.label, "entity": None if ent is None else ent.id,
                         "entity_name": None if ent is None else ent.name})
    return _nullable_ints(pd.DataFrame(rows, columns=["doc_id", "start", "end", "text", "label", "entity",
                                                      "entity_name"]), "entity")


def entities_frame(docs: Iterable[Doc]):
    pd = _pandas()
    rows = []
    for doc in docs:
        for e in doc.entities:
            rows.append({"doc_id": doc.id, "id": e.id, "name": e.name, "label": e.label,
                         "role": e.role, "mentions": len(e.mention_ids), "quotes": len(e.quotes)})
    return pd.DataFrame(rows, columns=["doc_id", "id", "name", "label", "role", "mentions", "quotes"])


def quotes_frame(docs: Iterable[Doc]):
    pd = _pandas()
    rows = []
    for doc in docs:
        for q in doc.quotes:
            rows.append({"doc_id": doc.id, "start": q.start, "end": q.end, "kind": q.kind,
                         "speaker": q.speaker_name, "speaker_text": q.speaker_text,
                         "speaker_entity": q.speaker_id, "cue": q.cue,
                         "confidence": q.confidence, "text": q.text})
    return _nullable_ints(pd.DataFrame(rows, columns=["doc_id", "start", "end", "kind", "speaker",
                                                      "speaker_text", "speaker_entity", "cue",
                                                      "confidence", "text"]), "speaker_entity")


def citations_frame(docs: Iterable[Doc]):
    pd = _pandas()
    rows = [{"doc_id": doc.id, "n": c.n, "url": c.url, "anchor": c.anchor, "start": c.start,
             "end": c.end} for doc in docs for c in doc.citations]
    return _nullable_ints(pd.DataFrame(rows, columns=["doc_id", "n", "url", "anchor", "start", "end"]), "n")


def doc_frames(doc: Doc) -> dict:
    """The four tables of one document, by name."""
    return {"mentions": mentions_frame([doc]), "entities": entities_frame([doc]),
            "quotes": quotes_frame([doc]), "citations": citations_frame([doc])}
