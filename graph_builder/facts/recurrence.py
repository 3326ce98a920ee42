"""A request to do something again at a fixed interval after its first deadline (docs/MODEL.md 'Directives'):
``于2008年6月30日之前、此后每两年提交报告`` -> ``wsis:recurrence "P2Y"^^xsd:duration`` (ISO 8601) with the words as
printed, ``wsis:recurrenceAsPrinted "此后每两年"@zh``.

Only an interval that follows something (此后, 其后, 以后, 之后, 嗣后) counts: a bare 每年 inside an action
(每年举办论坛) describes the action itself, not a repeated deadline. No rule lives here; the directive rules call
:func:`find_recurrences`.
"""

from __future__ import annotations

import re

_CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_RECUR = re.compile(r"(?:此后|其后|以后|之后|嗣后|从此以后)(?:则|并|再)?(?:每隔|每)(?P<n>\d{1,2}|[一二两三四五六七八九十])?"
                    r"(?P<unit>年|半年|个季度|季度|个月|月|周|星期)")
_UNIT = {"年": "Y", "个月": "M", "月": "M", "周": "W", "星期": "W"}


def _duration(n_text: str | None, unit: str) -> str:
    n = int(n_text) if n_text and n_text.isdigit() else _CN.get(n_text or "一", 1)
    if unit == "半年":
        return "P6M"
    if unit in ("季度", "个季度"):
        return f"P{3 * n}M"
    return f"P{n}{_UNIT[unit]}"


def find_recurrences(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(ISO 8601 duration, start, end) of every interval 此后每N年/月/季度/周 in ``text[start:end]``."""
    return [(_duration(m.group("n"), m.group("unit")), m.start(), m.end())
            for m in _RECUR.finditer(text, start, end)]
