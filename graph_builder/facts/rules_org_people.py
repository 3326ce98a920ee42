"""Persons and posts: nationality, appointments, signatures and the organisation a post belongs to
(docs/MODEL.md 'People and posts'). Rules:

* ``org.people.nationality`` -- ``马里的阿达马·萨马斯科`` (country 的 person) and ``Yuri Grin先生 (俄罗斯联邦)``
  (person, title, country in brackets): wsis:nationality.
* ``org.people.appointed`` -- ``皮埃尔•加内先生被任命为执行主任``: the person wsis:holds the post; with a date
  right before (``2002年5月，X被任命为P``) a wsis:Appointment node (``appointment/{person}-{post}``) carries
  wsis:appointee, wsis:appointedTo and the dated wsis:date / wsis:isoDate.
* ``org.people.signature`` -- a block of signature lines (a name, then the posts under it, as in the foreword
  of the Outcome Documents): the person wsis:signed the part the block closes, wsis:signedAs and wsis:holds
  each post.
* ``org.people.post-of`` -- a post written with its organisation (``国际电信联盟（ITU）秘书长``,
  ``联合国秘书长``, ``理事会主席``): the post wsis:postOf the organisation or body the name starts with; a body's
  chairman (``理事会主席``) is also the body's wsis:chair.
"""

from __future__ import annotations

import re

from graph_builder.facts import Context, rule
from graph_builder.facts.rules_org_base import Passage, add_date, ensure_entity, entity_class, iri, passages
from graph_builder.normalize import squash
from graph_builder.rdf.namespaces import ID, WSIS, node_iri

_TITLE = r"(?:先生|女士|部长|大使|博士|阁下)?"


def _is_country(ctx: Context, key: str) -> bool:
    return entity_class(ctx, key) == "Country"


@rule("org.people.nationality")
def people_nationality(ctx: Context) -> None:
    """The country a person is from, as the texts write it next to the name."""
    for p in passages(ctx):
        t = p.text
        for person in [m for m in p.mentions if m.kind == "person"]:
            # 马里的阿达马·萨马斯科
            if t[person.i - 1 : person.i] == "的":
                country = p.mention_ending(person.i - 1, ("place",))
                if country is not None and _is_country(ctx, country.key):
                    p.add(iri(person.key), WSIS.nationality, iri(country.key), country.i, person.j)
            # Yuri Grin先生 (俄罗斯联邦)
            m = re.match(_TITLE + r"\s?[(（]", t[person.j :])
            if m:
                country = p.mention_at(person.j + m.end(), ("place",))
                if (country is not None and _is_country(ctx, country.key)
                        and re.match(r"\s?[)）]", t[country.j :])):
                    end = country.j + len(re.match(r"\s?[)）]", t[country.j :]).group(0))
                    p.add(iri(person.key), WSIS.nationality, iri(country.key), person.i, end)


@rule("org.people.appointed")
def people_appointed(ctx: Context) -> None:
    """``X被任命为/当选为/出任 <post>``: the person holds the post."""
    for p in passages(ctx):
        for mm in re.finditer(_TITLE + r"(?:被任命为|被委任为|出任|担任)", p.text):
            person = p.mention_ending(mm.start(), ("person",))
            post = p.mention_at(mm.end(), ("post",))
            if person is not None and post is not None:
                p.add(iri(person.key), WSIS.holds, iri(post.key), person.i, post.j)
                if "任命" in mm.group(0) or "委任" in mm.group(0):
                    _appointment(ctx, p, person, post)


def _appointment(ctx: Context, p: Passage, person, post) -> None:
    """A dated appointment: the date ends at most a short clause before the person (2002年5月，X被任命为P)."""
    a, _ = p.sentence_of(person.i)
    dates = [(p.nidx(*dm.date_span), dm) for dm in p.dates() if dm.start_date is not None]
    near = [(ij, dm) for ij, dm in dates if a <= ij[0] and ij[1] <= person.i
            and re.fullmatch(r"[，,\s]?(?:[^，,。；]{0,6}[，,])?", p.text[ij[1] : person.i])]
    if not near:
        return
    (di, _), dm = near[-1]
    slug = f"{person.key.split('/', 1)[1]}-{post.key.split('/', 1)[1]}"
    appt = ID[f"appointment/{slug}"]
    ref = ctx.reference
    person_en = ref.by_key[person.key].en if ref is not None and person.key in ref.by_key else person.key
    post_en = ref.by_key[post.key].en if ref is not None and post.key in ref.by_key else post.key
    zh = p.node.doc.text[slice(*p.norm.span(person.i, post.j))]
    ensure_entity(p, appt, WSIS.Appointment, f"Appointment of {person_en} as {post_en}", zh, di, post.j)
    p.add(appt, WSIS.appointee, iri(person.key), person.i, post.j)
    p.add(appt, WSIS.appointedTo, iri(post.key), person.i, post.j)
    add_date(p, appt, WSIS.date, dm, di, post.j)


@rule("org.people.signature")
def people_signature(ctx: Context) -> None:
    """A name line followed by post lines: who signed, in which capacities."""
    for doc in ctx.documents:
        for node in doc.nodes:
            if node.kind != "Signature":
                continue
            sibs = [c for c in node.parent.children if c.kind == "Signature"] if node.parent else [node]
            if sibs[0] is not node:
                continue
            head = _passage(ctx, node)
            persons = [m for m in head.mentions if m.kind == "person"]
            if len(persons) != 1:
                continue
            person = persons[0]
            signed = node.parent if node.parent is not None else node
            head.add(iri(person.key), WSIS.signed, node_iri(signed.id), person.i, person.j)
            for other in sibs[1:]:
                q = _passage(ctx, other)
                for post in [m for m in q.mentions if m.kind == "post"]:
                    q.add(iri(person.key), WSIS.signedAs, iri(post.key), post.i, post.j)
                    q.add(iri(person.key), WSIS.holds, iri(post.key), post.i, post.j)


def _passage(ctx: Context, node) -> Passage:
    return next((q for q in passages(ctx, node.doc.doc_id) if q.node is node), None) or Passage(ctx, node)


def _org_prefixes(ctx: Context, doc_id: str) -> list[tuple[str, str]]:
    """(squashed surface form, key) of every organisation or body name usable in ``doc_id``, longest first."""
    out = set()
    if ctx.reference is None:
        return []
    for e in ctx.reference.entities:
        if e.kind not in ("org", "body"):
            continue
        for a in e.surface_forms():
            if (not a.docs or doc_id in a.docs) and not a.conditional:  # 理事会 is ECOSOC only before 第…号商定结论
                out.add((squash(a.form), e.key))
    return sorted(out, key=lambda f: (-len(f[0]), f))


@rule("org.people.post-of")
def people_post_of(ctx: Context) -> None:
    """A post named with its organisation belongs to it (the longest organisation name the post opens with)."""
    for p in passages(ctx):
        prefixes = None
        for post in [m for m in p.mentions if m.kind == "post"]:
            if prefixes is None:
                prefixes = _org_prefixes(ctx, p.doc_id)
            surface = squash(p.text[post.i : post.j])
            found = next(((form, key) for form, key in prefixes if len(form) < len(surface) and surface.startswith(form)), None)
            if found is not None:
                form, owner = found
                p.add(iri(post.key), WSIS.postOf, iri(owner), post.i, post.j)
                # the chairman of a body chairs it (理事会主席: the Council's chair), so chains through wsis:chair work
                if surface[len(form):].lstrip("的") == "主席" and owner.startswith("body/"):
                    p.add(iri(owner), WSIS.chair, iri(post.key), post.i, post.j)
