"""Document rules (graph_builder/facts/rules_actions_documents.py): new texts of the corpus' forms, and the corpus."""

from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from graph_builder.entities.linker import find_all_mentions
from graph_builder.entities.reference import load_reference
from graph_builder.facts import extract
from graph_builder.rdf.namespaces import ID, SCHEMA, WSIS, node_iri
from tests.facts.test_rules_actions_helpers import objects, quotes, store_for, subjects

RULES = ["actions.documents.text", "actions.documents.adopted", "actions.documents.reports",
         "actions.documents.sections", "actions.documents.refs", "actions.themes"]

TEXT = """日内瓦 原则宣言

A. 共同展望

1. 我们汇聚一堂。

2. 我们承担责任。

B. 原则

3. 原则很重要。

2008年3月4日，日内瓦

突尼斯

承诺

1. 我们重申日内瓦《原则宣言》的第1和3段，并认识到其重要性。

2. 正如《日内瓦原则宣言》第2段所指出的那样，各方应合作。根据第 999 号决议 (C2007/55 号文件)。

3. 我们认识到第2段提及的各方的作用。

2009年10月11日，突尼斯

本出版物含有两个阶段的成果。于2009年10月9—11日在突尼斯举办的第二阶段会议拟定了《突尼斯承诺》。
"""


@pytest.fixture(scope="module")
def reference():
    return load_reference()


@pytest.fixture()
def synthetic(monkeypatch, reference):
    return store_for(monkeypatch, reference, TEXT, RULES, doc_id="004")


def test_outcome_documents_text_date_place(synthetic):
    store, doc = synthetic
    decl, com = ID["document/geneva-declaration-of-principles"], ID["document/tunis-commitment"]
    assert objects(store, decl, WSIS.textIn) == {node_iri("004/declaration")}
    assert objects(store, com, WSIS.textIn) == {node_iri("004/commitment")}
    assert objects(store, decl, WSIS.date) == {Literal("2008-03-04", datatype=XSD.date)}
    assert objects(store, com, WSIS.isoDate) == {Literal("2009-10-11")}
    assert objects(store, com, SCHEMA.location) == {ID["place/tunis"]}
    assert quotes(store, doc, decl, WSIS.date, Literal("2008-03-04", datatype=XSD.date)) == ["2008年3月4日"]


def test_adopted_at_the_phase_named_before_the_verb(synthetic):
    store, _ = synthetic
    assert objects(store, ID["document/tunis-commitment"], WSIS.adoptedAt) == {ID["event/wsis-tunis-phase"]}
    assert not objects(store, ID["document/geneva-declaration-of-principles"], WSIS.adoptedAt)


def test_reaffirmed_and_cited_paragraphs(synthetic):
    store, _ = synthetic
    src = node_iri("004/commitment/para/1")
    assert objects(store, src, WSIS.reaffirms) == {node_iri("004/declaration/para/1"), node_iri("004/declaration/para/3")}
    assert objects(store, node_iri("004/commitment/para/2"), WSIS.refersTo) >= {node_iri("004/declaration/para/2")}
    # "第2段提及的" without a document name: a paragraph of the text itself
    assert objects(store, node_iri("004/commitment/para/3"), WSIS.refersTo) == {node_iri("004/commitment/para/2")}


def test_council_document_symbols(synthetic):
    store, _ = synthetic
    cd = ID["document/itu-council-c2007-55"]
    assert objects(store, cd, RDF.type) == {WSIS.CouncilDocument}
    assert objects(store, cd, WSIS.documentSymbol) == {Literal("C2007/55")}
    assert cd in objects(store, node_iri("004/commitment/para/2"), WSIS.refersTo)


def test_section_paragraph_ranges(synthetic):
    store, _ = synthetic
    a = node_iri("004/declaration/section/a")
    assert objects(store, a, WSIS.firstParagraph) == {node_iri("004/declaration/para/1")}
    assert objects(store, a, WSIS.lastParagraph) == {node_iri("004/declaration/para/2")}


def test_a_text_with_a_report_title_line_is_a_report(monkeypatch, reference):
    store, _ = store_for(monkeypatch, reference, "秘书长的报告\n\n背景\n\n1. 理事会审议了报告。\n", RULES, doc_id="930")
    report = ID["document/corpus-930"]
    assert objects(store, report, RDF.type) == {WSIS.Report}
    assert objects(store, report, WSIS.textIn) == {node_iri("930")}
    assert objects(store, report, RDFS.label) == {Literal("Test report", lang="en"), Literal("测试报告", lang="zh")}


def test_a_text_without_a_title_line_is_not_typed(synthetic):
    store, _ = synthetic
    assert not objects(store, ID["document/corpus-004"], RDF.type)


# ------------------------------------------------------------------------------------- the corpus
@pytest.fixture(scope="module")
def corpus_store(documents, reference):
    mentions = find_all_mentions([d.source for d in documents], reference)
    return extract(documents, reference, mentions, only=RULES)


def test_corpus_four_outcome_documents(corpus_store):
    docs = subjects(corpus_store, RDF.type, WSIS.OutcomeDocument)
    assert docs == {ID[f"document/{k}"] for k in (
        "geneva-declaration-of-principles", "geneva-plan-of-action", "tunis-commitment", "tunis-agenda")}
    geneva, tunis = ID["event/wsis-geneva-phase"], ID["event/wsis-tunis-phase"]
    assert objects(corpus_store, ID["document/geneva-plan-of-action"], WSIS.adoptedAt) == {geneva}
    assert objects(corpus_store, ID["document/tunis-agenda"], WSIS.adoptedAt) == {tunis}
    assert objects(corpus_store, ID["document/geneva-plan-of-action"], WSIS.isoDate) == {Literal("2003-12-12")}
    assert objects(corpus_store, ID["document/tunis-commitment"], WSIS.isoDate) == {Literal("2005-11-18")}
    assert not objects(corpus_store, ID["document/tunis-agenda"], WSIS.isoDate)  # it has no date line


def test_corpus_reaffirms_declaration_paragraphs(corpus_store):
    src = node_iri("004/tunis-commitment/para/4")
    assert objects(corpus_store, src, WSIS.reaffirms) == {
        node_iri(f"004/declaration/para/{n}") for n in (4, 5, 55)}


def test_corpus_council_documents_and_themes(corpus_store):
    council = subjects(corpus_store, RDF.type, WSIS.CouncilDocument)
    assert {ID["document/itu-council-c2000-87"], ID["document/itu-council-c2001-114"],
            ID["document/itu-council-c99-41"]} <= council
    # the row printed 'A.' over sub-themes B.1-B.4 is theme B; its sub-themes keep their printed codes
    assert objects(corpus_store, ID["theme/b.1"], SKOS.broader) == {ID["theme/b"]}
    assert objects(corpus_store, ID["theme/b"], WSIS.definedIn) == {node_iri("000/themes/row/2")}
    assert len(subjects(corpus_store, SKOS.inScheme, WSIS.ThemeScheme)) >= 6 + 20
