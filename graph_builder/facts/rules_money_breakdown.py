"""Contributions listed after a total, and support in kind listed after the sentence that announces it
('Money and staff'; docs/MODEL.md).

* ``收到现金捐款共计245 000美元，其中：A政府10万美元，B组织60 000美元和C政府4万美元`` (or ``收到下列伙伴的捐助：A
  10万瑞士法郎，B 6万瑞士法郎``, or ``…经费由下列两国提供：A 120 000美元，B 85 000美元``) -> one wsis:Contribution
  per giver of the list after 其中 or the colon (a giver followed directly by its amount; status pledged when a
  promise word stands in the sentence before the list, else received). The stated total is
  ``money.stated-totals-prose``.
* ``…主要依靠成员机构的实物捐助。A为会议提供了会场；B借调一名工作人员`` -> one wsis:Contribution in kind
  (``wsis:inKind true``, what was given as ``wsis:note``) per clause of the paragraph after the announcing
  sentence that opens with an agent and a giving verb.
"""

from __future__ import annotations

import re

from rdflib import Literal

from graph_builder.entities.recognizers import find_money
from graph_builder.facts import rule
from graph_builder.facts.rules_money_common import add_entity_node, agents_in, chf_text, decimal
from graph_builder.facts.rules_money_prose import _FUTURE, _GIVER_HEAD, _norm_index, _prose, add_in_kind
from graph_builder.rdf.namespaces import WSIS, entity_iri, slugify

# a money word, then (within the sentence) 其中 or a colon opening the list of givers (收到捐款共计…，其中：A…;
# 收到下列伙伴的捐助：A…，B…)
_BREAKDOWN = re.compile(r"(?:捐款|捐助|捐资|出资|供资|认捐|资助)[^。；;:：]{0,40}?(?:其中[:：,，]?|[:：])"
                        # or the givers announced by 由以下/下列…提供 after the money they gave: 经费由下列两国提供：
                        r"|(?:资金|经费|捐款|款项|费用)[^。；;:：]{0,20}?由(?:以下|下列)[^。；;:：]{0,8}?"
                        r"(?:提供|捐助|资助|出资|承担)[:：]")
_ITEM_STOP = "，,、；;"
_LIST_END = "。\n"
_JOINER = re.compile(r"^\s*(?:和|及|以及|与)\s*")
# support in kind announced by a sentence of the paragraph
_IN_KIND_NOTE = re.compile(r"实物(?:捐助|支助|支持|捐赠|援助|形式|贡献)")
_GIVING = re.compile(r"提供|借调|派遣|承担|负担|捐赠|支付")
_ASKED = re.compile(r"请|呼吁|鼓励|邀请|敦促|希望|要求")


def _giver_key(ctx, d, wi: int, wj: int, who: str):
    from graph_builder.facts.rules_tables import _name_key

    named = any((x.end - x.start) >= 0.8 * len(who) for x in ctx.mentions_in(d.doc_id, wi, wj))
    if not named and not _GIVER_HEAD.search(who):
        return None  # no giver named (其中大部分100万美元)
    return _name_key(ctx, d, wi, wj, who)


@rule("money.breakdown-prose")
def breakdown(ctx) -> None:
    add = ctx.store.add_span
    for d, node in _prose(ctx):
        norm = node.normalized()
        text = norm.text
        if "其中" not in text and ":" not in text and "：" not in text:
            continue
        monies = find_money(norm)
        for m in _BREAKDOWN.finditer(text):
            if m.end() >= len(text):
                continue  # a lead-in that ends the leaf (its list is in the items below it)
            s0 = max(text.rfind(c, 0, m.start()) for c in "。；;\n") + 1
            pledged = bool(_FUTURE.search(text, s0, m.start()))
            end = min((k for k in (text.find(c, m.end()) for c in _LIST_END) if k >= 0), default=len(text))
            lo = norm.span(m.end(), m.end() + 1)[0]
            hi = norm.span(end - 1, end)[1] if end > m.end() else lo
            prev = lo
            for money in (x for x in monies if lo <= x.start and x.end <= hi):
                raw = d.source.text[prev:money.start]
                cut = max(raw.rfind(c) for c in _ITEM_STOP) + 1
                who = _JOINER.sub("", raw[cut:])
                wi = money.start - len(who)
                who = who.strip()
                prev = money.end
                if not who or len(who) > 30:
                    continue
                key = _giver_key(ctx, d, wi, money.start, who)
                if key is None:
                    continue
                span = (wi, money.end)
                amount = chf_text(money.amount) if money.currency == "CHF" else f"{money.amount} {money.currency}"
                subject = entity_iri("contribution", f"{slugify(node.id)}-{key.split('/', 1)[1]}")
                add_entity_node(ctx, subject, WSIS.Contribution, f"Contribution ({node.locator}): {amount}",
                                d.source.text[span[0]:span[1]], node, span)
                add(subject, WSIS.contributor, ctx.entity(key), node, (wi, money.start))
                add(subject, WSIS.status, Literal("pledged" if pledged else "received"), node, span)
                if money.currency == "CHF":
                    add(subject, WSIS.amountCHF, decimal(money.amount), node, (money.start, money.end))
                add(subject, WSIS.originalAmount, decimal(money.amount), node, (money.start, money.end))
                add(subject, WSIS.originalCurrency, Literal(money.currency), node, (money.start, money.end))


@rule("money.in-kind-listed")
def in_kind_listed(ctx) -> None:
    for d, node in _prose(ctx):
        norm = node.normalized()
        text = norm.text
        note = _IN_KIND_NOTE.search(text)
        if note is None:
            continue
        start = min((k for k in (text.find(c, note.end()) for c in "。；;") if k >= 0), default=len(text)) + 1
        for cm in re.finditer(r"[^。；;]+", text[start:]):
            a, b = start + cm.start(), start + cm.end()
            verb = _GIVING.search(text, a, b)
            if verb is None:
                continue
            oa, ob = norm.span(a, b)
            lead = len(text[a:b]) - len(text[a:b].lstrip(" ，,"))
            who = [w for w in agents_in(ctx, d.doc_id, oa, ob) if w.start == norm.span(a + lead, a + lead + 1)[0]]
            if not who:
                continue
            who = who[0]
            after = _norm_index(norm, who.end)  # the agent's own name may hold 计划 (开发计划署)
            if after > verb.start() or _ASKED.search(text, a, verb.start()) or _FUTURE.search(text, after, verb.start()):
                continue
            span = (who.start, ob)
            i = norm.span(verb.start(), verb.start() + 1)[0]
            add_in_kind(ctx, d, node, who, span, (i, ob), "received")
