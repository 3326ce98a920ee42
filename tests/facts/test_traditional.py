"""Texts written in traditional characters build into the facts of their simplified twins.

The devdoc 902, converted to traditional characters with OpenCC at test time (no converted copy is kept),
answers the 902 gold questions through the saved queries, states the same facts with quotes in its own
characters at its own offsets, and is tagged zh-Hant. A handwritten traditional paragraph gives the facts of
its handwritten simplified twin. Simplified texts are read as they are.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph_builder.corpus import SourceText
from graph_builder.rdf.namespaces import graph_iri
from graph_builder.script import shadow
from tests.facts.frames.test_unseen import CASES, DEVDOC, _evidenced, _matches, _rows

opencc = pytest.importorskip("opencc")

ROOT = Path(__file__).resolve().parents[2]
TEXT_902 = DEVDOC / "902-itu-cstd-progress-2010.zh.txt"
ROW_902 = (DEVDOC / "902-manifest-row.tsv").read_text(encoding="utf-8").strip("\n")
WSIS = "https://w3id.org/wsiskg/ontology#"
_T2S = opencc.OpenCC("t2s")


def _simplified(value):
    return _T2S.convert(value) if isinstance(value, str) else value


def _build(tmp: Path, text: str, data: bool):
    from graph_builder.pipeline import build

    corpus = tmp / "corpus"
    corpus.mkdir()
    header = (ROOT / "corpus" / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[0]
    (corpus / "MANIFEST.tsv").write_text(f"{header}\n{ROW_902}\n", encoding="utf-8")
    (corpus / TEXT_902.name).write_text(text, encoding="utf-8")
    out = tmp / "build"
    result = build(corpus, out if data else None, reason=False)  # validation on: a violation fails here
    return result, out


@pytest.fixture(scope="module")
def twins(tmp_path_factory):
    """(simplified build, traditional build, the traditional text, its build folder)."""
    simplified = TEXT_902.read_text(encoding="utf-8")
    traditional = opencc.OpenCC("s2t").convert(simplified)
    assert len(traditional) == len(simplified) and traditional != simplified
    simp, _ = _build(tmp_path_factory.mktemp("simplified"), simplified, data=False)
    trad, out = _build(tmp_path_factory.mktemp("traditional"), traditional, data=True)
    yield simp, trad, traditional, out
    shutil.rmtree(out, ignore_errors=True)


@pytest.fixture(scope="module")
def twin_kg(twins):
    from graph_builder.query.api import KG

    return KG(data_dir=twins[3])


def _graph(result, name: str) -> list[ox.Quad]:
    return list(result.store.quads_for_pattern(None, None, None, ox.NamedNode(str(graph_iri(name)))))


def _key(term):
    """A term with its Chinese in simplified characters (a literal keeps its datatype and language)."""
    if isinstance(term, ox.Literal):
        return (_T2S.convert(term.value), term.language, term.datatype.value)
    return term.value


class _SimplifiedRows:
    """The saved queries of a build, their cells read in simplified characters (what the gold answers use)."""

    def __init__(self, kg):
        self.kg = kg

    def query(self, name, **params):
        return [{k: _simplified(v) for k, v in row.items()} for row in self.kg.query(name, **params)]


CASES_902 = [c for c in CASES if c["_doc"] == "902"]


@pytest.mark.parametrize("case", CASES_902, ids=[c["gold"] for c in CASES_902])
def test_the_traditional_twin_answers_the_gold_question(case, twin_kg, request):
    if case.get("gap"):
        request.applymarker(pytest.mark.xfail(reason=case["gap"], strict=False))
    gold = case["_gold"]
    rows = [r for r in _rows(_SimplifiedRows(twin_kg), case) if _evidenced(r, "902")]
    assert rows, f"{gold['id']}: no rows with evidence from 902"
    for item in gold["answer"]:
        if gold["answer_kind"] == "count" and case.get("count_rows"):
            assert len(rows) == int(item["value"])
            continue
        assert any(_matches(v, item) for r in rows for v in r.values() if v is not None), f"{gold['id']}: {item}"


def test_the_twins_state_the_same_facts_mentions_and_entities(twins):
    simp, trad, _, _ = twins
    for name in ("facts", "mentions", "entities"):
        a = {tuple(_key(x) for x in (q.subject, q.predicate, q.object)) for q in _graph(simp, name)}
        b = {tuple(_key(x) for x in (q.subject, q.predicate, q.object)) for q in _graph(trad, name)}
        assert a == b, (name, sorted(a - b)[:5], sorted(b - a)[:5])
    assert len(_graph(simp, "evidence")) == len(_graph(trad, "evidence"))
    assert simp.rule_counts == trad.rule_counts


def test_the_hong_kong_forms_give_the_same_facts(twins, tmp_path):
    simp = twins[0]
    hk, _ = _build(tmp_path, opencc.OpenCC("s2hk").convert(TEXT_902.read_text(encoding="utf-8")), data=False)
    assert {tuple(_key(x) for x in (q.subject, q.predicate, q.object)) for q in _graph(hk, "facts")} == \
        {tuple(_key(x) for x in (q.subject, q.predicate, q.object)) for q in _graph(simp, "facts")}


def test_quotes_and_node_texts_are_the_traditional_text_at_their_offsets(twins):
    _, trad, traditional, _ = twins
    spans: dict[str, dict[str, object]] = {}
    for name in ("evidence", "mentions", "structure"):
        for q in _graph(trad, name):
            if q.predicate.value in (WSIS + "quote", WSIS + "text", WSIS + "start", WSIS + "end"):
                spans.setdefault(q.subject.value, {})[q.predicate.value.rsplit("#", 1)[1]] = q.object.value
    quoted = [s for s in spans.values() if "start" in s and ("quote" in s or "text" in s)]
    assert len(quoted) > 500
    for s in quoted:
        assert s.get("quote", s.get("text")) == traditional[int(s["start"]):int(s["end"])], s
    assert any("會議" in s.get("quote", "") for s in quoted)  # quoted as written, not as the rules read it


def test_the_traditional_twin_is_tagged_zh_hant_and_keeps_printed_values_as_written(twins):
    simp, trad, traditional, _ = twins
    language = ox.NamedNode("http://purl.org/dc/terms/language")

    def tags(result):
        return {q.object.value for q in result.store.quads_for_pattern(None, language, None, None)}

    assert tags(trad) == {"zh-Hant"} and tags(simp) == {"zh"}
    printed = [q.object.value for q in _graph(trad, "facts") if q.predicate.value == WSIS + "action"]
    assert printed and all(p in traditional for p in printed)


# Handwritten twins (not converted by OpenCC): a council session, its chair, a request with a deadline, and
# two listed organisations named in traditional characters.
TRADITIONAL = ("1．\n國際電聯理事會第二十屆會議於2011年10月11日至14日在日內瓦舉行。會議選舉巴西的"
               "若昂·佩雷拉（João Pereira）為主席。\n"
               "2．\n理事會請秘書長於2012年6月30日之前向理事會提交關於寬帶發展的報告。\n"
               "3．\n報告由國際電聯與聯合國教科文組織共同編寫。\n")
SIMPLIFIED = ("1．\n国际电联理事会第二十届会议于2011年10月11日至14日在日内瓦举行。会议选举巴西的"
              "若昂·佩雷拉（João Pereira）为主席。\n"
              "2．\n理事会请秘书长于2012年6月30日之前向理事会提交关于宽带发展的报告。\n"
              "3．\n报告由国际电联与联合国教科文组织共同编写。\n")


@pytest.fixture(scope="module")
def reference():
    from graph_builder.entities.reference import load_reference

    return load_reference()


def _extract(reference, text: str):
    from graph_builder.entities.linker import find_all_mentions
    from graph_builder.facts import extract
    from graph_builder.structure import parse_document

    src = SourceText("960", Path("960-test.zh.txt"), text, "zh", "t", "测试", "ITU", "2011", "")
    mentions = find_all_mentions([src], reference)
    return extract([parse_document(src)], reference, mentions), mentions, src


def test_a_handwritten_traditional_paragraph_gives_the_facts_of_its_simplified_twin(reference):
    assert len(TRADITIONAL) == len(SIMPLIFIED)
    t_store, t_mentions, src = _extract(reference, TRADITIONAL)
    s_store, s_mentions, _ = _extract(reference, SIMPLIFIED)
    assert src.verbatim == TRADITIONAL and src.text == shadow(TRADITIONAL) and src.language_tag == "zh-Hant"
    assert {(m.start, m.end, m.key) for m in t_mentions} == {(m.start, m.end, m.key) for m in s_mentions}
    named = {m.key: TRADITIONAL[m.start:m.end] for m in t_mentions}
    assert named["org/itu"] == "國際電聯" and named["org/unesco"] == "聯合國教科文組織"  # linked to the listed entities

    def facts(store):
        return {(s, p, _simplified(str(o))) for s, p, o in store.facts}

    assert facts(t_store) == facts(s_store) and len(t_store.facts) > 5
    assert any(str(p) == WSIS + "chair" for _, p, _ in t_store.facts)


def test_a_publisher_written_in_traditional_characters_is_the_listed_one(reference):
    from graph_builder.entities.publishers import publisher_names

    assert "ITU" in publisher_names(reference, "國際電聯理事會").split(" / ")


def test_a_simplified_text_is_read_as_it_is():
    for path in sorted((ROOT / "corpus").glob("00[01]-*.txt")):
        text = path.read_text(encoding="utf-8")
        assert shadow(text) is text
        assert SourceText("x", path, text, "zh", "", "", "", "", "").written is None
    # a stray traditional form in a simplified text is read as written, and characters valid in both scripts
    # (著 of 显著) are not rewritten to another word's character
    text = "发展目標。显著进展。" + "信息社会世界峰会行动计划。" * 100
    src = SourceText("x", Path("x"), text, "zh", "", "", "", "", "")
    assert src.text == src.verbatim == text and src.written is None and src.language_tag == "zh"
