import csv
import io
import json
import subprocess
import sys

from conftest import EXAMPLE


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "saywho", *args], input=stdin,
                          capture_output=True, timeout=300)


def test_extract_json_is_the_document(tmp_path):
    r = run("extract", str(EXAMPLE), "--format", "json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["text"] and isinstance(d["mentions"], list)


def test_extract_table_is_readable():
    r = run("extract", str(EXAMPLE))
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    assert "sentences" in out and "quotes" in out


def test_stdin_and_input_format():
    r = run("extract", "-", "--input", "text", "--format", "json", stdin="# not a heading".encode())
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["text"] == "# not a heading"


def test_jsonl_corpus_in_and_out(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": "a%d" % i, "text": "Text %d." % i}) for i in range(5)))
    r = run("extract", str(corpus), "--format", "jsonl", "--threads", "2")
    assert r.returncode == 0, r.stderr
    lines = [json.loads(l) for l in r.stdout.decode().splitlines()]
    assert [l["id"] for l in lines] == ["a%d" % i for i in range(5)]
    assert lines[3]["text"] == "Text 3."


def test_csv_has_a_header():
    r = run("extract", str(EXAMPLE), "--format", "csv", "--table", "entities")
    assert r.returncode == 0, r.stderr
    rows = list(csv.reader(io.StringIO(r.stdout.decode())))
    assert rows == [] or rows[0][:4] == ["doc_id", "id", "name", "label"]


def test_errors_go_to_stderr_with_nonzero_exit(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"abc \xff")
    r = run("extract", str(bad))
    assert r.returncode == 1
    assert b"byte 4" in r.stderr and r.stdout == b""
    r = run("extract", str(tmp_path / "missing.md"))
    assert r.returncode == 1 and b"error" in r.stderr
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": 1, "text": "ok"}\nnot json\n')
    r = run("extract", str(broken))
    assert r.returncode == 1 and b"broken.jsonl:2" in r.stderr
    r = run("extract")
    assert r.returncode == 2
