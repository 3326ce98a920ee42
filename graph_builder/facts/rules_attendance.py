"""Attendance as a session report states it ('Meetings and events'; docs/MODEL.md 'Events').

* ``participation.attendance`` – ``N个成员国(派代表)出席了会议`` -> ``wsis:countryCount`` of the meeting;
  ``(约)N名观察员/代表/专家出席了会议`` -> a ``wsis:ParticipantGroup`` (``wsis:category`` the noun, ``wsis:count``)
  ``wsis:participation`` of the meeting. The count must end in attending 会议 / 本届会议 itself (…参加了会议期间
  举行的活动 is not attendance of the session), and the meeting is the session the title block says the
  document reports on (委员会 / 第十五届会议报告); elsewhere the clause names no meeting and nothing is made.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from rdflib import Literal
from rdflib.namespace import RDF, RDFS, XSD

from graph_builder.entities.recognizers import find_counts
from graph_builder.facts import rule
from graph_builder.facts.rules_events import scan
from graph_builder.rdf.namespaces import ID, WSIS, slugify

_ATTENDS = r"(?:派代表|派有代表|的代表)?(?:出席|参加|列席)了?(?:本届会议|该届会议|这届会议|会议)(?!期间|之前|之后|前|后)"
_COUNTRIES = re.compile(rf"^(?:成员国|会员国|国家){_ATTENDS}")
_PEOPLE = re.compile(rf"^(?P<noun>观察员|代表|专家|与会者|嘉宾){_ATTENDS}")
_EN = {"观察员": "observers", "代表": "representatives", "专家": "experts", "与会者": "participants",
       "嘉宾": "guests"}


@rule("participation.attendance")
def attendance(ctx) -> None:
    from graph_builder.facts.rules_bureau import _document_session

    sessions: dict = {}
    for leaf, _ in scan(ctx):
        if leaf.node.kind == "Heading":
            continue
        doc = leaf.node.doc
        if doc.doc_id not in sessions:
            sessions[doc.doc_id] = _document_session(ctx, ctx.doc(doc.doc_id))
        session = sessions[doc.doc_id]
        if session is None:
            continue
        text = leaf.text
        for c in find_counts(leaf.norm):
            if c.noun_span is None:
                continue
            rest = text[leaf.index(c.noun_span[0]):]  # the recogniser's offsets are the source's
            ev = ID[session]
            if c.unit == "个" and _COUNTRIES.match(rest):
                ctx.store.add_span(ev, WSIS.countryCount, Literal(c.value, datatype=XSD.integer), leaf.node,
                                   (c.start, c.end))
                continue
            m = _PEOPLE.match(rest) if c.unit in ("名", "位", "人") else None
            if m is None:
                continue
            noun = m.group("noun")
            slug = session.split("/", 1)[1]
            group = ID[f"participation/{slug}-{slugify(_EN[noun])}"]
            pairs = [
                (RDF.type, WSIS.ParticipantGroup),
                (WSIS.category, Literal(noun, lang="zh")),
                (WSIS.category, Literal(_EN[noun], lang="en")),
                (WSIS["count"], Literal(c.value, datatype=XSD.integer)),
                (RDFS.label, Literal(f"{noun}（{slug}）", lang="zh")),
                (RDFS.label, Literal(f"{_EN[noun]} ({slug})", lang="en")),
            ]
            span = (c.start, c.end)
            ctx.store.add_many(group, pairs, leaf.node, span)
            ctx.store.add_span(ev, WSIS.participation, group, leaf.node, span)


# the breakdown after a stated total (其中包括约70名部长、逾两百名官员…) and a group added in the next sentence
# (另有约N名远程与会者…); a category runs from the counted noun to the next list separator or verb
_AMONG = re.compile(r"其中(?:包括|有)?")
_FURTHER = re.compile(r"另有|此外还有|还有")
_FURTHER_CLAUSE = re.compile(r"[,;](?:另有|此外还有|此外另有)")
_CATEGORY = re.compile(r"[^、,;。:()]*?(?=以及|、|,|;|。|:|通过|出席|参加|参与|$"
                       r"|(?:和|及|与)(?:约|逾|近|超过|\d|[一二两三四五六七八九十百千数]))")


@rule("participation.breakdown")
def breakdown(ctx) -> None:
    """Groups of the participants of an event whose total a sentence states (any rule that read the total):
    ``…M名与会者出席了论坛，其中包括约70名部长和副部长、逾N名政府官员…`` -> one ``wsis:ParticipantGroup``
    per counted group (``wsis:category`` as printed, ``wsis:count``), ``wsis:participation`` of the event; a
    clause of the same sentence or a sentence right after it opening with 另有 adds its counted group. Counts in digits or words, with 约/逾/余."""
    from graph_builder.normalize import Normalized

    totals = [(t[0], e) for t, evs in ctx.store.facts.items() if t[1] == WSIS.participantCount for e in evs]
    # an event whose groups another rule already read (digits: 其中…N名…代表) keeps those
    grouped = {t[0] for t in ctx.store.facts if t[1] == WSIS.participation}
    done: set = set()
    for ev, e in sorted(totals, key=lambda x: (x[1].doc_id, x[1].start, str(x[0]))):
        if (ev, e.doc_id, e.start) in done or ev in grouped:
            continue
        done.add((ev, e.doc_id, e.start))
        doc = ctx.doc(e.doc_id)
        node = doc.node_for_span(e.start, e.end)
        if node is None:
            continue
        text = doc.source.text
        # the sentence of the total, and the next one when it opens with 另有
        end = text.find("。", e.end)
        end = node.end if end < 0 or end > node.end else end + 1
        norm = Normalized.of(text, 0, e.end, end)
        among = _AMONG.search(norm.text)
        starts = [among.end()] if among else []
        # a clause of the same sentence that opens with 另有 (…出席了会议，另有约300名与会者在线参加)
        starts += [m.end() for m in _FURTHER_CLAUSE.finditer(norm.text)]
        pieces = [(norm, k) for k in starts]
        if end < node.end:
            nxt = text.find("。", end)
            more = Normalized.of(text, 0, end, nxt + 1 if 0 <= nxt < node.end else node.end)
            further = _FURTHER.match(more.text.lstrip())
            if further:
                pieces.append((more, further.end() + len(more.text) - len(more.text.lstrip())))
        slug = str(ev).rsplit("/", 1)[1]
        for piece, k in pieces:
            for c in find_counts(piece):
                if k >= len(piece.offsets) or c.start < piece.offsets[k]:
                    continue
                if c.unit not in ("名", "位", "人") or c.noun_span is None:
                    continue
                ni = bisect_left(piece.offsets, c.noun_span[0])
                cat = _CATEGORY.match(piece.text, ni).group(0).strip()
                if not cat:
                    continue
                group = ID[f"participation/{slug}-{slugify(cat) or 'group'}-{c.value}"]
                pairs = [
                    (RDF.type, WSIS.ParticipantGroup),
                    (WSIS.category, Literal(cat, lang="zh")),
                    (WSIS["count"], Literal(c.value, datatype=XSD.integer)),
                    (RDFS.label, Literal(f"{cat}（{slug}）", lang="zh")),
                ]
                span = (c.start, piece.span(ni, ni + len(cat))[1])
                ctx.store.add_many(group, pairs, node, span)
                ctx.store.add_span(ev, WSIS.participation, group, node, span)




# a participants list printed by country, one line each with its count: 蒙古（12人）, 斐济 (3名), 萨摩亚：2人
_LIST_TITLE = re.compile(r"与会者名单|出席者名单|参加者名单|与会人员名单|代表名单")
_BY_COUNTRY = re.compile(r"(?m)^[ \t]*(?P<c>[^\s（(\d:：][^（(:：\t\n]{0,18}?)[ \t]*(?:[（(][ \t]*(?P<n>\d{1,4})[ \t]*[人名][ \t]*[)）]"
                         r"|[:：\t][ \t]*(?P<n2>\d{1,4})[ \t]*[人名]?)[ \t]*$")


@rule("participation.by-country")
def by_country(ctx) -> None:
    """A list of participants in an annex of a meeting's report, by country with a count a line
    (``蒙古（12人）``, ``萨摩亚：2人``, a tab before the count): one ``wsis:ParticipantGroup`` per country (``wsis:category`` the country's name as
    printed, ``wsis:count``, ``wsis:country``), ``wsis:participation`` of the meeting the report's title names."""
    from graph_builder.entities.open_class import entity_kind
    from graph_builder.facts.rules_events import report_meeting

    for doc in ctx.documents:
        event = report_meeting(ctx, doc.doc_id)
        if event is None:
            continue
        for annex in (n for n in doc.nodes if n.kind == "Annex" and _LIST_TITLE.search(n.text[:200])):
            text = doc.source.text
            slug = event.split("/", 1)[1]
            for leaf in (n for n in doc.nodes if n.is_leaf and annex.start <= n.start and n.end <= annex.end):
                for m in _BY_COUNTRY.finditer(text, leaf.start, leaf.end):
                    a, b = m.start("c"), m.end("c")
                    country = next((x.key for x in ctx.mentions_in(doc.doc_id, a, b)
                                    if x.start == a and x.end == b and entity_kind(ctx.reference, x.key) == "COUNTRY"),
                                   None)
                    if country is None:
                        continue
                    name = m.group("c")
                    group = ID[f"participation/{slug}-{country.split('/', 1)[1]}"]
                    pairs = [
                        (RDF.type, WSIS.ParticipantGroup),
                        (WSIS.category, Literal(name, lang="zh")),
                        (WSIS["count"], Literal(int(m.group("n") or m.group("n2")), datatype=XSD.integer)),
                        (WSIS.country, ID[country]),
                        (RDFS.label, Literal(f"{name}（{slug}）", lang="zh")),
                    ]
                    span = (m.start("c"), m.end())
                    ctx.store.add_many(group, pairs, leaf, span)
                    ctx.store.add_span(ID[event], WSIS.participation, group, leaf, span)


__all__ = ["attendance", "breakdown", "by_country"]
