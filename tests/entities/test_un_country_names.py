"""Countries by the names UN Chinese texts print (scripts/make_countries.py, graph_builder/entities/countries.py):
the UN short names where the ISO translation differs, earlier names, and the bracketed forms of lists of countries
(a sentence written for this test)."""

from __future__ import annotations

from pathlib import Path

from graph_builder.corpus import SourceText
from graph_builder.entities.linker import find_all_mentions
from graph_builder.entities.reference import load_reference

TEXT = ("1. 弃权：柬埔寨、危地马拉、马耳他、埃斯瓦蒂尼、特立尼达和多巴哥、孟加拉国、委内瑞拉（玻利瓦尔共和国）、"
        "玻利维亚（多民族国）。\n2. 斯威士兰代表发言。\n")


def test_un_names_earlier_names_and_bracketed_forms_are_the_countries():
    src = SourceText("t", Path("t-test.zh.txt"), TEXT, "zh", "test", "测试", "test", "2019", "")
    got = [(TEXT[m.start:m.end], m.key) for m in find_all_mentions([src], load_reference())]
    assert got == [
        ("柬埔寨", "place/cambodia"), ("危地马拉", "place/guatemala"), ("马耳他", "place/malta"),
        ("埃斯瓦蒂尼", "place/eswatini"), ("特立尼达和多巴哥", "place/trinidad-and-tobago"),
        ("孟加拉国", "place/bangladesh"),
        ("委内瑞拉（玻利瓦尔共和国）", "place/venezuela-bolivarian-republic-of"),
        ("玻利维亚（多民族国）", "place/bolivia-plurinational-state-of"),
        ("斯威士兰", "place/eswatini"),
    ]
