"""Money amounts, counts and ordinals (docs/MODEL.md "Values").

Phrasings targeted (normalised text: ``796 835`` reads ``796835``):

* Money -- an amount then a currency word: ``796 835瑞士法郎``, ``590万瑞士法郎`` (5 900 000),
  ``62 691 030日元``, ``500美元``, ``170 000欧元``, ``1 000 000加元``; or a code first: ``CHF 500``,
  ``US$ 2 000``. ``高达5 000 000瑞士法郎`` -> qualifier ``up to``. Currencies are ISO 4217 codes.
* Counts -- a number, a measure word and the counted noun: ``969名与会者``, ``142个会员国``, ``14位副主席``,
  ``3名专家``, ``57个国家``, ``1 391名代表``, ``2500多个项目`` (``more than``), ``约有16位专家`` /
  ``大约 14 份`` (``about``), ``两个分委员会``, ``1000-1500人`` (value 1000, upper 1500); a round hundred or
  thousand after a qualifier word: ``逾百名`` (more than 100), ``近千名`` (about 1000), ``上百个``/``上千名``
  (at least 100/1000); ``数百名``/``几百名`` (several hundred) is 100 ``several``, ``数十个`` (dozens) 10
  ``several``, ``数千名`` 1000 ``several`` — never an exact 10 or 100.
  The noun is the run of ideographs after the measure word up to a function word (的 被 在 …);
  a bare ``一`` with 个/项/份/… is the indefinite article ("a"), not a count, and is skipped.
* Ordinals -- ``第`` + number + unit: ``第一次``, ``第二次``, ``第57届``, ``第五十七届``, ``第 90 次``,
  ``第一阶段``, ``第二委员会``, ``第19条``.

Qualifiers shared by money and counts: 高达/多达/最多/不超过 -> ``up to``; 约/大约/约有/近/将近 ->
``about``; 超过/逾/多于 and a trailing 多/余 -> ``more than``; 至少 -> ``at least``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from graph_builder.entities.recognize_base import CN_NUMERAL_CHARS, Recognized, parse_number
from graph_builder.normalize import Normalized

UP_TO, ABOUT, MORE_THAN, AT_LEAST = "up to", "about", "more than", "at least"
SEVERAL = "several"  # 数百名: several times the value (several hundred)

_QUALIFIER_WORDS = {
    "不超过": UP_TO, "高达": UP_TO, "多达": UP_TO, "最多": UP_TO,
    "大约有": ABOUT, "约有": ABOUT, "大约": ABOUT, "将近": ABOUT, "约为": ABOUT, "约": ABOUT, "近": ABOUT,
    "超过": MORE_THAN, "多于": MORE_THAN, "逾": MORE_THAN,
    "至少": AT_LEAST,
}
# Longest first, so 大约有 wins over 约有 and 约.
_QUALIFIER_RE = "|".join(sorted(map(re.escape, _QUALIFIER_WORDS), key=len, reverse=True))

_CURRENCY_WORDS = {
    "瑞士法郎": "CHF", "瑞郎": "CHF", "美元": "USD", "美金": "USD", "欧元": "EUR", "日元": "JPY",
    "加拿大元": "CAD", "加元": "CAD", "英镑": "GBP", "澳元": "AUD",
    # the currencies donors of the genre give in besides those: Nordic crowns, yuan, won, rupees, riyals …
    "挪威克朗": "NOK", "瑞典克朗": "SEK", "丹麦克朗": "DKK", "人民币": "CNY", "人民币元": "CNY", "韩元": "KRW",
    "澳大利亚元": "AUD", "新西兰元": "NZD", "卢布": "RUB", "印度卢比": "INR", "南非兰特": "ZAR", "兰特": "ZAR",
    "沙特里亚尔": "SAR", "卡塔尔里亚尔": "QAR", "阿联酋迪拉姆": "AED", "墨西哥比索": "MXN", "巴西雷亚尔": "BRL",
    "新加坡元": "SGD", "港元": "HKD",
}
_CURRENCY_CODES = {"CHF": "CHF", "USD": "USD", "US$": "USD", "EUR": "EUR", "JPY": "JPY", "CAD": "CAD",
                   "GBP": "GBP", "€": "EUR", "£": "GBP"}
_MULTIPLIERS = {"千万": 10_000_000, "百万": 1_000_000, "万": 10_000, "亿": 100_000_000}

_CN = f"[{CN_NUMERAL_CHARS}]+"
# 多/余 ("more than") may sit before the multiplier (300多万) or after the amount (500多). Digits may be grouped
# in thousands by commas (2,500,000美元, 1,350万); a comma that groups no three digits is no part of a number.
_AMOUNT = (
    rf"(?:(?P<num>(?<![\d.,])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?)(?P<more_mult>多|余)?(?P<mult>千万|百万|万|亿)?"
    rf"|(?P<cn>{_CN}))"
    r"(?P<more>多|余)?"
)
_MONEY_AFTER = re.compile(
    rf"(?P<q>{_QUALIFIER_RE})?{_AMOUNT}"
    rf"(?P<cur>{'|'.join(sorted(_CURRENCY_WORDS, key=len, reverse=True))})"
)
_MONEY_BEFORE = re.compile(
    rf"(?P<q>{_QUALIFIER_RE})?(?<![A-Za-z])(?P<code>CHF|USD|US\$|EUR|JPY|CAD|GBP|€|£)\s?"
    r"(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?P<mult>千万|百万|万|亿)?(?P<cn>)(?P<more>多|余)?(?![\d.])"
)

_MEASURE_WORDS = "个名位份项家条所种次人"
_COUNT = re.compile(
    rf"(?P<q>{_QUALIFIER_RE})?"
    # digits grouped in thousands by commas (约1,200所), or with 万/亿 after them (逾5万名, 1.2万人)
    rf"(?P<num>(?<![A-Za-z0-9/.\-第])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+(?=[万亿]))?(?P<cmult>万|亿)?"
    rf"|(?<![{CN_NUMERAL_CHARS}第数几]){_CN})"
    rf"(?:(?:-|—|–|~|至|到)(?P<num2>\d+|{_CN}))?"
    rf"(?P<more>多|余)?(?P<unit>[{_MEASURE_WORDS}])"
)
# A round ten, hundred or thousand bounded by a qualifier word (逾百名, 近千名, 上百个): the word is required,
# since a bare 百 is no count; 上百 ("upwards of a hundred") is 'at least'; 数十/几十/数百/几千 ("dozens",
# "several hundred", "thousands") is the round number with the qualifier 'several' (several times it), never
# the round number itself.
_ROUND = re.compile(
    rf"(?:(?P<q>{_QUALIFIER_RE})|(?<![以之])(?P<up>上)|(?<![{CN_NUMERAL_CHARS}])(?P<several>数|几))"
    rf"(?P<num>十万|百万|千万|[十百千万])(?P<more>多|余)?(?P<unit>[{_MEASURE_WORDS}])"
)
_ROUND_VALUE = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "十万": 100_000, "百万": 1_000_000,
                "千万": 10_000_000}
_ARTICLE_UNITS = set("个项份种次条所家")  # 一个 / 一项 … usually mean "a", not "one"
# Function words that end a counted noun (checked from the noun's second character on, so
# 与会者 "participants" survives).
_NOUN_STOPS = set("的被在于和及与或已将从以对为中是都均各并就向由其等把给参来去到")
_NOUN_MAX = 8
# Verbs that follow the counted noun with no function word between (由三位共同主席主持: the co-chairs preside)
_NOUN_END = ("主持",)

_ORDINAL = re.compile(
    rf"第(?P<num>\d+|{_CN})(?P<unit>分委员会|委员会|阶段|部分|次|届|期|轮|章|节|段|条|款)"
)


@dataclass(frozen=True)
class Money(Recognized):
    """An amount of money in one currency (ISO 4217 code)."""

    amount: Decimal
    currency: str
    qualifier: str | None = None


@dataclass(frozen=True)
class Count(Recognized):
    """A number of things: ``value`` (and ``upper`` for a range like 1000-1500), the measure word and noun.

    ``start``/``end`` run from the qualifier (if any) through the noun: ``约有16位专家``.
    """

    value: int
    unit: str  # the measure word: 名 个 位 份 …
    noun: str  # counted noun as normalised ("与会者"); "" when none follows
    noun_span: tuple[int, int] | None
    upper: int | None = None
    qualifier: str | None = None


@dataclass(frozen=True)
class Ordinal(Recognized):
    """``第…`` + unit: the 1-based position."""

    value: int
    unit: str  # 次 届 阶段 …


def _qualifier(m: re.Match) -> str | None:
    if m.group("q"):
        return _QUALIFIER_WORDS[m.group("q")]
    if m.group("more") or m.groupdict().get("more_mult"):
        return MORE_THAN
    return None


def _amount(m: re.Match) -> Decimal | None:
    if m.group("num"):
        value = Decimal(m.group("num").replace(",", ""))  # 2,500,000美元: thousands grouped by commas
        return value * _MULTIPLIERS[m.group("mult")] if m.group("mult") else value
    value = parse_number(m.group("cn") or "")
    return None if value is None else Decimal(value)


def find_money(norm: Normalized) -> list[Money]:
    """Money amounts with their currency, in document order."""
    found: list[tuple[int, Money]] = []
    for pattern in (_MONEY_AFTER, _MONEY_BEFORE):
        for m in pattern.finditer(norm.text):
            amount = _amount(m)
            if amount is None:
                continue
            currency = _CURRENCY_WORDS[m.group("cur")] if "cur" in m.groupdict() else _CURRENCY_CODES[m.group("code")]
            found.append((m.start(), Money(*norm.span(m.start(), m.end()), m.group(0),
                                           amount=amount, currency=currency, qualifier=_qualifier(m))))
    found.sort(key=lambda t: t[0])
    return [money for _, money in found]


def _noun(norm: Normalized, i: int) -> tuple[int, int]:
    """Normalised [i, j) of the counted noun starting at ``i``.

    The noun also ends where the original had whitespace (a gap in the offsets): in the annex
    tables "3名专家" and the next row's "西班牙政府" are only separated by a line break.
    """
    text, offsets = norm.text, norm.offsets
    j = i
    while j < len(text) and j - i < _NOUN_MAX and "\u4e00" <= text[j] <= "\u9fff":
        if j > i and (text[j] in _NOUN_STOPS or offsets[j] > offsets[j - 1] + 1 or text.startswith(_NOUN_END, j)):
            break
        j += 1
    return i, j


def _count_value(m: re.Match) -> int | None:
    """The number a count match states: Chinese numerals, digits (thousands grouped by commas), × 万/亿."""
    if not m.group("cmult") and "," not in m.group("num"):
        return parse_number(m.group("num"))
    digits = m.group("num")[: len(m.group("num")) - len(m.group("cmult") or "")].replace(",", "")
    value = Decimal(digits) * (_MULTIPLIERS[m.group("cmult")] if m.group("cmult") else 1)
    return int(value) if value == value.to_integral_value() else None


def find_counts(norm: Normalized) -> list[Count]:
    """Counted things (number + measure word + noun), in document order."""
    text = norm.text
    counts: list[Count] = []
    for m in _COUNT.finditer(text):
        value = _count_value(m)
        upper = parse_number(m.group("num2")) if m.group("num2") else None
        if value is None or (m.group("num2") and (upper is None or upper <= value)):
            continue
        if m.group("num") == "一" and m.group("unit") in _ARTICLE_UNITS:
            continue
        if m.group("unit") == "人":  # 人 is itself the noun ("1000-1500人")
            ni, nj = m.start("unit"), m.end("unit")
        else:
            ni, nj = _noun(norm, m.end())
        end = max(m.end(), nj)  # the span runs through the noun: "969名与会者"
        counts.append(Count(
            *norm.span(m.start(), end), text[m.start():end],
            value=value, unit=m.group("unit"), noun=text[ni:nj], noun_span=norm.span(ni, nj) if nj > ni else None,
            upper=upper, qualifier=_qualifier(m),
        ))
    taken = [(c.start, c.end) for c in counts]
    for m in _ROUND.finditer(text):
        s0, _ = norm.span(m.start(), m.end())
        if any(a <= s0 < b for a, b in taken):
            continue
        if m.group("unit") == "人":
            ni, nj = m.start("unit"), m.end("unit")
        else:
            ni, nj = _noun(norm, m.end())
        end = max(m.end(), nj)
        counts.append(Count(
            *norm.span(m.start(), end), text[m.start():end],
            value=_ROUND_VALUE[m.group("num")], unit=m.group("unit"), noun=text[ni:nj],
            noun_span=norm.span(ni, nj) if nj > ni else None,
            qualifier=SEVERAL if m.group("several") else AT_LEAST if m.group("up") else _qualifier(m),
        ))
    counts.sort(key=lambda c: c.start)
    return counts


def find_ordinals(norm: Normalized) -> list[Ordinal]:
    """``第`` + number + unit ordinals, in document order."""
    ordinals: list[Ordinal] = []
    for m in _ORDINAL.finditer(norm.text):
        value = parse_number(m.group("num"))
        if value is None or value == 0:
            continue
        ordinals.append(Ordinal(*norm.span(m.start(), m.end()), m.group(0), value=value, unit=m.group("unit")))
    return ordinals
