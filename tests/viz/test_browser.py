"""Each page renders in headless Chromium: a non-blank screenshot and the expected number of nodes.

Chromium comes from scripts/install-browser.sh (Debian ``chromium``). The pages write
``data-node-count`` on <body> once they have drawn (circles, timeline items, filled matrix cells).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

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
    dom = chromium(tmp_path, "--dump-dom", (pictures / "network.html").as_uri() + f"#node={hlsoc}").stdout
    assert int(body_attributes(dom)["data-edge-count"]) == len(sample_page_data["network"]["edges"])
    details = re.search(r'<aside id="details">(.*?)</aside>', dom, re.S).group(1)
    assert "High-Level Summit Organizing Committee" in details
    assert "<q>HLSOC由电联秘书长主持</q>" in details and "001 para 17" in details


def test_network_filters_by_document_and_switches_language(pictures, sample_page_data, tmp_path):
    dom = chromium(tmp_path, "--dump-dom", (pictures / "network.html").as_uri() + "#doc=001&lang=zh").stdout
    in_001 = [n for n in sample_page_data["network"]["nodes"] if "001" in n["docs"]]
    assert int(body_attributes(dom)["data-visible-count"]) == len(in_001)
    assert '<html lang="zh"' in dom and "高峰会议高级别组委会</text>" in dom
