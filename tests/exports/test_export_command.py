"""``wsiskg export --format …`` writes one export from DATA/wsis.trig."""

from __future__ import annotations

import subprocess
import sys

import pytest

from graph_builder.cli import main

from tests.exports.sample_data import files


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "graph_builder", *args], capture_output=True, text=True)


@pytest.mark.parametrize("fmt,name", [("ttl", "wsis.ttl"), ("nq", "wsis.nq"), ("nt", "wsis.nt"),
                                      ("graphml", "wsis.graphml"), ("gexf", "wsis.gexf"), ("trig", "wsis.trig")])
def test_export_one_format_equals_write_all(exported, tmp_path, fmt, name):
    out = tmp_path / "one" / name
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "--format", fmt, "--data", str(exported), "--out", str(out)])
    assert exit_info.value.code == 0
    assert out.read_bytes() == (exported / name).read_bytes()


def test_export_jsonld_and_csv(exported, tmp_path):
    for fmt, out in (("jsonld", tmp_path / "j" / "wsis.jsonld"), ("csv", tmp_path / "csv")):
        with pytest.raises(SystemExit):
            main(["export", "--format", fmt, "--data", str(exported), "--out", str(out)])
    assert (tmp_path / "j" / "context.jsonld").read_bytes() == (exported / "context.jsonld").read_bytes()
    assert (tmp_path / "j" / "wsis.jsonld").read_bytes() == (exported / "wsis.jsonld").read_bytes()
    assert files(tmp_path / "csv") == files(exported / "csv")


def test_missing_build_is_one_line_error(tmp_path):
    result = run("export", "--format", "ttl", "--data", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr == f"wsiskg: error: {tmp_path}/wsis.trig: not found (run `wsiskg build` first, or pass --data)\n"


def test_broken_trig_is_one_line_error(tmp_path):
    (tmp_path / "wsis.trig").write_text("<a> <b> .\n", "utf-8")
    result = run("export", "--format", "nt", "--data", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.startswith(f"wsiskg: error: {tmp_path}/wsis.trig: not valid TriG")
    assert result.stderr.count("\n") == 1


def test_unknown_format_is_rejected(tmp_path):
    result = run("export", "--format", "xls", "--data", str(tmp_path))
    assert result.returncode == 2
    assert "xls" in result.stderr and "Traceback" not in result.stderr


def test_default_output_goes_into_the_data_folder(exported, tmp_path):
    (tmp_path / "wsis.trig").write_bytes((exported / "wsis.trig").read_bytes())
    result = run("export", "--format", "nt", "--data", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"wrote {tmp_path}/wsis.nt\n"
    assert (tmp_path / "wsis.nt").read_bytes() == (exported / "wsis.nt").read_bytes()
