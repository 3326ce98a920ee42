"""Who published a text, as the reference list knows them: the manifest's ``publisher`` read through the list.

A manifest row may name its publisher the way its author writes it — ``ITU``, ``国际电联``, ``ITU Council``,
``United Nations General Assembly``, ``联合国大会``, ``UN General Assembly / CSTD``. Forms scoped to a publisher
(``publisher:ITU`` in entities.yaml: the bare title 秘书长 in a text ITU publishes) must hold whichever way it is
written, so each part of the field is also given by the acronyms of the entity it names and of the entities above
it (the ITU Council publishes for ITU).
"""

from __future__ import annotations

import re

from graph_builder.entities.reference import Reference
from graph_builder.script import shadow

_SPLIT = re.compile(r"\s*[/;、；]\s*")  # not 'and'/'和' or commas: names contain them
_PREFIX = re.compile(r"^(?:the\s+)", re.I)


def _norm(s: str) -> str:
    # a publisher written in traditional characters (國際電聯) is the listed one
    return re.sub(r"\s+", " ", _PREFIX.sub("", shadow(s).strip())).casefold()


def _names(ref: Reference) -> dict[str, str]:
    """Normalised name -> entity key, over organisations and bodies (acronym, en, zh, aliases, key slug)."""
    cached = getattr(ref, "_publisher_names", None)
    if cached is not None:
        return cached
    out: dict[str, str] = {}
    for e in ref.entities:
        if e.kind not in ("org", "body"):
            continue
        forms = [e.acronym, e.en, e.zh, e.slug] + [a.form for a in e.aliases if not a.docs and not a.conditional]
        for f in forms:
            if f and len(f) >= 2:
                out.setdefault(_norm(f), e.key)
    # 'UN General Assembly': the UN's own short form before a body's English name
    for e in ref.entities:
        if e.kind == "body" and e.en.startswith("United Nations "):
            out.setdefault(_norm("UN " + e.en[len("United Nations "):]), e.key)
    setattr(ref, "_publisher_names", out)
    return out


def publisher_names(ref: Reference | None, publisher: str) -> str:
    """``publisher`` with, after each part that names a listed organisation or body, the acronyms of it and of
    the entities above it (``国际电联理事会`` -> ``国际电联理事会 / ITU``); parts the list lacks stay as written."""
    parts = [p for p in _SPLIT.split(publisher or "") if p.strip()]
    if ref is None or not parts:
        return publisher
    names = _names(ref)
    out: list[str] = []
    for part in parts:
        out.append(part.strip())
        key, seen = names.get(_norm(part)), set()
        if key is None and " " in part.strip():
            # a listed acronym or name before the body's own words: 'UNGA Second Committee', 'ITU Study Group 1'
            key = names.get(_norm(part.strip().split(" ", 1)[0]))
        while key and key not in seen and key in ref.by_key:
            seen.add(key)
            e = ref.by_key[key]
            if e.acronym and e.acronym not in out:
                out.append(e.acronym)
            key = e.parent
    return " / ".join(out)
