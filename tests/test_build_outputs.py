"""The build is deterministic and the committed exports/ equal a fresh build.

Regenerate the committed exports with ``wsiskg build`` (then commit them); never edit them by hand.
"""

from __future__ import annotations

from pathlib import Path

from graph_builder.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "exports"


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical(built, tmp_path):
    _, first = built
    build(ROOT / "corpus", tmp_path)
    a, b = _files(first), _files(tmp_path)
    assert sorted(a) == sorted(b)
    differ = [name for name in a if a[name] != b[name]]
    assert not differ, f"exports differ between two builds: {differ}"


def test_committed_exports_equal_a_fresh_build(built):
    _, fresh = built
    # Pictures depend on the fonts installed; tests/viz checks them. Everything else must match byte for byte.
    new = {k: v for k, v in _files(fresh).items() if not k.startswith("viz/")}
    old = {k: v for k, v in _files(COMMITTED).items() if not k.startswith("viz/")}
    missing = sorted(set(new) - set(old))
    stale = sorted(k for k in new if k in old and new[k] != old[k])
    extra = sorted(set(old) - set(new))
    assert not (missing or stale or extra), (
        f"exports/ is out of date (run `wsiskg build` and commit): missing {missing[:5]}, "
        f"stale {stale[:5]}, extra {extra[:5]}"
    )
