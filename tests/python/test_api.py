import dataclasses
import json
import pickle

import pytest

import saywho
from conftest import EXAMPLE, assert_spans_exact


def test_plain_text_is_kept_unchanged(nlp):
    text = "First line.\r\n\r\nSecond paragraph with 中文 and 😀 emoji.\n"
    doc = nlp(text, format="text")
    assert doc.text == text
    assert_spans_exact(doc)


def test_str_and_bytes_give_the_same_document(nlp):
    text = "Caf\u00e9 owners said \u201cit works.\u201d"
    a = nlp(text, format="text")
    b = nlp(text.encode("utf-8"), format="text")
    assert a.to_dict() == b.to_dict()


def test_invalid_utf8_raises_error_naming_the_byte(nlp):
    with pytest.raises(saywho.Error, match="byte 6") as info:
        nlp(b"hello \xff world", format="text")
    assert isinstance(info.value, ValueError)


def test_invalid_utf8_can_be_replaced(nlp):
    doc = nlp(b"hello \xff world", format="text", errors="replace")
    assert doc.text == "hello \ufffd world"


def test_lone_surrogates_in_str_raise_error(nlp):
    with pytest.raises(saywho.Error):
        nlp("bad \ud800 text", format="text")


def test_empty_input_gives_an_empty_document(nlp):
    for fmt in ("text", "markdown", "html", "auto"):
        doc = nlp("", format=fmt)
        assert doc.text == ""
        assert len(doc) == 0 and doc.quotes == [] and doc.mentions == []


def test_nul_bytes_and_junk_do_not_fail(nlp):
    junk = "a\x00b \x00\x00 [[[ <<< *** \u200b\ufeff ``` \"unbalanced 'quotes"
    for fmt in ("text", "markdown", "html"):
        doc = nlp(junk, format=fmt)
        assert_spans_exact(doc)


def test_junk_found_by_the_property_tests_does_not_crash(nlp):
    # Hypothesis found this one: a sentence that opens with a comma before a
    # quotation sent the speaker search one word before the text's start.
    junk = ",\u10fd**\u133d>\"\"\U0001f600_\u269c\u1826\u22d9-#`\u201d\u00e9]e\u201d"
    for fmt in ("text", "markdown", "html"):
        doc = nlp(junk, format=fmt)
        assert_spans_exact(doc)


def test_unknown_options_are_rejected(nlp):
    with pytest.raises(ValueError):
        nlp("x", format="pdf")
    with pytest.raises(ValueError):
        nlp("x", errors="ignore")
    with pytest.raises(ValueError):
        saywho.load(disable=["parser"])
    with pytest.raises(TypeError):
        nlp(42)


def test_pipe_keeps_order_ids_and_matches_single_calls(nlp):
    texts = ["Doc %d says \u201chello %d.\u201d" % (i, i) for i in range(25)]
    docs = list(nlp.pipe(texts, batch_size=7, n_threads=2, format="text"))
    assert [d.text for d in docs] == texts
    for text, doc in zip(texts, docs):
        assert doc.to_dict() == nlp(text, format="text").to_dict()
    pairs = [(t, {"id": "d%d" % i}) for i, t in enumerate(texts[:3])]
    out = list(nlp.pipe(pairs, as_tuples=True, format="text"))
    assert [d.id for d, _ in out] == ["d0", "d1", "d2"]
    assert [ctx["id"] for _, ctx in out] == ["d0", "d1", "d2"]


def test_pipe_errors_raise_or_skip(nlp):
    texts = ["good one", b"bad \xff one", "good two"]
    with pytest.raises(saywho.Error):
        list(nlp.pipe(texts, format="text"))
    kept = list(nlp.pipe(texts, format="text", on_error="skip"))
    assert [d.text for d in kept] == ["good one", "good two"]


def test_json_and_pickle_round_trip(example_doc):
    d = example_doc.to_dict()
    again = saywho.Doc.from_json(example_doc.to_json())
    assert again.to_dict() == d
    unpickled = pickle.loads(pickle.dumps(example_doc))
    assert unpickled.to_dict() == d
    json.dumps(d)  # plain JSON types only


def test_streamed_json_is_the_dict(example_doc, nlp):
    d = example_doc.to_dict()
    # Compact output is byte for byte what json.dumps writes for the dict.
    assert example_doc.to_json() == json.dumps(d, ensure_ascii=False)
    indented = example_doc.to_json(indent=2)
    assert json.loads(indented) == d
    # One token to a line, not one number to a line.
    start, end, flags, pos = d["tokens"][0]
    assert '\n    [%d, %d, %d, "%s"],\n' % (start, end, flags, pos) in indented
    empty = nlp("", format="text")
    assert json.loads(empty.to_json(indent=1)) == empty.to_dict()
    assert '"tokens": []' in empty.to_json(indent=1)


def test_entities_and_quotes_are_real_dataclass_instances(example_doc):
    # Doc builds them without the dataclass constructor, for speed: they must
    # be exactly what the constructor makes.
    for obj in example_doc.entities + example_doc.quotes:
        names = [f.name for f in dataclasses.fields(obj)]
        assert sorted(vars(obj)) == sorted(names)
        again = type(obj)(**{name: getattr(obj, name) for name in names})
        assert again == obj and hash(again) == hash(obj) and repr(again) == repr(obj)
        with pytest.raises(dataclasses.FrozenInstanceError):
            obj.kind = "changed"


def test_quote_confidence_reads_as_written(example_doc):
    assert example_doc.quotes
    for q in example_doc.quotes:
        assert 0.0 <= q.confidence <= 1.0
        assert q.confidence == round(q.confidence, 4)  # no single-precision tail
    d = example_doc.to_dict()
    assert [q["confidence"] for q in d["quotes"]] == [q.confidence for q in example_doc.quotes]


def test_reported_speech_confidence_comes_from_the_shipped_model():
    # The model (models/build_quote_confidence.py) trusts a name and "said
    # that" more than a cue of no known speaker; the rules alone gave every
    # reported quotation of speech 0.6.
    nlp = saywho.load(quote_options=saywho.QuoteOptions(reported_speech=True))
    named = nlp("Barack Obama said that the plan had failed badly last year.", format="text").quotes
    asked = nlp("Respondents were also asked to pick the loser.", format="text").quotes
    assert [(q.kind, q.speaker_text) for q in named] == [("indirect", "Barack Obama")]
    assert [(q.kind, q.speaker_text) for q in asked] == [("indirect", None)]
    assert named[0].confidence > 0.8 > 0.6 > asked[0].confidence > 0.0


def test_schema_fields_present(example_doc):
    d = example_doc.to_dict()
    for key in ("id", "text", "metadata", "sentences", "mentions", "entities", "quotes", "citations"):
        assert key in d
    for key in ("title", "subtitle", "author", "date", "source_url"):
        assert key in d["metadata"]


def test_read_takes_paths_and_texts():
    by_path = saywho.read(EXAMPLE)
    by_str_path = saywho.read(str(EXAMPLE))
    assert by_path.text == by_str_path.text
    by_text = saywho.read("Just a sentence.")
    assert by_text.text == "Just a sentence."


def test_example_spans_are_exact(example_doc):
    assert_spans_exact(example_doc)


def test_tokens_are_trimmed_and_ordered(example_doc):
    prev_end = 0
    for tok in example_doc:
        assert tok.text and tok.text == tok.text.strip()
        assert tok.start >= prev_end
        prev_end = tok.end


def test_disabled_stages_add_nothing(nlp):
    bare = saywho.load(disable=["pos", "entities", "resolve", "quotes"])
    doc = bare.read(EXAMPLE)
    assert doc.mentions == [] and doc.entities == [] and doc.quotes == []
    assert all(tok.pos_ == "" for tok in doc)
    assert "tokens" in doc.to_dict() and all(len(t) == 3 for t in doc.to_dict()["tokens"])
    assert bare.stages == ("read", "segment")


def test_tokens_carry_their_part_of_speech(nlp):
    doc = nlp("Senator Anna Berg said the plan failed. “We tried,” she added.", format="text")
    tags = {tok.text: tok.pos_ for tok in doc}
    assert tags["said"] == tags["failed"] == tags["added"] == "VERB"
    assert tags["plan"] == "NOUN" and tags["Berg"] == "PROPN" and tags["she"] == "PRON"
    assert all(tok.pos_ in saywho._core.PARTS_OF_SPEECH for tok in doc)
    # JSON and pickle keep them.
    again = saywho.Doc.from_json(doc.to_json())
    assert [t.pos_ for t in again] == [t.pos_ for t in doc]
    assert [t.pos_ for t in pickle.loads(pickle.dumps(doc))] == [t.pos_ for t in doc]


def test_profile_times_each_stage(nlp):
    texts = ['"We will win," said Anna Berg in Paris on Monday.\n\n' * 200] * 3
    times = nlp.profile(texts, format="text", batch_size=2)
    stages = ("read", "segment", "pos", "entities", "resolve", "quotes", "python")
    assert set(times) == set(stages) | {"total"}
    assert all(times[key] > 0 for key in stages if key != "python")
    assert times["total"] >= sum(times[key] for key in stages) - 1e-9
    no_quotes = saywho.load(disable=["quotes"]).profile(texts[:1], format="text")
    assert no_quotes["quotes"] == 0 and no_quotes["segment"] > 0
    with pytest.raises(ValueError):
        nlp.profile(texts, batch_size=0)
