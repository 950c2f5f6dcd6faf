"""Loading the pipeline and running it over one article or many."""
from __future__ import annotations

import itertools
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from . import _core
from .doc import Doc

__all__ = ["Pipeline", "QuoteOptions", "load", "read", "Error", "RESOURCES"]

#: Raised for every failure inside the core (invalid UTF-8, a corrupt model,
#: an unknown format...). A ``ValueError``.
Error = _core.Error

RESOURCES = Path(__file__).resolve().parent / "resources"
FORMATS = ("auto", "text", "markdown", "html")
STAGES = ("pos", "entities", "resolve", "quotes")

Source = Union[str, bytes]


@dataclass(frozen=True)
class QuoteOptions:
    """What counts as one quotation.

    The defaults follow saywho's reference annotation: quotations in marks
    only, and each sentence of a speaker's words after its frame a quotation
    of its own. Corpora of reported speech (PolNeAR, for one) count
    differently; these switches give their reading.
    """
    #: Also report the paraphrase around a quoted fragment (``X said the plan
    #: is "dead"``) as one indirect quote holding the fragment.
    paraphrases: bool = False
    #: Also report speech without marks (kind "indirect"): "X said (that)
    #: ...", "according to X, ...". Implies paraphrases.
    reported_speech: bool = False
    #: Join a framed quotation and those that go on from it in the same
    #: paragraph (``"A," X said. "B."``) into one quotation.
    join_continuations: bool = False

    def _to_core(self) -> "_core.QuoteOptions":
        return _core.QuoteOptions(paraphrases=self.paraphrases, reported_speech=self.reported_speech,
                                  join_continuations=self.join_continuations)


def _check_errors(errors: str) -> bool:
    if errors not in ("strict", "replace"):
        raise ValueError("errors must be 'strict' or 'replace', not %r" % (errors,))
    return errors == "replace"


def _check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise ValueError("format must be one of %s, not %r" % (", ".join(FORMATS), fmt))
    return fmt


class Pipeline:
    """read -> segment -> pos -> entities -> resolve -> quotes, loaded once.

    Thread safety: a Pipeline is immutable; call it from any number of
    threads (the core releases the GIL while it works).
    """

    def __init__(self, resource_dir: Union[str, os.PathLike, None] = None,
                 ner_model: Union[str, os.PathLike, None] = None,
                 disable: Iterable[str] = (), quote_options: Optional[QuoteOptions] = None,
                 pos_model: Union[str, os.PathLike, None] = None):
        resource_dir = Path(resource_dir) if resource_dir is not None else RESOURCES
        # A build without a trained model runs without its stage.
        self.pos_model = _model_path(pos_model, resource_dir / "models" / "pos.bin")
        self.ner_model = _model_path(ner_model, resource_dir / "models" / "ner.bin")
        self.disabled = frozenset(disable)
        unknown = self.disabled - set(STAGES)
        if unknown:
            raise ValueError("unknown stage(s) %s; stages: %s" % (sorted(unknown), ", ".join(STAGES)))
        self.quote_options = quote_options or QuoteOptions()
        if not isinstance(self.quote_options, QuoteOptions):
            raise TypeError("quote_options must be a saywho.QuoteOptions")
        self.resource_dir = resource_dir

        def used(stage: str, model: Optional[Path]) -> str:
            return "" if stage in self.disabled or model is None else str(model)

        self._core = _core.Pipeline(str(resource_dir / "lexicon"), used("pos", self.pos_model),
                                    used("entities", self.ner_model))
        self._core_quote_options = self.quote_options._to_core()

    @property
    def stages(self) -> tuple[str, ...]:
        return ("read", "segment") + tuple(s for s in STAGES if s not in self.disabled)

    def _stage_flags(self) -> dict:
        flags = {s: s not in self.disabled for s in STAGES}
        flags["quote_options"] = self._core_quote_options
        return flags

    def __call__(self, text: Source, *, format: str = "auto", filename: Optional[str] = None,
                 id: Optional[str] = None, errors: str = "strict",
                 repair_page_breaks: bool = True) -> Doc:
        """Processes one article given as text (str) or raw bytes.

        ``format`` is auto (sniffed from ``filename`` or the content), text,
        markdown or html. ``errors="replace"`` turns invalid UTF-8 into
        U+FFFD instead of raising :class:`saywho.Error`.
        """
        data = self._core.process(
            text, format=_check_format(format), filename=filename or "",
            replace_invalid_utf8=_check_errors(errors), repair_page_breaks=repair_page_breaks,
            id=id or "", **self._stage_flags())
        return Doc(data)

    def read(self, path: Union[str, os.PathLike], *, format: str = "auto",
             errors: str = "strict") -> Doc:
        """Reads and processes a file; the format is sniffed from its name
        and content unless given."""
        path = Path(path)
        return self(path.read_bytes(), format=format, filename=path.name, errors=errors)

    def pipe(self, texts: Iterable, *, batch_size: int = 64, n_threads: int = 0,
             format: str = "auto", errors: str = "strict", as_tuples: bool = False,
             on_error: str = "raise") -> Iterator:
        """Processes many articles, in order, ``batch_size`` at a time on
        ``n_threads`` threads (0: one per core).

        ``texts`` holds str/bytes, or ``(text, context)`` pairs with
        ``as_tuples=True`` (yielding ``(doc, context)``); a context that is a
        dict with an "id" gives the doc its id. ``on_error`` is "raise" (the
        first failing article raises :class:`saywho.Error`) or "skip".
        """
        if on_error not in ("raise", "skip"):
            raise ValueError("on_error must be 'raise' or 'skip'")
        replace = _check_errors(errors)
        _check_format(format)
        pairs = texts if as_tuples else ((item, None) for item in texts)
        for batch in _batches(pairs, batch_size):
            yield from self._run_batch(batch, format, replace, n_threads, as_tuples, on_error)

    def _run_batch(self, batch, format, replace, n_threads, as_tuples, on_error):
        results = self._core.process_batch(
            [text for text, _ in batch], format=format, replace_invalid_utf8=replace,
            threads=n_threads, **self._stage_flags())
        for (text, context), data in zip(batch, results):
            if isinstance(data, str):
                if on_error == "raise":
                    raise Error(data)
                continue
            if isinstance(context, dict) and context.get("id") is not None:
                data["id"] = str(context["id"])
            doc = Doc(data)
            yield (doc, context) if as_tuples else doc

    def profile(self, texts: Iterable, *, format: str = "auto", batch_size: int = 64) -> dict:
        """Where the time goes: processes ``texts`` (str or bytes) on this
        thread, as :meth:`pipe` with ``n_threads=1`` would, and returns CPU
        seconds: "read", "segment", "pos", "entities", "resolve" and "quotes" as
        timed inside the core, "python" for turning results into Doc objects,
        and their sum "total". Shares are comparable within one call (a busy
        machine stretches every stage alike); a disabled stage shows 0.
        Articles that fail are timed and skipped."""
        _check_format(format)
        stages: dict = {}
        total = 0.0
        for batch in _batches(texts, batch_size):
            start = time.thread_time()
            results = self._core.process_batch(batch, format=format, threads=1,
                                               stage_times=stages, **self._stage_flags())
            for data in results:
                if not isinstance(data, str):
                    Doc(data)
            total += time.thread_time() - start
        times = {key: stages.get(key, 0.0) for key in ("read", "segment") + STAGES}
        times["python"] = max(0.0, total - sum(times.values()))
        times["total"] = total
        return times

    def __repr__(self) -> str:
        return "<saywho.Pipeline stages=%s>" % ",".join(self.stages)


def _model_path(given: Union[str, os.PathLike, None], shipped: Path) -> Optional[Path]:
    """The model file given, else the shipped one if the build has it."""
    if given is not None:
        return Path(given)
    return shipped if shipped.exists() else None


def _batches(items: Iterable, size: int) -> Iterator[list]:
    """``items`` in lists of ``size`` (the last may be shorter), read lazily."""
    if size < 1:
        raise ValueError("batch_size must be at least 1")
    items = iter(items)
    while batch := list(itertools.islice(items, size)):
        yield batch


def load(resource_dir: Union[str, os.PathLike, None] = None, *,
         ner_model: Union[str, os.PathLike, None] = None,
         disable: Iterable[str] = (), quote_options: Optional[QuoteOptions] = None,
         pos_model: Union[str, os.PathLike, None] = None) -> Pipeline:
    """Loads the pipeline with the models and word lists shipped in the
    package (or those in ``resource_dir``). Load once, then call it.
    ``disable`` names stages to skip (pos, entities, resolve, quotes);
    ``quote_options`` says what counts as one quotation."""
    return Pipeline(resource_dir, ner_model=ner_model, disable=disable, quote_options=quote_options,
                    pos_model=pos_model)


_default: Optional[Pipeline] = None


def read(path_or_text: Union[str, bytes, os.PathLike], *, format: str = "auto",
         errors: str = "strict") -> Doc:
    """One-off use: processes a file (a path) or a text with a pipeline
    loaded on first use. A str is a path only when such a file exists and
    the string has no line break."""
    global _default
    if _default is None:
        _default = load()
    if isinstance(path_or_text, os.PathLike) or (
            isinstance(path_or_text, str) and "\n" not in path_or_text
            and len(path_or_text) < 4096 and os.path.isfile(path_or_text)):
        return _default.read(path_or_text, format=format, errors=errors)
    return _default(path_or_text, format=format, errors=errors)
