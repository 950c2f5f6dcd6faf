"""saywho.dask on a real distributed.LocalCluster: two worker processes,
one thread each. What the cluster returns must equal what one process
returns with nlp.pipe for the same texts."""
import json
import sys
from pathlib import Path

import pytest

import saywho
from saywho import frames

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")
import saywho.dask as sdask  # noqa: E402  (after the skip above)

ROOT = Path(__file__).resolve().parents[2]


def _corpus() -> list[dict]:
    records = [json.loads(line) for line in
               (ROOT / "examples" / "mini_corpus.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip()]
    records.append({"id": "article", "text": (ROOT / "examples" / "article.md").read_text(encoding="utf-8")})
    # Texts that exercise the edges: empty, non-ASCII (code point offsets), no id.
    records.append({"id": "empty", "text": ""})
    records.append({"id": "unicode", "text": "« Ça ira », a dit Zoë Müller à Genève — “sans doute” 😀."})
    records.append({"text": "A record without an id."})
    return records


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=":0", silence_logs=40)
    client = distributed.Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


@pytest.fixture(scope="module")
def nlp():
    return saywho.load()


@pytest.fixture(scope="module")
def corpus():
    return _corpus()


@pytest.fixture(scope="module")
def expected(nlp, corpus):
    pairs = [(r["text"], {"id": r.get("id")}) for r in corpus]
    return [doc.to_dict() for doc, _ in nlp.pipe(pairs, as_tuples=True, n_threads=1)]


def test_records_on_cluster_equal_single_process(client, corpus, expected):
    bag = dask_bag.from_sequence(corpus, npartitions=4)
    got = sdask.extract_bag(bag).compute()
    assert len(got) == len(corpus)
    assert got == expected
    # The contract that holds whatever the models find: ids copied, text
    # spans index the text.
    for record, d in zip(corpus, got):
        assert d["id"] == record.get("id")
        for m in d["mentions"]:
            assert d["text"][m["start"]:m["end"]] == m["text"]
        for q in d["quotes"]:
            assert d["text"][q["start"]:q["end"]] == q["text"]


def test_plain_texts_and_bytes(client, nlp, corpus):
    texts = [r["text"] for r in corpus[:6]]
    texts[1] = texts[1].encode("utf-8")
    got = sdask.extract_bag(dask_bag.from_sequence(texts, npartitions=3)).compute()
    assert got == [doc.to_dict() for doc in nlp.pipe(texts, n_threads=1)]
    assert all(d["id"] is None for d in got)


def test_each_worker_loads_the_pipeline_once(client, corpus):
    bag = dask_bag.from_sequence(corpus, npartitions=8)
    sdask.extract_bag(bag, disable=["quotes"]).compute()
    sdask.extract_bag(bag, disable=["quotes"]).compute()
    loaded = client.run(sdask.loaded_pipelines)
    assert len(loaded) == 2
    key = (None, None, ("quotes",))
    # Eight partitions, run twice, over two workers: each worker that ran
    # one holds the pipeline for these options exactly once.
    assert any(key in keys for keys in loaded.values())
    for keys in loaded.values():
        assert keys.count(key) <= 1


def test_disabled_stages_reach_the_workers(client, nlp, corpus):
    bag = dask_bag.from_sequence(corpus[:4], npartitions=2)
    got = sdask.extract_bag(bag, disable=["entities", "resolve", "quotes"]).compute()
    assert all(d["mentions"] == [] and d["entities"] == [] and d["quotes"] == [] for d in got)
    assert [d["text"] for d in got] == [doc.text for doc in nlp.pipe([r["text"] for r in corpus[:4]])]


def test_invalid_utf8_raises_or_is_skipped(client):
    bag = dask_bag.from_sequence([b"good text", b"bad \xff byte", b"more text"], npartitions=1)
    with pytest.raises(saywho.Error):
        sdask.extract_bag(bag).compute()
    kept = sdask.extract_bag(bag, on_error="skip").compute()
    assert [d["text"] for d in kept] == ["good text", "more text"]
    replaced = sdask.extract_bag(bag, errors="replace").compute()
    assert "\ufffd" in replaced[1]["text"]


def test_bad_options_fail_on_the_client():
    bag = dask_bag.from_sequence(["x"])
    with pytest.raises(ValueError):
        sdask.extract_bag(bag, disable=["parser"])
    with pytest.raises(ValueError):
        sdask.extract_bag(bag, format="pdf")
    with pytest.raises(ValueError):
        sdask.extract_bag(bag, on_error="ignore")
    with pytest.raises(ValueError):  # a generator of stages is read once, and checked
        sdask.extract_bag(bag, disable=(s for s in ["quotes", "parser"]))
    with pytest.raises(TypeError, match="dask.bag"):
        sdask.extract_bag(["a list is not a bag"])


def test_bad_items_raise_type_error():
    bag = dask_bag.from_sequence([{"id": 1, "body": "no text key"}])
    with pytest.raises(TypeError, match="records"):
        sdask.extract_bag(bag).compute(scheduler="sync")


def _hand_made(i: int) -> dict:
    text = "Jane Doe said \"We will win in Springfield.\" The mayor smiled. Été."
    return {"id": "d%d" % i, "text": text,
            "mentions": [{"start": 0, "end": 8, "label": "PERSON", "entity": 0},
                         {"start": 30, "end": 41, "label": "GPE", "entity": 1}],
            "entities": [{"id": 0, "name": "Jane Doe", "label": "PERSON", "role": None, "mentions": [0]},
                         {"id": 1, "name": "Springfield", "label": "GPE", "role": "city",
                          "mentions": [1]}],
            "quotes": [{"start": 15, "end": 42, "kind": "direct", "speaker": 0 if i % 2 else None,
                        "speaker_start": 0, "speaker_end": 8, "cue_start": 9, "cue_end": 13,
                        "confidence": 0.75}] * (i % 3)}


@pytest.mark.parametrize("as_docs", [False, True], ids=["dicts", "Docs"])
@pytest.mark.parametrize("name", ["quotes", "entities", "mentions"])
def test_frames_match_single_machine_tables(client, name, as_docs):
    dicts = [_hand_made(i) for i in range(7)] + [{"id": "empty", "text": ""}]
    items = [saywho.Doc.from_dict(d) for d in dicts] if as_docs else dicts
    bag = dask_bag.from_sequence(items, npartitions=3)
    ddf = getattr(sdask, name + "_frame")(bag)
    local = getattr(frames, name + "_frame")([saywho.Doc.from_dict(d) for d in dicts])
    assert list(ddf.columns) == list(local.columns)
    got = ddf.compute().reset_index(drop=True)
    assert list(got.dtypes.astype(str)) == list(ddf.dtypes.astype(str))  # the meta told the truth
    assert len(got) == len(local) > 0
    for column in local.columns:
        assert [None if _missing(v) else v for v in got[column]] == \
               [None if _missing(v) else v for v in local[column]], column


def _missing(value) -> bool:
    import pandas as pd
    return value is None or (not isinstance(value, (list, tuple)) and bool(pd.isna(value)))


def test_frames_from_cluster_extraction(client, corpus, nlp, expected):
    bag = sdask.extract_bag(dask_bag.from_sequence(corpus, npartitions=4))
    got = sdask.quotes_frame(bag).compute()
    local = frames.quotes_frame([saywho.Doc.from_dict(d) for d in expected])
    assert len(got) == len(local)
    assert list(got["text"].astype(object)) == list(local["text"].astype(object))
    ents = sdask.entities_frame(bag).compute()
    assert len(ents) == sum(len(d["entities"]) for d in expected)


def test_missing_dask_gives_install_hint(monkeypatch):
    monkeypatch.setitem(sys.modules, "dask.dataframe", None)
    with pytest.raises(ImportError, match=r"saywho\[dask\]"):
        sdask.quotes_frame(dask_bag.from_sequence([]))
