"""A quantity the text states about something (graph_builder/facts/rules_quantities.py, rule counts.stated): the
number, its qualifier, what it counts as printed, who states it. New sentences written for this test, not a
fixture's; and sentences whose numbers are no stated quantity."""

from __future__ import annotations

import pytest

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import WSIS
from tests.facts.test_rules_actions_helpers import extract_text


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _quantities(reference, text: str) -> list[dict]:
    store, _ = extract_text(reference, text + "\n", None, "990")
    found: dict = {}
    for (s, p, o) in store.facts:
        if "/id/quantity/" in str(s):
            row = found.setdefault(str(s), {})
            key = str(p).rsplit("#", 1)[-1]
            row[key] = str(o).rsplit("/", 1)[-1] if key == "statedBy" else str(o)
    return sorted(found.values(), key=lambda r: int(r["count"]))


@pytest.mark.parametrize("text, count, qualifier, counted", [
    ("4. 工作队与世界银行共同开展电子政务调查，约有65个国家的财政部作出答复。", 65, "about", "国家的财政部"),
    ("2019年2月：秘书处完成对31个小岛屿发展中国家数字战略的审查。", 31, None, "小岛屿发展中国家数字战略"),
    ("7. 该代表发言说，加勒比有十一个国家的移动宽带覆盖率仍低于百分之四十。", 11, None, "国家的移动宽带覆盖率"),
    ("9. 截至2018年底，该平台共收录逾4 200项与电子卫生相关的活动。", 4200, "more than", "活动"),
    ("3. 磋商期间共收到近九十份书面意见。", 90, "about", "书面意见"),
    ("5. 工作组本年度新设了两个区域中心。", 2, None, "区域中心"),
    # survey respondents: who answered, a locative after them, replies counted as 份
    ("6. 在接受问卷调查的约三百四十名政府官员中，近一半认为培训不足。", 340, "about", "政府官员"),
    ("7. 逾一百二十个组织对在线调查作出答复。", 120, "more than", "组织"),
    ("8. 截至3月底，秘书处共收到212份答复。", 212, None, "答复"),
    ("9. 共有七十六份问卷回复来自最不发达国家。", 76, None, "问卷回复"),
    # a qualifying word jieba classes as a verb (公立, 在职) opens the counted noun
    ("3. 该项目计划为逾三百所公立小学配备计算机。", 300, "more than", "公立小学"),
    ("4. 去年共有约450名在职教师参加了远程培训。", 450, "about", "在职教师"),
    # bounded from above: not ten but fewer
    ("5. 目前不足二十名志愿者在各岛屿的社区中心服务。", 20, "less than", "志愿者"),
    # a word of manner after the noun closes it (在线, 现场)
    ("6. 约九百名学员通过设在各省的35个社区中心在线听课。", 35, None, "社区中心"),
    # one number over a list of kinds counts the whole list
    ("7. 会议收到了逾四十个国家政府、议会和其他民间团体的书面意见。", 40, "more than", "国家政府、议会和其他民间团体"),
])
def test_a_stated_count_with_what_it_counts(reference, text, count, qualifier, counted):
    rows = _quantities(reference, text)
    row = next(r for r in rows if int(r["count"]) == count)
    assert row.get("countQualifier") == qualifier
    assert row["category"] == counted


def test_who_states_it_is_the_sentence_s_first_person_or_body(reference):
    rows = _quantities(reference, "8. 国际电联发言说，已有三十个国家的监管机构通过了宽带计划。")
    assert rows and rows[0]["statedBy"] == "itu"


@pytest.mark.parametrize("text", [
    "2. 委员会第二十一届会议于2018年5月14日至18日在日内瓦举行。",  # dates, an ordinal
    "6. 根据第70/125号决议第5段，请秘书长提交报告。",  # a symbol, a paragraph number
    "3. 日本政府向信托基金捐款300万美元。",  # money
    "4. 委员会决定设立一个工作组。",  # 一个: the article
    "5. 该项目为期六个月，其中两个已完成。",  # a duration, a number with no noun after it
    "7. 请专家组就“连接五百所学校”倡议开展工作。",  # inside a quoted name
    "8. 其中四名由会员国提名。",  # the number is the predicate's, no noun follows
    "9. 其中两个答复了问卷。",  # a verb, not the replies it may name
    "10. 请各区域委员会为每个次区域办事处指派一名联络员。",  # one for each: no total
])
def test_numbers_that_are_no_stated_quantity(reference, text):
    assert _quantities(reference, text) == []


def test_a_count_another_rule_made_a_fact_of_is_not_repeated(reference):
    # the staff rule states it as the body's staffCount: no second fact of the same words
    rows = _quantities(reference, "6. 国际电联目前共有12名工作人员。")
    assert rows == []


# ------------------------------------------------------------------ per-cent targets (rule counts.percent)


def _percents(reference, text: str) -> list[dict]:
    store, _ = extract_text(reference, text + "\n", ["counts.percent"], "990")
    found: dict = {}
    for (s, p, o) in store.facts:
        if "/id/quantity/" in str(s):
            found.setdefault(str(s), {})[str(p).rsplit("#", 1)[-1]] = str(o)
    return sorted(found.values(), key=lambda r: r.get("category", ""))


@pytest.mark.parametrize("text, percent, qualifier, what", [
    ("2. 该计划要求到2025年底将农村地区的移动宽带覆盖率由2019年的42%提升至75%。", "75", None, "农村地区的移动宽带覆盖率"),
    ("5. 政府承诺使中小学互联网接入率达到95%以上。", "95", "more than", "中小学互联网接入率"),
    ("6. 至2030年，电子政务服务使用率增至百分之六十左右。", "60", "about", "电子政务服务使用率"),
    # a word of mood or degree before the verb is not part of what is reached
    ("7. 各小岛屿国家的学校联网率至少应提高到70%。", "70", None, "各小岛屿国家的学校联网率"),
    ("8. 到2028年农村妇女的移动电话拥有率须达到百分之五十。", "50", None, "农村妇女的移动电话拥有率"),
])
def test_a_per_cent_target(reference, text, percent, qualifier, what):
    (row,) = _percents(reference, text)
    assert row["percent"] == percent
    assert row.get("countQualifier") == qualifier
    assert row["category"] == what


@pytest.mark.parametrize("text", [
    "3. 世界银行的捐款占项目总额的22%。",  # a share of a total: the money rules'
    "4. 宽带普及率为35%。",  # a level with no verb of change or attainment
    "5. 2018年增长了3%，达到了历史高点。",  # nothing named before the verb
])
def test_no_per_cent_target(reference, text):
    assert not _percents(reference, text)
