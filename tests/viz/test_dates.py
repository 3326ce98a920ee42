"""ISO date forms of docs/MODEL.md -> day spans with precision."""

from datetime import date

import pytest

from graph_builder.viz.dates import parse_iso


@pytest.mark.parametrize("iso,start,end,precision", [
    ("2001-12-21", date(2001, 12, 21), date(2001, 12, 21), "day"),
    ("2002-07-01/2002-07-05", date(2002, 7, 1), date(2002, 7, 5), "day"),
    ("2002-05", date(2002, 5, 1), date(2002, 5, 31), "month"),
    ("2003-spring", date(2003, 3, 1), date(2003, 5, 31), "season"),
    ("2003-winter", date(2003, 12, 1), date(2004, 2, 29), "season"),
    ("2006-Q2", date(2006, 4, 1), date(2006, 6, 30), "quarter"),
    ("2002-H2", date(2002, 7, 1), date(2002, 12, 31), "half-year"),
    ("2005", date(2005, 1, 1), date(2005, 12, 31), "year"),
])
def test_parse_iso(iso, start, end, precision):
    span = parse_iso(iso)
    assert (span.start, span.end, span.precision) == (start, end, precision)


@pytest.mark.parametrize("iso", ["--05-17", "2002-02-30", "soon", ""])
def test_undrawable_dates_give_none(iso):
    assert parse_iso(iso) is None
