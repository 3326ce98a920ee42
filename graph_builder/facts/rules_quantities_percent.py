"""A per-cent figure a text sets as a target or level (docs/MODEL.md 'Stated quantities'): rule ``counts.percent``.

``将宽带覆盖率由2016年的约35%提高到80%``, ``使入学率达到90%以上``, ``互联网普及率提升至百分之六十``: the figure
after a verb of change or attainment (提高/提升/增加/扩大/降低/减少/达到/增至/降至, with 到/至) becomes a
``wsis:StatedQuantity`` (``quantity/{node path}-pct-{n}``) with ``wsis:percent`` (xsd:decimal, per cent as
printed), ``wsis:countQualifier`` (约/左右 about, 逾/超过/以上 more than, 以下 less than), ``wsis:category`` what is
raised or reached as printed (the noun after 将/把/使, up to 由 or the verb; else the clause's words before the verb,
a leading time phrase 到2022年… left out), ``wsis:statedIn`` the node. The figure a 由…的 phrase starts from (35%)
is no target. Shares of a total (占…的22%) are the money rules'.
"""

from __future__ import annotations

import re
from decimal import Decimal

from rdflib import Literal

from graph_builder.facts import rule
from graph_builder.facts.rules_money_common import CLAUSE_END, add_entity_node, decimal
from graph_builder.facts.rules_money_shares import _cn_number
from graph_builder.rdf.namespaces import WSIS, entity_iri, slugify

_PROSE = ("Paragraph", "SubItem", "ListItem", "Text", "Fragment", "Preamble", "OperativeParagraph", "Footnote")
_TARGET = re.compile(
    r"(?:提高|提升|增加|增长|扩大|降低|减少|下降|达到|增至|升至|降至|减至)(?:到|至)?"
    r"(?P<q>约|大约|逾|超过)?"
    r"(?:(?P<pct>\d{1,3}(?:\.\d+)?)\s?[%％]|百分之(?P<cn>[一二三四五六七八九十]{1,3}(?:点[一二三四五六七八九〇零]+)?))"
    r"(?P<post>以上|以下|左右)?"
)
_QUALIFIER = {"约": "about", "大约": "about", "左右": "about", "逾": "more than", "超过": "more than",
              "以上": "more than", "以下": "less than"}
# a time phrase that opens a clause before what changes: 到2022年第四季度, 至2025年底, 2020年前
_TIME_LEAD = re.compile(r"(?:到|至|在|于)?\s?\d{4}年(?:第[一二三四]季度|[上下]半年|\d{1,2}月)?(?:底|末|前|以前)?")
# 使 and 让 open what is changed unless they are part of a word (使用率, 出让)
_OBJECT_MARK = re.compile(r"[将把]|(?<![出转])[使让](?![用命者馆节])")
_MAX_WHAT = 20
# a paragraph's or item's own number opening the clause (7. , (b) , 3．): not part of what changes
_ITEM_NUMBER = re.compile(r"\s*(?:\d{1,3}(?:\.\d{1,3})*[.．、]|[(（](?:[a-z]|\d{1,3}|[一二三四五六七八九十]{1,3})[)）])\s*")
# words of mood or degree between what changes and the verb (普及率应达到, 覆盖率至少达到): not part of what changes
_MOOD_TAIL = re.compile(r"(?:应当|应该|必须|务必|力争|争取|至少|最低|已经|逐步|进一步|应|须|要|将|已|仍|可|能)+$")


def _what(text: str, a: int, k: int) -> tuple[int, int] | None:
    """[start, end) of what is raised or reached, in the clause ``text[a:k]`` before the verb at ``k``."""
    marks = list(_OBJECT_MARK.finditer(text, a, k))
    item = _ITEM_NUMBER.match(text, a, k)
    s = marks[-1].end() if marks else item.end() if item else a
    if not marks:
        lead = _TIME_LEAD.match(text, s, k)
        if lead:
            s = lead.end()
    e = text.find("由", s, k)
    e = k if e < 0 else e
    while e > s and text[e - 1] in " 的":
        e -= 1
    tail = _MOOD_TAIL.search(text, s, e)
    if tail is not None:
        e = tail.start()
        while e > s and text[e - 1] in " 的":
            e -= 1
    if e <= s or e - s > _MAX_WHAT or not re.search("[\u4e00-\u9fff]", text[s:e]):
        return None
    return s, e


@rule("counts.percent")
def percent_targets(ctx) -> None:
    add = ctx.store.add_span
    for d in ctx.documents:
        for node in d.nodes:
            if not node.is_leaf or node.kind not in _PROSE:
                continue
            norm = node.normalized()
            text = norm.text
            n = 0
            for m in _TARGET.finditer(text):
                value = Decimal(m.group("pct")) if m.group("pct") else _cn_number(m.group("cn"))
                if value is None:
                    continue
                a = m.start()
                while a > 0 and text[a - 1] not in CLAUSE_END:
                    a -= 1
                what = _what(text, a, m.start())
                if what is None:
                    continue
                n += 1
                subject = entity_iri("quantity", f"{slugify(node.id.replace('/', '-'))}-pct-{n}")
                clause = norm.span(a, m.end())
                add_entity_node(ctx, subject, WSIS.StatedQuantity,
                                f"Stated quantity ({node.locator}): {value}%",
                                d.source.text[clause[0]:clause[1]], node, clause)
                figure = norm.span(m.start("pct") if m.group("pct") else m.start("cn") - 3, m.end())
                add(subject, WSIS.percent, decimal(value), node, figure)
                q = m.group("post") or m.group("q")
                if q:
                    add(subject, WSIS.countQualifier, Literal(_QUALIFIER[q]), node, norm.span(m.start(), m.end()))
                add(subject, WSIS.category, Literal(text[what[0]:what[1]], lang="zh"), node, norm.span(*what))
