"""doc.text[s.start:s.end] == s.text for every span, on random Unicode and
random markup, through the whole pipeline; and no crash on quotation marks
and frames thrown together, with every quotation option on."""
from hypothesis import HealthCheck, example, given, settings, strategies as st
import pytest

import saywho
from conftest import assert_spans_exact

PIECES = ["😀", "👩‍👩‍👧", "中文", "e\u0301", "\r\n", "\n\n", "é", " ", "\u00a0", "\t",
          "\u201c", "\u201d", "\u2018", "\u2019", '"', "'", "\u00ab", "\u00bb", "—",
          "Xi Jinping", "said", "U.S.", "Dr.", "Mr. Smith", "Inc.", ". ", ", ", "1.5", "$15",
          "https://example.com/a?b=c", "me@example.org", "\x00"]
MARKUP = ["[", "]", "(", ")", "](#)", "[1]", "<sup>[2]</sup>", "*", "**", "_", "\\", "`",
          "# ", "## ", "> ", "- ", "<p>", "</p>", "<a href='x'>", "</a>", "<br>", "&amp;",
          "&#x1F600;", "&bogus;", "<script>", "</script>", "<!--", "-->", "<", ">", "  \n"]

# Pieces of quotations and their frames: unbalanced and nested marks next to
# cues and speakers ('\u00ab(\u00bb\u00abx\u00ab he d:' once crashed the quotation stage).
FRAMES = ["he said:", " he d:", "she told", "according to", "WALLACE:", "PENCE: ", "said Anna Berg",
          ", she added, ", "\u00ab(", "\u00bb\u00ab", "\u2039", "\u203a", "(", ")", ":", " - ", "\n\n\u201c",
          "who said", "The mayor said the plan was", "\"a disaster,\""]

unicode_text = st.lists(st.one_of(st.characters(codec="utf-8"), st.sampled_from(PIECES)),
                        max_size=80).map("".join)
markup_text = st.lists(st.one_of(st.characters(codec="utf-8"), st.sampled_from(PIECES),
                                 st.sampled_from(MARKUP)), max_size=80).map("".join)
quotation_text = st.lists(st.one_of(st.sampled_from(PIECES), st.sampled_from(FRAMES),
                                    st.sampled_from(MARKUP)), max_size=60).map("".join)

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@given(unicode_text)
@SETTINGS
def test_plain_text_spans_are_exact(nlp, text):
    doc = nlp(text, format="text")
    assert doc.text == text
    assert_spans_exact(doc)
    for tok in doc:
        assert tok.text.strip() == tok.text != ""


@given(markup_text, st.sampled_from(["markdown", "html"]))
@SETTINGS
def test_markup_spans_are_exact(nlp, text, fmt):
    doc = nlp(text, format=fmt)
    assert_spans_exact(doc)
    # Every clean offset maps into the source.
    for s in doc.sentences:
        assert 0 <= doc.to_source(s.start) <= doc.to_source(s.end) <= len(text)


@pytest.fixture(scope="module")
def nlp_all_quotes():
    return saywho.load(quote_options=saywho.QuoteOptions(
        reported_speech=True, join_continuations=True, paraphrases=True))


@given(quotation_text, st.sampled_from(["text", "markdown", "html"]))
@example("\u00ab(\u00bb\u00abx\u00ab he d:", "text")
@settings(SETTINGS, max_examples=300)
def test_marks_and_frames_thrown_together(nlp_all_quotes, text, fmt):
    doc = nlp_all_quotes(text, format=fmt)
    assert_spans_exact(doc)
    for q in doc.quotes:
        assert q.kind in ("direct", "partial", "indirect", "term")
