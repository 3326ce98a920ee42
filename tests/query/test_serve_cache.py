"""`wsiskg serve` keeps its Oxigraph store in a per-user cache folder keyed by the graph's hash, never in the build folder."""

from __future__ import annotations

import shutil

from graph_builder.server import prepare_location


def test_store_goes_to_the_cache_not_the_build_folder(fixture_data, tmp_path, monkeypatch):
    data = tmp_path / "exports"
    data.mkdir()
    shutil.copy(fixture_data / "wsis.trig", data / "wsis.trig")
    monkeypatch.delenv("WSISKG_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    before = sorted(p.name for p in data.iterdir())
    location = prepare_location(data)
    assert location.parent == tmp_path / "cache" / "wsiskg" / "stores" and (location / "source.sha1").is_file()
    assert sorted(p.name for p in data.iterdir()) == before  # nothing written beside the exports
    assert prepare_location(data) == location  # reused while wsis.trig is unchanged
    with open(data / "wsis.trig", "a", encoding="utf-8") as handle:
        handle.write("\n<urn:a> <urn:b> <urn:c> .\n")
    assert prepare_location(data) != location  # another graph, another store
