"""Facilitators read from a table (graph_builder/facts/rules_tables.py, ``tables.facilitators``): a lead column
beside a co-facilitators column, year columns beside them; tables written for this test."""

from __future__ import annotations

import pytest

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import ID, WSIS
from tests.facts.test_rules_actions_helpers import extract_text, objects

TABLE = (
    "附表　行动方针协调人及活动数量\n\n"
    "行动方针 | 主要协调人 | 共同协调人 | 2018年 | 2019年\n"
    "C1 | 经社部 | 各区域委员会、国际电联 | 3 | 5\n"
    "C7 电子科学 | 教科文组织 | 国际电联、贸发会议、世卫组织 | 2 | 3\n"
    "C7 电子农业 | 粮农组织 | 农发基金 | 1 | 1\n"
)


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _ranked(store, line):
    out = []
    for s, p, o in store.facts:
        if p == WSIS.actionLine and o == ID[line]:
            (agency,) = objects(store, s, WSIS.agency)
            (rank,) = objects(store, s, WSIS.rank)
            out.append((int(rank), str(agency).rsplit("/", 1)[-1]))
    return [a for _, a in sorted(out)]


def test_the_lead_column_then_the_co_facilitators_in_printed_order(reference):
    store, _ = extract_text(reference, TABLE, ["tables.facilitators"])
    assert _ranked(store, "actionline/c7-e-science") == ["unesco", "itu", "unctad", "who"]
    assert _ranked(store, "actionline/c1") == ["undesa", "un-regional-commissions", "itu"]
    assert _ranked(store, "actionline/c7-e-agriculture") == ["fao", "ifad"]
    assert objects(store, ID["actionline/c7-e-science"], WSIS.leadFacilitator) == {ID["org/unesco"]}


def test_one_facilitators_column_names_no_lead(reference):
    text = ("行动方针 | 协调机构 | 2018年\n"
            "C7 电子科学 | 教科文组织、国际电联 | 2\n"
            "C2 | 国际电联 | 4\n")
    store, _ = extract_text(reference, text, ["tables.facilitators"])
    assert _ranked(store, "actionline/c7-e-science") == ["unesco", "itu"]
    assert not objects(store, ID["actionline/c7-e-science"], WSIS.leadFacilitator)


def test_a_table_of_figures_by_year_without_a_facilitators_column_names_no_facilitator(reference):
    text = ("行动方针 | 2018年 | 2019年\n"
            "C1 | 3 | 5\n"
            "C2 | 4 | 6\n")
    store, _ = extract_text(reference, text, ["tables.facilitators"])
    assert not [s for s, p, o in store.facts if p == WSIS.agency]
