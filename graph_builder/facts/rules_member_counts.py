"""How many members a body has (``wsis:memberCount``) where the count's noun says they are members.

``membership.counts`` -- a body or organisation named right before

* ``(将|应|拟)?由 N (名|个|位) NOUN (共同)?组成`` (由十五名专家组成, 由43个成员国组成), also after the clause that sets
  the body up (设立X专家组，由八名专家组成);
* ``(目前|现|已)?(共)?(有|拥有) N 个 (成员国|会员国|成员)`` followed by a clause end (万国邮政联盟现有192个会员国; a commission's 共有逾五十名委员),

where NOUN is one a body's members are counted in (members, member states, countries, experts,
organisations, persons). Not 由N名共同主席主持 (no 组成), 有40个国家的代表出席 (not members). The value is the
number as printed; how the text bounds it is ``wsis:memberCountQualifier`` (约/近/将近 about, 逾/超过/N余/N多
more than, 多达/高达/最多 up to, 至少 at least, 不到/少于/不足 less than), stated by the same quote. Forms with
成员 before the count (成员总数为N) are frames (graph_builder/facts/frames/officers.yaml).
"""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import XSD

from graph_builder.facts import rule
from graph_builder.rdf.namespaces import ID, WSIS

_MEMBER_NOUN = re.compile(r"^(?:成员国|会员国|成员|会员|委员|国家|专家|名专家|组织|机构|国际组织|人|名成员|名委员|位专家)"
                          r"(?P<rest>.*)$")
_COMPOSED_BEFORE = re.compile(r"(?:(?:将|应|拟)?由)$")
_HAS_BEFORE = re.compile(r"(?:目前|现|现已|已)?(?:共)?(?:有|拥有)$")
_SET_UP = re.compile(r"(?:设立|成立|建立|组建)(?:了)?$")
_THE_BODY = re.compile(r"(?:,|^)该(?P<head>工作组|专家组|小组|委员会|工作队|理事会|论坛|网络|伙伴关系|机构)$")
_LESS = re.compile(r"(?:不到|少于|不足)$")  # a bound the count recogniser leaves before the number
LESS_THAN = "less than"


@rule("membership.counts")
def member_counts(ctx) -> None:
    from graph_builder.entities.recognizers import find_counts
    from graph_builder.facts.frames.slots import leaf_slots
    from graph_builder.facts.rules_events import scan
    from graph_builder.facts.rules_frames import Emitter

    em = None
    for leaf, _ in scan(ctx):
        text = leaf.text
        if "组成" not in text and "有" not in text:
            continue
        counts = [c for c in find_counts(leaf.norm) if _MEMBER_NOUN.match(c.noun or "")]
        if not counts:
            continue
        slots = None
        for c in counts:
            i, j = leaf.index(c.start), leaf.index(c.end)
            rest = _MEMBER_NOUN.match(c.noun).group("rest")
            after = text[j:j + 8]
            # 由22个会员国的代表组成: the member states are the members, their delegates sit for them
            composed = rest in ("组成", "共同组成") or (rest == "" and re.match(r"(?:的代表)?(?:共同)?组成", after))
            has = rest == "" and re.match(r"[,。;]|$", after) and c.noun.startswith(("成员", "会员", "委员"))
            if not (composed or has):
                continue
            lead = _COMPOSED_BEFORE if composed else _HAS_BEFORE
            less = _LESS.search(text, max(0, i - 2), i)
            qualifier = LESS_THAN if less else c.qualifier
            if less:
                i = less.start()
            m = lead.search(text, max(0, i - 6), i)
            if m is None:
                continue
            slots = slots if slots is not None else [s for s in leaf_slots(ctx, leaf) if s.key
                                                     and ({"BODY", "ORG"} & set(s.types))]
            k = m.start()
            if text[max(0, k - 1):k] == ",":  # 设立X专家组，由…组成: the body the clause set up
                body = next((s for s in slots if s.j == k - 1 and _SET_UP.search(text, max(0, s.i - 3), s.i)), None)
            else:
                body = next((s for s in slots if s.j == k), None)
            if body is None and (ref := _THE_BODY.search(text, max(0, k - 8), k)):
                # 设立了X工作组，该工作组由…组成: the body of that head word named last before, in the sentence
                s0 = max(text.rfind(e, 0, ref.start()) for e in "。;") + 1
                body = next((s for s in reversed(slots) if s0 <= s.i and s.j <= ref.start()
                             and text[s.i:s.j].endswith(ref.group("head"))), None)
            if body is None:
                continue
            em = em or Emitter(ctx)
            value = Literal(c.value, datatype=XSD.integer)
            em.add(leaf, ID[body.key], WSIS.memberCount, value, body.i, j)
            if qualifier:
                em.add(leaf, ID[body.key], WSIS.memberCountQualifier, Literal(qualifier), body.i, j)
            em.declare(leaf, body)
