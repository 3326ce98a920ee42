"""The synthetic corpus generator (graph_builder/synthetic.py) used by the scaling benchmark."""

from __future__ import annotations

import pytest

from graph_builder.corpus import load_corpus
from graph_builder.synthetic import make_corpus, transform, variant_id


def test_variants_are_listed_with_new_ids_and_original_file_names(corpus_dir, tmp_path):
    make_corpus(corpus_dir, tmp_path, 2)
    sources = load_corpus(tmp_path)
    originals = load_corpus(corpus_dir)
    assert [s.doc_id for s in sources] == [variant_id(o.doc_id, k) for k in (1, 2) for o in originals]
    assert [s.doc_id for s in sources][:3] == ["000-k0001", "001-k0001", "004-k0001"]
    # Same file names (the structure profiles are keyed by them), one folder per variant.
    assert [s.file_name for s in sources[:3]] == [o.file_name for o in originals]
    assert sources[0].path.parent.name == "k0001"


def test_variants_change_years_act_numbers_and_people():
    text = "第73号决议 (1998年，明尼阿波利斯)；第56/183号决议；C2001/114号文件；马里的阿达马·萨马斯科"
    names = ["阿达马·萨马斯科", "内海善雄"]
    out = transform(text, 1, names)
    assert "第1073号决议" in out
    assert "(2000年" in out  # 1998 moved by 1 % 9 + 1 = 2 years
    assert "第1056/183号" in out
    assert "C2001/1114" in out
    assert "马里的内海善雄" in out
    assert transform(text, 2, names) != out


def test_generation_is_deterministic(corpus_dir, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    make_corpus(corpus_dir, a, 1)
    make_corpus(corpus_dir, b, 1)
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files and all((a / f).read_bytes() == (b / f).read_bytes() for f in files)


def test_at_least_one_copy(corpus_dir, tmp_path):
    with pytest.raises(ValueError):
        make_corpus(corpus_dir, tmp_path, 0)
