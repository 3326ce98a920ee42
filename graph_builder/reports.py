"""Build reports as TSV (ODK style): facts per rule, warnings, stage timings, discrepancies between claims."""

from __future__ import annotations

from pathlib import Path


GENERATED_NOTE = """# exports/ — generated, do not edit

Everything in this folder is written by `wsiskg build` from `corpus/`, `ontology/`, `shapes/` and the rules in
`graph_builder/`. Edit those, run `wsiskg build`, and commit the result; a test checks that this folder equals a
fresh build. Files: wsis.trig / wsis.nq (all named graphs), wsis.ttl (facts + entities), wsis.nt (union),
wsis.jsonld + context.jsonld, csv/, wsis.graphml, wsis.gexf, viz/ (pictures), reports/ (facts per rule, warnings,
discrepancies between the sources' claims).


structure.tsv: how each text was read — parts, sections, paragraphs, tables, rows, plain-text fragments).
"""


def write_reports(result, out_dir: Path) -> None:
    (out_dir / "README.md").write_text(GENERATED_NOTE, encoding="utf-8")
    reports = out_dir / "reports"
    reports.mkdir(parents=True, exist_ok=True)
    total = sum(result.rule_counts.values()) or 1
    rows = ["rule\tfacts\tshare"]
    for name, n in sorted(result.rule_counts.items()):
        rows.append(f"{name}\t{n}\t{n / total:.3f}")
    (reports / "facts-per-rule.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    documents = [d for d in getattr(result, "documents", []) if hasattr(d, "nodes")]
    if documents:
        (reports / "structure.tsv").write_text(structure_report(documents), encoding="utf-8")
    elif getattr(result, "structure_rows", None) is not None:  # the streaming build collects the rows per document
        (reports / "structure.tsv").write_text(
            "\n".join(["\t".join(STRUCTURE_COLUMNS), *result.structure_rows]) + "\n", encoding="utf-8")
    (reports / "warnings.tsv").write_text(
        "warning\n" + "".join(w.replace("\t", " ") + "\n" for w in result.warnings), encoding="utf-8"
    )
    store = getattr(result, "store", None)
    if store is not None:  # the streaming build writes it from its on-disk store
        from graph_builder.entities.rdf import untranslated_tsv_from_store

        (reports / "untranslated.tsv").write_text(untranslated_tsv_from_store(store), encoding="utf-8")
    elif getattr(result, "dataset", None) is not None:
        from graph_builder.entities.rdf import untranslated_tsv
        from graph_builder.rdf.namespaces import graph_iri

        entities = result.dataset.graph(graph_iri("entities"))
        (reports / "untranslated.tsv").write_text(untranslated_tsv(entities), encoding="utf-8")


def write_discrepancies(result, out_dir: Path, quads=None) -> int:
    """``reports/discrepancies.tsv``: every pair of claims that disagree (queries/discrepancies.rq).

    ``quads``: pyoxigraph quads or a store; by default the build's store (``result.store``)."""
    from graph_builder.claims.discrepancies import write_tsv

    reports = out_dir / "reports"
    reports.mkdir(parents=True, exist_ok=True)
    if quads is None:
        quads = getattr(result, "store", None)
    if quads is None:
        from graph_builder.exports.quads import from_rdflib

        quads = from_rdflib(result.dataset)
    return write_tsv(quads, reports / "discrepancies.tsv")


STRUCTURE_COLUMNS = (
    "doc", "part", "layout", "sections", "paragraphs_numbered", "paragraphs_unnumbered", "preamble", "operative",
    "subitems", "list_items", "tables", "table_rows", "table_cells", "headings", "date_lines", "signatures",
    "footnotes", "fragments", "fragment_chars",
)


def structure_report(documents) -> str:
    """structure.tsv: per document (part '*') and per top-level part, what the parser made of the text.

    ``fragments`` / ``fragment_chars`` count what was left as plain text (Fragment nodes outside tables), so
    a user sees at once how much of a new text was read as structure.
    """
    rows = ["\t".join(STRUCTURE_COLUMNS)]
    for doc in documents:
        rows.extend(structure_rows(doc))
    return "\n".join(rows) + "\n"


def structure_rows(doc) -> list[str]:
    """The structure.tsv rows of one document: '*' for the whole text, then 'body' and each part."""
    rows: list[str] = []
    parts = [("*", doc.nodes[1:])]
    for top in doc.root.children:
        if top.kind in ("Part", "Annex"):
            parts.append((top.id.split("/", 1)[1], _subtree(top)))
    body = [n for n in doc.nodes[1:] if not any(a.kind in ("Part", "Annex") for a in n.ancestors()[:-1])
            and n.kind not in ("Part", "Annex")]
    if len(parts) > 1 and body:
        parts.insert(1, ("body", body))
    for name, nodes in parts:
        rows.append("\t".join(str(v) for v in [doc.doc_id, name, doc.layout, *_counts(nodes)]))
    return rows


def _subtree(node) -> list:
    out, stack = [], [node]
    while stack:
        n = stack.pop()
        out.append(n)
        stack.extend(reversed(n.children))
    return out


def _counts(nodes) -> list[int]:
    def kind(*kinds):
        return [n for n in nodes if n.kind in kinds]

    paras = kind("Paragraph")
    plain = [n for n in kind("Fragment") if not any(a.kind == "Table" for a in n.ancestors())]
    return [
        len(kind("Section")), len([p for p in paras if p.label]), len([p for p in paras if not p.label]),
        len(kind("Preamble")), len(kind("OperativeParagraph")), len(kind("SubItem")), len(kind("ListItem")),
        len(kind("Table")), len(kind("TableRow")), len(kind("TableCell")), len(kind("Heading")),
        len(kind("DateLine")), len(kind("Signature")), len(kind("Footnote")), len(plain),
        sum(n.end - n.start for n in plain if not n.children),
    ]


def curated_share(rule_counts: dict[str, int]) -> float:
    total = sum(rule_counts.values())
    return rule_counts.get("curated", 0) / total if total else 0.0
