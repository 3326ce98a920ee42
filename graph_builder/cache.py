"""Where derived, rebuildable files live: a per-user cache folder, never the build folder.

``cache_root()`` is ``$WSISKG_CACHE``, else ``$XDG_CACHE_HOME/wsiskg``, else the platform's cache folder
(``~/.cache/wsiskg``; ``%LOCALAPPDATA%\\wsiskg\\Cache`` on Windows; ``~/Library/Caches/wsiskg`` on macOS).
``store_location(data_dir)`` names the Oxigraph store for one build, keyed by the SHA-1 of its
``wsis.trig``, so ``wsiskg serve`` never writes into ``exports/`` (which is compared with a fresh build).
A store the streaming build already placed in ``DATA/oxigraph`` for this very TriG is used as it is.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path


def cache_root() -> Path:
    if os.environ.get("WSISKG_CACHE"):
        return Path(os.environ["WSISKG_CACHE"])
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "wsiskg"
    if os.name == "nt" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "wsiskg" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "wsiskg"
    return Path.home() / ".cache" / "wsiskg"


def file_sha1(path: Path) -> str:
    digest = hashlib.sha1()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def store_location(data_dir: Path, trig: Path, store_folder: str = "oxigraph", stamp: str = "source.sha1") -> Path:
    """The store folder for the build in ``data_dir`` whose graph is ``trig``."""
    digest = file_sha1(trig)
    built = Path(data_dir) / store_folder
    if (built / stamp).is_file() and (built / stamp).read_text().strip() == digest:
        return built
    return cache_root() / "stores" / digest[:16]
