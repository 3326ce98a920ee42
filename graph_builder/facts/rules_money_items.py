"""Contributions listed item by item under a lead-in that announces them ('Money and staff'; docs/MODEL.md):
``赞赏地注意到下列国家向信托基金认捐的款项：(a) 挪威：150 000美元；(b) …`` -> one ``wsis:Contribution`` per
item ``<giver>：<money>`` (or ``<giver>，<money>``), with the amount in its currency (CHF when printed so), status
``pledged`` when the lead-in says 认捐/承诺/保证, else ``received``, and ``wsis:toFund`` the fund the lead-in names
(a body whose name ends in 基金, or the fund named earlier that ``向该基金``/``向信托基金`` points to).

A lead-in is the text of the item's parent before its first item; it must speak of giving (捐/认捐/出资/供资/
认缴), so lists of anything else with a colon and an amount (budgets, costs) are left alone. A total line
(``认捐总额为…``) is read by ``money.stated-totals-prose``.
"""

from __future__ import annotations

import re

from rdflib import Literal

from graph_builder.facts import rule
from graph_builder.facts.rules_money_common import add_entity_node, chf_text, decimal, entity_kind, names
from graph_builder.facts.rules_money_prose import _GIVER_HEAD, _fund_named_before, _money_at
from graph_builder.rdf.namespaces import WSIS, entity_iri, slugify

_ITEM_KINDS = ("SubItem", "ListItem")
_GIVING = re.compile(r"捐|认缴|出资|供资")
_PLEDGE = re.compile(r"认捐|承诺|保证|认缴")
# an item's own label ((a)、a)、1.、A．、一、) then the giver, a colon (or comma) and the amount
_ITEM = re.compile(r"\s*(?:[(（]?(?:[A-Za-z]|\d{1,2}|[ivx]{1,4}|[一二三四五六七八九十]{1,2})[)）.．、]\s*)?"
                   r"(?P<who>[^：:;；。,，()（）]{2,30}?)\s*[：:,，]\s*(?:认捐|捐款|捐助|出资)?\s*")
_FUND_TO = re.compile(r"向(?P<to>[^，。；,;、：:]{1,30}?)(?:认捐|捐款|捐助|捐资|出资|供资|认缴)")


def _lead_in(item):
    """The leaf holding the text of the item's parent before its first item (the parent's first child when that
    is not an item itself), if any."""
    parent = item.parent
    if parent is None or not parent.children:
        return None
    first = parent.children[0]
    return first if first.is_leaf and first.kind not in _ITEM_KINDS and first is not item else None


@rule("money.listed-contributions")
def listed_contributions(ctx) -> None:
    from graph_builder.facts.rules_tables import _name_key

    add = ctx.store.add_span
    for d in ctx.documents:
        for node in d.nodes:
            if not node.is_leaf or node.kind not in _ITEM_KINDS:
                continue
            lead = _lead_in(node)
            if lead is None:
                continue
            lead_text = d.source.text[lead.start:lead.end]
            if not _GIVING.search(lead_text):
                continue
            norm = node.normalized()
            m = _ITEM.match(norm.text)
            if not m:
                continue
            money = _money_at(node, norm.span(m.end(), m.end() + 1)[0])
            if money is None:
                continue
            wi, wj = norm.span(m.start("who"), m.end("who"))
            who_text = d.source.text[wi:wj].strip()
            named = any((x.end - x.start) >= 0.8 * len(who_text) for x in ctx.mentions_in(d.doc_id, wi, wj))
            if not named and not _GIVER_HEAD.search(who_text):
                continue  # a giver must be a name: 其他：5 000美元 is no one
            key = _name_key(ctx, d, wi, wj, who_text)
            if key is None:
                continue
            span = (wi, money.end)
            amount = chf_text(money.amount) if money.currency == "CHF" else f"{money.amount} {money.currency}"
            who_en, _ = names(ctx, key)
            subject = entity_iri("contribution", f"{slugify(node.id)}-{key.split('/', 1)[1]}")
            add_entity_node(ctx, subject, WSIS.Contribution, f"{who_en}: contribution, {amount}",
                            d.source.text[span[0]:span[1]], node, span, WSIS.listedIn)
            add(subject, WSIS.contributor, ctx.entity(key), node, (wi, wj))
            status = "pledged" if _PLEDGE.search(lead_text) else "received"
            add(subject, WSIS.status, Literal(status), node, span)
            if money.currency == "CHF":
                add(subject, WSIS.amountCHF, decimal(money.amount), node, (money.start, money.end))
            add(subject, WSIS.originalAmount, decimal(money.amount), node, (money.start, money.end))
            add(subject, WSIS.originalCurrency, Literal(money.currency), node, (money.start, money.end))
            to = _FUND_TO.search(lead_text)
            if to:
                ti, tj = lead.start + to.start("to"), lead.start + to.end("to")
                funds = [f for f in ctx.mentions_in(d.doc_id, ti, tj) if entity_kind(f.key) == "body"]
                fund = funds[-1] if funds else _fund_named_before(ctx, d, lead, (ti, tj))
                if fund is not None:
                    add(subject, WSIS.toFund, ctx.entity(fund.key), lead, (ti, tj))
