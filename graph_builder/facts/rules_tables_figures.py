"""Figures a table gives per row and year (docs/MODEL.md 'Stated quantities'): rule ``tables.year-figures``.

A table whose header has two or more year columns (``2015年 | 2016年 | 2017年``, ``2015 | 2016``) and whose cells
under them are whole numbers states a count per row and year, whatever the rows are (action lines, regions,
programmes):

    行动方面 | 牵头机构 | 2016年 | 2017年
    C5 | 国际电联 | 9 | 12

* per row and year column with a whole number: a ``wsis:TableFigure`` ``quantity/{row path}-{year}`` with
  ``wsis:count``, ``wsis:year``, ``wsis:rowLabel`` (@zh, the row's first cell that is not a year column, as
  printed), ``wsis:columnLabel`` (@zh, the column head as printed), ``wsis:statedIn`` the row; the cell is the
  evidence. A total row (共计, 合计) is a row like the others: its label says what it is.

Money tables (a title, head or cell with a currency or 金额/预算/捐款) are left to the money rules; an empty cell or '—'
is no figure.
"""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import XSD

from graph_builder.facts import rule
from graph_builder.facts.rules_money_common import add_entity_node
from graph_builder.facts.rules_tables import _by_column, _cell_text, _cells, _tables, _title, _words_span
from graph_builder.rdf.namespaces import WSIS, entity_iri, slugify

_YEAR_HEAD = re.compile(r"^((?:19|20)\d\d)\s?年?度?$")
_WHOLE = re.compile(r"^\d{1,3}(?:[ ,]\d{3})+$|^\d{1,9}$")
# heads that make the table a money table: its numbers are amounts, read by the money rules
_MONEY = re.compile(r"金额|预算|捐款|捐助|资金|美元|欧元|瑞郎|法郎|CHF|USD|经费|支出|费用|万元")


@rule("tables.year-figures")
def year_figures(ctx) -> None:
    add = ctx.store.add_span
    for doc, table, header, rows in _tables(ctx):
        hc = _cells(header)
        heads = [_cell_text(c) for c in hc]
        years = {k: m.group(1) for k, h in enumerate(heads) if (m := _YEAR_HEAD.match(h))}
        if len(years) < 2 or any(_MONEY.search(h) for h in heads):
            continue
        title = _title(doc, table)
        if title is not None and _MONEY.search(title.text):  # 预算（瑞士法郎）: its numbers are amounts
            continue
        label_col = next((k for k in range(len(hc)) if k not in years), None)
        if label_col is None:
            continue
        for row in rows:
            cs = _by_column(row, hc) or _cells(row)  # a total row leaves its middle cells empty
            if len(cs) != len(hc):
                continue
            label = _cell_text(cs[label_col])
            if not label or any(_MONEY.search(_cell_text(c)) for c in cs):
                continue
            for k, year in years.items():
                cell = cs[k]
                text = _cell_text(cell)
                if not _WHOLE.match(text):
                    continue
                value = int(re.sub(r"[ ,]", "", text))
                span = _words_span(cell)
                fig = entity_iri("quantity", f"{slugify(row.id)}-{year}")
                add_entity_node(ctx, fig, WSIS.TableFigure, f"Table figure ({row.locator}, {year}): {value}",
                                f"{label} {heads[k]}：{value}", row, span)
                add(fig, WSIS["count"], Literal(value, datatype=XSD.integer), cell, span)
                add(fig, WSIS.year, Literal(year, datatype=XSD.gYear), cell, span)
                add(fig, WSIS.rowLabel, Literal(label, lang="zh"), cs[label_col], _words_span(cs[label_col]))
                add(fig, WSIS.columnLabel, Literal(heads[k], lang="zh"), hc[k], _words_span(hc[k]))
