"""Contributions stated with an amount converted into another currency in running text ('Money and staff';
docs/MODEL.md):

* ``<agent>捐款50万欧元（折合约58万美元）``, ``…50万欧元，折合58万美元``: the contribution another money rule read
  (its original amount and currency) gets the converted amount too;
* ``<agent>的捐款折合12万美元``, ``<agent>提供的资金折合约30万美元``: only the converted amount is printed, so the
  contribution has no original amount.

A converted amount in francs is ``wsis:amountCHF``; in any other currency it is a ``wsis:MonetaryAmount`` of its
own linked by ``wsis:amount``, as a table's 折合美元 column gives it. It runs after the other money rules (it reads
the amounts they stated) and before ``money.shares-prose``, so that 占总额的P% after the converted amount attaches
to the same contribution.
"""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import RDF, RDFS

from graph_builder.facts import rule
from graph_builder.facts.rules_money_common import (
    add_entity_node,
    agents_in,
    chf_text,
    clause_bounds,
    decimal,
    entity_class,
    entity_kind,
    names,
)
from graph_builder.facts.rules_money_prose import _FUTURE, _money_at, _prose
from graph_builder.rdf.namespaces import SCHEMA, WSIS, entity_iri, slugify

_CONVERT_WORDS = r"(?:折合|约合|折算为|折算成|换算为|换算成|相当于)"
# right after an amount: （折合约58万美元） / ，折合58万美元
_AFTER_AMOUNT = re.compile(r"^\s*(?:[（(]\s*|[，,]\s*)" + _CONVERT_WORDS + r"\s*")
# what was given, then the conversion: 的捐款折合 / 提供的资金折合 / 的自愿捐款共计折合
_GIVEN = re.compile(r"(?P<verb>所提供的|提供的|捐助的|认捐的|的)?(?P<what>自愿捐款|捐款|捐资|捐助|资金|出资|认捐款)"
                    r"(?:总额|共计|合计|总计)?" + _CONVERT_WORDS + r"\s*")
_AMOUNT_PROPS = (WSIS.originalAmount, WSIS.amountCHF)


def _money_after(node, norm, end: int):
    """The amount written right after normalised offset ``end`` (its bound such as 约 is part of it)."""
    for k in range(end, min(end + 2, len(norm.text))):
        money = _money_at(node, norm.span(k, k + 1)[0])
        if money is not None:
            return money
    return None


def _add_converted(ctx, subject, money, node) -> None:
    add = ctx.store.add_span
    span = (money.start, money.end)
    if money.currency == "CHF":
        add(subject, WSIS.amountCHF, decimal(money.amount), node, span)
    else:
        amount = entity_iri("amount", f"{subject.rsplit('/', 1)[-1]}-converted")
        shown = f"{money.amount.normalize():f} {money.currency}"
        add(amount, RDF.type, WSIS.MonetaryAmount, node, span)
        add(amount, RDFS.label, Literal(f"{shown} (converted)", lang="en"), node, span)
        add(amount, RDFS.label, Literal(f"折合{shown}", lang="zh"), node, span)
        add(amount, SCHEMA.value, decimal(money.amount), node, span)
        add(amount, SCHEMA.currency, Literal(money.currency), node, span)
        add(subject, WSIS.amount, amount, node, span)
    if money.qualifier:
        add(subject, WSIS.amountQualifier, Literal(money.qualifier), node, span)


def _contribution_amounts(ctx) -> dict:
    """node id -> {original end offset: subject} of the contributions' amounts the money rules stated."""
    contributions = {s for (s, p, o) in ctx.store.facts if p == RDF.type and o == WSIS.Contribution}
    out: dict = {}
    for (s, p, _o), evs in ctx.store.facts.items():
        if p in _AMOUNT_PROPS and s in contributions:
            for e in evs:
                out.setdefault(e.node_id, {})[e.end] = s
    return out


@rule("money.converted-prose")
def converted_in_prose(ctx) -> None:
    add = ctx.store.add_span
    stated = _contribution_amounts(ctx)
    for d, node in _prose(ctx):
        norm = node.normalized()
        text = norm.text
        if not re.search(_CONVERT_WORDS, text):
            continue
        # 1. an amount a contribution already has, then its conversion
        for end, subject in sorted(stated.get(node.id, {}).items()):
            i = _norm_end(norm, end)
            m = _AFTER_AMOUNT.match(text[i:])
            if m is None:
                continue
            money = _money_after(node, norm, i + m.end())
            if money is not None:
                _add_converted(ctx, subject, money, node)
        # 2. the contributor's gift, only in its converted amount
        for m in _GIVEN.finditer(text):
            money = _money_after(node, norm, m.end())
            if money is None:
                continue
            start = norm.span(m.start(), m.start() + 1)[0]
            who = [w for w in agents_in(ctx, d.doc_id, max(node.start, start - 40), start,
                                        kinds=("org", "body", "place"))
                   if w.end == start and (entity_kind(w.key) != "place" or entity_class(ctx, w.key) == "Country")]
            if not who or re.search(r"(?:在|对|就|关于)$",
                                    d.source.text[max(node.start, who[-1].start - 2):who[-1].start]):
                continue  # 在X的捐款折合…的问题上: nobody gives here
            who = who[-1]
            subject = entity_iri("contribution", f"{slugify(node.id)}-{who.key.split('/', 1)[1]}")
            if (subject, RDF.type, WSIS.Contribution) in ctx.store.facts:
                continue  # the same gift another rule read, with its original amount
            a, _ = clause_bounds(text, m.start(), m.end())
            status = "pledged" if _FUTURE.search(text[a:m.start()]) or "认捐" in m.group("what") else "received"
            span = (who.start, money.end)
            who_en, _ = names(ctx, who.key)
            add_entity_node(ctx, subject, WSIS.Contribution,
                            f"{who_en}: contribution, {chf_text(money.amount)}" if money.currency == "CHF"
                            else f"{who_en}: contribution", d.source.text[span[0]:span[1]], node, span)
            add(subject, WSIS.contributor, ctx.entity(who.key), node, (who.start, who.end))
            add(subject, WSIS.status, Literal(status), node, span)
            _add_converted(ctx, subject, money, node)


converted_in_prose.after_all = True


def _norm_end(norm, offset: int) -> int:
    """The normalised index just after the character ending at original ``offset``."""
    import bisect

    return bisect.bisect_left(norm.offsets, offset)
