"""THE coverage test: every name-like string of the corpus is linked or excluded with a reason.

Plus the detector on new sentences, so that it is known to find names it has never seen.
"""

from __future__ import annotations

from collections import Counter

import pytest

from graph_builder.corpus import load_corpus
from graph_builder.entities.coverage import gaps
from graph_builder.entities.detector import core, detect
from graph_builder.entities.linker import find_mentions
from graph_builder.entities.reference import load_reference
from graph_builder.normalize import normalize
from tests.entities.helpers_entities import SMALL, ref_from_yaml, source


@pytest.fixture(scope="module")
def ref():
    return load_reference()


@pytest.fixture(scope="module")
def sources(corpus_dir):
    return load_corpus(corpus_dir)


def test_every_detected_name_in_the_corpus_is_covered_or_excluded(ref, sources):
    missing = [g.describe(s.text) for s in sources for g in gaps(s, ref)]
    assert not missing, "names neither in entities.yaml nor excluded there:\n" + "\n".join(missing)


def test_every_alias_occurs_in_the_corpus_unless_marked_unused(ref, sources):
    texts = [normalize(s.text) for s in sources]
    absent = [
        (e.key, a.form)
        for e in ref.entities
        for a in e.surface_forms()
        if not a.unused and not any(normalize(a.form) in t for t in texts)
    ]
    assert not absent


def test_every_alias_is_linked_somewhere(ref, sources):
    """An alias that never yields a mention is dead weight (or shadowed by a longer alias): flag it.

    zh labels are exempt: a country may be named only inside its government's name (芬兰政府).
    """
    used = Counter((m.key, normalize(m.surface)) for s in sources for m in find_mentions(s, ref))
    linked_forms = {(k, f) for k, f in used}
    dead = [
        (e.key, a.form)
        for e in ref.entities
        for a in e.aliases
        if not a.unused and (e.key, normalize(a.form)) not in linked_forms
        # a form may be written with other spacing in the text; compare without spaces too
        and not any(k == e.key and f.replace(" ", "") == normalize(a.form).replace(" ", "") for k, f in linked_forms)
    ]
    assert not dead


def test_key_facts_of_the_competency_questions_are_linkable(ref, sources):
    keys = Counter(m.key for s in sources for m in find_mentions(s, ref))
    for key in ("place/minneapolis", "body/ceb", "body/hlsoc", "post/itu-secretary-general", "person/adama-samassekou",
                "place/mali", "person/yuri-grin", "place/russian-federation", "person/yoshio-utsumi",
                "org/un-regional-commissions", "org/undp", "body/igf", "document/tunis-agenda", "actionline/c7-e-health"):
        assert keys[key] > 0, key


def test_detector_finds_titles_suffix_names_and_acronyms_it_has_never_seen():
    text = "我们欢迎《达喀尔宣言》和泛非电信理事会，以及 AFRALTI 的工作（见 www.itu.int/ABC）。"
    found = {(c.shape, core(c.text)) for c in detect("900", text)}
    assert ("title", "达喀尔宣言") in found
    assert ("suffix", "泛非电信理事会") in found
    assert ("latin", "AFRALTI") in found
    assert not any(c.text == "ABC" for c in detect("900", text))  # inside a URL


def test_detector_offsets_point_into_the_original_text():
    text = "由设在日内瓦的 执行 秘书处 和 **国际民航组织** 负责。"
    for c in detect("900", text):
        assert normalize(text[c.start : c.end]).replace(" ", "").endswith(c.text.replace(" ", "")[-2:])


def test_core_strips_grammar_in_front_of_a_name():
    assert core("其他国际组织") == "国际组织"
    assert core("我们敦促包括相关政府") == "政府"
    assert core("希腊政府") == "希腊政府"


def test_an_unknown_name_is_a_gap_and_an_excluded_one_is_not(tmp_path):
    ref = ref_from_yaml(tmp_path, SMALL)
    found = [g.core for g in gaps(source("该委员会请国际电联与亚太电信组织合作。"), ref)]
    assert found == ["亚太电信组织"]
