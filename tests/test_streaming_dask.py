"""The streaming build's per-document stage on a Dask cluster gives the same quads as the local process pool.

The cluster (2 worker processes) is started and closed here. The corpus is a synthetic one (two variants
of each of the two short reports): small enough for CI, with documents the builder never saw as such.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graph_builder.errors import WsisError
from graph_builder.streaming import build_streaming, parse_scheduler
from graph_builder.synthetic import make_corpus

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[1]
SMALL = ("000", "001")


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("WSISKG_CACHE", str(tmp_path / "cache"))


def _synthetic(tmp_path: Path) -> Path:
    src = tmp_path / "small"
    src.mkdir()
    lines = (ROOT / "corpus" / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    kept = [lines[0]] + [line for line in lines[1:] if line.split("\t", 1)[0] in SMALL]
    (src / "MANIFEST.tsv").write_text("\n".join(kept) + "\n", encoding="utf-8")
    for line in kept[1:]:
        shutil.copy(ROOT / "corpus" / line.split("\t")[1], src / line.split("\t")[1])
    make_corpus(src, tmp_path / "synthetic", 2)
    return tmp_path / "synthetic"


def test_a_local_dask_cluster_writes_the_same_quads_as_the_local_build(tmp_path):
    corpus = _synthetic(tmp_path)
    local = build_streaming(corpus, tmp_path / "local", jobs=2, cache=False)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        address = cluster.scheduler_address.replace("tcp://", "dask://")
        remote = build_streaming(corpus, tmp_path / "dask", jobs=2, cache=False, scheduler=address)
    assert remote.documents == local.documents and len(local.documents) == 4
    assert remote.quads == local.quads
    for name in ("wsis.nq", "wsis.trig", "reports/facts-per-rule.tsv", "reports/structure.tsv"):
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name


def test_scheduler_names():
    assert parse_scheduler(None) == ("local", None)
    assert parse_scheduler("local") == ("local", None)
    assert parse_scheduler("dask") == ("dask", None)
    assert parse_scheduler("dask://10.0.0.5:8786") == ("dask", "tcp://10.0.0.5:8786")
    with pytest.raises(WsisError):
        parse_scheduler("ray://x")
