"""Bilingual ``rdfs:label`` of a document node: its locator, naming the document the same way everywhere.

Both labels start with the document id, then name the node by the containers a reader cites it by:
``004 Tunis Agenda para 103`` / ``004 信息社会突尼斯议程 第103段``, ``000 para 18 item 4`` /
``000 第18段 第4项``, ``001 Annex 1.1 row 3`` / ``001 附件 1.1 第3行``. The English label is the node's
Python locator with the document id in front when the locator does not start with it, and is also the node's
``wsis:locator`` in the graph (one way to name a passage); the Chinese one is
built from the node's kind and label and those of its citing containers (part, annex, paragraph, table,
row), sections left out as in the English locators.
"""

from __future__ import annotations

import re

# Official Chinese names of the parts of the WSIS outcome documents and of a report's usual parts.
_PART_ZH = {
    "declaration of principles": "日内瓦原则宣言",
    "plan of action": "日内瓦行动计划",
    "tunis commitment": "突尼斯承诺",
    "tunis agenda": "信息社会突尼斯议程",
    "foreword": "前言",
    "front matter": "封面",
    "title block": "标题",
    "back cover": "封底",
    "back matter": "封底",
    "photo credits": "图片来源",
}
_CJK = re.compile(r"[\u3400-\u9fff]")
_ANNEX = re.compile(r"^annex\s*([A-Za-z0-9.]*)", re.I)
# containers a citation names (sections are not: paragraph numbers run through a part)
_CITED = ("Part", "Annex", "Paragraph", "Preamble", "OperativeParagraph", "SubItem", "ListItem", "Table",
          "TableRow", "TableCell")
_PARAGRAPHS = ("Paragraph", "Preamble", "OperativeParagraph")


def label_en(node) -> str:
    doc_id = node.doc.doc_id
    locator = node.locator.strip()
    return locator if locator.split(" ", 1)[0] == doc_id else f"{doc_id} {locator}"


def label_zh(node) -> str:
    chain = [node]
    p = node.parent
    in_paragraph = node.kind in _PARAGRAPHS
    while p is not None and p.kind != "SourceText" and p.parent is not None:
        # a section is named only for what no paragraph holds (its rows, headings, own items)
        if p.kind in _CITED or (p.kind == "Section" and not in_paragraph):
            chain.append(p)
            in_paragraph = in_paragraph or p.kind in _PARAGRAPHS or p.kind == "Section"
        p = p.parent
    parts = [_segment(n) for n in reversed(chain)]
    return " ".join([node.doc.doc_id] + [s for s in parts if s])


def _clean(label: str) -> str:
    return label.strip().strip("().、）（").strip() or label.strip()


def _segment(n) -> str:
    label = _clean(n.label or "")
    kind = n.kind
    if kind == "Part":
        name = _PART_ZH.get((n.label or "").strip().lower())
        if name:
            return name
        title = (n.title or "").strip()
        return title if _CJK.search(title) else (n.label or "").strip()
    if kind == "Annex":
        m = _ANNEX.match((n.label or "").strip())
        return f"附件 {m.group(1)}".strip() if m else f"附件 {label}".strip()
    if kind == "Section":
        if _CJK.search(label) and len(label) > 2:
            return label
        if label.isdigit() or _CJK.search(label):
            return f"第{label}节"
        return f"{label}节" if label else "节"
    if kind == "TableCell":
        return f"第{n.order}格"
    simple = {
        "Paragraph": "第{}段", "Preamble": "序言部分第{}段", "OperativeParagraph": "执行部分第{}段",
        "SubItem": "第{}项", "ListItem": "第{}项", "TableRow": "第{}行", "TableCell": "第{}格",
        "Footnote": "脚注{}", "Fragment": "片段{}",
    }
    if kind in simple:
        if not label:  # an unnumbered paragraph or item: its place, as its English locator gives it ('paragraph 3')
            tail = n.id.rsplit("/", 1)[-1]
            label = tail if tail.isdigit() else str(n.order)
        return simple[kind].format(label)
    return {"Table": "表", "Heading": "标题", "Text": "正文", "Signature": "签名", "DateLine": "日期行"}.get(kind, label)
