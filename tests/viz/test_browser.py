"""Each page renders in headless Chromium: a non-blank screenshot and the expected number of nodes; a link
with a state in its fragment (#node=…&hops=…&lang=…) restores that view.

Chromium comes from scripts/install-browser.sh (Debian ``chromium``). The pages write
``data-node-count`` on <body> once they have drawn (circles, timeline items, filled matrix cells), and
``data-focus`` / ``data-shown-count`` / ``data-visible-count`` for what the view shows.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from urllib.parse import quote

import numpy as np
import pytest
from matplotlib import image

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1400,1000", "--virtual-time-budget=5000"]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module", autouse=True)
def chromium_present():
    if not CHROMIUM.exists():
        # The project installs what its tests need (README: one test command on a fresh machine).
        script = Path(__file__).resolve().parents[2] / "scripts" / "install-browser.sh"
        proc = subprocess.run(["sh", str(script)], capture_output=True, text=True)
        if not CHROMIUM.exists():
            pytest.fail(f"chromium is missing and scripts/install-browser.sh could not install it: {proc.stderr[-300:]}")


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    return subprocess.run([str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120)


def body_attributes(dom: str) -> dict[str, str]:
    body = re.search(r"<body([^>]*)>", dom).group(1)
    return dict(re.findall(r'([\w-]+)="([^"]*)"', body))


def expected_counts(data: dict) -> dict[str, int]:
    return {"network": len(data["network"]["nodes"]), "timeline": len(data["timeline"]["items"]),
            "matrix": len(data["matrix"]["cells"])}


@pytest.mark.parametrize("page", ["network", "timeline", "matrix"])
def test_page_renders(pictures, sample_page_data, tmp_path, page):
    url = (pictures / f"{page}.html").as_uri()
    dom = chromium(tmp_path, "--dump-dom", url).stdout
    attributes = body_attributes(dom)
    assert attributes.get("data-rendered") == "yes", dom[:500]
    assert int(attributes["data-node-count"]) == expected_counts(sample_page_data)[page]

    shot = tmp_path / f"{page}.png"
    chromium(tmp_path, f"--screenshot={shot}", url)
    pixels = image.imread(shot)[..., :3]
    assert pixels.shape[0] >= 900 and pixels.shape[1] >= 1300
    # Non-blank: many distinct colours, and a good share of the page is not background white.
    assert len(np.unique(pixels.reshape(-1, 3), axis=0)) > 50
    assert (pixels.mean(axis=2) < 0.9).mean() > 0.01


def test_network_edges_and_node_details(pictures, sample_page_data, tmp_path):
    hlsoc = "https://w3id.org/wsiskg/id/body/hlsoc"
    dom = chromium(tmp_path, "--dump-dom", (pictures / "network.html").as_uri() + f"#node={hlsoc}&q=Organizing").stdout
    assert int(body_attributes(dom)["data-edge-count"]) == len(sample_page_data["network"]["edges"])
    details = re.search(r'<aside id="details">(.*?)</aside>', dom, re.S).group(1)
    assert "High-Level Summit Organizing Committee" in details
    assert "<q>HLSOC由电联秘书长主持</q>" in details and "001 para 17" in details
    assert re.search(r'<a [^>]*class="hit" data-id="' + hlsoc + '"', dom)  # the search from the link lists it
    # The panel names the property as the ontology labels it, not by its IRI.
    assert '<span class="p" title="wsis:chair">chair</span>' in details
    # The bar of links carries the focused entity to the other pages.
    assert f'id="nav-timeline" href="timeline.html#focus={quote(hlsoc, safe="")}"' in dom


def test_network_filters_by_document_and_switches_language(pictures, sample_page_data, tmp_path):
    dom = chromium(tmp_path, "--dump-dom", (pictures / "network.html").as_uri() + "#doc=001&lang=zh").stdout
    in_001 = [n for n in sample_page_data["network"]["nodes"] if "001" in n["docs"]]
    assert int(body_attributes(dom)["data-visible-count"]) == len(in_001)
    assert '<html lang="zh"' in dom and "高峰会议高级别组委会" in dom
    # Without a node in the link the page opens on one entity's neighbourhood, not on the whole graph.
    attributes = body_attributes(dom)
    assert attributes["data-focus"] and int(attributes["data-shown-count"]) < len(sample_page_data["network"]["nodes"])
    assert "全部文件" in dom and "类别" in dom  # the controls speak Chinese too


def shown_circles(dom: str) -> set[str]:
    tags = re.findall(r'<circle class="node[^>]*>', dom)
    return {re.search(r'data-id="([^"]+)"', t).group(1) for t in tags if "display: none" not in t}


def test_network_focus_shows_the_neighbourhood_in_chinese(pictures, sample_page_data, tmp_path):
    net = sample_page_data["network"]
    itu = "https://w3id.org/wsiskg/id/org/itu"
    one = {itu} | {e["o"] for e in net["edges"] if e["s"] == itu} | {e["s"] for e in net["edges"] if e["o"] == itu}
    two = one | {e["o"] for e in net["edges"] if e["s"] in one} | {e["s"] for e in net["edges"] if e["o"] in one}
    assert len(one) < len(two) < len(net["nodes"])
    url = (pictures / "network.html").as_uri()
    for hops, expected in (("1", one), ("2", two)):
        dom = chromium(tmp_path, "--dump-dom", f"{url}#node={quote(itu, safe='')}&hops={hops}&lang=zh").stdout
        attributes = body_attributes(dom)
        assert attributes["data-focus"] == itu
        assert int(attributes["data-shown-count"]) == len(expected)
        assert shown_circles(dom) == expected
    details = re.search(r'<aside id="details">(.*?)</aside>', dom, re.S).group(1)
    assert "<h2>国际电联</h2>" in details or "<h2>国际电信联盟</h2>" in details
    assert re.search(r'<span class="p" title="wsis:[A-Za-z]+">[^<a-zA-Z]+</span>', details)  # a Chinese property name
    assert '>2 步</option>' in dom and '>邻域：</span>' in dom


def test_timeline_and_matrix_restore_their_state(pictures, sample_page_data, tmp_path):
    itu = "https://w3id.org/wsiskg/id/org/itu"
    timeline = (pictures / "timeline.html").as_uri()
    dom = chromium(tmp_path, "--dump-dom", f"{timeline}#focus={quote(itu, safe='')}&from=1998&to=2003&lang=zh").stdout
    expected = [i for i in sample_page_data["timeline"]["items"] if itu in i["rel"] and i["start"] < "2004"]
    assert expected and int(body_attributes(dom)["data-shown-count"]) == len(expected)
    assert '<html lang="zh"' in dom and "仅显示与此相关的条目" in dom
    dom = chromium(tmp_path, "--dump-dom", f"{timeline}#kinds=meeting").stdout
    meetings = [i for i in sample_page_data["timeline"]["items"] if i["lane"] == "meeting"]
    assert int(body_attributes(dom)["data-shown-count"]) == len(meetings)

    matrix = (pictures / "matrix.html").as_uri()
    dom = chromium(tmp_path, "--dump-dom", f"{matrix}#focus={quote(itu, safe='')}&lang=zh").stdout
    assert f'<th class="col hl" data-id="{itu}"' in dom and '<table class="matrix zh"' in dom


HARNESS = """<!DOCTYPE html><html><body><iframe id="f" width="1200" height="900" src="network.html#node=%s"></iframe>
<pre id="out"></pre><script>
document.getElementById("f").addEventListener("load", function () {
  var w = this.contentWindow, d = w.document, out = [];
  function props() { return Array.from(d.querySelectorAll("#details .p")).map(function (n) { return n.textContent; }).join("|"); }
  out.push("EN " + props());
  d.querySelector("input[name=lang][value=zh]").click();
  out.push("ZH " + props());
  out.push("HASH " + w.location.hash);
  d.querySelector("circle[data-id='%s']").dispatchEvent(new MouseEvent("click", {bubbles: true}));
  out.push("CLICKED " + w.location.hash + " " + d.body.getAttribute("data-focus") + " " + d.body.getAttribute("data-shown-count"));
  document.getElementById("out").textContent = out.join("\\n");
});
</script></body></html>"""


def test_network_language_switch_and_click_update_panel_and_link(pictures, sample_page_data, tmp_path):
    """Real interactions in a frame: the 中文 switch renames the panel's properties, a click moves the focus and the link."""
    hlsoc, post = "https://w3id.org/wsiskg/id/body/hlsoc", "https://w3id.org/wsiskg/id/post/itu-secretary-general"
    (tmp_path / "network.html").write_bytes((pictures / "network.html").read_bytes())
    harness = tmp_path / "harness.html"
    harness.write_text(HARNESS % (quote(hlsoc, safe=""), post), encoding="utf-8")
    dom = chromium(tmp_path, "--allow-file-access-from-files", "--dump-dom", harness.as_uri()).stdout
    out = dict(line.split(" ", 1) for line in re.search(r'<pre id="out">(.*?)</pre>', dom, re.S).group(1).splitlines())
    assert "chair" in out["EN"].split("|") and "主席" in out["ZH"].split("|")
    assert out["HASH"] == f"#node={quote(hlsoc, safe='')}&amp;lang=zh"
    net = sample_page_data["network"]
    around = {post} | {e["o"] for e in net["edges"] if e["s"] == post} | {e["s"] for e in net["edges"] if e["o"] == post}
    assert out["CLICKED"] == f"#node={quote(post, safe='')}&amp;lang=zh {post} {len(around)}"
