"""Tab tables whose rows are grouped under short title lines (structure/tables.py) and whose amounts stand beside
a currency column, and facilitators printed as numbered lines (rules_tables.py), on new tables."""

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


FACILITATOR_LIST = ("附件三　行动方面与推进机构一览\n\n1. C1 政府的作用：经济及社会理事会、国际电联\n"
                    "2. C4 能力建设：联合国贸易和发展会议、开发计划署\n3. C9 媒体：联合国教科文组织\n")


def test_numbered_lines_of_facilitators_in_printed_order(reference):
    from graph_builder.rdf.namespaces import ID

    store, _ = extract_text(reference, FACILITATOR_LIST, ["tables.facilitator-lists"])
    got = {}
    for f in subjects(store, RDF.type, WSIS.Facilitation):
        (line,) = objects(store, f, WSIS.actionLine)
        (agency,) = objects(store, f, WSIS.agency)
        (rank,) = objects(store, f, WSIS.rank)
        got.setdefault(str(line).rsplit("/", 1)[1], []).append((int(rank), str(agency).rsplit("/", 1)[1]))
    assert sorted(got["c1"]) == [(1, "ecosoc"), (2, "itu")]  # 经济及社会理事会 is not split at 及
    assert sorted(got["c4"]) == [(1, "unctad"), (2, "undp")]
    assert got["c9"] == [(1, "unesco")]


@pytest.mark.parametrize("text", [
    "附件三　区域办事处一览\n\n1. C1 办事处：亚的斯亚贝巴、国际电联\n2. C4 办事处：开罗、开发计划署\n",  # no facilitators title
    "附件三　行动方面与推进机构一览\n\n各推进机构于2010年5月举行了会议，C4：开发计划署主持。\n",          # prose
])
def test_no_facilitator_list(reference, text):
    store, _ = extract_text(reference, text, ["tables.facilitator-lists"])
    assert not subjects(store, RDF.type, WSIS.Facilitation)
