"""Declarations whose speakers are named once, then speak in numbered paragraphs without a subject:
``我们，2014年…出席X会议的各国部长和代表团团长，`` over ``1. 重申…``, ``2. 认识到…``, ``3. 承诺…`` (the layout of
ministerial declarations and of outcome documents in the Rio style: "We, the Ministers…, 1. Reaffirm…").

``speakers(node)`` is the line that names the speakers for a paragraph of such a declaration (None elsewhere):
a paragraph or line of the same container, opening with ``我们，`` and ending with a comma, before the first
preambular or numbered paragraph that follows it. ``opening(node, norm, i)`` is where the words of the paragraph
begin after its number when ``i`` is the start of its first sentence (the verb of 'we' stands there), else None.
The rules of statements and commitments read the paragraph as if ``我们`` opened it; the speakers are the meeting
the speakers line names (出席X会议的…), which adopted the declaration.
"""

from __future__ import annotations

import re

_SPEAKERS = re.compile(r"^\s*我们\s*[，,]")
_LABEL = re.compile(r"\s*(?:\d{1,3}\s*[.．、]|[（(]\d{1,3}[)）])\s*")
_BODY_KINDS = ("Paragraph", "Fragment", "Preamble")


def _paragraph(node):
    """The paragraph a leaf belongs to (its Text child stands for it)."""
    return node.parent if node.kind == "Text" and node.parent is not None else node


def speakers(node):
    """The speakers line of the declaration ``node`` (a numbered or preambular paragraph) belongs to, or None."""
    para = _paragraph(node)
    if para.kind not in ("OperativeParagraph", "Paragraph", "Preamble") or para.parent is None:
        return None
    line = None
    for child in para.parent.children:
        if child is para:
            return line
        text = child.text.strip()
        if child.kind in _BODY_KINDS and _SPEAKERS.match(text) and text.endswith(("，", ",")):
            line = child
        elif child.kind == "Heading":
            line = None  # a new caption opens another text
    return None


def opening(node, norm, i: int) -> int | None:
    """Normalised offset where the words of a declaration's paragraph begin, if the sentence at ``i`` opens it."""
    para = _paragraph(node)
    if para.kind == "Preamble" or speakers(node) is None:
        return None
    text = norm.text
    if text[:i].strip():
        return None  # not the paragraph's first sentence
    label = _LABEL.match(text, i)
    return label.end() if label else i
