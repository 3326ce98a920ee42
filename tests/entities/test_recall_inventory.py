"""Entity recall on the bundled corpus: named things the curated list (entities.yaml) does not link —
departments and units, reports of bodies, indices, databases, titled documents, bodies — must become nodes
(a mention with a listed or minted key). The inventory was made by reading the texts, not from the
recognisers' output; sessions and meetings are left out here: they become event nodes through the event
anchors of the fact rules, which have their own tests. The inventory of every kind, measured on the built
graph, is tests/entities/recall_inventory.tsv (test_recall_graph.py). '提交给 1999 年理事会的报告' of 000 is a
report to the council, not the council's (test_open_class_kinds.py)."""

from __future__ import annotations

import pytest

from graph_builder.entities.linker import find_all_mentions, find_mentions
from graph_builder.entities.reference import load_reference
from graph_builder.normalize import squash

INVENTORY = [  # (document, name as written)
    ("000", "秘书长的报告"), ("000", "第二委员会的报告"),
    ("001", "大会部"), ("001", "公共服务部"), ("001", "协调组"), ("001", "法律服务"), ("001", "PrepCom-1的主席团"),
    ("001", "秘书长的报告"), ("001", "PrepCom-1的报告"),
    ("004", "信息社会世界峰会清点工作数据库"), ("004", "ICT机遇指数"), ("004", "数字机遇指数"),
    ("004", "融资机制任务组的报告"), ("004", "WGIG的报告"), ("004", "峰会清点工作公众数据库"),
    ("004", "信息通信技术发展（数字机遇）综合指数"),
]


@pytest.fixture(scope="module")
def found(corpus_dir):
    from graph_builder.corpus import load_corpus

    sources = load_corpus(corpus_dir)
    listed = {s.doc_id: find_mentions(s, load_reference()) for s in sources}
    ref = load_reference()
    return listed, find_all_mentions(sources, ref), ref


def _named(mentions, doc_id: str, name: str) -> bool:
    n = squash(name)
    return any(m.doc_id == doc_id and squash(m.surface) == n for m in mentions)


def test_inventory_is_not_linked_by_the_curated_list(found):
    listed, _, _ = found
    assert [x for x in INVENTORY if _named(listed[x[0]], *x)] == []


def test_recall_of_unlisted_names(found):
    _, mentions, ref = found
    missed = [x for x in INVENTORY if not _named(mentions, *x)]
    recall = 1 - len(missed) / len(INVENTORY)
    assert recall >= 0.85, f"recall {recall:.0%}, missed {missed}"
