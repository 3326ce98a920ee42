"""Countries that hold a meeting's vice-chairs: ``X和Y各一名(当然)?副主席`` (each of the countries named holds
one vice-chair, e.g. the host countries' ex officio vice-chairs) -> ``EVENT wsis:viceChair COUNTRY``.

The meeting is the one named last before the list in the same leaf (a session, a numbered meeting or an
anchored event; not the summit as a whole when a meeting of it is named). Persons elected vice-chair are
frames (graph_builder/facts/frames/officers.yaml); this form is code because the count (一名当然副主席) is a
single COUNT slot whose noun the frame forms cannot see.
"""

from __future__ import annotations

import re

from graph_builder.facts import rule
from graph_builder.rdf.namespaces import ID, WSIS

# a run of names joined by 、/和/及/与, then 各 + one vice-chair each (the noun may carry 当然 'ex officio')
_EACH = re.compile(r"(?P<list>[^,;。:]{2,60}?)各(?:有|出|派|推选|提名|担任|占)?(?:一|1)(?:名|位|个)(?:当然)?副主席(?!候选人|人选|职位|席位)")
_JOINERS = re.compile(r"^(?:、|和|及|与|以及)$")


@rule("officers.vice-chair-countries")
def vice_chair_countries(ctx) -> None:
    from graph_builder.entities.open_class import entity_kind
    from graph_builder.facts.rules_events import scan
    from graph_builder.facts.rules_frames import Emitter

    em = None

    for leaf, _ in scan(ctx):
        if "副主席" not in leaf.text:
            continue
        for m in _EACH.finditer(leaf.text):
            a, b = m.start("list"), m.end("list")
            countries = [x for x in leaf.mentions if a <= x.i and x.j <= b
                         and entity_kind(ctx.reference, x.key) == "COUNTRY"]
            if not countries or leaf.text[countries[-1].j:b] != "" or countries[0].i - a > 4:
                continue  # the list is the countries (and a joiner before them), ending right before 各
            # the countries must be the whole list: nothing but joiners between them
            k = countries[0].i
            start = k
            ok = True
            for x in countries:
                if x.i != k and not _JOINERS.match(leaf.text[k:x.i]):
                    ok = False
                k = x.j
            if not ok:
                continue
            events = [x for x in _event_slots(ctx, leaf) if x.j <= start]
            events += [x for x in leaf.mentions if x.j <= start and x.key.startswith("event/") and x.key != "event/wsis"]
            if not events:
                continue
            event = max(events, key=lambda x: x.j)
            em = em or Emitter(ctx)
            for x in countries:
                em.add(leaf, ID[event.key], WSIS.viceChair, ID[x.key], start, m.end())
            if hasattr(event, "types"):
                em.declare(leaf, event)  # a session the list lacks: its type, labels and body


def _event_slots(ctx, leaf) -> list:
    """The meetings a leaf names (anchored events, sessions and numbered meetings of any body)."""
    from graph_builder.facts.frames.slots import leaf_slots

    return [s for s in leaf_slots(ctx, leaf) if "EVENT" in s.types and s.key and s.key != "event/wsis"]
