"""Citations (graph_builder/facts/rules_citations.py): nodes that cite acts and documents reference them, acts
cited inside an act's text, and citations whose year contradicts the act's known year, on new texts."""

from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import DCTERMS, XSD

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import ID, WSIS, node_iri
from tests.facts.test_rules_actions_helpers import extract_text, objects, subjects

RULES = ["citations.references", "citations.act-texts", "citations.year-conflicts", "org.act.cited"]


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def test_paragraphs_and_footnotes_reference_what_they_cite(reference):
    text = ("1. 理事会回顾联合国大会第58/200号决议和经社理事会第2004/17号决定，并注意到《联合国千年宣言》。\n\n"
            "2. 秘书处将按照上述决议开展工作。\n")
    store, _ = extract_text(reference, text, RULES, doc_id="979")
    refs = objects(store, node_iri("979/para/1"), DCTERMS.references)
    assert ID["resolution/unga-58-200"] in refs
    assert ID["decision/ecosoc-2004-17"] in refs
    assert ID["document/united-nations-millennium-declaration"] in refs
    assert not objects(store, node_iri("979/para/2"), DCTERMS.references)  # cites nothing by name


def test_plenipotentiary_year_contradiction_is_kept_as_printed_and_reported(reference):
    text = ("1. 第 88 号决议 (2002 年, 马拉喀什) 责成秘书长提交报告。\n\n"
            "2. 全权代表大会第 88 号决议 (2002 年, 马拉喀什) 请理事会审议。\n\n"
            "3. 根据第 88 号决议 (2006 年, 马拉喀什), 秘书长提交了报告。\n")
    store, src = extract_text(reference, text, RULES, doc_id="979")
    acts = {o for (s, p, o) in store.facts if p == DCTERMS.references}
    assert ID["resolution/itu-pp-88-2002"] in acts and ID["resolution/itu-pp-88-2006"] in acts
    assert objects(store, ID["resolution/itu-pp-88-2006"], WSIS.yearConflictsWith) == {ID["resolution/itu-pp-88-2002"]}
    assert objects(store, node_iri("979/para/3"), WSIS.citedYear) == {Literal("2006", datatype=XSD.gYear)}
    assert any("cited with year 2006" in w for w in store.documents["979"].warnings)


def test_an_act_cited_as_revised_at_a_later_conference_is_no_year_contradiction(reference):
    text = ("1. 第 88 号决议 (2002 年, 马拉喀什) 责成秘书长提交报告。\n\n"
            "2. 全权代表大会第 88 号决议 (2002 年, 马拉喀什) 请理事会审议。\n\n"
            "3. 根据第 88 号决议（2010年，瓜达拉哈拉，修订版），秘书长提交了报告。\n")
    store, src = extract_text(reference, text, RULES, doc_id="979")
    acts = {o for (s, p, o) in store.facts if p == DCTERMS.references}
    assert ID["resolution/itu-pp-88-2010"] in acts
    assert not [s for (s, p, o) in store.facts if p == WSIS.yearConflictsWith]
    assert not any("cited with year" in w for w in store.documents["979"].warnings)


def test_acts_cited_inside_an_act_text(reference, documents):
    """The corpus holds one resolution's text in an annex: that act references what its text cites."""
    from graph_builder.entities.linker import find_all_mentions
    from graph_builder.facts import extract

    store = extract(documents, reference, find_all_mentions([d.source for d in documents], reference), only=RULES)
    texts = {(s, o) for (s, p, o) in store.facts if p == WSIS.textIn}
    assert len(texts) == 1
    ((act, box),) = texts
    refs = objects(store, act, DCTERMS.references)
    assert len(refs) >= 3 and act not in refs
    assert all(str(r).startswith(str(ID)) for r in refs)


def test_un_document_symbols(reference):
    text = ("1. 本决议根据第三委员会的报告(A/62/431)通过。\n\n"
            "2. 见《大会正式记录，第五十五届会议，补编第 3 号》(A/55/3/Rev.1)。\n\n"
            "3. 联大E/2007/12号文件提出了建议。\n")
    store, _ = extract_text(reference, text, ["citations.un-documents"], doc_id="979")
    report = ID["document/un-a-62-431"]
    from rdflib.namespace import RDF

    assert objects(store, report, RDF.type) == {WSIS.Report}
    assert objects(store, node_iri("979/para/1"), DCTERMS.references) == {report}
    # a symbol printed right after a listed document's name is that document's symbol, not a new document
    assert objects(store, ID["document/gaor-55-supplement-3"], WSIS.documentSymbol) == {Literal("A/55/3/Rev.1")}
    assert not subjects(store, WSIS.documentSymbol, Literal("A/55/3/Rev.1")) - {ID["document/gaor-55-supplement-3"]}


def test_this_resolution_references_the_act_cited_just_before(reference):
    text = ("1. 大会第60/252号决议欢迎峰会的成果。\n\n2. 该决议还请秘书长提交报告。\n\n"
            "3. 经社理事会第2006/46号决议和大会第61/16号决议均涉及后续行动。\n\n4. 上述决议强调了多利益相关方的参与。\n")
    store, src = extract_text(reference, text, RULES + ["citations.anaphora"], doc_id="979")
    assert objects(store, node_iri("979/para/2"), DCTERMS.references) == {ID["resolution/unga-60-252"]}
    (ev,) = store.facts[(node_iri("979/para/2"), DCTERMS.references, ID["resolution/unga-60-252"])]
    assert src.text[ev.start:ev.end] == "该决议"
    assert not objects(store, node_iri("979/para/4"), DCTERMS.references)  # two acts just before: not said which


def test_this_resolution_far_from_any_citation_is_not_linked(reference):
    filler = "秘书处开展了大量筹备工作。" * 60
    text = f"1. 大会第60/252号决议欢迎峰会的成果。\n\n2. {filler}\n\n3. 该决议的执行情况良好。\n"
    store, _ = extract_text(reference, text, RULES + ["citations.anaphora"], doc_id="979")
    assert not objects(store, node_iri("979/para/3"), DCTERMS.references)


def test_this_resolution_after_an_unnamed_new_one_is_not_linked(reference):
    text = "1. 大会第60/252号决议欢迎峰会的成果。\n\n2. 理事会随后通过了一项决议，该决议设立了一个专家组。\n"
    store, _ = extract_text(reference, text, RULES + ["citations.anaphora"], doc_id="979")
    assert not objects(store, node_iri("979/para/2"), DCTERMS.references)
