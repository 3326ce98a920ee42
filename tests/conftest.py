"""Shared fixtures: the bundled corpus, and one full build per test session (it takes a few seconds)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def documents():
    from graph_builder.structure import parse_corpus

    return parse_corpus(CORPUS)


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """A full build of the bundled corpus (validated, reasoned) written to a temporary build folder."""
    from graph_builder.pipeline import build

    out = tmp_path_factory.mktemp("build")
    result = build(CORPUS, out)
    return result, out


@pytest.fixture(scope="session")
def kg(built):
    from graph_builder.query.api import KG

    return KG(data_dir=built[1])
