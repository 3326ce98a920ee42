"""The recogniser facade: recognize_all over slices, offsets back into the source, ordering, numerals."""

import pytest

from graph_builder import paths
from graph_builder.entities.recognizers import (
    Count,
    DateMention,
    Money,
    Ordinal,
    Resolution,
    parse_chinese_numeral,
    parse_number,
    recognize_all,
)
from graph_builder.normalize import normalize


@pytest.fixture(scope="module")
def corpus():
    """The bundled corpus texts by id ("000", "001", "004")."""
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in paths.bundled_corpus_dir().glob("*.zh.txt")}


@pytest.mark.parametrize("numeral,value", [
    ("一", 1), ("两", 2), ("十", 10), ("十四", 14), ("五十七", 57), ("一百零五", 105), ("三千", 3000),
    ("十万", 100000), ("五百万", 5000000), ("三亿五千万", 350000000), ("二〇〇五", 2005),
])
def test_chinese_numerals(numeral, value):
    assert parse_chinese_numeral(numeral) == value
    assert parse_number(numeral) == value


@pytest.mark.parametrize("not_numeral", ["", "千百万", "百万", "万", "第一"])
def test_not_chinese_numerals(not_numeral):
    assert parse_chinese_numeral(not_numeral) is None


def test_parse_number_digits():
    assert parse_number("1 391") == 1391


def test_offsets_index_the_whole_text_when_slicing():
    text = "前言。第 73 号决议 (1998 年, 明尼阿波利斯)。会议于 2002 年 7 月 1-5 日举行，有969名与会者。"
    start = text.index("第")
    found = recognize_all(text, start, len(text) - 1)
    kinds = [(type(r).__name__, text[r.start:r.end]) for r in found.all()]
    assert kinds == [
        ("Resolution", "第 73 号决议"),
        ("DateMention", "1998 年"),
        ("DateMention", "2002 年 7 月 1-5 日"),
        ("Count", "969名与会者"),
    ]
    assert found.resolutions[0].place == "明尼阿波利斯"


def test_slice_boundaries_are_respected():
    text = "2001 年 12 月 21 日，第 90 次全体会议"
    found = recognize_all(text, text.index("第"))
    assert found.dates == [] and [o.value for o in found.ordinals] == [90]


def test_each_kind_has_its_own_list():
    text = "联合国大会第56/183号决议(C2001/114号文件)；举行第一阶段经费概算为590万瑞士法郎；14位副主席"
    found = recognize_all(text)
    assert isinstance(found.resolutions[0], Resolution)
    assert [d.symbol for d in found.doc_symbols] == ["C2001/114"]
    assert isinstance(found.money[0], Money) and isinstance(found.counts[0], Count)
    assert isinstance(found.ordinals[0], Ordinal)
    assert found.dates == []
    assert all(isinstance(d, DateMention) for d in recognize_all("2005年").dates)


def test_empty_text():
    found = recognize_all("")
    assert found.all() == []


@pytest.mark.parametrize("doc", ["000", "001", "004"])
def test_every_span_quotes_its_surface(corpus, doc):
    """The original slice normalises to the surface the rule matched: offsets map back exactly."""
    text = corpus[doc]
    found = recognize_all(text)
    assert found.all()
    for r in found.all():
        assert 0 <= r.start < r.end <= len(text)
        assert normalize(text[r.start:r.end]) == r.surface
        assert not text[r.start].isspace() and not text[r.end - 1].isspace()


@pytest.mark.parametrize("doc", ["000", "001", "004"])
def test_deterministic_and_ordered(corpus, doc):
    first, second = recognize_all(corpus[doc]), recognize_all(corpus[doc])
    assert first == second
    for items in (first.resolutions, first.doc_symbols, first.dates, first.money, first.counts, first.ordinals):
        assert [r.start for r in items] == sorted(r.start for r in items)
