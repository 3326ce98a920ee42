"""Where the project's resources are, in a source checkout and in a regular install.

In a checkout (editable install, or running from the tree) the top-level folders are used;
a regular install carries copies under ``graph_builder/_bundled/`` (see pyproject.toml).
"""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent
_CHECKOUT = _PKG.parent


def _in_checkout() -> bool:
    return (_CHECKOUT / "pyproject.toml").is_file() and (_CHECKOUT / "ontology").is_dir()


def resource_dir(name: str) -> Path:
    """Top-level resource folder ``name`` (ontology, shapes, queries, corpus)."""
    if _in_checkout():
        return _CHECKOUT / name
    return _PKG / "_bundled" / name


def ontology_dir() -> Path:
    return resource_dir("ontology")


def shapes_dir() -> Path:
    return resource_dir("shapes")


def queries_dir() -> Path:
    return resource_dir("queries")


def bundled_corpus_dir() -> Path:
    return resource_dir("corpus")


def data_dir() -> Path:
    """Curated data files shipped inside the package (entities.yaml, curated.yaml, ...)."""
    return _PKG / "data"


def default_corpus_dir() -> Path:
    """``./corpus`` when the working folder has one, else the corpus bundled with the package."""
    local = Path("corpus")
    if (local / "MANIFEST.tsv").is_file():
        return local
    return bundled_corpus_dir()


DEFAULT_DATA_DIR = Path("exports")
