"""Pattern recognisers for the formulaic phrasing of the WSIS texts (used by the fact rules).

One entry point per kind of value; each takes a :class:`graph_builder.normalize.Normalized` and returns
dataclasses with ORIGINAL offsets (``start``/``end``, so ``source[start:end]`` is the verbatim quote),
the normalised ``surface`` and a normalised value, in document order. The patterns and the corpus
phrasings each one targets are documented in the implementing modules:

* :func:`find_resolutions` -- ``第 73 号决议 (1998 年, 明尼阿波利斯)``, ``第56/183号决议``, ``A/RES/56/183``,
  ``56/183.`` headings, ``第 2001/321 号决定``, ``第 2001/1 号商定结论``, ``第PLEN/1号决议``
  (:mod:`graph_builder.entities.recognize_acts`);
* :func:`find_doc_symbols` -- ``C2000/87``, ``C99/41``, ``A/56/558/Add. 3``, ``A/55/3/Rev.1``
  (:mod:`graph_builder.entities.recognize_acts`);
* :func:`find_dates` -- days, day ranges, months, seasons, quarters, half-years, years, recurring days,
  lists of days, and deadline qualifiers (:mod:`graph_builder.entities.recognize_dates`);
* :func:`find_money`, :func:`find_counts`, :func:`find_ordinals` -- ``590万瑞士法郎``, ``969名与会者``,
  ``第五十七届`` (:mod:`graph_builder.entities.recognize_quantities`).

:func:`recognize_all` runs them all over a slice of a source text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graph_builder.entities.recognize_acts import (
    AGREED_CONCLUSIONS,
    DECISION,
    RESOLUTION,
    DocSymbol,
    Resolution,
    find_doc_symbols,
    find_resolutions,
)
from graph_builder.entities.recognize_base import Recognized, parse_chinese_numeral, parse_number
from graph_builder.entities.recognize_dates import (
    AFTER,
    AS_OF,
    BEFORE,
    DAY,
    FROM,
    HALF_YEAR,
    MONTH,
    QUARTER,
    RECURRING_DAY,
    SEASON,
    YEAR,
    DateMention,
    find_dates,
)
from graph_builder.entities.recognize_quantities import (
    ABOUT,
    AT_LEAST,
    MORE_THAN,
    UP_TO,
    Count,
    Money,
    Ordinal,
    find_counts,
    find_money,
    find_ordinals,
)
from graph_builder.normalize import Normalized

__all__ = [
    "ABOUT", "AFTER", "AGREED_CONCLUSIONS", "AS_OF", "AT_LEAST", "BEFORE", "DAY", "DECISION", "FROM",
    "HALF_YEAR", "MONTH", "MORE_THAN", "QUARTER", "RECURRING_DAY", "RESOLUTION", "SEASON", "UP_TO", "YEAR",
    "Count", "DateMention", "DocSymbol", "Money", "Ordinal", "Recognitions", "Recognized", "Resolution",
    "find_counts", "find_dates", "find_doc_symbols", "find_money", "find_ordinals", "find_resolutions",
    "parse_chinese_numeral", "parse_number", "recognize_all",
]


@dataclass(frozen=True)
class Recognitions:
    """Everything the recognisers found in one slice of text, per kind, each list in document order."""

    resolutions: list[Resolution] = field(default_factory=list)
    doc_symbols: list[DocSymbol] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    money: list[Money] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    ordinals: list[Ordinal] = field(default_factory=list)

    def all(self) -> list[Recognized]:
        """All recognitions merged in document order (ties: longer span first, then kind name)."""
        items: list[Recognized] = [
            *self.resolutions, *self.doc_symbols, *self.dates, *self.money, *self.counts, *self.ordinals
        ]
        return sorted(items, key=lambda r: (r.start, -r.end, type(r).__name__))


def recognize_all(text: str, start: int = 0, end: int | None = None) -> Recognitions:
    """Run every recogniser over ``text[start:end]``; offsets index ``text`` itself."""
    norm = Normalized.of(text, 0, start, end)
    return Recognitions(
        resolutions=find_resolutions(norm),
        doc_symbols=find_doc_symbols(norm),
        dates=find_dates(norm),
        money=find_money(norm),
        counts=find_counts(norm),
        ordinals=find_ordinals(norm),
    )
