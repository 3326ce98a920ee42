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

PREFIXES = {
    "wsis": WSIS,
    "doc": DOC,
    "wsisid": ID,
    "stmt": STMT,
    "ev": EV,
    "graph": GRAPH,
    "org": ORG,
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

# One prefix per kind of entity (IRI pattern id/<kind>/), for people reading and typing IRIs: body:hlsoc,
# org:itu. Offered by the query tools (graph_builder.query.prefixes), not bound in the exports, where
# org: stays the W3C Organization Ontology.
ENTITY_KINDS = ("actionline", "agreed-conclusions", "appointment", "body", "budget", "contribution", "decision",
                "directive", "document", "event", "facilitation", "facility", "framework", "group", "guarantee",
                "initiative", "org", "participation", "person", "place", "post", "resolution", "secondment",
                "staff", "theme", "total")
KIND_PREFIXES = {kind: Namespace(f"{BASE}id/{kind}/") for kind in ENTITY_KINDS}

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
