"""Open-class entities: countries, governments, missions and persons recognised by their form, minted
with stable keys (sentences written for these tests, not taken from a corpus document)."""

from __future__ import annotations

import pytest

from graph_builder.entities.linker import find_all_mentions
from graph_builder.entities.open_class import entity_kind, typed_mentions
from graph_builder.entities.reference import load_reference
from tests.entities.helpers_entities import source


def _found(*texts: str):
    ref = load_reference()
    sources = [source(t, doc_id=f"9{n:02d}") for n, t in enumerate(texts)]
    ms = find_all_mentions(sources, ref)
    return ref, ms


def _pairs(text: str) -> list[tuple[str, str]]:
    ref, ms = _found(text)
    return [(m.surface, m.key) for m in ms]


def test_country_person_and_latin_form():
    ref, ms = _found("会议选举克罗地亚的伊万·霍瓦特（Ivan Horvat）为主席，并审议了报告。")
    pairs = [(m.surface, m.key) for m in ms]
    assert ("克罗地亚", "place/croatia") in pairs
    assert ("伊万·霍瓦特", "person/ivan-horvat") in pairs
    p = ref.by_key["person/ivan-horvat"]
    assert (p.cls, p.zh, p.en, p.label_source) == ("Person", "伊万·霍瓦特", "Ivan Horvat", "text")
    assert ref.by_key["place/croatia"].en == "Croatia"


def test_a_latin_initial_inside_a_dotted_name():
    ref, ms = _found("会议选举斐济的约瑟夫·K·纳伊卢（Joseph K. Nailu）为副主席。一名代表·A·未具名。")
    pairs = [(m.surface, m.key) for m in ms]
    assert ("约瑟夫·K·纳伊卢", "person/joseph-k-nailu") in pairs
    assert ref.by_key["person/joseph-k-nailu"].en == "Joseph K. Nailu"


def test_post_before_person_and_name_closed_by_a_verb():
    pairs = _pairs("秘鲁交通和通信部长卡洛斯·门多萨（Carlos Mendoza）担任会议主席。随后卡洛斯·门多萨宣布闭幕。")
    keys = [k for _, k in pairs if k.startswith("person/")]
    assert keys == ["person/carlos-mendoza", "person/carlos-mendoza"]
    assert ("秘鲁", "place/peru") in pairs


def test_family_names_with_a_title_are_the_person_named_in_full():
    # 门德斯·罗哈斯部长: the family names of the minister named in full with a Latin form before
    pairs = _pairs("会议由智利交通部部长玛丽亚·门德斯·罗哈斯（María Méndez Rojas）担任主席。门德斯·罗哈斯部长在闭幕式上发言。")
    keys = [k for _, k in pairs if k.startswith("person/")]
    assert keys == ["person/maria-mendez-rojas", "person/maria-mendez-rojas"]
    assert ("门德斯·罗哈斯", "person/maria-mendez-rojas") in pairs  # the title is not part of the name


def test_governments_formal_forms_and_listed_keys():
    ref, ms = _found("会议由秘鲁共和国政府主办。日本政府和乌拉圭政府提供了捐款。大韩民国政府表示支持。")
    keys = {m.surface: m.key for m in ms}
    assert keys["秘鲁共和国政府"] == "org/government-of-peru"
    assert keys["日本政府"] == "org/government-of-japan"  # listed: its key is reused
    assert keys["乌拉圭政府"] == "org/government-of-uruguay"
    assert keys["大韩民国政府"] == "org/government-of-the-republic-of-korea"
    gov = ref.by_key["org/government-of-peru"]
    assert (gov.cls, gov.en, gov.country) == ("Government", "Government of Peru", "place/peru")
    assert "Government of the Republic of Peru" in [a.form for a in gov.aliases]
    assert entity_kind(ref, "org/government-of-peru") == "GOVERNMENT"


def test_un_short_names_and_permanent_missions():
    ref, ms = _found("伊朗伊斯兰共和国和坦桑尼亚联合共和国发言。乌拉圭常驻联合国日内瓦办事处代表团提交了文件。")
    keys = {m.surface: m.key for m in ms}
    assert ref.by_key[keys["伊朗伊斯兰共和国"]].en == "Iran (Islamic Republic of)"
    assert ref.by_key[keys["坦桑尼亚联合共和国"]].en == "United Republic of Tanzania"
    mission = ref.by_key[keys["乌拉圭常驻联合国日内瓦办事处代表团"]]
    assert (mission.en, mission.country) == ("Permanent Mission of Uruguay", "place/uruguay")


def test_same_name_in_two_documents_gives_one_key():
    ref, ms = _found("智利的安娜·罗哈斯（Ana Rojas）当选。", "安娜·罗哈斯女士致辞。")
    assert {m.key for m in ms if m.key.startswith("person/")} == {"person/ana-rojas"}


def test_official_chinese_name_before_a_verb_of_office():
    ref, ms = _found("国际电联选举了秘书长，李明远连任副秘书长。")
    person = [m for m in ms if m.key.startswith("person/")]
    assert [(m.surface, m.key) for m in person] == [("李明远", "person/li-mingyuan")]
    assert ref.by_key["person/li-mingyuan"].label_source == "none"


def test_typed_mentions_for_a_span():
    text = "会议选举克罗地亚的伊万·霍瓦特（Ivan Horvat）为主席。"
    ref, ms = _found(text)
    kinds = [k for _, k in typed_mentions(ms, ref, "900", 0, len(text))]
    assert kinds == ["COUNTRY", "PERSON"]


@pytest.mark.parametrize("text", [
    "国际电联秘书处负责筹备。",
    "各国政府应当加强合作。",
    "联合国开发计划署提供了支持。",
    "发展中国家和发达国家之间的差距。",
    "发达和发展中国的网络边缘。",
    "其中国际组织也参加了。",
    "该组织的执行主任担任秘书。",
    "第一阶段会议于日内瓦举行。",
])
def test_no_person_and_no_false_country(text):
    ref, ms = _found(text)
    kinds = {entity_kind(ref, m.key) for m in ms if m.key in ref.minted}
    assert "PERSON" not in kinds
    assert not any(m.surface == "中国" for m in ms)


@pytest.mark.parametrize("text,name,country", [
    ("主席：　　阿尔瓦雷斯先生（乌拉圭）", "阿尔瓦雷斯", "place/uruguay"),
    ("3.　索科洛娃女士（白俄罗斯）代表独立国家联合体发言说，该区域有九个国家。", "索科洛娃", "place/belarus"),
    ("观察员卡比拉先生（刚果民主共和国）说，报告已经提交。", "卡比拉", "place/democratic-republic-of-the-congo"),
    ("瓦尔加斯先生（玻利维亚多民族国）介绍了决议草案。", "瓦尔加斯", "place/bolivia-plurinational-state-of"),
])
def test_a_family_name_with_a_title_and_the_country_in_brackets_is_a_person(text, name, country):
    # summary records name speakers by family name, form of address and country: 马塔比先生（赞比亚）
    pairs = _pairs(text)
    assert any(s == name and k.startswith("person/") for s, k in pairs), pairs
    assert any(k == country for _, k in pairs)


@pytest.mark.parametrize("text", [
    "主席先生（智利）说，会议将继续。",
    "秘书长先生（联合国）致辞。",
    "会议感谢东道国先生（的）安排。",
    "冯·阿尔滕女士（奥地利）发言。",
])
def test_no_family_name_person_without_a_country_in_brackets_or_inside_a_dotted_name(text):
    pairs = _pairs(text)
    persons = [s for s, k in pairs if k.startswith("person/")]
    assert all("·" in s for s in persons), persons


def test_minted_entities_reach_the_entities_graph():
    from rdflib import Literal
    from rdflib.namespace import RDFS

    from graph_builder.entities.rdf import entities_graph, iri, untranslated_tsv
    from graph_builder.rdf.namespaces import WSIS

    ref, _ = _found("国际电联选举了秘书长，李明远连任副秘书长。会议由秘鲁政府主办。")
    g = entities_graph(ref)
    assert (iri("org/government-of-peru"), RDFS.label, Literal("Government of Peru", lang="en")) in g
    assert (iri("person/li-mingyuan"), WSIS.labelSource, Literal("none")) in g
    assert not [o for o in g.objects(iri("person/li-mingyuan"), RDFS.label) if o.language == "en"]
    assert "person/li-mingyuan\tPerson\t李明远" in untranslated_tsv(g)


def test_nationality_and_post_facts():
    from graph_builder.facts import extract
    from graph_builder.rdf.namespaces import ID, WSIS
    from graph_builder.structure import parse_document

    text = "# 报告\n\n1. 会议选举克罗地亚的伊万·霍瓦特（Ivan Horvat）为主席。安娜·罗哈斯（Ana Rojas，智利）担任报告员。\n"
    ref = load_reference()
    src = source(text)
    ms = find_all_mentions([src], ref)
    store = extract([parse_document(src)], ref, ms, only=["open-person-context"])
    facts = set(store.facts)
    assert (ID["person/ivan-horvat"], WSIS.nationality, ID["place/croatia"]) in facts
    assert (ID["person/ana-rojas"], WSIS.nationality, ID["place/chile"]) in facts


def test_index_and_body_with_acronym_and_titles():
    ref, ms = _found("该局于2012年首次发布全球网络韧性指数（GNRI），并由安第斯电信合作委员会（ACTC）主办。"
                     "会议通过了《基多数字议程宣言》。公私合作伙伴关系（PPP）和信息通信技术（ICT）很重要。")
    keys = {m.surface: m.key for m in ms}
    assert keys["全球网络韧性指数"] == "document/gnri"
    assert keys["安第斯电信合作委员会"] == "body/actc"
    assert ref.by_key["body/actc"].cls == "Committee" and ref.by_key["body/actc"].acronym == "ACTC"
    assert ref.by_key[keys["基多数字议程宣言"]].cls == "Document"
    assert "公私合作伙伴关系" not in keys and "信息通信技术" not in keys


def test_body_of_a_bare_session_from_the_paragraph_or_heading():
    from graph_builder.entities.open_class import body_before
    from graph_builder.facts import Context
    from graph_builder.structure import parse_document

    text = ("# 报告\n\n## 安第斯电信合作委员会（ACTC）\n\n1. 第十二届会议于2011年5月在利马举行。\n\n"
            "2. 国际电联理事会审议了报告。第三次会议随后举行。\n")
    ref = load_reference()
    src = source(text)
    ms = find_all_mentions([src], ref)
    doc = parse_document(src)
    ctx = Context([doc], ref, ms)
    first = text.index("第十二届会议")
    node = doc.node_for_span(first, first + 6)
    assert body_before(ctx, ref, node, first).key == "body/actc"
    second = text.index("第三次会议")
    node = doc.node_for_span(second, second + 5)
    assert body_before(ctx, ref, node, second).key == "body/itu-council"


def test_report_and_bureau_of_a_named_body_but_not_a_report_about_it():
    ref, ms = _found("工作组审议了国际电联理事会的报告和国际电联理事会的主席团的建议。秘书处编写了一份有关国际电联理事会的报告。")
    keys = [m.key for m in ms if m.key.startswith(("document/", "body/bureau"))]
    assert keys == ["document/report-of-itu-council", "body/bureau-of-itu-council"]
    assert ref.by_key["document/report-of-itu-council"].en == "Report of the ITU Council"


@pytest.mark.parametrize("text, name", [
    ("会议由国际电联秘书长张海涛宣布开幕。", "张海涛"),
    ("国际电联秘书长王建国在会上致辞。", "王建国"),
])
def test_official_named_right_after_a_post(text, name):
    ref, ms = _found(text)
    assert [m.surface for m in ms if m.key.startswith("person/")] == [name]


@pytest.mark.parametrize("text", ["国际电联秘书长的报告已提交。", "国际电联秘书长和理事会审议了预算。",
                                  "国际电联秘书长提交了报告。"])
def test_no_person_after_a_post_without_a_name(text):
    ref, ms = _found(text)
    assert not [m for m in ms if m.key.startswith("person/")]


def test_centre_office_and_secretariat_with_a_proper_name_part():
    pairs = _pairs("亚太数字合作中心秘书处将设在曼谷。会议感谢拉丁美洲电子政务中心和非洲信息技术办公室的支持。")
    kinds = {surface: key.split("/", 1)[0] for surface, key in pairs}
    assert kinds.get("亚太数字合作中心秘书处") == "body"
    assert kinds.get("拉丁美洲电子政务中心") == "org"
    assert kinds.get("非洲信息技术办公室") == "org"
    ref, _ = _found("亚太数字合作中心秘书处将设在曼谷。")
    key = next(k for s, k in _pairs("亚太数字合作中心秘书处将设在曼谷。") if s == "亚太数字合作中心秘书处")
    assert ref.by_key[key].cls == "Secretariat"


@pytest.mark.parametrize("text", [
    "秘书处将分发问卷。", "该中心于2008年成立。", "这一中心向各国开放。", "各国应建立社区多媒体中心。",
    "项目资助了信息通信技术培训中心。", "执行委员会的办公室设在日内瓦。", "论坛秘书处编写了报告。",
])
def test_no_name_from_a_bare_or_generic_centre_office_or_secretariat(text):
    assert not [s for s, k in _pairs(text) if s.endswith(("中心", "办公室", "秘书处")) and k.split("/")[0] in ("org", "body")
                and s not in ("秘书处",)]


def test_proper_part_must_open_a_centre_or_office_name():
    from graph_builder.entities.named_forms import bare_names

    text = "设施瑞士政府家具信息技术办公室"  # a run-on table row: the proper part is inside, not opening
    assert not [h for h in bare_names(text) if text[h.start:h.end].endswith("办公室")]


def test_a_name_given_with_its_latin_form_is_found_where_nothing_ends_it():
    ref, ms = _found("会议由米卡·维尔塔宁（Mika Virtanen）主持。\n\n姓名\t职务\t国家\n米卡·维尔塔宁\t所长\t芬兰\n"
                     "安娜·科斯塔\t主任\t巴西\n")
    keys = [m.key for m in ms if m.key.startswith("person/")]
    assert keys.count("person/mika-virtanen") == 2
    assert "安娜·科斯塔" not in [m.surface for m in ms]  # no Latin form anywhere: its end is unknown


@pytest.mark.parametrize("text, n", [
    ("大会，\n欢迎大会于2018年9月27日在纽约召开的高级别会议，\n1. 请秘书长向大会第七十四届会议报告。\n", 3),  # the subject line too
    ("A/RES/72/955\n1. 决定将该项目列入大会第七十三届会议临时议程。\n", 1),
])
def test_a_bare_dahui_in_a_un_resolution_is_the_general_assembly(text, n):
    assert [k for _, k in _pairs(text)].count("body/unga") == n


@pytest.mark.parametrize("text", [
    "A/RES/72/955\n注意到国际电联全权代表大会和区域大会的成果。\n",  # other assemblies' names
    "论坛请秘书处向大会报告。\n",  # not a UN resolution
])
def test_a_dahui_that_names_another_assembly_or_outside_a_resolution_is_not_linked_to_it(text):
    assert "body/unga" not in [k for _, k in _pairs(text)]
