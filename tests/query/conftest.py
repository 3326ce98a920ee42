"""Shared fixtures for the query tests: the fixture build (tests/fixtures/query-fixture.trig) and a real
Oxigraph server over it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graph_builder.query.api import KG
from graph_builder.server import OxigraphServer, prepare_location

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "query-fixture.trig"


@pytest.fixture(scope="session")
def fixture_data(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("query-build")
    shutil.copy(FIXTURE, folder / "wsis.trig")
    return folder


@pytest.fixture(scope="session")
def fixture_kg(fixture_data) -> KG:
    return KG(data_dir=fixture_data)


@pytest.fixture(scope="session")
def server(fixture_data, tmp_path_factory):
    location = prepare_location(fixture_data, tmp_path_factory.mktemp("oxigraph-store") / "store")
    srv = OxigraphServer(location).start()
    yield srv
    srv.stop()
