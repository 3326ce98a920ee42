"""The total of contributions stated in running text ('Money and staff'; docs/MODEL.md): ``(捐款|捐助|供资)总额
(为|达|约为)<money>`` -> ``wsis:StatedTotal`` of the paragraph, status ``pledged`` when a promise word (将, 承诺)
stands right before or the total is of pledges (认捐总额), else ``received``; also the sum of the funds of listed
projects, ``(资金|经费)(总额)?(共计|总计|合计)<money>``, and the sum closing a list of gifts after a colon
(``…的自愿捐款：A 450 000美元、B 320 000美元，共计770 000美元``). The contributions themselves are ``money.pledges-prose``.
"""

from __future__ import annotations

import re

from rdflib import Literal

from graph_builder.facts import rule
from graph_builder.facts.rules_money_common import add_entity_node, decimal
from graph_builder.facts.rules_money_prose import _FUTURE, _money_at, _prose
from graph_builder.rdf.namespaces import WSIS, entity_iri, slugify

_TOTAL = re.compile(r"(?:(?:捐款|捐助|捐资|供资|自愿捐款|认捐款?)总额(?:为|达|达到|约为|共计)?"
                    # the gifts listed before, then their sum: …；捐款共计335 000瑞士法郎
                    r"|(?:捐款|捐助|捐资|认捐款?)(?:共计|总计|合计)(?:为|达)?"
                    # the funds of the projects listed before: 资金共计460万美元, 经费总额合计…
                    r"|(?:资金|经费)(?:总额)?(?:共计|总计|合计)(?:为|达)?"
                    # closing a list of givers and their amounts: …，C 60 000美元，共计265 000美元
                    r"|(?<=[,，;；])(?:共计|总计|合计)(?:为|达)?"
                    # extrabudgetary resources over a period: 预算外资源在2016—2018年期间共计…
                    r"|(?:预算外资源|预算外资金|自愿捐款)(?:[^,，:：;；。]{0,20}?期间)?(?:共计|总计|合计|总额为)(?:为|达)?"
                    # the sum closing a list of gifts after a colon (…的自愿捐款：A 45万美元、B 32万美元，共计77万美元)
                    r"|(?P<sum>(?<=[,、])(?:共计|总计|合计)(?:为|达)?))"
                    r"(?=[\d一二三四五六七八九十两约逾近])")


_LISTED_GIFTS = re.compile(r"(?:捐款|捐助|捐资|出资|供资|认捐|资助)(?:款项|额)?(?:如下)?[:：]")
_PROMISE = re.compile(_FUTURE.pattern.replace("计划", "计划(?!的)"))


def _money_after(node, norm, end: int):
    """The amount written right after normalised offset ``end`` (a bound such as 约 may stand first)."""
    for k in range(end, min(end + 3, len(norm.text))):
        money = _money_at(node, norm.span(k, k + 1)[0])
        if money is not None:
            return money
    return None


@rule("money.stated-totals-prose")
def prose_totals(ctx) -> None:
    add = ctx.store.add_span
    for d, node in _prose(ctx):
        norm = node.normalized()
        text = norm.text
        if not any(w in text for w in ("捐", "出资", "供资", "资金", "经费", "预算外资源")):
            continue
        for m in _TOTAL.finditer(text):
            if m.group("sum"):
                s0 = max(text.rfind(c, 0, m.start()) for c in "。；;\n") + 1
                if not _LISTED_GIFTS.search(text, s0, m.start()):
                    continue
            money = _money_after(node, norm, m.end())
            if money is None:
                continue
            subject = entity_iri("total", f"{slugify(node.id)}-stated")
            start = norm.span(m.start(), m.start() + 1)[0]
            span = (start, money.end)
            add_entity_node(ctx, subject, WSIS.StatedTotal, f"Total contributions ({money.currency})",
                            d.source.text[span[0]:span[1]], node, span)
            # a promise word right before, not the noun 计划 (联合工作计划的预算外资源)
            pledged = m.group(0).startswith("认捐") or _PROMISE.search(text[max(0, m.start() - 8):m.start()])
            status = "pledged" if pledged else "received"
            add(subject, WSIS.status, Literal(status), node, span)
            if money.currency == "CHF":
                add(subject, WSIS.amountCHF, decimal(money.amount), node, (money.start, money.end))
            add(subject, WSIS.originalAmount, decimal(money.amount), node, (money.start, money.end))
            add(subject, WSIS.originalCurrency, Literal(money.currency), node, (money.start, money.end))
