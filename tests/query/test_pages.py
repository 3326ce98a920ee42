"""Entity and paragraph pages: HTML with quotes highlighted in their paragraphs, RDF by content negotiation,
the same pages as a static site, and the endpoint UI that knows the project's prefixes and saved queries."""

from __future__ import annotations

import json
import re
import urllib.request

import pytest

from graph_builder.pages import entity, html
from graph_builder.pages.web import PagesFront, negotiate, write_site
from graph_builder.server import OxigraphServer

HLSOC = "https://w3id.org/wsiskg/id/body/hlsoc"


def test_entity_page_has_both_labels_grouped_facts_and_highlighted_quotes(fixture_kg):
    page = entity.gather(fixture_kg.store, entity.resolve(fixture_kg, "HLSOC"))
    text = html.render(page, suffix=".html")
    assert 'lang="zh"' in text and "<mark>" in text
    assert page.labels["en"] and page.labels["zh"]
    assert re.search(r'<a href="\.\./\.\./doc/[^"]+\.html">', text)  # the paragraph's own page
    assert text.count("<section class=\"group\">") == len(page.groups())


@pytest.mark.parametrize("accept, fmt", [("text/turtle", "ttl"), ("application/ld+json", "jsonld"),
                                         ("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8", "html"),
                                         ("application/n-triples;q=0.5, text/turtle;q=0.9", "ttl"), ("", "html")])
def test_content_negotiation(accept, fmt):
    assert negotiate(accept) == fmt


def test_static_site_links_resolve(fixture_kg, tmp_path):
    count = write_site(fixture_kg.store, tmp_path)
    pages = list(tmp_path.rglob("*.html"))
    assert count + 1 == len(pages) and (tmp_path / "id/body/hlsoc.html").is_file() and (tmp_path / "id/body/hlsoc.ttl").is_file()
    for page in pages:
        for href in re.findall(r'href="([^"#:]+\.html)"', page.read_text("utf-8")):
            if "viz/" in href:
                continue
            assert (page.parent / href).resolve().is_file(), (page, href)


@pytest.mark.server
def test_serve_answers_pages_by_content_negotiation_and_proxies_sparql(fixture_data, tmp_path_factory):
    from graph_builder.server import prepare_location

    location = prepare_location(fixture_data, tmp_path_factory.mktemp("pages-store") / "store")
    with PagesFront(OxigraphServer(location)) as front:
        def get(path, accept=""):
            request = urllib.request.Request(front.base_url + path, headers={"Accept": accept} if accept else {})
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.headers.get("Content-Type"), response.read().decode("utf-8")

        media, body = get("/id/body/hlsoc")
        assert media.startswith("text/html") and "<mark>" in body
        media, body = get("/id/body/hlsoc", "text/turtle")
        assert media.startswith("text/turtle") and "@prefix body:" in body
        media, body = get("/id/body/hlsoc.jsonld")
        assert any(node["@id"] == HLSOC for node in json.loads(body))
        media, body = get("/query?query=ASK%7B%7D", "application/sparql-results+json")
        assert json.loads(body)["boolean"] is True
        media, body = get("/")
        data = json.loads(re.search(r'id="data">(.*?)</script>', body, re.S).group(1))
        assert data["prefixes"]["body"] == "https://w3id.org/wsiskg/id/body/"
        assert {"facilitators", "entity-card", "search"} <= set(data["examples"])
        assert "http://" not in body.split("<script")[0].replace("http://www.w3.org", "")  # nothing fetched
        from graph_builder.query.prefixes import sparql_prologue

        for name, example in data["examples"].items():  # every example runs as the UI sends it (POST)
            request = urllib.request.Request(front.query_url, method="POST",
                                             data=(sparql_prologue(example["text"]) + example["text"]).encode(),
                                             headers={"Content-Type": "application/sparql-query",
                                                      "Accept": "application/sparql-results+json"})
            with urllib.request.urlopen(request, timeout=30) as response:
                assert response.status == 200, name
