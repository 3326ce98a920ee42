"""profiles.yaml is an optional hint: layout detection alone finds the same units in the bundled texts.

The profiles still give the bundled texts their part ids and names (``004/tunis-agenda/para/103``, 'Annex A (UNGA
Res 56/183)'), which facts and their evidence cite, so they stay in use for those texts. Without them, detection
must find every paragraph, preambular and operative paragraph, sub-item, footnote, list item, table row and section
at the same offsets with the same kind; the differences it may show are listed here, each with its reason.
"""

from __future__ import annotations

import pytest

from graph_builder.structure import parse_document
from tests.structure.test_parser import assert_one_leaf_per_character

UNITS = ("Paragraph", "OperativeParagraph", "Preamble", "SubItem", "Footnote", "ListItem", "TableRow", "Section")

# (doc, kind, first characters): units the profile makes that detection reads differently, and why.
EXPLAINED = {
    # A note under a records table ('（**为兼职）'): the profile calls it a Footnote in a cell; detection keeps it
    # as the table's last record (a row), since it is printed exactly like one.
    ("001", "Footnote", "（**为兼职）"),
}


@pytest.mark.parametrize("doc_id", ["000", "001", "004"])
def test_detection_without_profile_finds_the_same_units(documents, doc_id):
    with_profile = next(d for d in documents if d.doc_id == doc_id)
    detected = parse_document(with_profile.source, use_profiles=False)
    assert detected.layout == "detected" and with_profile.layout == "profile"
    assert_one_leaf_per_character(detected)
    found = {(n.kind, n.start) for n in detected.nodes}
    missing = [
        (doc_id, n.kind, n.text[:12]) for n in with_profile.nodes
        if n.kind in UNITS and (n.kind, n.start) not in found
    ]
    assert [m for m in missing if m not in EXPLAINED] == []


@pytest.mark.parametrize("doc_id", ["000", "001", "004"])
def test_detection_numbers_paragraphs_as_printed(documents, doc_id):
    with_profile = next(d for d in documents if d.doc_id == doc_id)
    detected = parse_document(with_profile.source, use_profiles=False)

    def numbered(doc):
        return [(n.kind, n.label, n.start) for n in doc.nodes
                if n.kind in ("Paragraph", "OperativeParagraph") and n.label]

    assert numbered(detected) == numbered(with_profile)


def test_a_text_that_no_longer_matches_its_profile_is_read_by_detection(documents):
    from graph_builder.corpus import SourceText

    src = next(d for d in documents if d.doc_id == "000").source
    edited = src.text.replace("附件 A", "附录 A")  # the profile's marker for Annex A is gone
    doc = parse_document(SourceText(src.doc_id, src.path, edited, src.language, src.title_en, src.title_zh,
                                    src.publisher, src.date_or_period, src.contents))
    assert doc.layout == "detected"
    assert any("profile ignored" in w for w in doc.warnings)
    assert len(doc.of_kind("OperativeParagraph")) == 8
