"""Resolutions, decisions, agreed conclusions and document symbols (graph_builder.entities.recognize_acts)."""

import pytest

from graph_builder import paths
from graph_builder.entities.recognizers import (
    AGREED_CONCLUSIONS,
    DECISION,
    RESOLUTION,
    find_doc_symbols,
    find_resolutions,
)
from graph_builder.normalize import Normalized


@pytest.fixture(scope="module")
def corpus():
    """The bundled corpus texts by id ("000", "001", "004")."""
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in paths.bundled_corpus_dir().glob("*.zh.txt")}


def acts(text):
    return find_resolutions(Normalized.of(text))


def quote(text, span):
    return text[span[0]:span[1]]


# --- new sentences of the corpus forms -------------------------------------------------------


def test_spaced_number_with_year_and_place_parenthesis():
    text = "根据第 112 号决议 (2006 年, 安塔利亚) 责成秘书长"
    (res,) = acts(text)
    assert (res.kind, res.number, res.year, res.place) == (RESOLUTION, "112", 2006, "安塔利亚")
    assert text[res.start:res.end] == "第 112 号决议"
    assert quote(text, res.note_span) == "(2006 年, 安塔利亚)"
    assert quote(text, res.place_span) == "安塔利亚"
    assert res.preceding == "根据"


def test_full_width_parenthesis_and_comma():
    text = "按照第 99 号决议（2010年，瓜达拉哈拉）"
    (res,) = acts(text)
    assert (res.number, res.year, res.place) == ("99", 2010, "瓜达拉哈拉")
    assert quote(text, res.note_span) == "（2010年，瓜达拉哈拉）"


def test_year_only_parenthesis():
    (res,) = acts("第 101 号决议 (2002 年) 指出")
    assert (res.year, res.place) == (2002, None)


def test_compact_and_full_width_digits():
    text = "联合国大会第６０/２５２号决议"
    (res,) = acts(text)
    assert res.number == "60/252"
    assert text[res.start:res.end] == "第６０/２５２号决议"
    assert res.preceding == "联合国大会"
    assert quote(text, res.preceding_span) == "联合国大会"


def test_decision_and_agreed_conclusions_kinds():
    found = acts("经济及社会理事会第 2004/44 号决定和理事会第 2003/5 号商定结论")
    assert [(r.kind, r.number) for r in found] == [(DECISION, "2004/44"), (AGREED_CONCLUSIONS, "2003/5")]
    assert found[1].preceding == "和理事会"


def test_letter_prefixed_numbers():
    found = acts("全权代表大会第PLEN/3号决议和第COM5/2号决议")
    assert [r.number for r in found] == ["PLEN/3", "COM5/2"]


def test_suffix_letter_number():
    (res,) = acts("联合国大会第58/270A号决议的规定")
    assert res.number == "58/270A"


def test_list_sharing_one_citation_gives_one_act_per_number():
    text = "联大第60/252、61/16和62/8号决议"
    found = acts(text)
    assert [r.number for r in found] == ["60/252", "61/16", "62/8"]
    assert all(text[r.start:r.end] == "第60/252、61/16和62/8号决议" for r in found)
    assert [quote(text, r.number_span) for r in found] == ["60/252", "61/16", "62/8"]


def test_un_resolution_symbol():
    text = "A/RES/60/252 号决议呼吁各国政府"
    (res,) = acts(text)
    assert (res.number, res.symbol, res.kind) == ("60/252", "A/RES/60/252", RESOLUTION)
    assert text[res.start:res.end] == "A/RES/60/252 号决议"


def test_un_resolution_symbol_alone():
    (res,) = acts("见 A/RES/59/220。")
    assert (res.number, res.symbol) == ("59/220", "A/RES/59/220")


def test_heading_form_only_at_block_start():
    text = "大会决议\n\n60/252. 信息社会世界首脑会议\n\n大会，"
    (res,) = acts(text)
    assert res.number == "60/252" and text[res.start:res.end] == "60/252"
    assert acts("比率为60/252.这是") == []


def test_council_document_parenthesis():
    text = "根据第 1200 号决议 (参考C2002/95 号文件)"
    (res,) = acts(text)
    assert res.doc_symbol == "C2002/95"
    assert quote(text, res.note_span) == "(参考C2002/95 号文件)"


def test_footnote_marker_ends_preceding_phrase():
    (res,) = acts("⁵ 见第 57/239 号决议。")
    assert res.preceding == "见"


def test_not_acts():
    assert acts("补编第 3 号》第三章，第 17 段，第85条") == []
    assert acts("我们决定建立一个论坛") == []


# --- document symbols ------------------------------------------------------------------------


def test_doc_symbols_new_forms():
    text = "见 C2003/12 号文件、C98/7 和 (A/58/L.5/Rev. 2)，以及 A/59/3/Add. 1"
    found = find_doc_symbols(Normalized.of(text))
    assert [(d.symbol, d.series) for d in found] == [
        ("C2003/12", "itu-council"), ("C98/7", "itu-council"),
        ("A/58/L.5/Rev.2", "un"), ("A/59/3/Add.1", "un"),
    ]
    assert text[found[2].start:found[2].end] == "A/58/L.5/Rev. 2"


def test_resolution_symbols_and_urls_are_not_doc_symbols():
    text = "A/RES/58/1 号决议，见 http://www.itu.int/council/C2000 网页"
    assert find_doc_symbols(Normalized.of(text)) == []


# --- the corpus ------------------------------------------------------------------------------


def test_corpus_000_acts(corpus):
    text = corpus["000"]
    found = acts(text)
    minneapolis = [r for r in found if r.number == "73" and r.place]
    assert minneapolis and all((r.year, r.place) == (1998, "明尼阿波利斯") for r in minneapolis)
    assert {(r.number, r.doc_symbol) for r in found if r.doc_symbol} == {("1158", "C2000/87"), ("1179", "C2001/114")}
    assert ("56/183", "A/RES/56/183") in {(r.number, r.symbol) for r in found}
    kinds = {(r.kind, r.number) for r in found}
    assert {(DECISION, "2001/321"), (AGREED_CONCLUSIONS, "2001/1"), (AGREED_CONCLUSIONS, "2000/1"),
            (RESOLUTION, "55/2")} <= kinds
    unga = [r for r in found if r.number == "56/183" and r.preceding == "联合国大会"]
    assert unga
    ecosoc = next(r for r in found if r.number == "2001/321")
    assert ecosoc.preceding.startswith("按照经济及社会理事会")
    heading = [r for r in found if text[r.start:r.end] == "56/183"]
    assert len(heading) == 1


def test_corpus_001_and_004_acts(corpus):
    found = acts(corpus["001"])
    plen = next(r for r in found if r.number == "PLEN/1")
    assert (plen.year, plen.place) == (2003, "马拉喀什")
    assert "全权代表大会" in plen.preceding
    assert {"73", "1179", "56/183", "57/238", "1196", "PLEN/1"} == {r.number for r in found}
    numbers = [r.number for r in acts(corpus["004"])]
    assert numbers == ["56/183", "57/239", "55/63", "56/121", "57/270B", "59/220"]


def test_corpus_doc_symbols(corpus):
    assert [d.symbol for d in find_doc_symbols(Normalized.of(corpus["000"]))] == [
        "C99/41", "C2000/87", "C2001/114", "A/56/558/Add.3", "A/55/3/Rev.1", "A/56/3"]
    assert [d.symbol for d in find_doc_symbols(Normalized.of(corpus["004"]))] == ["A/60/L.1"]


def test_an_act_revised_at_a_later_conference_keeps_its_year_and_place():
    from graph_builder.entities.recognize_acts import find_resolutions
    from graph_builder.normalize import Normalized

    text = "忆及第 64 号决议（2010年，瓜达拉哈拉，修订版）和理事会第 1305 号决议（2009年，修订版），"
    got = [(r.number, r.year, r.place) for r in find_resolutions(Normalized.of(text))]
    assert got == [("64", 2010, "瓜达拉哈拉"), ("1305", 2009, None)]
    # a place is never the word for revised
    assert find_resolutions(Normalized.of("第 7 号决议（2006年，修订）"))[0].place is None
    assert [r.revised for r in find_resolutions(Normalized.of(text))] == [True, True]
    assert not find_resolutions(Normalized.of("第 73 号决议（1998年，明尼阿波利斯）"))[0].revised


@pytest.mark.parametrize("text,number", [
    ("拉加经委会第三十六届会议通过的第700(XXXVI)号决议", "700(XXXVI)"),
    ("亚太经社会第71/10号决议", "71/10"),
    ("依照非洲经委会第930(XLIX)号决议", "930(XLIX)"),
])
def test_a_regional_commission_resolution_keeps_its_session_in_roman_numerals(text, number):
    assert [a.number for a in acts(text)] == [number]


def test_doc_symbols_of_a_commission_series_and_joint_symbols():
    text = "秘书长的报告（E/CN.19/2021/4）、会议室文件E/CN.19/2021/CRP.2、A/76/65-E/2021/12号文件和E/ICEF/2020/7"
    found = find_doc_symbols(Normalized.of(text))
    assert [d.symbol for d in found] == ["E/CN.19/2021/4", "E/CN.19/2021/CRP.2", "A/76/65-E/2021/12", "E/ICEF/2020/7"]


def test_a_resolution_symbol_and_a_hyphenated_word_are_no_joint_document_symbol():
    found = find_doc_symbols(Normalized.of("见 A/RES/60/252 和 A/60/L.1-修订稿"))
    assert [d.symbol for d in found] == ["A/60/L.1"]
