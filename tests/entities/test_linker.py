"""Mentions on new sentences: normalised matching, original offsets, longest match, context rules."""

from __future__ import annotations

import pytest

from graph_builder.entities.linker import find_mentions
from tests.entities.helpers_entities import SMALL, ref_from_yaml, source


@pytest.fixture()
def ref(tmp_path):
    return ref_from_yaml(tmp_path, SMALL)


def links(text, ref, doc_id="900"):
    src = source(text, doc_id)
    out = find_mentions(src, ref)
    for m in out:
        assert src.text[m.start : m.end] == m.surface  # offsets point into the original text
    return [(m.surface, m.key) for m in out]


def test_spaced_and_full_width_forms_match_with_original_offsets(ref):
    text = "一、 国际 电联和 ＩＴＵ 都是 **电联**。"
    assert links(text, ref) == [("国际 电联", "org/itu"), ("ＩＴＵ", "org/itu"), ("电联", "org/itu")]


def test_longest_match_wins_and_no_match_inside_a_longer_name(ref):
    assert links("国际电联理事会通过决议。", ref) == [("国际电联理事会", "body/itu-council")]
    assert links("《突尼斯承诺》在突尼斯通过。", ref) == [
        ("突尼斯承诺", "document/tunis-commitment"),
        ("突尼斯", "place/tunis"),
    ]


def test_latin_forms_stand_alone(ref):
    assert links("请发邮件至 itumail@itu.int 或 ESCAP，ES 负责。", ref) == [("ES", "body/wsis-executive-secretariat")]
    assert links("ITU-D 与 ITU。", ref) == [("ITU", "org/itu"), ("ITU", "org/itu")]


def test_document_scope(ref):
    assert links("向理事会汇报。", ref, doc_id="901") == [("理事会", "body/itu-council")]
    assert links("向理事会汇报。", ref, doc_id="900") == []


def test_publisher_scope_links_a_bare_title_only_in_that_publishers_texts(tmp_path):
    from graph_builder.entities.linker import in_scope

    assert in_scope(("publisher:ITU",), "930", "ITU / CSTD")
    assert in_scope(("publisher:ITU",), "930", "ITU")
    assert not in_scope(("publisher:ITU",), "930", "UNESCO")
    assert not in_scope(("publisher:ITU",), "930", "ITUC")  # a publisher named, not a substring
    assert in_scope(("930",), "930", "UNESCO") and in_scope((), "931", "")


def test_context_conditions_choose_between_two_things_with_one_name(ref):
    assert links("突尼斯提出了倡议，会议在突尼斯召开。", ref) == [
        ("突尼斯", "place/tunisia"),
        ("突尼斯", "place/tunis"),
    ]
    assert links("回顾理事会第 2001/1 号商定结论。", ref, doc_id="901") == [("理事会", "body/ecosoc")]


def test_blocked_exclusion_prevents_a_false_link(ref):
    assert links("与相关主要联合国大会并行召开；联合国大会决定。", ref) == [("联合国大会", "body/unga")]


def test_output_is_sorted_and_repeatable(ref):
    text = "电联、突尼斯、国际电信联盟、ES、电联"
    first = find_mentions(source(text), ref)
    assert first == sorted(first)
    assert first == find_mentions(source(text), ref)


def test_shipped_list_links_the_named_things_of_a_new_sentence():
    from graph_builder.entities.reference import load_reference

    ref = load_reference()
    text = "2005年，联合国秘书长请国际电信联盟（ITU）、联合国教科文组织和经社理事会在日内瓦召开互联网治理论坛（IGF）。"
    keys = [k for _, k in links(text, ref, doc_id="004")]
    assert keys == [
        "post/un-secretary-general", "org/itu", "org/itu", "org/unesco", "body/ecosoc", "place/geneva", "body/igf", "body/igf",
    ]


def test_swiss_franc_is_not_switzerland():
    """Regression: the 瑞士 of 瑞士法郎 (Swiss francs) was linked to the country."""
    from pathlib import Path

    from graph_builder.corpus import SourceText
    from graph_builder.entities.linker import find_mentions
    from graph_builder.entities.reference import load_reference

    text = "瑞士政府捐款 30 000瑞士法郎，瑞士表示支持。"
    src = SourceText("t09", Path("t09.txt"), text, "zh", "T", "题", "ITU", "2002", "")
    spans = [m.start for m in find_mentions(src, load_reference()) if m.key == "place/switzerland"]
    assert spans == [text.index("瑞士表示")]


def test_bare_council_before_a_four_digit_resolution_number_is_the_itu_council():
    from graph_builder.entities.reference import load_reference

    ref = load_reference()
    assert links("依照理事会第1305号决议（2009年）编写。", ref, doc_id="930") == [("理事会", "body/itu-council")]
    assert links("理事会第2009/7号决议请各国加强合作。", ref, doc_id="930") == []  # ECOSOC's carry the year
    assert links("理事会审议了本报告。", ref, doc_id="930") == []  # a bare council: nothing to tell which


def test_a_bare_secretary_general_is_the_un_one_in_a_text_a_un_organ_publishes():
    from pathlib import Path

    from graph_builder.corpus import SourceText
    from graph_builder.entities.reference import load_reference

    full = load_reference()
    text = "委员会请秘书长于2019年3月前提交报告。"

    def keys(publisher: str) -> list[str]:
        src = SourceText("930", Path("930.txt"), text, "zh", "t", "t", publisher, "2018", "c")
        return [m.key for m in find_mentions(src, full) if m.surface == "秘书长"]

    assert keys("CSTD") == ["post/un-secretary-general"]
    assert keys("UNGA") == ["post/un-secretary-general"]
    assert keys("ITU") == ["post/itu-secretary-general"]
    assert keys("Regional forum") == []
    # the publisher written as people write it in a manifest
    assert keys("国际电联理事会") == ["post/itu-secretary-general"]
    assert keys("ITU Council") == ["post/itu-secretary-general"]
    assert keys("联合国大会") == ["post/un-secretary-general"]
    assert keys("United Nations General Assembly") == ["post/un-secretary-general"]
    assert keys("the Economic and Social Council") == ["post/un-secretary-general"]
    assert keys("Commission on Science and Technology for Development") == ["post/un-secretary-general"]
    assert keys("International Telecommunication Union Council secretariat") == []  # no listed name


def test_publisher_names_add_the_acronyms_of_the_named_body_and_those_above_it():
    from graph_builder.entities.publishers import publisher_names
    from graph_builder.entities.reference import load_reference

    ref = load_reference()
    assert publisher_names(ref, "国际电信联盟理事会") == "国际电信联盟理事会 / ITU"
    assert publisher_names(ref, "UN General Assembly / 科技促进发展委员会").split(" / ")[:3] == [
        "UN General Assembly", "UNGA", "UN"]
    assert "CSTD" in publisher_names(ref, "UN General Assembly / 科技促进发展委员会")
    assert publisher_names(ref, "Pacific centre") == "Pacific centre"
    # a listed acronym before a body's own words (a committee or study group the list may lack)
    assert publisher_names(ref, "ECOSOC Statistical Commission").split(" / ")[:2] == [
        "ECOSOC Statistical Commission", "ECOSOC"]
    assert publisher_names(ref, "Regional ICT centre") == "Regional ICT centre"
    assert publisher_names(ref, "") == ""


def test_the_regional_commissions_by_official_and_short_names():
    from graph_builder.entities.reference import load_reference

    real = load_reference()
    text = "亚太经社会与西亚经济社会委员会合作，拉加经委会、非洲经委会和欧洲经委会参加。"
    keys = [k for _, k in links(text, real)]
    assert keys == ["org/escap", "org/escwa", "org/eclac", "org/eca", "org/ece"]
    assert [k for _, k in links("各区域委员会参加了会议。", real) if k.startswith("org/e")] == []


@pytest.mark.parametrize("publisher, key", [("ITU", "post/itu-secretary-general"), ("UNGA", "post/un-secretary-general")])
def test_the_bare_title_is_the_publishers_secretary_general_but_never_inside_another_post(publisher, key):
    from dataclasses import replace

    from graph_builder.entities.reference import load_reference

    real = load_reference()
    text = "秘书长提交了报告，副秘书长出席了会议，秘书长办公厅和秘书长特使也参加了会议。"
    src = replace(source(text, "930"), publisher=publisher)
    found = [(src.text[m.start:m.end], m.start, m.key) for m in find_mentions(src, real) if "秘书长" in m.surface]
    assert found == [("秘书长", 0, key)]


@pytest.mark.parametrize("text, key", [
    ("科学和技术促进发展委员会第十二届会议在日内瓦举行。会议审议了秘书长关于信息社会的报告。", "post/un-secretary-general"),
    ("经济及社会理事会2011年实质性会议审议了秘书长的报告。", "post/un-secretary-general"),
    ("国际电联理事会2009年会议在日内瓦举行。会议审议了秘书长关于峰会落实的报告。", "post/itu-secretary-general"),
    ("国际电联全权代表大会于2014年举行，再次选举了秘书长。", "post/itu-secretary-general"),
])
def test_in_a_text_two_bodies_publish_the_bare_title_is_the_secretary_general_its_context_names(text, key):
    from dataclasses import replace

    from graph_builder.entities.reference import load_reference

    real = load_reference()
    src = replace(source(text, "930"), publisher="ITU / CSTD")
    assert [m.key for m in find_mentions(src, real) if m.surface == "秘书长"] == [key]


@pytest.mark.parametrize("text,linked", [
    ("非洲互联网治理论坛第四次会议于2015年在亚的斯亚贝巴举行。", False),
    ("亚太区域互联网治理论坛审议了报告。", False),
    ("互联网治理论坛第十次会议于2015年11月在若昂佩索阿举行。", True),
    ("各国参加了互联网治理论坛。", True),
])
def test_a_forum_of_a_region_is_not_the_global_forum(text, linked):
    from graph_builder.entities.reference import load_reference

    keys = [k for _, k in links(text, load_reference())]
    assert ("body/igf" in keys) == linked, keys
