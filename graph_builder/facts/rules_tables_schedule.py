"""A session's organization of work: a table of days by time slots ('Events'; docs/MODEL.md 'Events').

An agenda prints when each item is taken up as a table whose header names the time slots and whose rows open
with a day:

    日期              上午10时至下午1时          下午3时至6时
    5月8日（星期一）   项目1和项目2；开幕发言      项目3：小组讨论

* ``tables.schedule`` – each filled slot of a day is a ``wsis:Meeting`` of its own (``event/{session}-{date}-{k}``,
  the k-th slot of the header), dated that day (``schema:startDate``/``endDate``, ``wsis:isoDate``, precision
  day), labelled with the session, the day, the slot as printed and what the cell says is taken up, and
  ``wsis:statedIn`` the row. The year is the one of the meeting the document's title block dates, else the
  document's own year. A day cell that also holds the first slot's words (one space between them, where the
  other rows have two) gives them to the first slot.
"""

from __future__ import annotations

import re
from datetime import date

from rdflib import Literal
from rdflib.namespace import XSD

from graph_builder.facts import rule
from graph_builder.facts.rules_money_common import add_entity_node
from graph_builder.rdf.namespaces import ID, SCHEMA, WSIS

_SLOT = re.compile(r"^\s*(?:上午|下午|晚上|中午)?\d{1,2}时(?:\d{1,2}分)?\s*(?:至|-|–|—)\s*(?:上午|下午|晚上|中午)?\d{1,2}时(?:\d{1,2}分)?\s*$")
_DAY = re.compile(r"^\s*(?:(?P<y>(?:19|20)\d\d)年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:\s*[(（]星期[一二三四五六日天][)）])?")
_EMPTY = re.compile(r"^[\s\-–—]*$")


def _year(ctx, doc) -> int | None:
    """The year of the meeting the title block dates, else the year the document is dated."""
    from graph_builder.facts.rules_title_block import title_block_session

    session = title_block_session(ctx, doc.doc_id)
    if session is not None:
        for (s, p, o) in ctx.store.facts:
            if s == ID[session] and p == WSIS.isoDate:
                return int(str(o)[:4])
    m = re.match(r"(\d{4})", doc.source.date_or_period or "")
    return int(m.group(1)) if m else None


def _session_names(ctx, key: str | None, doc) -> tuple[str, str, str]:
    """(slug, zh, en) naming the meeting whose work the table organises."""
    e = ctx.reference.by_key.get(key) if (key and ctx.reference is not None) else None
    if e is not None:
        return key.split("/", 1)[1], e.zh or "", e.en or key.split("/", 1)[1]
    return f"{doc.doc_id}-session", "会议", f"Meeting of document {doc.doc_id}"


@rule("tables.schedule", after=("events.title_block",))
def schedule(ctx) -> None:
    from graph_builder.facts.rules_title_block import title_block_session

    for doc in ctx.documents:
        for table in (n for n in doc.nodes if n.kind == "Table"):
            rows = [r for r in table.children if r.kind == "TableRow"]
            if len(rows) < 2:
                continue
            head = [c.text.strip() for c in rows[0].children]
            slots = [k for k, h in enumerate(head) if k > 0 and _SLOT.match(h)]
            if len(slots) < 1 or len(slots) != len(head) - 1:
                continue
            year = _year(ctx, doc)
            if year is None:
                continue
            session = title_block_session(ctx, doc.doc_id)
            slug, s_zh, s_en = _session_names(ctx, session, doc)
            for row in rows[1:]:
                cells = list(row.children)
                if not cells:
                    continue
                m = _DAY.match(cells[0].text)
                if m is None:
                    continue
                try:
                    day = date(int(m.group("y") or year), int(m.group("m")), int(m.group("d")))
                except ValueError:
                    continue
                # (node, start, end) of each slot's words; a day cell may carry the first slot's words too
                entries = [(c, c.start, c.end) for c in cells[1:]]
                rest = cells[0].text[m.end():]
                if rest.strip() and len(cells) == len(head) - 1:
                    lead = len(rest) - len(rest.lstrip())
                    entries.insert(0, (cells[0], cells[0].start + m.end() + lead, cells[0].end))
                if len(entries) != len(slots):
                    continue
                for k, (cell, a, b) in zip(slots, entries):
                    words = doc.source.text[a:b].strip()
                    if _EMPTY.match(words):
                        continue
                    iri = ID[f"event/{slug}-{day.isoformat()}-{k}"]
                    when = f"{day.month}月{day.day}日{head[k]}"
                    add_entity_node(ctx, iri, WSIS.Meeting, f"{s_en}: meeting of {day.isoformat()}, time slot {k}",
                                    f"{s_zh}（{day.year}年{when}）：{words}", row, (a, b))
                    add = ctx.store.add_span
                    lit = Literal(day.isoformat(), datatype=XSD.date)
                    add(iri, SCHEMA.startDate, lit, row, (a, b))
                    add(iri, SCHEMA.endDate, lit, row, (a, b))
                    add(iri, WSIS.isoDate, Literal(day.isoformat()), row, (a, b))
                    add(iri, WSIS.datePrecision, Literal("day"), row, (a, b))
