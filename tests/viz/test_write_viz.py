"""The pages and pictures: self-contained, offline, byte-identical on re-run."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from graph_builder.viz import write_viz
from tests.exports.sample_data import files

PAGES = ["matrix.html", "network.html", "timeline.html"]
PICTURES = ["matrix.png", "matrix.svg", "network.png", "network.svg", "timeline.png", "timeline.svg"]


def test_writes_pages_and_pictures(pictures):
    assert sorted(files(pictures)) == sorted(PAGES + PICTURES)


def test_rerun_is_byte_identical(pictures, sample_quads, tmp_path):
    write_viz(sample_quads, tmp_path, static=True)
    assert files(tmp_path) == files(pictures)


def test_pages_only_by_default_and_without_matplotlib(sample_quads, tmp_path):
    # A build writes the pages only: no font-dependent bytes, no matplotlib import.
    script = ("import sys; from pathlib import Path; from graph_builder.viz import write_viz; "
              "from graph_builder.exports import read_trig; from tests.exports.sample_data import SAMPLE; "
              "write_viz(read_trig(SAMPLE), Path(sys.argv[1])); print('matplotlib' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True,
                          cwd=Path(__file__).parents[2], check=True)
    assert proc.stdout.strip() == "False"
    assert sorted(p.name for p in tmp_path.iterdir()) == PAGES


def test_viz_prints_no_warning_flood(viz_run):
    # Without a CJK font: one line says so and the pictures use English labels; with one: nothing.
    _, proc = viz_run
    notes = proc.stderr.splitlines()
    assert len(notes) <= 1 and "Glyph" not in proc.stderr, proc.stderr[:500]
    assert all("no CJK font" in line for line in notes)


def test_without_cjk_font_labels_are_english(sample_page_data, monkeypatch):
    import warnings

    from graph_builder.viz import static

    monkeypatch.setattr(static, "cjk_font", lambda: None)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing glyph would raise
        for draw, name in ((static.matrix_picture, "matrix"), (static.timeline_picture, "timeline"),
                           (static.network_picture, "network")):
            svg, png = draw(sample_page_data[name])
            assert png[:4] == b"\x89PNG"


def test_cjk_fonts_found_by_family_on_every_system():
    from graph_builder.viz.static import CJK_FAMILIES

    for family in ("Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "SimHei",
                   "WenQuanYi Zen Hei"):
        assert family in CJK_FAMILIES


def test_output_does_not_depend_on_hash_seed(pictures, tmp_path):
    # networkx subgraph views iterate sets: the layout must not depend on PYTHONHASHSEED.
    script = ("import sys; from pathlib import Path; from graph_builder.viz import write_viz; "
              "from graph_builder.exports import read_trig; from tests.exports.sample_data import SAMPLE; "
              "write_viz(read_trig(SAMPLE), Path(sys.argv[1]), static=False)")
    for seed in ("1", "2", "3"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, str(out)], check=True, env=env, cwd=Path(__file__).parents[2])
        for name in PAGES:
            assert (out / name).read_bytes() == (pictures / name).read_bytes(), (seed, name)


def test_accepts_an_rdflib_dataset(pictures, tmp_path):
    from tests.exports.sample_data import load_sample

    write_viz(load_sample(), tmp_path, static=False)
    for name in PAGES:
        assert (tmp_path / name).read_bytes() == (pictures / name).read_bytes()


def test_pages_are_self_contained(pictures, sample_page_data):
    for name in PAGES:
        text = (pictures / name).read_text("utf-8")
        assert not re.search(r"<(script|link|img)[^>]+(src|href)=", text), name  # nothing fetched
        assert "http://" not in text.split('id="data"')[0].replace("http://www.w3.org/2000/svg", "")
        embedded = re.search(r'<script type="application/json" id="data">(.*?)</script>', text, re.S).group(1)
        assert json.loads(embedded) == json.loads(json.dumps(sample_page_data[name[:-5]]))


def test_embedded_json_cannot_close_the_script(tmp_path):
    from graph_builder.viz.pages import embed_json

    text = embed_json({"quote": "</script><script>alert(1)</script>"})
    assert "</" not in text and json.loads(text)["quote"] == "</script><script>alert(1)</script>"


def test_static_pictures_carry_no_date(pictures):
    svg = (pictures / "matrix.svg").read_text("utf-8")
    assert "<dc:date>" not in svg and "Matplotlib v" not in svg
    assert (pictures / "network.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_viz_command_writes_to_data_viz(tmp_path):
    from graph_builder.exports import write_one
    from graph_builder.exports.quads import read_trig
    from tests.exports.sample_data import SAMPLE

    write_one("trig", read_trig(SAMPLE), tmp_path / "wsis.trig")
    result = subprocess.run([sys.executable, "-m", "graph_builder", "viz", "--data", str(tmp_path), "--no-static"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "viz").iterdir()) == PAGES


def test_viz_without_build_is_one_line_error(tmp_path):
    result = subprocess.run([sys.executable, "-m", "graph_builder", "viz", "--data", str(tmp_path)],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr == f"wsiskg: error: {tmp_path}/wsis.trig: not found (run `wsiskg build` first, or pass --data)\n"


def test_cjk_font_installed_after_the_font_cache_is_found(monkeypatch):
    # matplotlib's font cache does not list fonts installed after it was written: the files are looked at.
    from types import SimpleNamespace

    from graph_builder.viz import static

    added = []
    fake = SimpleNamespace(ttflist=[SimpleNamespace(name="DejaVu Sans")],
                           addfont=lambda path: (added.append(path), fake.ttflist.append(SimpleNamespace(name="Noto Sans CJK SC"))))
    monkeypatch.setattr(static.font_manager, "fontManager", fake)
    monkeypatch.setattr(static.font_manager, "findSystemFonts",
                        lambda: ["/usr/share/fonts/DejaVuSans.ttf", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"])
    static.cjk_font.cache_clear()
    try:
        assert static.cjk_font() == "Noto Sans CJK SC"
        assert added == ["/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"]
    finally:
        static.cjk_font.cache_clear()
