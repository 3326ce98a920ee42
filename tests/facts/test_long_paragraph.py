"""Every rule is linear in the text's length: a 2 MB paragraph on one line builds.

Not a timed test: it only has to finish (a rule that scans the whole paragraph once per sentence made a
550 kB paragraph run for hours); ``bench/linear_rules.py`` measures the growth (10x text, about 10x time).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from linear_rules import ACTIVE, HEADER, PLAIN  # noqa: E402

from graph_builder.pipeline import build  # noqa: E402


def test_two_megabyte_one_line_paragraph_builds(tmp_path):
    unit = "".join(sentence + PLAIN * 40 for sentence in ACTIVE)
    text = "1. " + unit * (2_000_000 // len(unit.encode("utf-8")) + 1) + "\n"
    assert len(text.encode("utf-8")) >= 2_000_000 and "\n" not in text[:-1]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "long.txt").write_text(text, encoding="utf-8")
    (corpus / "MANIFEST.tsv").write_text(HEADER + "000\tlong.txt\tzh\tT\t题\tITU\t2002\tx\n", encoding="utf-8")
    result = build(corpus, None)  # about 35 s here, most of it rdflib and SHACL; quadratic rules never ended
    assert sum(result.rule_counts.values()) > 0
