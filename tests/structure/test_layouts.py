"""Layout detection on documents in layouts the bundled texts do not have (tests/fixtures/layouts/).

Each document is parsed without a profile; the tests check the parts, sections, paragraphs (numbered and
not), sub-items, table rows and cells, locators, and that every non-blank character lies in one leaf.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from graph_builder.corpus import SourceText
from graph_builder.structure import parse_document
from tests.structure.test_parser import assert_one_leaf_per_character

LAYOUTS = Path(__file__).resolve().parents[1] / "fixtures" / "layouts"


def _parse(name: str, doc_id: str = "t01"):
    path = LAYOUTS / name
    src = SourceText(doc_id, path, path.read_text(encoding="utf-8"), "zh", "Test", "测试", "Test", "2024", "")
    return parse_document(src)


def _parse_text(text: str, doc_id: str):
    """A text written in the test, parsed without a profile."""
    return parse_document(SourceText(doc_id, Path(f"{doc_id}.txt"), text, "zh", "T", "T", "T", "2024", ""))


def _text(doc, node_id):
    return doc.by_id[node_id].text


@pytest.mark.parametrize("name", sorted(p.name for p in LAYOUTS.glob("*.txt")))
def test_every_layout_keeps_every_character_in_one_leaf(name):
    doc = _parse(name)
    assert_one_leaf_per_character(doc)
    assert doc.of_kind("Paragraph", "OperativeParagraph", "Preamble", "TableRow")


def test_chair_summary_title_block_sections_unnumbered_paragraphs_signature():
    doc = _parse("chair-summary-regional-forum.zh.txt")
    front = doc.by_id["t01/front-matter"]
    assert [c.kind for c in front.children] == ["Heading", "Heading", "DateLine"]
    assert front.children[2].text == "二〇一三年十月九日　圣地亚哥"
    sections = [n for n in doc.nodes if n.kind == "Section"]
    assert [s.title for s in sections] == ["会议概况", "主要结论", "今后步骤"]
    assert [s.id for s in sections] == ["t01/section/1", "t01/section/2", "t01/section/3"]
    # One paragraph per line when the lines are sentences of their own.
    p2 = doc.by_id["t01/section/2/p/2"]
    assert p2.kind == "Paragraph" and p2.text.startswith("与会者请区域委员会秘书处")
    assert p2.locator == "t01 section '主要结论', paragraph 2"
    assert len([c for c in doc.by_id["t01/section/2"].children if c.kind == "Paragraph"]) == 3
    assert [n.text for n in doc.of_kind("Signature")] == ["安娜·罗哈斯", "论坛主席"]


def test_letter_front_matter_paragraphs_and_signature_block():
    doc = _parse("letter-workshop-invitation.zh.txt")
    front = doc.by_id["t01/front-matter"].children
    assert [c.kind for c in front] == ["Heading", "Heading", "Heading", "DateLine", "Heading", "Heading"]
    assert front[3].text == "二〇一一年三月十五日" and front[5].text == "事由：关于举办区域宽带研讨会的通知"
    paras = [n for n in doc.nodes if n.kind == "Paragraph"]
    assert all(p.parent is doc.root for p in paras)
    assert doc.by_id["t01/p/1"].text == "阁下："
    assert doc.by_id["t01/p/2"].text.startswith("谨通知")
    assert doc.by_id["t01/p/2"].locator == "t01 paragraph 2"
    assert [n.text for n in doc.of_kind("Signature")] == ["电信发展局主任", "卡洛斯·门德斯（Carlos Mendes）"]


def test_press_release_lines_without_blank_lines_are_paragraphs():
    doc = _parse("press-release-broadband-report.zh.txt")
    assert doc.by_id["t01/front-matter/line/4"].kind == "DateLine"
    assert doc.by_id["t01/front-matter/line/3"].kind == "Heading"  # the headline is not a date line
    assert _text(doc, "t01/p/1").startswith("国际电信联盟今天发布了")
    assert _text(doc, "t01/p/1").endswith("已超过十亿户。")
    assert _text(doc, "t01/p/4") == "报告全文可在国际电联网站查阅。"


def test_statement_lettered_commitments_in_both_widths_and_roman_items():
    doc = _parse("statement-ministerial-commitments.zh.txt")
    p = doc.by_id["t01/p/2"]
    assert doc.by_id["t01/p/2/text"].text == "我们承诺："
    items = [c for c in p.children if c.kind == "SubItem"]
    assert [c.label for c in items] == ["(a)", "(b)", "(c)", "d)"]
    assert doc.by_id["t01/p/2/b/i"].text == "(i) 开展公众意识宣传活动；"
    assert doc.by_id["t01/p/2/b/ii"].locator == "t01 paragraph 2 (b) (ii)"
    assert doc.by_id["t01/p/3"].text.startswith("我们请国际电联")
    assert doc.of_kind("DateLine")[0].text == "二〇一四年四月十日，索非亚"
    assert not [w for w in doc.warnings if "sub-item" in w]


def test_resolution_preamble_operative_footnote_and_pipe_table_annex():
    doc = _parse("resolution-regional-indicators.zh.txt")
    assert doc.by_id["t01/front-matter/line/1"].kind == "Fragment"  # the symbol
    pre = doc.of_kind("Preamble")
    assert [p.id for p in pre] == [f"t01/preamble/{k}" for k in (1, 2, 3, 4)]
    assert pre[1].text == "又回顾信息社会世界峰会的成果文件，"
    ops = doc.of_kind("OperativeParagraph")
    assert [o.id for o in ops] == [f"t01/operative/{k}" for k in (1, 2, 3, 4)]
    assert ops[1].locator == "t01 operative para 2"
    assert [c.label for c in ops[2].children if c.kind == "SubItem"] == ["(a)", "(b)"]
    assert doc.of_kind("Footnote")[0].text == "¹ A/66/777。"
    assert doc.of_kind("DateLine")[0].text == "2011年12月22日"
    annex = doc.by_id["t01/annex"]
    table = doc.by_id["t01/annex/table"]
    assert table.parent is annex
    rows = [c for c in table.children if c.kind == "TableRow"]
    assert [r.label for r in rows] == ["header", "挪威政府", "智利政府", "total"]
    assert [c.kind for c in table.children][1] == "Fragment"  # the |---| rule line
    assert doc.by_id["t01/annex/row/1"].locator == "t01 Annex, row 挪威政府"
    assert doc.by_id["t01/annex/row/total"].locator == "t01 Annex, total"
    cell = doc.by_id["t01/annex/row/1/cell/2"]
    assert cell.title == cell.text == "150 000"
    bars = [c.text for c in doc.by_id["t01/annex/row/1"].children if c.kind == "Fragment"]
    assert bars == ["|", "|", "|"]  # the bars are the row's markup


def test_report_chapters_sections_and_three_annex_table_forms():
    doc = _parse("annual-report-regional-organisation.zh.txt")
    # Chapters, then 一、 sections inside them, then （一） sub-sections.
    assert doc.by_id["t01/section/1"].label == "第一章"
    assert doc.by_id["t01/section/1/2"].title == "主要活动"
    assert doc.by_id["t01/section/1/2/1"].title == "能力建设"
    assert doc.by_id["t01/para/4"].parent is doc.by_id["t01/section/1/2/1"]
    assert len([n for n in doc.nodes if n.kind == "Paragraph"]) == 6
    # Annex 1: tab-separated, first row the header.
    tab = doc.by_id["t01/annex-1/table"]
    assert [r.label for r in tab.children] == ["header", "塞内加尔", "马里", "尼日尔"]
    assert doc.by_id["t01/annex-1/row/2/cell/3"].text == "2012年4月15日"
    assert doc.by_id["t01/annex-1/row/2"].locator == "t01 Annex 1, row 马里"
    # Annex 2: a numbered list of records with a total line.
    rec = doc.by_id["t01/annex-2/table"]
    assert [r.label for r in rec.children] == ["1", "2", "3", "total"]
    assert [c.text for c in doc.by_id["t01/annex-2/row/3"].children] == ["3.", "非洲开发银行", "100 000美元"]
    assert doc.by_id["t01/annex-2/row/3"].locator == "t01 Annex 2, row 3"
    assert doc.by_id["t01/annex-2/row/total/cell/2"].text == "约180 000瑞士法郎"
    # Annex 3: columns aligned with spaces.
    assert [c.text for c in doc.by_id["t01/annex-3/row/2"].children] == ["玛丽亚·索萨", "佛得角", "工作组主席"]
    assert doc.by_id["t01/annex-3/row/header"].kind == "TableRow"


def test_devdoc_layout_without_profile():
    """The devdoc's title block, sections, full-width numbered paragraphs and both annex tables."""
    path = Path(__file__).resolve().parents[1] / "fixtures" / "devdoc" / "902-itu-cstd-progress-2010.zh.txt"
    src = SourceText("902", path, path.read_text(encoding="utf-8"), "zh", "T", "T", "T", "2010", "")
    doc = parse_document(src)
    assert_one_leaf_per_character(doc)
    assert [c.kind for c in doc.by_id["902/front-matter"].children] == ["Fragment", "Heading", "Heading", "DateLine"]
    assert [n.label for n in doc.of_kind("Section")] == list("一二三四五六七")
    paras = [n for n in doc.of_kind("Paragraph")]
    assert [p.locator for p in paras] == [f"902 para {k}" for k in range(1, 26)]
    a1 = [r for r in doc.by_id["902/annex-1/table"].children if r.kind == "TableRow"]
    assert [r.locator for r in a1] == ["902 Annex 1, header"] + [f"902 Annex 1, row {k}" for k in range(1, 7)] + [
        "902 Annex 1, total"]
    row = doc.by_id["902/annex-2/row/c7"]
    assert row.locator.endswith("Annex 2, row " + row.children[0].text)
    assert len(row.children) == 3
    total = doc.by_id["902/annex-1/row/total"]
    assert [c.label for c in total.children if c.kind == "TableCell"] == ["2", "4"]


def test_text_without_structure_builds_with_a_warning():
    src = SourceText("t02", Path("t02.txt"), "只是一些文字，没有编号。\n另一行文字，也没有编号。\n", "zh", "T", "T", "T", "2024", "")
    doc = parse_document(src)
    assert_one_leaf_per_character(doc)
    assert [p.id for p in doc.of_kind("Paragraph")] == ["t02/p/1", "t02/p/2"]
    assert any("read as 2 unnumbered paragraph(s)" in w for w in doc.warnings)


def test_blank_line_paragraphs_and_hard_wrapped_lines():
    text = "会议记录\n\n第一段文字从这里开始，\n在下一行继续，到这里结束。\n\n第二段文字。\n"
    doc = _parse_text(text, "t03")
    paras = doc.of_kind("Paragraph")
    assert [p.text for p in paras] == ["第一段文字从这里开始，\n在下一行继续，到这里结束。", "第二段文字。"]
    assert [p.id for p in paras] == ["t03/p/1", "t03/p/2"]


def test_parsing_stays_linear_in_text_length():
    """Doubling the text roughly doubles the time (no rule backtracks over a whole paragraph)."""
    unit = (LAYOUTS / "annual-report-regional-organisation.zh.txt").read_text(encoding="utf-8")
    long_line = "这是一个很长的没有标点的段落" * 400 + "\n\n"

    def timed(k: int) -> float:
        """Best of three, without the collector: a full collection over the test session's heap is no
        property of the parser."""
        import gc

        text = (unit + long_line) * k
        src = SourceText("t04", Path("t04.txt"), text, "zh", "T", "T", "T", "2024", "")
        best = float("inf")
        gc.collect()
        gc.disable()
        try:
            for _ in range(3):
                t0 = time.perf_counter()
                parse_document(src)
                best = min(best, time.perf_counter() - t0)
        finally:
            gc.enable()
        return best

    small, big = timed(10), timed(40)
    assert big < small * 4 * 2.5 + 0.05


def test_structure_report_lists_parts_paragraphs_tables_and_plain_text():
    from graph_builder.reports import STRUCTURE_COLUMNS, structure_report

    docs = [_parse("resolution-regional-indicators.zh.txt"), _parse("chair-summary-regional-forum.zh.txt", "t02")]
    lines = structure_report(docs).splitlines()
    assert lines[0].split("\t") == list(STRUCTURE_COLUMNS)
    rows = {tuple(r.split("\t")[:2]): dict(zip(STRUCTURE_COLUMNS, r.split("\t"))) for r in lines[1:]}
    assert rows[("t01", "*")]["preamble"] == "4" and rows[("t01", "*")]["operative"] == "4"
    assert rows[("t01", "annex")]["table_rows"] == "4"
    assert rows[("t01", "front-matter")]["fragments"] == "1"  # the symbol line
    assert rows[("t02", "*")]["paragraphs_unnumbered"] == "6"
    assert rows[("t02", "*")]["layout"] == "detected"


def test_session_record_markdown_headings_decimal_paragraphs_and_html_table():
    doc = _parse("session-record-working-group.zh.txt")
    assert doc.by_id["t01/front-matter/line/2"].text == "WG-STAT/2/REC"
    sec = doc.by_id["t01/section/2"]
    assert sec.title == "议程项目" and sec.label == "2"
    p = doc.by_id["t01/para/2.1"]
    assert p.parent is sec and p.locator == "t01 para 2.1"
    assert [c.label for c in p.children if c.kind == "SubItem"] == ["（一）", "（二）"]
    rows = [r for r in doc.by_id["t01/annex-a/table"].children if r.kind == "TableRow"]
    assert [r.label for r in rows] == ["header", "HH1", "HH2", "ED1"]
    cell = doc.by_id["t01/annex-a/row/ed1/cell/3"]
    assert cell.title == cell.text == "教科文组织统计研究所"
    tags = [c.text for c in doc.by_id["t01/annex-a/row/ed1"].children if c.kind == "Fragment"]
    assert tags[:2] == ["<tr><td>", "</td>"]
    assert doc.by_id["t01/annex-a/row/hh2"].locator == "t01 Annex A, row HH2"


def test_random_slices_of_the_layout_documents_keep_every_character():
    import random

    rng = random.Random(11)
    texts = [p.read_text(encoding="utf-8") for p in sorted(LAYOUTS.glob("*.txt"))]
    for _ in range(300):
        t = rng.choice(texts)
        a = rng.randrange(len(t))
        chunk = t[a : a + rng.randrange(1, 1500)]
        doc = _parse_text(chunk, "fz")
        assert_one_leaf_per_character(doc)


@pytest.mark.parametrize("line", ["２０１０年１２月３日，日内瓦", "二〇〇五年十一月十八日", "日内瓦，2003年12月12日",
                                  "2010年12月　日内瓦", "突尼斯  2005年11月18日"])
def test_date_lines_in_every_printed_form(line):
    text = f"会议文件\n\n{line}\n\n本文件介绍会议的筹备情况。\n"
    doc = _parse_text(text, "t05")
    dates = doc.of_kind("DateLine")
    assert [d.text for d in dates] == [line]
    assert doc.of_kind("Paragraph")[0].text == "本文件介绍会议的筹备情况。"


def test_annex_list_of_contributions_with_colons_and_a_total_line():
    text = (
        "秘书长的报告\n\n1. 本报告介绍信托基金的情况。\n\n附件\n\n截至2006年6月30日收到的捐款\n\n"
        "1. 某国政府：28 000美元；\n2. 另一国政府：40 000欧元；\n3. 某电信公司：CHF 15 000。\n合计：约95 000瑞士法郎\n"
    )
    doc = _parse_text(text, "t06")
    assert_one_leaf_per_character(doc)
    rows = [r for r in doc.by_id["t06/annex/table"].children if r.kind == "TableRow"]
    assert [r.locator for r in rows] == ["t06 Annex, row 1", "t06 Annex, row 2", "t06 Annex, row 3", "t06 Annex, total"]
    assert [c.title for c in rows[1].children] == ["2.", "另一国政府：", "40 000欧元；"]
    assert [c.title for c in rows[3].children] == ["合计：", "约95 000瑞士法郎"]
    assert doc.by_id["t06/para/1"].kind == "Paragraph"  # the body's numbered paragraph is not a record


def test_masthead_of_a_resolution_and_paragraphs_numbered_with_a_comma():
    text = (
        "联合国  A/RES/61/777\n大  会  Distr.: General\n\n第六十一届会议\n\n61/777.  信息和通信技术促进发展\n\n"
        "大会，\n\n回顾其2005年12月23日第60/252号决议，\n\n1.  欢迎秘书长的报告；\n\n"
        "2.  请秘书长在第六十二届会议上提交一份报告。\n\n第 83 次全体会议\n2006年12月20日\n"
    )
    doc = _parse_text(text, "t07")
    assert [c.kind for c in doc.by_id["t07/front-matter"].children] == ["Heading"] * 4
    assert not doc.of_kind("Table")
    assert [n.id for n in doc.of_kind("OperativeParagraph")] == ["t07/operative/1", "t07/operative/2"]
    assert doc.by_id["t07/signature/1"].kind == "Signature" and doc.by_id["t07/signature/2"].kind == "DateLine"
    text2 = "工作报告\n\n一、 概况\n\n1、工作组于2015年举行了三次会议。\n2、工作组审议了以下事项：\n1. 预算；\n2. 工作计划。\n"
    doc2 = _parse_text(text2, "t08")
    assert [n.label for n in doc2.of_kind("Paragraph")] == ["1", "2"]
    assert [n.label for n in doc2.by_id["t08/para/2"].children if n.kind == "SubItem"] == ["1.", "2."]


def test_first_line_indents_open_unnumbered_paragraphs():
    text = (
        "会议纪要\n\n　　与会者审议了秘书处提交的工作计划草案，并就下一阶段的\n合作安排交换了意见。\n"
        "　　工作组决定于2017年第一季度之前提交修订稿，\n并请秘书处分发给各成员。\n"
    )
    doc = _parse_text(text, "t09")
    paras = doc.of_kind("Paragraph")
    assert [p.text[:6] for p in paras] == ["与会者审议了", "工作组决定于"]
    assert paras[0].text.endswith("合作安排交换了意见。")


def test_contents_lines_and_page_furniture_are_plain_text():
    text = (
        "区域信息社会进展报告\n\n目录\n一、导言……………………1\n二、主要进展………………2\n\n一、导言\n\n"
        "1. 本报告介绍区域进展。\n\n- 2 -\n\n05-50225\n\n2. 各国政府加强了合作。\n\n二、主要进展\n\n3. 宽带普及率有所提高。\n"
    )
    doc = _parse_text(text, "t10")
    assert [s.title for s in doc.of_kind("Section")] == ["导言", "主要进展"]
    assert [c.kind for c in doc.by_id["t10/front-matter"].children] == ["Heading", "Heading", "Fragment", "Fragment"]
    assert [f.text for f in doc.by_id["t10/section/1"].children if f.kind == "Fragment"] == ["- 2 -", "05-50225"]
    assert [p.label for p in doc.of_kind("Paragraph")] == ["1", "2", "3"]


def test_council_document_masthead_and_sections_numbered_without_a_dot():
    text = (
        "国际电信联盟\n理事会2006年会议\n文件C06/99-C\n2006年5月10日\n原文：英文\n\n秘书长的报告\n\n"
        "信息社会世界峰会的后续行动\n\n1 引言\n1.1 峰会第二阶段于2005年11月16日至18日在突尼斯举行。\n"
        "1.2 峰会通过了两份成果文件。\n\n2 国际电联的作用\n2.1 国际电联被指定为两个行动方面的推进机构。\n"
    )
    doc = _parse_text(text, "t11")
    assert len(doc.by_id["t11/front-matter"].children) == 7
    assert [(s.label, s.title) for s in doc.of_kind("Section")] == [("1", "引言"), ("2", "国际电联的作用")]
    assert [p.id for p in doc.of_kind("Paragraph")] == ["t11/para/1.1", "t11/para/1.2", "t11/para/2.1"]
    assert doc.by_id["t11/para/2.1"].parent is doc.by_id["t11/section/2"]


def test_paragraphs_numbered_in_parentheses_and_a_pipe_table_without_outer_bars():
    text = (
        "工作组报告\n\n一、 会议情况\n\n（1）工作组于2015年3月举行了第一次会议。\n（2）工作组审议了以下事项：\n"
        "a) 预算；\nb) 工作计划。\n（3）下次会议将于2016年举行。\n\n附件\n\n序号 | 捐款方 | 金额\n---|---|---\n"
        "1 | 某国政府 | 100 000\n\n2 | 另一国政府 | 50 000\n"
    )
    doc = _parse_text(text, "t12")
    assert_one_leaf_per_character(doc)
    assert [p.label for p in doc.of_kind("Paragraph")] == ["1", "2", "3"]
    assert [c.label for c in doc.by_id["t12/para/2"].children if c.kind == "SubItem"] == ["a)", "b)"]
    rows = [r for r in doc.by_id["t12/annex/table"].children if r.kind == "TableRow"]
    assert [r.label for r in rows] == ["header", "1", "2"]  # rows set apart by a blank line stay in the table
    assert [c.text for c in rows[2].children if c.kind == "TableCell"] == ["2", "另一国政府", "50 000"]


def test_a_bare_paragraph_number_is_completed_across_a_blank_line():
    text = "报告\n\n一、 导言\n\n1．\n\n本报告介绍区域进展情况。\n\n2．\n\n各国政府加强了合作。\n"
    doc = _parse_text(text, "t13")
    paras = doc.of_kind("Paragraph")
    assert [(p.label, p.text[-6:]) for p in paras] == [("1", "区域进展情况。"[-6:]), ("2", "政府加强了合作。"[-6:])]
    assert not [w for w in doc.warnings if "continuation" in w]


def test_random_mixtures_of_layout_lines_parse_with_every_character_in_one_leaf():
    """Regression (fuzzing): a Markdown heading deeper than the open sections, a pipe row of bars only crashed."""
    import random

    pieces = [
        "|", "| a |", "|---|", "<tr>", "<td>x", "</table>", "<table>", "附件", "附件一　标题", "Annex B", "(i)", "（a）",
        "1．", "1.", "2.1 文字。", "一、", "一、 标题", "第一章", "I. 标题", "A. 标题", "a\tb", "x  y", "合计  100",
        "1. 某政府  40 000欧元", "回顾其决议，", "大会，", "决定设立工作组；", "2010年12月　日内瓦", "二〇〇五年十一月十八日",
        "# 标题", "### 小标题", "- 项目", "• 项目", "¹ 注", "- 3 -", "目录", "导言……3", "文字。", "很长的文字" * 20, "",
        "", "　　段落。", "(1) 文字。", "1、文字。", "<p>A</p> <p>B</p>", "\t缩进", "第 9 次全体会议", "A/RES/1/2", "——",
    ]
    rng = random.Random(3)
    for _ in range(400):
        text = "\n".join(rng.choice(pieces) for _ in range(rng.randrange(1, 40)))
        doc = _parse_text(text, "fz")
        assert_one_leaf_per_character(doc)
        assert len({n.id for n in doc.nodes}) == len(doc.nodes)


def test_itu_resolution_blocks_with_items_printed_label_tab_text():
    text = (
        "第 77 号决议（2010年，瓜达拉哈拉，修订版）\n宽带接入\n\n国际电信联盟全权代表大会（2010年，瓜达拉哈拉），\n\n"
        "考虑到\na)\t宽带网络是经济和社会发展的关键基础设施；\nb)\t许多发展中国家的农村地区仍缺乏可负担的接入；\n\n"
        "做出决议\n1\t继续支持成员国制定国家宽带战略，其重点如下：\n\ti)\t农村和偏远地区的覆盖；\n"
        "\tii)\t频谱的有效管理；\n2\t设立宽带问题专家组，并于下一年度向理事会报告，\n\n"
        "责成秘书长\n1\t每年向理事会报告本决议的落实情况，\n\n附件\n\n1\t电子政务\t2011年\n2\t电子卫生\t2012年\n"
    )
    doc = _parse_text(text, "t20")
    assert_one_leaf_per_character(doc)
    items = [n.locator for n in doc.of_kind("SubItem")]
    assert items[:2] == ["t20 section '考虑到' a)", "t20 section '考虑到' b)"]
    paras = [n.locator for n in doc.of_kind("Paragraph") if n.label]
    assert paras[:3] == ["t20 section '做出决议', para 1", "t20 section '做出决议', para 2",
                         "t20 section '责成秘书长', para 1"]
    roman = [n for n in doc.of_kind("SubItem") if n.label in ("i)", "ii)")]
    assert [n.parent.locator for n in roman] == ["t20 section '做出决议', para 1"] * 2
    # a short label-tab-text line without sentence punctuation stays a table row
    assert len([r for r in doc.of_kind("TableRow")]) == 2


def test_markdown_asterisk_bullets_and_numbered_items_of_one_list_are_siblings():
    """'* ' bullets are list items like '- '; '2)' after '1)' and '（2）' after '（1）' are the next item, not a child."""
    text = (
        "# 区域讲习班总结\n\n**地点：** 阿拉木图\n\n## 议程\n\n会议讨论了下列专题：\n\n* 宽带接入；\n* 数字技能。\n\n"
        "## 成果\n\n工作组的建议如下：\n\n1) 扩大农村接入；\n2) 降低资费；\n3) 加强统计。\n\n"
        "秘书处还提出以下请求：\n\n（1）请成员国提交数据；\n（2）请伙伴提供资金。\n\n"
        "缔约方的义务是：\n\na) 报告进展，包括：\n(1) 指标；\n(2) 数据来源；\nb) 分享经验。\n\n"
        "**粗体说明** 不是项目。\n"
    )
    doc = _parse_text(text, "t14")
    assert_one_leaf_per_character(doc)
    items = [n for n in doc.of_kind("ListItem")]
    assert [n.text for n in items] == ["* 宽带接入；", "* 数字技能。"]
    assert items[0].parent is items[1].parent and items[0].parent.kind == "Paragraph"
    paras = [n for n in doc.of_kind("Paragraph") if n.parent.id == "t14/section/2"]
    assert [[c.label for c in p.children if c.kind == "SubItem"] for p in paras] == [
        ["1)", "2)", "3)"], ["(1)", "(2)"], ["a)", "b)"], []]
    a = next(c for c in paras[2].children if c.label == "a)")
    assert [c.label for c in a.children if c.kind == "SubItem"] == ["(1)", "(2)"]  # another style nests
    assert not [n for n in doc.of_kind("ListItem") if "粗体" in n.text]


REPRINTS = {
    # the same text pasted from a word processor: every line indented by two ideographic spaces
    "indented": lambda t: "\n".join("\u3000\u3000" + ln if ln.strip() else ln for ln in t.split("\n")),
    # from a web page: no-break spaces wherever the text has spaces
    "nbsp": lambda t: t.replace(" ", "\u00a0"),
    # Windows line ends
    "crlf": lambda t: t.replace("\n", "\r\n"),
}


@pytest.mark.parametrize("how", sorted(REPRINTS))
@pytest.mark.parametrize("name", sorted(p.name for p in LAYOUTS.glob("*.txt")))
def test_a_reprinted_layout_parses_into_the_same_nodes(name, how):
    text = (LAYOUTS / name).read_text(encoding="utf-8")
    plain = _parse(name)
    src = SourceText("t01", LAYOUTS / name, REPRINTS[how](text), "zh", "Test", "测试", "Test", "2024", "")
    again = parse_document(src)
    assert_one_leaf_per_character(again)
    assert [(n.kind, n.id) for n in again.nodes] == [(n.kind, n.id) for n in plain.nodes]


def test_headings_and_paragraphs_without_blank_lines():
    text = "区域理事会报告\n一、组成\n理事会由斐济和汤加组成。\n理事会第三届会议于2014年9月8日在苏瓦举行。\n" \
           "二、今后的会议\n会议决定设立专家组，\n由八名专家组成。\n"
    doc = _parse_text(text, "t05")
    assert_one_leaf_per_character(doc)
    assert [h.text for h in doc.of_kind("Heading")][-2:] == ["一、组成", "二、今后的会议"]
    assert [p.text for p in doc.of_kind("Paragraph")] == [
        "理事会由斐济和汤加组成。", "理事会第三届会议于2014年9月8日在苏瓦举行。", "会议决定设立专家组，\n由八名专家组成。"]


def test_a_heading_wrapped_onto_a_second_line_stays_one_heading():
    text = "二、信息社会世界峰会成果在区域和国际两级的\n执行和后续落实进展情况\n\n1. 本报告介绍进展情况。\n"
    doc = _parse_text(text, "t06")
    assert doc.of_kind("Heading")[0].text == "二、信息社会世界峰会成果在区域和国际两级的\n执行和后续落实进展情况"


def test_annex_of_an_act_with_lettered_records_of_amounts():
    text = (
        "第 12 号决议（2014年，釜山）\n频谱管理\n\n做出决议\n1\t设立频谱管理培训方案，\n\n"
        "附件（第 12 号决议（2014年，釜山））\n\n各国承诺的捐款\n\nA．挪威：45 000瑞士法郎\nB．智利：20 000美元\n"
        "合计：65 000瑞士法郎\n\nA. 导言\nB. 背景\n"
    )
    doc = _parse_text(text, "t21")
    assert_one_leaf_per_character(doc)
    assert doc.of_kind("Annex")
    rows = [r.locator for r in doc.of_kind("TableRow")]
    assert rows == ["t21 Annex, row A", "t21 Annex, row B", "t21 Annex, total"]  # 'A. 导言' names no amount


DECIMAL_REPORT = """区域宽带政策对话会报告

1 会议安排

1.1 选举主席团成员

1.1.1 会议选举了主席和两名副主席。

1.2 通过议程

1.2.1 会议通过了以下议程：
(i) 会议开幕；
(ii) 选举主席团成员；
(iii) 通过议程；
(iv) 审议报告；
(v) 其他事项；
(vi) 通过报告。

2 下一届会议

2.1 会议决定下一届会议于2017年举行。
"""


def test_decimal_titles_nest_by_their_depth_and_a_roman_list_goes_on_past_iv():
    src = SourceText("t02", Path("t02.zh.txt"), DECIMAL_REPORT, "zh", "Test", "测试", "Test", "2024", "")
    doc = parse_document(src)
    assert_one_leaf_per_character(doc)
    sections = {n.label: n for n in doc.nodes if n.kind == "Section"}
    assert sections["1.1"].parent is sections["1"] and sections["1.2"].parent is sections["1"]
    assert sections["2"].parent is sections["1"].parent
    items = [n for n in doc.nodes if n.kind == "SubItem"]
    assert [n.label for n in items] == ["(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)"]
    assert len({n.parent.id for n in items}) == 1


def test_a_table_written_with_full_width_bars_and_no_rule_line():
    text = ("工作计划\n\n1. 小组商定的工作计划如下：\n\n活动｜牵头机构｜期限\n编写区域报告｜非洲经委会｜2019年第二季度\n"
            "举办培训班｜国际电联｜2019年秋季\n\n2. 其他事项。\n")
    doc = _parse_text(text, "t07")
    assert_one_leaf_per_character(doc)
    rows = doc.of_kind("TableRow")
    assert len(rows) == 3
    assert [c.text for c in rows[1].children if c.kind == "TableCell"] == ["编写区域报告", "非洲经委会", "2019年第二季度"]


def test_a_bar_in_prose_is_no_table():
    text = "会议记录\n\n会议审议了“连通｜包容”倡议，并通过了决定。\n会议还讨论了A｜B｜C三个方案的利弊。\n"
    doc = _parse_text(text, "t08")
    assert not doc.of_kind("TableRow")


LETTER_IN_ANNEX = """代表团的说明

代表团谨转递一封信（见附件）。

附件

2011年6月1日斐济常驻联合国代表给大会主席的信

谨随函转递太平洋岛屿数字论坛通过的《苏瓦声明》（见附文）。

1. 声明重申各国的承诺。

2. 声明欢迎新的伙伴关系。

代办
（签名）约纳·塔尼瓦（Jona Taniva）

与会国家名单

斐济、基里巴斯、马绍尔群岛、密克罗尼西亚联邦、瑙鲁、帕劳、巴布亚新几内亚、萨摩亚、所罗门群岛、汤加、图瓦卢、瓦努阿图
"""


def test_a_signed_letter_inside_an_annex_and_the_list_under_a_caption():
    doc = _parse_text(LETTER_IN_ANNEX, "t09")
    assert_one_leaf_per_character(doc)
    assert [n.text for n in doc.of_kind("Signature")] == ["代办", "（签名）约纳·塔尼瓦（Jona Taniva）"]
    # the list under the caption is a paragraph of its own, not the rest of paragraph 2
    last = doc.of_kind("Paragraph")[-1]
    assert last.text.startswith("斐济、基里巴斯") and not last.id.endswith("/cont/1")


def test_a_line_that_only_mentions_a_signature_is_no_signature_block():
    doc = _parse_text("会议记录\n\n会议决定：\n（签名）一栏由秘书处填写，并在会后分发。\n", "t10")
    assert not doc.of_kind("Signature") or all("签名）一栏" not in n.text for n in doc.of_kind("Signature"))


def test_official_records_resolution_with_full_width_numbers_parenthesised_ideographs_and_letters():
    # full-width paragraph numbers (３．), sub-items written ㈠ ㈡ and (ａ) (ｂ), numbered sections 一、 with
    # （一） sub-sections, and the adoption date and plenary meeting as the last line
    text = ("联合国　　　　　　　　　　　　A/RES/73/901\n大会　　　　　　　　　　　　　分发：普遍\n\n"
            "大会第七十三届会议　议程项目19\n\n73/901．宽带促进发展\n\n　　大会，\n\n　　回顾其关于信息和通信技术促进发展的以往各项决议，\n\n"
            "一、宽带\n\n（一）接入\n\n１．决定设立宽带统计小组，其任务为：\n　　㈠　收集数据；\n　　㈡　编写报告；\n\n"
            "二、筹资\n\n２．欢迎下列认捐：\n　　(ａ)　芬兰政府认捐10万美元；\n　　(ｂ)　智利政府认捐5万美元；\n\n"
            "３．决定将本项目列入第七十四届会议临时议程。\n\n2018年12月20日第62次全体会议\n")
    doc = _parse_text(text, "t75")
    assert_one_leaf_per_character(doc)
    ops = {n.locator: n for n in doc.of_kind("OperativeParagraph")}
    assert {"t75 operative para 1", "t75 operative para 2", "t75 operative para 3"} <= set(ops)
    items = [n.locator for n in doc.of_kind("SubItem")]
    assert "t75 operative para 1 （一）" in items and "t75 operative para 1 （二）" in items
    assert "t75 operative para 2 (a)" in items and "t75 operative para 2 (b)" in items
    assert doc.by_id["t75/preamble/1"].text.startswith("回顾")


def test_action_line_headings_bare_with_colon_or_long_title_are_sections():
    text = (
        "二、按行动方针分列的活动\n\n"
        "C2：信息和通信基础设施——国家骨干网络与农村接入\n\n"
        "－ 国际电联报告称，其于2016年在尼日尔协助建设了三个社区接入点。\n\n"
        "C10\n\n"
        "－ 教科文组织报告称，其发布了关于人工智能伦理的讨论文件。\n\n"
        "行动方针C7（信通技术应用：电子学习与电子科学，含开放教育资源和科学数据共享）\n\n"
        "C5方面的工作由国际电联牵头，进展顺利\n\n"
        "行动方面C5的执行情况良好，各实体报告了十二项活动。\n\n"
        "Action line C4 Capacity building\n\n"
        "－ 开发署报告称，其在危地马拉举办了两期培训。\n"
    )
    doc = _parse_text(text, "t93")
    assert_one_leaf_per_character(doc)
    titles = [n.title for n in doc.nodes if n.kind == "Section"]
    # (titles are kept in half-width punctuation)
    assert titles == ["按行动方针分列的活动", "C2:信息和通信基础设施——国家骨干网络与农村接入", "C10",
                      "行动方针C7(信通技术应用:电子学习与电子科学,含开放教育资源和科学数据共享)",
                      "Action line C4 Capacity building"]
    # A line that only mentions an action line inside a sentence stays a paragraph of the section above.
    c7 = next(n for n in doc.nodes if n.kind == "Section" and n.title.startswith("行动方针C7"))
    assert [p.text for p in c7.children if p.kind == "Paragraph"] == [
        "C5方面的工作由国际电联牵头，进展顺利", "行动方面C5的执行情况良好，各实体报告了十二项活动。"]
