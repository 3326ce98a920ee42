"""The reference list loads, is complete in both languages, and rejects bad records with one line."""

from __future__ import annotations

import pytest

from graph_builder.entities.reference import CLASSES, KINDS, load_reference
from graph_builder.errors import WsisError
from tests.entities.helpers_entities import SMALL, ref_from_yaml


@pytest.fixture(scope="module")
def ref():
    return load_reference()


def test_shipped_list_loads_sorted_by_key(ref):
    keys = [e.key for e in ref.entities]
    assert keys == sorted(keys)
    assert len(keys) == len(set(keys))
    assert len(keys) > 150


def test_every_entity_has_zh_and_en_and_a_known_class(ref):
    for e in ref.entities:
        assert e.zh.strip() and e.en.strip(), e.key
        assert e.cls in CLASSES and e.kind in KINDS, e.key
        assert any("\u3400" <= ch <= "\u9fff" for ch in e.zh) or e.kind == "person" or e.zh == e.en, e.key


def test_wikidata_ids_are_well_formed_and_sourced(ref):
    linked = [e for e in ref.entities if e.wikidata]
    assert len(linked) >= 50
    for e in linked:
        assert e.wikidata.startswith("Q") and e.wikidata[1:].isdigit()
        assert len(e.wikidata_source) > 20, e.key
    by_key = ref.by_key
    assert by_key["org/itu"].wikidata == "Q376150"
    assert by_key["place/geneva"].wikidata == "Q71"
    assert by_key["place/switzerland"].wikidata == "Q39"


def test_the_eleven_action_lines_and_eight_c7_sublines(ref):
    lines = [e for e in ref.entities if e.kind == "actionline"]
    top = sorted((e.notation for e in lines if not e.broader), key=lambda n: int(n[1:]))
    assert top == [f"C{i}" for i in range(1, 12)]
    subs = [e for e in lines if e.broader == "actionline/c7"]
    assert len(subs) == 8
    assert ref.by_key["actionline/c7-e-health"].en == "E-health"


def test_the_six_summit_themes_with_subthemes(ref):
    themes = [e for e in ref.entities if e.kind == "theme"]
    assert sorted(e.notation for e in themes if not e.broader) == list("ABCDEF")
    assert ref.by_key["theme/d.4"].broader == "theme/d"


def test_alias_index_and_scoped_lookup(tmp_path):
    ref = ref_from_yaml(tmp_path, SMALL)
    assert ref.keys_for("国际 电联", "900") == ["org/itu"]
    assert ref.keys_for("理事会", "901") == ["body/ecosoc", "body/itu-council"]
    assert ref.keys_for("理事会", "900") == ["body/ecosoc"]  # only the conditional claim applies here
    assert ref.excluded("委员会").reason == "anaphoric"


BAD = [
    ("- key: org/x\n  class: Organization\n  en: X\n", "entity 'org/x': missing 'zh'"),
    ("- key: org/x\n  class: Organization\n  zh: 某\n", "entity 'org/x': missing 'en'"),
    ("- key: org/x\n  class: Gadget\n  zh: 某\n  en: X\n", "unknown class 'Gadget'"),
    ("- key: thing/x\n  class: Organization\n  zh: 某\n  en: X\n", "key must be kind/slug"),
    ("- key: org/X Y\n  class: Organization\n  zh: 某\n  en: X\n", "key must be kind/slug"),
    ("- key: org/x\n  class: Organization\n  zh: 某\n  en: X\n  wikidata: 49180\n", "bad wikidata ID '49180'"),
    ("- key: org/x\n  class: Organization\n  zh: 某\n  en: X\n  wikidata: Q1\n", "wikidata Q1 has no wikidata_source"),
    ("- key: org/x\n  class: Organization\n  zh: 某\n  en: X\n  parent: org/nope\n", "parent 'org/nope' is not a key"),
    ("- key: org/x\n  class: Organization\n  zh: 某\n  en: X\n  colour: red\n", "unknown field(s) colour"),
    (
        "- key: org/x\n  class: Organization\n  zh: 某\n  en: X\n"
        "- key: org/x\n  class: Organization\n  zh: 某乙\n  en: Y\n",
        "duplicate key 'org/x'",
    ),
    (
        "- key: org/x\n  class: Organization\n  zh: 某\n  en: X\n  aliases: [XO]\n"
        "- key: org/y\n  class: Organization\n  zh: 某乙\n  en: Y\n  aliases: [XO]\n",
        "alias 'XO' names both 'org/x' and 'org/y'",
    ),
    (
        "- key: org/x\n  class: Organization\n  zh: 某\n  en: X\n  aliases: [{form: XO, docs: ['1']}]\n"
        "- key: org/y\n  class: Organization\n  zh: 某乙\n  en: Y\n  aliases: [{form: XO, docs: ['1', '2']}]\n",
        "alias 'XO' names both",
    ),
    ("- key: org/x\n  class: Organization\n  zh: 某\n  en: X\n  aliases: [{form: XO, followed_by: '('}]\n", "bad followed_by regex"),
]


@pytest.mark.parametrize("record,message", BAD)
def test_bad_records_fail_with_one_line(tmp_path, record, message):
    with pytest.raises(WsisError) as exc:
        ref_from_yaml(tmp_path, "entities:\n" + record)
    text = str(exc.value)
    assert message in text
    assert "\n" not in text
    assert text.startswith(str(tmp_path / "entities.yaml"))


def test_disjoint_scopes_are_a_disambiguation_rule(tmp_path):
    ref = ref_from_yaml(
        tmp_path,
        "entities:\n"
        "- key: org/x\n  class: Organization\n  zh: 某\n  en: X\n  aliases: [{form: XO, docs: ['1']}]\n"
        "- key: org/y\n  class: Organization\n  zh: 某乙\n  en: Y\n  aliases: [{form: XO, docs: ['2']}]\n",
    )
    assert ref.keys_for("XO", "1") == ["org/x"] and ref.keys_for("XO", "2") == ["org/y"]


def test_exclusion_needs_a_reason(tmp_path):
    with pytest.raises(WsisError, match="exclusion '委员会' has no reason"):
        ref_from_yaml(tmp_path, "entities: []\nexclusions:\n- {text: 委员会}\n")


def test_missing_file_and_bad_yaml(tmp_path):
    with pytest.raises(WsisError, match="entity reference list not found"):
        load_reference(tmp_path / "nope.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("entities: [\n  - key: {\n", encoding="utf-8")
    with pytest.raises(WsisError, match=r"bad\.yaml:\d+: not valid YAML"):
        load_reference(bad)
