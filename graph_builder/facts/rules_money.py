"""Money and staff read from tables ('Money and staff'; docs/MODEL.md 'Money and staff', 'Values').

The 001 annex prints its figures as two-column tables under numbered headings; the heading says what the
rows are, so the rules key on heading words and on cell shapes, never on a row:

* contribution tables (1.1 收到捐款, 1.2 承诺款额, 2 借款): ``contributor (original amount) | amount瑞士法郎``
  -> ``wsis:Contribution`` with contributor, ``wsis:amountCHF``, original amount and ISO currency, status
  (received | pledged | loan | guarantee, from the heading), ``wsis:asOf`` (the annex heading's 截止至 date),
  ``wsis:toFund`` (a fund named in a framing heading), table notes (注—…) for the contributors they name;
* total rows (已收到捐款合计, 总承诺款项) -> ``wsis:StatedTotal``;
* ``provider | N名专家[**]`` rows -> ``wsis:Secondment`` (part-time when the table's footnote defines the mark,
  salaries paid by the seconding body or by whoever the row's （工资由…负担） names);
* ``staff category | N`` rows -> ``wsis:StaffFigure`` of the organisation the heading names, and the units
  listed under 其它;
* facility tables (…的设施): ``provider | item、item`` -> one ``wsis:FacilityProvision`` per item.
"""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import XSD

from graph_builder.entities.recognizers import AS_OF, find_counts, find_dates, find_money
from graph_builder.facts import rule
from graph_builder.facts.rules_money_common import (
    GLOSSARY,
    STATUS_ZH,
    add_entity_node,
    agents_in,
    cells,
    chf_text,
    decimal,
    entity_class,
    framing_headings,
    heading_of,
    names,
    paren_spans,
)
from graph_builder.rdf.namespaces import WSIS, entity_iri, short_hash, slugify

# Heading words -> contribution status (docs/MODEL.md: received | pledged | loan | guarantee).
_STATUS_WORDS = (
    (re.compile(r"收到|已收"), "received"),
    (re.compile(r"承诺|认捐"), "pledged"),
    (re.compile(r"担保"), "guarantee"),
    (re.compile(r"借款|贷款"), "loan"),
)
_STATUS_EN = {"received": "contributions received", "pledged": "contributions pledged", "loan": "loans",
              "guarantee": "guarantees"}
_STATUS_ONE = {"received": "contribution received", "pledged": "contribution pledged", "loan": "loan",
               "guarantee": "guarantee"}
_QUALIFIER_EN = {"up to": "up to ", "about": "about ", "more than": "more than ", "at least": "at least "}
_TOTAL_ROW = re.compile(r"合计|总计|总额|^总")
_NOTE = re.compile(r"^注\s*[—\-:：]")
_EXPERTS = re.compile(r"^\s*\d+\s*[名位]\s*专家\s*(?P<mark>\**)\s*$")
_BARE_NUMBER = re.compile(r"^\s*(\d+)\s*$")
_MARK_DEF = re.compile(r"(?P<mark>\*+)\s*为\s*(?P<what>兼职|全职)")
_PAID_BY = re.compile(r"工资由(?P<who>.+?)负担")
_FACILITY_TABLE = re.compile(r"设施")
_ITEM_SEP = re.compile(r"[、，,;；和及]")


# ------------------------------------------------------------------------------------------ tables
def _table_sections(ctx):
    """(document, section) for every section whose children are table rows."""
    for d in ctx.documents:
        for n in d.nodes:
            if n.kind in ("Section", "Table", "Annex") and any(c.kind == "TableRow" for c in n.children):
                yield d, n


def _status_of(heading) -> tuple[str, tuple[int, int]] | None:
    if heading is None:
        return None
    norm = heading.normalized()
    for pattern, status in _STATUS_WORDS:
        m = pattern.search(norm.text)
        if m:
            return status, norm.span(m.start(), m.end())
    return None


def _as_of(section):
    """The 截止至 date of a framing heading: (DateMention, heading node) or None."""
    for h in framing_headings(section):
        for dm in find_dates(h.normalized()):
            if dm.qualifier == AS_OF and dm.precision == "day":
                return dm, h
    return None


def _fund(ctx, section):
    """The fund (a wsis:Fund entity) a framing heading names: (mention, heading node) or None."""
    for h in framing_headings(section):
        for m in agents_in(ctx, h.doc.doc_id, h.start, h.end):
            if entity_class(ctx, m.key) == "Fund":
                return m, h
    return None


def _rows(section):
    return [c for c in section.children if c.kind == "TableRow"]


def _notes(section):
    """Table notes (注—…) printed inside a section."""
    return [c for c in section.children if c.kind in ("Fragment", "Footnote") and _NOTE.match(c.normalized().text)]


def _group_notes(section):
    """Notes that cover a whole group of tables: those of every sibling section under the same parent."""
    parent = section.parent
    siblings = [s for s in parent.children if s.kind == "Section"] if parent is not None else [section]
    return [note for s in siblings for note in _notes(s)]


def _contributor(ctx, cell):
    """The organisation a contributor cell names outside its parentheses."""
    outside = [(s, e) for s, e, _ in paren_spans(cell)]
    found = agents_in(ctx, cell.doc.doc_id, cell.start, cell.end, exclude=outside)
    return found[0] if found else None


def _iso_date(dm) -> Literal:
    return Literal(dm.start_date.isoformat(), datatype=XSD.date)


@rule("money.contributions")
def contributions(ctx) -> None:
    """Rows of contribution tables -> wsis:Contribution; their total rows -> wsis:StatedTotal."""
    add = ctx.store.add_span
    for d, section in _table_sections(ctx):
        heading = heading_of(section)
        status = _status_of(heading)
        if status is None:
            continue
        status, status_span = status
        as_of, fund = _as_of(section), _fund(ctx, section)
        notes = _group_notes(section)
        for row in _rows(section):
            cs = cells(row)
            if len(cs) < 2:
                continue
            chf = [m for m in find_money(cs[-1].normalized()) if m.currency == "CHF"]
            if not chf:
                continue
            chf = chf[0]
            chf_words = cs[-1].doc.text[chf.start:chf.end]  # as printed: 796 835瑞士法郎
            label_cell = cs[0].normalized().text
            if _TOTAL_ROW.search(label_cell):
                subject = entity_iri("total", f"{slugify(section.id)}-{status}")
                en = f"Total {_STATUS_EN[status]}: {chf_text(chf.amount)}"
                add_entity_node(ctx, subject, WSIS.StatedTotal, en, f"{label_cell}：{chf_words}",
                                row, (row.start, row.end), WSIS.listedIn)
            else:
                who = _contributor(ctx, cs[0])
                if who is None:
                    continue
                subject = entity_iri("contribution", slugify(row.id))
                who_en, who_zh = names(ctx, who.key)
                en = f"{who_en}: {_STATUS_ONE[status]}, {_QUALIFIER_EN.get(chf.qualifier, '')}{chf_text(chf.amount)}"
                zh = f"{who_zh}{STATUS_ZH[status]}：{chf_words}"
                add_entity_node(ctx, subject, WSIS.Contribution, en, zh, row, (row.start, row.end), WSIS.listedIn)
                add(subject, WSIS.contributor, ctx.entity(who.key), cs[0], (who.start, who.end))
                _original_amount(ctx, subject, cs[0], chf)
                _remarks(ctx, subject, cs[0])
                for note in notes:
                    _note_if_named(ctx, subject, who.key, note)
            add(subject, WSIS.amountCHF, decimal(chf.amount), cs[-1], (chf.start, chf.end))
            if chf.qualifier:
                add(subject, WSIS.amountQualifier, Literal(chf.qualifier), cs[-1], (chf.start, chf.end))
            add(subject, WSIS.status, Literal(status), heading, status_span)
            if as_of is not None:
                add(subject, WSIS.asOf, _iso_date(as_of[0]), as_of[1], (as_of[0].start, as_of[0].end))
            if fund is not None and status in ("received", "pledged"):
                add(subject, WSIS.toFund, ctx.entity(fund[0].key), fund[1], (fund[0].start, fund[0].end))


def _original_amount(ctx, subject, cell, chf) -> None:
    """The amount in the contributor's currency: the parenthesis (62 691 030日元), else the CHF figure itself."""
    add = ctx.store.add_span
    original = find_money(cell.normalized())
    if original:
        m, node = original[0], cell
    else:
        m, node = chf, ctx.doc(cell.doc.doc_id).node_for_span(chf.start, chf.end)
    add(subject, WSIS.originalAmount, decimal(m.amount), node, (m.start, m.end))
    add(subject, WSIS.originalCurrency, Literal(m.currency), node, (m.start, m.end))


def _remarks(ctx, subject, cell) -> None:
    """A parenthesised remark that is neither an amount nor a place (国际电联(2004-2007财政计划)) -> wsis:note."""
    amounts = [(m.start, m.end) for m in find_money(cell.normalized())]
    for s, e, inner in paren_spans(cell):
        if not inner.strip() or any(s <= a and b <= e for a, b in amounts):
            continue
        mentions = ctx.mentions_in(cell.doc.doc_id, s, e)
        if mentions and all(m.key.startswith("place/") for m in mentions):
            continue
        ctx.store.add_span(subject, WSIS.note, Literal(inner.strip(), lang="zh"), cell, (s + 1, e - 1))


def _note_if_named(ctx, subject, contributor_key: str, note) -> None:
    """Attach a table note to a contribution when the note names the contributor, or the country whose
    government (or government agency) it is: 瑞士捐款… covers the Swiss government and the SDC, not a Swiss firm."""
    entity = ctx.reference.by_key.get(contributor_key) if ctx.reference is not None else None
    related = {contributor_key}
    if entity is not None and entity.country and entity.cls == "Government":  # a country's note covers its state
        related.add(entity.country)
    named = {m.key for m in ctx.mentions_in(note.doc.doc_id, note.start, note.end)}
    if related & named:
        text = note.text.strip()
        span = note.find(text)
        ctx.store.add_span(subject, WSIS.note, Literal(text, lang="zh"), note, span)


# ------------------------------------------------------------------------------------------ staff
@rule("money.secondments")
def secondments(ctx) -> None:
    """``provider | N名专家[**]`` rows -> wsis:Secondment to the body the heading names."""
    add = ctx.store.add_span
    for d, section in _table_sections(ctx):
        heading = heading_of(section)
        rows = _rows(section)
        if not any(len(cells(r)) >= 2 and _EXPERTS.match(cells(r)[-1].text) for r in rows):
            continue
        target = agents_in(ctx, d.doc_id, heading.start, heading.end) if heading is not None else []
        heading_paid = _PAID_BY.search(heading.normalized().text) if heading is not None else None
        marks = _mark_definitions(section)
        for row in rows:
            cs = cells(row)
            if len(cs) < 2 or not _EXPERTS.match(cs[-1].text):
                continue
            who = _contributor(ctx, cs[0])
            count = find_counts(cs[-1].normalized())
            if who is None or not count:
                continue
            count = count[0]
            who_en, who_zh = names(ctx, who.key)
            to_slug = target[0].key.split("/", 1)[1] if target else slugify(section.id)
            subject = entity_iri("secondment", f"{d.doc_id}-{who.key.split('/', 1)[1]}-to-{to_slug}")
            en = f"{count.value} expert(s) seconded by {who_en}"
            if target:
                en += f" to the {names(ctx, target[0].key)[0]}"
            add_entity_node(ctx, subject, WSIS.Secondment, en, f"{who_zh}：{cs[-1].normalized().text}",
                            row, (row.start, row.end), WSIS.listedIn)
            add(subject, WSIS.provider, ctx.entity(who.key), cs[0], (who.start, who.end))
            add(subject, WSIS.expertCount, Literal(count.value, datatype=XSD.integer), cs[-1], (count.start, count.end))
            if target:
                add(subject, WSIS.providedTo, ctx.entity(target[0].key), heading, (target[0].start, target[0].end))
                # the row names who seconds experts to the body the heading names: the body is staffed by them
                # (the heading that names the body and the row that names who, both as evidence)
                staffed = (ctx.entity(target[0].key), WSIS.staffedBy, ctx.entity(who.key))
                add(*staffed, heading, (target[0].start, target[0].end))
                add(*staffed, cs[0], (who.start, who.end))
            _part_time(ctx, subject, cs[-1], marks)
            _paid_by(ctx, subject, who, cs[0], heading, heading_paid)


def _mark_definitions(section) -> dict[str, tuple[bool, object, tuple[int, int]]]:
    """Footnote marks the table defines: {'**': (part_time, node, span)} from （**为兼职）.

    Marks are read from the original text: normalisation drops ``**`` (Markdown bold debris elsewhere)."""
    out = {}
    for node in _descendants(section):
        if node.kind not in ("Footnote", "Fragment", "TableCell") or node.children:
            continue
        for m in _MARK_DEF.finditer(node.text):
            out[m.group("mark")] = (m.group("what") == "兼职", node, (node.start + m.start(), node.start + m.end()))
    return out


def _descendants(node):
    for c in node.children:
        yield c
        yield from _descendants(c)


def _part_time(ctx, subject, cell, marks) -> None:
    """Marked rows take the footnote's meaning; when the table defines a part-time mark, unmarked rows are
    full-time (the footnote is the evidence of both, beside the count cell)."""
    if not marks:
        return
    mark = _EXPERTS.match(cell.text).group("mark")
    if mark and mark in marks:
        value, note, note_span = marks[mark]
    else:
        part_time_marks = [v for v in marks.values() if v[0]]
        if not part_time_marks:
            return
        value, note, note_span = False, part_time_marks[0][1], part_time_marks[0][2]
    literal = Literal(value)
    ctx.store.add_span(subject, WSIS.partTime, literal, cell, (cell.start, cell.end))
    ctx.store.add_span(subject, WSIS.partTime, literal, note, note_span)


def _paid_by(ctx, subject, who, cell, heading, heading_paid) -> None:
    """Who pays the salaries: the row's （工资由X负担）, else the heading's 工资由他们的派出机构负担 (the provider)."""
    norm = cell.normalized()
    m = _PAID_BY.search(norm.text)
    if m:
        s, e = norm.span(m.start("who"), m.end("who"))
        payers = ctx.mentions_in(cell.doc.doc_id, s, e)
        if payers:
            ctx.store.add_span(subject, WSIS.paidBy, ctx.entity(payers[0].key), cell, norm.span(m.start(), m.end()))
        return
    if heading_paid is not None:
        hn = heading.normalized()
        ctx.store.add_span(subject, WSIS.paidBy, ctx.entity(who.key), heading,
                           hn.span(heading_paid.start(), heading_paid.end()))


@rule("money.staff")
def staff(ctx) -> None:
    """``category | N`` rows under a heading naming an organisation -> wsis:StaffFigure; the units listed
    under 其它 (one per row, the category cell left blank) -> wsis:contributingUnit of one 'other' figure."""
    add = ctx.store.add_span
    for d, section in _table_sections(ctx):
        heading = heading_of(section)
        rows = _rows(section)
        if heading is None or not any(len(cells(r)) >= 2 and _BARE_NUMBER.match(cells(r)[-1].normalized().text)
                                      for r in rows):
            continue
        owners = agents_in(ctx, d.doc_id, heading.start, heading.end)
        if not owners:
            continue
        owner = owners[0]
        owner_en, owner_zh = names(ctx, owner.key)
        other = None
        for row in rows:
            cs = cells(row)
            if len(cs) >= 2 and _BARE_NUMBER.match(cs[-1].normalized().text):
                category = cs[0].normalized().text
                value = int(_BARE_NUMBER.match(cs[-1].normalized().text).group(1))
                cat_en = GLOSSARY.get(category, category)
                subject = entity_iri("staff", f"{d.doc_id}-{owner.key.split('/', 1)[1]}-{slugify(cat_en)}")
                add_entity_node(ctx, subject, WSIS.StaffFigure, f"{owner_en} {cat_en}: {value}",
                                f"{owner_zh}{category}：{value}", row, (row.start, row.end), WSIS.listedIn)
                add(subject, WSIS.provider, ctx.entity(owner.key), heading, (owner.start, owner.end))
                add(subject, WSIS["count"], Literal(value, datatype=XSD.integer), cs[-1], (cs[-1].start, cs[-1].end))
                add(subject, WSIS.category, Literal(category, lang="zh"), cs[0], (cs[0].start, cs[0].end))
                if cat_en != category:
                    add(subject, WSIS.category, Literal(cat_en, lang="en"), cs[0], (cs[0].start, cs[0].end))
                if "兼职" in category or "全职" in category:
                    add(subject, WSIS.partTime, Literal("兼职" in category), cs[0], (cs[0].start, cs[0].end))
                other = None
            elif len(cs) >= 2 and cs[0].normalized().text in ("其它", "其他"):
                category = cs[0].normalized().text
                other = entity_iri("staff", f"{d.doc_id}-{owner.key.split('/', 1)[1]}-other-units")
                add_entity_node(ctx, other, WSIS.StaffFigure, f"{owner_en}: other units working for the summit",
                                f"{owner_zh}{category}", row, (row.start, row.end), WSIS.listedIn)
                add(other, WSIS.provider, ctx.entity(owner.key), heading, (owner.start, owner.end))
                add(other, WSIS.category, Literal(category, lang="zh"), cs[0], (cs[0].start, cs[0].end))
                add(other, WSIS.contributingUnit, Literal(cs[-1].normalized().text, lang="zh"), cs[-1],
                    (cs[-1].start, cs[-1].end))
            elif len(cs) == 1 and other is not None:
                unit = cs[0].normalized().text
                if unit:
                    add(other, WSIS.contributingUnit, Literal(unit, lang="zh"), cs[0], (cs[0].start, cs[0].end))


# ------------------------------------------------------------------------------------------ facilities
@rule("money.facilities")
def facility_tables(ctx) -> None:
    """Rows of a facilities table (…的设施): ``provider | item、item`` -> one wsis:FacilityProvision per item."""
    for d, section in _table_sections(ctx):
        heading = heading_of(section)
        if heading is None or not _FACILITY_TABLE.search(heading.normalized().text):
            continue
        targets = agents_in(ctx, d.doc_id, heading.start, heading.end)
        target = (targets[0], heading) if targets else None
        for row in _rows(section):
            cs = cells(row)
            if len(cs) < 2:
                continue
            who = _contributor(ctx, cs[0])
            if who is None:
                continue
            for s, e, item in split_items(cs[-1]):
                add_facility(ctx, who, cs[0], item, cs[-1], (s, e), target)


def split_items(node) -> list[tuple[int, int, str]]:
    """Original spans and text of the items of a list cell: 办公室、计算机 -> 办公室, 计算机."""
    norm = node.normalized()
    out, pos = [], 0
    for m in list(_ITEM_SEP.finditer(norm.text)) + [None]:
        end = m.start() if m else len(norm.text)
        item = norm.text[pos:end].strip()
        if item:
            k = norm.text.index(item, pos)
            out.append((*norm.span(k, k + len(item)), item))
        pos = m.end() if m else end
    return out


def add_facility(ctx, who, who_node, item: str, item_node, item_span, target) -> None:
    """One wsis:FacilityProvision per (provider, item, recipient): the same offices stated in three places
    are one node with three evidence records."""
    add = ctx.store.add_span
    who_en, who_zh = names(ctx, who.key)
    item_en = GLOSSARY.get(item)
    # An item the glossary lacks gets a stable hash slug (its label stays the Chinese words).
    item_slug = slugify(item_en) if item_en else f"item-{short_hash(item)[:8]}"
    slug = f"{who.key.split('/', 1)[1]}-{item_slug}"
    if target is not None:
        slug += f"-for-{target[0].key.split('/', 1)[1]}"
    subject = entity_iri("facility", slug)
    en = f"{(item_en or item).capitalize()} provided by {who_en}"
    if target is not None:
        en += f" for the {names(ctx, target[0].key)[0]}"
    add_entity_node(ctx, subject, WSIS.FacilityProvision, en, f"{who_zh}提供{item}", item_node, item_span)
    add(subject, WSIS.provider, ctx.entity(who.key), who_node, (who.start, who.end))
    add(subject, WSIS.facility, Literal(item, lang="zh"), item_node, item_span)
    if target is not None:
        add(subject, WSIS.providedTo, ctx.entity(target[0].key), target[1], (target[0].start, target[0].end))

