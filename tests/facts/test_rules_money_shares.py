"""A share of a total stated in running text (graph_builder/facts/rules_money_shares.py): new sentences written
for this test, with shares in digits, in words and as simple fractions."""

from __future__ import annotations

import pytest

from graph_builder.entities.reference import load_reference
from graph_builder.rdf.namespaces import WSIS
from tests.facts.test_rules_actions_helpers import extract_text

RULES = ["money.pledges-prose", "money.stated-totals-prose", "money.shares-prose"]


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _shares(reference, text):
    store, _ = extract_text(reference, text + "\n", RULES)
    contributor = {s: str(o).rsplit("/", 1)[-1] for (s, p, o) in store.facts if p == WSIS.contributor}
    return {contributor.get(s, str(s).rsplit("/", 1)[-1]): str(o)
            for (s, p, o) in store.facts if p == WSIS.shareOfTotal}


@pytest.mark.parametrize("text, expected", [
    ("2017年，诺瓦卫星公司捐助了40万美元，占捐款总额的22.7%。", {"nuowaweixinggongsi": "22.7"}),
    ("2017年，国际电联捐款15万美元，约占总额的三分之一；卡斯特罗电子集团捐助了5万美元。", {"itu": "33.3"}),
    ("2017年，卡斯特罗电子集团捐助了30万美元，占全部捐款的百分之二十。", {"kasiteluodianzijituan": "20"}),
])
def test_the_share_goes_to_the_amount_the_clause_states(reference, text, expected):
    assert _shares(reference, text) == expected


@pytest.mark.parametrize("text", [
    "2017年，诺瓦卫星公司捐助了40万美元。女性占与会者的40%。",   # another sentence, not money
    "发展中国家代表约占与会者的三分之一。",                       # no amount at all
    "2017年，国际电联捐款15万美元，占总额的五分之七。",            # not a simple share
])
def test_a_share_of_no_stated_amount_gives_nothing(reference, text):
    assert _shares(reference, text) == {}
