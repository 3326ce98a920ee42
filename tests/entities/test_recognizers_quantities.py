"""Money, counts and ordinals (graph_builder.entities.recognize_quantities)."""

from decimal import Decimal

import pytest

from graph_builder import paths
from graph_builder.entities.recognizers import find_counts, find_money, find_ordinals
from graph_builder.normalize import Normalized


@pytest.fixture(scope="module")
def corpus():
    """The bundled corpus texts by id ("000", "001", "004")."""
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in paths.bundled_corpus_dir().glob("*.zh.txt")}


def money(text):
    return [(text[m.start:m.end], m.amount, m.currency, m.qualifier) for m in find_money(Normalized.of(text))]


def counts(text):
    return [(text[c.start:c.end], c.value, c.noun, c.qualifier) for c in find_counts(Normalized.of(text))]


def ordinals(text):
    return [(text[o.start:o.end], o.value, o.unit) for o in find_ordinals(Normalized.of(text))]


# --- money -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text,amount,currency,qualifier", [
    ("12 500欧元", Decimal(12500), "EUR", None),
    ("250万美元", Decimal(2500000), "USD", None),
    ("1.5万瑞士法郎", Decimal(15000), "CHF", None),
    ("五百万瑞士法郎", Decimal(5000000), "CHF", None),
    ("3 000 000 日元", Decimal(3000000), "JPY", None),
    ("2 000 000加拿大元", Decimal(2000000), "CAD", None),
    ("４５０加元", Decimal(450), "CAD", None),
    ("高达 2 000 000 瑞士法郎", Decimal(2000000), "CHF", "up to"),
    ("约300万日元", Decimal(3000000), "JPY", "about"),
    ("300多万美元", Decimal(3000000), "USD", "more than"),
    ("CHF 75 000", Decimal(75000), "CHF", None),
    ("US$ 2 000", Decimal(2000), "USD", None),
])
def test_money_forms(text, amount, currency, qualifier):
    sentence = f"捐款为{text}。"
    assert money(sentence) == [(text, amount, currency, qualifier)]


def test_money_needs_a_currency():
    assert money("万国邮政联盟在2002年有190个会员国，增长了10万") == []


def test_corpus_001_money(corpus):
    found = money(corpus["001"])
    values = [(amount, cur) for _, amount, cur, _ in found]
    assert (Decimal(5900000), "CHF") in values
    assert (Decimal(1800000), "CHF") in values
    assert (Decimal(62691030), "JPY") in values
    assert (Decimal(2243419), "CHF") in values
    assert (Decimal(1000000), "CAD") in values
    assert (Decimal(170000), "EUR") in values
    assert (Decimal(500), "USD") in values
    assert ("高达5 000 000瑞士法郎", Decimal(5000000), "CHF", "up to") in found
    assert {cur for _, _, cur, _ in found} == {"CHF", "JPY", "USD", "EUR", "CAD"}


# --- counts ----------------------------------------------------------------------------------


def test_counts_new_sentences():
    text = "会议有1 205名与会者，其中63个会员国的812名代表；另有十四位副主席和两个工作组。"
    assert counts(text) == [
        ("1 205名与会者", 1205, "与会者", None),
        ("63个会员国", 63, "会员国", None),
        ("812名代表", 812, "代表", None),
        ("十四位副主席", 14, "副主席", None),
        ("两个工作组", 2, "工作组", None),
    ]


def test_count_qualifiers():
    text = "约有20位专家被派往秘书处，收到大约 30 份承诺书，启动了800多个项目，至少5名观察员"
    assert [(v, noun, q) for _, v, noun, q in counts(text)] == [
        (20, "专家", "about"), (30, "承诺书", "about"), (800, "项目", "more than"), (5, "观察员", "at least")]


def test_count_range():
    (c,) = find_counts(Normalized.of("预计将有 200-300 人参加"))
    assert (c.value, c.upper, c.noun, c.unit) == (200, 300, "人", "人")


def test_noun_stops_at_a_line_break():
    text = "瑞士政府\n\t3名专家\n\n\t德国政府\n\t2名专家"
    assert [(q, v, noun) for q, v, noun, _ in counts(text)] == [("3名专家", 3, "专家"), ("2名专家", 2, "专家")]


def test_not_counts():
    assert counts("建立一个开放式的工作组，第一次会议，第56/183号决议，2002年7月1-5日，C2000/87号文件") == []


def test_corpus_001_counts(corpus):
    found = counts(corpus["001"])
    for expected in [("969名与会者", 969, "与会者", None), ("142个会员国", 142, "会员国", None),
                     ("14位副主席", 14, "副主席", None), ("57个国家", 57, "国家", None),
                     ("1 391名代表", 1391, "代表", None), ("约有16位专家", 16, "专家", "about"),
                     ("两个分委员会", 2, "分委员会", None), ("3名专家", 3, "专家", None)]:
        assert expected in found


def test_corpus_000_and_004_counts(corpus):
    assert (14, "about") in [(v, q) for _, v, _, q in counts(corpus["000"])]
    assert ("2500多个项目", 2500, "项目", "more than") in counts(corpus["004"])


# --- ordinals --------------------------------------------------------------------------------


def test_ordinals_new_sentences():
    text = "第四次筹备会议、第60届会议、第六十届会议、第 12 次全体会议、第三阶段、第十一次、第一百零五次"
    assert [(v, u) for _, v, u in ordinals(text)] == [
        (4, "次"), (60, "届"), (60, "届"), (12, "次"), (3, "阶段"), (11, "次"), (105, "次")]
    assert ordinals("第 12 次全体会议")[0][0] == "第 12 次"


def test_corpus_ordinals(corpus):
    found = ordinals(corpus["000"])
    assert ("第 90 次", 90, "次") in found
    assert ("第五十七届", 57, "届") in found
    assert [v for q, v, u in found if q in ("第一次", "第二次", "第三次")][:3] == [1, 1, 1]
    assert {("第二次", 2, "次"), ("第三次", 3, "次")} <= set(found)
    assert ("第一阶段", 1, "阶段") in ordinals(corpus["004"])


# --- a round hundred or thousand bounded by a qualifier word ----------------------------------------


@pytest.mark.parametrize("text, value, qualifier, noun", [
    ("论坛吸引了逾百名青年代表", 100, "more than", "青年代表"),
    ("近千名学生参加了培训", 1000, "about", "学生参加了培训"[:2]),
    ("网络汇集了上百个地方项目", 100, "at least", "地方项目"),
    ("逾千家中小企业报名", 1000, "more than", "中小企业报名"),
])
def test_round_counts_with_qualifier(text, value, qualifier, noun):
    (c,) = find_counts(Normalized.of(text))
    assert (c.value, c.qualifier, c.noun.startswith(noun)) == (value, qualifier, True)


@pytest.mark.parametrize("text", ["有百名代表", "以上百名", "千名", "数以百计的代表"])
def test_round_counts_need_a_bounding_word(text):
    assert find_counts(Normalized.of(text)) == []


@pytest.mark.parametrize("text, value, noun", [
    ("数百名专家出席", 100, "专家"),
    ("几百个组织提交了意见", 100, "组织"),
    ("来自数十个国家的青年", 10, "国家"),
    ("几十家电信运营商", 10, "电信运营商"),
    ("数千名学生在线参加", 1000, "学生"),
])
def test_several_tens_hundreds_or_thousands_are_the_round_number_with_qualifier_several(text, value, noun):
    """'Several hundred' is 100 several (several times 100), never an exact 100; 数十 is never an exact 10."""
    (c,) = find_counts(Normalized.of(text))
    assert (c.value, c.qualifier, c.noun.startswith(noun)) == (value, "several", True)


@pytest.mark.parametrize("text, value, qualifier, noun", [
    ("为约3,400所农村小学接入互联网", 3400, "about", "农村小学"),
    ("培训逾2万名卫生工作者", 20000, "more than", "卫生工作者"),
    ("约1.5万人参加了在线课程", 15000, "about", "人"),
    ("共有12,500名学员结业", 12500, None, "学员"),
])
def test_digits_grouped_by_commas_or_times_wan_are_one_count(text, value, qualifier, noun):
    (c,) = find_counts(Normalized.of(text))
    assert (c.value, c.qualifier, c.noun.startswith(noun)) == (value, qualifier, True)


@pytest.mark.parametrize("text", ["第1,200段", "投资3,400万美元", "1.5万"])
def test_no_count_from_a_paragraph_number_money_or_a_bare_number(text):
    assert find_counts(Normalized.of(text)) == []
