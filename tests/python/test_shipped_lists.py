"""The quotation lists learnt from PolNeAR train are what their scripts build
from the corpus and the rules as they are now, and the reporting verbs are
what their script writes.

The wider list of reporting verbs (models/build_reported_lexicon.py) is
counted from the corpus alone. The weak cues (models/build_weak_cues.py) are measured with the rules, and
the learned cue model (models/build_learned_cues.py) is trained after them,
and the confidence of reported quotations (models/build_quote_confidence.py)
last, so a change to the rules leaves them stale until they are rebuilt. These
tests rebuild them into a temporary folder and compare byte for byte. They
need the corpus beside the repository (../shared/data/quotes/polnear) and
are skipped without it; each reads all of train (seconds each).
"""
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TRAIN = REPO.parent / "shared" / "data" / "quotes" / "polnear" / "train.jsonl"
LEXICON = REPO / "resources" / "lexicon"

needs_corpus = pytest.mark.skipif(not TRAIN.exists(), reason="PolNeAR train not found at %s" % TRAIN)


def rebuild(script, out):
    subprocess.run([sys.executable, str(REPO / "models" / script), "--out", str(out)], cwd=REPO, check=True,
                   stdout=subprocess.DEVNULL)
    return out.read_bytes()


@needs_corpus
@pytest.mark.parametrize("script, shipped", [
    ("build_reported_lexicon.py", "quote_reported_verbs.tsv"),
    ("build_weak_cues.py", "quote_reported_weak_cues.txt"),
    ("build_learned_cues.py", "quote_learned_cue_weights.tsv"),
    ("build_quote_confidence.py", "quote_reported_confidence_weights.tsv"),
])
def test_shipped_list_matches_a_rebuild(tmp_path, script, shipped):
    rebuilt = rebuild(script, tmp_path / shipped)
    assert rebuilt == (LEXICON / shipped).read_bytes(), (
        "resources/lexicon/%s is stale: rebuild it with models/%s (weak cues first, then the learned cues, "
        "then the confidence)"
        % (shipped, script))


def test_shipped_cue_verbs_are_what_their_script_writes(tmp_path):
    # The reporting verbs are written out from a hand-kept list of lemmas:
    # an edit to the shipped file alone would be lost at the next rebuild.
    rebuilt = rebuild("build_cue_verbs.py", tmp_path / "quote_cue_verbs.tsv")
    assert rebuilt == (LEXICON / "quote_cue_verbs.tsv").read_bytes(), (
        "resources/lexicon/quote_cue_verbs.tsv differs from models/build_cue_verbs.py: edit the script and rerun it")
