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
    locator = _block_en(node.locator.strip())
    return locator if locator.split(" ", 1)[0] == doc_id else f"{doc_id} {locator}"


# The blocks of an ITU or UN resolution, cited in English by their official opening words ('resolves 2',
# 'instructs the Secretary-General 1', 'considering a)'): the verb, then whom it addresses.
_BLOCK_VERB_EN = {
    "考虑到": "considering", "认识到": "recognizing", "注意到": "noting", "忆及": "recalling", "回顾": "recalling",
    "铭记": "bearing in mind", "强调": "emphasizing", "欢迎": "welcoming", "意识到": "aware", "深信": "convinced",
    "进一步认识到": "recognizing further", "做出决议": "resolves", "作出决议": "resolves",
    "进一步做出决议": "further resolves", "决定": "decides", "责成": "instructs", "请": "invites",
    "要求": "requests", "鼓励": "encourages", "敦促": "urges", "呼吁": "calls upon",
}
_BLOCK_ADDRESSEE_EN = {
    "秘书长": "the Secretary-General", "电信发展局主任": "the Director of the Telecommunication Development Bureau",
    "无线电通信局主任": "the Director of the Radiocommunication Bureau",
    "电信标准化局主任": "the Director of the Telecommunication Standardization Bureau",
    "三个局的主任": "the Directors of the three Bureaux", "理事会": "the Council", "成员国": "Member States",
    "部门成员": "Sector Members", "各成员国": "Member States", "全体成员国": "all Member States",
}
_BLOCK = re.compile(r"^(?P<head>.*?)section '(?P<title>[^']+)'(?P<rest>.*)$")
_BLOCK_VERBS = re.compile("^(?P<verb>" + "|".join(sorted(_BLOCK_VERB_EN, key=len, reverse=True)) + ")(?P<who>.*)$")


def _block_en(locator: str) -> str:
    """A locator in a resolution block named by its Chinese heading (``932 section '做出决议', para 2``) in the
    block's English form (``932 resolves 2``); any other locator, or a heading these words do not cover, as is."""
    m = _BLOCK.match(locator)
    if m is None:
        return locator
    v = _BLOCK_VERBS.match(m.group("title").strip())
    if v is None:
        return locator
    words = [_BLOCK_VERB_EN[v.group("verb")]]
    who = v.group("who").strip()
    if who:
        parts = re.split(r"和|及|、", who)
        if not all(x in _BLOCK_ADDRESSEE_EN for x in parts):
            return locator
        words.append(" and ".join(_BLOCK_ADDRESSEE_EN[x] for x in parts))
    rest = re.sub(r"^,\s*para\s+", " ", m.group("rest"))
    return f"{m.group('head')}{' '.join(words)}{rest}"


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
