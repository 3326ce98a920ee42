"""Facilitators given as list items under a paragraph that announces them (graph_builder/facts/
rules_frames_facilitators.py): new sentences, one item per action line, the agencies in the order printed."""

from __future__ import annotations

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import ID, WSIS
from tests.facts.test_rules_actions_helpers import extract_text

ANNOUNCED = """区域数字论坛报告

1. 2016年论坛的行动方面会议的推进机构如下：
- C2（信息通信基础设施）：国际电联、开发计划署；
- C7电子卫生：世界卫生组织、国际电联、联合国教科文组织。
"""

NOT_ANNOUNCED = """区域数字论坛报告

1. 论坛讨论了下列行动方面的优先事项：
- C2（信息通信基础设施）：国际电联、开发计划署；
"""


def _facilitations(text: str) -> dict:
    facts = extract_text(load_reference(), text, ["frames.facilitators"], "t")[0].facts
    out: dict = {}
    for s, p, o in facts:
        if p == WSIS.actionLine:
            out.setdefault(s, {})["line"] = o
        elif p == WSIS.agency:
            out.setdefault(s, {})["agency"] = o
        elif p == WSIS.rank:
            out.setdefault(s, {})["rank"] = o
    return {(v["line"], int(v["rank"])): v["agency"] for v in out.values()}


def test_items_of_an_announcing_paragraph_give_the_line_and_its_agencies_in_order():
    got = _facilitations(ANNOUNCED)
    assert got[(ID["actionline/c2"], 1)] == ID["org/itu"]
    assert got[(ID["actionline/c2"], 2)] == ID["org/undp"]
    health = [k for k in got if k[0] != ID["actionline/c2"]]
    assert [str(got[k]).rsplit("/", 1)[1] for k in sorted(health, key=lambda k: k[1])] == ["who", "itu", "unesco"]


def test_items_of_a_paragraph_that_names_no_facilitators_are_not_read():
    assert _facilitations(NOT_ANNOUNCED) == {}


LEAD_FIRST = """区域数字论坛报告

1. 在C4（能力建设）行动方面，联合国教科文组织担任牵头推进方，共同推进方依次为国际劳工组织（劳工组织）、世界银行和国际电联。
"""

SOLE = """区域数字论坛报告

1. 联合国教科文组织是C3（获取信息和知识）和C8（文化多样性和特性）两个行动方面的唯一推进机构。

2. 联合国教科文组织是C3行动方面推进机构之一。
"""


def test_a_lead_named_before_the_others_comes_first_and_an_acronym_is_not_a_second_agency():
    got = _facilitations(LEAD_FIRST)
    c4 = sorted((k[1], str(v).rsplit("/", 1)[1]) for k, v in got.items() if k[0] == ID["actionline/c4"])
    assert c4 == [(1, "unesco"), (2, "ilo"), (3, "world-bank"), (4, "itu")]
    facts = extract_text(load_reference(), LEAD_FIRST, ["frames.facilitators"], "t")[0].facts
    assert (ID["actionline/c4"], WSIS.leadFacilitator, ID["org/unesco"]) in facts


def test_a_sole_facilitator_of_several_lines_facilitates_each():
    got = _facilitations(SOLE)
    assert got == {(ID["actionline/c3"], 1): ID["org/unesco"], (ID["actionline/c8"], 1): ID["org/unesco"]}


def test_the_one_agency_a_sentence_names_for_several_lines_facilitates_each_but_not_one_of_several():
    got = _facilitations("区域报告\n\n1. 世界卫生组织是C7（电子卫生）和C10（伦理）行动方面的推进机构。\n\n"
                         "2. 国际劳工组织是C4（能力建设）行动方面的推进机构之一。\n")
    assert got == {(ID["actionline/c7"], 1): ID["org/who"], (ID["actionline/c10"], 1): ID["org/who"]}


RESPECTIVELY = """区域信息社会进展报告

1. 讲习班指出，C5（建立信任和安全）、C6和C10的推进机构分别为国际电联、国际电联和联合国教科文组织。
2. 会议回顾，C3和C9的协调方依次为联合国教科文组织和联合国经济和社会事务部；C7电子农业的推进机构为粮农组织。
3. 会议认为C1和C2的推进机构依次为国际电联、联合国开发计划署和联合国教科文组织。
"""


def test_several_lines_before_a_list_in_order_get_one_agency_each():
    got = _facilitations(RESPECTIVELY)
    assert got[(ID["actionline/c5"], 1)] == ID["org/itu"]
    assert got[(ID["actionline/c6"], 1)] == ID["org/itu"]
    assert got[(ID["actionline/c10"], 1)] == ID["org/unesco"]
    assert got[(ID["actionline/c3"], 1)] == ID["org/unesco"]
    assert got[(ID["actionline/c9"], 1)] == ID["org/undesa"]
    assert not [k for k in got if k[0] in (ID["actionline/c5"], ID["actionline/c3"]) and k[1] > 1]


def test_a_list_longer_than_the_lines_is_not_paired_one_to_one():
    # three agencies for two lines: no one-to-one pairing is stated, so C1 gets none of its own
    got = _facilitations(RESPECTIVELY)
    assert (ID["actionline/c1"], 1) not in got


def test_the_coordinators_of_a_line_named_in_prose_are_its_facilitators_in_order():
    got = _facilitations("区域报告\n\n1. 行动方面C4能力建设的协调人依次为开发计划署、国际电联和联合国教科文组织。\n")
    line = next(k[0] for k in got)
    assert [str(got[(line, r)]).rsplit("/", 1)[1] for r in (1, 2, 3)] == ["undp", "itu", "unesco"]


def test_a_coordinator_of_a_meeting_is_not_a_facilitator():
    assert _facilitations("区域报告\n\n1. 本次会议的协调人为区域办事处的一名官员。\n") == {}


LINE_BEFORE_YOU = """区域数字论坛报告

1. 本区域各行动方面的推进安排如下：C3由联合国教科文组织推进；C6由国际电联和世界银行共同推进；C1、C2和C5均由国际电联推进。

2. 在C7之下，电子就业由国际劳工组织和国际电联共同推进，国际劳工组织列于首位。
"""

NO_LINE = """区域数字论坛报告

1. 电子就业方面的培训班由国际劳工组织主办。
"""


def test_a_line_right_before_you_a_run_with_jun_and_a_sub_line_by_its_bare_name():
    got = _facilitations(LINE_BEFORE_YOU)
    assert got[(ID["actionline/c3"], 1)] == ID["org/unesco"]
    assert got[(ID["actionline/c6"], 1)] == ID["org/itu"] and got[(ID["actionline/c6"], 2)] == ID["org/world-bank"]
    assert all(got[(ID[f"actionline/{n}"], 1)] == ID["org/itu"] for n in ("c1", "c2", "c5"))
    sub = sorted((k for k in got if str(k[0]).rsplit("/", 1)[1].startswith("c7")), key=lambda k: k[1])
    assert [str(got[k]).rsplit("/", 1)[1] for k in sub] == ["ilo", "itu"]
    assert str(sub[0][0]).rsplit("/", 1)[1] != "c7"


def test_a_sub_line_name_before_an_organiser_is_not_a_facilitation():
    assert _facilitations(NO_LINE) == {}


def test_agencies_first_each_with_its_lines_in_brackets():
    got = _facilitations("1. 区域论坛期间，各行动方面会议的推进机构依次为：国际电联（C2、C4）、联合国教科文组织（C3、C4）"
                         "和世界卫生组织（C7电子卫生）。\n")
    assert got[(ID["actionline/c2"], 1)] == ID["org/itu"]
    assert got[(ID["actionline/c4"], 1)] == ID["org/itu"]
    assert got[(ID["actionline/c4"], 2)] == ID["org/unesco"]
    assert got[(ID["actionline/c3"], 1)] == ID["org/unesco"]
    assert len(got) == 5


def test_an_agency_with_a_line_in_brackets_but_no_list_of_facilitators():
    assert _facilitations("1. 国际电联（C2）的代表介绍了推进机构为各国提供的支持。\n") == {}


QUOTED_NAME = """区域数字论坛报告

1. 会议确认，行动方面C3“获取信息和知识”的协调人依次为联合国教科文组织、国际电联和开发计划署。
2. 会议注意到行动方面C3“获取信息和知识”的进展。
"""


def test_a_line_named_in_quotes_before_its_coordinators_in_order():
    got = _facilitations(QUOTED_NAME)
    assert [str(got[(ID["actionline/c3"], r)]).rsplit("/", 1)[1] for r in (1, 2, 3)] == ["unesco", "itu", "undp"]
    assert len(got) == 3  # the line named again without a list of agencies gives none


def test_the_un_term_cujin_fang_reads_as_facilitators_in_order():
    # 促进方 / 由X促进: the UN Chinese term for the facilitators of an action line
    got = _facilitations("1. 评价发现，C3行动方面（获取信息和知识）的促进方依次为教科文组织、国际电联和开发署；"
                         "C8行动方面由教科文组织促进。\n")
    assert [str(got[(ID["actionline/c3"], k)]).rsplit("/", 1)[1] for k in (1, 2, 3)] == ["unesco", "itu", "undp"]
    assert got[(ID["actionline/c8"], 1)] == ID["org/unesco"]


def test_promoting_a_line_is_not_facilitating_it():
    got = _facilitations("1. 各国应促进C3行动方面的落实，以促进发展。\n")
    assert not got


SUB_LINE_FORMS = """区域数字论坛报告

1. 行动方面C7（电子农业）的协调人依次为联合国粮食及农业组织和国际电联。

2. 行动方面C7“电子卫生”的推进方依次为世界卫生组织和国际电联。

3. C7：电子政务的推进方依次为联合国经济和社会事务部和国际电联。

4. C7 e-business的推进机构为联合国贸易和发展会议和国际电联。

5. C7（信息通信技术应用）的推进机构依次为国际电联和联合国教科文组织。
"""


def test_a_sub_line_named_after_its_line_in_brackets_quotes_after_a_colon_or_in_english_gets_the_facilitators():
    got = _facilitations(SUB_LINE_FORMS)
    assert got[(ID["actionline/c7-e-agriculture"], 1)] == ID["org/fao"]
    assert got[(ID["actionline/c7-e-health"], 1)] == ID["org/who"]
    assert got[(ID["actionline/c7-e-government"], 1)] == ID["org/undesa"]
    assert got[(ID["actionline/c7-e-business"], 1)] == ID["org/unctad"]
    # the line's own title in brackets is no sub-line: the line itself keeps its facilitators
    assert got[(ID["actionline/c7"], 1)] == ID["org/itu"]
    assert got[(ID["actionline/c7"], 2)] == ID["org/unesco"]
    assert (ID["actionline/c7-e-health"], 3) not in got


NATIONAL = """某国信息社会进展报告

1. 政府为各行动方面指定了国家联络机构：行动方面C3（获取信息和知识）由文化和旅游部和国家档案局共同负责；行动方面C6（扶持性环境）由国家数据保护委员会负责。
"""

NOT_NATIONAL = """某国信息社会进展报告

1. C3行动方面的会议由秘书处负责组织，C6的评估由各国负责开展。
"""


def test_national_focal_bodies_of_a_line_are_ranked_and_minted_when_unlisted():
    facts = extract_text(load_reference(), NATIONAL, ["frames.facilitators"], "t")[0].facts
    got = _facilitations(NATIONAL)
    assert str(got[(ID["actionline/c3"], 1)]).endswith("/body/wenhuahelvyoubu")
    assert str(got[(ID["actionline/c3"], 2)]).endswith("/body/guojiadanganju")
    assert (ID["actionline/c6"], 1) in got and len(got) == 3
    from rdflib.namespace import RDF
    assert sum(1 for s, p, o in facts if p == RDF.type and o == WSIS.NationalFocalPoint) == 3


def test_a_task_taken_on_is_no_national_focal_body():
    assert _facilitations(NOT_NATIONAL) == {}
