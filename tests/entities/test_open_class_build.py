"""A document written for this test (new persons, countries, governments, bodies, an index) goes through the
whole build with validation on: its minted entities are in graph/entities with their labels and label
sources, their mentions in graph/mentions, a person's nationality in graph/facts, and the names with no
English source in reports/untranslated.tsv."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, RDFS

from graph_builder.rdf.namespaces import ID, WSIS, graph_iri

TEXT = """# 南部非洲区域信息社会会议的报告

## 一、会议情况

1. 会议于2011年3月在温得和克举行，由纳米比亚共和国政府主办。会议选举博茨瓦纳的塔博·莫塞齐（Thabo Mosetsi）为主席，莱索托常驻联合国日内瓦办事处代表团的代表出席了会议。

2. 区域电信监管协会（RTRA）介绍了南部非洲宽带普及指数（SABI）的编制方法。王建国连任协会秘书长。

3. 会议注意到各国政府和发展中国家在接入方面的差距。
"""

MANIFEST = ("id\tfile\tlanguage\ttitle_en\ttitle_zh\tpublisher\tdate_or_period\tcontents\n"
            "950\t950-regional-meeting.zh.txt\tzh\tReport of a regional meeting\t南部非洲区域信息社会会议的报告\t"
            "test\t2011\ta regional meeting\n")


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    from graph_builder.pipeline import build

    corpus = tmp_path_factory.mktemp("corpus")
    (corpus / "MANIFEST.tsv").write_text(MANIFEST, encoding="utf-8")
    (corpus / "950-regional-meeting.zh.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    return build(corpus, out, reason=False), out


def test_builds_valid_with_minted_entities(result):
    res, _ = result
    ents = res.dataset.graph(graph_iri("entities"))
    assert (ID["org/government-of-namibia"], RDF.type, WSIS.Government) in ents
    assert (ID["org/government-of-namibia"], RDFS.label, Literal("Government of Namibia", lang="en")) in ents
    assert (ID["person/thabo-mosetsi"], RDFS.label, Literal("Thabo Mosetsi", lang="en")) in ents
    assert (ID["person/thabo-mosetsi"], WSIS.labelSource, Literal("text")) in ents
    assert (ID["place/botswana"], WSIS.labelSource, Literal("iso3166")) in ents
    assert (ID["org/permanent-mission-of-lesotho"], RDF.type, WSIS.Organization) in ents
    assert (ID["document/sabi"], WSIS.acronym, Literal("SABI")) in ents
    facts = res.dataset.graph(graph_iri("facts"))
    assert (ID["person/thabo-mosetsi"], WSIS.nationality, ID["place/botswana"]) in facts
    mentions = res.dataset.graph(graph_iri("mentions"))
    assert set(mentions.subjects(WSIS.entity, ID["person/thabo-mosetsi"]))


def test_no_false_country_or_person(result):
    res, _ = result
    ents = res.dataset.graph(graph_iri("entities"))
    assert (ID["place/china"], RDF.type, WSIS.Country) not in ents  # 发展中国家
    persons = {str(s) for s in ents.subjects(RDF.type, WSIS.Person) if (s, WSIS.labelSource, None) in ents}
    assert persons <= {str(ID["person/thabo-mosetsi"]), str(ID["person/wang-jianguo"])}


def test_untranslated_report(result):
    _, out = result
    rows = (Path(out) / "reports" / "untranslated.tsv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == "key\tclass\tzh"
    assert not any("thabo" in r or "namibia" in r for r in rows[1:])
