"""Entity pages and the endpoint UI in headless Chromium (scripts/install-browser.sh): the page renders with
its quotes highlighted, and a ?query= link to the UI runs the query and draws its rows, offline."""

from __future__ import annotations

import re
import urllib.parse

import pytest

from tests.viz.test_browser import chromium, chromium_present  # noqa: F401  (the fixture installs Chromium)

pytestmark = [pytest.mark.browser, pytest.mark.server]


@pytest.fixture(scope="module")
def front(fixture_data, tmp_path_factory):
    from graph_builder.pages.web import PagesFront
    from graph_builder.server import OxigraphServer, prepare_location

    location = prepare_location(fixture_data, tmp_path_factory.mktemp("browser-store") / "store")
    with PagesFront(OxigraphServer(location)) as running:
        yield running


def test_entity_page_in_chromium(front, tmp_path):
    dom = chromium(tmp_path, "--dump-dom", front.base_url + "/id/body/hlsoc").stdout
    assert 'data-iri="https://w3id.org/wsiskg/id/body/hlsoc"' in dom and "<mark>" in dom
    assert re.search(r"<h1>.*High-Level Summit Organizing Committee.*</h1>", dom)


def test_query_link_runs_in_the_ui(front, tmp_path):
    query = "SELECT ?l WHERE { body:hlsoc rdfs:label ?l }"  # project prefixes are predeclared
    dom = chromium(tmp_path, "--dump-dom", f"{front.base_url}/?query={urllib.parse.quote(query)}").stdout
    assert 'data-ready="yes"' in dom and 'data-rows="2"' in dom, dom[-800:]
    assert "High-Level Summit Organizing Committee" in dom
