"""Generate docs/ONTOLOGY.md, the ontology reference, from ontology/*.ttl ("a readable reference
of the ontology (classes, properties, domains, ranges, one example query per main class)").

One section per ontology file, in the order of :data:`SECTIONS`; classes and properties sorted by
name; an example SPARQL query for each main class (:data:`EXAMPLES`, checked by the tests to run and
return rows on the example graph). Output is deterministic: the same ontology gives the same bytes.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from graph_builder import paths
from graph_builder.rdf.namespaces import PREFIXES, WSIS
from graph_builder.validation import load_ontology, parse_turtle

SECTIONS = (
    ("wsis.ttl", "Core: document structure, statements and evidence, values"),
    ("agents.ttl", "Agents: organisations, bodies, persons, posts, places"),
    ("events-acts.ttl", "Events and acts"),
    ("actionlines.ttl", "Action lines, themes, facilitation, directives"),
    ("money.ttl", "Money and staff"),
)
"""Ontology files in reading order, with their section titles; other files follow under their own name."""

QUERY_PREFIXES = """PREFIX wsis: <https://w3id.org/wsiskg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""

EXAMPLES: dict[str, tuple[str, str]] = {
    "TextNode": (
        "Every paragraph of a source text with its locator and offsets, in document order.",
        """SELECT DISTINCT ?node ?locator ?start ?end WHERE {
  ?node a wsis:Paragraph ; wsis:locator ?locator ; wsis:start ?start ; wsis:end ?end .
  FILTER (lang(?locator) = "en")
} ORDER BY ?start""",
    ),
    "Statement": (
        "Which paragraph says a fact: the evidence of every statement about the HLSOC's chair.",
        """SELECT DISTINCT ?chair ?locator ?quote ?rule WHERE {
  ?st rdf:subject ?body ; rdf:predicate wsis:chair ; rdf:object ?chair ; wsis:evidence ?ev .
  ?body wsis:acronym "HLSOC" .
  ?ev wsis:source ?node ; wsis:quote ?quote ; wsis:rule ?rule .
  ?node wsis:locator ?locator .
}""",
    ),
    "Organization": (
        "Organisations with their English and Chinese names and Wikidata items (graph/inferred types every "
        "instance of a subclass, e.g. wsis:UNSystemOrganization, as wsis:Organization too).",
        """SELECT DISTINCT ?org ?en ?zh ?wikidata WHERE {
  ?org a wsis:Organization ; rdfs:label ?en , ?zh .
  FILTER (lang(?en) = "en" && lang(?zh) = "zh")
  OPTIONAL { ?org wsis:wikidata ?wikidata }
} ORDER BY ?en""",
    ),
    "Body": (
        "Who chairs each body (a person or a post).",
        """SELECT DISTINCT ?body ?bodyName ?chairName WHERE {
  ?body a wsis:Body ; wsis:chair ?chair ; rdfs:label ?bodyName .
  ?chair rdfs:label ?chairName .
  FILTER (lang(?bodyName) = "en" && lang(?chairName) = "en")
}""",
    ),
    "Person": (
        "Persons with the posts they hold and their nationality.",
        """SELECT DISTINCT ?name ?post ?country WHERE {
  ?p a wsis:Person ; rdfs:label ?name .
  OPTIONAL { ?p wsis:holds/rdfs:label ?post . FILTER (lang(?post) = "en") }
  OPTIONAL { ?p wsis:nationality/rdfs:label ?country . FILTER (lang(?country) = "en") }
  FILTER (lang(?name) = "en")
}""",
    ),
    "Post": (
        "Posts, the organisation they belong to and who holds them.",
        """SELECT DISTINCT ?post ?org ?holder WHERE {
  ?p a wsis:Post ; rdfs:label ?post ; wsis:postOf/rdfs:label ?org .
  OPTIONAL { ?h wsis:holds ?p ; rdfs:label ?holder . FILTER (lang(?holder) = "en") }
  FILTER (lang(?post) = "en" && lang(?org) = "en")
}""",
    ),
    "Place": (
        "Cities and the country they lie in.",
        """SELECT DISTINCT ?city ?country WHERE {
  ?c a wsis:City ; rdfs:label ?city ; wsis:inCountry/rdfs:label ?country .
  FILTER (lang(?city) = "en" && lang(?country) = "en")
}""",
    ),
    "Event": (
        "When and where each event was held (ISO date with its precision).",
        """SELECT DISTINCT ?event ?iso ?precision ?place WHERE {
  ?e a wsis:Event ; rdfs:label ?event .
  OPTIONAL { ?e wsis:isoDate ?iso ; wsis:datePrecision ?precision }
  OPTIONAL { ?e schema:location/rdfs:label ?place . FILTER (lang(?place) = "en") }
  FILTER (lang(?event) = "en")
}""",
    ),
    "Act": (
        "Resolutions and decisions with number, date and place of adoption.",
        """SELECT DISTINCT ?act ?number ?date ?place WHERE {
  ?a a wsis:Act ; rdfs:label ?act ; wsis:number ?number .
  OPTIONAL { ?a wsis:date ?date }
  OPTIONAL { ?a wsis:adoptedIn/rdfs:label ?place . FILTER (lang(?place) = "en") }
  FILTER (lang(?act) = "en")
}""",
    ),
    "Document": (
        "Outcome documents and where their text is in the corpus.",
        """SELECT DISTINCT ?doc ?date ?node WHERE {
  ?d a wsis:OutcomeDocument ; rdfs:label ?doc .
  OPTIONAL { ?d wsis:date ?date }
  OPTIONAL { ?d wsis:textIn ?node }
  FILTER (lang(?doc) = "en")
}""",
    ),
    "ActionLine": (
        "Action lines and sub-lines with their notation and broader action line.",
        """SELECT DISTINCT ?notation ?title ?broader WHERE {
  ?l skos:inScheme wsis:ActionLineScheme ; skos:notation ?notation ; rdfs:label ?title .
  OPTIONAL { ?l skos:broader/skos:notation ?broader }
  FILTER (lang(?title) = "en")
} ORDER BY ?notation""",
    ),
    "Facilitation": (
        "Facilitator agencies of an action line, in the order listed.",
        """SELECT DISTINCT ?line ?rank ?agency WHERE {
  ?f a wsis:Facilitation ; wsis:actionLine/skos:notation ?line ; wsis:rank ?rank ;
     wsis:agency/rdfs:label ?agency .
  FILTER (lang(?agency) = "en")
} ORDER BY ?line ?rank""",
    ),
    "Directive": (
        "Who is asked to do what, by when, and where the text says so.",
        """SELECT DISTINCT ?kind ?who ?action ?iso ?qualifier ?node WHERE {
  ?d a wsis:Directive , ?kind ; wsis:action ?action ; wsis:statedIn ?node .
  ?kind rdfs:subClassOf wsis:Directive .
  OPTIONAL { ?d wsis:addressee/rdfs:label ?who . FILTER (lang(?who) = "en") }
  OPTIONAL { ?d wsis:isoDate ?iso }
  OPTIONAL { ?d wsis:deadlineQualifier ?qualifier }
}""",
    ),
    "Contribution": (
        "Contributions to a fund: contributor, amount in CHF, original amount and currency, status.",
        """SELECT DISTINCT ?contributor ?chf ?amount ?currency ?status ?asOf WHERE {
  ?c a wsis:Contribution ; wsis:contributor/rdfs:label ?contributor ; wsis:status ?status .
  OPTIONAL { ?c wsis:amountCHF ?chf }
  OPTIONAL { ?c wsis:originalAmount ?amount ; wsis:originalCurrency ?currency }
  OPTIONAL { ?c wsis:asOf ?asOf }
  FILTER (lang(?contributor) = "en")
} ORDER BY DESC(?chf)""",
    ),
}
"""Example queries: class local name -> (what it answers, SPARQL without prefixes)."""


def generate(ontology_dir: Path | None = None) -> str:
    """The Markdown text of docs/ONTOLOGY.md for the ontology in ``ontology_dir`` (default: ontology/)."""
    folder = Path(ontology_dir) if ontology_dir is not None else paths.ontology_dir()
    whole = load_ontology() if ontology_dir is None else _load(folder)
    files = sorted(folder.glob("*.ttl"))
    order = [name for name, _ in SECTIONS if (folder / name).exists()]
    order += [p.name for p in files if p.name not in order]
    titles = dict(SECTIONS)

    out = [_header(whole)]
    out.append("## Contents\n")
    for name in order:
        title = titles.get(name, name)
        out.append(f"- [{title}](#{_anchor(title)}) (`ontology/{name}`)")
    out.append("- [What validation checks](#what-validation-checks) (`shapes/*.ttl`)")
    out.append("- [Example queries](#example-queries)\n")
    for name in order:
        part = parse_turtle(folder / name)
        out.append(_section(titles.get(name, name), name, part, whole))
    out.append(_shapes_summary(paths.shapes_dir() if ontology_dir is None else folder.parent / "shapes"))
    out.append(_examples())
    return "\n".join(out).rstrip() + "\n"


def write(target: Path, ontology_dir: Path | None = None) -> bool:
    """Write the reference to ``target``; True when the file changed."""
    text = generate(ontology_dir)
    target = Path(target)
    if target.is_file() and target.read_text(encoding="utf-8") == text:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return True


def _load(folder: Path) -> Graph:
    g = Graph()
    for p in sorted(folder.glob("*.ttl")):
        parse_turtle(p, into=g)
    return g


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------


def _header(g: Graph) -> str:
    onto = next(iter(sorted(g.subjects(RDF.type, OWL.Ontology))), None)
    comment = _en(g, onto, RDFS.comment) if onto is not None else ""
    version = str(g.value(onto, OWL.versionInfo) or "") if onto is not None else ""
    n_classes = len([c for c in g.subjects(RDF.type, OWL.Class) if _is_wsis(c)])
    n_props = len(_properties(g))
    prefixes = "\n".join(
        f"| `{p}:` | `{ns}` |" for p, ns in sorted(PREFIXES.items()) if p not in ("doc", "stmt", "ev", "graph")
    )
    return f"""# WSIS knowledge graph ontology reference

<!-- Generated by `wsiskg docs` from ontology/*.ttl. Do not edit by hand: edit the ontology and re-run. -->

Ontology IRI `https://w3id.org/wsiskg/ontology` (version {version}); terms in the namespace
`https://w3id.org/wsiskg/ontology#` (prefix `wsis:`). {n_classes} classes and {n_props} properties, each with an
English and a Chinese label. See docs/MODEL.md for IRIs, named graphs and the evidence model.

{comment}

How to query: the named graphs (structure, entities, mentions, facts, evidence, inferred) are queried as
one union graph. graph/inferred holds the OWL RL entailments of the axioms below (super-classes,
super-properties, inverse, symmetric and transitive properties, domains and ranges), so a query may use
e.g. `wsis:chairOf` even though the extractors only state `wsis:chair`.

| prefix | namespace |
|---|---|
{prefixes}
"""


def _section(title: str, file_name: str, part: Graph, whole: Graph) -> str:
    lines = [f"## {title}\n", f"Defined in `ontology/{file_name}`.\n"]
    classes = sorted(c for c in part.subjects(RDF.type, OWL.Class) if _is_wsis(c))
    props = sorted(p for p in _properties(part))
    individuals = sorted(
        i for i in part.subjects(RDF.type, OWL.NamedIndividual) if _is_wsis(i)
    )
    external = sorted(
        {(s, p, o) for s, p, o in part if not _is_wsis(s) and isinstance(s, URIRef) and p != RDF.type
         and s not in set(part.subjects(RDF.type, OWL.Ontology))}
    )
    if classes:
        lines.append("### Classes\n")
        for c in classes:
            lines.append(_class_entry(c, whole))
    if props:
        lines.append("### Properties\n")
        lines.append("| property | labels (en / zh) | kind | domain | range | super-properties | inverse | description |")
        lines.append("|---|---|---|---|---|---|---|---|")
        for p in props:
            lines.append(_property_row(p, whole))
        lines.append("")
    if individuals:
        lines.append("### Individuals\n")
        for i in individuals:
            types = ", ".join(_q(t) for t in sorted(whole.objects(i, RDF.type)) if t != OWL.NamedIndividual)
            lines.append(f"- **{_q(i)}** ({types}) — {_en(whole, i, RDFS.label)} / {_zh(whole, i)}: "
                         f"{_en(whole, i, RDFS.comment)}")
        lines.append("")
    if external:
        lines.append("### Axioms about reused vocabularies\n")
        lines.append("Restated so reasoning works without importing those vocabularies:\n")
        for s, p, o in external:
            lines.append(f"- {_q(s)} {_q(p)} {_q(o)}")
        lines.append("")
    return "\n".join(lines)


def _class_entry(c: URIRef, g: Graph) -> str:
    facts = [
        ("subclass of", sorted(g.objects(c, RDFS.subClassOf))),
        ("subclasses", sorted(g.subjects(RDFS.subClassOf, c))),
        ("domain of", sorted(g.subjects(RDFS.domain, c))),
        ("range of", sorted(g.subjects(RDFS.range, c))),
    ]
    example = f" Example query: [{_q(c)}](#example-wsis{_local(c).lower()})." if _local(c) in EXAMPLES else ""
    bullets = "".join(f"- {name}: {', '.join(_q(t) for t in terms)}\n" for name, terms in facts if terms)
    return (
        f"#### {_q(c)}\n\n"
        f"**{_en(g, c, RDFS.label)}** / **{_zh(g, c)}** — {_en(g, c, RDFS.comment)}{example}\n\n"
        f"{bullets}"
    )


def _property_row(p: URIRef, g: Graph) -> str:
    kinds = [_local(t).replace("Property", "").lower() for t in sorted(g.objects(p, RDF.type))
             if t in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)]
    kinds += [_local(t).replace("Property", "").lower() for t in sorted(g.objects(p, RDF.type))
              if t in (OWL.TransitiveProperty, OWL.SymmetricProperty, OWL.FunctionalProperty)]
    domain = ", ".join(_q(d) for d in sorted(g.objects(p, RDFS.domain))) or "—"
    rng = ", ".join(_q(r) for r in sorted(g.objects(p, RDFS.range))) or "—"
    supers = ", ".join(_q(s) for s in sorted(g.objects(p, RDFS.subPropertyOf))) or "—"
    inverse = sorted(set(g.objects(p, OWL.inverseOf)) | set(g.subjects(OWL.inverseOf, p)))
    inv = ", ".join(_q(i) for i in inverse) or "—"
    labels = f"{_en(g, p, RDFS.label)} / {_zh(g, p)}"
    return (f"| {_q(p)} | {labels} | {' '.join(kinds)} | {domain} | {rng} | {supers} | {inv} | "
            f"{_cell(_en(g, p, RDFS.comment))} |")


def _shapes_summary(folder: Path) -> str:
    """One line per node shape: what it targets and the messages of its constraints."""
    from rdflib.namespace import SH

    lines = ["## What validation checks\n",
             "`wsiskg validate` (and `wsiskg build`) run these SHACL shapes; every problem is reported with the "
             "node's label, the path and the message below.\n"]
    if not folder.is_dir():
        return "\n".join(lines)
    for path in sorted(folder.glob("*.ttl")):
        g = parse_turtle(path)
        lines.append(f"### `shapes/{path.name}`\n")
        for shape in sorted(g.subjects(RDF.type, SH.NodeShape)):
            targets = []
            for pred, word in ((SH.targetClass, "every"), (SH.targetSubjectsOf, "every subject of"),
                               (SH.targetObjectsOf, "every object of")):
                names = ", ".join(_q(t) for t in sorted(g.objects(shape, pred)))
                if names:
                    targets.append(f"{word} {names}")
            messages = sorted({str(m) for m in g.objects(shape, SH.message)}
                              | {str(m) for p in g.objects(shape, SH.property) for m in g.objects(p, SH.message)})
            lines.append(f"- **{'; '.join(targets)}**: " + "; ".join(messages) + ".")
        lines.append("")
    return "\n".join(lines)


def _examples() -> str:
    lines = ["## Example queries\n", "Every query starts with these prefixes:\n", "```sparql", QUERY_PREFIXES.rstrip(),
             "```\n"]
    for name in sorted(EXAMPLES):
        what, query = EXAMPLES[name]
        lines.append(f"### Example: wsis:{name}\n")
        lines.append(f"{what}\n")
        lines.append("```sparql")
        lines.append(query)
        lines.append("```\n")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


def _properties(g: Graph) -> set:
    kinds = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    return {p for k in kinds for p in g.subjects(RDF.type, k) if _is_wsis(p)}


def _is_wsis(term) -> bool:
    return isinstance(term, URIRef) and str(term).startswith(str(WSIS))


def _local(term) -> str:
    text = str(term)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rstrip("/").rsplit("/", 1)[-1]


def _q(term) -> str:
    """Prefixed name in backticks, or the full IRI."""
    text = str(term)
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(str(kv[1]))):
        if text.startswith(str(ns)) and len(text) > len(str(ns)):
            return f"`{prefix}:{text[len(str(ns)):]}`"
    if text.startswith("http://purl.org/vocab/vann/"):
        return f"`vann:{text.rsplit('/', 1)[-1]}`"
    return f"<{text}>"


def _en(g: Graph, s, p) -> str:
    for v in sorted(g.objects(s, p)):
        if getattr(v, "language", None) == "en":
            return str(v)
    return ""


def _zh(g: Graph, s) -> str:
    for v in sorted(g.objects(s, RDFS.label)):
        if getattr(v, "language", None) == "zh":
            return str(v)
    return ""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _anchor(title: str) -> str:
    """GitHub's heading anchor: lowercase, spaces to hyphens, punctuation dropped."""
    keep = [ch for ch in title.lower() if ch.isalnum() or ch in " -"]
    return "".join(keep).replace(" ", "-")
