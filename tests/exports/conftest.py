"""Shared fixtures: the sample dataset and its exports, written once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib

from graph_builder.exports import write_all
from tests.exports.sample_data import load_sample


@pytest.fixture(scope="session")
def sample_dataset() -> rdflib.Dataset:
    return load_sample()


@pytest.fixture(scope="session")
def exported(tmp_path_factory, sample_dataset) -> Path:
    out = tmp_path_factory.mktemp("exports")
    write_all(sample_dataset, out)
    return out
