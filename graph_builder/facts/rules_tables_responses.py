"""Management responses to recommendations, printed as a table (oversight and evaluation reports; docs/MODEL.md
'Directives').

An evaluation numbers its recommendations (建议1 … 建议6, as headings or paragraph openings) and its annex tabulates
what became of each, one row a recommendation:

    建议   负责实体          接受与否    执行期限        状态
    1      秘书长            接受        2020年底        进行中

* ``tables.recommendation-responses`` – the header must name a recommendation column (建议, 建议编号, 序号) and an
  acceptance or a status column. Each row is joined to the recommendations the text states under ``建议N`` (the
  directives stated in that section or paragraph): ``wsis:acceptance`` coded from the acceptance cell (接受 accepted,
  部分接受 partially accepted, 不接受 not accepted, 供审议 under consideration), ``wsis:status`` coded from the status
  cell (进行中 ongoing, 已执行 completed, 未开始 planned …), and the entity of a responsible column as
  ``wsis:addressee`` when the text's sentence named none (各参与组织的行政首长应… read as a target). A row whose
  number matches no recommendation of the text gives nothing: the table alone does not say what was recommended.
"""

from __future__ import annotations

import re

from rdflib import Literal

from graph_builder.facts import rule
from graph_builder.facts.rules_tables import _agencies, _cell_text, _cells, _tables, _words_span
from graph_builder.facts.rules_tables_workplan import _PROGRESS
from graph_builder.rdf.namespaces import WSIS, node_iri

_NUMBER_COL = re.compile(r"^(?:建议|建议编号|建议序号|建议号|编号|序号)$")
_RESPONSIBLE_COL = re.compile(r"负责|执行实体|执行机构|受文|对象|收件")
_ACCEPT_COL = re.compile(r"接受|同意|管理层回应|回应")
_STATUS_COL = re.compile(r"^(?:状态|执行状态|执行情况|落实情况|进展|进展情况|实施状态)$")
# most specific first: 部分接受 and 不接受 contain 接受
_ACCEPTANCE = ((re.compile(r"部分接受|部分同意"), "partially accepted"),
               (re.compile(r"不接受|未接受|拒绝|不同意"), "not accepted"),
               (re.compile(r"供审议|审议中|待定|有待|正在审议|考虑中"), "under consideration"),
               (re.compile(r"接受|同意"), "accepted"))
# the status words of a follow-up table beside a work plan's: 已执行 / 已落实 done, 未开始 not begun
_FOLLOW_UP = ((re.compile(r"已执行|已落实|已实施"), "completed"), (re.compile(r"未开始|尚未开始"), "planned"))
# a recommendation's own number where the text states it: a heading 建议1 or a paragraph opening 建议1：
_STATED = re.compile(r"\s*(?:\d{1,3}[.．、]\s*)?建议\s*(?P<n>\d{1,2})(?!\d)")


def _number(text: str) -> str | None:
    m = re.fullmatch(r"\s*(?:建议)?\s*(\d{1,2})\s*[.．]?\s*", text)
    return m.group(1) if m else None


def _recommendations(ctx, doc) -> dict[str, list]:
    """Number -> the directives the text states under 建议N (a heading's section, or a paragraph opening with it)."""
    holders: dict[str, str] = {}
    for n in doc.nodes:
        if n.kind not in ("Section", "Paragraph", "ListItem", "SubItem"):
            continue
        m = _STATED.match(doc.source.text, n.start, n.end)
        if m and m.group("n") not in holders:
            holders[m.group("n")] = n.id
    if not holders:
        return {}
    prefix = {nid: str(node_iri(nid)) for nid in holders.values()}
    out: dict[str, list] = {}
    for (s, p, o) in list(ctx.store.facts):
        if p != WSIS.statedIn:
            continue
        for num, nid in holders.items():
            if str(o) == prefix[nid] or str(o).startswith(prefix[nid] + "/"):
                out.setdefault(num, []).append(s)
    return {k: sorted(set(v), key=str) for k, v in out.items()}


def _has(ctx, s, p) -> bool:
    return any(s2 == s and p2 == p for (s2, p2, _) in ctx.store.facts)


@rule("tables.recommendation-responses", after=("actions.modal", "actions.deadlines", "actions.directives", "actions.targets"))
def recommendation_responses(ctx) -> None:
    add = ctx.store.add_span
    for doc, _table, header, rows in _tables(ctx):
        hc = _cells(header)
        num_col = next((k for k, c in enumerate(hc) if _NUMBER_COL.match(_cell_text(c))), None)
        if num_col is None:
            continue
        accept_col = next((k for k, c in enumerate(hc) if k != num_col and _ACCEPT_COL.search(_cell_text(c))), None)
        status_col = next((k for k, c in enumerate(hc) if k not in (num_col, accept_col)
                           and _STATUS_COL.match(_cell_text(c))), None)
        resp_col = next((k for k, c in enumerate(hc) if k not in (num_col, accept_col, status_col)
                         and _RESPONSIBLE_COL.search(_cell_text(c))), None)
        if accept_col is None and status_col is None:
            continue
        stated = _recommendations(ctx, doc)
        if not stated:
            continue
        for row in rows:
            cs = _cells(row)
            if len(cs) != len(hc):
                continue
            num = _number(_cell_text(cs[num_col]))
            for d in stated.get(num or "", []):
                if accept_col is not None:
                    cell = cs[accept_col]
                    code = next((v for rx, v in _ACCEPTANCE if rx.search(_cell_text(cell))), None)
                    if code is not None:
                        add(d, WSIS.acceptance, Literal(code), cell, _words_span(cell))
                if status_col is not None and not _has(ctx, d, WSIS.status):
                    cell = cs[status_col]
                    words = _cell_text(cell)
                    code = next((v for rx, v in _FOLLOW_UP + _PROGRESS if rx.search(words)), None)
                    if code is not None:
                        add(d, WSIS.status, Literal(code), cell, _words_span(cell))
                if resp_col is not None and not _has(ctx, d, WSIS.addressee):
                    cell = cs[resp_col]
                    for key, where in _agencies(ctx, cell, *_words_span(cell)):
                        add(d, WSIS.addressee, ctx.entity(key), cell, where)
