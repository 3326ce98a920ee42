"""The world region a meeting belongs to (``wsis:inRegion``), where the text places it there.

A world region is a listed or minted entity of class wsis:Region that no country contains (阿拉伯国家; not a
canton or province). Two forms, over a leaf's event anchors and linked mentions:

* the region is the subject of the meeting's holding: ``REGION(也|还|将|会|亦|已)*(在|于)`` right before a
  meeting anchor that starts at its place (阿拉伯国家也会在贝鲁特…举行会议);
* the region names the meeting: the region's mention lies inside the meeting's name (阿拉伯国家区域筹备会议).
"""

from __future__ import annotations

import re

from graph_builder.facts import rule
from graph_builder.rdf.namespaces import ID, WSIS

_LINK = re.compile(r"^(?:也|还|将|会|亦|已|曾|则|先后|分别|同样)*(?:在|于)$")


def _world_regions(ref) -> set[str]:
    if ref is None:
        return set()
    return {e.key for e in ref.entities if e.cls == "Region" and not getattr(e, "country", None)}


@rule("regions.in-region")
def in_region(ctx) -> None:
    from graph_builder.facts.rules_events import scan

    regions = _world_regions(ctx.reference)
    if not regions:
        return
    for leaf, anchors in scan(ctx):
        found = [x for x in leaf.mentions if x.key in regions]
        if not found or not anchors:
            continue
        for r in found:
            for a in anchors:
                if a.key.startswith("event/wsis"):
                    continue  # the summit and its phases are not regional meetings
                if a.i <= r.i and r.j <= a.j and (a.i, a.j) != (r.i, r.j):
                    span = (a.i, a.j)
                elif a.i >= r.j and _LINK.match(leaf.text[r.j:a.i]):
                    span = (r.i, a.j)
                else:
                    continue
                ctx.store.add_span(ID[a.key], WSIS.inRegion, ID[r.key], leaf.node, leaf.span(*span))
