"""saywho.display (HTML) and saywho.frames (pandas) on hand-made documents
(SCHEMA.md dicts through Doc.from_dict), independent of the models."""
import html
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings, strategies as st

from saywho import Doc, display, frames

NASTY = 'Zoë <b>said</b> "Tom & Jerry" \'ok\' <script>alert(1)</script>\nnext line 😀 — end.'


class _Reader(HTMLParser):
    """Rebuilds what a reader sees from render()'s HTML: the text without the
    small label badges, the marks in order, and whether tags nest properly."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.text, self.marks, self.badge_depth, self.balanced = [], [], [], 0, True

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "br":
            self.text.append("\n")
            return
        self.stack.append(tag)
        if tag == "mark":
            self.marks.append({"class": attrs.get("class"), "title": attrs.get("title"),
                               "start": len("".join(self.text))})
        if tag == "span":
            self.badge_depth += 1

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.balanced = False
        if tag == "span":
            self.badge_depth -= 1

    def handle_data(self, data):
        if self.badge_depth == 0:
            self.text.append(data)


def read_html(markup):
    reader = _Reader()
    reader.feed(markup)
    reader.close()
    assert reader.balanced and reader.stack == [], markup
    return "".join(reader.text), reader.marks


def spans_doc(text, mentions=(), quotes=()):
    """mentions: (start, end, label); quotes: (start, end, kind, speaker span or None)."""
    return Doc.from_dict({
        "id": "t", "text": text,
        "mentions": [{"start": s, "end": e, "label": label, "entity": None} for s, e, label in mentions],
        "quotes": [{"start": s, "end": e, "kind": kind, "speaker": None,
                    "speaker_start": None if sp is None else sp[0],
                    "speaker_end": None if sp is None else sp[1], "confidence": 0.5}
                   for s, e, kind, sp in quotes]})


def find(text, words):
    start = text.index(words)
    return start, start + len(words)


def article():
    text = NASTY
    zoe, tom, script = find(text, "Zoë"), find(text, "Tom & Jerry"), find(text, "<script>")
    said = find(text, "said")
    quote = find(text, "Tom & Jerry")
    return Doc.from_dict({
        "id": "a&b", "text": text,
        "metadata": {"title": "T <i>", "date": "2026-01-02"},
        "mentions": [{"start": zoe[0], "end": zoe[1], "label": "PERSON", "entity": 0},
                     {"start": tom[0], "end": tom[1], "label": "ORG", "entity": 1},
                     {"start": script[0], "end": script[1], "label": "<LABEL>", "entity": None}],
        "entities": [{"id": 0, "name": "Zoë", "label": "PERSON", "role": "a \"poet\"", "mentions": [0]},
                     {"id": 1, "name": "Tom & Jerry", "label": "ORG", "role": None, "mentions": [1]}],
        "quotes": [{"start": quote[0], "end": quote[1], "kind": "direct", "speaker": 0,
                    "speaker_start": zoe[0], "speaker_end": zoe[1], "cue_start": said[0],
                    "cue_end": said[1], "confidence": 0.8, "citations": [3]}],
        "citations": [{"n": 3, "url": "https://example.com/?a=1&b=2", "start": said[0], "end": said[1]},
                      {"n": None, "url": None, "start": 0, "end": 0}]})


# -- display -------------------------------------------------------------------

@pytest.mark.parametrize("style", ["ent", "quote"])
def test_render_escapes_text_and_keeps_it_whole(style):
    doc = article()
    markup = display.render(doc, style=style)
    assert "<script>" not in markup and "<b>" not in markup and "<LABEL>" not in markup
    text, _ = read_html(markup)
    assert text == doc.text


def test_every_mention_shows_up_once():
    doc = article()
    text, marks = read_html(display.render(doc, style="ent"))
    assert len(marks) == len(doc.mentions)
    for mark, mention in zip(marks, doc.mentions):
        assert mark["start"] == mention.start
        assert mark["class"] == "saywho-" + mention.label
    # The entity's canonical name is in the tooltip (escaped in the source).
    assert marks[1]["title"] == "ORG: Tom & Jerry"


def test_quote_style_marks_quote_speaker_and_cue():
    doc = article()
    _, marks = read_html(display.render(doc, style="quote"))
    assert sorted(m["class"] for m in marks) == ["saywho-CUE", "saywho-SPEAKER", "saywho-direct"]
    quote_mark = next(m for m in marks if m["class"] == "saywho-direct")
    assert quote_mark["title"] == "direct quote, Zoë"


def test_unknown_style_and_custom_colours():
    doc = article()
    with pytest.raises(ValueError):
        display.render(doc, style="dep")
    assert "#123456" in display.render(doc, colors={"PERSON": "#123456"})
    assert doc._repr_html_() == display.render(doc, style="ent")


def test_nested_and_crossing_spans():
    text = "abcdefghijklmnopqrstuvwxyz"
    # [0,10) holds [2,5) which holds [3,4); [8,14) crosses [0,10); [20,26) ends the text.
    doc = spans_doc(text, [(0, 10, "ORG"), (2, 5, "PERSON"), (3, 4, "GPE"), (8, 14, "LOC"),
                           (20, 26, "DATE"), (20, 26, "TIME")])
    shown, marks = read_html(display.render(doc))
    assert shown == text
    starts = [m["start"] for m in marks]
    assert starts.count(0) == 1 and 2 in starts and 3 in starts
    assert 8 not in starts           # the crossing span is the one left out
    assert starts.count(20) == 2     # identical spans nest


def test_empty_document():
    shown, marks = read_html(display.render(spans_doc("")))
    assert shown == "" and marks == []


span = st.tuples(st.integers(0, 40), st.integers(0, 40)).map(sorted)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("ab <>&\"'\n😀é")), max_size=40),
       spans=st.lists(span, max_size=12), style=st.sampled_from(["ent", "quote"]))
def test_random_spans_never_break_the_html(text, spans, style):
    spans = [(min(s, len(text)), min(e, len(text))) for s, e in spans]
    if style == "ent":
        doc = spans_doc(text, [(s, e, "PERSON") for s, e in spans])
    else:
        doc = spans_doc(text, quotes=[(s, e, "partial", spans[(i + 1) % len(spans)])
                                      for i, (s, e) in enumerate(spans)])
    shown, marks = read_html(display.render(doc, style=style))
    assert shown == text
    assert len(marks) <= len(spans) * (1 if style == "ent" else 2)
    if style == "ent" and all(e1 <= s2 for (s1, e1), (s2, e2) in zip(sorted(spans), sorted(spans)[1:])):
        assert len(marks) == len(spans)   # disjoint spans: all shown


# -- frames --------------------------------------------------------------------

COLUMNS = {
    "mentions": ["doc_id", "start", "end", "text", "label", "entity", "entity_name"],
    "entities": ["doc_id", "id", "name", "label", "role", "mentions", "quotes"],
    "quotes": ["doc_id", "start", "end", "kind", "speaker", "speaker_text", "speaker_entity", "cue",
               "confidence", "text"],
    "citations": ["doc_id", "n", "url", "anchor", "start", "end"],
}


@pytest.mark.parametrize("docs", [[], [spans_doc("")]], ids=["no docs", "empty doc"])
def test_frames_have_columns_even_when_empty(docs):
    for name, columns in COLUMNS.items():
        frame = getattr(frames, name + "_frame")(docs)
        assert list(frame.columns) == columns and frame.empty


def test_frames_rows_and_values():
    doc = article()
    tables = doc.to_frames()
    assert set(tables) == set(COLUMNS)
    for name, columns in COLUMNS.items():
        assert list(tables[name].columns) == columns
    mentions, entities, quotes, cites = (tables[k] for k in ("mentions", "entities", "quotes", "citations"))
    assert len(mentions) == 3 and len(entities) == 2 and len(quotes) == 1 and len(cites) == 2
    assert list(mentions["text"]) == [doc.text[m.start:m.end] for m in doc.mentions]
    assert list(mentions["entity_name"].iloc[:2]) == ["Zoë", "Tom & Jerry"]
    assert mentions["entity_name"].isna().iloc[2]
    q = quotes.iloc[0]
    assert (q["speaker"], q["speaker_text"], q["cue"], q["text"]) == ("Zoë", "Zoë", "said", "Tom & Jerry")
    assert q["speaker_entity"] == 0 and q["confidence"] == pytest.approx(0.8)
    e = entities.set_index("name")
    assert e.loc["Zoë", "quotes"] == 1 and e.loc["Tom & Jerry", "quotes"] == 0
    assert e.loc["Zoë", "role"] == 'a "poet"'
    assert list(cites["anchor"].iloc[:1]) == ["said"] and cites["anchor"].isna().iloc[1]
    assert (mentions["doc_id"] == "a&b").all()


def test_corpus_frames_concatenate_documents():
    docs = [article(), spans_doc("x y", [(0, 1, "PERSON")]), article()]
    mentions = frames.mentions_frame(docs)
    assert len(mentions) == sum(len(d.mentions) for d in docs)
    assert list(mentions["doc_id"]) == ["a&b"] * 3 + ["t"] + ["a&b"] * 3
    assert len(frames.quotes_frame(iter(docs))) == 2     # any iterable, e.g. nlp.pipe(...)
