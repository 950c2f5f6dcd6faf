"""saywho.corpus.CorpusTable on hand-made documents (SCHEMA.md dicts), so
that the tests pin the table logic, not the models."""
import re

import pandas as pd
import pytest

from saywho import Doc
from saywho.corpus import CorpusTable


def make_doc(doc_id, text, entities, quotes=()):
    """A Doc from a readable spec.

    entities: [(canonical name, label, [surface forms as written])]; every
    whole-word occurrence of a surface form becomes a mention, unless it
    overlaps a mention found before it (list longer forms first).
    quotes: [(quoted words, speaker canonical name or None)]; the quoted
    words are found in the text.
    """
    mentions, ents = [], []
    for eid, (name, label, surfaces) in enumerate(entities):
        ids = []
        for surface in surfaces:
            for m in re.finditer(r"(?<!\w)%s(?!\w)" % re.escape(surface), text):
                if any(m.start() < t["end"] and t["start"] < m.end() for t in mentions):
                    continue
                ids.append(len(mentions))
                mentions.append({"start": m.start(), "end": m.end(), "text": surface, "label": label,
                                 "entity": eid})
        assert ids, "no mention of %r in the text" % name
        ents.append({"id": eid, "name": name, "label": label, "role": None, "mentions": ids})
    # SCHEMA.md lists mentions in text order; renumber to honour that.
    order = sorted(range(len(mentions)), key=lambda i: mentions[i]["start"])
    new_index = {old: new for new, old in enumerate(order)}
    mentions = [mentions[i] for i in order]
    for e in ents:
        e["mentions"] = sorted(new_index[i] for i in e["mentions"])
    names = {e["name"]: e["id"] for e in ents}
    qs = []
    for words, speaker in quotes:
        start = text.index(words)
        qs.append({"start": start, "end": start + len(words), "text": words, "kind": "direct",
                   "speaker": None if speaker is None else names[speaker], "confidence": 0.9})
    return Doc.from_dict({"id": doc_id, "text": text, "mentions": mentions, "entities": ents,
                          "quotes": qs})


def harbour_docs():
    d1 = make_doc(
        "a1",
        'Mayor Maria Okafor of Port Ellery said "the wall protects Port Ellery". '
        'Okafor added "Tomas Brandt is wrong". Tomas Brandt disagreed.',
        [("Maria Okafor", "PERSON", ["Maria Okafor", "Okafor"]),
         ("Port Ellery", "GPE", ["Port Ellery"]),
         ("Tomas Brandt", "PERSON", ["Tomas Brandt"])],
        [("the wall protects Port Ellery", "Maria Okafor"), ("Tomas Brandt is wrong", "Maria Okafor")])
    d2 = make_doc(
        "a2",
        'Brandt said "Okafor ignored the marsh near Port Ellery". The Northern Rail Authority agreed.',
        [("Brandt", "PERSON", ["Brandt"]), ("Okafor", "PERSON", ["Okafor"]),
         ("Port Ellery", "GPE", ["Port Ellery"]),
         ("Northern Rail Authority", "ORG", ["Northern Rail Authority"])],
        [("Okafor ignored the marsh near Port Ellery", "Brandt")])
    d3 = make_doc(
        "a3",
        'The NRA said "trains will run". Priya Natarajan of the NRA spoke in Port Ellery.',
        [("NRA", "ORG", ["NRA"]), ("Priya Natarajan", "PERSON", ["Priya Natarajan"]),
         ("Port Ellery", "GPE", ["Port Ellery"])],
        [("trains will run", "NRA")])
    return [d1, d2, d3]


def row(frame, **match):
    sel = frame
    for column, value in match.items():
        sel = sel[sel[column] == value]
    assert len(sel) == 1, (match, frame)
    return sel.iloc[0]


def test_entities_merge_exact_names_and_unique_aliases():
    table = CorpusTable.from_docs(harbour_docs())
    ents = table.entities()
    assert list(ents.columns) == ["name", "label", "n_articles", "n_mentions", "n_quotes_spoken"]
    okafor = row(ents, name="Maria Okafor", label="PERSON")
    assert (okafor.n_articles, okafor.n_mentions, okafor.n_quotes_spoken) == (2, 3, 2)
    brandt = row(ents, name="Tomas Brandt")
    assert (brandt.n_articles, brandt.n_mentions, brandt.n_quotes_spoken) == (2, 3, 1)
    nra = row(ents, name="Northern Rail Authority")
    assert (nra.n_articles, nra.n_mentions, nra.n_quotes_spoken) == (2, 3, 1)
    port = row(ents, name="Port Ellery", label="GPE")
    assert (port.n_articles, port.n_mentions) == (3, 4)
    # The short forms are gone: they live on in the full names.
    assert not set(ents["name"]) & {"Okafor", "Brandt", "NRA"}
    assert len(ents) == 5
    # Most widespread first.
    assert ents.iloc[0]["name"] == "Port Ellery"
    assert table.aliases() == {("Okafor", "PERSON"): ("Maria Okafor", "PERSON"),
                               ("Brandt", "PERSON"): ("Tomas Brandt", "PERSON"),
                               ("NRA", "ORG"): ("Northern Rail Authority", "ORG")}


def test_ambiguous_surname_is_not_merged():
    docs = harbour_docs()
    docs.append(make_doc("a4", "Daniel Okafor opened a shop.",
                         [("Daniel Okafor", "PERSON", ["Daniel Okafor"])]))
    ents = CorpusTable.from_docs(docs).entities()
    assert set(ents["name"]) >= {"Okafor", "Maria Okafor", "Daniel Okafor"}
    assert row(ents, name="Maria Okafor").n_mentions == 2
    assert row(ents, name="Okafor").n_mentions == 1


def test_labels_keep_entities_apart():
    docs = [make_doc("w1", "Washington said yes.", [("Washington", "GPE", ["Washington"])]),
            make_doc("w2", "Washington said no.", [("Washington", "PERSON", ["Washington"])]),
            make_doc("w3", "George Washington slept here.",
                     [("George Washington", "PERSON", ["George Washington"])])]
    ents = CorpusTable.from_docs(docs).entities()
    # The GPE stays itself; the bare PERSON surname joins the one full name.
    assert row(ents, name="Washington", label="GPE").n_articles == 1
    assert row(ents, name="George Washington", label="PERSON").n_articles == 2
    assert len(ents) == 2


def test_acronyms_need_a_matching_full_name_of_the_same_label():
    docs = [make_doc("x1", "The IMF warned.", [("IMF", "ORG", ["IMF"])]),
            make_doc("x2", "The International Monetary Fund warned.",
                     [("International Monetary Fund", "ORG", ["International Monetary Fund"])]),
            make_doc("x3", "The U.S. and the United States.",
                     [("U.S.", "GPE", ["U.S."]), ("United States", "GPE", ["United States"])]),
            make_doc("x4", "ECB and the European Central Bank, and the European Chess Board.",
                     [("ECB", "ORG", ["ECB"]), ("European Central Bank", "ORG", ["European Central Bank"]),
                      ("European Chess Board", "ORG", ["European Chess Board"])])]
    ents = CorpusTable.from_docs(docs).entities()
    assert row(ents, name="International Monetary Fund").n_articles == 2
    assert row(ents, name="United States").n_mentions == 2
    # Two full names fit ECB: no merge.
    assert row(ents, name="ECB").n_mentions == 1
    assert "IMF" not in set(ents["name"]) and "U.S." not in set(ents["name"])


def test_by_article_counts():
    table = CorpusTable.from_docs(harbour_docs())
    per = table.by_article()
    assert list(per.columns) == ["doc_id", "name", "label", "mentions", "quotes"]
    a1 = row(per, doc_id="a1", name="Maria Okafor")
    assert (a1.mentions, a1.quotes) == (2, 2)
    a2 = row(per, doc_id="a2", name="Maria Okafor")
    assert (a2.mentions, a2.quotes) == (1, 0)
    assert row(per, doc_id="a2", name="Tomas Brandt").quotes == 1
    # Totals agree with the corpus table.
    ents = table.entities()
    for _, e in ents.iterrows():
        sel = per[(per["name"] == e["name"]) & (per["label"] == e["label"])]
        assert sel["mentions"].sum() == e["n_mentions"]
        assert sel["quotes"].sum() == e["n_quotes_spoken"]
        assert sel["doc_id"].nunique() == e["n_articles"]


def test_same_name_twice_in_one_article_is_one_row():
    doc = make_doc("d", "Ana Ruiz met Ana Ruiz. Later Ruiz left.",
                   [("Ana Ruiz", "PERSON", ["Ana Ruiz"]), ("Ana Ruiz", "PERSON", ["Ruiz"])])
    per = CorpusTable.from_docs([doc]).by_article()
    assert len(per) == 1 and per.iloc[0]["mentions"] == 3


def test_quoted_about():
    table = CorpusTable.from_docs(harbour_docs())
    about = table.quoted_about()
    assert list(about.columns) == ["speaker", "speaker_label", "about", "about_label", "count"]
    pairs = {(r.speaker, r.about): r.count for r in about.itertuples()}
    assert pairs == {("Maria Okafor", "Port Ellery"): 1,
                     ("Maria Okafor", "Tomas Brandt"): 1,
                     ("Tomas Brandt", "Maria Okafor"): 1,   # "Okafor" inside the quote, aliased
                     ("Tomas Brandt", "Port Ellery"): 1}
    # A mention outside any quotation never counts: Natarajan is nobody's subject.
    assert "Priya Natarajan" not in set(about["about"])


def test_a_quote_counts_once_per_entity_and_not_about_its_speaker():
    doc = make_doc("q", 'Lena Park said "Lena Park and Lagos, Lagos again, and Lagos".',
                   [("Lena Park", "PERSON", ["Lena Park"]), ("Lagos", "GPE", ["Lagos"])],
                   [("Lena Park and Lagos, Lagos again, and Lagos", "Lena Park")])
    about = CorpusTable.from_docs([doc]).quoted_about()
    assert [(r.speaker, r.about, r.count) for r in about.itertuples()] == [("Lena Park", "Lagos", 1)]


def test_most_quoted():
    docs = harbour_docs()
    table = CorpusTable.from_docs(docs)
    top = table.most_quoted(2)
    assert list(top["name"]) == ["Maria Okafor", "Northern Rail Authority"]  # ties: more articles, then name
    assert list(top.columns) == list(table.entities().columns)
    everyone = table.most_quoted(100)
    assert (everyone["n_quotes_spoken"] > 0).all()
    assert list(everyone["n_quotes_spoken"]) == sorted(everyone["n_quotes_spoken"], reverse=True)


def test_unattributed_quotes_and_unlinked_mentions():
    text = 'Someone said "Rome is lovely". Rome agreed.'
    d = Doc.from_dict({"id": "u", "text": text,
                       "mentions": [{"start": 14, "end": 18, "label": "GPE", "entity": None},
                                    {"start": 31, "end": 35, "label": "GPE", "entity": 0}],
                       "entities": [{"id": 0, "name": "Rome", "label": "GPE", "mentions": [1]}],
                       "quotes": [{"start": 14, "end": 29, "kind": "direct", "speaker": None}]})
    table = CorpusTable.from_docs([d])
    assert table.quoted_about().empty
    assert table.most_quoted().empty
    assert row(table.entities(), name="Rome").n_mentions == 1


def test_ids_and_empty_table():
    empty = CorpusTable()
    for frame in (empty.entities(), empty.by_article(), empty.quoted_about(), empty.most_quoted()):
        assert isinstance(frame, pd.DataFrame) and frame.empty
    assert list(empty.entities().columns) == ["name", "label", "n_articles", "n_mentions",
                                              "n_quotes_spoken"]
    table = CorpusTable()
    nameless = make_doc(None, "Oslo.", [("Oslo", "GPE", ["Oslo"])])
    table.add(nameless)
    table.add(nameless)
    table.add(nameless, doc_id="given")
    assert list(table.by_article()["doc_id"]) == ["#0", "#1", "given"]
    assert row(table.entities(), name="Oslo").n_articles == 3
    assert len(table) == 3


def test_adding_articles_can_unmake_a_merge():
    table = CorpusTable()
    table.add(make_doc("1", "Kim spoke.", [("Kim", "PERSON", ["Kim"])]))
    table.add(make_doc("2", "Jae Kim spoke.", [("Jae Kim", "PERSON", ["Jae Kim"])]))
    assert set(table.entities()["name"]) == {"Jae Kim"}
    table.add(make_doc("3", "Min Kim spoke.", [("Min Kim", "PERSON", ["Min Kim"])]))
    assert set(table.entities()["name"]) == {"Kim", "Jae Kim", "Min Kim"}


def test_real_pipeline_output_is_accepted():
    import saywho
    nlp = saywho.load()
    texts = ['"We will rebuild," said Maria Okafor, the mayor of Port Ellery.', "", "Ünïcödé « quoted »."]
    table = CorpusTable.from_docs(nlp.pipe(texts))
    ents = table.entities()
    per = table.by_article()
    assert len(table) == 3
    assert ents["n_mentions"].sum() == per["mentions"].sum()
    assert (ents["n_articles"] >= 1).all()


def test_value_labels_are_left_out_unless_asked_for():
    doc = make_doc("v", 'Ada Lovelace said "on Monday we ship Analytical Engine and two more".',
                   [("Ada Lovelace", "PERSON", ["Ada Lovelace"]), ("Monday", "DATE", ["Monday"]),
                    ("two", "CARDINAL", ["two"]), ("Analytical Engine", "PRODUCT", ["Analytical Engine"])],
                   [("on Monday we ship Analytical Engine and two more", "Ada Lovelace")])
    named = CorpusTable.from_docs([doc])
    assert set(named.entities()["label"]) == {"PERSON", "PRODUCT"}
    assert list(named.quoted_about()["about"]) == ["Analytical Engine"]
    every = CorpusTable.from_docs([doc], labels=None)
    assert set(every.entities()["label"]) == {"PERSON", "DATE", "CARDINAL", "PRODUCT"}
    assert len(every.quoted_about()) == 3
    # A speaker whose label is left out speaks for nobody in the table.
    products = CorpusTable.from_docs([doc], labels=["PRODUCT"])
    assert products.most_quoted().empty and products.quoted_about().empty
    assert list(products.entities()["name"]) == ["Analytical Engine"]
