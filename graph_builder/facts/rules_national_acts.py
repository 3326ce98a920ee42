"""National laws, decrees and orders cited by number (docs/MODEL.md 'Acts').

Rule ``org.act.national``: ``第2014-006号法律`` / ``第2016-1185号法令`` / ``第12号总统令`` / ``第7号部长令`` /
``第3号政令`` become acts (wsis:Act) ``law/<issuer>-<number>``, ``decree/<issuer>-<number>`` or
``order/<issuer>-<number>`` with wsis:number, a Chinese label as printed and an English one (``Law No. 2014-006``).

The issuer (wsis:issuedBy) is the country, government or ministry named with the act in its sentence: the nearest
one before it (``马达加斯加政府根据第…号法令``), else the first one after it (``根据第…号法令，X设立了…``);
a sentence that names none takes the country of the document's header line (``国家：X``) when it has one. An act
with no issuer is not kept (its number alone could be any country's). The date is the one printed with it
(``2014年7月通过的第…号法律``, ``根据2016年12月第…号法令``, ``第…号法律（…）于2014年6月17日颁布``): wsis:date.

A national law named by its title with a date (``2015年颁布的《电子交易法》``, ``《网络安全法》于2017年6月1日生效``)
is an act too: ``law/<issuer>-<pinyin of the title>``, its title as the Chinese label (the text gives no English one),
with the same issuer and date; without a printed date a title alone is not kept (a model law or a draft is no
country's act), and model laws (示范法) and methods (办法, 方法) are never read.

Resolutions, decisions and agreed conclusions (``号决议``/``号决定``/``号商定结论``) are left to ``org.act.cited``.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

from graph_builder.facts import Context, rule
from graph_builder.facts.frames.mint import pinyin_slug
from graph_builder.facts.rules_org_base import M, Passage, add_date, entity_class, iri, passages
from graph_builder.rdf.namespaces import ID, WSIS, slugify

# kind word -> (IRI kind, English label template)
_KINDS = {
    "法律": ("law", "Law No. {n}"),
    "法令": ("decree", "Decree No. {n}"),
    "政令": ("decree", "Decree No. {n}"),
    "总统令": ("decree", "Presidential Decree No. {n}"),
    "总理令": ("decree", "Prime Ministerial Decree No. {n}"),
    "部长令": ("order", "Ministerial Order No. {n}"),
    "部令": ("order", "Ministerial Order No. {n}"),
}
# a national number: 2014-006, 2016-1185, 12, 2018/245 (never preceded by a letter, digit, slash or hyphen)
_ACT = re.compile(
    r"第\s?(?<![A-Za-z0-9/-])(?P<num>\d{1,4}(?:[-/]\d{1,5})*)\s?号(?P<kind>法律|法令|政令|总统令|总理令|部长令|部令)"
)
# what may stand between a date and the act it dates: '2014年7月通过的第…', '2016年12月第…', '2016年12月颁布的第…'
_DATE_BEFORE = re.compile(r"^(?:(?:通过|颁布|签署|发布|公布)的?|的)?$")
# after the act (and a bracketed subject): '于2014年6月17日颁布'
_NOTE = re.compile(r"[（(][^（）()]{1,40}[)）]")
_DATE_AFTER_VERB = re.compile(r"^\s?(?:颁布|通过|签署|发布|公布|生效)")
# a law by its title: 《电子交易法》, 《个人数据保护法》 (not 《…示范法》, 《…办法》, 《…方法》)
_TITLED = re.compile(r"《(?P<t>[^《》]{1,30}?(?<!示范)(?<!办)(?<!方)(?<!做)法)》")
_HEADER_COUNTRY = re.compile(r"^\s*国家\s?[:：]")
_ISSUER_CLASSES = ("Country", "Government")
_ISSUER_TAIL = re.compile(r"(?:部|议会|国会|国民议会|参议院|众议院|总统府|总理府|政府)$")


def _is_issuer(p: Passage, m: M) -> bool:
    if entity_class(p.ctx, m.key) in _ISSUER_CLASSES:
        return True
    return m.kind in ("org", "body") and bool(_ISSUER_TAIL.search(p.text[m.i:m.j]))


def _header_country(ctx: Context, doc_id: str) -> M | None:
    for p in passages(ctx, doc_id):
        if _HEADER_COUNTRY.match(p.text):
            hit = next((m for m in p.mentions if entity_class(ctx, m.key) == "Country"), None)
            if hit is not None:
                return hit
    return None


def _issuer(p: Passage, i: int, j: int) -> tuple[str | None, tuple[int, int]]:
    a, b = p.sentence_of(i)
    before = p.last_before(i, ("place", "org", "body"), floor=a, where=lambda m: _is_issuer(p, m))
    if before is not None:
        return before.key, (before.i, j)
    after = next((m for m in p.in_range(j, b, ("place", "org", "body")) if _is_issuer(p, m)), None)
    if after is not None:
        return after.key, (i, after.j)
    return None, (i, j)


def _date(p: Passage, i: int, j: int):
    """The date printed with the act at ``text[i:j]`` and the span that says so."""
    a, b = p.sentence_of(i)
    k = j
    note = _NOTE.match(p.text, k)
    if note:
        k = note.end()
    for dm in p.dates():
        di, dj = p.nidx(dm.start, dm.end)
        if a <= di and dj <= i and _DATE_BEFORE.match(p.text[dj:i]):
            return dm, (di, j)
        if k <= di < b and re.fullmatch(r"\s?于?\s?", p.text[k:di]) and _DATE_AFTER_VERB.match(p.text[dj:]):
            end = dj + _DATE_AFTER_VERB.match(p.text[dj:]).end()
            return dm, (i, end)
    return None, None


def act_iri(kind_word: str, issuer: str, number: str) -> URIRef:
    prefix = _KINDS[kind_word][0]
    return ID[f"{prefix}/{slugify(issuer.split('/', 1)[1])}-{slugify(number).replace('.', '-')}"]


def _issuer_or_header(ctx: Context, p: Passage, i: int, j: int, headers: dict) -> tuple:
    """The issuer the sentence names (key, span), else the country of the document's header line (its key, and
    the span the sentence gives, as :func:`_issuer` returns it); ``headers`` caches the header per document."""
    issuer, span = _issuer(p, i, j)
    if issuer is None:
        if p.doc_id not in headers:
            headers[p.doc_id] = _header_country(ctx, p.doc_id)
        if headers[p.doc_id] is not None:
            issuer = headers[p.doc_id].key
    return issuer, span


@rule("org.act.national")
def national_acts(ctx: Context) -> None:
    """Type, labels, number, issuer and date of every national law, decree and order cited by number."""
    headers: dict[str, M | None] = {}
    for p in passages(ctx):
        for m in _ACT.finditer(p.text):
            i, j = m.start(), m.end()
            issuer, span = _issuer_or_header(ctx, p, i, j, headers)
            if issuer is None:
                continue
            number, word = m.group("num"), m.group("kind")
            s = act_iri(word, issuer, number)
            p.add(s, RDF.type, WSIS.Act, i, j)
            p.add(s, RDFS.label, Literal(_KINDS[word][1].format(n=number), lang="en"), i, j)
            p.add(s, RDFS.label, Literal(f"第{number}号{word}", lang="zh"), i, j)
            p.add(s, WSIS.number, Literal(number), i, j)
            p.add(s, WSIS.issuedBy, iri(issuer), *span)
            dm, dspan = _date(p, i, j)
            if dm is not None:
                add_date(p, s, WSIS.date, dm, *dspan)
        for m in _TITLED.finditer(p.text):
            i, j = m.start(), m.end()
            dm, dspan = _date(p, i, j)
            if dm is None:
                continue
            issuer, span = _issuer_or_header(ctx, p, i, j, headers)
            if issuer is None:
                continue
            title = m.group("t")
            s = ID[f"law/{slugify(issuer.split('/', 1)[1])}-{pinyin_slug(title)}"]
            if not add_date(p, s, WSIS.date, dm, *dspan):
                continue
            p.add(s, RDF.type, WSIS.Act, i, j)
            p.add(s, RDFS.label, Literal(title, lang="zh"), i, j)
            p.add(s, WSIS.issuedBy, iri(issuer), *span)
