"""Bad input: one line naming the file and the problem, non-zero exit, no traceback, exports untouched."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MANIFEST_HEADER = "id\tfile\tlanguage\ttitle_en\ttitle_zh\tpublisher\tdate_or_period\tcontents\n"


def _corpus(tmp_path: Path, files: dict[str, bytes], rows: list[str] | None = None) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, data in files.items():
        (corpus / name).write_bytes(data)
    if rows is None:
        rows = [f"{i:03d}\t{name}\tzh\tT\t题\tITU\t2002\tx" for i, name in enumerate(files)]
    (corpus / "MANIFEST.tsv").write_text(MANIFEST_HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return corpus


def _run(corpus: Path, data: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "graph_builder", "build", "--corpus", str(corpus), "--data", str(data)],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )


def _outside(tmp: Path, name_for) -> Path:
    """A corpus whose manifest names a file outside the folder (the secret is a valid text)."""
    secret = tmp / "secret.txt"
    secret.write_bytes(GOOD)
    corpus = _corpus(tmp, {}, [])
    row = f"000\t{name_for(corpus, secret)}\tzh\tT\t题\tITU\t2002\tx\n"
    (corpus / "MANIFEST.tsv").write_text(MANIFEST_HEADER + row, encoding="utf-8")
    return corpus


def _symlink_out(corpus: Path, secret: Path) -> str:
    (corpus / "inside.txt").symlink_to(secret)
    return "inside.txt"


GOOD = "1. 第一段。\n\n2. 第二段。\n".encode("utf-8")

CASES = {
    "missing-folder": (lambda tmp: tmp / "nope", "corpus folder not found"),
    "missing-manifest": (lambda tmp: (tmp / "c").mkdir() or tmp / "c", "manifest not found"),
    "malformed-row": (lambda tmp: _corpus(tmp, {"a.txt": GOOD}, ["000\ta.txt\tzh"]), "malformed row"),
    "missing-file": (lambda tmp: _corpus(tmp, {}, ["000\tgone.txt\tzh\tT\t题\tITU\t2002\tx"]), "not found"),
    "gbk": (lambda tmp: _corpus(tmp, {"g.txt": "1. 第一段。\n".encode("gbk")}), "not UTF-8"),
    "empty": (lambda tmp: _corpus(tmp, {"e.txt": b"  \n\n"}), "empty file"),
    "binary": (lambda tmp: _corpus(tmp, {"b.txt": bytes(range(256)) * 4}), "binary file"),
    "absolute-path": (lambda tmp: _outside(tmp, lambda corpus, secret: str(secret)), "outside the corpus folder"),
    "dotdot-path": (lambda tmp: _outside(tmp, lambda corpus, secret: "../secret.txt"), "outside the corpus folder"),
    "symlink-out": (lambda tmp: _outside(tmp, _symlink_out), "outside the corpus folder"),
    "too-large": (lambda tmp: _corpus(tmp, {"big.txt": b"1. " + "\u6587".encode("utf-8") * 1_800_000}),
                  "document too large"),
}
# A text without numbered paragraphs is not bad input: it is read as unnumbered paragraphs (with a warning);
# tests/structure/test_layouts.py covers it.


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_is_one_clear_line(tmp_path, case):
    make, problem = CASES[case]
    corpus = make(tmp_path)
    data = tmp_path / "exports"
    data.mkdir()
    sentinel = data / "wsis.trig"
    sentinel.write_text("previous build\n", encoding="utf-8")
    proc = _run(corpus, data)
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("wsiskg: error: ")
    assert problem in lines[0]
    if problem == "document too large":
        assert "--jobs" in lines[0]
    assert "Traceback" not in proc.stderr
    name_hint = {"missing-folder": "nope", "missing-manifest": "MANIFEST.tsv", "malformed-row": "MANIFEST.tsv",
                 "absolute-path": "MANIFEST.tsv", "dotdot-path": "MANIFEST.tsv", "symlink-out": "MANIFEST.tsv"}
    assert name_hint.get(case, ".txt") in lines[0]
    assert sentinel.read_text(encoding="utf-8") == "previous build\n"
    assert sorted(p.name for p in data.iterdir()) == ["wsis.trig"]


def test_validation_errors_name_the_input_file():
    """A SHACL violation names the input file of the node it is about (a structure node by its IRI, a
    fact through its evidence), before the problem."""
    from rdflib import Dataset, Literal, URIRef
    from rdflib.namespace import RDF

    from graph_builder.errors import ValidationFailed
    from graph_builder.rdf.namespaces import WSIS
    from graph_builder.validation import ValidationReport, ValidationRow, source_namer

    files = {"000": "corpus/a.txt", "001": "corpus/b.txt"}
    data = Dataset()
    fact, statement, evidence = URIRef("urn:x:event"), URIRef("urn:x:st"), URIRef("urn:x:ev")
    data.add((statement, RDF.subject, fact))
    data.add((statement, WSIS.evidence, evidence))
    data.add((evidence, WSIS.source, URIRef("https://w3id.org/wsiskg/doc/001/para/4")))
    data.add((evidence, WSIS.quote, Literal("…")))
    name = source_namer(files, data)
    for focus, file in (("https://w3id.org/wsiskg/doc/000/heading/2", "corpus/a.txt"), (str(fact), "corpus/b.txt")):
        report = ValidationReport(False, [ValidationRow("Heading 2", focus, "wsis:isoDate", "not a date")])
        with pytest.raises(ValidationFailed) as failed:
            report.raise_if_failed(name)
        assert str(failed.value).startswith(f"{file}: validation: 1 violation(s)")
        assert "not a date" in str(failed.value)
