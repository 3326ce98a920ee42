"""The default (in-memory) build's exports stay what they were before the changes made for.

The build converts the dataset to quads once and hands them to every export and to the pictures; the
reference here is the earlier path (``write_all`` and ``write_viz`` each converting the rdflib dataset).
"""

from __future__ import annotations

from graph_builder.exports import write_all
from graph_builder.viz import write_viz


def test_exports_byte_identical_to_writing_from_the_dataset(built, tmp_path):
    result, folder = built
    write_all(result.dataset, tmp_path)
    write_viz(result.dataset, tmp_path / "viz")
    reference = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert reference
    for rel in reference:
        assert (folder / rel).read_bytes() == (tmp_path / rel).read_bytes(), rel
