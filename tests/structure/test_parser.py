"""Document structure: counts, nothing lost or doubled, offsets, ids, irregular numbering."""

from __future__ import annotations

import re

import pytest

from graph_builder.corpus import SourceText
from graph_builder.structure import parse_document


def _doc(documents, doc_id):
    return next(d for d in documents if d.doc_id == doc_id)


def _paras(doc, prefix, kind="Paragraph"):
    return [n for n in doc.nodes if n.kind == kind and n.id.startswith(prefix) and re.fullmatch(r".*/\d+", n.id)]


@pytest.mark.parametrize(
    "doc_id,prefix,kind,count",
    [
        ("004", "004/declaration/para/", "Paragraph", 67),
        ("004", "004/plan-of-action/para/", "Paragraph", 29),
        ("004", "004/tunis-commitment/para/", "Paragraph", 40),
        ("004", "004/tunis-agenda/para/", "Paragraph", 122),
        ("000", "000/para/", "Paragraph", 21),
        ("000", "000/annex-a/operative/", "OperativeParagraph", 8),
        ("001", "001/para/", "Paragraph", 23),
    ],
)
def test_paragraph_counts(documents, doc_id, prefix, kind, count):
    paras = _paras(_doc(documents, doc_id), prefix, kind)
    assert len(paras) == count
    assert [int(p.label) for p in paras] == list(range(1, count + 1))


def assert_one_leaf_per_character(doc) -> None:
    """Every non-blank character of the source lies in exactly one leaf; nodes nest and slice the source."""
    text = doc.source.text
    owner = [0] * len(text)
    for leaf in doc.leaves():
        if leaf is doc.root:
            continue
        for i in range(leaf.start, leaf.end):
            owner[i] += 1
    lost = [i for i, ch in enumerate(text) if not ch.isspace() and owner[i] == 0]
    doubled = [i for i, n in enumerate(owner) if n > 1]
    assert not lost, f"{doc.doc_id}: characters in no leaf, first at {lost[:3]}: {text[lost[0]:lost[0]+20]!r}"
    assert not doubled, f"{doc.doc_id}: characters in two leaves, first at {doubled[:3]}"
    for n in doc.nodes[1:]:
        assert n.text == text[n.start:n.end] and n.text == n.text.strip(), n.id
        assert n.parent.start <= n.start and n.end <= n.parent.end, f"{n.id} outside its parent"
        assert n.parent.children[n.order - 1] is n


def test_every_nonblank_character_in_exactly_one_leaf(documents):
    for doc in documents:
        assert_one_leaf_per_character(doc)


def test_nodes_nest_and_slice_the_source(documents):
    for doc in documents:
        for n in doc.nodes[1:]:
            assert 0 <= n.start < n.end <= len(doc.source.text), n.id
            assert n.text == doc.source.text[n.start:n.end]
            assert n.text == n.text.strip(), f"{n.id} starts or ends with white space"
            p = n.parent
            assert p.start <= n.start and n.end <= p.end, f"{n.id} outside its parent {p.id}"
            assert p.children[n.order - 1] is n
        for n in doc.nodes:
            starts = [c.start for c in n.children]
            assert starts == sorted(starts), f"children of {n.id} out of order"


def test_ids_are_readable_ascii_and_unique(documents):
    seen = set()
    for doc in documents:
        for n in doc.nodes:
            assert re.fullmatch(r"[a-z0-9][a-z0-9./-]*", n.id), n.id
            assert n.id not in seen
            seen.add(n.id)


@pytest.mark.parametrize(
    "node_id,kind,locator,starts_with",
    [
        ("004/tunis-agenda/para/103", "Paragraph", "Tunis Agenda para 103", "103."),
        ("004/plan-of-action/para/13/b", "SubItem", "Plan of Action para 13 b)", "b)"),
        ("004/plan-of-action/para/13/b/i", "SubItem", "Plan of Action para 13 b) i.*", "- i.*"),
        ("004/plan-of-action/para/8/a", "SubItem", "Plan of Action para 8 a)", "a)"),
        ("004/plan-of-action/section/c/c7", "Section", "Plan of Action section C7", "C7."),
        ("004/tunis-agenda/annex/row/c7", "TableRow", "Tunis Agenda Annex table row C7", "C7."),
        ("004/foreword/signature/1", "Signature", "Foreword (signature)", "内海善雄"),
        ("000/annex-a/operative/1", "OperativeParagraph", "000 Annex A (UNGA Res 56/183) operative para 1", "1."),
        ("000/annex-a/footnote/2", "Footnote", "000 Annex A (UNGA Res 56/183) footnote 2", "²"),
        ("000/para/14/2", "SubItem", "000 para 14 2.", "2."),
        ("001/para/6", "Paragraph", "001 para 6", "6"),
        ("001/annex/1.1", "Section", "001 Annex 1.1", "1.1"),
        ("001/annex/1.1/row/1/cell/2", "TableCell", "001 Annex 1.1 row 1 cell 2", "796 835"),
    ],
)
def test_known_nodes(documents, node_id, kind, locator, starts_with):
    doc = _doc(documents, node_id[:3])
    n = doc.by_id[node_id]
    assert n.kind == kind
    assert n.locator == locator
    assert n.text.startswith(starts_with)


def test_irregular_numbering_is_kept_and_reported(documents):
    doc = _doc(documents, "004")
    c6 = doc.by_id["004/plan-of-action/para/13"]
    labels = [c.label.rstrip("*") for c in c6.children if c.kind == "SubItem"]
    assert labels == ["a)", "b)", "c)", "d)", "e)", "f)", "g)", "h)", "j)", "j)", "k)", "l)", "m)", "n)", "o)",
                      "p)", "q)", "r)"]
    assert "004/plan-of-action/para/13/j-2" in doc.by_id
    assert any("Plan of Action para 13: sub-item j)* where i) was expected" in w for w in doc.warnings)


def test_c7_cell_bullets_are_items(documents):
    doc = _doc(documents, "004")
    cell = doc.by_id["004/tunis-agenda/annex/row/c7/cell/1"]
    items = [c.title for c in cell.children if c.kind == "ListItem"]
    assert items == ["电子政务", "电子商务", "电子教学", "电子卫生", "电子就业", "电子环境", "电子农业", "电子科学"]


def test_page_break_continuation_stays_with_its_paragraph(documents):
    doc = _doc(documents, "004")
    cont = doc.by_id["004/tunis-agenda/para/40/cont/1"]
    assert cont.text.startswith("定查处网络犯罪的立法")
    assert any("after Tunis Agenda para 40" in w for w in doc.warnings)


def _source(text: str, doc_id: str = "t01") -> SourceText:
    from pathlib import Path

    return SourceText(doc_id, Path(f"{doc_id}.txt"), text, "zh", "Test", "测试", "ITU", "2024", "")


def test_a_new_document_without_profile_parses_generically():
    text = (
        "测试报告\n\n一、 背景\n1. 第一段，列举如下：\na) 甲项；\nb) 乙项。\n\n2．第二段。\n\n"
        "二、 其他\n3. 第三段。\n¹ 一个脚注。\n"
    )
    doc = parse_document(_source(text))
    ids = {n.id: n for n in doc.nodes}
    assert ids["t01/para/1/a"].label == "a)"
    assert ids["t01/para/2"].kind == "Paragraph"
    assert ids["t01/section/2"].title == "其他"
    assert ids["t01/para/3"].parent is ids["t01/section/2"]
    assert any(n.kind == "Footnote" for n in doc.nodes)


def test_numbering_jump_is_reported_not_fixed():
    doc = parse_document(_source("1. 第一段。\n\n3. 第三段。\n"))
    assert [n.label for n in doc.nodes if n.kind == "Paragraph"] == ["1", "3"]
    assert any("paragraph 3 where 2 was expected" in w for w in doc.warnings)


def test_any_slice_of_the_corpus_parses_or_fails_cleanly(documents):
    """Regression (fuzzing): text after a sub-item hanging off a section crashed the parser (AttributeError).

    Any slice of a real text parses with every non-blank character in exactly one leaf (a text without
    recognisable structure is read as plain lines with a warning) -- never an exception.
    """
    import random

    from graph_builder.errors import WsisError

    rng = random.Random(7)
    texts = [d.source.text for d in documents]
    for _ in range(400):
        t = rng.choice(texts)
        a = rng.randrange(len(t))
        chunk = t[a : a + rng.randrange(1, 4000)]
        try:
            doc = parse_document(_source(chunk, "fz"))
        except WsisError:
            continue
        owner = [0] * len(chunk)
        for leaf in doc.leaves():
            if leaf is not doc.root:
                for i in range(leaf.start, leaf.end):
                    owner[i] += 1
        assert all(owner[i] == 1 for i, ch in enumerate(chunk) if not ch.isspace()), repr(chunk[:60])
