"""Work plans printed as tables ('who is asked to do what by when'; docs/MODEL.md 'Directives').

A work plan lists activities with the agency that leads each, its partners and a deadline, one row each:

    活动 | 牵头机构 | 合作机构 | 期限
    编写区域报告 | 非洲经委会 | 国际电联、开发署 | 2019年第二季度

* ``tables.workplan`` – per row, a ``wsis:WorkPlanItem`` (a ``wsis:Directive``): ``wsis:action`` the activity as
  printed, ``wsis:addressee`` each lead agency, ``wsis:partner`` each partner, ``wsis:deadline`` (with its ISO form,
  precision and ``wsis:deadlineQualifier "before"``) from the deadline cell, ``wsis:status`` coded from a status
  column (进行中 ongoing, 已完成 completed, 已推迟 postponed, 筹备中 planned, 已取消 cancelled), ``wsis:statedIn``
  the row. A projects table (项目名称 | 牵头单位 | 状态 | 完成期限) is a work plan too. The header
  must name an activity column and a lead column; partners and deadline are optional. A row whose lead cell names
  no agency the lists or the open-class names know gives nothing.
"""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import RDF, RDFS

from graph_builder.entities.recognizers import find_dates
from graph_builder.facts import rule
from graph_builder.facts.rules_actions_common import date_values
from graph_builder.facts.rules_tables import _agencies, _cell_text, _cells, _column, _tables, _words_span
from graph_builder.rdf.namespaces import WSIS, entity_iri, node_iri, slugify

_ACTIVITY = re.compile(r"^(?:活动|任务|行动|工作|产出|项目|工作内容|活动内容|主要活动|工作项目|项目名称|活动名称|任务名称)$")
_STATUS_COL = re.compile(r"^(?:状态|进展|进度|执行情况|实施状态|项目状态|进展情况|完成情况)$")
# the progress a status cell states, coded: 进行中 / 已完成 / 已推迟 / 筹备中 / 已取消
_PROGRESS = ((re.compile(r"已取消|取消|撤销"), "cancelled"), (re.compile(r"推迟|延期|延后|暂停"), "postponed"),
             (re.compile(r"未完成|尚未结束"), "ongoing"), (re.compile(r"已完成|完成|结束|竣工"), "completed"),
             (re.compile(r"进行中|实施中|执行中|在建|正在|持续"), "ongoing"),
             (re.compile(r"筹备中|计划中|尚未启动|未启动|待启动|拟议|规划中"), "planned"))
_LEAD = re.compile(r"牵头|负责机构|负责单位|负责方|主办机构|执行机构")
_PARTNERS = re.compile(r"合作机构|合作伙伴|伙伴机构|参与机构|协作机构|合作方|伙伴")
_DEADLINE = re.compile(r"期限|时限|截止|完成时间|时间表|时间|日期")


@rule("tables.workplan")
def workplan(ctx) -> None:
    add = ctx.store.add_span
    for _doc, _table, header, rows in _tables(ctx):
        hc = _cells(header)
        activity_col = next((k for k, c in enumerate(hc) if _ACTIVITY.match(_cell_text(c))), None)
        lead_col = _column(hc, _LEAD)
        if activity_col is None or lead_col is None or lead_col == activity_col:
            continue
        partner_col = next((k for k, c in enumerate(hc) if k not in (activity_col, lead_col)
                            and _PARTNERS.search(_cell_text(c))), None)
        deadline_col = next((k for k, c in enumerate(hc) if k not in (activity_col, lead_col, partner_col)
                             and _DEADLINE.search(_cell_text(c))), None)
        status_col = next((k for k, c in enumerate(hc) if k not in (activity_col, lead_col, partner_col, deadline_col)
                           and _STATUS_COL.match(_cell_text(c))), None)
        for row in rows:
            cs = _cells(row)
            if len(cs) != len(hc):
                continue
            activity, lead = cs[activity_col], cs[lead_col]
            leads = _agencies(ctx, lead, *_words_span(lead))
            if not leads or not _cell_text(activity):
                continue
            item = entity_iri("directive", f"{slugify(row.id)}-work-item")
            span = _words_span(activity)
            add(item, RDF.type, WSIS.WorkPlanItem, activity, span)
            add(item, RDFS.label, Literal(f"Work-plan item ({row.locator})", lang="en"), activity, span)
            add(item, RDFS.label, Literal(_cell_text(activity), lang="zh"), activity, span)
            add(item, WSIS.action, Literal(row.doc.text[span[0]:span[1]], lang="zh"), activity, span)
            add(item, WSIS.statedIn, node_iri(row.id), activity, span)
            for key, where in leads:
                add(item, WSIS.addressee, entity_iri(*key.split("/", 1)), lead, where)
            if partner_col is not None:
                partners = cs[partner_col]
                for key, where in _agencies(ctx, partners, *_words_span(partners)):
                    add(item, WSIS.partner, entity_iri(*key.split("/", 1)), partners, where)
            if status_col is not None:
                cell = cs[status_col]
                code = next((v for rx, v in _PROGRESS if rx.search(_cell_text(cell))), None)
                if code is not None:  # the status as printed stays in the cell: the code answers 'which are done'
                    add(item, WSIS.status, Literal(code), cell, _words_span(cell))
            if deadline_col is not None:
                cell = cs[deadline_col]
                dm = next(iter(find_dates(cell.normalized())), None)
                if dm is not None:
                    for p, o in date_values(dm, WSIS.deadline):
                        add(item, p, o, cell, (dm.start, dm.end))
                    add(item, WSIS.deadlineQualifier, Literal("before"), cell, (dm.start, dm.end))
