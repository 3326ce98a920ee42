"""National laws, decrees and orders by number (graph_builder/facts/rules_national_acts.py), on new sentences."""

from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, RDFS, XSD

from graph_builder.entities.reference import load_reference
from graph_builder.facts import _load_rule_modules
from graph_builder.rdf.namespaces import ID, WSIS
from tests.facts.test_rules_actions_helpers import extract_text, objects

_load_rule_modules()


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _store(reference, text: str):
    store, _ = extract_text(reference, text, ["org.act.national"], "900")
    return store


def _acts(store) -> set:
    return {s for (s, p, o) in store.facts if p == RDF.type and o == WSIS.Act}


def test_a_law_adopted_on_a_date_before_it_issued_by_the_country_named_before(reference):
    store = _store(reference, "5. 塞内加尔于2008年1月25日通过的第2008-12号法律规定了个人数据保护的原则。")
    law = ID["law/senegal-2008-12"]
    assert _acts(store) == {law}
    assert objects(store, law, WSIS.issuedBy) == {ID["place/senegal"]}
    assert objects(store, law, WSIS.number) == {Literal("2008-12")}
    assert Literal("第2008-12号法律", lang="zh") in objects(store, law, RDFS.label)
    assert Literal("Law No. 2008-12", lang="en") in objects(store, law, RDFS.label)
    assert objects(store, law, WSIS.date) == {Literal("2008-01-25", datatype=XSD.date)}


def test_a_decree_dated_before_it_and_a_government_after_it(reference):
    store = _store(reference, "2. 根据2019年5月第2019-77号法令，突尼斯政府设立了国家电子政务署。")
    acts = _acts(store)
    assert len(acts) == 1
    (decree,) = acts
    assert str(decree).startswith(str(ID["decree/"]))
    assert objects(store, decree, WSIS.date) == {Literal("2019-05", datatype=XSD.gYearMonth)}


def test_a_presidential_decree_promulgated_after_its_bracketed_subject(reference):
    store = _store(reference, "7. 肯尼亚第45号总统令（关于电子交易）于2015年3月2日颁布。")
    decree = ID["decree/kenya-45"]
    assert _acts(store) == {decree}
    assert Literal("Presidential Decree No. 45", lang="en") in objects(store, decree, RDFS.label)
    assert objects(store, decree, WSIS.date) == {Literal("2015-03-02", datatype=XSD.date)}


def test_a_law_with_no_issuer_takes_the_country_of_the_header(reference):
    text = "国家：加纳共和国\n\n3. 第2012-9号法律于2012年颁布。\n"
    store = _store(reference, text)
    assert objects(store, ID["law/ghana-2012-9"], WSIS.issuedBy) == {ID["place/ghana"]}


def test_not_a_national_act(reference):
    # resolutions and decisions stay with the act recogniser; a law with no issuer anywhere is not kept;
    # a count of laws is no act
    for text in (
        "4. 大会第56/183号决议欢迎召开峰会。",
        "4. 经社理事会第2006/46号决定。",
        "4. 第2014-006号法律于2014年颁布。",
        "4. 塞内加尔通过了3项法律和2项法令。",
    ):
        assert not _acts(_store(reference, text)), text


def test_a_law_by_its_title_dated_before_it_issued_by_the_country_named_before(reference):
    store = _store(reference, "6. 肯尼亚于2019年11月颁布的《数据保护法》规定了个人数据的处理规则。")
    (law,) = _acts(store)
    assert str(law).startswith(str(ID["law/kenya-"]))
    assert objects(store, law, WSIS.issuedBy) == {ID["place/kenya"]}
    assert Literal("数据保护法", lang="zh") in objects(store, law, RDFS.label)
    assert objects(store, law, WSIS.date) == {Literal("2019-11", datatype=XSD.gYearMonth)}
    assert not objects(store, law, WSIS.number)


def test_a_law_by_its_title_in_force_on_a_date_takes_the_country_of_the_header(reference):
    text = "国家：加纳共和国\n\n3. 《网络安全法》于2020年12月29日生效，设立了网络安全局。\n"
    (law,) = _acts(_store(reference, text))
    assert str(law).startswith(str(ID["law/ghana-"]))
    assert objects(_store(reference, text), law, WSIS.date) == {Literal("2020-12-29", datatype=XSD.date)}


def test_not_a_law_by_its_title(reference):
    # no date printed with it, a model law, a method, or no country anywhere
    for text in (
        "国家：加纳共和国\n\n3. 政府正在起草《网络安全法》。\n",
        "国家：加纳共和国\n\n3. 2001年通过的《贸易法委员会电子签字示范法》为各国提供了参照。\n",
        "国家：加纳共和国\n\n3. 2018年颁布的《数据管理办法》规定了数据分类。\n",
        "3. 2015年颁布的《电子交易法》规定了电子签名的效力。",
    ):
        assert not _acts(_store(reference, text)), text
