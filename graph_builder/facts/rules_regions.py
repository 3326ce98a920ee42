"""The world region a meeting belongs to (``wsis:inRegion``), where the text places it there.

A world region is a listed or minted entity of class wsis:Region that no country contains (阿拉伯国家; not a
canton or province). Two forms, over a leaf's event anchors and linked mentions:

* the region is the subject of the meeting's holding: ``REGION(也|还|将|会|亦|已)*(于DATE)?在`` right before a
  meeting that starts at its place (阿拉伯国家也会在贝鲁特…和开罗…举行会议: both meetings), or before
  ``PLACE举行(了)?`` and the meeting's name (阿拉伯国家于2019年在安曼举行了首届X论坛);
* the region names the meeting: the region's mention lies inside the meeting's name, or the meeting is a
  regional meeting named by its region (2002年非洲区域筹备会议, 西亚区域会议, 阿拉伯国家区域性筹备会议:
  graph_builder/entities/regional.py; the M49 regions are minted there as ``place/{slug}``).

A world region the text names as an area (非洲地区也将在…举行) is a region mention like a listed one.
"""

from __future__ import annotations

import re

from graph_builder.facts import rule
from graph_builder.rdf.namespaces import ID, WSIS

_LINK = re.compile(r"^(?:也|还|将|会|亦|已|曾|则|先后|分别|同样|拟|计划)*(?:于[^,。;在]{2,20}?)?(?:在|于)"
                   r"(?:[^,。;]{1,12}?(?:举行|召开|举办)(?:了)?)?$")


def _world_regions(ref) -> set[str]:
    if ref is None:
        return set()
    listed = [e for e in ref.entities if e.cls == "Region" and not getattr(e, "country", None)]
    minted = [e for e in getattr(ref, "minted", {}).values() if e.cls == "Region" and not getattr(e, "country", None)]
    return {e.key for e in listed + minted}


@rule("regions.in-region")
def in_region(ctx) -> None:
    from graph_builder.facts.frames.slots import leaf_slots
    from graph_builder.facts.rules_events import scan
    from graph_builder.facts.rules_frames import Emitter

    from graph_builder.entities.regional import region_of

    regions = _world_regions(ctx.reference)
    if not regions:
        return
    em = None
    for leaf, anchors in scan(ctx):
        for x in leaf.mentions:  # a regional meeting named by its region
            key = region_of(ctx.reference, leaf.text[x.i:x.j]) if x.key.startswith("event/") else None
            if key is not None:
                em = em or Emitter(ctx)
                em.add(leaf, ID[x.key], WSIS.inRegion, ID[key], x.i, x.j)
        found = [x for x in leaf.mentions if x.key in regions]
        if not found:
            continue
        events = [s for s in leaf_slots(ctx, leaf) if "EVENT" in s.types and s.key
                  and not s.key.startswith("event/wsis")]  # the summit and its phases are not regional meetings
        events += [a for a in anchors if not a.key.startswith("event/wsis")
                   and not any(e.key == a.key and (e.i, e.j) == (a.i, a.j) for e in events)]
        for r in found:
            linked = [e for e in events if e.i >= r.j and _LINK.match(leaf.text[r.j:e.i])]
            # a list of places after 在 (在贝鲁特…和开罗…举行会议): the meetings named inside the first one too
            inner = [e for e in events for f in linked[:1] if f.i <= e.i and e.j <= f.j and e is not f]
            for e in events:
                if e.i <= r.i and r.j <= e.j and (e.i, e.j) != (r.i, r.j):
                    span = (e.i, e.j)
                elif e in linked[:1] or e in inner:
                    span = (r.i, e.j)
                else:
                    continue
                em = em or Emitter(ctx)
                em.add(leaf, ID[e.key], WSIS.inRegion, ID[r.key], *span)
                if hasattr(e, "types"):
                    em.declare(leaf, e)
