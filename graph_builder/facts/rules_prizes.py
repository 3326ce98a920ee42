"""Prizes and their winners (docs/MODEL.md 'Prizes'): who won which prize, in which category, from which country.

Rule ``prizes.winners``:

* a winners list: a passage that announces winners (``获奖项目如下``, ``获奖者名单如下``, ``获奖项目包括``) followed by
  list items ``类别（C4）：项目（国家，组织）`` (the category and its action line are optional; so is the
  organisation: ``项目（国家）``) -> one ``wsis:PrizeAward`` per item, ``award/{node path}``: ``wsis:prize`` the prize
  the announcing passage names last (a quoted name ending in 奖, by the key the renaming frame gives it),
  ``wsis:winner`` the project (``wsis:Project``, labelled with its name as printed), ``wsis:category`` (@zh),
  ``wsis:actionLine``, and the project's ``wsis:country`` and ``wsis:implementedBy``;
* a count of winners in that passage (``今年共有18个项目获奖``, ``共有12人获奖``) -> the prize's
  ``wsis:winnerCount``;
* prose: ``X（的项目）“P”荣获/获得了“Y奖”`` -> an award of prize Y to project P of organisation or country X.
"""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import RDF, RDFS, XSD

from graph_builder.entities.recognizers import parse_number
from graph_builder.facts import rule
from graph_builder.facts.frames.mint import mint_key
from graph_builder.facts.frames.slots import english_of
from graph_builder.rdf.namespaces import ID, WSIS, node_iri, slugify

_ANNOUNCES = re.compile(r"获奖(?:项目|者|单位|名单|机构)?(?:名单)?(?:如下|包括|有)[:：]?\s*$")
_QUOTED_PRIZE = re.compile(r"“(?P<zh>[^“”]{2,30}奖)”(?:[（(](?P<abbr>[^（）()]{2,40})[)）])?")
_COUNT = re.compile(r"共有?(?P<n>\d+|[一二两三四五六七八九十百]+)(?:个|名|位|项)?(?:项目|人|个人|机构|单位)?(?:获奖|获得该奖|荣获该奖)")
_ITEM = re.compile(r"^[•·\-–—*\s]*(?:(?P<cat>[^:：（）()]{2,40}?)(?:[（(](?P<al>C\d{1,2})[)）])?[:：]\s*)?"
                   r"(?P<proj>[^:：（）()]{2,40}?)\s*[（(](?P<where>[^（）()]{2,60})[)）]\s*[;；。，,]?\s*$")
# an organisation named only in prose before its project: a name closed by an organisation's noun
_ORG_NAME = re.compile(r"[\u4e00-\u9fff]{2,24}?(?:商会|协会|大学|学院|公司|集团|部|局|署|中心|基金会|组织|研究所|图书馆|委员会)")
_PROSE = re.compile(r"(?:^|(?<=[，。；,;：:]))(?:\d+\.\s*)?(?P<by>[^，。；,;：:“”]{2,30}?)(?:的项目)?“(?P<proj>[^“”]{2,40})”(?:项目)?(?:荣获|获得|赢得)了?"
                    r"(?:[^，。；,;“”]{0,12}?)“(?P<prize>[^“”]{2,30}奖)”")


def _prize(text: str):
    """(key, zh, en) of the last quoted prize a passage names (after 更名为: its new name), or None."""
    found = list(_QUOTED_PRIZE.finditer(text))
    if not found:
        return None
    m = found[-1]
    zh, abbr = m.group("zh"), m.group("abbr") or ""
    en = english_of(abbr) or english_of(zh)
    return mint_key("series", zh, en), zh, en


def _mentions(ctx, node, start: int, end: int, kinds: tuple[str, ...]) -> list:
    return [m for m in ctx.iter_mentions_in(node.doc.doc_id, start, end) if m.key.split("/", 1)[0] in kinds]


def _countries(ctx, node, start: int, end: int) -> list:
    """The countries named in [start, end) (a country's name inside an organisation's name is not one)."""
    from graph_builder.entities.open_class import entity_kind

    out = []
    for m in ctx.iter_mentions_in(node.doc.doc_id, start, end):
        if ctx.reference is not None and entity_kind(ctx.reference, m.key) == "COUNTRY":
            after = node.doc.text[m.end:m.end + 1]
            if after in ("，", ",", "）", ")", "、", "的", "") or m.end == end:
                out.append(m)
    return out


def _declare_prize(ctx, prize, node, span) -> None:
    from graph_builder.entities.minting import SOURCE_NONE, SOURCE_TEXT, mint

    key, zh, en = prize
    if ctx.reference is not None and key not in ctx.reference.by_key:
        mint(ctx.reference, key, "EventSeries", zh, en or "", SOURCE_TEXT if en else SOURCE_NONE)


def _award(ctx, node, span, prize, proj: tuple[int, int], where: tuple[int, int] | None, cat, al,
           by_org: bool = False) -> None:
    """One wsis:PrizeAward of ``prize`` to the project at original offsets ``proj``; ``where`` holds its country
    and then, after a comma, its organisation (``by_org``: all of it names the organisation or country)."""
    from graph_builder.entities.minting import SOURCE_NONE, mint

    add, text = ctx.store.add_span, node.doc.text
    name = text[proj[0]:proj[1]].strip()
    project = mint_key("project", name)
    if ctx.reference is not None:
        mint(ctx.reference, project, "Project", name, "", SOURCE_NONE)
    award = ID[f"award/{slugify(node.id.replace('/', '-'))}-{slugify(project.split('/', 1)[1])[:40]}"]
    add(award, RDF.type, WSIS.PrizeAward, node, span)
    add(award, RDFS.label, Literal(f"Prize award ({node.locator})", lang="en"), node, span)
    add(award, RDFS.label, Literal(f"获奖：{name}", lang="zh"), node, span)
    add(award, WSIS.statedIn, node_iri(node.id), node, span)
    add(award, WSIS.winner, ID[project], node, proj)
    if prize is not None:
        _declare_prize(ctx, prize, node, span)
        add(award, WSIS.prize, ID[prize[0]], node, span)
    if cat is not None:
        add(award, WSIS.category, Literal(text[cat[0]:cat[1]].strip(), lang="zh"), node, cat)
    if al is not None:
        key = f"actionline/{text[al[0]:al[1]].lower()}"
        if ctx.reference is None or key in ctx.reference.by_key:
            add(award, WSIS.actionLine, ID[key], node, al)
    if where is None:
        return
    for m in _countries(ctx, node, *where):
        add(ID[project], WSIS.country, ID[m.key], node, (m.start, m.end))
    # the organisation: after the country and its comma (国家，组织), listed or named only here
    words = text[where[0]:where[1]]
    cut = -1 if by_org else max(words.rfind("，"), words.rfind(","))
    if cut >= 0 or (by_org and not _countries(ctx, node, *where)):
        a, b = where[0] + cut + 1, where[1]
        orgs = _mentions(ctx, node, a, b, ("org", "body", "gov"))
        if orgs:
            for m in orgs:
                add(ID[project], WSIS.implementedBy, ID[m.key], node, (m.start, m.end))
        else:
            zh = text[a:b].strip().removesuffix("的")
            named = 2 <= len(zh) <= 40 and (not by_org or _ORG_NAME.fullmatch(zh))
            if named and ctx.reference is not None:
                org = mint(ctx.reference, mint_key("org", zh), "Organization", zh, "", SOURCE_NONE)
                add(ID[project], WSIS.implementedBy, ID[org], node, (a, b))


@rule("prizes.winners")
def prize_winners(ctx) -> None:
    for doc in ctx.documents:
        leaves = [n for n in doc.nodes if n.is_leaf]
        prize = None
        for k, node in enumerate(leaves):
            norm = node.normalized()
            text = node.doc.text
            # a count of winners and the prize of the passage
            p = _prize(norm.text)
            if p is not None:
                prize = p
            for m in _COUNT.finditer(norm.text):
                n = parse_number(m.group("n"))
                if n and prize is not None and p is not None:
                    span = norm.span(m.start(), m.end())
                    _declare_prize(ctx, prize, node, span)
                    ctx.store.add_span(ID[prize[0]], WSIS.winnerCount, Literal(n, datatype=XSD.integer), node, span)
            for m in _PROSE.finditer(norm.text):
                pr = _prize(m.group(0))
                by = norm.span(m.start("by"), m.end("by"))
                span = norm.span(m.start(), m.end())
                _award(ctx, node, span, pr, norm.span(m.start("proj"), m.end("proj")), by, None, None, by_org=True)
            if not _ANNOUNCES.search(norm.text):
                continue
            # the list items that follow the announcement
            for item in leaves[k + 1:]:
                if item.kind not in ("ListItem", "SubItem") or item.parent is not node.parent and item.parent is not node:
                    break
                inorm = item.normalized()
                m = _ITEM.match(inorm.text)
                if m is None:
                    continue
                span = (item.start, item.end)
                sp = lambda g: norm_span(inorm, m, g)  # noqa: E731
                _award(ctx, item, span, prize, sp("proj"), sp("where"), sp("cat"), sp("al"))


def norm_span(norm, m, group: str):
    """Original span of a match group, or None when the group did not take part."""
    if m.start(group) < 0:
        return None
    return norm.span(m.start(group), m.end(group))
