"""Contributions and their total stated in running text, one clause each ('Money and staff'; docs/MODEL.md).

* ``<agent>(捐助|捐款|捐资|出资|捐赠)(了)?<money>`` with no purpose before the verb (the 为-form is
  ``money.direct-contributions``) -> ``wsis:Contribution`` of the last agent named in the clause, status
  ``pledged`` when the clause promises (将, 承诺, 拟), else ``received``;
* ``(捐款|捐助|供资)总额(为|达|约为)<money>`` -> ``wsis:StatedTotal`` of the paragraph.
"""

from __future__ import annotations

import re

from rdflib import Literal

from graph_builder.facts import rule
from graph_builder.facts.rules_money_common import add_entity_node, agents_in, chf_text, clause_bounds, decimal, names
from graph_builder.facts.rules_money_prose import _DIRECT, _FUTURE, _money_at, _prose
from graph_builder.rdf.namespaces import WSIS, entity_iri, slugify

_GAVE = re.compile(r"(?:捐助|捐款|捐资|出资|捐赠)(?:了)?(?=[\d一二三四五六七八九十两约逾近])")
_TOTAL = re.compile(r"(?:捐款|捐助|捐资|供资|自愿捐款)总额(?:为|达|达到|约为|共计)?(?=[\d一二三四五六七八九十两约逾近])")


def _money_after(node, norm, end: int):
    """The amount written right after normalised offset ``end`` (a bound such as 约 may stand first)."""
    for k in range(end, min(end + 3, len(norm.text))):
        money = _money_at(node, norm.span(k, k + 1)[0])
        if money is not None:
            return money
    return None


@rule("money.contributions-prose")
def prose_contributions(ctx) -> None:
    add = ctx.store.add_span
    for d, node in _prose(ctx):
        norm = node.normalized()
        text = norm.text
        if "捐" not in text and "出资" not in text and "供资" not in text:
            continue
        direct = [(m.start(), m.end()) for m in _DIRECT.finditer(text)]
        for m in _GAVE.finditer(text):
            if any(a <= m.start() < b for a, b in direct):
                continue  # 为<purpose>捐资: the direct-contribution rule's
            money = _money_after(node, norm, m.end())
            if money is None:
                continue
            a, _ = clause_bounds(text, m.start(), m.end())
            who = agents_in(ctx, d.doc_id, *norm.span(a, m.start())) if m.start() > a else []
            if not who:
                continue
            who = who[-1]
            status = "pledged" if _FUTURE.search(text[a:m.start()]) else "received"
            subject = entity_iri("contribution", f"{slugify(node.id)}-{who.key.split('/', 1)[1]}")
            span = (who.start, money.end)
            who_en, who_zh = names(ctx, who.key)
            add_entity_node(ctx, subject, WSIS.Contribution,
                            f"{who_en}: contribution, {chf_text(money.amount)}" if money.currency == "CHF"
                            else f"{who_en}: contribution", d.source.text[span[0]:span[1]], node, span)
            add(subject, WSIS.contributor, ctx.entity(who.key), node, (who.start, who.end))
            if money.currency == "CHF":
                add(subject, WSIS.amountCHF, decimal(money.amount), node, (money.start, money.end))
            add(subject, WSIS.originalAmount, decimal(money.amount), node, (money.start, money.end))
            add(subject, WSIS.originalCurrency, Literal(money.currency), node, (money.start, money.end))
            add(subject, WSIS.status, Literal(status), node, span)
        for m in _TOTAL.finditer(text):
            money = _money_after(node, norm, m.end())
            if money is None:
                continue
            subject = entity_iri("total", f"{slugify(node.id)}-stated")
            start = norm.span(m.start(), m.start() + 1)[0]
            span = (start, money.end)
            add_entity_node(ctx, subject, WSIS.StatedTotal, f"Total contributions ({money.currency})",
                            d.source.text[span[0]:span[1]], node, span)
            status = "pledged" if _FUTURE.search(text[max(0, m.start() - 8):m.start()]) else "received"
            add(subject, WSIS.status, Literal(status), node, span)
            if money.currency == "CHF":
                add(subject, WSIS.amountCHF, decimal(money.amount), node, (money.start, money.end))
            add(subject, WSIS.originalAmount, decimal(money.amount), node, (money.start, money.end))
            add(subject, WSIS.originalCurrency, Literal(money.currency), node, (money.start, money.end))
