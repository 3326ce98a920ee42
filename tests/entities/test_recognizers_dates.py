"""Dates and periods with precision, ISO form and qualifier (graph_builder.entities.recognize_dates)."""

from datetime import date

import pytest

from graph_builder import paths
from graph_builder.entities.recognizers import find_dates
from graph_builder.normalize import Normalized


@pytest.fixture(scope="module")
def corpus():
    """The bundled corpus texts by id ("000", "001", "004")."""
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in paths.bundled_corpus_dir().glob("*.zh.txt")}


def dates(text):
    return find_dates(Normalized.of(text))


def one(text):
    (d,) = dates(text)
    return d


def summary(text):
    return [(text[d.start:d.end], d.precision, d.iso, d.qualifier) for d in dates(text)]


# --- new sentences of the corpus forms -------------------------------------------------------


@pytest.mark.parametrize("text", ["2004 年 3 月 8 日", "2004年3月8日", "２００４年３月８日"])
def test_day_in_every_spacing(text):
    d = one(f"会议于{text}举行")
    assert (d.precision, d.iso, d.start_date, d.end_date, d.is_range) == ("day", "2004-03-08", date(2004, 3, 8),
                                                                          date(2004, 3, 8), False)
    assert f"会议于{text}举行"[d.start:d.end] == text


@pytest.mark.parametrize("text", ["2007年5月1-3日", "2007 年 5 月 1—3 日", "2007年5月1日至3日", "2007年5月1日-3日",
                                  "2007年5月1～3日"])
def test_day_range_within_a_month(text):
    d = one(f"在{text}召开")
    assert (d.precision, d.iso, d.is_range) == ("day", "2007-05-01/2007-05-03", True)
    assert (d.start_date, d.end_date) == (date(2007, 5, 1), date(2007, 5, 3))
    assert f"在{text}召开"[d.start:d.end] == text


def test_day_range_across_months_and_years():
    assert one("2006年10月30日至11月2日").iso == "2006-10-30/2006-11-02"
    assert one("2006年12月30日至2007年1月2日").iso == "2006-12-30/2007-01-02"


def test_backwards_range_is_not_a_range():
    found = dates("2007年5月9日-3日")
    assert [(d.iso, d.is_range) for d in found] == [("2007-05-09", False)]


def test_month():
    d = one("2004 年 1 月，秘书长发出邀请")
    assert (d.precision, d.iso, d.start_date, d.end_date) == ("month", "2004-01", date(2004, 1, 1), date(2004, 1, 31))
    assert one("2008年2月").end_date == date(2008, 2, 29)


def test_month_range():
    d = one("2004年1月至3月")
    assert (d.precision, d.iso, d.end_date) == ("month", "2004-01/2004-03", date(2004, 3, 31))


@pytest.mark.parametrize("text,iso,first,last", [
    ("2004年春季", "2004-spring", date(2004, 3, 1), date(2004, 5, 31)),
    ("2004年夏", "2004-summer", date(2004, 6, 1), date(2004, 8, 31)),
    ("2004 年秋季", "2004-autumn", date(2004, 9, 1), date(2004, 11, 30)),
    ("2004年冬季", "2004-winter", date(2004, 12, 1), date(2005, 2, 28)),
])
def test_seasons(text, iso, first, last):
    d = one(text + "会议")
    assert (d.precision, d.iso, d.start_date, d.end_date) == ("season", iso, first, last)


def test_spring_festival_is_not_a_season():
    assert one("2005年春节").precision == "year"


@pytest.mark.parametrize("text,iso,first,last", [
    ("2007年第四季度", "2007-Q4", date(2007, 10, 1), date(2007, 12, 31)),
    ("2007年第3季度", "2007-Q3", date(2007, 7, 1), date(2007, 9, 30)),
])
def test_quarters(text, iso, first, last):
    d = one(text)
    assert (d.precision, d.iso, d.start_date, d.end_date) == ("quarter", iso, first, last)


def test_quarter_end_part():
    d = one("将在2008年第一季度末启动")
    assert (d.iso, d.part, d.qualifier) == ("2008-Q1", "end", None)


def test_half_years():
    assert [(d.precision, d.iso) for d in dates("2007年上半年和2008年下半年")] == [
        ("half-year", "2007-H1"), ("half-year", "2008-H2")]


def test_year_and_year_ranges():
    assert summary("1999年以及2004-2007财政计划和2003年至2005年") == [
        ("1999年", "year", "1999", None),
        ("2004-2007", "year", "2004/2007", None),
        ("2003年至2005年", "year", "2003/2005", None),
    ]


def test_recurring_day():
    d = one("大会宣布10月24日为联合国日")
    assert (d.precision, d.iso, d.start_date) == ("recurring-day", "--10-24", None)


def test_list_of_days_sharing_a_year():
    text = "工作会议于2004年1月5日、2月9日和3月1日召开"
    assert [(text[d.start:d.end], d.iso) for d in dates(text)] == [
        ("2004年1月5日", "2004-01-05"), ("2月9日", "2004-02-09"), ("3月1日", "2004-03-01")]


@pytest.mark.parametrize("text,quote,iso,qualifier", [
    ("各国应于2010年之前完成", "于2010年之前", "2010", "before"),
    ("在2008年第三季度之前召集", "在2008年第三季度之前", "2008-Q3", "before"),
    ("在2012年以前实现", "在2012年以前", "2012", "before"),
    ("2009年前确立", "2009年前", "2009", "before"),
    ("到2020年，所有国家", "到2020年", "2020", "before"),
    ("在2007年3月底前完成审查", "在2007年3月底前", "2007-03", "before"),
    ("最迟于2013年10月15日提交清单", "最迟于2013年10月15日", "2013-10-15", "before"),
    ("秘书处最晚于2016年第二季度完成", "最晚于2016年第二季度", "2016-Q2", "before"),
    ("于2013年10月15日提交清单", "2013年10月15日", "2013-10-15", None),  # a plain date, no deadline word
    ("截至2004年6月30日的捐款", "截至2004年6月30日", "2004-06-30", "as-of"),
    ("自2005年起实施", "自2005年起", "2005", "from"),
    ("2008年以后再审议", "2008年以后", "2008", "after"),
])
def test_qualifiers(text, quote, iso, qualifier):
    d = one(text)
    assert (text[d.start:d.end], d.iso, d.qualifier) == (quote, iso, qualifier)
    assert text[d.date_span[0]:d.date_span[1]] in quote


def test_plain_locative_is_not_a_deadline():
    text = "于2003年12月10日在日内瓦开幕；2005年前往突尼斯"
    assert [(text[d.start:d.end], d.qualifier) for d in dates(text)] == [
        ("2003年12月10日", None), ("2005年", None)]


def test_invalid_dates_and_non_dates():
    assert all(d.iso != "2003-02-30" for d in dates("2003年2月30日"))
    assert dates("预计将有1000-1500人参加，增长了十倍，七年前") == []


# --- the corpus ------------------------------------------------------------------------------


def test_corpus_000_dates(corpus):
    found = {(d.iso, d.precision) for d in dates(corpus["000"])}
    assert {("2001-12-21", "day"), ("2002-07-01/2002-07-05", "day"), ("2002-02", "month"),
            ("2003-spring", "season"), ("2003-autumn", "season"), ("2000-autumn", "season"),
            ("2003-12-10/2003-12-12", "day"), ("2002-H2", "half-year"), ("2002-H1", "half-year"),
            ("1998", "year")} <= found


def test_corpus_001_dates(corpus):
    text = corpus["001"]
    found = dates(text)
    isos = [d.iso for d in found]
    for iso in ("2002-09-23/2002-10-18", "2003-01-13/2003-01-15", "2003-02-04/2003-02-06", "2003-06",
                "2001-autumn", "2004/2007"):
        assert iso in isos
    assert isos[isos.index("2002-03-29"):isos.index("2002-03-29") + 4] == [
        "2002-03-29", "2002-06-25", "2002-07-05", "2002-12-04"]
    as_of = next(d for d in found if d.qualifier == "as-of")
    assert (text[as_of.start:as_of.end], as_of.iso) == ("截止至2002年12月20日", "2002-12-20")


def test_corpus_004_deadlines_and_recurring_day(corpus):
    text = corpus["004"]
    found = dates(text)
    deadlines = {(d.iso, d.qualifier) for d in found if d.qualifier}
    assert {("2005", "before"), ("2015", "before"), ("2006-Q2", "before"), ("2006-07", "before"),
            ("2004-12", "before"), ("2010", "before")} <= deadlines
    assert ("--05-17", "recurring-day") in {(d.iso, d.precision) for d in found}
    assert "2003-12-10/2003-12-12" in [d.iso for d in found]
    assert "2005-11-16/2005-11-18" in [d.iso for d in found]
    q2 = next(d for d in found if d.iso == "2006-Q2")
    assert text[q2.start:q2.end] == "于2006年第二季度之前"


def test_document_order_and_determinism(corpus):
    first = dates(corpus["004"])
    assert [d.start for d in first] == sorted(d.start for d in first)
    assert first == dates(corpus["004"])


def test_from_to_range_has_no_from_qualifier():
    d = one("从2003年到2005年，各国")
    assert (d.surface, d.iso, d.qualifier, d.is_range) == ("从2003年到2005年", "2003/2005", None, True)


def test_text_starting_with_a_date_does_not_wrap_around():
    # a date at index 0 must not read a "lead" word from the end of the text
    d = one("2005年的会议于")
    assert (d.surface, d.qualifier) == ("2005年", None)


def test_years_in_chinese_digits():
    assert one("二〇〇三年至二〇〇五年").iso == "2003/2005"


def test_months_and_days_in_chinese_numerals_after_a_year():
    assert one("二〇〇五年十一月").iso == "2005-11"
    assert one("二〇一三年十月九日").iso == "2013-10-09"
    assert one("签署于二〇〇九年二月二十八日").iso == "2009-02-28"
    assert one("二〇〇五年十一月十六日至十八日").iso == "2005-11-16/2005-11-18"
    assert one("２００７年３月１日").iso == "2007-03-01"  # full-width digits


# --- end of a year, and a second alternative that takes the first one's year -------------------------


@pytest.mark.parametrize("text, quote", [
    ("工作组将于2012年年底之前提交报告", "于2012年年底之前"),
    ("各方应在2009年底以前完成评估", "在2009年底以前"),
    ("秘书处须于2015年底前分发问卷", "于2015年底前"),
])
def test_end_of_year_deadline(text, quote):
    d = one(text)
    assert (text[d.start:d.end], d.precision, d.iso, d.qualifier, d.part) == (quote, "year", d.iso, "before", "end")
    assert d.iso == quote.strip("于在")[:4]


def test_end_and_start_of_year_without_deadline():
    assert [(d.iso, d.qualifier, d.part) for d in dates("报告在2013年末公布，并于2014年初讨论")] == [
        ("2013", None, "end"), ("2014", None, "start")]
    # 底期/末期 are other words: the bare year is read
    assert [(d.iso, d.part) for d in dates("2007年末期的工作")] == [("2007", None)]


def test_second_quarter_alternative_takes_the_first_ones_year():
    assert summary("请在2011年第三季度或第四季度之前提交") == [
        ("2011年第三季度", "quarter", "2011-Q3", None), ("第四季度之前", "quarter", "2011-Q4", "before")]


def test_second_month_alternative_takes_the_first_ones_year():
    assert summary("会议定于2012年9月或10月举行") == [
        ("2012年9月", "month", "2012-09", None), ("10月", "month", "2012-10", None)]
    # 或 a day of another month is a day, not the month
    assert [d.precision for d in dates("2012年9月或10月3日")] == ["month", "recurring-day"]
    # a quarter after a month is not an alternative of it
    assert [d.iso for d in dates("2012年9月或第四季度")] == ["2012-09"]


@pytest.mark.parametrize("text,surface,iso", [
    ("讲习班于2014年3月举办，同年秋季举行了第二期。", "同年秋季", "2014-autumn"),
    ("网络于2011年6月启动，当年11月3日至5日召开了首次会议。", "当年11月3日至5日", "2011-11-03/2011-11-05"),
    ("2016年2月提交草案，同年第三季度之前定稿。", "同年第三季度之前", "2016-Q3"),
])
def test_same_year_takes_the_year_written_before(text, surface, iso):
    got = [(text[d.start:d.end], d.iso) for d in dates(text)]
    assert (surface, iso) in got


def test_same_year_without_a_year_before_is_no_date_and_reads_back_into_the_document():
    from graph_builder.entities.recognize_dates import find_dates
    from graph_builder.normalize import Normalized

    assert dates("同年秋季将举行第二期讲习班。") == []
    assert dates("同年的工作计划已获通过。") == []  # no period after 同年
    doc = "1. 中心于2013年4月成立。\n2. 同年秋季举行了揭牌仪式。\n"
    start = doc.index("2.")
    norm = Normalized.of(doc, 0, start, len(doc))
    norm.__dict__["context"] = (doc, start)
    assert [(d.surface, d.iso) for d in find_dates(norm)] == [("同年秋季", "2013-autumn")]


def test_a_deadline_before_a_verb_of_handing_in_is_not_read_as_a_premise():
    # 前提交 / 前提出 / 前提供: 'before' + submit / put forward / provide; 前提 alone is a premise
    text = "请各方于2019年3月1日前提交意见，并于2019年9月30日前提出建议；以2020年前提为准"
    assert [(d.iso, d.qualifier) for d in dates(text)] == [
        ("2019-03-01", "before"), ("2019-09-30", "before"), ("2020", None)]


@pytest.mark.parametrize("text,iso", [
    ("2016年区域磋商会于3月上旬在达喀尔举行。", "2016-03"),
    ("委员会于2011年4月4日开幕，续会于6月20日至22日举行。", "2011-06-20/2011-06-22"),
    ("2009年的年会将在11月举行。", "2009-11"),
])
def test_a_month_after_yu_takes_the_year_written_before_it_in_its_sentence(text, iso):
    assert dates(text)[-1].iso == iso


@pytest.mark.parametrize("text", ["2009年底完成。会议于11月举行。", "每年5月17日庆祝。", "会议于5月17日举行。"])
def test_no_year_in_the_sentence_leaves_the_month_undated(text):
    assert all(d.precision in ("year", "recurring-day") for d in dates(text))


@pytest.mark.parametrize("text,iso", [
    ("研讨会于2018年10月8日开幕。10月9日，与会者参观了数据中心。", "2018-10-09"),
    ("会议于2015年5月4日开幕；5月6日，会议通过了报告。", "2015-05-06"),
])
def test_a_clause_that_opens_with_a_day_is_a_day_of_the_year_written_last(text, iso):
    assert dates(text)[-1].iso == iso


@pytest.mark.parametrize("text", ["2016年会议决定，5月17日，为纪念日。", "2016年报告。将5月17日定为纪念日。"])
def test_a_day_inside_a_clause_without_a_verb_of_holding_stays_a_day_of_every_year(text):
    assert dates(text)[-1].iso == "--05-17"


@pytest.mark.parametrize("text,iso", [
    ("部长级圆桌会议于2019年4月8日和9日在基加利举行。", "2019-04-08/2019-04-09"),
    ("特别会议将于2021年11月30日及12月1日举行。", "2021-11-30"),  # across a month: not this form
    ("大会决定于2018年9月27日和28日召开高级别会议。", "2018-09-27/2018-09-28"),
])
def test_two_consecutive_days_joined_by_and_are_one_range(text, iso):
    assert dates(text)[0].iso == iso


@pytest.mark.parametrize("text,isos", [
    ("协定分别于2012年3月5日和9日签署。", ["2012-03-05", "2012-03-09"]),  # not consecutive
    ("会议于2013年6月3日、4日和5日举行。", ["2013-06-03", "2013-06-04", "2013-06-05"]),  # a list of three
])
def test_other_lists_of_days_stay_single_days(text, isos):
    assert [d.iso for d in dates(text)] == isos


def test_a_budget_year_does_not_date_the_yearless_days_after_it():
    # the year of a budget (2022年拟议方案预算) is no year of the narrative: 于3月9日 keeps the year written before
    got = [d.iso for d in dates("委员会于2021年2月2日开会。所需经费将列入2022年拟议方案预算。委员会于3月9日再次开会。")]
    assert got[0] == "2021-02-02" and got[-1] == "2021-03-09"
    # a plain year still dates them
    assert [d.iso for d in dates("2022年的工作计划于3月9日通过。")][-1] == "2022-03-09"
