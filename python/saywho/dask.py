"""saywho on a Dask cluster, for corpora that outgrow one machine.

>>> import dask.bag as db
>>> from saywho.dask import extract_bag, quotes_frame
>>> texts = db.read_text("corpus-*.jsonl").map(json.loads)     # doctest: +SKIP
>>> docs = extract_bag(texts)                # a bag of SCHEMA.md document dicts
>>> quotes_frame(docs).compute()             # a pandas table of every quote  # doctest: +SKIP

Every worker process loads the pipeline once, on the first partition it
processes, and keeps it for the partitions that follow (a module-level cache
keyed by the load options). Dask is an optional dependency: install it with
``pip install 'saywho[dask]'``.
"""
from __future__ import annotations

import os
import threading
from typing import Any, Iterable, Optional, Union

from . import frames
from .doc import Doc
from .pipeline import STAGES, Pipeline, _check_errors, _check_format, load

__all__ = ["extract_bag", "quotes_frame", "entities_frame", "mentions_frame", "worker_pipeline",
           "loaded_pipelines"]

_LoadKey = tuple  # (resource_dir, ner_model, sorted disabled stages)

_pipelines: dict = {}
_pipelines_lock = threading.Lock()


def _dask_dataframe():
    try:
        import dask.dataframe as dd
    except ImportError as e:
        raise ImportError("saywho.dask's tables need dask.dataframe: pip install 'saywho[dask]'") from e
    return dd


def _load_key(resource_dir, ner_model, disable) -> _LoadKey:
    def path(p):  # absolute: the workers' working directory may differ
        return None if p is None else os.path.abspath(os.fspath(p))
    return (path(resource_dir), path(ner_model), tuple(sorted(disable)))


def worker_pipeline(resource_dir: Union[str, os.PathLike, None] = None,
                    ner_model: Union[str, os.PathLike, None] = None,
                    disable: Iterable[str] = ()) -> Pipeline:
    """The pipeline of this process for these load options, loaded on first
    use and then shared (a Pipeline is immutable and thread-safe, so the
    threads of one worker share it too)."""
    key = _load_key(resource_dir, ner_model, disable)
    with _pipelines_lock:
        nlp = _pipelines.get(key)
        if nlp is None:
            nlp = load(resource_dir, ner_model=ner_model, disable=disable)
            _pipelines[key] = nlp
        return nlp


def loaded_pipelines() -> list:
    """The load options of the pipelines this process holds (for checking
    that a worker loaded its pipeline once)."""
    with _pipelines_lock:
        return list(_pipelines)


def _as_pair(item: Any) -> tuple:
    """(text, context) for nlp.pipe(as_tuples=True): a str/bytes is a text
    without id; a record is a mapping with a "text" and optionally an "id"."""
    if isinstance(item, (str, bytes)):
        return item, None
    if isinstance(item, dict) and isinstance(item.get("text"), (str, bytes)):
        return item["text"], {"id": item.get("id")}
    raise TypeError('extract_bag takes texts (str/bytes) or {"id", "text"} records, not %s'
                    % type(item).__name__)


def _extract_partition(items: Iterable, load_key: _LoadKey, call_options: dict) -> list:
    resource_dir, ner_model, disable = load_key
    nlp = worker_pipeline(resource_dir, ner_model, disable)
    pairs = [_as_pair(item) for item in items]
    return [doc.to_dict() for doc, _ in nlp.pipe(pairs, as_tuples=True, **call_options)]


def _check_options(disable, format, errors, on_error, batch_size) -> None:
    """Fails on the client, at once, rather than on every worker later."""
    unknown = set(disable) - set(STAGES)
    if unknown:
        raise ValueError("unknown stage(s) %s; stages: %s" % (sorted(unknown), ", ".join(STAGES)))
    _check_format(format)
    _check_errors(errors)
    if on_error not in ("raise", "skip"):
        raise ValueError("on_error must be 'raise' or 'skip'")
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")


def extract_bag(bag, *, resource_dir: Union[str, os.PathLike, None] = None,
                ner_model: Union[str, os.PathLike, None] = None, disable: Iterable[str] = (),
                format: str = "auto", errors: str = "strict", on_error: str = "raise",
                batch_size: int = 64, n_threads: int = 1):
    """Turns a ``dask.bag`` of texts (str or bytes) or ``{"id", "text"}``
    records into a bag of document dicts (the JSON of SCHEMA.md, as
    :meth:`saywho.Doc.to_dict` writes it; rebuild a Doc with
    :meth:`saywho.Doc.from_dict`).

    ``resource_dir``, ``ner_model`` and ``disable`` are :func:`saywho.load`'s
    options; ``format``, ``errors``, ``on_error``, ``batch_size`` and
    ``n_threads`` are :meth:`saywho.Pipeline.pipe`'s. ``n_threads`` is 1 by
    default because Dask already runs one task per worker thread; raise it
    for workers with one thread and several cores. With ``on_error="skip"``
    an article the core rejects is left out of the result.

    Lazy: nothing runs until the bag is computed.
    """
    if not hasattr(bag, "map_partitions"):
        raise TypeError("extract_bag takes a dask.bag.Bag, not %s" % type(bag).__name__)
    disable = tuple(disable)
    _check_options(disable, format, errors, on_error, batch_size)
    load_key = _load_key(resource_dir, ner_model, disable)
    call_options = {"format": format, "errors": errors, "on_error": on_error,
                    "batch_size": batch_size, "n_threads": n_threads}
    return bag.map_partitions(_extract_partition, load_key, call_options)


# -- dask.dataframe tables ---------------------------------------------------
# Each table is built partition by partition with saywho.frames (the same
# columns as the single-machine tables), cast to the explicit meta below so
# that every partition, empty or not, has the same dtypes.

_STR = "string"  # text columns; <NA> where a value is unknown

_TABLES = {
    "quotes": (frames.quotes_frame, {
        "doc_id": _STR, "start": "int64", "end": "int64", "kind": _STR, "speaker": _STR,
        "speaker_text": _STR, "speaker_entity": "Int64", "cue": _STR, "confidence": "float64",
        "text": _STR}),
    "entities": (frames.entities_frame, {
        "doc_id": _STR, "id": "int64", "name": _STR, "label": _STR, "role": _STR,
        "mentions": "int64", "quotes": "int64"}),
    "mentions": (frames.mentions_frame, {
        "doc_id": _STR, "start": "int64", "end": "int64", "text": _STR, "label": _STR,
        "entity": "Int64", "entity_name": _STR}),
}


def _meta(table: str):
    import pandas as pd
    _, dtypes = _TABLES[table]
    return pd.DataFrame({name: pd.Series([], dtype=dtype) for name, dtype in dtypes.items()})


def _frame_partition(docs: Iterable, table: str):
    build, dtypes = _TABLES[table]
    return build([d if isinstance(d, Doc) else Doc.from_dict(d) for d in docs]).astype(dtypes)


def _table(bag, table: str):
    dd = _dask_dataframe()
    parts = bag.map_partitions(_frame_partition, table).to_delayed()
    return dd.from_delayed(parts, meta=_meta(table), verify_meta=False)


def quotes_frame(bag):
    """A ``dask.dataframe`` of every quotation in a bag of document dicts
    (:func:`extract_bag`'s output) or of Docs, one partition per bag
    partition, with the columns of :func:`saywho.frames.quotes_frame`. Text
    columns are pandas strings, entity ids nullable integers."""
    return _table(bag, "quotes")


def entities_frame(bag):
    """A ``dask.dataframe`` of every entity in a bag of document dicts, with
    the columns of :func:`saywho.frames.entities_frame`."""
    return _table(bag, "entities")


def mentions_frame(bag):
    """A ``dask.dataframe`` of every entity mention in a bag of document
    dicts, with the columns of :func:`saywho.frames.mentions_frame`."""
    return _table(bag, "mentions")
