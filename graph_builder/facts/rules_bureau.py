"""Officers elected as a list ('Who chairs'; docs/MODEL.md 'People and posts').

A session report prints its bureau as blocks under a role word, one person a line, the country in brackets:

    主席：
    PERSON（Latin form）阁下（COUNTRY）
    副主席：
    PERSON（Latin form）先生（COUNTRY）
    …
    报告员：
    …

* ``officers.lists`` – 主席 -> ``wsis:chair``, 副主席 -> ``wsis:viceChair`` of the session, 报告员 (and
  副主席兼报告员) -> ``wsis:holds`` the session's post of rapporteur (a ``wsis:Post``, ``wsis:postOf`` the
  body); every person ``wsis:electedAt`` the session and ``wsis:nationality`` the bracketed country (or
  ``COUNTRY的`` before the name).

* ``officers.masthead`` – a summary record prints its presiding officer under the meeting's title, on one line:
  ``主席：PERSON先生（COUNTRY）`` -> ``wsis:chair`` of the meeting the title names (a few lines above), the
  person ``wsis:nationality`` the bracketed country.

* ``officers.report-rapporteur`` – a committee's report prints its rapporteur under its title (BODY的报告), on one
  line: ``报告员：PERSON女士（COUNTRY）`` -> the person ``wsis:holds`` the body's post of rapporteur and
  ``wsis:nationality`` the bracketed country.

The session is the one the passage that introduces the blocks names (…第十五届会议选举下列主席团成员：),
else the one the title block says the document reports on (委员会 / 第十五届会议报告) or dates (委员会 /
第二十届会议 / 2017年5月8日至12日，日内瓦: an agenda of that session); a session that no rule has identified gets
nothing.
"""

from __future__ import annotations

import re

from rdflib.namespace import RDF

from graph_builder.facts import rule
from graph_builder.rdf.namespaces import ID, WSIS

_ROLE = re.compile(r"^\s*(?P<role>副主席兼报告员|副主席|主席|报告员)\s*[:：]\s*$")
# a role and its person on one line: 副主席：PERSON（Latin form）女士（COUNTRY）
_ROLE_INLINE = re.compile(r"^\s*(?P<role>副主席兼报告员|副主席|主席|报告员)\s*[:：]\s*(?=\S)")
_LEAD_IN = re.compile(r"主席团|选举|选出|当选")
_REPORT_SESSION = re.compile(r"第(?P<n>[一二三四五六七八九十百\d]+)届会议(?:的)?(?:工作)?报告")
_KINDS = ("Fragment", "ListItem", "Paragraph", "Text")


def title_session(ctx, doc) -> str | None:
    """``event/{body}-session-N`` of the session the title block says the document reports on (委员会 /
    第十八届会议报告), whether or not a rule has stated that session."""
    from graph_builder.facts.frames.slots import _num
    from graph_builder.facts.rules_frames import _reporting_body

    body = _reporting_body(ctx, doc)
    if body is None:
        return None
    for n in doc.nodes:
        if n.is_leaf and n.id.startswith(f"{doc.doc_id}/front-matter/"):
            m = _REPORT_SESSION.search(n.text)
            if m and _num(m.group("n")):
                return f"event/{body.split('/', 1)[1]}-session-{_num(m.group('n'))}"
    return None


def _document_session(ctx, doc) -> str | None:
    """The key of the session the title block says the document reports on, when a rule identified it."""
    from graph_builder.facts.rules_title_block import title_block_session

    key = title_session(ctx, doc) or title_block_session(ctx, doc.doc_id)
    return key if key is not None and ctx.reference is not None and key in ctx.reference.by_key else None


def _lead_in_session(ctx, em, nodes, k: int) -> str | None:
    """The session (届) named by the passage right before the blocks, if it names one."""
    from graph_builder.facts.frames.slots import leaf_slots
    from graph_builder.facts.rules_events import prepare

    for prev in reversed(nodes[max(0, k - 12):k]):
        if not prev.is_leaf or prev.kind not in _KINDS or _ROLE.match(prev.text.split("\n", 1)[0]):
            continue
        if not _LEAD_IN.search(prev.text):
            return None
        for s in leaf_slots(ctx, prepare(ctx, prev)):
            if "EVENT" in s.types and s.key and "-session-" in s.key:
                return s.key if ctx.reference is not None and s.key in ctx.reference.by_key else None
        return None
    return None


@rule("officers.lists", after=("events.title_block",))  # the session an agenda's title block dates
def officer_lists(ctx) -> None:
    from graph_builder.facts.frames.slots import leaf_slots
    from graph_builder.facts.rules_events import prepare
    from graph_builder.facts.rules_frames import Emitter

    em = None
    for d in ctx.documents:
        nodes = d.nodes
        own = None
        own_done = False
        for k, node in enumerate(nodes):
            if not node.is_leaf or node.kind not in _KINDS:
                continue
            # A block is a role line, then one person a line; the blocks may stand in nodes of their own or,
            # printed without blank lines, inside the paragraph that introduces them.
            lines, pos = [], node.start
            for line in node.text.split("\n"):
                lines.append((line, pos))
                pos += len(line) + 1
            first_role = next((i for i, (line, _) in enumerate(lines) if _ROLE.match(line)), None)
            inline = first_role is None
            if inline:  # role and person on one line, after the passage that says they were elected
                first_role = next((i for i, (line, _) in enumerate(lines) if _ROLE_INLINE.match(line)), None)
                if first_role is None or first_role == 0 or not _LEAD_IN.search(lines[first_role - 1][0]):
                    continue
            elif first_role == len(lines) - 1:
                continue
            if not own_done:
                own, own_done = _document_session(ctx, d), True
            em = em or Emitter(ctx)
            leaf = prepare(ctx, node)
            slots = leaf_slots(ctx, leaf)
            session = None
            if first_role > 0 and _LEAD_IN.search(node.text[: lines[first_role][1] - node.start]):
                cut = leaf.index(lines[first_role][1])
                # the session named last before the blocks: 在第十七届会议闭幕后举行的第十八届会议第1次会议上选出
                named = [s.key for s in slots if s.i < cut and "EVENT" in s.types and s.key and "-session-" in s.key]
                session = named[-1] if named and ctx.reference is not None and named[-1] in ctx.reference.by_key \
                    else None
            session = session or (_lead_in_session(ctx, em, nodes, k) if first_role == 0 else None) or own
            if inline and session is None:
                continue
            if session is None:
                continue
            role = None
            for line, at in lines[first_role:]:
                if m := _ROLE.match(line):
                    role = m.group("role")
                    continue
                if m := _ROLE_INLINE.match(line):
                    role = m.group("role")
                elif inline:
                    break  # the lines after the last officer's are text
                a, b = leaf.index(at), leaf.index(at + len(line))
                person = next((s for s in slots if "PERSON" in s.types and a <= s.i < b), None)
                if person is None or person.key is None:
                    continue
                country = next((s for s in slots if "COUNTRY" in s.types and a <= s.i < b), None)
                _elect(ctx, em, leaf, role, session, person, country, a, b)


def _elect(ctx, em, leaf, role: str, session: str, person, country, a: int, b: int) -> None:
    p, ev = ID[person.key], ID[session]
    em.declare(leaf, person)
    if role == "主席":
        em.add(leaf, ev, WSIS.chair, p, a, b)
    if role.startswith("副主席"):
        em.add(leaf, ev, WSIS.viceChair, p, a, b)
    if role.endswith("报告员"):
        em.add(leaf, p, WSIS.holds, _rapporteur_post(ctx, em, leaf, session, a, b), a, b)
    em.add(leaf, p, WSIS.electedAt, ev, a, b)
    if country is not None and country.key:
        em.add(leaf, p, WSIS.nationality, ID[country.key], country.i, country.j)


def _rapporteur_post(ctx, em, leaf, session: str, a: int, b: int):
    """The post of rapporteur of a session (see :func:`office_post`)."""
    return office_post(ctx, em, leaf, session, "rapporteur", a, b)


#: the posts of a meeting's or body's bureau a text may name apart from its chair and vice-chairs, and the
#: person a body names to deal with it (its focal point)
_OFFICES = {"rapporteur": ("报告员", "Rapporteur"), "focal-point": ("联络人", "Focal point")}


def office_post(ctx, em, leaf, of: str, office: str, a: int, b: int):
    """The post ``office`` of a meeting or body ``of`` (a key): ``post/{slug}-{office}``, labels from the
    meeting's or body's, ``wsis:postOf`` the body (a session's body, or the body itself)."""
    zh_word, en_word = _OFFICES[office]
    ref = ctx.reference
    e = ref.by_key.get(of) if ref is not None else None
    slug = of.split("/", 1)[1]
    post = ID[f"post/{slug}-{office}"]
    em.add(leaf, post, RDF.type, WSIS.Post, a, b)
    em._label(leaf, post, f"{e.zh}{zh_word}" if e is not None and e.zh else zh_word, "zh", a, b)
    # every node has an English label: a meeting known by its Chinese name only is named by its key
    em._label(leaf, post, f"{en_word} of the {e.en}" if e is not None and e.en else f"{en_word} of {slug}", "en", a, b)
    body = of if of.startswith("body/") else f"body/{slug.rsplit('-session-', 1)[0]}" if "-session-" in slug else None
    if body is not None and ref is not None and body in ref.by_key:
        em.add(leaf, post, WSIS.postOf, ID[body], a, b)
    return post


_MASTHEAD_CHAIR = re.compile(r"^\s*主席\s*[:：]\s*(?=\S)")
# the lines of a title block before its first numbered paragraph: the chair line stands within a few of them
_MASTHEAD_REACH = 6


def record_meeting(ctx, doc) -> str | None:
    """The key of the meeting a record's title names: the event named within a few lines above its chair line."""
    cache = ctx.__dict__.setdefault("_record_meetings", {})
    if doc.doc_id not in cache:
        cache[doc.doc_id] = next((ev for _, _, ev in _chair_lines(ctx, doc)), None)
    return cache[doc.doc_id]


def _chair_lines(ctx, doc):
    """(leaf node, match of 主席：, meeting key) of each chair line under a meeting's title."""
    from graph_builder.facts.frames.slots import leaf_slots
    from graph_builder.facts.rules_events import prepare

    leaves = [n for n in doc.nodes if n.is_leaf]  # the title above is a heading
    for k, node in enumerate(leaves):
        m = _MASTHEAD_CHAIR.match(node.text.split("\n", 1)[0])
        if m is None:
            continue
        for prev in reversed(leaves[max(0, k - _MASTHEAD_REACH):k]):
            meeting = next((s.key for s in reversed(leaf_slots(ctx, prepare(ctx, prev)))
                            if "EVENT" in s.types and s.key and s.key.startswith("event/")), None)
            if meeting:
                yield node, m, meeting
                break


@rule("officers.masthead")
def masthead_chair(ctx) -> None:
    from graph_builder.facts.frames.slots import leaf_slots
    from graph_builder.facts.rules_events import prepare
    from graph_builder.facts.rules_frames import Emitter

    if ctx.reference is None:
        return
    em = None
    for d in ctx.documents:
        for node, m, meeting in _chair_lines(ctx, d):
            em = em or Emitter(ctx)
            leaf = prepare(ctx, node)
            slots = leaf_slots(ctx, leaf)
            first = node.text.split("\n", 1)[0]
            a, b = leaf.index(node.start + m.end()), leaf.index(node.start + len(first))
            person = next((s for s in slots if "PERSON" in s.types and a <= s.i < b), None)
            if person is None or person.key is None:
                continue
            country = next((s for s in slots if "COUNTRY" in s.types and person.j <= s.i < b), None)
            em.declare(leaf, person)
            em.add(leaf, ID[meeting], WSIS.chair, ID[person.key], person.i, b)
            if country is not None and country.key:
                em.add(leaf, ID[person.key], WSIS.nationality, ID[country.key], country.i, country.j)


_TITLE_RAPPORTEUR = re.compile(r"^\s*报告员\s*[:：]\s*(?=\S)")


@rule("officers.report-rapporteur")
def report_rapporteur(ctx) -> None:
    from graph_builder.facts.frames.slots import leaf_slots
    from graph_builder.facts.rules_events import prepare
    from graph_builder.facts.rules_events_anchors import reporting_body
    from graph_builder.facts.rules_frames import Emitter

    if ctx.reference is None:
        return
    em = None
    for d in ctx.documents:
        body = None
        for node in d.nodes:
            if not node.is_leaf:
                continue
            first = node.text.split("\n", 1)[0]
            if re.match(r"\s*\d+\s?[.．]", first):
                break  # the title block ends at the first numbered paragraph
            m = _TITLE_RAPPORTEUR.match(first)
            if m is None:
                continue
            body = body or reporting_body(ctx, d.doc_id)
            if body is None:
                break
            em = em or Emitter(ctx)
            leaf = prepare(ctx, node)
            slots = leaf_slots(ctx, leaf)
            a, b = leaf.index(node.start + m.end()), leaf.index(node.start + len(first))
            person = next((s for s in slots if "PERSON" in s.types and a <= s.i < b), None)
            if person is None or person.key is None:
                continue
            post = office_post(ctx, em, leaf, body.key, "rapporteur", a, b)
            em.declare(leaf, person)
            em.add(leaf, ID[person.key], WSIS.holds, post, person.i, b)
            country = next((s for s in slots if "COUNTRY" in s.types and person.j <= s.i < b), None)
            if country is not None and country.key:
                em.add(leaf, ID[person.key], WSIS.nationality, ID[country.key], country.i, country.j)
