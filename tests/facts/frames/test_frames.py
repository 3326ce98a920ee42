"""Every frame's examples match with the slot values they list, and its 'not' sentences do not match.

The sentences are new ones written for the frame files (graph_builder/facts/frames/*.yaml), never taken from
a corpus or fixture document.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_builder.corpus import SourceText
from graph_builder.entities.linker import find_all_mentions
from graph_builder.entities.reference import load_reference
from graph_builder.facts import Context, _load_rule_modules
from graph_builder.facts.frames.engine import Masked, compile_form, load_frames, match_leaf
from graph_builder.facts.rules_frames import _act_spans, _section_bodies, resolve_ref
from graph_builder.facts.frames.slots import leaf_slots
from graph_builder.structure import parse_document
from tests.facts.test_rules_actions_helpers import extract_text

FRAMES = load_frames()


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _matches(reference, text: str, frame):
    """(slot name -> value) for every match of ``frame`` in ``text`` (a one-paragraph document)."""
    _load_rule_modules()
    from graph_builder.facts.rules_events import scan

    src = SourceText("t", Path("t.zh.txt"), text + "\n", "zh", "t", "t", "t", "2020", "")
    doc = parse_document(src)
    ctx = Context([doc], reference, find_all_mentions([src], reference))
    rows = scan(ctx)
    bodies = _section_bodies(ctx, rows)
    acts = _act_spans(ctx)
    out, memory = [], {}
    for leaf, _ in rows:
        leaf_acts = [(leaf.index(a), leaf.index(b), key) for a, b, key in acts.get(leaf.node.id, ())]
        slots = leaf_slots(ctx, leaf, bodies.get(id(leaf)), posts={}, acts=leaf_acts,
                           named_body=memory.get("BODIES_NAMED"))
        for mt in match_leaf([frame], Masked.of(leaf.text, slots)):
            view = {}
            for name, s in mt.slots.items():
                if isinstance(s, tuple):
                    s = resolve_ref(s, slots, memory, bodies.get(id(leaf)), leaf.text)
                    if s is None:
                        continue
                view[name] = _value(leaf, s)
            out.append(view)
        for s in slots:
            for t in ("EVENT", "NAME"):
                if t in s.types:
                    memory[t] = s
            if "BODY" in s.types and s.key:
                memory["BODY_NAMED"] = (leaf.text[s.i:s.j], s.key)
                memory.setdefault("BODIES_NAMED", []).append((leaf.text[s.i:s.j], s.key))
    return out


def _value(leaf, s):
    if "DATE" in s.types:
        return s.value.iso
    if "COUNT" in s.types:
        return s.extra["value"] if "value" in s.extra else s.value.value
    if "NAME" in s.types:
        return s.zh
    words = leaf.text[s.i:s.j]
    return words.split("(")[0] if "PERSON" in s.types else words


CASES = [(f, ex) for f in FRAMES for ex in f.examples]
NOT_CASES = [(f, text) for f in FRAMES for text in f.not_]


def test_every_frame_has_examples_and_not_examples():
    for f in FRAMES:
        assert f.examples, f"{f.name}: no examples"
        assert f.not_, f"{f.name}: no 'not' sentences"


@pytest.mark.parametrize("frame,example", CASES, ids=[f"{f.name}:{k}" for k, (f, _) in enumerate(CASES)])
def test_example_matches_with_its_slot_values(reference, frame, example):
    views = _matches(reference, example["text"], frame)
    assert views, f"{frame.name} does not match {example['text']!r}"
    want = {k: v for k, v in example.get("expect", {}).items()}
    assert any(all(str(v.get(k)) == str(x) for k, x in want.items()) for v in views), (want, views)


@pytest.mark.parametrize("frame,text", NOT_CASES, ids=[f"{f.name}:not{k}" for k, (f, _) in enumerate(NOT_CASES)])
def test_not_sentence_does_not_match(reference, frame, text):
    assert not _matches(reference, text, frame), f"{frame.name} matches {text!r}"


def test_gaps_are_bounded_and_never_cross_a_sentence_end():
    rx, _, _ = compile_form("{EVENT}…{PLACE}")
    assert "{0,40}" in rx.pattern and "。" in rx.pattern


def test_frames_rule_emits_with_evidence(reference):
    text = "第七届会议于2013年6月3日至7日在达喀尔举行，秘鲁的胡安·加西亚（Juan García）当选为主席，约有七百名代表出席。"
    store, src = extract_text(reference, "一、 区域论坛\n\n1．\n" + text + "\n", ["frames"], "t")
    assert store.facts, "no facts"
    for (s, p, o), evs in store.facts.items():
        for e in evs:
            assert src.text[e.start:e.end]  # a verbatim quote of the source


@pytest.mark.parametrize("text,requester", [
    ("根据《日内瓦行动计划》第15段的呼吁，联合国教科文组织于2005年设立了信息伦理专家组。", "document/geneva-plan-of-action"),
    ("2007年，应经社理事会的要求，国际电联成立了移动宽带工作组。", "body/ecosoc"),
])
def test_a_body_set_up_at_the_request_of_a_plan_or_a_body(reference, text, requester):
    from rdflib import URIRef

    from graph_builder.rdf.namespaces import ID, WSIS

    store, src = extract_text(reference, "1. " + text + "\n", ["frames"], "t")
    found = [(s, o) for (s, p, o) in store.facts if p == WSIS.createdAtRequestOf]
    assert [o for _, o in found] == [ID[requester]], found
    (body, _), = found
    assert isinstance(body, URIRef) and str(body).startswith(str(ID["body/"]))


def test_an_appointment_made_after_consulting_a_body(reference):
    from rdflib.namespace import RDF

    from graph_builder.rdf.namespaces import ID, WSIS

    text = "1. 2009年，在与经社理事会协商后，联合国秘书长任命安娜·索萨（Ana Sousa）为峰会秘书长。\n"
    store, src = extract_text(reference, text, ["frames"], "t")
    (appt,) = [s for (s, p, o) in store.facts if p == RDF.type and o == WSIS.Appointment]
    facts = {(p, o) for (s, p, o) in store.facts if s == appt}
    assert (WSIS.consulted, ID["body/ecosoc"]) in facts
    assert (WSIS.appointedBy, ID["post/un-secretary-general"]) in facts
    assert (WSIS.appointedTo, ID["post/wsis-secretary-general"]) in facts
    assert (WSIS.appointee, ID["person/ana-sousa"]) in facts
    assert {str(o) for p, o in facts if p == WSIS.isoDate} == {"2009"}


@pytest.mark.parametrize("text,people,people_q,countries,countries_q", [
    ("第五届区域论坛于2017年3月在阿拉木图举行，来自数十个国家的数百名代表出席。", 100, "several", 10, "several"),
    ("第五届区域论坛于2017年3月在阿拉木图举行，来自40多个国家的约三百名代表出席。", 300, "about", 40, "more than"),
    ("第五届区域论坛于2017年3月在阿拉木图举行，共有上千名与会者。", 1000, "at least", None, None),
    ("第五届区域论坛于2017年3月在阿拉木图举行，共有来自25个国家的312名代表出席。", 312, None, 25, None),
])
def test_participant_counts_keep_how_the_text_bounds_them(reference, text, people, people_q, countries, countries_q):
    """数百名 is several hundred (100, 'several'), never exactly 100; an exact count has no qualifier."""
    from graph_builder.rdf.namespaces import WSIS

    store, src = extract_text(reference, "一、 区域论坛\n\n1. " + text + "\n", ["frames"], "t")

    def values(p):
        return {o.toPython() for (s, q, o) in store.facts if q == p}

    assert values(WSIS.participantCount) == {people}
    assert values(WSIS.participantCountQualifier) == ({people_q} if people_q else set())
    assert values(WSIS.countryCount) == ({countries} if countries else set())
    assert values(WSIS.countryCountQualifier) == ({countries_q} if countries_q else set())


@pytest.mark.parametrize("text,organizer", [
    ("第四届区域论坛于2016年9月在阿克拉举行。论坛由国际电联主办，来自三十个国家的代表出席。", "org/itu"),
    ("第四届区域论坛于2016年9月在阿克拉举行。会议由加纳政府主办。", None),
])
def test_a_meeting_organised_by_an_organisation_named_in_a_later_sentence(reference, text, organizer):
    """会议由X主办 after the sentence naming the meeting: X organises it, unless X is a government (the host)."""
    from graph_builder.rdf.namespaces import ID, WSIS

    store, src = extract_text(reference, "一、 区域论坛\n\n1. " + text + "\n", ["frames"], "t")
    organized = {o for (s, p, o) in store.facts if p == WSIS.organizedBy}
    assert organized == ({ID[organizer]} if organizer else set())
    if organizer is None:
        assert {str(o) for (s, p, o) in store.facts if p == WSIS.hostedBy}, "a government that 主办 hosts"


def test_parentheses_in_a_form_are_groups_unless_escaped_or_in_a_class():
    from graph_builder.facts.frames.engine import _non_capturing

    assert _non_capturing(r"(于|在)[(](以下简称)[^)]{0,24}[)]\(注\)") == r"(?:于|在)[(](?:以下简称)[^)]{0,24}[)]\(注\)"


def test_a_body_word_is_the_body_with_that_head_noun_named_before_it_in_the_passage(reference):
    # the section is about the forum; 委员会 in the next sentence is the commission named just before it
    from graph_builder.rdf.namespaces import ID, WSIS

    text = "一、 互联网治理论坛\n\n1. 科学和技术促进发展委员会审议了论坛的报告。委员会主席由秘鲁的胡安·加西亚（Juan García）担任。\n"
    store, _ = extract_text(reference, text, ["frames"], "t")
    chairs = {s for (s, p, o) in store.facts if p == WSIS.chair}
    assert chairs == {ID["body/cstd"]}, chairs


def test_a_ministers_post_before_the_chairs_name_is_a_post_of_that_countrys_ministry(reference):
    from graph_builder.rdf.namespaces import ID, WSIS

    text = ("一、 区域图书馆论坛\n\n1. 第三届区域图书馆论坛于2018年10月在利马举行。"
            "会议由秘鲁文化部部长胡安·加西亚（Juan García）担任主席。\n")
    store, _ = extract_text(reference, text, ["frames"], "t")
    facts = set(store.facts)
    post = next(o for (s, p, o) in facts if p == WSIS.holds and s == ID["person/juan-garcia"])
    org = next(o for (s, p, o) in facts if s == post and p == WSIS.postOf)
    assert (org, WSIS.country, ID["place/peru"]) in facts
    # no post without a holder's name right after it
    store, _ = extract_text(reference, "1. 秘鲁文化部部长出席了会议。\n", ["frames"], "t")
    assert not [t for t in store.facts if t[1] == WSIS.postOf]


def test_a_body_word_in_a_later_section_is_the_one_body_with_that_head_noun_named_before(reference):
    from graph_builder.rdf.namespaces import ID, WSIS

    text = ("一、 概况\n\n1. 国际电联理事会审议了秘书长的报告。\n\n二、 新的机构\n\n"
            "2. 理事会决定设立海底电缆工作组，共同协调人为秘鲁的胡安·加西亚（Juan García）和挪威的英格丽·汉森（Ingrid Hansen）。\n")
    store, _ = extract_text(reference, text, ["frames"], "t")
    founded = {(s, o) for (s, p, o) in store.facts if p == WSIS.foundedBy}
    assert [o for _, o in founded] == [ID["body/itu-council"]], founded
    (body, _), = founded
    heads = {o for (s, p, o) in store.facts if s == body and p == WSIS.head}
    assert heads == {ID["person/juan-garcia"], ID["person/ingrid-hansen"]}


@pytest.mark.parametrize("text,meeting", [
    ("1. 渔业合作论坛第五次会议于2013年6月在蒙巴萨举行，约九十名代表出席。第六次会议于2014年10月在达累斯萨拉姆举行，"
     "由坦桑尼亚通信部主办。\n", "event/yuyehezuoluntan-meeting-6"),
    ("1. 海洋观测委员会第二届会议于2011年3月在基多举行。第三届会议于2012年4月在利马举行。\n",
     "event/haiyangguanceweiyuanhui-session-3"),
])
def test_a_bare_numbered_meeting_opening_the_next_sentence_is_one_of_the_same_body(reference, text, meeting):
    from graph_builder.rdf.namespaces import ID, SCHEMA

    store, _ = extract_text(reference, text, ["frames"], "t")
    assert (ID[meeting], SCHEMA.location) in {(s, p) for (s, p, o) in store.facts}, sorted(store.facts)


def test_a_bare_numbered_meeting_inside_a_sentence_is_not_tied_to_the_meeting_before(reference):
    from graph_builder.rdf.namespaces import ID

    text = "1. 渔业合作论坛第五次会议于2013年6月在蒙巴萨举行，会议审议了第六次会议的筹备工作。\n"
    store, _ = extract_text(reference, text, ["frames"], "t")
    assert ID["event/yuyehezuoluntan-meeting-6"] not in {s for (s, p, o) in store.facts}


def test_a_post_whose_title_opens_with_a_bodys_short_name_is_a_post_of_that_body(reference):
    from graph_builder.rdf.namespaces import ID, WSIS

    text = ("1. 宽带普及信托基金（以下简称“基金”）由国际电联管理。\n\n"
            "2. 基金经理为智利的卡洛斯·罗哈斯（Carlos Rojas），负责基金的日常管理。\n")
    store, _ = extract_text(reference, text, ["frames"], "t")
    post = next(o for (s, p, o) in store.facts if p == WSIS.holds and s == ID["person/carlos-rojas"])
    assert (post, WSIS.postOf, ID["body/kuandaipujixintuojijin"]) in store.facts
    assert (ID["person/carlos-rojas"], WSIS.nationality, ID["place/chile"]) in store.facts


def test_a_post_named_by_its_title_alone_is_a_post_of_its_document_or_section_body(reference):
    # the same bare title in two documents, held by different persons, is two posts (never one merged node)
    from pathlib import Path

    from graph_builder.entities.linker import find_all_mentions
    from graph_builder.facts import extract
    from graph_builder.rdf.namespaces import ID, WSIS
    import graph_builder.structure.parser as parser
    from graph_builder.corpus import SourceText

    texts = {"701": "1. 项目年度进展\n\n2. 数据协调员为智利的卡洛斯·罗哈斯（Carlos Rojas），负责系统维护。\n",
             "702": "1. 年度工作\n\n2. 数据协调员是斐济的约内·塔布亚（Jone Tabua）。\n"}
    srcs = [SourceText(d, Path(f"{d}-test.zh.txt"), t, "zh", "test", "测试", "test", "2015", "")
            for d, t in texts.items()]
    store = extract([parser.parse_document(s) for s in srcs], reference, find_all_mentions(srcs, reference),
                    only=["frames"])
    held = {s: o for (s, p, o) in store.facts if p == WSIS.holds}
    assert set(held) == {ID["person/carlos-rojas"], ID["person/jone-tabua"]}, held
    assert held[ID["person/carlos-rojas"]] != held[ID["person/jone-tabua"]]
    assert str(held[ID["person/carlos-rojas"]]).endswith("post/doc-701-shujuxietiaoyuan")
    # a body the sentence names before the title (the group it sets up): the post is that body's
    store, _ = extract_text(reference, "1. 科学和技术促进发展委员会于2014年设立了数据小组，数据协调员为智利的卡洛斯·罗哈斯"
                                       "（Carlos Rojas）。\n", ["frames"], "t")
    held = {o for (s, p, o) in store.facts if p == WSIS.holds and s == ID["person/carlos-rojas"]}
    assert held == {ID["post/shujuxiaozu-shujuxietiaoyuan"]}, held


@pytest.mark.parametrize("text,chair", [
    # a person named in full, then by the last part of the name alone: that person
    ("1. 会议主席由秘鲁文化部部长胡安·加西亚（Juan García）担任。\n\n"
     "2. 数字档案平台第一次会议于2015年5月在利马举行，会议主席加西亚当选为该平台主席。\n", "person/juan-garcia"),
    # two persons share the last name: the bare name names neither
    ("1. 秘鲁的胡安·加西亚（Juan García）和智利的玛丽亚·加西亚（María García）出席了会议。\n\n"
     "2. 数字档案平台第一次会议于2015年5月在利马举行，加西亚当选为该平台主席。\n", None),
    # the bare name before the full name refers back to nobody
    ("1. 数字档案平台第一次会议于2015年5月在利马举行，加西亚当选为该平台主席。\n\n"
     "2. 秘鲁的胡安·加西亚（Juan García）出席了会议。\n", None),
])
def test_a_bare_last_name_is_the_one_person_named_in_full_before(reference, text, chair):
    from graph_builder.rdf.namespaces import ID, WSIS

    store, _ = extract_text(reference, text, ["frames"], "t")
    chairs = {(s, o) for (s, p, o) in store.facts if p == WSIS.chair and s == ID["body/shuzidanganpingtai"]}
    assert chairs == ({(ID["body/shuzidanganpingtai"], ID[chair])} if chair else set()), chairs


@pytest.mark.parametrize("text,maint", [
    ("2010年5月，“南部非洲电子政务目录”更名为“南部非洲数字政务门户”，联合国开发计划署负责该门户的运营。", "联合国开发计划署"),
    # what the organisation does after the renaming is not the running of the renamed thing
    ("2010年5月，“南部非洲电子政务目录”更名为“南部非洲数字政务门户”，联合国开发计划署负责宣传。", None),
    ("2010年5月，“南部非洲电子政务目录”更名为“南部非洲数字政务门户”，联合国开发计划署负责该门户的维护费用的筹措。", None),
])
def test_an_organisation_maintaining_what_was_renamed(reference, text, maint):
    frame = next(f for f in FRAMES if f.name == "bodies.renamed")
    views = _matches(reference, text, frame)
    assert views
    assert {v.get("MAINT") for v in views if v.get("MAINT")} == ({maint} if maint else set())
