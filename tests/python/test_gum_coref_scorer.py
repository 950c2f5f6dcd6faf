"""The GUM coreference scorer on a hand-made CoNLL-U snippet.

The module is loaded from its file so that the test needs neither the
compiled core nor an installed package.
"""
import importlib.util
import sys
from pathlib import Path

import pytest

PATH = Path(__file__).resolve().parents[2] / "python" / "saywho" / "scoring" / "gum_coref.py"


@pytest.fixture(scope="module")
def gum():
    spec = importlib.util.spec_from_file_location("gum_coref_under_test", PATH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def row(i, form, upos, head, misc="_"):
    return "\t".join([str(i), form, form.lower(), upos, "_", "_", str(head), "dep", "_", misc])


# Two paragraphs. Entity 1 (person): "Ada Lovelace", "Lovelace" (named) and
# "she" (a pronoun: not named). Entity 2 (place): "London" twice. Entity 3
# (organization): "the Royal Society" once. Entity 4 (person): "the
# mathematician", common noun head, never named. "don't" is a multi-word token.
SNIPPET = "\n".join([
    "# newdoc id = doc_a",
    "# newpar",
    "# text = Ada Lovelace left London.",
    row(1, "Ada", "PROPN", 3, "Entity=(1-person-new-x-x-1,2-coref"),
    row(2, "Lovelace", "PROPN", 1, "Entity=1)"),
    row(3, "left", "VERB", 0),
    row(4, "London", "PROPN", 3, "Entity=(2-place-new-x-x-1-coref-London)|SpaceAfter=No"),
    row(5, ".", "PUNCT", 3),
    "",
    "# text = Lovelace don't see the mathematician.",
    row(1, "Lovelace", "PROPN", 4, "Entity=(1-person-giv-x-x-1-coref)"),
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
    row(2, "do", "AUX", 4),
    row(3, "n't", "PART", 4),
    row(4, "see", "VERB", 0),
    row(5, "the", "DET", 6, "Entity=(4-person-new-x-x-2-coref"),
    row(6, "mathematician", "NOUN", 4, "Entity=4)|SpaceAfter=No"),
    row(7, ".", "PUNCT", 4),
    "",
    "# newpar",
    "# text = She loved London and the Royal Society.",
    row(1, "She", "PRON", 2, "Entity=(1-person-giv-x-x-1-coref)"),
    row(2, "loved", "VERB", 0),
    row(3, "London", "PROPN", 2, "Entity=(2-place-giv-x-x-1-coref-London)"),
    row(4, "and", "CCONJ", 7),
    row(5, "the", "DET", 7, "Entity=(3-organization-new-x-x-2,3-sgl"),
    row(6, "Royal", "PROPN", 7),
    row(7, "Society", "PROPN", 3, "Entity=3)|SpaceAfter=No"),
    row(8, ".", "PUNCT", 2),
    "",
])

TEXT = "Ada Lovelace left London. Lovelace don't see the mathematician.\n\n" \
       "She loved London and the Royal Society."


def find(text, sub, nth=0):
    at = -1
    for _ in range(nth + 1):
        at = text.index(sub, at + 1)
    return at, at + len(sub)


def test_text_and_mentions(gum):
    (doc,) = gum.parse_conllu(SNIPPET.splitlines(True))
    assert doc.id == "doc_a"
    assert doc.text == TEXT
    got = [(doc.text[m.start:m.end], m.entity, m.etype, m.named) for m in doc.mentions]
    assert got == [
        ("Ada Lovelace", "1", "person", True),
        ("London", "2", "place", True),
        ("Lovelace", "1", "person", True),
        ("the mathematician", "4", "person", False),
        ("She", "1", "person", False),
        ("London", "2", "place", True),
        ("the Royal Society", "3", "organization", True),
    ]
    assert doc.mentions[1].identity == "London"
    assert doc.mentions[0].identity is None
    # The head of "Ada Lovelace" is "Ada" (Lovelace depends on it); of
    # "the Royal Society", "Society".
    assert doc.text[doc.mentions[0].head_start:doc.mentions[0].head_end] == "Ada"
    assert doc.text[doc.mentions[6].head_start:doc.mentions[6].head_end] == "Society"


def prediction(spans):
    """spans: (surface, nth occurrence, label, entity id)."""
    mentions = []
    for surface, nth, label, entity in spans:
        start, end = find(TEXT, surface, nth)
        mentions.append({"start": start, "end": end, "label": label, "entity": entity})
    return {"mentions": mentions}


@pytest.fixture(scope="module")
def doc(gum):
    return gum.parse_conllu(SNIPPET.splitlines(True))[0]


def test_all_right(gum, doc):
    pred = prediction([("Ada Lovelace", 0, "PERSON", 0), ("London", 0, "GPE", 1),
                       ("Lovelace", 1, "PERSON", 0), ("London", 1, "GPE", 1),
                       ("Royal Society", 0, "ORG", 2)])
    result = gum.score_document(doc, pred)
    # Lovelace and London are named twice; the Royal Society only once.
    assert (result["eligible"], result["judged"], result["correct"]) == (2, 2, 2)


def test_split_entity_is_wrong(gum, doc):
    pred = prediction([("Ada Lovelace", 0, "PERSON", 0), ("London", 0, "GPE", 1),
                       ("Lovelace", 1, "PERSON", 5), ("London", 1, "GPE", 1)])
    result = gum.score_document(doc, pred)
    assert (result["judged"], result["correct"]) == (2, 1)
    assert "Lovelace" in result["errors"][0]


def test_merged_entities_are_wrong(gum, doc):
    pred = prediction([("Ada Lovelace", 0, "PERSON", 0), ("London", 0, "GPE", 0),
                       ("Lovelace", 1, "PERSON", 0), ("London", 1, "GPE", 0)])
    assert gum.score_document(doc, pred)["correct"] == 0


def test_unmatched_and_numeric_mentions_do_not_count(gum, doc):
    # "London" only once, and a DATE over the second one: London is not judged.
    pred = prediction([("Ada Lovelace", 0, "PERSON", 0), ("London", 0, "GPE", 1),
                       ("Lovelace", 1, "PERSON", 0), ("London", 1, "DATE", 7),
                       ("She", 0, "PERSON", 0)])
    result = gum.score_document(doc, pred)
    assert (result["eligible"], result["judged"], result["correct"]) == (2, 1, 1)


def test_head_word_decides(gum, doc):
    # GUM heads "Ada Lovelace" on "Ada" (flat): "Lovelace" inside it does not
    # count, so Lovelace has one matched mention and is not judged.
    pred = prediction([("Lovelace", 0, "PERSON", 9), ("London", 0, "GPE", 1),
                       ("Lovelace", 1, "PERSON", 0), ("London", 1, "GPE", 1)])
    result = gum.score_document(doc, pred)
    assert (result["judged"], result["correct"]) == (1, 1)


def test_grossly_wrong_spans_do_not_count(gum, doc):
    # "Lovelace left London" covers London's head but is mostly other words.
    pred = prediction([("Ada Lovelace", 0, "PERSON", 0), ("Lovelace left London", 0, "GPE", 0),
                       ("Lovelace", 1, "PERSON", 0), ("London", 1, "GPE", 1)])
    result = gum.score_document(doc, pred)
    assert (result["judged"], result["correct"]) == (1, 1)
    loose = gum.score_document(doc, pred, min_overlap=0.0)
    assert (loose["judged"], loose["correct"]) == (2, 0)


def test_mention_without_entity_fails(gum, doc):
    pred = prediction([("Ada Lovelace", 0, "PERSON", 0), ("London", 0, "GPE", 1),
                       ("Lovelace", 1, "PERSON", None), ("London", 1, "GPE", 1)])
    result = gum.score_document(doc, pred)
    assert (result["judged"], result["correct"]) == (2, 1)
    assert "predicted ['0', 'None']" in result["errors"][0]


def test_score_sums_documents(gum, doc):
    good = prediction([("Ada Lovelace", 0, "PERSON", 0), ("London", 0, "GPE", 1),
                       ("Lovelace", 1, "PERSON", 0), ("London", 1, "GPE", 1)])
    bad = prediction([("Ada Lovelace", 0, "PERSON", 0), ("London", 0, "GPE", 0),
                      ("Lovelace", 1, "PERSON", 0), ("London", 1, "GPE", 0)])
    total = gum.score([doc, doc], [good, bad])
    assert (total["judged"], total["correct"]) == (4, 2)
    assert total["accuracy"] == 0.5 and total["coverage"] == 1.0
    assert gum.score([], [])["accuracy"] == 0.0
