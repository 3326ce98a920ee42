"""A regular (non-editable) install carries every resource the package reads (`pip install .` works).

Regression: structure/profiles.yaml was missing from the wheel, so `wsiskg build` failed after `pip install .`.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _package_files(root: Path, pattern: str) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob(pattern) if "__pycache__" not in p.parts}


def test_wheel_contains_every_resource(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    wheel = next(tmp_path.glob("wsiskg-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = set()
    for path in (ROOT / "graph_builder").rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            expected.add(str(path.relative_to(ROOT)))
    for folder in ("ontology", "shapes", "queries", "corpus"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and path.suffix in (".ttl", ".rq", ".txt", ".tsv"):
                expected.add(f"graph_builder/_bundled/{path.relative_to(ROOT)}")
    missing = sorted(expected - names)
    assert not missing, f"not in the wheel: {missing[:10]}"
