"""Text extracted from a PDF (graph_builder/structure/pages.py and the parser's page handling): lines hard-wrapped at
the margin, page furniture between the pages (running symbol, page and job numbers, a rule over the footnotes),
footnotes at the page bottom, paragraphs a page break interrupts, aligned tables whose cells wrap.

Fixture texts are reprinted hard-wrapped with page furniture (tests/structure/pdf_reprint.py) and must read as
the original: same paragraphs, same facts. The short texts are new sentences written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_builder.corpus import SourceText
from graph_builder.normalize import unwrap
from graph_builder.structure import lines as L
from graph_builder.structure import parse_document
from graph_builder.structure.pages import furniture_lines, wrapped_lines
from tests.structure.pdf_reprint import reprint
from tests.structure.test_parser import assert_one_leaf_per_character

ROOT = Path(__file__).resolve().parents[2]
UNSEEN = ROOT / "tests" / "fixtures" / "unseen"


def _parse(text: str, doc_id: str = "t"):
    return parse_document(SourceText(doc_id, Path(f"{doc_id}.txt"), text, "zh", "T", "T", "T", "2024", ""))


def _numbered(doc) -> list[str]:
    return [n.label for n in doc.nodes if n.kind == "Paragraph" and n.label]


def _squash(s: str) -> str:
    return "".join(s.split())


# (fixture, lines of its title block kept as printed)
REPRINTED = [("929-cstd-fifteenth-session-report-2012.zh.txt", 13), ("935-lac-regional-wsis-review-2014.zh.txt", 8),
             ("933-sg-wsis-regional-international-2015.zh.txt", 0)]


@pytest.mark.parametrize("name,keep", REPRINTED)
def test_a_reprinted_fixture_keeps_its_numbered_paragraphs_and_their_words(name, keep):
    text = (UNSEEN / name).read_text(encoding="utf-8")
    before, after = _parse(text), _parse(reprint(text, keep=keep))
    assert _numbered(after) == _numbered(before)
    assert_one_leaf_per_character(after)
    # the words of each numbered paragraph, read without what lies between its pages, are the original's
    old = {n.label: n for n in before.nodes if n.kind == "Paragraph" and n.label}
    for n in (x for x in after.nodes if x.kind == "Paragraph" and x.label and x.page_broken):
        assert _squash(n.normalized().text) == _squash(old[n.label].normalized().text), n.label
    assert any(n.page_broken for n in after.nodes)


def test_every_running_line_is_a_page_fragment_and_never_a_heading():
    text = (UNSEEN / "929-cstd-fifteenth-session-report-2012.zh.txt").read_text(encoding="utf-8")
    doc = _parse(reprint(text, keep=13, symbol="E/ESCAP/CICT(9)/2", job="B99-01234 (C)"))
    page = [n for n in doc.nodes if n.kind == "Fragment" and n.label == "page"]
    assert {n.text.split()[0] for n in page} >= {"E/ESCAP/CICT(9)/2", "B99-01234", "第"}
    assert not [n for n in doc.nodes if n.kind in ("Section", "Heading") and "E/ESCAP" in n.text.split("\n")[0]]


# (fixture, lines of its title block kept as printed): a report, and resolutions whose preamble and operative
# paragraphs are told apart by how each ends (a comma), which a line cut at the margin hides
FACTS_REPRINTED = [("935-lac-regional-wsis-review-2014.zh.txt", 8), ("928-resolution-wsis-ict4d-2012.zh.txt", 13),
                   ("936-ecosoc-resolution-wsis-progress-2016.zh.txt", 14),
                   ("934-igf-guadalajara-chair-summary-2016.zh.txt", 8), ("927-itu-council-wsis-report-2008.zh.txt", 11)]


@pytest.mark.parametrize("name,keep", FACTS_REPRINTED)
def test_facts_survive_the_reprint(name, keep):
    from graph_builder.entities.reference import load_reference
    from tests.facts.test_rules_actions_helpers import extract_text

    text = (UNSEEN / name).read_text(encoding="utf-8")
    ref = load_reference()
    a, _ = extract_text(ref, text, None, "t")
    b, _ = extract_text(ref, reprint(text, keep=keep), None, "t")
    kept = set(a.facts) & set(b.facts)
    assert len(kept) >= 0.95 * len(a.facts), sorted(set(a.facts) - set(b.facts), key=str)[:10]
    # the running symbol of the pages is not a document the text cites
    assert not [t for t in b.facts if "escwa-ict-2099" in str(t[2])]


BROKEN = """一、区域合作

1. 南亚电信监管理事会第十二次会议于2016年11月8日至10日在不丹廷布举行，来自八个成员国的约
一百五十名代表出席¹。会议选举尼泊尔的拉姆·普拉萨德·夏尔马（Ram Prasad
_______________
¹ 与会者名单见SATRC/12/INF/1号文件。

GE.16-20417 (C)

A/71/999

Sharma）为主席，并请秘书处于2017年
第一季度之前提交区域漫游费用研究报告。

2. 理事会第十三次会议定于2017年在斯里兰卡科伦坡举行。

第 2 页      GE.16-20417
"""


def test_a_paragraph_a_page_break_interrupts_reads_as_one_text_with_its_footnote_apart():
    doc = _parse(BROKEN)
    assert_one_leaf_per_character(doc)
    para = doc.by_id["t/section/1/para/1"] if "t/section/1/para/1" in doc.by_id else doc.by_id["t/para/1"]
    assert para.page_broken
    kinds = [(c.kind, c.label) for c in para.children]
    assert ("Footnote", "1") in kinds and kinds.count(("Fragment", "page")) == 3
    words = para.normalized().text
    assert "拉姆·普拉萨德·夏尔马(Ram Prasad Sharma)为主席" in words
    assert "于2017年第一季度之前" in words and "GE.16" not in words and "与会者名单" not in words
    assert _numbered(doc) == ["1", "2"]
    last = doc.nodes[-1]
    assert last.kind == "Fragment" and last.label == "page"


def test_a_literal_read_across_lines_loses_the_line_break():
    assert unwrap("请秘书处于2017年\n第一季度之前") == "请秘书处于2017年第一季度之前"
    assert unwrap("1 250\n000美元") == "1 250000美元"
    assert unwrap("Ram Prasad\nSharma") == "Ram Prasad Sharma"
    assert unwrap("无换行") == "无换行"


@pytest.mark.parametrize("line", [
    "GE.13-12345 (C)", "B14-00871 (C)    TP011014", "第 3 页", "第 3 页      GE.16-20417", "05-50225",
    "- 4 -", "Page 7 of 9", "*1400871*    B14-00871 (C)",
])
def test_page_furniture_lines(line):
    text = f"1. 会议于2016年举行。\n\n{line}\n\n2. 会议结束。\n"
    assert furniture_lines(L.split_lines(text)) == {3}


@pytest.mark.parametrize("text", [
    # a document symbol printed once, in a title block
    "联合国  E/ESCAP/CICT(4)/3\n\n1. 委员会审议了第E/ESCAP/CICT(4)/3号文件。\n",
    # a page number named in a sentence, a year alone, a count in a table
    "1. 详见报告第3页。\n\n2013\n\n2. 会议结束。\n",
    "国家        人数\n蒙古        12\n不丹        3\n",
    # a rule line not followed by a footnote
    "1. 第一段。\n\n__________\n\n2. 第二段。\n",
])
def test_not_page_furniture(text):
    assert furniture_lines(L.split_lines(text)) == set()


def test_a_bracketed_number_is_a_footnote_only_under_the_footnote_rule():
    doc = _parse(BROKEN.replace("¹ 与会者", "[1] 与会者"))
    assert any(n.kind == "Footnote" and n.label == "1" for n in doc.nodes)
    plain = _parse("一、文献\n\n1. 委员会注意到以下文件：\n[1] 区域宽带报告，2016年。\n[2] 区域漫游研究，2017年。\n")
    assert not any(n.kind == "Footnote" for n in plain.nodes)


def test_texts_that_are_not_hard_wrapped_have_no_wrapped_lines():
    for path in sorted((ROOT / "corpus").glob("*.txt")) + sorted(UNSEEN.glob("93[0-8]-*.txt")):
        assert wrapped_lines(L.split_lines(path.read_text(encoding="utf-8"))) == set(), path.name


def test_a_wrapped_first_line_of_a_decimal_paragraph_is_not_a_heading():
    text = (UNSEEN / "935-lac-regional-wsis-review-2014.zh.txt").read_text(encoding="utf-8")
    doc = _parse(reprint(text, keep=8))
    heads = [n.title for n in doc.nodes if n.kind == "Section"]
    assert not [h for h in heads if len(h) > 25 and not h.endswith("）")], heads


ALIGNED = """表 1
2016年认捐情况
认捐方                  金额（美元）    用途
不丹王国政府              120 000       廷布数据中心网络安全
                                        培训
马尔代夫信息技术部        45 000        岛屿宽带评估
                                        （第二期）
斐济政府                  30 000        区域会议
共计                      195 000
"""


def test_an_aligned_table_keeps_rows_whose_cells_wrap():
    doc = _parse(ALIGNED)
    assert_one_leaf_per_character(doc)
    rows = [n for n in doc.nodes if n.kind == "TableRow"]
    assert [r.label for r in rows] == ["header", "不丹王国政府", "马尔代夫信息技术部", "斐济政府", "total"]
    purpose = doc.by_id[rows[1].id + "/cell/3"]
    assert purpose.normalized().text == "廷布数据中心网络安全培训"
    assert doc.by_id[rows[2].id + "/cell/3"].normalized().text == "岛屿宽带评估(第二期)"
    assert not [n for n in doc.nodes if n.kind == "Section" and n.title in ("培训", "（第二期）")]


def test_a_wrapped_cell_of_an_inner_column_is_a_fragment_of_its_row():
    doc = _parse("认捐方                  金额（美元）    用途\n"
                 "不丹王国政府              120 000       培训\n"
                 "                          (另加实物)\n"
                 "斐济政府                  30 000        区域会议\n")
    assert_one_leaf_per_character(doc)
    row = next(n for n in doc.nodes if n.kind == "TableRow" and n.label == "不丹王国政府")
    wrapped = [c for c in row.children if c.kind == "Fragment"]
    assert [w.text for w in wrapped] == ["(另加实物)"] and wrapped[0].label == "2"


def test_an_aligned_table_does_not_take_the_prose_after_it():
    doc = _parse(ALIGNED.rstrip("\n") + "\n会议感谢各认捐方。\n")
    assert not [r for r in doc.nodes if r.kind == "TableRow" and "感谢" in r.text]


def test_a_footnote_is_linked_to_the_words_that_carry_its_marker():
    from graph_builder.rdf.namespaces import WSIS
    from graph_builder.rdf.structure_rdf import structure_triples
    from graph_builder.structure.pages import footnote_markers

    doc = _parse(BROKEN)
    assert [(f.id, h.id) for f, h in footnote_markers(doc)] == [("t/para/1/footnote/1", "t/para/1")]
    triples = {(str(s), str(p), str(o)) for s, p, o in structure_triples([doc])}
    assert ("https://w3id.org/wsiskg/doc/t/para/1/footnote/1", str(WSIS.footnoteOf),
            "https://w3id.org/wsiskg/doc/t/para/1") in triples


@pytest.mark.parametrize("prose", [
    "1. 会议注意到第¹²号说明。",  # ¹² is the marker of note 12, not of note 1
    "1. 会议注意到以下说明。",  # no marker at all
])
def test_no_marker_no_link(prose):
    from graph_builder.structure.pages import footnote_markers

    doc = _parse(f"{prose}\n\n_______________\n¹ 见附件。\n\nGE.16-20417 (C)\n")
    assert footnote_markers(doc) == []


def _wrapped_with_cut_inside(para: str, name: str) -> str:
    """``para`` hard-wrapped at a width that cuts ``name`` (as a PDF extraction cuts a line at its margin)."""
    from tests.structure.pdf_reprint import wrap_line

    for width in range(28, 41):
        lines = wrap_line(para, width)
        if any(name not in line and name[:2] in line and line.endswith(tuple(name[:-1])) for line in lines) \
                and name not in "".join(ln for ln in lines if name in ln):
            return "\n".join(lines) + "\n"
    raise AssertionError("no width cuts the name")


def test_a_body_name_cut_at_the_margin_is_one_mention():
    from graph_builder.entities.linker import find_all_mentions
    from graph_builder.entities.reference import load_reference

    name = "南亚数字监管合作工作组"
    para = ("1. 委员会注意到各成员国在区域电信监管合作方面取得的进展，并决定将原“南亚电信监管专家组”更名为“"
            + name + "”，由区域电信组织担任秘书处。委员会还请该工作组在下一届会议之前提交一份关于区域漫游费用"
            "和频谱协调问题的研究报告，供成员国审议，并就今后的合作方向提出建议，以便委员会作出决定。")
    text = _wrapped_with_cut_inside(para, name)
    assert name not in text  # cut by a line break
    src = SourceText("t", Path("t.txt"), text, "zh", "T", "T", "T", "2024", "")
    keys = {m.key for m in find_all_mentions([src], load_reference())}
    assert "body/nanyashuzijianguanhezuogongzuozu" in keys


def test_a_name_is_not_joined_across_a_line_that_ends_on_its_own():
    from graph_builder.entities.linker import find_all_mentions
    from graph_builder.entities.reference import load_reference

    text = "二、南亚数字\n监管合作工作组的工作\n\n1. 会议结束。\n"
    src = SourceText("t", Path("t.txt"), text, "zh", "T", "T", "T", "2024", "")
    keys = {m.key for m in find_all_mentions([src], load_reference())}
    assert "body/nanyashuzijianguanhezuogongzuozu" not in keys


TABLE_BREAK = """附件

区域活动（节选）

活动\t日期\t牵头机构
区域宽带论坛\t2016年3月\t国际电联
数据统计讲习班\t2016年5月\t贸发会议

第 4 页        GE.16-20417

A/71/999

频谱管理研讨会\t2016年7月\t国际电联
网络安全演练\t2016年9月\t国际电联/联合国开发计划署
"""


def test_a_table_a_page_break_interrupts_goes_on_after_it():
    doc = _parse(TABLE_BREAK)
    assert_one_leaf_per_character(doc)
    tables = [n for n in doc.nodes if n.kind == "Table"]
    assert len(tables) == 1
    rows = [n.label for n in tables[0].children if n.kind == "TableRow"]
    assert rows == ["header", "区域宽带论坛", "数据统计讲习班", "频谱管理研讨会", "网络安全演练"]
    assert [c.text.split()[0] for c in tables[0].children if c.kind == "Fragment"] == ["第", "A/71/999"]


def test_a_new_table_with_its_own_header_after_a_page_break_is_another_table():
    doc = _parse(TABLE_BREAK.replace("频谱管理研讨会\t2016年7月\t国际电联", "捐助方\t金额（美元）\t用途\n不丹政府\t20 000\t培训"))
    assert len([n for n in doc.nodes if n.kind == "Table"]) == 2


PIPE_BREAK = """附件

表3　各区域讲习班

| 区域 | 讲习班 | 学员人数 |

第 7 页        GE.18-30412

A/73/888

|---|---|---|
| 非洲 | 宽带政策讲习班 | 46 |
| 阿拉伯区域 | 数据保护讲习班 | 38 |
"""


def test_a_pipe_table_whose_header_and_rule_a_page_break_parts_is_one_table():
    doc = _parse(PIPE_BREAK)
    assert_one_leaf_per_character(doc)
    tables = [n for n in doc.nodes if n.kind == "Table"]
    assert len(tables) == 1
    assert [n.label for n in tables[0].children if n.kind == "TableRow"] == ["header", "非洲", "阿拉伯区域"]
    assert [c.text.split()[0] for c in tables[0].children if c.kind == "Fragment" and c.label == "page"] == \
        ["第", "A/73/888"]


RECORDS = """附件二　各试点项目及其执行单位

本附件列出区域宽带合作方案下的各试点项目及负责执行各项目的单位，执行单位按其承担工作的多少排列，排在首位的单位负责协调该项目的全部活动并向指导委员会报告进展情况。

1. P1 农村地区宽带接入和社区信息中心建设：亚太电信组织、国际电联、亚洲开发银行
2. P2 频谱管理：国际电联
3. P3 电子卫生和远程医疗服务试点：世界卫生组织、国际电联、开发计划署、亚太电信组织
4. P4 网络安全：国际电联、亚太电信组织
"""


def _cells_by_row(doc):
    return {r.label: [_squash(c.normalized().text) for c in r.children if c.kind == "TableCell"]
            for r in doc.nodes if r.kind == "TableRow"}


@pytest.mark.parametrize("page_lines", [5, 6, 7, 24])
def test_a_record_cut_at_the_margin_and_by_a_page_break_is_one_row(page_lines):
    before = _parse(RECORDS)
    after = _parse(reprint(RECORDS, width=24, page_lines=page_lines, keep=2))
    assert_one_leaf_per_character(after)
    assert len(_cells_by_row(before)) == 4
    assert _cells_by_row(after) == _cells_by_row(before)


def test_lines_after_records_in_a_text_not_wrapped_are_not_their_rest():
    doc = _parse(RECORDS.replace("4. P4 网络安全：国际电联、亚太电信组织\n", "4. P4 网络安全：国际电联\n另见第9段。\n"))
    assert [r.label for r in doc.nodes if r.kind == "TableRow"] == ["1", "2", "3", "4"]
    assert "另见" not in [c for c in doc.nodes if c.kind == "TableRow"][-1].text
