"""Namespaces and IRI builders (docs/MODEL.md, 'IRIs')."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

BASE = "https://w3id.org/wsiskg/"
WSIS = Namespace(BASE + "ontology#")
DOC = Namespace(BASE + "doc/")
ID = Namespace(BASE + "id/")
STMT = Namespace(BASE + "stmt/")
EV = Namespace(BASE + "ev/")
GRAPH = Namespace(BASE + "graph/")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
TIME = Namespace("http://www.w3.org/2006/time#")
WD = Namespace("http://www.wikidata.org/entity/")

# One prefix per entity kind, named as the kind in ``id/{kind}/{slug}``, so every entity has a legal
# SPARQL/Turtle prefixed name: ``body:hlsoc``, ``org:itu``, ``actionline:c7-e-health``
# (``wsisid:body/hlsoc`` is not one: a local name cannot contain '/').
ENTITY_KINDS = (
    "actionline", "agreed-conclusions", "amount", "appointment", "body", "budget", "contribution", "decision",
    "decree", "directive", "document", "event", "facilitation", "facility", "framework", "group", "guarantee",
    "initiative", "law", "order", "org", "participation", "person", "place", "post", "quantity", "resolution", "secondment", "staff",
    "task", "theme", "total", "vote",
)

PREFIXES = {
    "wsis": WSIS,
    "doc": DOC,
    "wsisid": ID,
    **{kind: Namespace(f"{ID}{kind}/") for kind in ENTITY_KINDS},
    "stmt": STMT,
    "ev": EV,
    "graph": GRAPH,
    # the W3C Organization Ontology; ``org:`` is the entity kind id/org/
    "w3corg": ORG,
    "schema": SCHEMA,
    "oa": OA,
    "time": TIME,
    "wd": WD,
    "prov": PROV,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "foaf": FOAF,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
}

# The entity-kind prefixes alone (the query tools offer them; PREFIXES above binds them for the exports).
KIND_PREFIXES = {kind: PREFIXES[kind] for kind in ENTITY_KINDS}

GRAPH_NAMES = ("ontology", "structure", "entities", "mentions", "facts", "evidence", "inferred")


def graph_iri(name: str):
    return GRAPH[name]


def slugify(text: str) -> str:
    """Readable ASCII slug: 'Tunis Agenda' -> 'tunis-agenda', '56/183' -> '56-183'."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[^a-z0-9.]+", "-", text).strip("-.")
    return text or "x"


def short_hash(*parts: object) -> str:
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:16]


def entity_iri(kind: str, slug: str):
    return ID[f"{kind}/{slug}"]


def node_iri(node_id: str):
    """IRI of a document node; ``node_id`` is its path after ``doc/`` (e.g. '004/tunis-agenda/para/103')."""
    return DOC[node_id]
