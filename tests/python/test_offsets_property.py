"""doc.text[s.start:s.end] == s.text for every span, on random Unicode and
random markup, through the whole pipeline."""
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import assert_spans_exact

PIECES = ["😀", "👩‍👩‍👧", "中文", "e\u0301", "\r\n", "\n\n", "é", " ", "\u00a0", "\t",
          "\u201c", "\u201d", "\u2018", "\u2019", '"', "'", "\u00ab", "\u00bb", "—",
          "Xi Jinping", "said", "U.S.", "Dr.", "Mr. Smith", "Inc.", ". ", ", ", "1.5", "$15",
          "https://example.com/a?b=c", "me@example.org", "\x00"]
MARKUP = ["[", "]", "(", ")", "](#)", "[1]", "<sup>[2]</sup>", "*", "**", "_", "\\", "`",
          "# ", "## ", "> ", "- ", "<p>", "</p>", "<a href='x'>", "</a>", "<br>", "&amp;",
          "&#x1F600;", "&bogus;", "<script>", "</script>", "<!--", "-->", "<", ">", "  \n"]

unicode_text = st.lists(st.one_of(st.characters(codec="utf-8"), st.sampled_from(PIECES)),
                        max_size=80).map("".join)
markup_text = st.lists(st.one_of(st.characters(codec="utf-8"), st.sampled_from(PIECES),
                                 st.sampled_from(MARKUP)), max_size=80).map("".join)

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
