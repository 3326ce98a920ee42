"""Draft resolutions and decisions as a meeting's record states what happens to them ('Who proposed an act';
docs/MODEL.md ``wsis:proposedBy``, ``wsis:adoptedAt``). The draft is the UN document its symbol names
(``document/un-…``, minted by ``citations.un-documents``: 决议草案A/C.2/68/L.39).

* ``acts.drafts.introduced`` – ``X先生（国家）代表G介绍（了）决议草案SYM`` -> SYM ``wsis:proposedBy`` G (a group,
  country or organisation); without 代表G, the speaker's bracketed country; ``决议草案SYM由X代表G介绍`` alike.
* ``acts.drafts.sponsors`` – ``下列国家加入（了）（决议草案SYM的）提案国行列：A、B和C`` -> SYM ``wsis:proposedBy``
  each country (a sponsor proposes the draft); the draft is the one the sentence names, else the last draft
  named before in the document.
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
            for m in re.finditer(_DRAFT, t):
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
            for m in _ADOPTED.finditer(t):
                if meeting is None:
                    meeting = record_meeting(ctx, d) or ""
                if meeting:
                    p.add(iri(_draft_key(m.group("sym"))), WSIS.adoptedAt, iri(meeting), m.start(), m.end())
