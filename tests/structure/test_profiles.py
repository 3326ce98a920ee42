"""The bundled texts need no layout hint: their parts, ids and locators are read from the text.

``data/corpus-hints.yaml`` holds the per-file layout hints the texts were once parsed with. Each text is parsed
with and without them and the two node trees are compared node by node (id, kind, label, locator, offsets). The
only differences allowed are listed here, each with its reason.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import graph_builder.structure.parser as parser
from graph_builder.structure import parse_document
from tests.structure.test_parser import assert_one_leaf_per_character

HINTS = yaml.safe_load((Path(__file__).parent / "data" / "corpus-hints.yaml").read_text(encoding="utf-8"))

# (doc, node id): nodes whose locator or label differs, and why.
EXPLAINED = {
    # The themes annex is named from what its rows are (themes of the reference list): 'Annex (themes)'. The hint
    # called it 'Annex (proposed themes)', a translation of the caption '提议的峰会主题' in the body's list of
    # annexes, which nothing in the reference data renders in English. Ids and offsets are the same; the annex's
    # name (and so the locators of its table, rows and cells) differs.
    ("000", "000/themes"),
}


def _rows(doc):
    return {n.id: (n.kind, n.label, n.locator, n.start, n.end) for n in doc.nodes}


def _hinted(monkeypatch, source):
    monkeypatch.setattr(parser, "load_profiles", lambda: HINTS)
    doc = parse_document(source)
    monkeypatch.undo()
    return doc


def _explained(doc_id: str, node_id: str) -> bool:
    return any(d == doc_id and (node_id == n or node_id.startswith(n + "/")) for d, n in EXPLAINED)


@pytest.mark.parametrize("doc_id", ["000", "001", "004"])
def test_the_text_alone_gives_the_same_tree_as_the_hint(documents, monkeypatch, doc_id):
    read = next(d for d in documents if d.doc_id == doc_id)
    hinted = _hinted(monkeypatch, read.source)
    assert hinted.layout == "profile" and read.layout == "parts"
    assert_one_leaf_per_character(read)
    a, b = _rows(hinted), _rows(read)
    assert sorted(a) == sorted(b)  # the same node ids
    diff = [(i, a[i], b[i]) for i in a if a[i] != b[i]]
    assert [d for d in diff if not _explained(doc_id, d[0])] == []
    for i, (kind, label, loc, start, end), (kind2, label2, loc2, start2, end2) in diff:
        assert (kind, start, end) == (kind2, start2, end2)  # explained differences are names only


def test_the_parts_come_from_the_text(documents):
    by = {d.doc_id: d for d in documents}
    parts = {d: [(n.id, n.title) for n in by[d].root.children if n.kind in ("Part", "Annex")] for d in by}
    assert [p for p, _ in parts["004"]] == [
        "004/front-matter", "004/foreword", "004/declaration", "004/plan-of-action", "004/tunis-commitment",
        "004/tunis-agenda", "004/back-matter", "004/back-cover"]
    assert ("000/annex-a", "Annex A (UNGA Res 56/183)") in parts["000"]
    assert [p for p, _ in parts["001"]] == ["001/annex"]


def test_a_text_that_no_longer_matches_its_hint_is_read_from_the_text(documents, monkeypatch):
    from graph_builder.corpus import SourceText

    src = next(d for d in documents if d.doc_id == "000").source
    edited = src.text.replace("附件 A", "附录 A")  # the hint's marker for Annex A is gone
    monkeypatch.setattr(parser, "load_profiles", lambda: HINTS)
    doc = parse_document(SourceText(src.doc_id, src.path, edited, src.language, src.title_en, src.title_zh,
                                    src.publisher, src.date_or_period, src.contents))
    assert doc.layout != "profile"
    assert any("profile ignored" in w for w in doc.warnings)
    assert len(doc.of_kind("OperativeParagraph")) == 8


def test_a_publication_of_documents_in_a_new_text():
    """Two titles naming listed documents, a preface and credits: named parts in a text written for this test."""
    from graph_builder.corpus import SourceText

    text = ("文件汇编\n\n2006年1月\n\n前言\n\n本汇编收录两份文件，供各方参考。\n\n某某\n\n突尼斯\n\n承诺\n\n"
            "1. 我们重申对信息社会的承诺。\n\n2. 我们致力于弥合数字鸿沟。\n\n3. 我们欢迎各方的参与。\n\n"
            "突尼斯\n\n信息社会议程\n\nA. 引言\n\n1. 我们认识到合作的重要性。\n\n2. 我们将定期审查进展。\n\n"
            "© 图片鸣谢：\n\n- 第3页 某机构\n\n本出版物收录了两份文件，供各国政府和所有利益相关方在落实工作中参考使用，"
            "欢迎各方索取。\n")
    src = SourceText("950", Path("950-test.zh.txt"), text, "zh", "Test", "测试", "ITU", "2006", "")
    doc = parse_document(src)
    assert doc.layout == "parts"
    ids = [n.id for n in doc.root.children]
    assert ids == ["950/front-matter", "950/foreword", "950/tunis-commitment", "950/tunis-agenda",
                   "950/back-matter", "950/back-cover"]
    para = next(n for n in doc.nodes if n.id == "950/tunis-agenda/para/1")
    assert para.locator == "Tunis Agenda para 1"
    assert_one_leaf_per_character(doc)


def _doc(text: str, doc_id: str = "951"):
    from graph_builder.corpus import SourceText

    return parse_document(SourceText(doc_id, Path(f"{doc_id}-test.zh.txt"), text, "zh", "Test", "测试", "ITU", "2004", ""))


REPORT = ("国际电联\n\n理事会报告\n\n概况\n\n1. 理事会审议了筹备工作。\n\n2. 秘书处提交了预算。\n\n"
          "3. 理事会注意到各方的捐款。\n\n附件 B\n\n大会决议\n\n58/201. 信息与发展\n\n大会，\n\n"
          "回顾其以往关于信息与发展的决议，\n\n注意到各国政府和国际组织为此所作的努力，\n\n1. 欢迎各方的合作；\n\n2. 请秘书长提交报告。\n")


def test_an_annex_that_prints_a_resolution_is_named_after_it():
    doc = _doc(REPORT)
    assert doc.layout == "parts"
    annex = next(n for n in doc.root.children if n.kind == "Annex")
    assert (annex.id, annex.title) == ("951/annex-b", "Annex B (UNGA Res 58/201)")
    assert [n.id for n in doc.of_kind("OperativeParagraph")] == ["951/annex-b/operative/1", "951/annex-b/operative/2"]
    assert len(doc.of_kind("Preamble")) == 2
    assert_one_leaf_per_character(doc)


def test_a_body_with_a_table_or_unnumbered_prose_is_left_to_detection():
    with_table = REPORT.replace("3. 理事会注意到各方的捐款。", "| 捐款方 | 金额 |\n|---|---|\n| 甲国 | 100 |")
    assert _doc(with_table).layout == "detected"
    unnumbered = REPORT.replace("1. ", "").replace("2. 秘书处", "秘书处").replace("3. ", "")
    assert _doc(unnumbered).layout == "detected"


def test_a_list_of_document_titles_is_not_a_publication():
    text = ("参考文件\n\n日内瓦原则宣言\n\n突尼斯承诺\n\n信息社会突尼斯议程\n\n"
            "1. 上述文件已分发各成员。\n\n2. 秘书处将提供译本。\n")
    assert _doc(text).layout == "detected"
