"""Money and staff rules (graph_builder/facts/rules_money.py, rules_money_prose.py): new tables and sentences of
the 001 forms (other names, amounts, currencies, dates), the corpus itself, and the total check query."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Literal
from rdflib.namespace import RDF, RDFS, XSD

from graph_builder import paths
from graph_builder.corpus import SourceText
from graph_builder.entities.linker import find_all_mentions
from graph_builder.entities.reference import load_reference
from graph_builder.facts import extract
from graph_builder.rdf.namespaces import ID, WSIS, graph_iri, node_iri
from graph_builder.rdf.structure_rdf import structure_graph
from graph_builder.structure.parser import parse_document
from tests.facts.test_rules_actions_helpers import objects

MONEY_RULES = ["money.contributions", "money.secondments", "money.staff", "money.facilities",
               "money.budgets", "money.direct-contributions", "money.guarantees", "money.facilities-prose",
               "money.staff-prose", "money.host-countries"]

# The layout of the 001 annex (parsed with the 001 profile), with other contributors, amounts, currencies,
# an as-of date, a part-time mark and facilities; and prose of the 001 forms with other actors and figures.
SYNTHETIC = """背景

1．
世界卫生组织为论坛和区域会议直接捐资250万瑞士法郎。国际电联理事会也决定为论坛筹备的周转资金建立贷款担保机制。

2． 举行第二阶段峰会经费概算为480万瑞士法郎，第一阶段需要的经费与第二阶段接近。

3． 执行秘书处的办公室由瑞士政府提供，由国际电联进行装修。大约有12位专家被派往ES工作。高层峰会组织委员会由执行秘书处提供支持。

4． 除希腊和马耳他两个东道国的财政支持外，峰会还必须借助所有相关利益方面的捐款。

附件

论坛捐款（截止至2004年3月31日）
1. WSIS基金的捐款
   1.1  收到捐款

\t希腊政府（200 000欧元）
\t300 000瑞士法郎

\t世界卫生组织
\t20 000瑞士法郎

\t已收到捐款合计
\t320 000瑞士法郎

   1.2 承诺款额

\t希腊政府(100 000美元)
\t150 000瑞士法郎

\t总承诺款项
\t150 000瑞士法郎

注—希腊捐款和承诺的资金不包括其作为东道国提供的支持和服务。

2. 
借款
\t国际电联电信展资本基金
\t高达2 000 000瑞士法郎

3. 
执行秘书处职员（工资由他们的派出机构负担）

\t希腊政府
\t2名专家**

\t世界卫生组织
\t4名专家

\t（**为兼职）

4.
 执行秘书处的设施

\t希腊政府
\t计算机、家具

5.
 国际电联职员

\t全职人员
\t7

\t兼职人员
\t2

\t其它
\t法律服务

\t
\t协调组
"""


@pytest.fixture(scope="module")
def reference():
    return load_reference()


@pytest.fixture(scope="module")
def synthetic(reference):
    # The 001 file name selects the 001 profile, so the annex is parsed as tables.
    src = SourceText("001", Path("001-itu-sg-report-wsis-2003.zh.txt"), SYNTHETIC, "zh", "t", "t", "t", "2004", "")
    doc = parse_document(src)
    return extract([doc], reference, find_all_mentions([src], reference), only=MONEY_RULES), src


@pytest.fixture(scope="module")
def corpus(documents, reference):
    mentions = find_all_mentions([d.source for d in documents], reference)
    return extract(documents, reference, mentions, only=MONEY_RULES)


def one(store, s, p):
    found = objects(store, s, p)
    assert len(found) == 1, (s, p, found)
    return next(iter(found))


def subjects(store, p, o) -> set:
    return {s for (s, p2, o2) in store.facts if p2 == p and o2 == o}


def quotes(store, s, p, o, text: str) -> set[str]:
    return {text[e.start:e.end] for e in store.facts[(s, p, o)]}


def dec(x) -> Literal:
    return Literal(str(x), datatype=XSD.decimal)


# --------------------------------------------------------------------------- new tables and sentences
def test_contributions_from_a_new_table(synthetic):
    store, src = synthetic
    greece = ID["contribution/001-annex-1.1-row-1"]
    assert one(store, greece, RDF.type) == WSIS.Contribution
    assert one(store, greece, WSIS.contributor) == ID["org/government-of-greece"]
    assert Decimal(one(store, greece, WSIS.amountCHF)) == Decimal(300000)
    assert Decimal(one(store, greece, WSIS.originalAmount)) == Decimal(200000)
    assert one(store, greece, WSIS.originalCurrency) == Literal("EUR")
    assert one(store, greece, WSIS.status) == Literal("received")
    assert one(store, greece, WSIS.asOf) == Literal("2004-03-31", datatype=XSD.date)
    assert one(store, greece, WSIS.toFund) == ID["body/wsis-special-trust-fund"]
    assert one(store, greece, WSIS.listedIn) == node_iri("001/annex/1.1/row/1")
    assert {o.language for o in objects(store, greece, RDFS.label)} == {"en", "zh"}
    # the evidence of each value is the words that print it
    assert quotes(store, greece, WSIS.amountCHF, one(store, greece, WSIS.amountCHF), src.text) == {"300 000瑞士法郎"}
    assert quotes(store, greece, WSIS.originalCurrency, Literal("EUR"), src.text) == {"200 000欧元"}
    assert quotes(store, greece, WSIS.status, Literal("received"), src.text) == {"收到"}
    # an amount printed in CHF only: the original currency is CHF
    who = ID["contribution/001-annex-1.1-row-2"]
    assert one(store, who, WSIS.contributor) == ID["org/who"]
    assert one(store, who, WSIS.originalCurrency) == Literal("CHF")
    pledge = ID["contribution/001-annex-1.2-row-1"]
    assert one(store, pledge, WSIS.status) == Literal("pledged")
    assert one(store, pledge, WSIS.originalCurrency) == Literal("USD")
    # the same contributor twice: one entity, two contributions
    assert subjects(store, WSIS.contributor, ID["org/government-of-greece"]) == {greece, pledge}


def test_table_note_goes_to_the_contributions_of_the_country_it_names(synthetic):
    store, _ = synthetic
    note = Literal("注—希腊捐款和承诺的资金不包括其作为东道国提供的支持和服务。", lang="zh")
    assert subjects(store, WSIS.note, note) == {ID["contribution/001-annex-1.1-row-1"],
                                                ID["contribution/001-annex-1.2-row-1"]}


def test_total_rows_are_stated_totals(synthetic):
    store, _ = synthetic
    received, pledged = ID["total/001-annex-1.1-received"], ID["total/001-annex-1.2-pledged"]
    assert one(store, received, RDF.type) == WSIS.StatedTotal
    assert Decimal(one(store, received, WSIS.amountCHF)) == Decimal(320000)
    assert one(store, received, WSIS.status) == Literal("received")
    assert Decimal(one(store, pledged, WSIS.amountCHF)) == Decimal(150000)
    assert not objects(store, received, WSIS.contributor)


def test_loan_up_to_an_amount(synthetic):
    store, _ = synthetic
    loan = ID["contribution/001-annex-2-row-1"]
    assert one(store, loan, WSIS.status) == Literal("loan")
    assert one(store, loan, WSIS.contributor) == ID["body/itu-telecom-capital-fund"]
    assert Decimal(one(store, loan, WSIS.amountCHF)) == Decimal(2000000)
    assert one(store, loan, WSIS.amountQualifier) == Literal("up to")
    assert not objects(store, loan, WSIS.toFund)  # the fund heading frames section 1 only


def test_secondments_with_part_time_mark_and_salaries(synthetic):
    store, src = synthetic
    greece = ID["secondment/001-government-of-greece-to-wsis-executive-secretariat"]
    who = ID["secondment/001-who-to-wsis-executive-secretariat"]
    assert one(store, greece, WSIS.expertCount) == Literal(2, datatype=XSD.integer)
    assert one(store, greece, WSIS.partTime) == Literal(True)
    assert one(store, who, WSIS.partTime) == Literal(False)
    assert one(store, who, WSIS.expertCount) == Literal(4, datatype=XSD.integer)
    assert one(store, greece, WSIS.providedTo) == ID["body/wsis-executive-secretariat"]
    assert one(store, greece, WSIS.paidBy) == ID["org/government-of-greece"]
    assert "（**为兼职）"[1:-1] in {q for q in quotes(store, greece, WSIS.partTime, Literal(True), src.text)}



def test_a_body_is_staffed_by_whoever_seconds_experts_to_it(synthetic):
    """The heading names the body, each row who seconds experts to it: both are the evidence."""
    store, src = synthetic
    es = ID["body/wsis-executive-secretariat"]
    assert {ID["org/government-of-greece"], ID["org/who"]} <= objects(store, es, WSIS.staffedBy)
    found = quotes(store, es, WSIS.staffedBy, ID["org/government-of-greece"], src.text)
    assert len(found) == 2 and any("希腊" in q for q in found)

def test_facility_table_one_provision_per_item(synthetic):
    store, _ = synthetic
    es = ID["body/wsis-executive-secretariat"]
    provisions = subjects(store, WSIS.provider, ID["org/government-of-greece"]) & subjects(store, RDF.type,
                                                                                              WSIS.FacilityProvision)
    assert {one(store, p, WSIS.facility) for p in provisions} == {Literal("计算机", lang="zh"), Literal("家具", lang="zh")}
    assert all(one(store, p, WSIS.providedTo) == es for p in provisions)


def test_facilities_in_prose(synthetic):
    store, _ = synthetic
    offices = ID["facility/government-of-switzerland-offices-for-wsis-executive-secretariat"]
    assert one(store, offices, WSIS.facility) == Literal("办公室", lang="zh")
    assert one(store, offices, WSIS.provider) == ID["org/government-of-switzerland"]
    refurbished = ID["facility/itu-refurbishment-for-wsis-executive-secretariat"]
    assert one(store, refurbished, WSIS.provider) == ID["org/itu"]
    # 由执行秘书处提供支持 is support, not a facility
    assert not subjects(store, WSIS.provider, ID["body/wsis-executive-secretariat"])


def test_staff_table(synthetic):
    store, _ = synthetic
    full = ID["staff/001-itu-full-time-staff"]
    part = ID["staff/001-itu-part-time-staff"]
    other = ID["staff/001-itu-other-units"]
    assert one(store, full, WSIS["count"]) == Literal(7, datatype=XSD.integer)
    assert one(store, full, WSIS.partTime) == Literal(False)
    assert one(store, part, WSIS["count"]) == Literal(2, datatype=XSD.integer)
    assert one(store, part, WSIS.partTime) == Literal(True)
    assert one(store, full, WSIS.provider) == ID["org/itu"]
    assert objects(store, other, WSIS.contributingUnit) == {Literal("法律服务", lang="zh"), Literal("协调组", lang="zh")}


def test_budget_estimate_and_comparison(synthetic):
    store, _ = synthetic
    budget = ID["budget/wsis-tunis-phase-estimate"]
    assert one(store, budget, RDF.type) == WSIS.Budget
    assert Decimal(one(store, budget, WSIS.amountCHF)) == Decimal(4800000)
    assert one(store, budget, WSIS.budgetFor) == ID["event/wsis-tunis-phase"]
    assert one(store, budget, WSIS.status) == Literal("estimate")
    assert one(store, budget, WSIS.comparedTo) == Literal("第一阶段需要的经费与第二阶段接近", lang="zh")


def test_direct_contribution_and_guarantee_mechanism(synthetic):
    store, _ = synthetic
    gift = ID["contribution/001-para-1-who"]
    assert one(store, gift, WSIS.contributor) == ID["org/who"]
    assert Decimal(one(store, gift, WSIS.amountCHF)) == Decimal(2500000)
    assert one(store, gift, WSIS.purpose) == Literal("论坛和区域会议", lang="zh")
    assert not objects(store, gift, WSIS.toFund)
    guarantee = ID["guarantee/itu-council-001-para-1"]
    assert one(store, guarantee, RDF.type) == WSIS.LoanGuarantee
    assert one(store, guarantee, WSIS.createdBy) == ID["body/itu-council"]
    assert one(store, guarantee, WSIS.purpose) == Literal("论坛筹备的周转资金", lang="zh")


def test_expert_count_in_prose(synthetic):
    store, _ = synthetic
    figure = ID["staff/001-para-3-seconded-experts"]
    assert one(store, figure, WSIS["count"]) == Literal(12, datatype=XSD.integer)
    assert one(store, figure, WSIS.countQualifier) == Literal("about")
    assert one(store, figure, WSIS.providedTo) == ID["body/wsis-executive-secretariat"]


def test_host_countries_set_apart(synthetic):
    store, src = synthetic
    assert objects(store, ID["event/wsis"], WSIS.hostedBy) == {ID["place/greece"], ID["place/malta"]}
    assert quotes(store, ID["event/wsis"], WSIS.hostedBy, ID["place/malta"], src.text) == {"马耳他两个东道国"}


def test_every_quote_is_the_source_slice_and_no_blank_nodes(synthetic):
    store, src = synthetic
    facts, evidence = store.graphs()
    for (s, p, o), evs in store.facts.items():
        assert str(s).startswith(str(ID)), s  # n-ary nodes get readable entity IRIs
        for e in evs:
            assert 0 <= e.start < e.end <= len(src.text)
            node = next(n for n in parse_document(src).nodes if n.id == e.node_id)
            assert node.start <= e.start and e.end <= node.end
    assert not any(isinstance(x, BNode) for t in list(facts) + list(evidence) for x in t)


# --------------------------------------------------------------------------- the corpus
def test_corpus_contributions_and_totals(corpus):
    received = subjects(corpus, WSIS.status, Literal("received")) & subjects(corpus, WSIS.toFund,
                                                                            ID["body/wsis-special-trust-fund"])
    pledged = subjects(corpus, WSIS.status, Literal("pledged"))
    received_rows = {c for c in received if one(corpus, c, RDF.type) == WSIS.Contribution}
    pledged_rows = {c for c in pledged if one(corpus, c, RDF.type) == WSIS.Contribution}
    assert len(received_rows) == 14 and len(pledged_rows) == 5
    assert sum(Decimal(one(corpus, c, WSIS.amountCHF)) for c in received_rows) == Decimal(2243419)
    assert sum(Decimal(one(corpus, c, WSIS.amountCHF)) for c in pledged_rows) == Decimal(3030450)
    assert Decimal(one(corpus, ID["total/001-annex-1.1-received"], WSIS.amountCHF)) == Decimal(2243419)
    assert Decimal(one(corpus, ID["total/001-annex-1.2-pledged"], WSIS.amountCHF)) == Decimal(3030450)
    japan = ID["contribution/001-annex-1.1-row-1"]
    assert Decimal(one(corpus, japan, WSIS.originalAmount)) == Decimal(62691030)
    assert one(corpus, japan, WSIS.originalCurrency) == Literal("JPY")
    assert len(subjects(corpus, WSIS.contributor, ID["org/sdc"])) == 2


def test_corpus_notes_budget_loan_and_itu(corpus):
    swiss_note = {s for (s, p, o) in corpus.facts if p == WSIS.note and "东道国" in str(o)}
    contributors = {one(corpus, s, WSIS.contributor) for s in swiss_note}
    assert contributors == {ID["org/government-of-switzerland"], ID["org/sdc"]}  # not the Swiss company
    assert one(corpus, ID["contribution/001-annex-1.2-row-3"], WSIS.note) == Literal("2004-2007财政计划", lang="zh")
    budget = ID["budget/wsis-geneva-phase-estimate"]
    assert Decimal(one(corpus, budget, WSIS.amountCHF)) == Decimal(5900000)
    assert one(corpus, budget, WSIS.comparedTo) == Literal("第二阶段需要的经费与第一阶段接近", lang="zh")
    loan = ID["contribution/001-annex-2-row-1"]
    assert one(corpus, loan, WSIS.amountQualifier) == Literal("up to")
    itu = ID["contribution/001-para-23-itu"]
    assert Decimal(one(corpus, itu, WSIS.amountCHF)) == Decimal(1800000)
    assert one(corpus, ID["guarantee/itu-council-001-para-23"], WSIS.createdBy) == ID["body/itu-council"]
    assert objects(corpus, ID["event/wsis"], WSIS.hostedBy) == {ID["place/switzerland"], ID["place/tunisia"]}
    assert objects(corpus, ID["event/wsis-geneva-phase"], WSIS.hostedBy) == {ID["place/switzerland"]}


def test_corpus_staff_and_facilities(corpus):
    part_time = subjects(corpus, WSIS.partTime, Literal(True)) & subjects(corpus, RDF.type, WSIS.Secondment)
    assert {one(corpus, s, WSIS.provider) for s in part_time} == {ID["org/kddi"]}
    civil = ID["secondment/001-civil-society-to-wsis-executive-secretariat"]
    assert one(corpus, civil, WSIS.paidBy) == ID["place/canton-of-geneva"]
    assert one(corpus, civil, WSIS.expertCount) == Literal(5, datatype=XSD.integer)
    secondments = subjects(corpus, RDF.type, WSIS.Secondment)
    assert sum(int(one(corpus, s, WSIS.expertCount)) for s in secondments) == 17
    offices = ID["facility/itu-offices-for-wsis-executive-secretariat"]
    # stated in the 001 annex, 001 para 19 and 000 para 20: one node, three evidence records
    assert {e.node_id for e in corpus.facts[(offices, WSIS.provider, ID["org/itu"])]} == {
        "001/annex/4/row/2/cell/1", "001/para/19", "000/para/20"}
    refurbished = ID["facility/government-of-switzerland-refurbishment-for-wsis-executive-secretariat"]
    assert one(corpus, refurbished, WSIS.facility) == Literal("装修", lang="zh")
    assert one(corpus, ID["staff/001-para-19-seconded-experts"], WSIS["count"]) == Literal(16, datatype=XSD.integer)
    assert one(corpus, ID["staff/000-para-20-commitments-to-second-experts"], WSIS["count"]) == Literal(
        14, datatype=XSD.integer)
    assert one(corpus, ID["staff/001-itu-full-time-staff"], WSIS["count"]) == Literal(4, datatype=XSD.integer)


def test_corpus_rules_are_deterministic(documents, reference):
    mentions = find_all_mentions([d.source for d in documents], reference)
    a = extract(documents, reference, mentions, only=MONEY_RULES).graphs()[0].serialize(format="nt")
    b = extract(documents, reference, mentions, only=MONEY_RULES).graphs()[0].serialize(format="nt")
    assert sorted(a.splitlines()) == sorted(b.splitlines())


# --------------------------------------------------------------------------- the total check query
def _kg_over(tmp_path: Path, documents, store):
    from graph_builder.query.api import KG

    ds = Dataset()
    for name, g in (("structure", structure_graph(documents)), ("facts", store.graphs()[0])):
        target = ds.graph(graph_iri(name))
        for t in g:
            target.add(t)
    (tmp_path / "wsis.trig").write_text(ds.serialize(format="trig"), encoding="utf-8")
    return KG(data_dir=tmp_path)


CHECK = (paths.queries_dir() / "checks" / "money-total-violation.rq").read_text(encoding="utf-8")


def test_total_check_is_empty_on_the_corpus(tmp_path, documents, corpus):
    assert _kg_over(tmp_path, documents, corpus).sparql(CHECK) == []


def test_total_check_reports_a_total_that_differs_from_its_rows(tmp_path, documents, reference):
    mentions = find_all_mentions([d.source for d in documents], reference)
    store = extract(documents, reference, mentions, only=["money.contributions"])
    japan = ID["contribution/001-annex-1.1-row-1"]
    amount = one(store, japan, WSIS.amountCHF)
    evidence = store.facts.pop((japan, WSIS.amountCHF, amount))
    store.facts[(japan, WSIS.amountCHF, dec(796836))] = evidence  # one franc more than printed
    rows = _kg_over(tmp_path, documents, store).sparql(CHECK)
    assert [(r["total"], r["status"]) for r in rows] == [(str(ID["total/001-annex-1.1-received"]), "received")]
    assert Decimal(str(rows[0]["computedCHF"])) == Decimal(2243420)


@pytest.mark.parametrize("text, who, note", [
    ("1. 联合国教科文组织以提供会议场地和口译服务的形式提供了实物支助。\n", "org/unesco", "提供会议场地和口译服务"),
    ("1. 本年度，国际电联向工作组提供了实物支持。\n", "org/itu", "实物支持"),
    ("1. 肯尼亚政府承担了第二次会议的全部会议费用。\n", "org/government-of-kenya", "第二次会议的全部会议费用"),
])
def test_support_given_in_kind_is_a_contribution_in_kind(reference, text, who, note):
    from tests.facts.test_rules_actions_helpers import extract_text

    store, src = extract_text(reference, text, ["money.in-kind"])
    (c,) = {s for s, p, o in store.facts if p == WSIS.contributor and o == ID[who]}
    assert objects(store, c, WSIS.inKind) == {Literal(True)}
    assert objects(store, c, WSIS.note) == {Literal(note, lang="zh")}


@pytest.mark.parametrize("text", [
    "1. 委员会依靠成员的自愿捐助和实物支助。\n",  # no giver, no giving
    "1. 请联合国教科文组织提供实物支助。\n",  # asked, not given
    "1. 国际电联承担了秘书处的职责。\n",  # a duty, not costs
])
def test_no_contribution_in_kind_where_nothing_is_given(reference, text):
    from tests.facts.test_rules_actions_helpers import extract_text

    store, src = extract_text(reference, text, ["money.in-kind"])
    assert not [f for f in store.facts if f[1] == WSIS.inKind]
