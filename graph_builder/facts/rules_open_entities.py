"""A person's country and post, from how the texts introduce a person (listed in entities.yaml or not).

- ``X的Y`` (葡萄牙的若昂·席尔瓦): a country mention, 的, a person mention -> Y wsis:nationality X;
- ``Y（X）`` or ``Y（Latin，X）``: a country alone (or after the Latin form) in the parentheses right after
  the person -> Y wsis:nationality X;
- ``PY`` (国际电联秘书长哈马敦·图雷): a post mention right before the person -> Y wsis:holds P.
Evidence is the words from the country or post to the end of the person's name (or the parentheses).
"""

from __future__ import annotations

import re

from graph_builder.entities.open_class import entity_kind
from graph_builder.facts import rule
from graph_builder.rdf.namespaces import WSIS

_PAREN = re.compile(r"\s*[（(]\s*(?:[A-Za-z\u00c0-\u024f.'’\- ]+[，,]\s*)?")


@rule("open-person-context")
def person_context(ctx) -> None:
    if ctx.reference is None:
        return
    ref = ctx.reference
    for doc_id, ms in sorted(ctx._mentions.items()):
        text = ctx.doc(doc_id).source.text
        by_end = {m.end: m for m in ms}
        by_start = {m.start: m for m in ms}
        for m in ms:
            if entity_kind(ref, m.key) != "PERSON":
                continue
            person = ctx.entity(m.key)
            before = by_end.get(m.start - 1) if text[m.start - 1 : m.start] == "的" else None
            if before is not None and entity_kind(ref, before.key) == "COUNTRY":
                ctx.store.add(person, WSIS.nationality, ctx.entity(before.key), doc_id, before.start, m.end)
            paren = _PAREN.match(text, m.end)
            if paren:
                inside = by_start.get(paren.end())
                if inside is not None and entity_kind(ref, inside.key) == "COUNTRY" \
                        and text[inside.end : inside.end + 1] in (")", "）"):
                    ctx.store.add(person, WSIS.nationality, ctx.entity(inside.key), doc_id, m.start, inside.end + 1)
            post = by_end.get(m.start)
            if post is not None and entity_kind(ref, post.key) == "POST":
                ctx.store.add(person, WSIS.holds, ctx.entity(post.key), doc_id, post.start, m.end)
