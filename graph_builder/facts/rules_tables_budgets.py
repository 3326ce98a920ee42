"""Budget tables: what each line of a budget was and what was spent on it (docs/MODEL.md 'Money and staff').

A financial report prints its budget execution as a table, one line a budget line (in any printed form:
pipe, tab, columns aligned with spaces):

    支出类别      预算       实际支出     执行率
    人员费用      150 000    142 500      95.0%
    合计          400 000    351 000      87.8%

* ``tables.budget-lines`` – a table whose header names a budget column (预算, 核定预算, 预算数, 拨款) and whose first
  column names the lines (no figure in its header): per row a ``wsis:Budget`` (``budget/{row path}``) labelled by
  the line (its first cell) with ``wsis:status "approved"``, the amount of the budget column and, when a spending
  column is printed (实际支出, 支出, 开支, 已支出), ``wsis:expenditure`` in the same currency; the total row is the
  budget of the whole. The currency is the one the table's title or the column's header gives in brackets
  (（美元）, 金额（千瑞士法郎）): in francs ``wsis:amountCHF``, else ``wsis:originalAmount`` + ``wsis:originalCurrency``
  and a ``wsis:MonetaryAmount``. A table whose currency is not printed gives nothing (a bare number is no sum of
  money).
"""

from __future__ import annotations

import re
from decimal import Decimal

from rdflib import Literal

from graph_builder.facts import rule
from graph_builder.facts.rules_money_common import add_entity_node, chf_text, decimal
from graph_builder.facts.rules_tables import (_by_column, _cell_text, _cells, _chf, _header_unit, _tables, _title,
                                              _words_span)
from graph_builder.rdf.namespaces import SCHEMA, WSIS, entity_iri, slugify

_BUDGET = re.compile(r"^(?:预算|核定预算|预算数|预算额|批准预算|拨款|预算拨款)(?:[(（].*[)）])?$")
_SPENT = re.compile(r"^(?:实际支出|支出|开支|实际开支|已支出|支出额|实支)(?:[(（].*[)）])?$")


def _unit(doc, table, header_cell) -> tuple[Decimal, str] | None:
    """(scale, currency) of a budget column: from its header (预算（千美元）), else from the table's title."""
    unit = _header_unit(_cell_text(header_cell))
    if unit is None:
        title = _title(doc, table)
        unit = _header_unit(title.normalized().text) if title is not None else None
    return unit


@rule("tables.budget-lines")
def budget_lines(ctx) -> None:
    add = ctx.store.add_span
    for doc, table, header, rows in _tables(ctx):
        hc = _cells(header)
        budget = next((k for k, c in enumerate(hc) if k > 0 and _BUDGET.match(_cell_text(c))), None)
        if budget is None or re.search(r"\d", _cell_text(hc[0])):
            continue
        spent = next((k for k, c in enumerate(hc) if k > 0 and k != budget and _SPENT.match(_cell_text(c))), None)
        unit = _unit(doc, table, hc[budget])
        if unit is None:
            continue
        scale, currency = unit
        for row in rows:
            cs = _cells(row)
            if len(cs) != len(hc):
                cs = _by_column(row, hc)
                if cs is None:
                    continue
            line, cell = _cell_text(cs[0]), cs[budget]
            number = _chf(_cell_text(cell))
            if not line or number is None:
                continue
            amount = number * scale
            subject = entity_iri("budget", slugify(row.id))
            span = _words_span(cell)
            zh = f"{line}：{_cell_text(cell)}"
            shown = chf_text(amount) if currency == "CHF" else f"{amount.normalize():f} {currency}"
            add_entity_node(ctx, subject, WSIS.Budget, f"Budget line ({row.locator}): {shown}", zh, row,
                            (row.start, row.end))
            add(subject, WSIS.status, Literal("approved"), cell, span)
            if currency == "CHF":
                add(subject, WSIS.amountCHF, decimal(amount), cell, span)
            else:
                add(subject, WSIS.originalAmount, decimal(amount), cell, span)
                add(subject, WSIS.originalCurrency, Literal(currency), cell, span)
                money = entity_iri("amount", f"{slugify(row.id)}-budget")
                add_entity_node(ctx, money, WSIS.MonetaryAmount, shown, _cell_text(cell), cell, span)
                add(money, SCHEMA.value, decimal(amount), cell, span)
                add(money, SCHEMA.currency, Literal(currency), cell, span)
                add(subject, WSIS.amount, money, cell, span)
            if spent is not None and (used := _chf(_cell_text(cs[spent]))) is not None:
                add(subject, WSIS.expenditure, decimal(used * scale), cs[spent], _words_span(cs[spent]))
