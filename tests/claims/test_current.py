"""graph_builder.claims.sources and .current: source dates and the rule that picks the current value."""

from __future__ import annotations

from datetime import date

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from graph_builder.claims.current import functional_properties, refines, select_current, single_valued
from graph_builder.claims.sources import parse_source_date
from graph_builder.rdf.namespaces import ID, SCHEMA, WSIS

EV = ID["event/a-meeting"]


@pytest.mark.parametrize("text,precision,first,last,literal", [
    ("2002", "year", date(2002, 1, 1), date(2002, 12, 31), Literal("2002", datatype=XSD.gYear)),
    ("2005-12", "month", date(2005, 12, 1), date(2005, 12, 31), Literal("2005-12", datatype=XSD.gYearMonth)),
    ("2003-02-17", "day", date(2003, 2, 17), date(2003, 2, 17), Literal("2003-02-17", datatype=XSD.date)),
    ("2006-Q2", "quarter", date(2006, 4, 1), date(2006, 6, 30), Literal("2006", datatype=XSD.gYear)),
    ("2002-H2", "half-year", date(2002, 7, 1), date(2002, 12, 31), Literal("2002", datatype=XSD.gYear)),
    ("2008-2010", "year", date(2010, 1, 1), date(2010, 12, 31), Literal("2010", datatype=XSD.gYear)),
])
def test_source_dates(text, precision, first, last, literal):
    d = parse_source_date(text)
    assert (d.precision, d.first, d.last, d.literal) == (precision, first, last, literal)
    assert d.known_by == Literal(last.isoformat(), datatype=XSD.date)


@pytest.mark.parametrize("text,iso", [
    ("2012年12月20日", "2012-12-20"), ("2012 年 3 月", "2012-03"), ("2011年", "2011"), ("2008年至2010年", "2010"),
    ("2012.12.20", "2012-12-20"), ("2012/3/5", "2012-03-05"), ("2012-3-5", "2012-03-05"),
    ("20 December 2012", "2012-12-20"), ("Sept. 2009", "2009-09"), ("March, 2014", "2014-03"),
])
def test_source_dates_as_people_write_them(text, iso):
    d, want = parse_source_date(text), parse_source_date(iso)
    assert (d.precision, d.first, d.last) == (want.precision, want.first, want.last)
    assert d.text == text


@pytest.mark.parametrize("text", ["", "early 2003", "2003-13", "n.d.", "2012年13月", "31 Smarch 2012"])
def test_no_source_date(text):
    assert parse_source_date(text) is None


DATES = {"a": parse_source_date("2002"), "b": parse_source_date("2003"), "c": parse_source_date("2003")}
ORDER = {"a": 0, "b": 1, "c": 2}


def _when(iso: str, precision: str, start, end):
    return [(EV, WSIS.isoDate, Literal(iso)), (EV, WSIS.datePrecision, Literal(precision)),
            (EV, SCHEMA.startDate, start), (EV, SCHEMA.endDate, end)]


def test_shapes_declare_the_single_valued_properties():
    assert {WSIS.status, WSIS.participantCount, SCHEMA.startDate, WSIS.amountCHF} <= functional_properties()
    assert {SCHEMA.location, WSIS.chair} <= single_valued()
    assert WSIS.participation not in single_valued()


def test_latest_source_wins_and_every_date_detail_comes_from_it():
    spring = _when("2004-spring", "season", Literal("2004-03", datatype=XSD.gYearMonth),
                   Literal("2004-05", datatype=XSD.gYearMonth))
    held = _when("2004-02-16/2004-02-27", "day", Literal("2004-02-16", datatype=XSD.date),
                 Literal("2004-02-27", datatype=XSD.date))
    claims = [(t, "a") for t in spring] + [(t, "b") for t in held]
    claims += [((EV, WSIS.status, Literal("planned")), "a"), ((EV, WSIS.status, Literal("held")), "b")]
    current = select_current(claims, DATES, ORDER)
    assert current == set(held) | {(EV, WSIS.status, Literal("held"))}


def test_a_later_coarser_date_does_not_replace_a_finer_one():
    day = _when("2005-11-16/2005-11-18", "day", Literal("2005-11-16", datatype=XSD.date),
                Literal("2005-11-18", datatype=XSD.date))
    year = _when("2005", "year", Literal("2005", datatype=XSD.gYear), Literal("2005", datatype=XSD.gYear))
    current = select_current([(t, "a") for t in day] + [(t, "b") for t in year], DATES, ORDER)
    assert current == set(day)
    assert refines("2005-11-16/2005-11-18", "2005") and not refines("2005", "2005-11-16")
    assert not refines("2006-03-01", "2005")  # a different year is a change, not a refinement


def test_equal_dates_most_precise_value_then_manifest_order():
    s = ID["event/b-meeting"]
    claims = [((s, WSIS.status, Literal("planned")), "c"), ((s, WSIS.status, Literal("held")), "b")]
    assert select_current(claims, DATES, ORDER) == {(s, WSIS.status, Literal("held"))}
    counts = [((s, WSIS.participantCount, Literal(900)), "b"), ((s, WSIS.participantCount, Literal(950)), "c")]
    assert select_current(counts, DATES, ORDER) == {(s, WSIS.participantCount, Literal(950))}


def test_one_source_with_two_values_keeps_one_deterministically():
    s = ID["event/c-meeting"]
    claims = [((s, WSIS.participantCount, Literal(n)), "a") for n in (1200, 1100)]
    assert select_current(claims, DATES, ORDER) == {(s, WSIS.participantCount, Literal(1100))}
    assert select_current(list(reversed(claims)), DATES, ORDER) == {(s, WSIS.participantCount, Literal(1100))}


def test_places_of_the_latest_source_replace_older_ones_but_multi_valued_properties_keep_all():
    geneva, tunis = ID["place/geneva"], ID["place/tunis"]
    g1, g2 = ID["participation/g1"], ID["participation/g2"]
    claims = [((EV, SCHEMA.location, geneva), "a"), ((EV, SCHEMA.location, tunis), "b"),
              ((EV, WSIS.participation, g1), "a"), ((EV, WSIS.participation, g2), "b")]
    assert select_current(claims, DATES, ORDER) == {
        (EV, SCHEMA.location, tunis), (EV, WSIS.participation, g1), (EV, WSIS.participation, g2)}


def test_a_source_without_date_counts_as_earliest():
    s = ID["event/d-meeting"]
    claims = [((s, WSIS.status, Literal("held")), "x"), ((s, WSIS.status, Literal("planned")), "a")]
    assert select_current(claims, {**DATES, "x": None}, {**ORDER, "x": 3}) == {(s, WSIS.status, Literal("planned"))}


def _bounds(start: str, end: str, printed: str):
    return [(EV, WSIS.dateStart, Literal(start, datatype=XSD.date)), (EV, WSIS.dateEnd, Literal(end, datatype=XSD.date)),
            (EV, WSIS.dateAsPrinted, Literal(printed, lang="zh"))]


def test_date_bounds_and_the_printed_date_come_from_the_same_source_as_the_date():
    spring = _when("2004-spring", "season", Literal("2004-03", datatype=XSD.gYearMonth),
                   Literal("2004-05", datatype=XSD.gYearMonth)) + _bounds("2004-03-01", "2004-05-31", "2004年春季")
    held = _when("2004-02-16/2004-02-27", "day", Literal("2004-02-16", datatype=XSD.date),
                 Literal("2004-02-27", datatype=XSD.date)) + _bounds("2004-02-16", "2004-02-27", "2004年2月16日至27日")
    current = select_current([(t, "a") for t in spring] + [(t, "b") for t in held], DATES, ORDER)
    assert current == set(held)


def test_a_start_after_its_end_fails_on_the_current_view_only():
    from rdflib import Graph

    from graph_builder.validation import current_order, current_order_constraints

    assert (WSIS.dateStart, WSIS.dateEnd, False) in current_order_constraints()
    ok, bad = Graph(), Graph()
    for t in _bounds("2004-02-16", "2004-02-27", "x")[:2]:
        ok.add(t)
    bad.add((EV, WSIS.dateStart, Literal("2004-03-01", datatype=XSD.date)))
    bad.add((EV, WSIS.dateEnd, Literal("2004-02-27", datatype=XSD.date)))
    assert current_order(ok) == []
    rows = current_order(bad)
    assert len(rows) == 1 and rows[0].focus == str(EV) and "after" in rows[0].message


def test_the_rule_over_store_terms_picks_what_the_rule_over_rdflib_terms_picks():
    """select_current_ox (pyoxigraph terms, the streaming build) agrees with select_current on ties and dates."""
    from graph_builder.claims.current import select_current_ox
    from graph_builder.query.terms import from_oxigraph, to_oxigraph

    other = ID["event/another-meeting"]
    claims = [
        ((EV, SCHEMA.location, ID["place/geneva"]), "a"), ((EV, SCHEMA.location, ID["place/tunis"]), "b"),
        ((EV, SCHEMA.location, ID["place/paris"]), "b"), ((EV, WSIS.isoDate, Literal("2003")), "c"),
        ((EV, WSIS.isoDate, Literal("2003-12-10/2003-12-12")), "b"), ((EV, SCHEMA.startDate,
          Literal("2003-12-10", datatype=XSD.date)), "b"), ((EV, SCHEMA.startDate, Literal("2003", datatype=XSD.gYear)), "c"),
        ((EV, WSIS.status, Literal("planned")), "a"), ((EV, WSIS.status, Literal("held")), "c"),
        ((other, WSIS.chair, ID["person/x"]), "c"), ((other, WSIS.chair, ID["person/y"]), "c"),
        ((other, SCHEMA.name, Literal("A", lang="en")), "a"), ((other, SCHEMA.name, Literal("B", lang="en")), "c"),
    ]
    expected = select_current(claims, DATES, ORDER)
    ox_claims = [((to_oxigraph(s), str(p), to_oxigraph(o)), doc) for (s, p, o), doc in claims]
    got = {(from_oxigraph(s), URIRef(p), from_oxigraph(o)) for s, p, o in select_current_ox(ox_claims, DATES, ORDER)}
    assert got == expected
