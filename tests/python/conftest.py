from pathlib import Path

import pytest

import saywho

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "article.md"


@pytest.fixture(scope="session")
def nlp():
    return saywho.load()


@pytest.fixture(scope="session")
def example_doc(nlp):
    return nlp.read(EXAMPLE)


def assert_spans_exact(doc):
    """Every span the document holds indexes its text exactly and in bounds."""
    n = len(doc.text)
    spans = list(doc.ents) + doc.sentences + doc.paragraphs + doc.markup + [t for t in doc]
    for q in doc.quotes:
        spans.append(q.span)
        spans += [s for s in (q.speaker_span, q.cue_span) if s is not None]
    for e in doc.entities:
        if e.role_span is not None:
            spans.append(e.role_span)
    for s in spans:
        assert 0 <= s.start <= s.end <= n, s
        assert doc.text[s.start:s.end] == s.text
    for c in doc.citations:
        assert 0 <= c.start <= c.end <= n
    return spans
