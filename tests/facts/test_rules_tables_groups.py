"""Tab tables whose rows are grouped under short title lines (structure/tables.py) and whose amounts stand beside
a currency column (rules_tables.py), on new tables."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import RDF

from graph_builder.corpus import SourceText
from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import WSIS
from graph_builder.structure.parser import parse_document
from tests.facts.test_rules_actions_helpers import extract_text, objects, subjects
from tests.structure.test_parser import assert_one_leaf_per_character

GROUPED = (
    "附件　区域讲习班捐款情况（截至2011年3月31日）\n\n"
    "捐助方\t金额\t币种\t折合瑞士法郎\n"
    "一、现金\n"
    "冰岛政府\t40 000\t欧元\t61 000\n"
    "智利政府\t20 000\t瑞士法郎\t20 000\n"
    "小计\t\t\t81 000\n"
    "二、实物\n"
    "秘鲁政府\t提供会议场地\t实物\t—\n"
    "总计\t\t\t81 000\n"
)


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _parse(text: str):
    return parse_document(SourceText("t90", Path("t90.txt"), text, "zh", "T", "T", "T", "2024", ""))


def test_group_title_lines_stay_rows_of_the_tab_table():
    doc = _parse(GROUPED)
    assert_one_leaf_per_character(doc)
    (table,) = doc.of_kind("Table")
    labels = [r.label for r in table.children if r.kind == "TableRow"]
    assert labels == ["header", "一、现金", "冰岛政府", "智利政府", "subtotal", "二、实物", "秘鲁政府", "total"]


@pytest.mark.parametrize("tail", [
    "各国政府的捐款已全部到位，秘书处对此表示感谢。\n",  # a sentence after the table: prose
    "\n注：金额按联合国业务汇率折算\n",                  # a note after a blank line
])
def test_a_line_after_the_last_tab_row_is_not_a_group_row(tail):
    doc = _parse("附件\n\n捐助方\t折合瑞士法郎\n冰岛政府\t61 000\n智利政府\t20 000\n" + tail)
    (table,) = doc.of_kind("Table")
    assert [r.label for r in table.children if r.kind == "TableRow"] == ["header", "冰岛政府", "智利政府"]


def test_amount_and_currency_columns_give_the_original_amount(reference):
    store, _ = extract_text(reference, GROUPED, ["tables.contributions"])
    contributions = subjects(store, RDF.type, WSIS.Contribution)
    by_chf = {next(iter(objects(store, c, WSIS.amountCHF)), None): c for c in contributions}
    iceland = by_chf[Literal(Decimal("61000"))]
    assert objects(store, iceland, WSIS.originalCurrency) == {Literal("EUR")}
    assert {Decimal(str(v)) for v in objects(store, iceland, WSIS.originalAmount)} == {Decimal("40000")}
    chile = by_chf[Literal(Decimal("20000"))]
    assert not objects(store, chile, WSIS.originalCurrency)  # francs already
    (peru,) = [c for c in contributions if objects(store, c, WSIS.inKind)]
    assert not objects(store, peru, WSIS.amountCHF)
    totals = subjects(store, RDF.type, WSIS.StatedTotal)
    assert len(totals) == 2 and any(str(t).endswith("-subtotal") for t in totals)  # the sub-total is kept too
