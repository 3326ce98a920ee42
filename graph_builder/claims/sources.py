"""The date of a source text, from the manifest's ``date_or_period``, typed by its precision.

Accepted forms: ``2002``, ``2005-12``, ``2003-02-17``, ``2006-Q2``, ``2002-H2`` and a period ``2008-2010`` or
``2008/2010`` (its last part dates the document); also as people write them in a manifest: ``2012年12月20日``,
``2012年12月``, ``2012.12.20``, ``2012/12/20``, ``2012-3-5``, ``20 December 2012``, ``December 2012``,
``2008年至2010年``. ``last`` is the last day of the period: the day by which
the document's claims were certainly stated, used to order sources and to filter claims ``--as-of`` a date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from rdflib import Literal
from rdflib.namespace import XSD

_FORM = re.compile(r"^(?P<y>\d{4})(?:-(?:(?P<q>Q[1-4])|(?P<h>H[12])|(?P<m>\d{2})(?:-(?P<d>\d{2}))?))?$")

#: Ordering of precisions, finest first (docs/MODEL.md 'Values').
PRECISION_RANK = {"day": 0, "month": 1, "season": 2, "quarter": 3, "half-year": 4, "year": 5}


@dataclass(frozen=True)
class SourceDate:
    text: str
    precision: str
    first: date
    last: date

    @property
    def literal(self) -> Literal:
        """``wsis:asOf``: xsd:date (day), xsd:gYearMonth (month) or xsd:gYear (coarser)."""
        if self.precision == "day":
            return Literal(self.first.isoformat(), datatype=XSD.date)
        if self.precision == "month":
            return Literal(f"{self.first.year:04d}-{self.first.month:02d}", datatype=XSD.gYearMonth)
        return Literal(f"{self.first.year:04d}", datatype=XSD.gYear)

    @property
    def known_by(self) -> Literal:
        """``wsis:knownBy``: the last day of the period as xsd:date."""
        return Literal(self.last.isoformat(), datatype=XSD.date)


_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}, sept=9)
_ZH = re.compile(r"(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?")
_YMD = re.compile(r"^(\d{4})[./](\d{1,2})[./](\d{1,2})$|^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$")
_EN = re.compile(r"^(?:(\d{1,2})\s+)?([A-Za-z]+)\.?,?\s+(\d{4})$")


def _iso(value: str) -> str:
    """The ISO form of a date written the Chinese, dotted, slashed or English way; the text itself otherwise."""
    text = value.strip()
    if "年" in text:
        found = list(_ZH.finditer(text))
        if found:  # a period '2008年至2010年': its last date
            y, m, d = found[-1].groups()
            return y + (f"-{int(m):02d}" if m else "") + (f"-{int(d):02d}" if d else "")
    if mo := _YMD.match(text):
        y, m, d = (mo.group(1), mo.group(2), mo.group(3)) if mo.group(1) else (mo.group(4), mo.group(5), mo.group(6))
        return y + f"-{int(m):02d}" + (f"-{int(d):02d}" if d else "")
    if (mo := _EN.match(text)) and mo.group(2).lower() in _MONTHS:
        d, m, y = mo.group(1), _MONTHS[mo.group(2).lower()], mo.group(3)
        return f"{y}-{m:02d}" + (f"-{int(d):02d}" if d else "")
    return text


def parse_source_date(value: str) -> SourceDate | None:
    """The :class:`SourceDate` of a manifest ``date_or_period``; None when it gives no date."""
    text = (value or "").strip()
    iso = _iso(text)
    if iso != text:
        found = parse_source_date(iso)
        return SourceDate(text, found.precision, found.first, found.last) if found else None
    parts = re.split(r"\s*(?:/|--|—|–|(?<=\d{4})-(?=\d{4}$))\s*", text)
    mo = _FORM.match(parts[-1]) if parts and parts[-1] else None
    if mo is None:
        return None
    y = int(mo.group("y"))
    try:
        if mo.group("d"):
            d = date(y, int(mo.group("m")), int(mo.group("d")))
            return SourceDate(text, "day", d, d)
        if mo.group("m"):
            m = int(mo.group("m"))
            return SourceDate(text, "month", date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]))
    except ValueError:
        return None
    if mo.group("q"):
        q = int(mo.group("q")[1])
        m0, m1 = 3 * q - 2, 3 * q
        return SourceDate(text, "quarter", date(y, m0, 1), date(y, m1, calendar.monthrange(y, m1)[1]))
    if mo.group("h"):
        h = int(mo.group("h")[1])
        return SourceDate(text, "half-year", date(y, 6 * h - 5, 1), date(y, 6 * h, 30 if h == 1 else 31))
    return SourceDate(text, "year", date(y, 1, 1), date(y, 12, 31))
