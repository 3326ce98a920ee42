"""Contribution tables that group donors by region with named sub-totals, print the amount beside a currency
column and convert every amount into one currency other than francs (折合美元), on new tables: empty tab
cells keep their columns (structure/tables.py), each named sub-total is a total of its own, the currency
column prices the amount, the converted column is a wsis:amount, and an in-kind row says what was given."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import RDF

from graph_builder.corpus import SourceText
from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import SCHEMA, WSIS
from graph_builder.structure.parser import parse_document
from tests.facts.test_rules_actions_helpers import extract_text, objects, subjects
from tests.structure.test_parser import assert_one_leaf_per_character

REGIONS = (
    "附表　2016年区域宽带方案捐款（按区域）\n\n"
    "捐款方\t币种\t金额\t折合美元\t占比\n"
    "美洲\n"
    "加拿大全球事务部\t美元\t60 000\t60 000\t30.0%\n"
    "智利交通和电信部\t欧元\t30 000\t33 000\t16.5%\n"
    "美洲小计\t\t\t93 000\t46.5%\n"
    "欧洲\n"
    "奥地利联邦欧洲和国际事务部\t瑞士法郎\t100 000\t107 000\t53.5%\n"
    "挪威发展合作署\t实物\t借调一名宽带政策专家\t—\t—\n"
    "欧洲小计\t\t\t107 000\t53.5%\n"
    "总计\t\t\t200 000\t100.0%\n"
)


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _parse(text: str):
    return parse_document(SourceText("t91", Path("t91.txt"), text, "zh", "T", "T", "T", "2024", ""))


def test_empty_tab_cells_keep_the_columns_of_the_cells_after_them():
    doc = _parse(REGIONS)
    assert_one_leaf_per_character(doc)
    (table,) = doc.of_kind("Table")
    rows = {r.locator.rsplit(", ", 1)[-1]: r for r in table.children if r.kind == "TableRow"}
    americas = rows["row 美洲小计"]
    assert americas.label == "subtotal"
    assert [(c.label, c.text) for c in americas.children] == [("1", "美洲小计"), ("4", "93 000"), ("5", "46.5%")]
    assert [c.label for c in rows["total"].children] == ["1", "4", "5"]
    assert rows["row 欧洲小计"].label == "subtotal"  # two named sub-totals, each by its name


@pytest.mark.parametrize("text", [
    # tabs doubled for alignment on every line: the columns are the runs of tabs, as before
    "捐款方\t\t折合美元\n加拿大全球事务部\t\t60 000\n智利交通和电信部\t\t33 000\n",
    # a row with more tab-separated fields than the header: not realigned
    "捐款方\t折合美元\n加拿大全球事务部\t\t60 000\t备注\n智利交通和电信部\t33 000\n",
])
def test_rows_whose_tabs_do_not_fit_the_header_are_split_at_runs_of_tabs(text):
    (table,) = _parse("附表\n\n" + text).of_kind("Table")
    second = [r for r in table.children if r.kind == "TableRow"][1]
    assert [c.label for c in second.children] == [str(k) for k in range(1, len(second.children) + 1)]


@pytest.mark.parametrize("cell, kind", [
    ("美洲小计", "subtotal"), ("Europe subtotal", "subtotal"), ("小计", "subtotal"), ("已收到捐款合计", "total"),
    ("关于小计的说明请见本报告附件二所列各项", ""),  # a long cell that mentions 小计 is no total
    ("小计算器", ""),
])
def test_named_sub_totals(cell, kind):
    from graph_builder.structure.tables import is_total

    assert is_total([cell]) == kind


def test_currency_column_and_converted_column(reference):
    store, _ = extract_text(reference, REGIONS, ["tables.contributions"])
    contributions = subjects(store, RDF.type, WSIS.Contribution)
    by_original = {}
    for c in contributions:
        for v in objects(store, c, WSIS.originalAmount):
            by_original[Decimal(str(v))] = c
    chile = by_original[Decimal("30000")]
    assert objects(store, chile, WSIS.originalCurrency) == {Literal("EUR")}
    assert not objects(store, chile, WSIS.amountCHF)  # euros are not francs
    (converted,) = objects(store, chile, WSIS.amount)
    assert {Decimal(str(v)) for v in objects(store, converted, SCHEMA.value)} == {Decimal("33000")}
    assert objects(store, converted, SCHEMA.currency) == {Literal("USD")}
    canada = by_original[Decimal("60000")]
    assert not objects(store, canada, WSIS.amount)  # given in the common currency already
    austria = next(c for c in contributions if objects(store, c, WSIS.amountCHF))
    assert {Decimal(str(v)) for v in objects(store, austria, WSIS.amountCHF)} == {Decimal("100000")}
    (norway,) = [c for c in contributions if objects(store, c, WSIS.inKind)]
    assert objects(store, norway, WSIS.note) == {Literal("借调一名宽带政策专家", lang="zh")}
    assert {Decimal(str(v)) for v in objects(store, chile, WSIS.shareOfTotal)} == {Decimal("16.5")}
    assert not objects(store, norway, WSIS.shareOfTotal)  # '—' is no share
    totals = subjects(store, RDF.type, WSIS.StatedTotal)
    shares = {Decimal(str(v)) for t in totals for v in objects(store, t, WSIS.shareOfTotal)}
    assert shares == {Decimal("46.5"), Decimal("53.5")}  # the sub-totals' shares; the total's 100% says nothing
    sums = {Decimal(str(v)) for t in totals for v in objects(store, t, WSIS.originalAmount)}
    assert sums == {Decimal("93000"), Decimal("107000"), Decimal("200000")}
    assert all(objects(store, t, WSIS.originalCurrency) == {Literal("USD")} for t in totals)


def test_a_franc_conversion_column_is_no_converted_amount(reference):
    text = ("附表　捐款\n\n捐款方\t币种\t金额\t折合瑞士法郎\n"
            "加拿大全球事务部\t美元\t60 000\t54 000\n智利交通和电信部\t欧元\t30 000\t29 000\n")
    store, _ = extract_text(reference, text, ["tables.contributions"])
    contributions = subjects(store, RDF.type, WSIS.Contribution)
    assert len(contributions) == 2
    assert not any(objects(store, c, WSIS.amount) for c in contributions)
    assert {Decimal(str(v)) for c in contributions for v in objects(store, c, WSIS.amountCHF)} == {
        Decimal("54000"), Decimal("29000")}


FIXED = (
    "一、捐款\n\n1. 2017年共收到三个捐助方的捐款。\n\n"
    "附表　2017年捐款（按区域）\n\n"
    "捐助方                  币种        金额        折合美元     占比\n"
    "拉丁美洲\n"
    "墨西哥通信和交通部      美元        50 000      50 000       25.0%\n"
    "哥伦比亚信息通信部      欧元        40 000      45 000       22.5%\n"
    "拉丁美洲小计                                    95 000       47.5%\n"
    "亚洲\n"
    "印度尼西亚通信部        美元        105 000     105 000      52.5%\n"
    "亚洲小计                                        105 000      52.5%\n"
    "总计                                          200 000      100.0%\n"
)


def test_fixed_width_rows_keep_the_columns_they_stand_under():
    doc = _parse(FIXED)
    assert_one_leaf_per_character(doc)
    (table,) = doc.of_kind("Table")
    rows = [r for r in table.children if r.kind == "TableRow"]
    assert [r.label for r in rows][:2] == ["header", "拉丁美洲"]  # the group line stays a row of the table
    by_loc = {r.locator.rsplit(", ", 1)[-1]: r for r in rows}
    assert [c.label for c in by_loc["row 拉丁美洲小计"].children] == ["1", "4", "5"]
    assert [c.label for c in by_loc["total"].children] == ["1", "4", "5"]  # a wider sum still under its header


def test_fixed_width_contributions_with_group_sub_totals(reference):
    store, _ = extract_text(reference, FIXED, ["tables.contributions"])
    totals = subjects(store, RDF.type, WSIS.StatedTotal)
    sums = {Decimal(str(v)) for t in totals for v in objects(store, t, WSIS.originalAmount)}
    assert sums == {Decimal("95000"), Decimal("105000"), Decimal("200000")}
    contributions = subjects(store, RDF.type, WSIS.Contribution)
    assert len(contributions) == 3
    assert {str(o) for c in contributions for o in objects(store, c, WSIS.originalCurrency)} == {"USD", "EUR"}


@pytest.mark.parametrize("text", [
    # a title line followed by a blank line ends the aligned table: it is no group row
    "表1\n\n国家        人数\n加纳        12\n肯尼亚      9\n附注\n\n各国人数按报名统计。\n",
    # a row with more cells than its header is kept as printed
    "表1\n\n国家        人数\n加纳        12        另有2名观察员    注\n肯尼亚      9\n",
])
def test_fixed_width_rows_that_do_not_fit(text):
    doc = _parse("一、统计\n\n1. 与会者统计如下。\n\n" + text)
    assert_one_leaf_per_character(doc)
    (table,) = doc.of_kind("Table")
    rows = [r for r in table.children if r.kind == "TableRow"]
    assert [r.label for r in rows] == ["header", "加纳", "肯尼亚"]
    for r in rows:
        assert [c.label for c in r.children if c.kind == "TableCell"] == [
            str(k) for k in range(1, len([c for c in r.children if c.kind == "TableCell"]) + 1)]


def test_several_total_rows_are_totals_of_their_own(reference):
    text = ("附表　捐款（美元）\n\n捐款方\t金额（美元）\n"
            "加纳政府\t30 000\n非洲合计\t30 000\n斐济政府\t12 000\n太平洋合计\t12 000\n")
    store, _ = extract_text(reference, text, ["tables.contributions"])
    totals = subjects(store, RDF.type, WSIS.StatedTotal)
    assert len(totals) == 2  # never one total with two amounts
    assert all(len(objects(store, t, WSIS.originalAmount)) == 1 for t in totals)


@pytest.mark.parametrize("head", ["占总额%", "所占比例", "比例（%）", "%", "Share"])
def test_share_columns(reference, head):
    text = f"附表　捐款\n\n捐款方\t金额（美元）\t{head}\n加纳政府\t30 000\t60\n斐济政府\t20 000\t40\n"
    store, _ = extract_text(reference, text, ["tables.contributions"])
    shares = {Decimal(str(v)) for c in subjects(store, RDF.type, WSIS.Contribution)
              for v in objects(store, c, WSIS.shareOfTotal)}
    assert shares == {Decimal("60"), Decimal("40")}


def test_a_column_of_notes_is_no_share(reference):
    text = "附表　捐款\n\n捐款方\t金额（美元）\t备注\n加纳政府\t30 000\t2\n"
    store, _ = extract_text(reference, text, ["tables.contributions"])
    assert not any(objects(store, c, WSIS.shareOfTotal) for c in subjects(store, RDF.type, WSIS.Contribution))


@pytest.mark.parametrize("who,conv", [("资金来源", "折合美元（千）"), ("捐助机构", "折合（千美元）"), ("Donor", "折合美元（千）")])
def test_converted_columns_in_thousands_and_other_contributor_headers(reference, who, conv):
    text = f"附表　捐款\n\n{who}\t币种\t金额\t{conv}\n加纳政府\t欧元\t30 000\t33\n"
    store, _ = extract_text(reference, text, ["tables.contributions"])
    (c,) = subjects(store, RDF.type, WSIS.Contribution)
    (amount,) = objects(store, c, WSIS.amount)
    assert {Decimal(str(v)) for v in objects(store, amount, SCHEMA.value)} == {Decimal("33000")}
    assert objects(store, amount, SCHEMA.currency) == {Literal("USD")}


LIST = ("一、财务\n\n1. 2018年收到的捐款如下：\n\n附件　2018年捐款情况\n\n"
        "1. 丹麦外交部：400 000丹麦克朗（折合62 000美元）\n"
        "2. 卢森堡外交和欧洲事务部：30 000欧元，另有12 000美元用于培训\n"
        "合计：109 000美元\n")


def test_numbered_lines_with_a_converted_amount(reference):
    store, _ = extract_text(reference, LIST, ["tables.contribution-lists"])
    by_currency = {str(next(iter(objects(store, c, WSIS.originalCurrency)))): c
                   for c in subjects(store, RDF.type, WSIS.Contribution)}
    (converted,) = objects(store, by_currency["DKK"], WSIS.amount)
    assert {Decimal(str(v)) for v in objects(store, converted, SCHEMA.value)} == {Decimal("62000")}
    assert not objects(store, by_currency["EUR"], WSIS.amount)  # a second sum given besides is no conversion
