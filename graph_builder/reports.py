"""Build reports as TSV (ODK style): facts per rule, warnings, stage timings, discrepancies between claims."""

from __future__ import annotations

from pathlib import Path


GENERATED_NOTE = """# exports/ — generated, do not edit

Everything in this folder is written by `wsiskg build` from `corpus/`, `ontology/`, `shapes/` and the rules in
`graph_builder/`. Edit those, run `wsiskg build`, and commit the result; a test checks that this folder equals a
fresh build. Files: wsis.trig / wsis.nq (all named graphs), wsis.ttl (facts + entities), wsis.nt (union),
wsis.jsonld + context.jsonld, csv/, wsis.graphml, wsis.gexf, viz/ (pictures), reports/ (facts per rule, warnings,
discrepancies between the sources' claims).
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
    (reports / "warnings.tsv").write_text(
        "warning\n" + "".join(w.replace("\t", " ") + "\n" for w in result.warnings), encoding="utf-8"
    )


def write_discrepancies(result, out_dir: Path, quads=None) -> int:
    """``reports/discrepancies.tsv``: every pair of claims that disagree (queries/discrepancies.rq)."""
    from graph_builder.claims.discrepancies import write_tsv
    from graph_builder.exports.quads import from_rdflib

    reports = out_dir / "reports"
    reports.mkdir(parents=True, exist_ok=True)
    return write_tsv(from_rdflib(result.dataset) if quads is None else quads, reports / "discrepancies.tsv")


def curated_share(rule_counts: dict[str, int]) -> float:
    total = sum(rule_counts.values())
    return rule_counts.get("curated", 0) / total if total else 0.0
