"""Key-value records (graph_builder/facts/rules_records.py) on new texts: entries printed as KEY：value lines,
plain or bulleted, with a numbered title line, keys and their synonyms from the data table; and texts whose
colon lines are no record."""

from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, XSD

from graph_builder.entities.reference import load_reference
from graph_builder.facts import RULES, _load_rule_modules
from graph_builder.facts.rules_records import field_count, field_table, records
from graph_builder.rdf.namespaces import ID, SCHEMA, WSIS
from tests.facts.test_rules_actions_helpers import extract_text, objects, subjects

_load_rule_modules()

ENTRIES = """区域电子政务良好做法汇编

1. 本汇编收录了经评审的做法，供成员国参考。

（1）高原远程教育网
名称：高原远程教育网
执行机构：玻利维亚教育部
国别：玻利维亚
相关行动方面：C4、C7、C10
开始日期：2009年4月
惠及人数：逾1.8万名教师
经费来源：欧洲联盟（75万欧元）
项目负责人：卡洛斯·马马尼（Carlos Mamani），司长

• 项目名称：山区邮政电子商务点
• 实施单位：塔吉克斯坦交通部
• 国家：塔吉克斯坦
• 行动方面：C7
• 受益人数：两千余户

2. 秘书处将于下一年度更新本汇编。
"""

NOT_RECORDS = """第三次协调会议通知

时间：2015年6月3日
地点：杜尚别
主席：交通部副部长

实施机构：某部

项目名称：孤立的名称行
"""


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _store(reference, text):
    return extract_text(reference, text, sorted(RULES), "900")[0]


def test_keys_and_synonyms_come_from_the_table():
    _, keys = field_table()
    assert keys["执行机构"] == keys["实施机构"] == ("implementedBy", "org")
    assert keys["惠及人数"][1] == "count" and keys["经费来源"][1] == "funding"


def test_records_are_split_at_a_repeated_key_and_need_a_name():
    _, keys = field_table()
    got = records(ENTRIES, 0, len(ENTRIES), keys)
    assert [len(r) for r in got] == [8, 5]
    assert records(NOT_RECORDS, 0, len(NOT_RECORDS), keys) == []


@pytest.mark.parametrize("value, want", [
    ("逾1.8万名教师", (18000, "more than")), ("约4 500人", (4500, "about")), ("两千余户", (2000, "more than")),
    ("300所学校", (300, None)), ("全省农户", None),
])
def test_a_count_field_reads_any_measure_word(value, want):
    assert field_count(value) == want


def test_the_fields_of_each_record_give_facts_about_what_it_names(reference):
    store = _store(reference, ENTRIES)
    projects = subjects(store, RDF.type, WSIS.Project)
    assert len(projects) == 2
    by_label = {}
    for p in projects:
        by_label["edu" if objects(store, p, SCHEMA.startDate) else "post"] = p
    edu, post = by_label["edu"], by_label["post"]
    assert objects(store, edu, WSIS.addressesActionLine) == {ID["actionline/c4"], ID["actionline/c7"],
                                                            ID["actionline/c10"]}
    assert objects(store, edu, SCHEMA.startDate) == {Literal("2009-04", datatype=XSD.gYearMonth)}
    assert objects(store, edu, WSIS.beneficiaryCount) == {Literal(18000, datatype=XSD.integer)}
    assert objects(store, edu, WSIS.beneficiaryCountQualifier) == {Literal("more than")}
    assert len(objects(store, edu, WSIS.implementedBy)) == 1 and len(objects(store, edu, WSIS.country)) == 1
    (person,) = objects(store, edu, WSIS.contactPerson)
    assert len(objects(store, person, WSIS.holds)) == 1
    (funding,) = subjects(store, WSIS.purpose, Literal("高原远程教育网", lang="zh"))
    assert objects(store, funding, WSIS.originalCurrency) == {Literal("EUR")}
    assert objects(store, post, WSIS.addressesActionLine) == {ID["actionline/c7"]}
    assert objects(store, post, WSIS.beneficiaryCount) == {Literal(2000, datatype=XSD.integer)}


def test_colon_lines_that_are_no_record_give_nothing(reference):
    store = _store(reference, NOT_RECORDS)
    assert not subjects(store, RDF.type, WSIS.Project)


def test_all_stakeholders_asked_by_two_deadlines(reference):
    store = _store(reference, "通知\n\n3. 委员会请各利益攸关方于2016年9月30日前提交意见，并于2016年12月1日前更新名单。\n"
                              "4. 多利益攸关方进程于2017年完成。\n")
    (req,) = subjects(store, RDF.type, WSIS.Request)
    assert objects(store, req, WSIS.addressee) == {ID["group/stakeholders"]}
    assert {str(d) for d in objects(store, req, WSIS.deadline)} == {"2016-09-30", "2016-12-01"}


UNNAMED = """沿海数字服务汇编

（2）沿海渔民气象短信服务
实施机构：莫桑比克国家气象研究所
国家：莫桑比克
受益人数：约9 000名渔民

3. 本汇编所列项目均已完成评审，并已按照统一格式编入数据库，供各方查阅。
实施机构：某部
国家：莫桑比克
"""


def test_a_record_without_a_name_field_is_named_by_its_title_line(reference):
    _, keys = field_table()
    got = records(UNNAMED, 0, len(UNNAMED), keys)
    assert len(got) == 1 and UNNAMED[got[0][0][4]:got[0][0][5]] == "沿海渔民气象短信服务"
    store = _store(reference, UNNAMED)
    (project,) = subjects(store, RDF.type, WSIS.Project)
    assert objects(store, project, WSIS.beneficiaryCount) == {Literal(9000, datatype=XSD.integer)}


def test_several_funders_each_with_its_amount(reference):
    text = """项目汇编

项目名称：湖区渔业信息服务
国家：马拉维
资金来源：非洲开发银行（40万美元）、日本国际协力机构（15万美元）

项目名称：沙漠太阳能网吧
国家：尼日尔
资金来源：国际电联和开发计划署（30万美元）
"""
    store = _store(reference, text)
    lake = subjects(store, WSIS.purpose, Literal("湖区渔业信息服务", lang="zh"))
    assert sorted(str(next(iter(objects(store, c, WSIS.originalAmount)))) for c in lake) == ["150000", "400000"]
    # one amount of two funders is not split into two gifts
    assert len(subjects(store, WSIS.purpose, Literal("沙漠太阳能网吧", lang="zh"))) == 1


def test_a_contact_post_before_or_after_the_name(reference):
    text = """项目汇编

项目名称：湖区渔业信息服务
国家：马拉维
联系人：技术顾问彼得·班达（Peter Banda）
"""
    store = _store(reference, text)
    (project,) = subjects(store, RDF.type, WSIS.Project)
    (person,) = objects(store, project, WSIS.contactPerson)
    (post,) = objects(store, person, WSIS.holds)
    assert str(post).endswith("jishuguwen")
