"""Build reports as TSV (ODK style): facts per rule, warnings, stage timings."""

from __future__ import annotations

from pathlib import Path


def write_reports(result, out_dir: Path) -> None:
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


def curated_share(rule_counts: dict[str, int]) -> float:
    total = sum(rule_counts.values())
    return rule_counts.get("curated", 0) / total if total else 0.0
