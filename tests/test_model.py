"""The data model a newcomer queries (docs/MODEL.md): one named graph per triple, a legal prefixed name for
every entity kind, sortable date bounds, bilingual node labels, every predicate documented."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import RDFS, XSD

from graph_builder.rdf.namespaces import GRAPH_NAMES, ID, PREFIXES, WSIS, graph_iri

ROOT = Path(__file__).resolve().parent.parent
_PN_LOCAL = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?$")


@pytest.fixture(scope="module")
def dataset(built):
    return built[0].dataset


def test_no_triple_stands_in_two_named_graphs(dataset):
    where = defaultdict(list)
    for name in GRAPH_NAMES:
        for t in dataset.graph(graph_iri(name)):
            where[t].append(name)
    twice = {t: g for t, g in where.items() if len(g) > 1}
    assert twice == {}, list(twice.items())[:5]


def test_a_restated_entity_fact_keeps_its_statement(dataset):
    """A fact about a reference entity that graph/entities holds stays there, with its evidence."""
    from rdflib.namespace import RDF

    entities, evidence = dataset.graph(graph_iri("entities")), dataset.graph(graph_iri("evidence"))
    stated = {(evidence.value(st, RDF.subject), evidence.value(st, RDF.predicate), evidence.value(st, RDF.object))
              for st in evidence.subjects(RDF.type, WSIS.Statement)}
    assert any(t in entities for t in stated)


def test_every_entity_kind_has_a_prefix_with_legal_local_names(dataset):
    kinds, bad = set(), []
    for s in {s for name in ("entities", "facts") for s in dataset.graph(graph_iri(name)).subjects()}:
        if str(s).startswith(str(ID)):
            kind, _, slug = str(s)[len(str(ID)):].partition("/")
            kinds.add(kind)
            if not _PN_LOCAL.match(slug):
                bad.append(str(s))
    missing = sorted(k for k in kinds if k not in PREFIXES or str(PREFIXES[k]) != f"{ID}{k}/")
    assert missing == [] and bad == []


def test_prefixed_names_work_in_sparql(kg):
    rows = kg.sparql("PREFIX body: <https://w3id.org/wsiskg/id/body/> "
                     "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                     "SELECT ?l WHERE { body:hlsoc rdfs:label ?l }")
    assert rows


def test_turtle_and_jsonld_use_the_kind_prefixes():
    from graph_builder.exports.turtle import Namer

    namer = Namer()
    assert namer.iri(f"{ID}body/hlsoc") == "body:hlsoc"
    assert namer.iri(f"{ID}actionline/c7-e-health") == "actionline:c7-e-health"
    assert namer.iri("http://www.w3.org/ns/org#subOrganizationOf") == "w3corg:subOrganizationOf"
    from graph_builder.exports.jsonld import compact_iri, _prefix_table

    assert compact_iri(f"{ID}org/itu", _prefix_table()) == "org:itu"


def test_the_data_model_documents_every_kind_prefix():
    model = (ROOT / "docs" / "MODEL.md").read_text(encoding="utf-8")
    for prefix, ns in PREFIXES.items():
        assert f"`{prefix}:`" in model, prefix


_DATE_TYPES = (XSD.date, XSD.gYearMonth, XSD.gYear)
_BOUNDS = (WSIS.dateStart, WSIS.dateEnd, WSIS.deadlineStart, WSIS.deadlineEnd)


def test_every_date_has_start_and_end(dataset):
    facts = dataset.graph(graph_iri("facts"))
    missing = []
    for s, p, o in facts:
        if isinstance(o, Literal) and o.datatype in _DATE_TYPES and p not in _BOUNDS:
            start, end = (WSIS.deadlineStart, WSIS.deadlineEnd) if p == WSIS.deadline else (WSIS.dateStart, WSIS.dateEnd)
            for q in (start, end):
                v = facts.value(s, q)
                if v is None or v.datatype != XSD.date:
                    missing.append((str(s), str(p), str(q)))
    assert missing == []


def test_date_bounds_keep_precision_and_print(dataset):
    facts = dataset.graph(graph_iri("facts"))
    seasons = [s for s in facts.subjects(WSIS.datePrecision, Literal("season")) if facts.value(s, WSIS.dateStart)]
    assert seasons
    for s in seasons:
        start, end = facts.value(s, WSIS.dateStart).toPython(), facts.value(s, WSIS.dateEnd).toPython()
        assert (end - start).days > 80  # a season is three months, not the month it is typed by
        printed = [str(x) for x in facts.objects(s, WSIS.dateAsPrinted)]
        assert any(re.search("[春夏秋冬]", x) for x in printed), printed


def test_every_node_has_a_bilingual_label_naming_its_document(dataset):
    structure = dataset.graph(graph_iri("structure"))
    problems = []
    for node, doc_id in structure.subject_objects(WSIS.docId):
        labels = {l.language: str(l) for l in structure.objects(node, RDFS.label)}
        if set(labels) != {"en", "zh"}:
            problems.append((str(node), labels))
        elif "/" in str(node)[len("https://w3id.org/wsiskg/doc/"):] and not all(
                v.startswith(f"{doc_id} ") for v in labels.values()):
            problems.append((str(node), labels))
    assert problems == []


@pytest.mark.parametrize("node_id,en,zh", [
    ("004/tunis-agenda/para/103", "004 Tunis Agenda para 103", "004 信息社会突尼斯议程 第103段"),
    ("004/plan-of-action/para/13/b", "004 Plan of Action para 13 b)", "004 日内瓦行动计划 第13段 第b项"),
])
def test_node_labels(dataset, node_id, en, zh):
    from graph_builder.rdf.namespaces import node_iri

    labels = {l.language: str(l) for l in dataset.graph(graph_iri("structure")).objects(node_iri(node_id), RDFS.label)}
    assert labels == {"en": en, "zh": zh}


def test_node_labels_on_a_document_of_another_layout():
    from pathlib import Path as P

    from graph_builder.corpus import SourceText
    from graph_builder.rdf.node_labels import label_en, label_zh
    from graph_builder.structure import parse_document

    text = "第一部分\n\n1. 理事会决定设立工作组。\n\n2. 请秘书长提交报告：\n(a) 关于预算；\n(b) 关于人员。\n"
    doc = parse_document(SourceText("977", P("977-test.zh.txt"), text, "zh", "t", "测试", "t", "2004", ""))
    for n in doc.nodes[1:]:
        assert label_en(n).startswith("977 ") and label_zh(n).startswith("977 ")
    paras = [n for n in doc.nodes if n.kind == "Paragraph"]
    assert paras and all(re.search(r"第\d+段", label_zh(n)) for n in paras)


def test_every_node_label_segment_kind_is_translated():
    from graph_builder.rdf.node_labels import _segment

    class N:
        def __init__(self, kind, label, order=1):
            self.kind, self.label, self.order, self.title = kind, label, order, ""

    assert _segment(N("Paragraph", "7")) == "第7段"
    assert _segment(N("Annex", "Annex B (decisions)")) == "附件 B"
    assert _segment(N("Section", "三")) == "第三节"
    assert _segment(N("Part", "Tunis Agenda")) == "信息社会突尼斯议程"
    assert _segment(N("TableCell", "x", 4)) == "第4格"


def test_every_predicate_the_build_uses_is_documented_with_an_example(dataset):
    from graph_builder.model_reference import END, START, compact, used_predicates

    model = (ROOT / "docs" / "MODEL.md").read_text(encoding="utf-8")
    table = model[model.index(START):model.index(END)]
    documented = {}
    for line in table.splitlines():
        m = re.match(r"^\| `([^`]+)` \|[^|]*\|([^|]*)\| `([^`]+)` \|$", line)
        if m:
            documented[m.group(1)] = (m.group(2).strip(), m.group(3))
    missing = sorted(compact(p) for p in used_predicates(dataset) if compact(p) not in documented)
    assert missing == [], f"undocumented predicates (run python -m graph_builder.model_reference): {missing}"
    assert all(meaning and example for meaning, example in documented.values())


# Ontology properties the rules of the bundled corpus do not fill yet: the statement kinds they are for are
# rules still to come, or a form the bundled texts lack (a contradicting citation year:
# tests/facts/test_rules_citations.py fills it; a bounded member count: tests/facts/test_rules_meeting_kinds.py;
# a body set up at the request of a plan, an appointment made after consulting a body, a bounded participant or
# country count: tests/facts/frames).
# A property missing here and unused fails the test.
NOT_FILLED_BY_THE_BUNDLED_CORPUS = {
    "memberCountQualifier", "createdAtRequestOf", "consulted", "participantCountQualifier", "countryCountQualifier",
}
#: Filled by the documents of tests/fixtures (devdoc, unseen), not by the bundled corpus: tests/facts/frames
#: checks that a build with those documents fills them.
FILLED_BY_THE_FIXTURE_DOCUMENTS = {
    "agendaItem", "appointedBy", "approvedBy", "approves", "electedAt", "extendsMandateOf", "extensionYears",
    "member", "memberCount", "memberOf", "openedBy", "organizedBy", "represents", "submittedBy", "submittedTo",
    "amount", "citedYear", "inKind", "mandateTask", "organizationCount", "staffCount", "yearConflictsWith",
    "termOfOffice", "launchedAt", "partner", "viceChairOrganization", "chairRepresentative", "sender", "addressedTo",
    "enclosure", "transmittedBy", "expenditure", "shareOfTotal", "prize", "winner", "implementedBy", "winnerCount",
    "dueAtAsPrinted", "dueAtQualifier", "recurrence", "recurrenceAsPrinted", "openedAt", "closedAt",
    "addressesActionLine", "beneficiaryCount", "beneficiaryCountQualifier", "contactPerson",
    "voteOn", "votedPart", "votingMethod", "voteOutcome", "inFavourCount", "againstCount", "abstentionCount",
    "inFavour", "against", "abstaining", "voteAt", "introducedBy",
    "acceptance", "rowLabel", "columnLabel", "preparedBy", "percent",
}


def test_no_ontology_property_is_unused(dataset):
    from rdflib.namespace import OWL, RDF

    ontology = dataset.graph(graph_iri("ontology"))
    used = set()
    for name in GRAPH_NAMES:
        if name != "ontology":
            used |= set(dataset.graph(graph_iri(name)).predicates())
    declared = {p for t in (OWL.ObjectProperty, OWL.DatatypeProperty) for p in ontology.subjects(RDF.type, t)
                if str(p).startswith(str(WSIS))}
    unused = sorted(str(p)[len(str(WSIS)):] for p in declared - used)
    assert sorted(set(unused) - NOT_FILLED_BY_THE_BUNDLED_CORPUS - FILLED_BY_THE_FIXTURE_DOCUMENTS) == [], unused
    assert NOT_FILLED_BY_THE_BUNDLED_CORPUS | FILLED_BY_THE_FIXTURE_DOCUMENTS <= {
        str(p)[len(str(WSIS)):] for p in declared}


def test_place_facts_keeps_an_entity_triple_in_graph_entities_only():
    from rdflib import Graph, URIRef
    from rdflib.namespace import RDF, SKOS

    from graph_builder.pipeline import place_facts

    line, parent = URIRef(f"{ID}actionline/c9-x"), URIRef(f"{ID}actionline/c9")
    entities, facts = Graph(), Graph()
    entities.add((line, SKOS.broader, parent))
    facts.add((line, SKOS.broader, parent))
    facts.add((line, RDF.type, WSIS.ActionLine))
    placed = place_facts(facts, entities)
    assert (line, SKOS.broader, parent) not in placed and (line, RDF.type, WSIS.ActionLine) in placed


def test_locator_names_the_document_as_the_english_label_does(dataset):
    structure = dataset.graph(graph_iri("structure"))
    differ = []
    for node, doc_id in structure.subject_objects(WSIS.docId):
        if "/" not in str(node)[len("https://w3id.org/wsiskg/doc/"):]:
            continue
        loc = str(structure.value(node, WSIS.locator))
        en = next(str(l) for l in structure.objects(node, RDFS.label) if l.language == "en")
        if loc != en or not loc.startswith(f"{doc_id} "):
            differ.append((str(node), loc, en))
    assert differ == [], differ[:5]


def test_locator_of_a_publication_of_named_documents_starts_with_its_id():
    """A volume of two outcome documents (parts named by their titles): locators still start with the id."""
    from pathlib import Path as P

    from graph_builder.corpus import SourceText
    from graph_builder.rdf.structure_rdf import structure_graph
    from graph_builder.structure import parse_document

    text = ("成果文件汇编\n\n日内瓦原则宣言\n\n1. 我们重申团结一致。\n\n2. 我们认识到教育的作用。\n\n"
            "3. 我们承诺缩小差距。\n\n日内瓦行动计划\n\n1. 各方应合作建设基础设施。\n\n"
            "2. 各国政府应制定战略：\n- a) 推广公共访问点；\n- b) 培训教师。\n\n3. 应定期审查进展。\n")
    doc = parse_document(SourceText("978", P("978-test.zh.txt"), text, "zh", "t", "测试", "t", "2005", ""))
    g = structure_graph([doc])
    locators = [str(o) for o in g.objects(None, WSIS.locator)]
    assert any("Plan of Action para 2" in x for x in locators), locators
    assert all(x.startswith("978 ") for x in locators), [x for x in locators if not x.startswith("978 ")]


def test_an_unnumbered_paragraph_is_labelled_by_its_place_in_both_languages():
    from pathlib import Path

    from graph_builder.corpus import SourceText
    from graph_builder.rdf.node_labels import label_en, label_zh
    from graph_builder.structure import parse_document

    text = "新闻稿\n\n日内瓦，2019年5月3日——论坛今天闭幕。\n\n论坛由国际电联主办。\n"
    doc = parse_document(SourceText("t1", Path("t1.txt"), text, "zh", "t", "t", "ITU", "2019", ""))
    paras = doc.of_kind("Paragraph")
    assert [label_zh(p) for p in paras] == ["t1 第1段", "t1 第2段"]
    assert [label_en(p) for p in paras] == ["t1 paragraph 1", "t1 paragraph 2"]
