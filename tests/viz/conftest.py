"""Fixtures: the sample dataset (tests/fixtures/wsis-sample.trig) as quads, and its pictures (drawn by `wsiskg viz`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from graph_builder.exports import read_trig
from graph_builder.exports.index import GraphIndex
from graph_builder.viz import page_data
from tests.exports.sample_data import SAMPLE


@pytest.fixture(scope="session")
def sample_quads():
    return read_trig(SAMPLE)


@pytest.fixture(scope="session")
def sample_page_data(sample_quads) -> dict:
    return page_data(GraphIndex(sample_quads))


@pytest.fixture(scope="session")
def viz_run(tmp_path_factory, sample_quads) -> tuple[Path, subprocess.CompletedProcess]:
    """`wsiskg viz --data D --out OUT` on the sample: the pages and the static pictures, and what it printed."""
    from graph_builder.exports import write_one

    data = tmp_path_factory.mktemp("data")
    write_one("trig", sample_quads, data / "wsis.trig")
    out = tmp_path_factory.mktemp("viz")
    proc = subprocess.run([sys.executable, "-m", "graph_builder", "viz", "--data", str(data), "--out", str(out)],
                          capture_output=True, text=True, cwd=Path(__file__).parents[2])
    assert proc.returncode == 0, proc.stderr
    return out, proc


@pytest.fixture(scope="session")
def pictures(viz_run) -> Path:
    return viz_run[0]
