"""What changed between two documents, or between the views of two dates (``wsiskg diff``).

Between documents A and B: a fact is **added** when B claims it and A does not, **dropped** when A claims it and
B does not restate it, **changed** when both give a single-valued property of one thing (docs/MODEL.md 'The
current value') and the values differ; the date details that follow from a changed ISO date (start, end,
precision) are folded into that change; literals are compared without their whitespace (two texts spacing a printed
date differently state one value). Between two dates: the same over the current views as of each date
(only the claims of sources dated by then, selected by :func:`graph_builder.claims.current.select_current`).
Each change carries the quotes and locators of both sides; output is grouped by entity and sorted.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from rdflib import Literal

from graph_builder.claims.current import group_of, select_current
from graph_builder.claims.sources import SourceDate
from graph_builder.rdf.namespaces import SCHEMA, WSIS

_SPACE = re.compile(r"\s+")
#: Date details a changed ISO date already shows.
_FOLDED = (SCHEMA.startDate, SCHEMA.endDate, WSIS.datePrecision)


@dataclass(frozen=True)
class Quote:
    locator: str
    text: str


@dataclass
class Claim:
    triple: tuple
    doc: str
    known_by: date | None
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class Change:
    entity: str
    kind: str  # added | dropped | changed
    prop: str
    old: list[str]
    new: list[str]
    old_quotes: list[Quote]
    new_quotes: list[Quote]


_PREFIXES = """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX wsis: <https://w3id.org/wsiskg/ontology#>
"""
# two simple queries joined here: one query joining claims with their evidence is planned badly by Oxigraph
CLAIMS_QUERY = _PREFIXES + """SELECT ?c ?s ?p ?o ?doc ?known WHERE {
  ?c prov:wasDerivedFrom ?doc ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  OPTIONAL { ?c wsis:knownBy ?known } }"""
EVIDENCE_QUERY = _PREFIXES + """SELECT ?c ?quote ?start ?locator WHERE {
  ?c wsis:evidence ?ev . ?ev wsis:quote ?quote ; wsis:start ?start ; wsis:source ?node .
  OPTIONAL { ?node wsis:locator ?locator } }"""


def load_claims(store) -> list[Claim]:
    """Every claim of a build (a :mod:`graph_builder.query.store` store), with its quotes in text order."""
    quotes: dict = defaultdict(set)
    for row in store.run(EVIDENCE_QUERY, where="evidence").rows:
        quotes[row["c"]].add((int(row["start"]), str(row.get("locator") or ""), str(row["quote"])))
    claims = []
    for row in store.run(CLAIMS_QUERY, where="claims").rows:
        known = row.get("known")
        claims.append(Claim((row["s"], row["p"], row["o"]), str(row["doc"]).rsplit("/", 1)[-1],
                            date.fromisoformat(str(known)) if known is not None else None,
                            [Quote(loc, text) for _start, loc, text in sorted(quotes[row["c"]])]))
    return sorted(claims, key=lambda c: (tuple(t.n3() for t in c.triple), c.doc))


def documents(claims: list[Claim]) -> set[str]:
    return {c.doc for c in claims}


def by_document(claims: list[Claim], doc: str) -> dict[tuple, list[Quote]]:
    return {c.triple: c.quotes for c in claims if c.doc == doc}


def as_of(claims: list[Claim], day: date) -> dict[tuple, list[Quote]]:
    """The current view of the claims whose source is dated by ``day``, each fact with its latest quotes."""
    known = [c for c in claims if c.known_by is not None and c.known_by <= day]
    dates = {c.doc: SourceDate("", "day", c.known_by, c.known_by) for c in known}
    order = {d: i for i, d in enumerate(sorted(dates))}
    current = select_current([(c.triple, c.doc) for c in known], dates, order)
    out: dict[tuple, tuple] = {}
    for c in known:
        if c.triple in current and (c.triple not in out or (c.known_by, c.doc) > out[c.triple][0]):
            out[c.triple] = ((c.known_by, c.doc), c.quotes)
    return {t: q for t, (_k, q) in out.items()}


def same_value(term) -> tuple:
    """What a value is compared by: a literal without its whitespace (``2003年 6 月`` and ``2003年6月`` are one
    printed date, spaced differently by two texts), with its language and datatype; any other term as itself."""
    if isinstance(term, Literal):
        return ("literal", _SPACE.sub("", str(term)), term.language, term.datatype)
    return ("term", term)


def diff(a: dict[tuple, list[Quote]], b: dict[tuple, list[Quote]]) -> list[Change]:
    """Changes from fact set ``a`` to fact set ``b`` (each fact with its quotes); values that differ only in
    whitespace are the same value (:func:`same_value`)."""
    changes: list[Change] = []
    terms_a: dict[tuple, set] = defaultdict(set)
    terms_b: dict[tuple, set] = defaultdict(set)
    for t in a:
        terms_a[(t[0], t[1])].add(t[2])
    for t in b:
        terms_b[(t[0], t[1])].add(t[2])
    values_a = {k: {same_value(o) for o in v} for k, v in terms_a.items()}
    values_b = {k: {same_value(o) for o in v} for k, v in terms_b.items()}
    changed = {k for k in values_a.keys() & values_b.keys()
               if group_of(k[1]) is not None and values_a[k] != values_b[k]}
    iso_changed = {s for s, p in changed if p in (WSIS.isoDate, WSIS.deadline)}
    for s, p in sorted(changed, key=lambda k: (k[0].n3(), k[1].n3())):
        if p in _FOLDED and s in iso_changed:
            continue
        old = sorted(terms_a[(s, p)], key=lambda o: o.n3())
        new = sorted(terms_b[(s, p)], key=lambda o: o.n3())
        changes.append(Change(str(s), "changed", str(p), [str(o) for o in old], [str(o) for o in new],
                              [q for o in old for q in a[(s, p, o)]], [q for o in new for q in b[(s, p, o)]]))
    for t in sorted(b.keys() - a.keys(), key=lambda t: tuple(x.n3() for x in t)):
        if (t[0], t[1]) not in changed and same_value(t[2]) not in values_a.get((t[0], t[1]), ()):
            changes.append(Change(str(t[0]), "added", str(t[1]), [], [str(t[2])], [], b[t]))
    for t in sorted(a.keys() - b.keys(), key=lambda t: tuple(x.n3() for x in t)):
        if (t[0], t[1]) not in changed and same_value(t[2]) not in values_b.get((t[0], t[1]), ()):
            changes.append(Change(str(t[0]), "dropped", str(t[1]), [str(t[2])], [], a[t], []))
    order = {"changed": 0, "added": 1, "dropped": 2}
    return sorted(changes, key=lambda c: (c.entity, order[c.kind], c.prop, c.old, c.new))


# ------------------------------------------------------------------------------------------ output
def _quote(qs: list[Quote]) -> str:
    return " | ".join(f"{q.locator}: {q.text}" for q in qs)


def to_rows(changes: list[Change], label=lambda iri: "", short=lambda iri: iri) -> list[dict]:
    return [{
        "entity": short(c.entity), "entity_en": label(c.entity), "change": c.kind, "property": short(c.prop),
        "value_a": " ; ".join(short(v) for v in c.old), "value_b": " ; ".join(short(v) for v in c.new),
        "locator_a": " | ".join(q.locator for q in c.old_quotes), "quote_a": " | ".join(q.text for q in c.old_quotes),
        "locator_b": " | ".join(q.locator for q in c.new_quotes), "quote_b": " | ".join(q.text for q in c.new_quotes),
    } for c in changes]


COLUMNS = ("entity", "entity_en", "change", "property", "value_a", "value_b", "locator_a", "quote_a",
           "locator_b", "quote_b")


def render(changes: list[Change], fmt: str, a: str, b: str, label=lambda iri: "", short=lambda iri: iri) -> str:
    """``text`` (grouped by entity, quotes side by side), ``csv`` or ``json``."""
    rows = to_rows(changes, label, short)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return out.getvalue()
    if fmt == "json":
        groups: dict[str, dict] = {}
        for r in rows:
            g = groups.setdefault(r["entity"], {"entity": r["entity"], "entity_en": r["entity_en"], "changes": []})
            g["changes"].append({k: r[k] for k in COLUMNS if k not in ("entity", "entity_en")})
        counts = {k: sum(1 for c in changes if c.kind == k) for k in ("changed", "added", "dropped")}
        return json.dumps({"a": a, "b": b, "counts": counts, "entities": list(groups.values())},
                          ensure_ascii=False, indent=1) + "\n"
    lines = []
    counts = {k: sum(1 for c in changes if c.kind == k) for k in ("changed", "added", "dropped")}
    lines.append(f"diff {a} -> {b}: {counts['changed']} changed, {counts['added']} added, {counts['dropped']} dropped")
    current = None
    for c, r in zip(changes, rows):
        if r["entity"] != current:
            current = r["entity"]
            lines.append("")
            lines.append(f"{r['entity']}" + (f"  ({r['entity_en']})" if r["entity_en"] else ""))
        if c.kind == "changed":
            lines.append(f"  ~ {r['property']}: {r['value_a']} -> {r['value_b']}")
        elif c.kind == "added":
            lines.append(f"  + {r['property']}: {r['value_b']}")
        else:
            lines.append(f"  - {r['property']}: {r['value_a']}")
        if c.old_quotes:
            lines.append(f"      {a}: {_quote(c.old_quotes)}")
        if c.new_quotes:
            lines.append(f"      {b}: {_quote(c.new_quotes)}")
    return "\n".join(lines) + "\n"
