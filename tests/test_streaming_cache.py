"""The streaming build's extraction cache: a rebuild reuses unchanged documents and writes the same quads."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph_builder.cli import cli
from graph_builder.extraction_cache import ExtractionCache, document_key, rule_version
from graph_builder.streaming import build_streaming, reuse_note
from graph_builder.synthetic import person_names, transform

ROOT = Path(__file__).resolve().parents[1]
SMALL = ("000", "001")  # the two short reports: a few seconds per build


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("WSISKG_CACHE", str(tmp_path / "cache"))


def _small_corpus(out: Path) -> Path:
    src = ROOT / "corpus"
    lines = (src / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    kept = [lines[0]] + [line for line in lines[1:] if line.split("\t", 1)[0] in SMALL]
    out.mkdir(parents=True)
    (out / "MANIFEST.tsv").write_text("\n".join(kept) + "\n", encoding="utf-8")
    for line in kept[1:]:
        name = line.split("\t")[1]
        shutil.copy(src / name, out / name)
    return out


def test_a_rebuild_after_one_change_reuses_the_other_document_and_writes_the_same_quads(tmp_path):
    corpus = _small_corpus(tmp_path / "corpus")
    first = build_streaming(corpus, tmp_path / "first", jobs=1)
    assert first.reused == []
    again = CliRunner().invoke(cli, ["build", "--corpus", str(corpus), "--data", str(tmp_path / "again"),
                                     "--jobs", "1"])
    assert again.exit_code == 0, again.output
    assert "reused 2 of 2 documents" in again.output
    assert (tmp_path / "again" / "wsis.nq").read_bytes() == (tmp_path / "first" / "wsis.nq").read_bytes()

    # one document changes (other years, numbers and people): only that one is processed again
    changed = corpus / "001-itu-sg-report-wsis-2003.zh.txt"
    changed.write_text(transform(changed.read_text(encoding="utf-8"), 3, person_names()), encoding="utf-8")
    cached = build_streaming(corpus, tmp_path / "cached", jobs=1)
    assert cached.reused == ["000"]
    fresh = build_streaming(corpus, tmp_path / "fresh", jobs=1, cache=False)
    assert fresh.reused is None
    for name in ("wsis.nq", "wsis.trig", "reports/facts-per-rule.tsv", "reports/warnings.tsv",
                 "reports/structure.tsv"):
        assert (tmp_path / "cached" / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes(), name
    assert (tmp_path / "cached" / "wsis.nq").read_bytes() != (tmp_path / "first" / "wsis.nq").read_bytes()


def test_keys_change_with_text_row_and_switches():
    row = {"id": "x", "file": "x.txt", "date_or_period": "2003"}
    key = document_key(row, "文本", validate=True, reason=True)
    assert key == document_key(dict(row), "文本", validate=True, reason=True)
    assert key != document_key(row, "文本。", validate=True, reason=True)
    assert key != document_key(dict(row, date_or_period="2004"), "文本", validate=True, reason=True)
    assert key != document_key(row, "文本", validate=False, reason=True)
    assert key != document_key(row, "文本", validate=True, reason=False)
    assert rule_version() == rule_version() and len(rule_version()) == 20


def test_entries_of_another_rule_version_are_not_seen_and_damaged_entries_are_misses(tmp_path):
    old = ExtractionCache(tmp_path, version="old")
    old.put("ab" * 32, {"value": 1})
    assert old.get("ab" * 32) == {"value": 1}
    assert ExtractionCache(tmp_path, version="new").get("ab" * 32) is None
    old._path("cd" * 32).parent.mkdir(parents=True)
    old._path("cd" * 32).write_bytes(b"not an entry")
    assert old.get("cd" * 32) is None
    assert reuse_note(2, 3) == "reused 2 of 3 documents"
