"""Draft resolutions and decisions as a meeting's record states what happens to them ('Who proposed an act';
docs/MODEL.md ``wsis:proposedBy``, ``wsis:adoptedAt``). The draft is the UN document its symbol names
(``document/un-…``, minted by ``citations.un-documents``: 决议草案A/C.2/68/L.39).

* ``acts.drafts.introduced`` – ``X先生（国家）代表G介绍（了）决议草案SYM`` -> SYM ``wsis:proposedBy`` G (a group,
  country or organisation); without 代表G, the speaker's bracketed country; ``决议草案SYM由X代表G介绍`` alike.
* ``acts.drafts.introduced`` also reads the report's form ``X代表(以G的名义，)介绍了(题为“…”的)决议草案(（SYM）)``
  and an amendment ``X代表介绍了对决议草案S的修正案（SYM）`` -> SYM ``wsis:proposedBy`` G (without G: the country X);
  the country whose delegation spoke (X, or the speaker's bracketed country) is the draft's ``wsis:introducedBy``.
* ``acts.drafts.submitted`` – ``由X（根据…非正式协商）提交的（同名）决议草案（SYM）`` -> SYM ``wsis:submittedBy`` the
  person (or post) X names: a Vice-Chair's draft after informal consultations.
* ``acts.drafts.sponsors`` – ``下列国家加入（了）（决议草案SYM的）提案国行列：A、B和C`` -> SYM ``wsis:proposedBy``
  each country (a sponsor proposes the draft); the draft is the one the sentence names, else the last draft
  named before in the document; ``（随后，）A、B和C（也）加入为/成为提案国`` alike (only countries between the clause's start
  and 加入).
* ``acts.drafts.adopted`` – ``（经口头订正的）决议草案SYM未经表决/以协商一致方式/经记录表决…（获得）通过`` -> SYM
  ``wsis:adoptedAt`` the meeting the record's title names (the event ``officers.masthead`` finds); the quote
  keeps how it was adopted.
"""

from __future__ import annotations

import re

from graph_builder.facts import Context, rule
from graph_builder.facts.rules_org_base import entity_class, iri, passages
from graph_builder.rdf.namespaces import WSIS, slugify

_DRAFT = r"(?:决议|决定)草案\s?(?P<sym>[AES]/[A-Za-z0-9./]+?)(?![A-Za-z0-9./])"
# 代表G介绍决议草案SYM / 介绍了经订正的决议草案SYM
_INTRODUCED = re.compile(r"(?:\((?P<cty>[^()]{2,20})\))?(?:代表(?P<g>[^,。;]{2,30}?))?介绍(?:了)?(?:题为[^,。;]{1,60}的)?(?:经订正的)?"
                         + _DRAFT)
# 埃及代表以G的名义，介绍了题为“…”的决议草案（SYM） | 美国代表介绍了对决议草案S的修正案（SYM）
_INTRODUCED_FOR = re.compile(r"代表(?:以(?P<g>[^,。;]{2,40}?)的名义)?[,]?(?:介绍|提出)(?:了)?(?:题为“[^”]{1,80}”的)?(?:经订正的)?"
                             r"(?:对(?:决议|决定)草案\s?\(?[AES]/[A-Za-z0-9./]+?\)?的)?(?:(?:决议|决定)草案|修正案)\s?\(?"
                             r"(?P<sym>[AES]/[A-Za-z0-9./]+?)(?![A-Za-z0-9./])")
_JOINED = re.compile(r"(?:也|亦|均|都)?加入(?:为|成为|了)?(?:" + _DRAFT + r"的)?提案国(?:行列)?")
_LIST_GLUE = re.compile(r"^(?:(?:随后|此后|其后|后来)[,]?)?$|^[、,]$|^(?:和|及|以及)$|^(?:也|亦|均|都)$")
# a draft named with its symbol bare or in brackets (题为“…”的决议草案（A/C.2/76/L.7）): the last one sponsors join
_DRAFT_NAMED = re.compile(r"(?:决议|决定)草案\s?\(?(?P<sym>[AES]/[A-Za-z0-9./]+?)(?![A-Za-z0-9./])")
# 由委员会副主席X（国家）根据就决议草案S进行的非正式协商提交的同名决议草案（SYM）
_SUBMITTED = re.compile(r"由(?P<who>[^。;]{2,60}?)(?:根据[^。;]{0,80}?)?提交的[^。;,]{0,30}?(?:决议|决定)草案\s?\(?"
                        r"(?P<sym>[AES]/[A-Za-z0-9./]+?)(?![A-Za-z0-9./])")
_INTRODUCED_BY = re.compile(_DRAFT + r"(?:是|系)?由(?P<who>[^,。;]{2,40}?)介绍")
_SPONSORS = re.compile(r"下列(?:国家|代表团)(?:随后)?加入(?:了)?(?:" + _DRAFT + r"的)?提案国(?:行列)?[:]")
_ADOPTED = re.compile(r"(?:经(?:口头)?订正的)?" + _DRAFT
                      + r"(?:[^,。;]{0,16}?)(?:未经表决|以协商一致方式|经记录表决|以\d+票[^,。;]{0,20}?)?(?:获得|获)?通过")
_ACTORS = ("group", "place", "org", "gov", "body")


def _draft_key(sym: str) -> str:
    return f"document/un-{slugify(sym)}"


@rule("acts.drafts")
def drafts(ctx: Context) -> None:
    from graph_builder.facts.rules_bureau import record_meeting

    for d in ctx.documents:
        last = None
        meeting = None
        for p in passages(ctx, d.doc_id):
            t = p.text
            for m in _DRAFT_NAMED.finditer(t):
                last = m.group("sym")
            for m in _INTRODUCED.finditer(t):
                key, sym = None, m.group("sym")
                if m.group("g"):
                    who = p.mention_at(m.start("g"), _ACTORS)
                    key = who.key if who is not None and who.j == m.end("g") else None
                elif m.group("cty"):
                    who = p.mention_at(m.start("cty"), ("place",))
                    key = who.key if who is not None else None
                if key:
                    p.add(iri(_draft_key(sym)), WSIS.proposedBy, iri(key), m.start(), m.end())
                if m.group("cty"):
                    cty = p.mention_at(m.start("cty"), ("place",))
                    if cty is not None and entity_class(ctx, cty.key) == "Country":
                        p.add(iri(_draft_key(sym)), WSIS.introducedBy, iri(cty.key), m.start(), m.end())
            for m in _INTRODUCED_FOR.finditer(t):
                cty = p.mention_ending(m.start(), ("place",))
                if cty is None or entity_class(ctx, cty.key) != "Country":
                    continue
                sym = iri(_draft_key(m.group("sym")))
                p.add(sym, WSIS.introducedBy, iri(cty.key), cty.i, m.end())
                who = cty
                if m.group("g"):
                    inside = p.in_range(m.start("g"), m.end("g"), _ACTORS)
                    who = next((c for c in inside if c.kind != "place"), inside[0] if inside else None)
                if who is not None:
                    p.add(sym, WSIS.proposedBy, iri(who.key), cty.i, m.end())
            for m in _INTRODUCED_BY.finditer(t):
                g = re.search(r"代表(?P<g>.+)$", m.group("who"))
                who = p.mention_at(m.start("who") + g.start("g"), _ACTORS) if g else None
                if who is not None:
                    p.add(iri(_draft_key(m.group("sym"))), WSIS.proposedBy, iri(who.key), m.start(), m.end())
            for m in _SPONSORS.finditer(t):
                sym = m.group("sym") or last
                if sym is None:
                    continue
                a, b = p.sentence_of(m.start())
                for c in p.in_range(m.end(), b, ("place",)):
                    if entity_class(ctx, c.key) != "Country":
                        continue
                    p.add(iri(_draft_key(sym)), WSIS.proposedBy, iri(c.key), m.start(), c.j)
            for m in _SUBMITTED.finditer(t):
                who = next(iter(p.in_range(m.start("who"), m.end("who"), ("person",))), None) or \
                    next(iter(p.in_range(m.start("who"), m.end("who"), ("post",))), None)
                if who is not None:
                    p.add(iri(_draft_key(m.group("sym"))), WSIS.submittedBy, iri(who.key), m.start(), m.end())
            for m in _JOINED.finditer(t):
                sym = m.group("sym") or last
                if sym is None:
                    continue
                a, _ = p.sentence_of(m.start())
                cs = max(a, max((k + 1 for k in range(max(a, m.start() - 400), m.start()) if t[k] in ",:;。"),
                                default=a))
                listed = p.in_range(cs, m.start(), ("place",))
                # nothing but countries and their glue between the clause's start and 加入
                gaps = [t[cs:listed[0].i]] + [t[x.j:y.i] for x, y in zip(listed, listed[1:])] + \
                    [t[listed[-1].j:m.start()]] if listed else []
                if not listed or any(entity_class(ctx, c.key) != "Country" for c in listed) or \
                        not all(_LIST_GLUE.match(g) for g in gaps):
                    continue
                for c in listed:
                    p.add(iri(_draft_key(sym)), WSIS.proposedBy, iri(c.key), c.i, m.end())
            for m in _ADOPTED.finditer(t):
                if meeting is None:
                    meeting = record_meeting(ctx, d) or ""
                if meeting:
                    p.add(iri(_draft_key(m.group("sym"))), WSIS.adoptedAt, iri(meeting), m.start(), m.end())
