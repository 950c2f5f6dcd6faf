"""The core's UTF-8 handling against the slow pure-Python reference."""
from hypothesis import given, settings, strategies as st

from saywho import _core, _reference

# Text rich in what breaks offset arithmetic: emoji (4 bytes), CJK (3),
# combining marks, CRLF, NUL.
tricky_text = st.lists(
    st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(["😀", "👩‍👩‍👧", "中", "文", "e\u0301", "\r\n", "\x00", "é", " ", "\n\n"]),
    ),
    max_size=100,
).map("".join)


@given(st.binary(max_size=64))
@settings(max_examples=400)
def test_find_invalid_utf8_matches_cpython(data):
    assert _core.find_invalid_utf8(data) == _reference.find_invalid_utf8(data)


@given(tricky_text, st.data())
@settings(max_examples=300)
def test_codepoint_offsets_match_reference(text, data):
    encoded = text.encode("utf-8")
    # Byte offsets at code-point boundaries.
    boundaries = sorted({len(text[:i].encode("utf-8")) for i in range(len(text) + 1)})
    picks = data.draw(st.lists(st.sampled_from(boundaries), max_size=20))
    assert _core.codepoint_offsets(text, picks) == _reference.codepoint_offsets(text, picks)
    assert _core.codepoint_offsets(text, [len(encoded)]) == [len(text)]


@given(st.binary(max_size=64))
@settings(max_examples=300)
def test_replacement_matches_cpython(data):
    nlp = _nlp()
    doc = nlp(data, format="text", errors="replace")
    assert doc.text == _reference.replace_invalid_utf8(data)


_cached = []


def _nlp():
    import saywho
    if not _cached:
        _cached.append(saywho.load(disable=["entities", "resolve", "quotes"]))
    return _cached[0]
