"""When and where the meeting a document's title block names is held ('Events'; docs/MODEL.md 'Events').

An agenda, a note or a report of a session prints, above its text, the body, the session and its dates and city
on lines of their own:

    科学和技术促进发展委员会
    第二十届会议
    2017年5月8日至12日，日内瓦

* ``events.title_block`` – the line right after a line that names a numbered session or meeting (第N届会议,
  第N次会议, alone or after its body) is its date and city (DATE，CITY, CITY，DATE or （DATE，CITY）, nothing
  else on the line) -> the session ``schema:startDate``/``endDate`` and ``schema:location``. A session named
  without its body is the session of the body the line above names.

Only the lines before the first numbered paragraph are read: a date line inside the text is prose the frames read.
The first such meeting of a document is the one it is about (:func:`title_block_session`).
"""

from __future__ import annotations

import re

from graph_builder.facts import rule
from graph_builder.rdf.namespaces import ID, SCHEMA

_SESSION_LINE = re.compile(r"第[一二三四五六七八九十百零〇\d]+(?:届|次)(?:会议|届会)(?:续会)?$")
#: what may stand on a date line besides the date and the city
_FILLER = re.compile(r"^[\s，,()（）]*$")
_NUMBERED = re.compile(r"^\s*(?:\d+(?:\.\d+)*[.．、]|[一二三四五六七八九十]+、)")


def _title_lines(doc):
    """(leaf node, offset of the line in the document, line) of the lines before the first numbered paragraph."""
    for n in doc.nodes:
        if not n.is_leaf:
            continue
        if n.kind == "Paragraph" and _NUMBERED.match(n.text):
            return
        pos = n.start
        for line in n.text.split("\n"):
            yield n, pos, line
            pos += len(line) + 1


@rule("events.title_block")
def title_block(ctx) -> None:
    from graph_builder.facts.frames.slots import leaf_slots
    from graph_builder.facts.rules_events import prepare
    from graph_builder.facts.rules_frames import Emitter, _objects

    em = None
    for d in ctx.documents:
        lines = list(_title_lines(d))
        for k in range(1, len(lines)):
            s_node, s_at, s_line = lines[k - 1]
            if not _SESSION_LINE.search(s_line.strip()):
                continue
            d_node, d_at, d_line = lines[k]
            if not d_line.strip():
                continue
            body = None
            if k >= 2 and lines[k - 2][0] is not s_node:
                # the body on the line above, in a leaf of its own: the session's body
                b_node, b_at, b_line = lines[k - 2]
                body = next((m.key for m in reversed(ctx.mentions_in(b_node.doc.doc_id, b_at, b_at + len(b_line)))
                             if m.key.startswith("body/")), None)
            s_leaf = prepare(ctx, s_node)
            a, b = s_leaf.index(s_at), s_leaf.index(s_at + len(s_line))
            event = next((s for s in leaf_slots(ctx, s_leaf, section_body=body)
                          if "EVENT" in s.types and s.key and a <= s.j and s.i < b and s.j >= b - 1), None)
            if event is None:
                continue
            d_leaf = prepare(ctx, d_node)
            a, b = d_leaf.index(d_at), d_leaf.index(d_at + len(d_line))
            slots = [s for s in leaf_slots(ctx, d_leaf) if a <= s.i and s.j <= b]
            date = next((s for s in slots if "DATE" in s.types), None)
            place = next((s for s in slots if "PLACE" in s.types and s.key), None)
            if date is None or place is None:
                continue
            rest = d_leaf.text[a:b]
            for s in sorted((date, place), key=lambda s: -s.i):
                rest = rest[: s.i - a] + rest[s.j - a:]
            if not _FILLER.match(rest):
                continue
            em = em or Emitter(ctx)
            em.declare(s_leaf, event)
            ctx.__dict__.setdefault("_title_block_sessions", {}).setdefault(d.doc_id, event.key)
            ev = ID[event.key]
            for p, o in _objects("when", "DATE", {"DATE": date}, None):
                em.add(d_leaf, ev, p, o, a, b)
            em.add(d_leaf, ev, SCHEMA.location, ID[place.key], a, b)


def title_block_session(ctx, doc_id: str) -> str | None:
    """The key of the first meeting a document's title block dates (None before ``events.title_block`` ran)."""
    return ctx.__dict__.get("_title_block_sessions", {}).get(doc_id)
