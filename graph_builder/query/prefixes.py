"""The project's prefixes for people: the vocabulary prefixes and one prefix per kind of entity.

``body:hlsoc`` stands for ``https://w3id.org/wsiskg/id/body/hlsoc`` (the IRI pattern ``id/<kind>/<key>``,
docs/MODEL.md "IRIs"). The same table is predeclared for ``wsiskg sparql``, used to shorten IRIs in tables
and Turtle, and offered by the endpoint's web UI, so every IRI the tools print can be pasted back.
The kind prefixes win over a vocabulary prefix of the same name: ``org:itu`` is the ITU, and the W3C
Organization Ontology is then offered as ``w3corg:`` (saved queries declare their own prefixes).
"""

from __future__ import annotations

import re
from functools import lru_cache

from graph_builder.rdf import namespaces

KINDS = tuple(namespaces.KIND_PREFIXES)  # the kinds of entity the builder mints (first segment after id/)

# SPARQL 1.1 PN_LOCAL without escapes: what a prefixed name may carry after the colon.
_LOCAL = re.compile(r"^[A-Za-z0-9_\u00b7\u00c0-\uffff]([A-Za-z0-9_.\-\u00b7\u00c0-\uffff]*[A-Za-z0-9_\-\u00b7\u00c0-\uffff])?$")


@lru_cache(maxsize=1)
def project_prefixes() -> dict[str, str]:
    """Prefix -> namespace IRI, vocabulary prefixes first, then the entity kinds (stable order)."""
    base = str(namespaces.ID)
    table = {}
    for prefix, ns in namespaces.PREFIXES.items():
        if prefix in KINDS and str(ns) != f"{base}{prefix}/":
            prefix = "w3corg" if prefix == "org" else f"{prefix}-ns"
        table[prefix] = str(ns)
    for kind, ns in namespaces.KIND_PREFIXES.items():
        table[kind] = str(ns)
    return table


@lru_cache(maxsize=1)
def _longest_first() -> list[tuple[str, str]]:
    return sorted(((ns, p) for p, ns in project_prefixes().items()), key=lambda x: (-len(x[0]), x[1]))


def shorten(iri: str) -> str:
    """``body:hlsoc`` when a prefix covers the IRI with a valid local name, else ``<iri>`` (both paste back)."""
    for ns, prefix in _longest_first():
        if iri.startswith(ns) and _LOCAL.match(iri[len(ns):]):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


def sparql_prologue(text: str = "") -> str:
    """PREFIX lines for every project prefix the query text does not declare itself."""
    declared = {m.lower() for m in re.findall(r"(?im)^\s*PREFIX\s+([A-Za-z][\w.-]*)?:", text)}
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in project_prefixes().items() if p.lower() not in declared)


def turtle_prefixes(iris) -> dict[str, str]:
    """The prefixes that shorten at least one of ``iris`` (for a Turtle header without unused lines)."""
    used = {}
    for iri in iris:
        short = shorten(iri)
        if not short.startswith("<"):
            prefix = short.split(":", 1)[0]
            used[prefix] = project_prefixes()[prefix]
    return dict(sorted(used.items()))
