"""Key-value records in running text: a numbered title line over lines ``KEY：value`` whose keys the record table
(graph_builder/data/record_fields.yaml) lists. Such a title opens a record inside the open paragraph, not the
next paragraph of the document (its number counts the records, not the paragraphs)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

_TABLE = Path(__file__).resolve().parents[1] / "data" / "record_fields.yaml"
_FIELD = re.compile(r"^[ \t\u3000]*(?:[•·\-–—*▪◦●○][ \t\u3000]*)?(?P<key>[^\s：:，。；,;（）()]{1,10}?)[ \t\u3000]*[：:]\s*\S")
_TITLE = re.compile(r"^[ \t\u3000]*(?:\d{1,3}[.．、]|[（(]\d{1,3}[)）])[ \t\u3000]*\S[^\n。；;：:，,]{1,40}$")
_FIELDS_AFTER = 2  # at least this many field lines right after the title


@lru_cache(maxsize=1)
def record_keys() -> frozenset[str]:
    data = yaml.safe_load(_TABLE.read_text(encoding="utf-8"))
    return frozenset(k for f in data["fields"] for k in f["keys"])


def is_field(raw: str) -> bool:
    m = _FIELD.match(raw)
    return m is not None and m.group("key") in record_keys()


def record_titles(lines: list) -> set[int]:
    """Line numbers of numbered title lines followed at once by field lines (``lines``: parsed lines or None)."""
    out = set()
    for k, ln in enumerate(lines):
        if ln is None or not _TITLE.match(ln.raw):
            continue
        after = lines[k + 1:k + 1 + _FIELDS_AFTER]
        if len(after) == _FIELDS_AFTER and all(a is not None and is_field(a.raw) for a in after):
            out.add(ln.no)
    return out
