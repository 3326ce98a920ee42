"""Fixtures: the sample dataset (tests/fixtures/wsis-sample.trig) as quads, and its pictures."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_builder.exports import read_trig
from graph_builder.exports.index import GraphIndex
from graph_builder.viz import page_data, write_viz
from tests.exports.sample_data import SAMPLE


@pytest.fixture(scope="session")
def sample_quads():
    return read_trig(SAMPLE)


@pytest.fixture(scope="session")
def sample_page_data(sample_quads) -> dict:
    return page_data(GraphIndex(sample_quads))


@pytest.fixture(scope="session")
def pictures(tmp_path_factory, sample_quads) -> Path:
    out = tmp_path_factory.mktemp("viz")
    write_viz(sample_quads, out)
    return out
