"""`saywho train ner` and `saywho evaluate ner` end to end on a tiny corpus."""
import re
import subprocess
import sys

SENTENCES = [
    [("Maria", "B-PER"), ("Lopez", "I-PER"), ("visited", "O"), ("Paris", "B-LOC"), (".", "O")],
    [("John", "B-PER"), ("Smith", "I-PER"), ("joined", "O"), ("Acme", "B-ORG"), ("Corp", "I-ORG"), (".", "O")],
    [("Berlin", "B-LOC"), ("welcomed", "O"), ("Maria", "B-PER"), ("Lopez", "I-PER"), (".", "O")],
    [("Acme", "B-ORG"), ("Corp", "I-ORG"), ("hired", "O"), ("John", "B-PER"), ("Smith", "I-PER"), (".", "O")],
]


def write_conll(path, sentences, copies):
    with open(path, "w", encoding="utf-8") as f:
        f.write("-DOCSTART-\tO\n\n")
        for _ in range(copies):
            for sent in sentences:
                for tok, tag in sent:
                    f.write("%s\t%s\n" % (tok, tag))
                f.write("\n")


def run(*args):
    return subprocess.run([sys.executable, "-m", "saywho", *args], capture_output=True, timeout=600)


def test_train_then_evaluate(tmp_path):
    train, dev, model = tmp_path / "train.conll", tmp_path / "dev.conll", tmp_path / "m.bin"
    write_conll(train, SENTENCES, 20)
    write_conll(dev, SENTENCES, 1)
    r = run("train", "ner", "--train", str(train), "--dev", str(dev), "-o", str(model), "--epochs", "3")
    assert r.returncode == 0, r.stderr.decode()
    assert model.stat().st_size > 0
    r = run("evaluate", "ner", "--gold", str(dev), "--model", str(model))
    assert r.returncode == 0, r.stderr.decode()
    last = r.stdout.decode().strip().splitlines()[-1]
    m = re.fullmatch(r"overall precision ([\d.]+) recall ([\d.]+) f1 ([\d.]+)", last)
    assert m, last
    # The training sentences themselves must be learnt.
    assert float(m.group(3)) > 0.9


def test_corrupt_model_is_a_clear_error(tmp_path):
    dev, model = tmp_path / "dev.conll", tmp_path / "bad.bin"
    write_conll(dev, SENTENCES, 1)
    model.write_bytes(b"not a model at all" * 10)
    r = run("evaluate", "ner", "--gold", str(dev), "--model", str(model))
    assert r.returncode == 1
    assert b"error" in r.stderr and b"Traceback" not in r.stderr
