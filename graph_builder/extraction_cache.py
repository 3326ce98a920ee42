"""The per-document extraction cache of the streaming build: a rebuild redoes only the documents that changed.

One entry holds everything the per-document stage returns for one document (its N-Quads, warnings,
validation problems, facts per rule, structure report rows). It is keyed by

- the document: its manifest row (titles and date go into the graph) and the SHA-256 of its text;
- the rule version: a hash of every file the per-document stage reads or runs (the ``graph_builder``
  package: rules, frames YAML, ``entities.yaml``, …; ``ontology/*.ttl``; ``shapes/*.ttl``) and the versions
  of the libraries that shape its output (pyoxigraph, rdflib, pyshacl, jieba, opencc: how traditional
  characters are read);
- the build's switches (validation, reasoning).

Any change to a rule, a list or a shape gives a new rule version, so no entry of an older one is used.
Entries live under ``cache_root()/extraction/<rule version>/``; writing one is atomic (temporary file,
then rename), so a build that stops half-way leaves no broken entry. Set ``WSISKG_CACHE`` to move it;
delete the folder to drop it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
import zlib
from functools import lru_cache
from pathlib import Path

from graph_builder import paths
from graph_builder.cache import cache_root

FORMAT = 1  # bump when the layout of an entry changes
_LIBRARIES = ("pyoxigraph", "rdflib", "pyshacl", "jieba", "opencc")
_RULE_FILES = (".py", ".yaml", ".yml", ".tsv", ".json")


@lru_cache(maxsize=1)
def rule_version() -> str:
    """Hash of the code, data, ontology and shapes the per-document stage depends on."""
    from importlib import metadata

    digest = hashlib.sha256(f"format {FORMAT}\n".encode())
    package = Path(__file__).resolve().parent
    folders = [(package, _RULE_FILES), (paths.ontology_dir(), (".ttl",)), (paths.shapes_dir(), (".ttl",))]
    for folder, suffixes in folders:
        for path in sorted(p for p in Path(folder).rglob("*") if p.is_file() and p.suffix in suffixes):
            if "__pycache__" in path.parts or "_bundled" in path.parts:
                continue  # _bundled: copies of the ontology and shapes (hashed below) and of the corpus
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    for name in _LIBRARIES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name} {version}\n".encode())
    return digest.hexdigest()[:20]


def document_key(row: dict, text: str, *, validate: bool, reason: bool) -> str:
    """The key of one document's entry: manifest row, text and switches (the rule version names the folder)."""
    digest = hashlib.sha256()
    for name in sorted(row):
        digest.update(f"{name}\t{row[name]}\n".encode())
    digest.update(hashlib.sha256(text.encode("utf-8")).digest())
    digest.update(f"validate={validate} reason={reason}".encode())
    return digest.hexdigest()


class ExtractionCache:
    """Entries of one rule version; ``get`` returns None for a missing or unreadable entry."""

    def __init__(self, root: Path | None = None, version: str | None = None) -> None:
        self.folder = Path(root or cache_root()) / "extraction" / (version or rule_version())

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str):
        path = self._path(key)
        try:
            blob = path.read_bytes()
        except OSError:
            return None
        try:
            return pickle.loads(zlib.decompress(blob))
        except Exception:  # a damaged entry is a miss: the document is simply extracted again
            return None

    def put(self, key: str, value) -> None:
        path = self._path(key)
        blob = zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), 1)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
            with os.fdopen(fd, "wb") as handle:
                handle.write(blob)
            os.replace(tmp, path)
        except OSError:
            pass  # a cache that cannot be written (read-only home, full disk) only costs time
