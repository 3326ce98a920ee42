"""The hand-written sample dataset (tests/fixtures/wsis-sample.trig) and small helpers for export tests."""

from __future__ import annotations

from pathlib import Path

import rdflib

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "wsis-sample.trig"


def load_sample() -> rdflib.Dataset:
    dataset = rdflib.Dataset()
    dataset.parse(SAMPLE, format="trig")
    return dataset


def files(folder: Path) -> dict[str, bytes]:
    """Relative path -> bytes of every file under ``folder``."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
