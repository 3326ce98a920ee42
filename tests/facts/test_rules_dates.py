"""Date bounds (graph_builder/facts/rules_dates.py): every date of mixed precision gets xsd:date bounds, its
precision and its printed form, on new sentences of the genre's forms."""

from __future__ import annotations

from datetime import date

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from graph_builder.entities.reference import load_reference
from graph_builder.facts.rules_dates import literal_period
from graph_builder.rdf.namespaces import SCHEMA, WSIS
from tests.facts.test_rules_actions_helpers import extract_text, objects


@pytest.fixture(scope="module")
def reference():
    return load_reference()


@pytest.mark.parametrize("lit,first,last,precision", [
    (Literal("2006", datatype=XSD.gYear), date(2006, 1, 1), date(2006, 12, 31), "year"),
    (Literal("2008-02", datatype=XSD.gYearMonth), date(2008, 2, 1), date(2008, 2, 29), "month"),
    (Literal("2004-11-05", datatype=XSD.date), date(2004, 11, 5), date(2004, 11, 5), "day"),
])
def test_literal_period(lit, first, last, precision):
    assert literal_period(lit) == (first, last, precision)


def _dated(store, prop):
    return {s for (s, p, o) in store.facts if p == prop}


@pytest.mark.parametrize("sentence,start,end,printed", [
    ("1. 我们请联合国秘书长于2009年第一季度之前召集一次有关互联网治理论坛的会议。\n", "2009-01-01", "2009-03-31", "2009年第一季度"),
    ("1. 我们请联合国秘书长于2010年冬季以前召集一次有关互联网治理论坛的会议。\n", "2010-12-01", "2011-02-28", "2010年冬季"),
    ("1. 我们请联合国秘书长于2011年前召集一次有关互联网治理论坛的会议。\n", "2011-01-01", "2011-12-31", "2011年"),
])
def test_deadline_bounds(reference, sentence, start, end, printed):
    store, _ = extract_text(reference, sentence, ["actions.directives", "actions.deadlines", "dates.bounds"])
    (d,) = _dated(store, WSIS.deadline)
    assert objects(store, d, WSIS.deadlineStart) == {Literal(start, datatype=XSD.date)}
    assert objects(store, d, WSIS.deadlineEnd) == {Literal(end, datatype=XSD.date)}
    assert objects(store, d, WSIS.dateAsPrinted) == {Literal(printed, lang="zh")}


def _ctx(text):
    from pathlib import Path

    from graph_builder.corpus import SourceText
    from graph_builder.facts import Context
    from graph_builder.structure import parse_document

    src = SourceText("978", Path("978-test.zh.txt"), text, "zh", "t", "测试", "t", "2004", "")
    return Context([parse_document(src)], None, [])


def _bounds(store, s):
    return {str(p).split("#")[1]: str(o) for (s2, p, o) in store.facts if s2 == s and p in
            (WSIS.dateStart, WSIS.dateEnd, WSIS.datePrecision)}


def test_event_days_range_and_season_typed_coarser():
    from graph_builder.facts.rules_dates import date_bounds

    text = "1. 区域筹备会议于2004年3月2日至4日在达喀尔召开，第二次会议于2005年夏在开罗召开。\n"
    ctx = _ctx(text)
    a, b = URIRef("urn:x:a"), URIRef("urn:x:b")
    i = text.index("于2004")
    ctx.store.add(a, SCHEMA.startDate, Literal("2004-03-02", datatype=XSD.date), "978", i, i + 14)
    ctx.store.add(a, WSIS.date, Literal("2004-03-04", datatype=XSD.date), "978", i, i + 14)
    j = text.index("第二次")
    ctx.store.add(b, WSIS.creationDate, Literal("2005", datatype=XSD.gYear), "978", j, len(text) - 2)
    date_bounds(ctx)
    assert _bounds(ctx.store, a) == {"dateStart": "2004-03-02", "dateEnd": "2004-03-04", "datePrecision": "day"}
    # a season typed by its year is bounded by the season as printed
    assert _bounds(ctx.store, b) == {"dateStart": "2005-06-01", "dateEnd": "2005-08-31", "datePrecision": "season"}
    assert objects(ctx.store, b, WSIS.dateAsPrinted) == {Literal("2005年夏", lang="zh")}


def test_finest_precision_wins_and_no_printed_date_falls_back_to_the_value():
    from graph_builder.facts.rules_dates import date_bounds

    text = "1. 该决议于2007年通过，日期为2007年5月9日；另一项决议编号为第12号。\n"
    ctx = _ctx(text)
    a, c = URIRef("urn:x:act"), URIRef("urn:x:c")
    ctx.store.add(a, WSIS.year, Literal("2007", datatype=XSD.gYear), "978", 3, 13)
    k = text.index("日期")
    ctx.store.add(a, WSIS.date, Literal("2007-05-09", datatype=XSD.date), "978", k, k + 13)
    m = text.index("另一项")
    ctx.store.add(c, WSIS.year, Literal("1999", datatype=XSD.gYear), "978", m, len(text) - 2)
    date_bounds(ctx)
    assert _bounds(ctx.store, a)["dateStart"] == _bounds(ctx.store, a)["dateEnd"] == "2007-05-09"
    assert _bounds(ctx.store, c) == {"dateStart": "1999-01-01", "dateEnd": "1999-12-31", "datePrecision": "year"}
    assert not objects(ctx.store, c, WSIS.dateAsPrinted)


@pytest.mark.parametrize("sentence,value,precision,iso,start,end,printed,part", [
    ("1. 理事会请执行秘书于2012年下半年以前向各成员国分发调查问卷。\n",
     Literal("2012", datatype=XSD.gYear), "half-year", "2012-H2", "2012-07-01", "2012-12-31", "2012年下半年", None),
    ("1. 我们请国际电联秘书长在2013年第三季度之前提交关于网络安全的报告。\n",
     Literal("2013", datatype=XSD.gYear), "quarter", "2013-Q3", "2013-07-01", "2013-09-30", "2013年第三季度", None),
    ("1. 大会请各区域委员会于2014年秋季以前完成对区域行动计划的审查。\n",
     Literal("2014", datatype=XSD.gYear), "season", "2014-autumn", "2014-09-01", "2014-11-30", "2014年秋季", None),
    ("1. 我们请联合国秘书长于2016年底以前向大会提交一份关于执行情况的报告。\n",
     Literal("2016", datatype=XSD.gYear), "year", "2016", "2016-01-01", "2016-12-31", "2016年底", "end"),
    ("1. 理事会请工作组在2011年9月底之前提出建议。\n",
     Literal("2011-09", datatype=XSD.gYearMonth), "month", "2011-09", "2011-09-01", "2011-09-30", "2011年9月底", "end"),
    # 上旬/中旬/下旬 are fixed ten-day periods: the month stays the value, the days bound it
    ("1. 委员会请秘书处于2018年2月下旬以前分发会议文件。\n",
     Literal("2018-02", datatype=XSD.gYearMonth), "month", "2018-02", "2018-02-21", "2018-02-28", "2018年2月下旬", "late"),
    ("1. 理事会请工作组在2019年7月上旬之前提交建议。\n",
     Literal("2019-07", datatype=XSD.gYearMonth), "month", "2019-07", "2019-07-01", "2019-07-10", "2019年7月上旬", "early"),
    ("1. 大会请各国于2020年10月中旬前分发资料。\n",
     Literal("2020-10", datatype=XSD.gYearMonth), "month", "2020-10", "2020-10-11", "2020-10-20", "2020年10月中旬", "mid"),
])
def test_a_deadline_is_typed_no_finer_than_printed(reference, sentence, value, precision, iso, start, end, printed,
                                                   part):
    """A season, quarter or half-year deadline is the year it lies in, never a month the text does not name; the
    period is in the ISO form, precision, day bounds and printed form; 底/末 is kept as wsis:datePart."""
    store, _ = extract_text(reference, sentence, ["actions.directives", "actions.deadlines", "dates.bounds"])
    (d,) = _dated(store, WSIS.deadline)
    assert objects(store, d, WSIS.deadline) == {value}
    assert objects(store, d, WSIS.datePrecision) == {Literal(precision)}
    assert objects(store, d, WSIS.isoDate) == {Literal(iso)}
    assert objects(store, d, WSIS.deadlineStart) == {Literal(start, datatype=XSD.date)}
    assert objects(store, d, WSIS.deadlineEnd) == {Literal(end, datatype=XSD.date)}
    assert objects(store, d, WSIS.dateAsPrinted) == {Literal(printed, lang="zh")}
    assert objects(store, d, WSIS.datePart) == ({Literal(part)} if part else set())


def test_a_meeting_to_be_convened_before_a_quarter_has_a_year_deadline(reference):
    from graph_builder.facts.date_literals import value_literal
    from graph_builder.entities.recognize_dates import find_dates
    from graph_builder.normalize import Normalized

    (dm,) = find_dates(Normalized.of("应于2015年第四季度之前召开第二次会议", 0, 0, 17))
    assert value_literal(dm) == Literal("2015", datatype=XSD.gYear)
    (dm,) = find_dates(Normalized.of("于2015年3月前召开", 0, 0, 11))
    assert value_literal(dm) == Literal("2015-03", datatype=XSD.gYearMonth)
