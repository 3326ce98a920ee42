"""Counts of staff and of organisations read from running text (docs/MODEL.md 'Money and staff').

Numbers come from the shared count recogniser (graph_builder/entities/recognize_quantities.py: digits or
words, 约/逾/余/多/近 qualifiers); these rules only decide whose count it is.

* ``counts.staff`` -- a number of staff (工作人员, 职员, 员工, 雇员, 专职人员) that a body or organisation has or is
  given: ``<B>(目前)(共)有<N>名工作人员``, ``<B>的工作人员(人数)为<N>名/人``, ``<A>为/向<B>(调派|派出|提供|借调|
  指派|安排)<N>名工作人员``, ``<N>名工作人员在<B>工作``. The body whose staff they are gets
  ``wsis:staffCount`` N (not for staff one agent assigns, which are only part of its staff); a ``wsis:StaffFigure``
  (``staff/{node path}-{body}``, ``staff/{node path}-{provider}-to-{body}``) keeps the figure: ``wsis:count``,
  ``wsis:countQualifier`` (about, more than, less than …), ``wsis:providedTo`` the body, ``wsis:provider`` the agent
  that assigns them, ``wsis:category`` the noun as printed. A clause that names no body is left alone.
* ``counts.trained`` -- people a body trained (``X累计培训学员近3 000名``, ``X共培训了1 200名技术人员``): a
  ``wsis:StaffFigure`` with the body as ``wsis:provider`` (see :func:`trained`).
* ``counts.organizations`` -- a number of organisations (…组织, …机构 with 个/家) in a sentence saying who took part
  in an event (参加, 出席, 与会, 参与, 代表): the one event the other rules found in that sentence (listed,
  anchored or minted by the frames) gets ``wsis:organizationCount`` N (``来自30多个组织的200名代表出席了论坛``).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from graph_builder.entities.recognize_quantities import find_counts
from graph_builder.facts import rule
from graph_builder.facts.rules_money_common import (
    SENTENCE_END,
    add_entity_node,
    agents_in,
    clause_bounds,
    names,
)
from graph_builder.rdf.namespaces import ID, WSIS, entity_iri, slugify

_PROSE = ("Paragraph", "SubItem", "ListItem", "Text", "Preamble", "OperativeParagraph", "Footnote", "TableCell")
_STAFF = re.compile(r"(?:专职|全职|兼职|常设|正式)?(?:工作人员|职员|员工|雇员|专职人员)$")
_STAFF_UNITS = set("名位人")
# whose staff: the body right before 有/拥有/配备 (the holder), or after 为/向 + an assigning verb (the recipient)
_HAS = re.compile(r"(?:目前|现|现有|共|总共|一共|已|现在)*(?:有|拥有|配备了?|配有|聘用了?|雇用了?)(?:工作人员)?$")
_ASSIGN = re.compile(r"(?:调派|派出|派遣|提供|借调|指派|安排|增派|配备)了?(?:工作人员)?$")
_STAFF_IS = re.compile(r"的?(?:工作人员|职员|员工)(?:总数|人数|数量)?(?:目前|现|已)?(?:为|达到?|增至|增加到|有|共)$")
_WORKS_AT = re.compile(r"[^，。；,;]{0,4}?(?:在|为|于)(?P<rest>[^，。；,;]{1,30}?)(?:工作|任职|服务)")
# 不到/不足/少于 N: the shared recogniser has no 'less than'
_LESS = re.compile(r"(?:不到|不足|少于)$")
_ORG_NOUN = re.compile(r"(?:组织|机构)$")
_ORG_UNITS = set("个家")
_TAKES_PART = re.compile(r"参加|出席|与会|参与|代表")


def _prose(ctx):
    for d in ctx.documents:
        for n in d.nodes:
            if n.is_leaf and n.kind in _PROSE:
                yield d, n


def _qualifier(norm, c) -> tuple[str | None, int]:
    """The count's qualifier and where it starts (original offsets); 不到 N -> less than."""
    i = bisect_left(norm.offsets, c.start)
    less = _LESS.search(norm.text, max(0, i - 3), i)
    if less:
        return "less than", norm.span(less.start(), less.end())[0]
    return c.qualifier, c.start


def _agents(ctx, doc_id, start, end):
    return agents_in(ctx, doc_id, start, end, kinds=("body", "org"))


@rule("counts.staff")
def staff(ctx) -> None:
    add = ctx.store.add_span
    for d, node in _prose(ctx):
        norm = node.normalized()
        text = norm.text
        used: dict[str, int] = {}
        for c in find_counts(norm):
            noun_ok = c.noun and _STAFF.search(c.noun) and c.unit in _STAFF_UNITS
            i, j = bisect_left(norm.offsets, c.start), bisect_left(norm.offsets, c.end)
            a, b = clause_bounds(text, i, j)
            before = text[a:i]
            q, q_start = _qualifier(norm, c)
            if _LESS.search(before):
                before = before[: _LESS.search(before).start()]
            holder = provider = None
            has = _HAS.search(before)
            if noun_ok and has:
                cut = a + has.start()
                ms = _agents(ctx, d.doc_id, *norm.span(a, cut)) if cut > a else []
                holder = ms[-1] if ms else None
            elif noun_ok and _ASSIGN.search(before):
                cut = a + _ASSIGN.search(before).start()
                ms = _agents(ctx, d.doc_id, *norm.span(a, cut)) if cut > a else []
                to = [m for m in ms if re.search(r"(?:为|向)$", d.source.text[max(node.start, m.start - 1) : m.start])]
                if to:
                    holder = to[-1]
                    provider = next((m for m in ms if m.end <= to[-1].start), None)
            elif not c.noun and _STAFF_IS.search(before):  # 秘书处的工作人员为25名
                cut = a + _STAFF_IS.search(before).start()
                ms = _agents(ctx, d.doc_id, *norm.span(a, cut)) if cut > a else []
                holder = ms[-1] if ms else None
            elif noun_ok:  # 12名工作人员在秘书处工作
                w = _WORKS_AT.match(text, j, b)
                if w:
                    ms = _agents(ctx, d.doc_id, *norm.span(w.start("rest"), w.end("rest")))
                    holder = ms[0] if len(ms) == 1 else None
            if holder is None:
                continue
            who_en, who_zh = names(ctx, holder.key)
            slug = f"{slugify(node.id.replace('/', '-'))}-{holder.key.split('/', 1)[1]}"
            if provider is not None:
                slug = f"{slugify(node.id.replace('/', '-'))}-{provider.key.split('/', 1)[1]}-to-{holder.key.split('/', 1)[1]}"
            used[slug] = used.get(slug, 0) + 1
            subject = entity_iri("staff", slug if used[slug] == 1 else f"{slug}-{used[slug]}")
            span = (min(holder.start, q_start), max(holder.end, c.end))
            value = Literal(c.value, datatype=XSD.integer)
            count_span = (q_start, c.end)
            if provider is None:  # the body's own staff; staff one agent assigns are only part of them
                add(ID[holder.key], WSIS.staffCount, value, node, span)
            who = f" the {who_en}" if who_en and who_en != holder.key else ""
            what = f"Staff assigned to{who}" if provider is not None else f"Staff of{who}"
            what = what if who else ("Staff assigned" if provider is not None else "Staff")
            add_entity_node(ctx, subject, WSIS.StaffFigure, f"{what}: {c.value}",
                            d.source.text[span[0]:span[1]], node, span)
            add(subject, WSIS["count"], value, node, count_span)
            add(subject, WSIS.providedTo, ID[holder.key], node, (holder.start, holder.end))
            if q:
                add(subject, WSIS.countQualifier, Literal(q), node, count_span)
            if provider is not None:
                add(subject, WSIS.provider, ID[provider.key], node, (provider.start, provider.end))
            noun = c.noun or "工作人员"
            where = c.noun_span or count_span
            add(subject, WSIS.category, Literal(noun, lang="zh"), node, where)
            add(subject, WSIS.category, Literal("staff", lang="en"), node, where)


# 共培训学员近3 000名, 累计培训了1 200名技术人员: people a body trained (the verb right before the count, or
# the verb and the trainees' noun); not what is planned (计划培训, 拟培训, 将培训)
_TRAINED = re.compile(r"(?:共|累计|总共|共计|已|先后)?(?:培训|培养)了?(?P<noun>学员|人员|专业人员|技术人员|教师|官员|学生|人次)?$")
_PLANNED = re.compile(r"计划|拟|将|准备|预计|预期|力争|目标")
_TRAINEE_UNITS = set("名位人")
_OPENS = re.compile(r"(?:^|[，,。；;：:]|^\s*\d+[.．])\s*$")  # a name opening a clause (or the paragraph)


@rule("counts.trained")
def trained(ctx) -> None:
    """People a body trained (共培训学员近3 000名): a ``wsis:StaffFigure`` ``staff/{node}-{body}-trained`` with
    ``wsis:count``, ``wsis:countQualifier``, ``wsis:provider`` the body that trained them (in the clause, else the
    one opening a clause of the sentence) and ``wsis:category`` the trainees' noun."""
    add = ctx.store.add_span
    for d, node in _prose(ctx):
        norm = node.normalized()
        text = norm.text
        if "培" not in text:
            continue
        for c in find_counts(norm):
            if c.unit not in _TRAINEE_UNITS:
                continue
            i, j = bisect_left(norm.offsets, c.start), bisect_left(norm.offsets, c.end)
            a, b = clause_bounds(text, i, j)
            m = _TRAINED.search(text, a, i)
            if m is None or _PLANNED.search(text, a, m.start()) or text[j:j + 1] == "的":
                continue
            s0, _ = clause_bounds(text, i, j, SENTENCE_END)
            here = _agents(ctx, d.doc_id, *norm.span(a, m.start())) if m.start() > a else []
            opening = [x for x in (_agents(ctx, d.doc_id, *norm.span(s0, a)) if a > s0 else [])
                       if _OPENS.search(d.source.text[max(node.start, x.start - 12):x.start])]
            body = here[-1] if here else (opening[0] if opening else None)
            if body is None:
                continue
            q, q_start = _qualifier(norm, c)
            slug = f"{slugify(node.id.replace('/', '-'))}-{body.key.split('/', 1)[1]}-trained"
            who_en, _ = names(ctx, body.key)
            who = f" the {who_en}" if who_en and who_en != body.key else ""
            subject = entity_iri("staff", slug)
            span = norm.span(a, j)
            count_span = (q_start, c.end)
            add_entity_node(ctx, subject, WSIS.StaffFigure, f"People trained by{who}: {c.value}" if who
                            else f"People trained: {c.value}", d.source.text[span[0]:span[1]], node, span)
            add(subject, WSIS["count"], Literal(c.value, datatype=XSD.integer), node, count_span)
            add(subject, WSIS.provider, ID[body.key], node, (body.start, body.end))
            if q:
                add(subject, WSIS.countQualifier, Literal(q), node, count_span)
            noun = c.noun or m.group("noun") or "受训人员"
            add(subject, WSIS.category, Literal(noun, lang="zh"), node, c.noun_span or span)
            add(subject, WSIS.category, Literal("people trained", lang="en"), node, c.noun_span or span)


def _event_spans(ctx) -> dict[str, list[tuple[int, int, str]]]:
    """Per document, (start, end, event IRI) of every evidence of a fact about an event (its name, participants,
    place, dates): where the rules found an event named, listed or minted."""
    out: dict[str, list] = {}
    prefix = str(ID["event/"])
    for (s, p, o), evs in ctx.store.facts.items():
        if str(s).startswith(prefix) and str(s) != str(ID["event/wsis"]):
            for e in evs:
                out.setdefault(e.doc_id, []).append((e.start, e.end, str(s)))
    for v in out.values():
        v.sort()
    return out


@rule("counts.organizations")
def organizations(ctx) -> None:
    """Runs after the event rules and frames, whose facts say which event a sentence is about."""
    add = ctx.store.add_span
    spans = _event_spans(ctx)
    for d, node in _prose(ctx):
        norm = node.normalized()
        text = norm.text
        found = []
        for c in find_counts(norm):
            if not (c.noun and _ORG_NOUN.search(c.noun) and c.unit in _ORG_UNITS):
                continue
            i, j = bisect_left(norm.offsets, c.start), bisect_left(norm.offsets, c.end)
            found.append((c, clause_bounds(text, i, j, SENTENCE_END)))
        for c, (a, b) in found:
            if sum(1 for _, s in found if s == (a, b)) > 1:
                continue  # 30个非政府组织和12个国际组织: one count per group, not one for the event
            if not _TAKES_PART.search(text, a, b):
                continue
            s0, s1 = norm.span(a, b)
            events = {iri for (x, y, iri) in spans.get(d.doc_id, ()) if s0 <= x and y <= s1}
            if len(events) != 1:
                continue  # no event, or several: whose participants is not said
            q, q_start = _qualifier(norm, c)
            add(URIRef(events.pop()), WSIS.organizationCount, Literal(c.value, datatype=XSD.integer), node,
                (q_start, c.end))


organizations.after_all = True
