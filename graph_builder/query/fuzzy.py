"""Forgiving search over the names of things: ranked, typo-tolerant, in both languages.

Every ``rdfs:label``, ``skos:altLabel``, ``wsis:acronym`` and ``skos:notation`` of an entity is a name.
Names and the query are compared after NFKC, case folding, traditional -> simplified Chinese (OpenCC
``t2s``) and a few spelling variants of the genre (因特网/互联网 …). A name equal to the query scores 100,
a name containing it 90–99 (the closer in length the higher), otherwise rapidfuzz's ``WRatio`` (typos,
word order, short and long names; a name shorter than the query by ``token_sort_ratio`` only); queries of three characters or fewer (acronyms) must match a name
or a word of it exactly. One row per entity, best name first; nothing found gives close names as
"did you mean". A country found by name brings the organisations of that country (``wsis:country``:
its government, agencies, delegations) and what they contributed or pledged.

Things that stand for a single fact (a contribution, a facilitation, a directive …, see
:data:`FACT_KINDS`) are not matched by name: their labels are generated from the fact ("瑞士法郎"
is in every amount); they are reached through the entity they are about.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rdflib import URIRef

from graph_builder.rdf.namespaces import ID, WSIS

FACT_KINDS = ("appointment", "budget", "contribution", "directive", "facilitation", "facility", "guarantee",
              "participation", "secondment", "staff", "total")
# Spelling variants of the texts' genre: left is rewritten to right before comparing.
VARIANTS = {"因特网": "互联网", "网际网路": "互联网", "網際網路": "互联网", "信息社会世界首脑会议": "信息社会世界峰会",
            "organisation": "organization", "programme": "program", "centre": "center"}
THRESHOLD = 80.0
SHORT = 3

NAMES = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX wsis: <https://w3id.org/wsiskg/ontology#>
SELECT ?e ?name WHERE {
  { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name } UNION { ?e wsis:acronym ?name }
  UNION { ?e skos:notation ?name }
  FILTER(isIRI(?e) && STRSTARTS(STR(?e), "https://w3id.org/wsiskg/id/"))
}"""

DETAILS = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX wsis: <https://w3id.org/wsiskg/ontology#>
SELECT ?e ?type ?en ?zh WHERE {
  OPTIONAL { ?e a ?type FILTER(STRSTARTS(STR(?type), STR(wsis:))) }
  OPTIONAL { ?e rdfs:label ?en FILTER(LANG(?en) = "en") }
  OPTIONAL { ?e rdfs:label ?zh FILTER(LANG(?zh) = "zh") }
}"""

RELATED = """PREFIX wsis: <https://w3id.org/wsiskg/ontology#>
SELECT ?org ?money WHERE {
  ?org wsis:country ?place .
  OPTIONAL { ?org wsis:contributed ?money }
}"""


@lru_cache(maxsize=1)
def _converter():
    try:
        import opencc
    except ImportError:  # the wheel is missing on this platform: traditional forms then match only as typed
        return None
    return opencc.OpenCC("t2s")


def normal(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    converter = _converter()
    if converter is not None and re.search(r"[\u3400-\u9fff]", text):
        text = converter.convert(text)
    for variant, standard in VARIANTS.items():
        text = text.replace(variant, standard)
    return " ".join(re.sub(r"[\s\-‐–—_,.;:()（），。、]+", " ", text).split())


def kind(iri: str) -> str:
    rest = iri[len(str(ID)):] if iri.startswith(str(ID)) else ""
    return rest.split("/", 1)[0]


@dataclass
class Hit:
    iri: str
    score: float
    name: str  # the name that matched
    via: str = ""  # the entity through which an expanded row was found


class NameIndex:
    """Names of one store's entities, built once."""

    def __init__(self, store):
        self.store = store
        self.names: dict[str, set[str]] = {}  # normalised name -> entities
        self.shown: dict[str, str] = {}
        for row in store.run(NAMES, None, where="search").rows:
            iri = str(row["e"])
            if kind(iri) in FACT_KINDS:
                continue
            key = normal(str(row["name"]))
            if key:
                self.names.setdefault(key, set()).add(iri)
                self.shown.setdefault(key, str(row["name"]))

    def score(self, query: str, name: str) -> float:
        from rapidfuzz import fuzz

        if query == name:
            return 100.0
        if len(query) <= SHORT:
            return 95.0 if query in name.split() else 0.0
        if len(name) <= SHORT:  # an acronym inside a longer query counts only as a whole word
            return 85.0 if name in query.split() else 0.0
        if query in name:
            return 90.0 + 9.0 * len(query) / len(name)
        if len(name) < len(query):  # a short name inside a long query is not a match (Tunis in "Tunis Agenda")
            return float(fuzz.token_sort_ratio(query, name, score_cutoff=THRESHOLD - 1))
        return float(fuzz.WRatio(query, name, score_cutoff=THRESHOLD - 1))

    def search(self, text: str, limit: int = 20) -> list[Hit]:
        query = normal(text)
        if not query:
            return []
        best: dict[str, Hit] = {}
        for name, iris in self.names.items():
            s = self.score(query, name)
            if s >= THRESHOLD:
                for iri in iris:
                    if iri not in best or (s, -len(name)) > (best[iri].score, -len(best[iri].name)):
                        best[iri] = Hit(iri, round(s, 1), self.shown[name])
        hits = sorted(best.values(), key=lambda h: (-h.score, h.iri))[:limit]
        return hits + self._related(hits)

    def _related(self, hits: list[Hit]) -> list[Hit]:
        """For each country found: its organisations, and what each contributed or pledged."""
        seen = {h.iri for h in hits}
        extra: list[Hit] = []
        for hit in hits:
            if kind(hit.iri) != "place":
                continue
            rows = self.store.run(RELATED.replace("WHERE {", f"WHERE {{ VALUES ?place {{ <{hit.iri}> }}", 1),
                                  None, where="search").rows
            for row in sorted(rows, key=lambda r: (str(r["org"]), str(r["money"] or ""))):
                for iri, via in ((str(row["org"]), hit.iri), (str(row["money"] or ""), str(row["org"]))):
                    if iri and iri not in seen:
                        seen.add(iri)
                        extra.append(Hit(iri, hit.score, "", via))
        return extra

    def suggestions(self, text: str, n: int = 3) -> list[str]:
        from rapidfuzz import fuzz, process

        query = normal(text)
        names = [name for name in self.names if len(name) > SHORT]
        found = process.extract(query, names, scorer=fuzz.token_sort_ratio, limit=n, score_cutoff=40)
        return [self.shown[name] for name, _, _ in found]

    def details(self, iris: list[str]) -> dict[str, dict]:
        if not iris:
            return {}
        values = " ".join(f"<{i}>" for i in iris)
        rows = self.store.run(DETAILS.replace("WHERE {", f"WHERE {{ VALUES ?e {{ {values} }}", 1), None,
                              where="search").rows
        out: dict[str, dict] = {i: {"types": set(), "en": None, "zh": None} for i in iris}
        for row in rows:
            entry = out[str(row["e"])]
            if row["type"] is not None:
                entry["types"].add(str(row["type"])[len(str(WSIS)):])
            entry["en"] = entry["en"] or row["en"]
            entry["zh"] = entry["zh"] or row["zh"]
        return out


def search_rows(store, text: str, limit: int = 20) -> tuple[list[str], list[dict], list[str]]:
    """(variables, rows of rdflib terms, suggestions when nothing matched) for ``text``."""
    from rdflib import Literal

    index = NameIndex(store)
    hits = index.search(text, limit)
    if not hits:
        return [], [], index.suggestions(text)
    details = index.details([h.iri for h in hits])
    variables = ["entity", "type", "entity_en", "entity_zh", "score", "matched", "via"]
    rows = []
    for h in hits:
        d = details[h.iri]
        rows.append({"entity": URIRef(h.iri), "type": Literal(", ".join(sorted(d["types"]))) if d["types"] else None,
                     "entity_en": d["en"], "entity_zh": d["zh"], "score": Literal(h.score),
                     "matched": Literal(h.name) if h.name and h.name not in (str(d["en"]), str(d["zh"])) else None, "via": URIRef(h.via) if h.via else None})
    variables = [v for v in variables if any(row[v] is not None for row in rows)]  # no empty columns
    return variables, [{v: row[v] for v in variables} for row in rows], []
