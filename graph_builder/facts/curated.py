"""Curated statements: facts no general rule can reach, kept as data with a verbatim quote ('How';
docs/MODEL.md 'Facts and evidence').

``graph_builder/data/curated.yaml`` holds a list under ``statements:``; each record::

    - subject: body/hlsoc              # an entity key (kind/slug), a prefixed name (wsisid:…) or a full IRI
      predicate: wsis:chair            # a prefixed name (prefixes of graph_builder.rdf.namespaces) or a full IRI
      object: {entity: post/itu-secretary-general}   # or {iri: …}, {literal: "…", lang: zh},
                                                     #    {literal: "5", datatype: xsd:integer}
      node: 001/para/17                # the document node (its id) whose words state the fact
      quote: HLSOC由电联秘书长主持       # verbatim (or equal once normalised) inside that node
      reason: why no rule can reach it

The build verifies every record: the node exists, the quote occurs in it, the entity keys are in the reference
list, the prefixes are known. Any failure stops the build with one line ``graph_builder/data/curated.yaml:
statement N: problem``. Curated facts count as rule ``curated``; the build prints their share (keep < 10 %).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from rdflib import Literal, URIRef

from graph_builder import paths
from graph_builder.errors import WsisError
from graph_builder.facts import rule
from graph_builder.rdf.namespaces import ID, PREFIXES

_FIELDS = {"subject", "predicate", "object", "node", "quote", "reason"}
_REQUIRED = ("subject", "predicate", "object", "node", "quote")


@dataclass(frozen=True)
class CuratedStatement:
    index: int  # 1-based position in the file, for messages
    subject: str
    predicate: str
    object: dict
    node: str
    quote: str
    reason: str = ""


def curated_path() -> Path:
    return paths.data_dir() / "curated.yaml"


def load_curated(path: Path) -> list[CuratedStatement]:
    """Read and check the shape of every record; a missing file means no curated statements."""
    if not path.is_file():
        return []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as e:
        raise WsisError(f"{path}: not valid YAML ({str(e).splitlines()[0]})") from None
    records = data.get("statements") if isinstance(data, dict) else None
    if records is None:
        records = []
    if not isinstance(records, list):
        raise WsisError(f"{path}: 'statements' must be a list")
    out = []
    for i, rec in enumerate(records, 1):
        if not isinstance(rec, dict):
            raise WsisError(f"{path}: statement {i}: not a mapping")
        unknown = sorted(set(rec) - _FIELDS)
        if unknown:
            raise WsisError(f"{path}: statement {i}: unknown field(s) {', '.join(unknown)}")
        missing = [f for f in _REQUIRED if not rec.get(f)]
        if missing:
            raise WsisError(f"{path}: statement {i}: missing {', '.join(missing)}")
        if not isinstance(rec["object"], dict) or len(set(rec["object"]) & {"entity", "iri", "literal"}) != 1:
            raise WsisError(f"{path}: statement {i}: object must have exactly one of entity, iri, literal")
        out.append(CuratedStatement(i, str(rec["subject"]), str(rec["predicate"]), rec["object"],
                                    str(rec["node"]), str(rec["quote"]), str(rec.get("reason", ""))))
    return out


def _iri(text: str, where: str) -> URIRef:
    """A full IRI, a prefixed name with a known prefix, or (when it has the form kind/slug) an entity key."""
    if text.startswith(("http://", "https://")):
        return URIRef(text)
    prefix, sep, local = text.partition(":")
    if sep:
        if prefix not in PREFIXES:
            raise WsisError(f"{where}: unknown prefix {prefix!r} in {text!r}")
        return URIRef(str(PREFIXES[prefix]) + local)
    raise WsisError(f"{where}: {text!r} is neither an IRI nor a prefixed name")


def _entity(ctx, key: str, where: str) -> URIRef:
    if ctx.reference is not None and key not in ctx.reference.by_key:
        raise WsisError(f"{where}: entity {key!r} is not in graph_builder/data/entities.yaml")
    return ID[key]


def _subject(ctx, text: str, where: str) -> URIRef:
    if ":" not in text and "/" in text:
        return _entity(ctx, text, where)
    return _iri(text, where)


def _object(ctx, obj: dict, where: str):
    if "entity" in obj:
        return _entity(ctx, str(obj["entity"]), where)
    if "iri" in obj:
        return _iri(str(obj["iri"]), where)
    lang, datatype = obj.get("lang"), obj.get("datatype")
    if lang and datatype:
        raise WsisError(f"{where}: a literal has a language or a datatype, not both")
    return Literal(str(obj["literal"]), lang=lang, datatype=_iri(str(datatype), where) if datatype else None)


def apply_curated(ctx, statements: list[CuratedStatement], path: Path) -> None:
    """Verify each statement against its node and assert it with the quote as evidence."""
    nodes = {n.id: n for d in ctx.documents for n in d.nodes}
    for st in statements:
        where = f"{path}: statement {st.index}"
        node = nodes.get(st.node)
        if node is None:
            raise WsisError(f"{where}: no document node {st.node!r}")
        span = node.find(st.quote)
        if span is None:
            raise WsisError(f"{where}: quote {st.quote!r} not found in {node.locator} ({st.node})")
        s = _subject(ctx, st.subject, where)
        p = _iri(st.predicate, where)
        o = _object(ctx, st.object, where)
        ctx.store.add_span(s, p, o, node, span, rule="curated")


@rule("curated")
def curated(ctx) -> None:
    """The statements of graph_builder/data/curated.yaml, each verified against its quote."""
    path = curated_path()
    apply_curated(ctx, load_curated(path), path)
