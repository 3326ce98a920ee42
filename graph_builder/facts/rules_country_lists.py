"""Lists of the countries that took part in a meeting ('Meetings and events'; docs/MODEL.md 'Events').

Rule ``participation.country-list``: under a caption naming such a list (``与会国家名单``, ``参加国名单``,
``出席会议的国家``, ``与会国家和组织名单``), every line made of country names and separators only — a comma or
顿号 list, one or two countries a line (two columns), optionally after a group label with its count
(``非洲（6个）：埃及、埃塞俄比亚…``, ``亚洲及太平洋：…``) — lists participants of the meeting the document reports
on. Each country is a ``wsis:ParticipantGroup`` (``wsis:category`` its name as printed, ``wsis:country``), and
each labelled group one with ``wsis:category`` the label and ``wsis:countryCount`` the number printed beside it
(else the number of countries on its line); both are ``wsis:participation`` of the meeting. The meeting is the
one the caption names, else the one whose attendance the document states (its participant or country count;
the one with as many countries as the list, when several), else the first one the document places.
The list ends at the next caption, heading, section, signature or annex.
"""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import RDF, RDFS, XSD

from graph_builder.facts import rule
from graph_builder.facts.frames.mint import pinyin_slug
from graph_builder.rdf.namespaces import ID, WSIS
from graph_builder.entities.recognize_base import parse_chinese_numeral

_CAPTION = re.compile(r"(?:与会|出席|参会|参加|参与)(?:会议的?|本次会议的?)?(?:国家|国)(?:和(?:国际|区域)?组织)?"
                      r"(?:名单|一览表?|列表)?\s*$")
_LABEL = re.compile(r"\s*(?P<label>[^：:（()）\d、，,]{2,16}?)\s*(?:[（(]\s*(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})\s*"
                    r"个?(?:国家)?\s*[)）])?\s*[：:]")
_SEPARATORS = re.compile(r"[\s、，,；;。和及与\u3000]*")
_ENDS = ("Heading", "Section", "Annex", "Signature", "Part")


def _number(s: str) -> int | None:
    """A number written in digits or Chinese numerals (三, 十二, 二十三)."""
    return int(s) if s.isdigit() else parse_chinese_numeral(s)


def _countries(ctx, doc_id: str, start: int, end: int) -> list | None:
    """The country mentions of ``[start, end)`` if nothing but separators lies between them, else None."""
    from graph_builder.entities.open_class import entity_kind

    text = ctx.doc(doc_id).source.text
    ms = [m for m in ctx.mentions_in(doc_id, start, end) if entity_kind(ctx.reference, m.key) == "COUNTRY"]
    if not ms:
        return None
    pos = start
    for m in ms:
        if not _SEPARATORS.fullmatch(text[pos:m.start]):
            return None
        pos = m.end
    return ms if _SEPARATORS.fullmatch(text[pos:end]) else None


def _meeting(ctx, doc, caption, n_listed: int):
    """The meeting the list belongs to (see the module docstring)."""
    from graph_builder.entities.open_class import entity_kind

    named = [m for m in ctx.mentions_in(doc.doc_id, caption.start, caption.end)
             if entity_kind(ctx.reference, m.key) == "EVENT" and m.key != "event/wsis"]
    if named:
        return ID[named[0].key]
    counted: dict = {}
    placed: list = []
    for (s, p, o), evs in ctx.store.facts.items():
        if not any(e.doc_id == doc.doc_id for e in evs) or not str(s).startswith(str(ID) + "event/"):
            continue
        first = min(e.start for e in evs if e.doc_id == doc.doc_id)
        if p in (WSIS.participantCount, WSIS.countryCount):
            counted.setdefault(s, [first, None])
            counted[s][0] = min(counted[s][0], first)
            if p == WSIS.countryCount:
                counted[s][1] = int(o)
        elif p == WSIS.hostedBy or str(p).endswith("location"):
            placed.append((first, s))
    if counted:
        same = sorted((v[0], s) for s, v in counted.items() if v[1] == n_listed)
        return (same or sorted((v[0], s) for s, v in counted.items()))[0][1]
    return min(placed)[1] if placed else None


@rule("participation.country-list")
def country_list(ctx) -> None:
    for doc in ctx.documents:
        nodes = doc.nodes
        for k, cap in enumerate(nodes):
            if not cap.is_leaf or len(cap.text.strip()) > 30 or not _CAPTION.search(cap.text.strip()):
                continue
            if cap.kind not in ("Heading", "Paragraph", "Fragment"):
                continue
            lines = []  # (node, label match or None, country mentions)
            for node in nodes[k + 1:]:
                if node.kind in _ENDS and node.start >= cap.end and not (
                        node.kind == "Heading" and node.is_leaf and _countries(ctx, doc.doc_id, node.start, node.end)):
                    break  # a short last line of countries read as a heading still belongs to the list
                if not node.is_leaf or node.kind in ("Footnote",):
                    continue
                text = doc.source.text
                for a, b in _line_spans(text, node.start, node.end):
                    lab = _LABEL.match(text, a, b)
                    body = lab.end() if lab else a
                    ms = _countries(ctx, doc.doc_id, body, b)
                    if ms:
                        lines.append((node, lab, ms, (a, b)))
            listed = sum(len(ms) for _, _, ms, _ in lines)
            if not lines:
                continue
            event = _meeting(ctx, doc, cap, listed)
            if event is None:
                continue
            slug = str(event).rsplit("/", 1)[1]
            for node, lab, ms, (a, b) in lines:
                for m in ms:
                    name = m.surface
                    group = ID[f"participation/{slug}-{m.key.split('/', 1)[1]}"]
                    pairs = [(RDF.type, WSIS.ParticipantGroup), (WSIS.category, Literal(name, lang="zh")),
                             (WSIS.country, ID[m.key]), (RDFS.label, Literal(f"{name}（{slug}）", lang="zh"))]
                    ctx.store.add_many(group, pairs, node, (m.start, m.end))
                    ctx.store.add_span(event, WSIS.participation, group, node, (m.start, m.end))
                if lab is None:
                    continue
                label = lab.group("label").strip()
                n = _number(lab.group("n")) if lab.group("n") else len(ms)
                group = ID[f"participation/{slug}-{pinyin_slug(label)}-countries"]
                span = (lab.start("label"), ms[-1].end)
                pairs = [(RDF.type, WSIS.ParticipantGroup), (WSIS.category, Literal(label, lang="zh")),
                         (WSIS.countryCount, Literal(n, datatype=XSD.integer)),
                         (RDFS.label, Literal(f"{label}（{slug}）", lang="zh"))]
                pairs += [(WSIS.country, ID[m.key]) for m in ms]
                ctx.store.add_many(group, pairs, node, span)
                ctx.store.add_span(event, WSIS.participation, group, node, span)


def _line_spans(text: str, start: int, end: int):
    """The lines of ``text[start:end]`` without their line breaks and outer blanks."""
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        a, b = pos, stop
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            yield a, b
        pos = stop + 1


__all__ = ["country_list"]
