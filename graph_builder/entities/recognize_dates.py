"""Dates and periods with precision, value and ISO form (docs/MODEL.md "Values").

Phrasings targeted (normalised text, so ``2001 年 12 月 21 日`` reads ``2001年12月21日``):

==========================================  ===========  ==============================
text                                        precision    iso
==========================================  ===========  ==============================
``2001年12月21日``                          day          ``2001-12-21``
``2002年7月1-5日`` ``2003年2月4—6日``       day          ``2002-07-01/2002-07-05``
``2003年12月10日至12日`` ``…10日-12日``     day          ``2003-12-10/2003-12-12``
``2002年9月23日至10月18日``                 day          ``2002-09-23/2002-10-18``
``2002年2月`` ``2004年12月底``              month        ``2002-02`` (part ``end``)
``2003年春季`` ``2001年秋``                 season       ``2003-spring`` ``2001-autumn``
``2006年第二季度`` ``2006年第一季度末``     quarter      ``2006-Q2``
``2002年下半年``                            half-year    ``2002-H2``
``1998年`` ``2004-2007``                    year         ``1998`` ``2004/2007``
``2005年底`` ``2011年年底`` ``2010年初``    year         ``2005`` (part ``end`` / ``start``)
``5月17日`` (no year)                       recurring-day ``--05-17``
==========================================  ===========  ==============================

Years may also be written in Chinese digits (``二〇〇五年``), months and days in Chinese numerals after a year
(``二〇〇五年十一月十八日``, ``2005年十一月``).
A second alternative after 或 takes the first one's year: ``2006年第一季度或第二季度`` (2006-Q1, 2006-Q2),
``2010年5月或6月`` (2010-05, 2010-06).
A list of days sharing a year (``2002年3月29日、6月25日、7月5日和12月4日``) gives one date per day; two consecutive
days of one month and nothing more (``2015年12月15日和16日``) are one range.
``同年秋季``, ``当年11月``: the year written last before, in the same text or (for a node's text, whose
``Normalized`` carries its document context) earlier in the document; nothing when no year precedes.
A month after 于/在 written without its year (``2014年X会议于5月下旬举行``, ``…，续会于6月3日举行``) takes the year
written last before it in the same sentence; without one it stays undated (a bare day is a recurring day).

Qualifiers from the words around the date; the reported span then includes those words:
``(于|在|到)…(之前|以前|前)``, ``到…``, ``不迟于…``, ``最迟于…`` -> ``before`` (deadlines);
``截至/截止(至|到)…`` -> ``as-of``; ``(自|从)…(起|以来)`` -> ``from``; ``…(之后|以后)`` -> ``after``.
``date_span`` always covers the bare date expression. Seasons are the northern-hemisphere
meteorological ones (spring = March-May); ``part`` (``start``/``end``/``early``/``mid``/``late``, from
初/底/末/上旬/中旬/下旬) annotates the period without narrowing ``start_date``/``end_date``.
"""

from __future__ import annotations

import bisect
import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date

from graph_builder.entities.recognize_base import Recognized, parse_number
from graph_builder.normalize import Normalized

DAY, MONTH, SEASON, QUARTER, HALF_YEAR, YEAR = "day", "month", "season", "quarter", "half-year", "year"
RECURRING_DAY = "recurring-day"

BEFORE, AFTER, FROM, AS_OF = "before", "after", "from", "as-of"

_SEASONS = {"春": "spring", "夏": "summer", "秋": "autumn", "冬": "winter"}
_SEASON_START_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
_PARTS = {"初": "start", "底": "end", "末": "end", "上旬": "early", "中旬": "mid", "下旬": "late"}

_RANGE_SEP = r"(?:-|—|–|~|至|到)"
# A year: 1900-2099 in digits, or four Chinese digits (二〇〇五年).
_YEAR = r"(?:(?<!\d)(?:19|20)\d{2}|(?<![〇零一二三四五六七八九])(?:一九|二[〇零])[〇零一二三四五六七八九]{2})"
# A month or day in Chinese numerals (十一, 二十八, 三十一), read after a year only.
_CN_MD = r"(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_DATE = re.compile(
    rf"(?P<y>{_YEAR})年"
    r"(?:"
    rf"(?P<m>\d{{1,2}}|{_CN_MD})月(?:(?P<d>\d{{1,2}}|{_CN_MD})(?P<dmark>日|号)?)?(?P<mpart>初|底|末|上旬|中旬|下旬)?"
    r"|第(?P<q>[1-4一二三四])季度(?P<qpart>初|末)?"
    r"|(?P<half>上半年|下半年)"
    r"|(?P<seasonword>(?P<season>[春夏秋冬])(?:季|天)?)(?!节)"
    r"|年?(?P<ypart>底|末|初)(?![期叶])"
    r")?"
    rf"(?:(?P<sep>{_RANGE_SEP})"
    rf"(?:(?P<y2>{_YEAR})年)?"
    rf"(?:(?P<m2>\d{{1,2}}|{_CN_MD})月)?(?:(?P<d2>\d{{1,2}}|{_CN_MD})(?:日|号))?)?"
)
_YEAR_RANGE = re.compile(rf"(?<![\d/.])(?P<y>(?:19|20)\d{{2}}){_RANGE_SEP}(?P<y2>(?:19|20)\d{{2}})年?(?![\d/])")
_LIST_TAIL = re.compile(r"(?:、|,|和|及|与|以及)(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日")
# the second of two consecutive days of one month (15日和16日): the two days are one range
_NEXT_DAY = re.compile(r"(?:和|及|与)(?P<d>\d{1,2})日")
# 2006年第一季度或第二季度, 2010年5月或6月: the second alternative is of the first one's year
_OR_TAIL = re.compile(r"(?:或者|或)(?:第(?P<q>[1-4一二三四])季度(?P<qpart>初|末)?|(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})月(?![\d一二三四五六七八九十]{0,3}[日号]))")
_MONTH_DAY = re.compile(r"(?<![\d年])(?P<m>\d{1,2})月(?P<d>\d{1,2})日")

_DAY_OF_THE_YEAR = re.compile(r"(?<![\d年])(?P<md>\d{1,2}月\d{1,2}日)")
# what makes a day without its year one day of one year: 于/在 before it, or a time of day, a range or a verb
_ONE_DAY_BEFORE = ("于", "在")
_ONE_DAY_AFTER = re.compile(r"上午|下午|晚上|至\d{1,2}日|举行|召开|开幕|闭幕")


def _date_led_clause(text: str, i: int, j: int) -> bool:
    """A clause that opens with the day, news style: '6月13日，国际电联发布了…' (at a sentence or clause start)."""
    return (i == 0 or text[i - 1] in "。;:\n") and text.startswith(",", j)
_SAME_YEAR = re.compile(r"(?:同年|当年)(?=\d{1,2}月|[一二三四五六七八九十]{1,2}月|第[1-4一二三四]季度|上半年|下半年|[春夏秋冬][季天]|底|末)")
# a year written before a budget's noun (2020年拟议方案预算, 2020年预算) names a budget period: it does not date the
# yearless dates that follow (在11月26日第26次会议上)
_YEAR_WORD = re.compile(rf"({_YEAR})年(?!拟议|方案预算|预算|两年期|财政年度)")
# a month written after 于/在 without its year (于5月下旬, 在6月3日至5日)
_YEARLESS = re.compile(r"(?<=[于在])(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?!份?以来)")


def _add_with_year(norm: Normalized, start: int, at: int, year: int | None, found: list, claim,
                   day_only: bool = False) -> None:
    """A date printed without its year (read from normalised ``at``), dated by ``year``: its mention, spanning
    from ``start`` (同年 included), is added to ``found`` and its span claimed. ``day_only``: only a day or days."""
    if year is None:
        return
    text = norm.text
    lead = f"{year}年"
    m2 = _DATE.match(lead + text[at:at + 24])
    if m2 is None or m2.end() <= len(lead) or (day_only and not m2.group("d")):
        return
    first, part = _period(m2)
    if first is None or (day_only and first.precision != DAY):
        return
    last = _range_end(m2, first)
    end = at + (m2.end() if last is not None else _first_part_end(m2)) - len(lead)
    found.append((start, _mention(norm, start, end, first, last=last, part=part)))
    claim(start, end)


def _year_before(norm: Normalized, i: int) -> int | None:
    """The year written last before normalised index ``i``: in the text itself, else earlier in the document the
    text is part of (``norm.context``: the document text and the text's start offset, when the caller knows it)."""
    here = [m for m in _YEAR_WORD.finditer(norm.text, 0, i)]
    if here:
        return parse_number(here[-1].group(1))
    context = norm.__dict__.get("context")
    if context is None:
        return None
    doc_text, start = context
    ends, years = _document_years(doc_text)
    k = bisect.bisect_right(ends, start)
    return years[k - 1] if k else None


@functools.lru_cache(maxsize=8)
def _document_years(doc_text: str) -> tuple[list[int], list[int]]:
    """(end offsets, years) of every year written in a document, in text order (one pass per document)."""
    found = [(m.end(), parse_number(m.group(1))) for m in _YEAR_WORD.finditer(doc_text)]
    return [e for e, _ in found], [y for _, y in found]


# Qualifier words: longest first so 截止至 wins over 截止.
_LEADS = ("截止至", "截止到", "不迟于", "最迟于", "最迟在", "最晚于", "截至", "截止", "直到", "直至", "于", "在", "到", "自", "从")
_TRAILS = ("之前", "以前", "为止", "之后", "以后", "以来", "前", "起")
_NOT_BEFORE = set("往进述言面身任夕景提沿")  # 前往, 前进, 前述 … are not "before"
# …but 前提交, 前提出, 前提供 are "before" a verb of handing in (于6月30日前提交), not 前提 (a premise)
_ASKED_AFTER = re.compile(r"提(?:交|出|供|名)")


@dataclass(frozen=True)
class DateMention(Recognized):
    """A date or period. ``start``/``end`` are offsets; ``start_date``/``end_date`` the period it covers."""

    precision: str  # day | month | season | quarter | half-year | year | recurring-day
    iso: str
    start_date: date | None
    end_date: date | None
    date_span: tuple[int, int]
    qualifier: str | None = None  # before | after | from | as-of
    part: str | None = None  # start | end | early | mid | late
    is_range: bool = False


@dataclass(frozen=True)
class _Period:
    precision: str
    iso: str
    first: date
    last: date


def _day(y: int, m: int, d: int) -> _Period | None:
    try:
        day = date(y, m, d)
    except ValueError:
        return None
    return _Period(DAY, day.isoformat(), day, day)


def _month(y: int, m: int) -> _Period | None:
    if not 1 <= m <= 12:
        return None
    return _Period(MONTH, f"{y:04d}-{m:02d}", date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]))


def _months(y: int, first_month: int, count: int) -> tuple[date, date]:
    last_month = first_month + count - 1
    ly, lm = y + (last_month - 1) // 12, (last_month - 1) % 12 + 1
    return date(y, first_month, 1), date(ly, lm, calendar.monthrange(ly, lm)[1])


def _period(m: re.Match) -> tuple[_Period | None, str | None]:
    """The period named by the first part of a ``_DATE`` match, and its part (初/底…)."""
    y = parse_number(m.group("y"))
    if m.group("m"):
        if m.group("d"):  # without 日 only a range start ("1-5日"); find_dates falls back to the month
            return _day(y, parse_number(m.group("m")), parse_number(m.group("d"))), _PARTS.get(m.group("mpart") or "")
        return _month(y, parse_number(m.group("m"))), _PARTS.get(m.group("mpart") or "")
    if m.group("q"):
        q = parse_number(m.group("q"))
        first, last = _months(y, 3 * q - 2, 3)
        return _Period(QUARTER, f"{y:04d}-Q{q}", first, last), _PARTS.get(m.group("qpart") or "")
    if m.group("half"):
        h = 1 if m.group("half") == "上半年" else 2
        first, last = _months(y, 6 * h - 5, 6)
        return _Period(HALF_YEAR, f"{y:04d}-H{h}", first, last), None
    if m.group("season"):
        name = _SEASONS[m.group("season")]
        first, last = _months(y, _SEASON_START_MONTH[name], 3)
        return _Period(SEASON, f"{y:04d}-{name}", first, last), None
    return _Period(YEAR, f"{y:04d}", date(y, 1, 1), date(y, 12, 31)), _PARTS.get(m.group("ypart") or "")


def _first_part_end(m: re.Match) -> int:
    """End (normalised index) of the first date in a ``_DATE`` match, ignoring any range tail."""
    if m.group("m"):
        if m.group("mpart"):
            return m.end("mpart")
        return m.end("dmark") if m.group("dmark") else m.end("m") + 1  # a bare day number needs 日
    if m.group("q"):
        return m.end("qpart") if m.group("qpart") else m.end("q") + 2  # 季度
    if m.group("half"):
        return m.end("half")
    if m.group("season"):
        return m.end("seasonword")
    if m.group("ypart"):
        return m.end("ypart")
    return m.end("y") + 1  # 年


def _range_end(m: re.Match, first: _Period) -> _Period | None:
    """The closing period of ``first – …`` when the tail is well formed and later; else None."""
    y2, m2, d2 = m.group("y2"), m.group("m2"), m.group("d2")
    if not m.group("sep") or not (y2 or m2 or d2):
        return None
    y = parse_number(y2) if y2 else first.first.year
    if first.precision == DAY:
        if not d2:
            return None
        month = parse_number(m2) if m2 else parse_number(m.group("m"))
        last = _day(y, month, parse_number(d2))
    elif first.precision == MONTH:
        if d2 or not m2:
            return None
        last = _month(y, parse_number(m2))
    elif first.precision == YEAR:
        if m2 or d2 or not y2:
            return None
        last = _Period(YEAR, f"{y:04d}", date(y, 1, 1), date(y, 12, 31))
    else:
        return None
    return last if last and last.first > first.first else None


# The last character of verbs that take 到 as their complement (注意到, 认识到, 意识到, 提到, 看到, 达到, 受到, 收到).
_VERB_BEFORE_TO = set("意识提看达受收得想遇感听见")


def _qualify(norm: Normalized, i: int, j: int) -> tuple[int, int, str | None]:
    """Widen normalised ``[i, j)`` over qualifier words and name the qualifier (see module doc)."""
    text = norm.text
    lead = next((w for w in _LEADS if i >= len(w) and text.startswith(w, i - len(w))), None)
    if lead == "到" and text[i - 2 : i - 1] in _VERB_BEFORE_TO:
        lead = None  # 注意到2012年…, 认识到, 提到: a verb's complement, not "by"
    trail = next((w for w in _TRAILS if text.startswith(w, j)), None)
    if trail == "前" and text[j + 1:j + 2] in _NOT_BEFORE and not _ASKED_AFTER.match(text, j + 1):
        trail = None
    if trail in ("之前", "以前", "前"):
        start = i - len(lead) if lead in ("于", "在", "到", "直到", "直至") else i
        return start, j + len(trail), BEFORE
    if lead in ("不迟于", "最迟于", "最迟在", "最晚于"):  # no later than
        return i - len(lead), j, BEFORE
    if lead in ("到", "直到", "直至"):
        return i - len(lead), j + (2 if trail == "为止" else 0), BEFORE
    if lead in ("截至", "截止", "截止至", "截止到"):
        return i - len(lead), j + (2 if trail == "为止" else 0), AS_OF
    if lead in ("自", "从"):
        return i - len(lead), j + (len(trail) if trail in ("起", "以来") else 0), FROM
    if trail in ("之后", "以后"):
        start = i - len(lead) if lead in ("于", "在") else i
        return start, j + len(trail), AFTER
    return i, j, None


def _mention(norm: Normalized, i: int, j: int, period: _Period, *, last: _Period | None = None,
             part: str | None = None) -> DateMention:
    qs, qe, qualifier = _qualify(norm, i, j)
    if last is not None and qualifier == FROM:  # 从2003年到2005年: the range itself says it all
        qualifier = None
    if last is not None:
        iso, end_date = f"{period.iso}/{last.iso}", last.last
    else:
        iso, end_date = period.iso, period.last
    return DateMention(
        *norm.span(qs, qe), norm.text[qs:qe],
        precision=period.precision, iso=iso, start_date=period.first, end_date=end_date,
        date_span=norm.span(i, j), qualifier=qualifier, part=part, is_range=last is not None,
    )


def find_dates(norm: Normalized) -> list[DateMention]:
    """All dates and periods in ``norm``, in document order (forms in the module docstring)."""
    text = norm.text
    found: list[tuple[int, DateMention]] = []
    taken = [False] * len(text)

    def claim(i: int, j: int) -> None:
        for k in range(i, j):
            taken[k] = True

    for m in _YEAR_RANGE.finditer(text):
        y, y2 = int(m.group("y")), int(m.group("y2"))
        if y2 <= y:
            continue
        first = _Period(YEAR, str(y), date(y, 1, 1), date(y, 12, 31))
        last = _Period(YEAR, str(y2), date(y2, 1, 1), date(y2, 12, 31))
        found.append((m.start(), _mention(norm, m.start(), m.end(), first, last=last)))
        claim(m.start(), m.end())

    pos = 0
    while True:
        m = _DATE.search(text, pos)
        if not m:
            break
        if taken[m.start()]:
            pos = m.start() + 1
            continue
        first, part = _period(m)
        last = _range_end(m, first) if first is not None else None
        if last is None and m.group("d") and not m.group("dmark"):
            first = _month(parse_number(m.group("y")), parse_number(m.group("m")))
        if first is None:
            pos = m.end("y") + 1
            continue
        end = m.end() if last is not None else _first_part_end(m)
        found.append((m.start(), _mention(norm, m.start(), end, first, last=last, part=part)))
        claim(m.start(), end)
        pos = end
        if first.precision in (MONTH, QUARTER) and last is None and (alt := _OR_TAIL.match(text, pos)):
            y = first.first.year
            if first.precision == QUARTER and alt.group("q"):
                q = parse_number(alt.group("q"))
                second = _Period(QUARTER, f"{y:04d}-Q{q}", *_months(y, 3 * q - 2, 3))
                part2 = _PARTS.get(alt.group("qpart") or "")
            elif first.precision == MONTH and alt.group("m"):
                second, part2 = _month(y, parse_number(alt.group("m"))), None
            else:
                second = None
            if second is not None:
                i2 = alt.start("q") - 1 if alt.group("q") else alt.start("m")
                found.append((i2, _mention(norm, i2, alt.end(), second, part=part2)))
                claim(alt.start(), alt.end())
                pos = alt.end()
        if first.precision == DAY and last is None and (pair := _NEXT_DAY.match(text, pos)) \
                and int(pair.group("d")) == first.first.day + 1 and not _LIST_TAIL.match(text, pair.end()):
            # 2015年12月15日和16日 (and no third day): one meeting on two days, the range of both
            second = _day(first.first.year, first.first.month, int(pair.group("d")))
            found[-1] = (m.start(), _mention(norm, m.start(), pair.end(), first, last=second, part=part))
            claim(m.start(), pair.end())
            pos = pair.end()
        elif first.precision == DAY and last is None:
            month = first.first.month
            while (tail := _LIST_TAIL.match(text, pos)) is not None:
                month = int(tail.group("m")) if tail.group("m") else month
                day = _day(first.first.year, month, int(tail.group("d")))
                if day is None:
                    break
                item_start = tail.start("m") if tail.group("m") else tail.start("d")
                found.append((item_start, _mention(norm, item_start, tail.end(), day)))
                claim(tail.start(), tail.end())
                pos = tail.end()

    # 同年秋季, 同年11月: the year is the last one written before, in this text or earlier in its document
    for m in _SAME_YEAR.finditer(text):
        if not taken[m.start()]:
            _add_with_year(norm, m.start(), m.end(), _year_before(norm, m.start()), found, claim)

    # 2014年X会议于5月下旬举行: a month after 于/在 without a year takes the year written before it in its sentence
    for m in _YEARLESS.finditer(text):
        if taken[m.start()]:
            continue
        s0 = max(text.rfind(c, 0, m.start()) for c in "。;!?") + 1
        years = list(_YEAR_WORD.finditer(text, s0, m.start()))
        if years:
            _add_with_year(norm, m.start(), m.start(), parse_number(years[-1].group(1)), found, claim)
    # 于5月16日下午, 5月14日至16日举行: a day of the year written last before (a meeting's report names its days
    # without the year); 每年5月17日 and a bare 5月17日 stay days of every year
    for m in _DAY_OF_THE_YEAR.finditer(text):
        if taken[m.start("md")] or text.endswith("每年", 0, m.start("md")):
            continue
        if not (text.endswith(_ONE_DAY_BEFORE, 0, m.start("md")) or _ONE_DAY_AFTER.match(text, m.end("md"))
                or _date_led_clause(text, m.start("md"), m.end("md"))):
            continue
        _add_with_year(norm, m.start("md"), m.start("md"), _year_before(norm, m.start("md")), found, claim,
                       day_only=True)

    for m in _MONTH_DAY.finditer(text):
        if taken[m.start()]:
            continue
        mo, d = int(m.group("m")), int(m.group("d"))
        if _day(2000, mo, d) is None:  # 2000 is a leap year, so 2月29日 is accepted
            continue
        found.append((m.start(), DateMention(
            *norm.span(m.start(), m.end()), m.group(0), precision=RECURRING_DAY, iso=f"--{mo:02d}-{d:02d}",
            start_date=None, end_date=None, date_span=norm.span(m.start(), m.end()),
        )))

    found.sort(key=lambda t: t[0])
    return [d for _, d in found]


def dates_within(norm: Normalized, start: int, end: int) -> list[DateMention]:
    """The dates of ``norm`` lying inside original offsets ``[start, end)``.

    ``find_dates`` runs once per normalised text (kept on it) and the slice is found by bisection, so
    asking sentence by sentence stays linear in the paragraph's length.
    """
    cached = norm.__dict__.get("_dates")
    if cached is None:
        dates = sorted(find_dates(norm), key=lambda dm: (dm.start, dm.end))
        cached = norm.__dict__["_dates"] = (dates, [dm.start for dm in dates])
    dates, starts = cached
    out = []
    for dm in dates[bisect.bisect_left(starts, start):]:
        if dm.start >= end:
            break
        if dm.end <= end:
            out.append(dm)
    return out
