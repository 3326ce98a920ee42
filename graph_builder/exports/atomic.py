"""Write a file so that a failure never leaves half of it behind: temp file + ``os.replace``."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable, Iterable


def write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (the temp file lives in the same folder, so the rename is atomic)."""
    write_with(path, lambda handle: handle.write(data))


def write_chunks(path: Path, chunks: Iterable[str]) -> None:
    """Write the UTF-8 text ``chunks`` to ``path`` atomically, one after the other: the whole text is never
    held in memory at once (a large export's text and its bytes were the build's peak)."""
    def write(handle: BinaryIO) -> None:
        for chunk in chunks:
            handle.write(chunk.encode("utf-8"))

    write_with(path, write)


def write_with(path: Path, writer: Callable[[BinaryIO], object]) -> None:
    """``writer(handle)`` writes the file's bytes into ``handle``; the file appears at ``path`` whole or not at all."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            writer(handle)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_text(path: Path, text: str) -> None:
    """UTF-8, LF line ends, atomically."""
    write_bytes(path, text.encode("utf-8"))
