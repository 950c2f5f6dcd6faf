"""The example article read through the package: citations, metadata, page
repairs and markup removal (the reader's figures the scorers check)."""
import re

from conftest import EXAMPLE, assert_spans_exact


def test_metadata(example_doc):
    md = example_doc.metadata
    assert md.title == "China's Long March to Technological Supremacy"
    assert md.author == "Julian Baird Gewirtz"
    assert md.date == "2019-08-27"
    assert md.source_url.startswith("https://www.foreignaffairs.com/articles/china/2019-08-27/")


def test_footnote_urls_and_anchors(example_doc):
    numbered = {c.n for c in example_doc.citations if c.n is not None and c.url}
    assert numbered == set(range(1, 33))
    pairs = {(c.anchor, c.n) for c in example_doc.citations}
    for anchor, n in [("greater freedom", 1), ("Evan Feigenbaum", 6), ("Huawei", 13),
                      ("high-profile endorsements", 13), ("the greatest transfer of wealth", 15),
                      ("positioned", None)]:
        assert (anchor, n) in pairs


def test_markup_is_gone_and_page_breaks_repaired(example_doc):
    text = example_doc.text
    for junk in ("](", "<sup>", "[1]", "\\$", "*Harvard"):
        assert junk not in text
    assert "China's military backwardness" in text
    assert "give Chinese labs an edge" in text
    assert "$15 billion" in text
    assert "- [1] <https" not in text  # the reference list left the body


def test_source_map_points_at_the_same_words(example_doc):
    source = open(EXAMPLE, encoding="utf-8").read()
    for c in example_doc.citations:
        if c.anchor:
            start = example_doc.to_source(c.start)
            assert source[start:start + len(c.anchor)] == c.anchor


def test_spans_and_sentences(example_doc):
    assert_spans_exact(example_doc)
    sents = [s.text for s in example_doc.sentences]
    assert any(s.startswith('"Imagine if the Internet') and "George W. Bush said" in s for s in sents)
    assert not any(re.search(r"\bW\.$", s) for s in sents)

