"""A share of a total stated in running text ('Money and staff'; docs/MODEL.md): ``…<money>，占(捐款)总额的22.7%``,
``约占…的三分之一``, ``占…的百分之十五`` -> ``wsis:shareOfTotal`` (per cent) of the contribution, total or budget
whose amount the same clause or sentence states last before the share (else first after it, in the same clause).

It reads what the money rules stated (it runs after them): the amounts they read are the anchors, so a share
never makes a contribution of its own. A fraction counts only when it is a simple one (二分之一, 三分之一,
三分之二, 四分之一, 四分之三, 五分之一 …, one decimal place); a share of something that is not money
(占与会者的40%) finds no amount and gives nothing.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal

from graph_builder.facts import rule
from graph_builder.facts.rules_money_common import decimal
from graph_builder.rdf.namespaces import WSIS

_CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# 占 + what it is a share of (a few words, no clause end) + the share: 22.7% / 百分之二十 / 三分之一
_SHARE = re.compile(
    r"(?:约|大约|近|逾|超过)?占(?:了)?(?P<of>[^，。；,;:：]{0,24}?)(?:的)?"
    r"(?:(?P<pct>\d{1,3}(?:\.\d+)?)\s*[%％]|百分之(?P<cnpct>[一二三四五六七八九十]{1,3}(?:点[一二三四五六七八九〇零]+)?)"
    r"|(?P<den>[二三四五六七八九十])分之(?P<num>[一二三四五六七八九]))"
)
_SENTENCE_END = "。；;!?！？"
_CLAUSE_END = "，,。；;:：!?！？"
# the properties whose evidence is an amount printed in the text
_AMOUNTS = (WSIS.amountCHF, WSIS.originalAmount, WSIS.amount)


def _cn_number(text: str) -> Decimal | None:
    """'二十' -> 20, '十五' -> 15, '二十二点五' -> 22.5 (per-cent figures written in words)."""
    whole, _, frac = text.partition("点")
    if "十" in whole:
        tens, _, ones = whole.partition("十")
        n = (_CN.get(tens, 0) if tens else 1) * 10 + (_CN.get(ones, 0) if ones else 0)
    elif len(whole) == 1 and whole in _CN:
        n = _CN[whole]
    else:
        return None
    digits = "".join(str({"〇": 0, "零": 0}.get(c, _CN.get(c, 0))) for c in frac)
    return Decimal(f"{n}.{digits}") if digits else Decimal(n)


def share_value(m: re.Match) -> Decimal | None:
    """The per-cent figure of a share match, or None when it is not a simple share."""
    if m.group("pct"):
        v = Decimal(m.group("pct"))
    elif m.group("cnpct"):
        v = _cn_number(m.group("cnpct"))
    else:
        num, den = _CN[m.group("num")], _CN[m.group("den")]
        if num >= den:
            return None
        v = (Decimal(100) * num / den).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return v if v is not None and v <= 100 else None


def _amounts_by_node(ctx) -> dict:
    """node id -> sorted [(start, end, subject)] of the amounts the money rules stated there."""
    out: dict = defaultdict(set)
    for (s, p, _o), evs in ctx.store.facts.items():
        if p in _AMOUNTS:
            for e in evs:
                out[e.node_id].add((e.start, e.end, s))
    return {k: sorted(v) for k, v in out.items()}


def _anchor(amounts: list, text: str, base: int, at: int, end: int):
    """The subject whose amount the sentence states last before document offset ``at`` (else the first one
    after ``end`` in the same clause)."""
    k = bisect.bisect_left(amounts, (at,))
    if k > 0:
        a0, a1, s = amounts[k - 1]
        if a1 <= at and not any(c in _SENTENCE_END for c in text[a1 - base:at - base]):
            return s, a0
    for a0, a1, s in amounts[k:]:
        if a0 >= end and not any(c in _CLAUSE_END for c in text[end - base:a0 - base]):
            return s, a0
        break
    return None


@rule("money.shares-prose")
def shares(ctx) -> None:
    amounts = _amounts_by_node(ctx)
    if not amounts:
        return
    for node in ctx.leaves():
        if node.id not in amounts or "占" not in node.text:
            continue
        text, base = node.text, node.start
        for m in _SHARE.finditer(text):
            value = share_value(m)
            if value is None:
                continue
            at, end = base + m.start(), base + m.end()
            found = _anchor(amounts[node.id], text, base, at, end)
            if found is None:
                continue
            subject, a0 = found
            ctx.store.add_span(subject, WSIS.shareOfTotal, decimal(value), node, (min(a0, at), end))


shares.after_all = True
