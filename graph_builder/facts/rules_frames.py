"""Facts from frames (graph_builder/facts/frames/*.yaml): the families of statements the genre makes, as data.

``frames`` runs every frame of every family over every prose leaf (see :mod:`graph_builder.facts.frames.engine`
for the form language and :mod:`graph_builder.facts.frames.slots` for the slot types) and emits each frame's
triples with the matched words as evidence. Things the reference list lacks (a session of a body, a person
with a Latin name, a city where a meeting was held, a government) get a minted key and their type and labels,
cited by the words that name them.

A single-valued property keeps its first value (the rules before this one, then the frames in order): a
second, different start date for the same event is not asserted (until claims are kept per source).
"""

from __future__ import annotations

import bisect
import difflib
import re
import unicodedata

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from graph_builder.entities.open_class import entity_kind
from graph_builder.facts import rule
from graph_builder.facts.date_literals import bound_literal as typed_date
from graph_builder.facts.date_literals import value_literal
from graph_builder.facts.frames.engine import Masked, load_frames, match_leaf
from graph_builder.facts.frames.mint import mint_key
from graph_builder.facts.frames.slots import _BODY_CLASS as BODY_CLASS
from graph_builder.facts.frames.slots import _BODY_SUFFIX as BODY_SUFFIX
from graph_builder.facts.frames.slots import Slot, last_name, leaf_slots
from graph_builder.rdf.namespaces import ID, SCHEMA, WSIS, node_iri, slugify

SINGLE = {
    SCHEMA.startDate, SCHEMA.endDate, WSIS.isoDate, WSIS.datePrecision, WSIS.participantCount, WSIS.countryCount,
    WSIS.status, WSIS.ordinal, WSIS.creationDate, WSIS.renamedOn, WSIS.deadline, WSIS.deadlineQualifier,
    WSIS.date, WSIS.year, WSIS.sessionOf, WSIS.participantCountQualifier, WSIS.countryCountQualifier,
}
_PREFIXES = {"wsis": WSIS, "schema": SCHEMA, "rdfs": RDFS}


def curie(text: str) -> URIRef:
    prefix, local = text.split(":", 1)
    return _PREFIXES[prefix][local]


class Emitter:
    """Adds a frame match's triples with evidence, minding single-valued properties per document."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.single: dict[tuple, object] = {}
        for (s, p, o), evs in ctx.store.facts.items():
            if p in SINGLE:
                self.single.setdefault((s, p), o)

    def add(self, leaf, s, p, o, i: int, j: int) -> bool:
        """Add a fact; False when a single-valued property of ``s`` already has another value."""
        if p in SINGLE:
            have = self.single.setdefault((s, p), o)
            if have != o:
                return False
        self.ctx.store.add_span(s, p, o, leaf.node, leaf.span(i, j))
        return True

    def declare(self, leaf, slot: Slot) -> None:
        """Register a thing the text names and no list holds (graph/entities describes it), and state what
        its name says: a session's ordinal and body."""
        if not slot.minted or slot.key is None:
            # a listed or anchored session: its identity comes from the event rules
            return
        s, i, j = ID[slot.key], slot.i, slot.j
        if self.ctx.reference is not None and slot.key not in self.ctx.reference.by_key:
            from graph_builder.entities.minting import SOURCE_DERIVED, SOURCE_NONE, SOURCE_TEXT, mint

            source = SOURCE_NONE if not slot.en else slot.extra.get("en_source", SOURCE_TEXT)
            parent = slot.extra.get("parent", "")
            mint(self.ctx.reference, slot.key, slot.cls, slot.zh or leaf.text[i:j], slot.en or "",
                 source if source != "derived" else SOURCE_DERIVED,
                 parent=parent if parent in self.ctx.reference.by_key else "")
        x = slot.extra
        if x.get("post_of") and self.ctx.reference is not None:
            # a post of a country's ministry: the ministry (named by the text, no list holds it) and its country
            from graph_builder.entities.minting import SOURCE_NONE, mint

            org_key, org_zh, country = x["post_of"]
            if org_key not in self.ctx.reference.by_key:
                mint(self.ctx.reference, org_key, "Organization", org_zh, "", SOURCE_NONE)
            self.add(leaf, s, WSIS.postOf, ID[org_key], i, j)
            self.add(leaf, ID[org_key], WSIS.country, ID[country], i, j)
        if x.get("post_of_body"):  # 基金经理: the post of the body its title opens with
            self.add(leaf, s, WSIS.postOf, ID[x["post_of_body"]], i, j)
        session = x.get("part_of")
        if session is not None:  # a resumed session: a part of its session (minted too when new)
            if not x.get("session_elsewhere"):
                self.declare(leaf, session)
            self.add(leaf, s, WSIS.partOf, ID[session.key], i, j)
            self.add(leaf, s, WSIS.status, Literal("resumed"), i, j)
            if x.get("series") and x["series"].startswith("body/"):
                self.add(leaf, s, WSIS.sessionOf, ID[x["series"]], i, j)
            return
        if x.get("minted_body") and self.ctx.reference is not None:
            from graph_builder.entities.minting import SOURCE_NONE, mint

            key, zh, cls = x["minted_body"]
            mint(self.ctx.reference, key, cls, zh, "", SOURCE_NONE)
        if x.get("ordinal"):
            a, b = x.get("ordinal_span", (i, j))
            self.add(leaf, s, WSIS.ordinal, Literal(x["ordinal"], datatype=XSD.integer), a, b)
        if x.get("series") and x["series"].startswith("body/"):
            self.add(leaf, s, WSIS.sessionOf, ID[x["series"]], i, j)

    def _label(self, leaf, s, text: str, lang: str, i: int, j: int) -> None:
        # exactly one label per language: the first one given wins
        key = (s, RDFS.label, lang)
        if key in self.single:
            return
        self.single[key] = text
        self.add(leaf, s, RDFS.label, Literal(text, lang=lang), i, j)


# ------------------------------------------------------------------------------------------ sections
def _heading_body(ctx, heading_leaf) -> str | None:
    """The body a section heading names: a linked body, else the reference body whose Chinese name is
    closest to the heading's words (科学和技术促进发展委员会 ~ 科技促进发展委员会)."""
    for m in heading_leaf.mentions:
        if m.key.startswith("body/"):
            return m.key
    text = re.sub(r"^[一二三四五六七八九十\d]+[、.．]\s*", "", heading_leaf.text)
    text = re.sub(r"(?:的)?(?:会议|工作|活动)$", "", text)
    if not text or ctx.reference is None or not re.search(r"(委员会|论坛|理事会|工作组)$", text):
        return None
    best, score = None, 0.0
    for e in ctx.reference.entities:
        if not e.key.startswith("body/"):
            continue
        r = difflib.SequenceMatcher(None, text, e.zh).ratio()
        if r > score:
            best, score = e.key, r
    return best if score >= 0.8 else None


def _section_bodies(ctx, scan):
    """leaf -> the body the enclosing section is about (from its heading), per document order."""
    out = {}
    current = None
    doc = None
    own = None  # the body whose session the document reports on (…委员会 / 第十五届会议报告 in the title block)
    for leaf, _ in scan:
        if leaf.node.doc is not doc:
            doc, current, own = leaf.node.doc, None, _reporting_body(ctx, leaf.node.doc)
        if leaf.node.kind == "Heading":
            current = _heading_body(ctx, leaf) or own
        out[id(leaf)] = current
    return out


_SESSION_REPORT = re.compile(r"第[一二三四五六七八九十百\d]+(?:届|次)会议(?:的)?(?:工作)?报告")


def _reporting_body(ctx, doc) -> str | None:
    """The body of a session report: the last body the title block names when it also names a session's report
    (科学和技术促进发展委员会 / 第十五届会议报告); its sections speak of that body unless they name another."""
    from graph_builder.facts.rules_events import prepare

    nodes = ctx.doc(doc.doc_id).nodes
    front = [n for n in nodes if n.is_leaf and n.id.startswith(f"{doc.doc_id}/front-matter/")]
    if not any(_SESSION_REPORT.search(n.text) for n in front):
        return None
    body = None
    for n in front:
        if n.kind == "Heading":
            body = _heading_body(ctx, prepare(ctx, n)) or body
    return body


# ------------------------------------------------------------------------------------------ the rule
@rule("frames")
def frames_rule(ctx) -> None:
    from graph_builder.facts.rules_events import scan

    frames = load_frames()
    em = Emitter(ctx)
    rows = scan(ctx)
    bodies = _section_bodies(ctx, rows)
    acts = _act_spans(ctx)
    memory: dict = {}
    posts: dict = {}
    doc = None
    doc_act = None
    doc_series = None
    # meetings named by a name of their own (not a body's numbered session), by document: found wherever named
    named_events: dict = {}
    for leaf, anchors in rows:
        for an in anchors:
            name = leaf.text[an.i:an.j]
            if an.cls and an.ordinal is None and len(name) >= 6 and not re.search(r"[,;。:]", name):
                named_events.setdefault(leaf.node.doc.doc_id, {}).setdefault(name, an)
    report_of = doc_event = None  # the meeting a report is the report of (its title), once the text names it
    for leaf, _ in rows:
        if leaf.node.doc is not doc:
            posts, doc_act, report_of, doc_event, doc_series = {}, None, None, None, None
            named_in_doc: list = []  # (name, key) of every body the document names, for a bare head noun
            persons_by_last: dict = {}  # last part of a name -> the persons named in full with it
            title_body = None  # the first body the title block names: the body a plan or report is of
            doc_year = _doc_year(ctx.doc(leaf.node.doc.doc_id))
        if leaf.node.doc is not doc or leaf.node.kind == "Heading":
            doc, memory = leaf.node.doc, {"DOC_ACT": doc_act, "BODIES_IN_DOC": named_in_doc, "TITLE_BODY": title_body,
                           "DOC_YEAR": doc_year}
            if doc_event is not None:
                memory["EVENT"] = doc_event  # 会议 in any section of a meeting's report is that meeting
            report_of = report_of or _report_title_meeting(leaf)
        # the body the section is about: its heading's, else the body of the last session named in it
        body = bodies.get(id(leaf)) or memory.get("SERIES")
        leaf_acts = [(leaf.index(a), leaf.index(b), key) for a, b, key in acts.get(leaf.node.id, ())]
        # a bare numbered meeting in a section naming no body (报告和出版物) is of the body of the last session the
        # document named before
        for m in leaf.mentions:  # a person named in full: a later bare last name may name them
            last = last_name(leaf.text[m.i:m.j]) if ctx.reference is not None \
                and entity_kind(ctx.reference, m.key) == "PERSON" else None
            if last:
                persons_by_last.setdefault(last, set()).add(m.key)
        slots = leaf_slots(ctx, leaf, body or doc_series, body_names=memory.get("BODY_NAMED"), posts=posts,
                           acts=leaf_acts, named_body=memory.get("BODIES_NAMED"),
                           doc_events=named_events.get(leaf.node.doc.doc_id),
                           surnames={k: next(iter(v)) for k, v in persons_by_last.items() if len(v) == 1})
        for m in leaf.mentions:
            if m.key.startswith("post/"):
                title = re.search(r"(副秘书长|秘书长|总干事|执行秘书|副主任|主任)$", leaf.text[m.i:m.j])
                if title:
                    posts[title.group(1)] = m.key
        if title_body is None and leaf.node.kind == "Heading" and "/front-matter/" in leaf.node.id:
            title_body = _title_body(leaf, slots)
            memory["TITLE_BODY"] = title_body
        masked = Masked.of(_label_as_clause_start(leaf), slots)
        typed = Typed(slots)
        for mt in match_leaf(frames, masked):
            emit_match(ctx, em, leaf, mt, typed, memory, body)
        if doc_act is None and leaf.node.kind not in _BODY_KINDS:
            # an act named in the title block is the act the document is (66/915. …): operative
            # paragraphs that say what is decided speak of it
            doc_act = next((s for s in slots if "ACT" in s.types), None)
            memory["DOC_ACT"] = doc_act
        for s in slots:
            if s.extra.get("part_of") is not None:
                em.declare(leaf, s)  # a resumed session the text names, whether or not a frame says more
            # a meeting the passage is about (a session or anchored event), not a passing mention of the summit
            if "EVENT" in s.types and (s.minted or s.extra.get("anchor") is not None):
                memory["EVENT"] = s
                if doc_event is None and report_of and (s.zh or leaf.text[s.i:s.j]) == report_of:
                    doc_event = s
                if (s.extra.get("series") or "").startswith("body/"):
                    memory["SERIES"] = doc_series = s.extra["series"]
            if "NAME" in s.types:
                memory["NAME"] = s
            named_now = None
            if "BODY" in s.types and s.key:  # for a later bare 工作队/委员会 that names it by its head noun
                named_now = (leaf.text[s.i:s.j], s.key)
            elif names_body(s):  # a quoted “…工作组” (renamed, say) is such a body too
                named_now = (s.zh, _named(s, "Body").key)
            if named_now is not None and former_name(leaf.text, s.i):
                named_now = None  # X原称“Y”: 该专家组 after it is X, not its former name
            if named_now is not None:
                memory["BODY_NAMED"] = named_now
                named_in_doc.append(named_now)
                # every body named in the section, by name: 工作组 is the last …工作组, whatever office came after
                bodies_named = memory.setdefault("BODIES_NAMED", {})
                bodies_named.pop(named_now[0], None)
                bodies_named[named_now[0]] = named_now[1]


_TITLE_BODY = re.compile(r"(?P<b>[\u4e00-\u9fff]{2,24}?(?P<suffix>" + BODY_SUFFIX + r"))(?:\([A-Za-z\-]{2,12}\))?")


_YEAR = re.compile(r"((?:19|20)\d\d)年")
_FORMER = re.compile(r"(?:原称|原名|前称|旧称)为?\(?$")


def former_name(text: str, i: int) -> bool:
    """Whether the name at ``i`` is given as a former name (X原称“Y”, X（原名Y）)."""
    return _FORMER.search(text, max(0, i - 4), i) is not None


def _doc_year(doc) -> int | None:
    """The year of the meeting or period a text reports on: the first year its title block prints (论坛2017年会议),
    else the year of its own date (the manifest's date_or_period)."""
    for n in doc.nodes:
        if n.is_leaf and "/front-matter/" in n.id and n.kind == "Heading":
            m = _YEAR.search(n.text)
            if m:
                return int(m.group(1))
    m = re.match(r"((?:19|20)\d\d)", doc.source.date_or_period or "")
    return int(m.group(1)) if m else None


def _title_body(leaf, slots) -> Slot | None:
    """The body a title-block line names: a linked body, or a line that is nothing but a body's name
    (海洋数据伙伴关系, with its abbreviation in brackets), minted then."""
    linked = next((s for s in slots if "BODY" in s.types and s.key), None)
    if linked is not None:
        return Slot(linked.types, linked.i, linked.j, key=linked.key)
    m = _TITLE_BODY.fullmatch(leaf.text.strip())
    if m is None:
        return None
    zh = m.group("b")
    return Slot(("BODY", "ORG"), 0, len(zh), key=mint_key("body", zh), cls=BODY_CLASS.get(m.group("suffix"), "Body"),
                zh=zh)


def _report_title_meeting(leaf) -> str | None:
    from graph_builder.facts.rules_events import report_title_meeting

    return report_title_meeting(leaf)


# An item label opening a leaf: 'b)<TAB>…', '(c) …', '3<TAB>…' (a bare number only with white space after it).
_ITEM_LABEL = re.compile(r"\s*(?:(\(?[A-Za-z]{1,4}\))\s*|(\d{1,3})[ \t\u3000]+)")


def _label_as_clause_start(leaf) -> str:
    """The leaf's normalised text with the item label that opens it written as clause punctuation of the same
    length, so that forms anchored at a clause start read the item's first words (normalisation drops the
    white space after '3<TAB>更名后的工作组…', which would glue the number to the clause)."""
    text = leaf.text
    m = _ITEM_LABEL.match(unicodedata.normalize("NFKC", leaf.node.text[:12]))
    if not m:
        return text
    label = m.group(1) or m.group(2)
    if not text.startswith(label):
        return text
    return "," * len(label) + text[len(label):]


_BODY_KINDS = ("Paragraph", "Preamble", "OperativeParagraph", "SubItem", "ListItem", "Text", "TableCell", "Footnote")


def _act_spans(ctx) -> dict:
    """node id -> [(original start, end, act key)] for every act citation the act rules resolved."""
    from graph_builder.facts.rules_org_acts import cited_acts

    out: dict = {}
    for c in cited_acts(ctx):
        if c.iri is None:
            continue
        a, b = c.passage.norm.span(c.i, c.j)
        out.setdefault(c.node.id, []).append((a, b, str(c.iri).rsplit("/id/", 1)[1]))
    return out


def resolve_ref(ref: tuple, slots: list, memory: dict, body: str | None, text: str | None = None):
    """What a reference stands for: the event (会议, 大会, or the passage's event) or quoted name named last
    before it in the leaf (in a sentence naming no meeting before it: the first meeting of the sentence before),
    else in the section's earlier leaves; a body word (论坛, 委员会) is (given the leaf's
    ``text``) the body named last before it in the leaf whose name ends with that word (…设立了X工作队。工作队由…:
    X工作队), else the body the section is about, else the body named last in the section."""
    _, i, j, kind = ref
    if kind == "THIS_YEAR":  # 自本届起, 今年: the year of the meeting or document the text is
        year = memory.get("DOC_YEAR")
        if year is None:
            return None
        from datetime import date

        from graph_builder.entities.recognize_dates import DateMention

        dm = DateMention(0, 0, str(year), "year", str(year), date(year, 1, 1), date(year, 12, 31), (0, 0))
        return Slot(("DATE",), i, j, value=dm)
    if kind == "OWN_BODY":  # the body the section is about, else the one the title block names
        if body:
            return Slot(("BODY", "ORG"), i, j, key=body)
        own = memory.get("TITLE_BODY")
        return Slot(("BODY", "ORG"), i, j, key=own.key, cls=own.cls, zh=own.zh) if own else None
    if kind == "REF_BODY":
        # 该伙伴关系 points back to the body of that kind named last (a body of the section's body, or
        # another one); a bare 论坛 / 委员会 is the body the section is about, unless the passage itself named a
        # body with that head noun before it (频谱管理专家组负责…。专家组主席由…: that group)
        pointed = text is not None and text[i:j].startswith("该")
        here = []
        if text is not None:
            word = text[i:j].removeprefix("该")
            pool = slots.slots if isinstance(slots, Typed) else slots
            here = [s for s in pool if "BODY" in s.types and s.key and s.j <= i and not former_name(text, s.i)
                    and text[s.i:s.j].rstrip("”").endswith(word) and len(text[s.i:s.j].rstrip("”")) > len(word)]
        if here:
            return Slot(("BODY", "ORG"), i, j, key=here[-1].key)
        if pointed and text is not None:
            # 该平台 after X平台第一次会议: the body the list lacks whose numbered meeting the leaf named before
            series = [s.extra["minted_body"] for s in pool if s.j <= i and s.extra.get("minted_body")
                      and s.extra["minted_body"][1].endswith(word) and len(s.extra["minted_body"][1]) > len(word)]
            if series:
                key, zh, cls = series[-1]
                return Slot(("BODY", "ORG"), i, j, key=key, cls=cls, zh=zh)
        if body and not pointed:
            return Slot(("BODY", "ORG"), i, j, key=body)
        if text is None:
            return None
        word = text[i:j].removeprefix("该")
        pool = slots.slots if isinstance(slots, Typed) else slots
        here = [s for s in pool if s.j <= i and not former_name(text, s.i)
                and (("BODY" in s.types and s.key and text[s.i:s.j].rstrip("”").endswith(word))
                     or (names_body(s) and s.zh.endswith(word)))]
        if here:
            key = here[-1].key if "BODY" in here[-1].types else _named(here[-1], "Body").key
            return Slot(("BODY", "ORG"), i, j, key=key)
        named = memory.get("BODY_NAMED")
        if named is not None and named[0].rstrip("”").endswith(word):
            return Slot(("BODY", "ORG"), i, j, key=named[1])
        earlier = next((k for n, k in reversed(memory.get("BODIES_NAMED", {}).items())
                        if n.rstrip("”").endswith(word)), None)
        if earlier is not None:
            return Slot(("BODY", "ORG"), i, j, key=earlier)
        # in a later section: the one body with that head noun the document named before (理事会 for the
        # council named in the overview), when there is just one
        earlier = {key for name, key in memory.get("BODIES_IN_DOC", ())
                   if name.rstrip("”").endswith(word) and len(name.rstrip("”")) > len(word)}
        if len(earlier) == 1:
            return Slot(("BODY", "ORG"), i, j, key=earlier.pop())
        return Slot(("BODY", "ORG"), i, j, key=body) if body else None
    want = {"THE_ACT": "ACT", "PREV_NAME": "NAME", "THE_BODY": "BODY", "PREV_BODY": "BODY"}.get(kind, "EVENT")
    typed = slots if isinstance(slots, Typed) else Typed(slots)
    if kind in ("REF_EVENT", "THE_EVENT") and text is not None:
        # a sentence that names no meeting of its own before the reference speaks of the meeting the sentence
        # before is about: the first one it names (第八次会议于…举行，与大会第六十九届会议同期召开。会议由…主持，
        # 逾四十名委员出席: the eighth meeting, not the session it coincided with)
        s1 = max(text.rfind("。", 0, i), text.rfind(";", 0, i)) + 1
        s0 = max(text.rfind("。", 0, max(0, s1 - 1)), text.rfind(";", 0, max(0, s1 - 1))) + 1
        if s1 > 0 and not any(want in x.types and s1 <= x.i < i for x in typed.slots):
            first = next((x for x in typed.slots if want in x.types and s0 <= x.i and x.j <= s1
                          and (x.minted or x.extra.get("anchor") is not None)), None)
            if first is not None:
                return first
    found = typed.last_before(want, i)
    if want == "EVENT" and found is not None and text is not None and found.i > 0 \
            and (text[found.i - 1] in "与和同" and text[found.j:found.j + 2] in ("同期", "同时")
                 or _DURING_BEFORE.search(text, max(0, found.i - 2), found.i) and _DURING_AFTER.match(text, found.j)):
        # 与X同期举行 / 正值X期间: X is the meeting the subject was held with or during, not the one spoken of
        prev = typed.last_before(want, found.i - 1)
        if prev is not None and not any(c in text[prev.j:found.i] for c in "。;"):
            found = prev
    if want == "BODY" and found is not None and text is not None and former_name(text, found.i):
        # X原称“Y”。该专家组…: X, not the name it had before
        found = typed.last_before(want, found.i)
    if want == "BODY":  # 该工作组 after a quoted “…工作组” (renamed, say): the body that name is
        name = typed.last_before("NAME", i)
        if name is not None and text is not None and former_name(text, name.i):
            name = None
        if name is not None and names_body(name) and (found is None or name.j > found.j):
            return _named(name, "Body")
    if found is not None or want == "BODY":
        return found
    # the act the document is (its title names it); the event or name of the section's earlier leaves
    return memory.get("DOC_ACT") if want == "ACT" else memory.get(want)


#: 正值X期间, 适逢X之际: a clause that only dates the subject by another event
_DURING_BEFORE = re.compile(r"(?:正值|适逢|恰逢|时值|正逢)$")
_DURING_AFTER = re.compile(r"[^,。;]{0,12}?(?:期间|之际|前夕)")


class Typed:
    """A leaf's slots by type, each list with its end offsets, for 'the last X before i' in O(log n)."""

    def __init__(self, slots: list):
        self.slots = slots
        self._index: dict = {}

    def last_before(self, want: str, i: int):
        if want not in self._index:
            typed = [s for s in self.slots if want in s.types]
            self._index[want] = ([s.j for s in typed], typed)
        ends, typed = self._index[want]
        k = bisect.bisect_right(ends, i)
        return typed[k - 1] if k else None


_BODY_HEAD = re.compile(r"(?:工作组|专家组|委员会|理事会|任务组|工作队|咨询小组|指导小组|(?:人|者|员|家|机构)网络)$")


def names_body(slot: Slot) -> bool:
    """A quoted name whose head noun is a body's (“…工作组”, “…专家组”)."""
    return "NAME" in slot.types and bool(slot.zh) and bool(_BODY_HEAD.search(slot.zh))


def _named(slot: Slot, cls: str) -> Slot:
    """A quoted name standing for a thing of ``cls``: its key and labels (the abbreviation in parentheses
    gives the English name when it is Latin + a generic noun: WSIS论坛 -> WSIS Forum)."""
    from graph_builder.facts.frames.mint import mint_key
    from graph_builder.facts.frames.slots import english_of

    en = english_of(slot.extra.get("abbr") or "") or english_of(slot.zh)
    kind = {"Initiative": "initiative", "Body": "body", "Meeting": "event"}.get(cls, "series")
    return Slot(slot.types, slot.i, slot.j, key=mint_key(kind, slot.zh, en), cls=cls, zh=slot.zh, en=en,
                extra={"en_source": "text"})


def emit_match(ctx, em: Emitter, leaf, mt, leaf_slots_, memory, body) -> None:
    fr = mt.frame
    slots = {}
    for name, s in mt.slots.items():
        referred = isinstance(s, tuple)
        if referred:
            s = resolve_ref(s, leaf_slots_, memory, body, leaf.text)
            if s is None:
                continue
        if "NAME" in s.types and name in fr.mint:
            # a renamed “X工作组” is a body whatever the frame mints for a name: its head noun says so
            s = _named(s, "Body" if names_body(s) else fr.mint[name])
        if fr.part == "resumed" and name == "EVENT" and not s.extra.get("part_of"):
            # EVENT于DATE复会: what the dates and place are of is the session's resumed part
            from graph_builder.facts.frames.resumed import resumed_of, session_of_body

            here = True
            if "EVENT" not in s.types:  # 理事会于…复会: the session of that body named last in the section
                last = resolve_ref(("REF", s.i, s.i, "THE_EVENT"), leaf_slots_, memory, body)
                s = session_of_body(ctx, s, last, mt.slots.get("DATE"))
                if s is None:
                    return
            elif referred:  # 其续会于…: the session named before; its words may be in an earlier paragraph
                here = any(x is s for x in getattr(leaf_slots_, "slots", leaf_slots_))
                if not here and (ctx.reference is None or s.key not in ctx.reference.by_key):
                    return  # a session named elsewhere and never stated: nothing to be a part of
            s = resumed_of(ctx, s, mt.i, mt.j) if referred else resumed_of(ctx, s, s.i, s.j)
            if s is not None and not here:
                s.extra["session_elsewhere"] = True
            if s is None:
                return
        if fr.part == "resumed-only" and name == "EVENT" and not s.extra.get("part_of"):
            return  # a form that says when a resumed session was, and nothing of other meetings
        slots[name] = s
    node_iri_ = None
    if fr.node:
        loc = slugify(leaf.node.id.split("/", 1)[1])
        node_iri_ = ID[f"{fr.node['kind']}/{leaf.node.doc.doc_id}-{loc}-{fr.id}-{mt.i}"]
        cls = WSIS[fr.node["class"]]
        # what is asked runs to the end of the sentence
        end = mt.j
        while end < len(leaf.text) and leaf.text[end] not in "。;!?":
            end += 1
        quote = leaf.node.doc.text[slice(*leaf.span(mt.i, end))]
        em.add(leaf, node_iri_, RDF.type, cls, mt.i, mt.j)
        em._label(leaf, node_iri_, f"{fr.node['class']} ({leaf.node.locator})", "en", mt.i, mt.j)
        em._label(leaf, node_iri_, quote if len(quote) <= 60 else quote[:59] + "…", "zh", mt.i, mt.j)
        em.add(leaf, node_iri_, WSIS.statedIn, node_iri(leaf.node.id), mt.i, mt.j)
        em.add(leaf, node_iri_, WSIS.action, Literal(quote, lang="zh"), mt.i, end)
    used, rejected = set(), set()
    for s_name, p_text, o_name in fr.emit:
        s = node_iri_ if s_name == "NODE" else _iri(slots.get(s_name))
        if s is None:
            continue
        if (post := _POST_OF.fullmatch(o_name)) is not None:  # RAPPORTEUR(EVENT): that meeting's post
            of = slots.get(post.group(2))
            if isinstance(of, Slot) and of.key:
                from graph_builder.facts.rules_bureau import office_post

                o = office_post(ctx, em, leaf, of.key, post.group(1).lower().replace("_", "-"), mt.i, mt.j)
                if o is not None and em.add(leaf, s, curie(p_text), o, mt.i, mt.j):
                    used.update({s_name, post.group(2)})
            continue
        pairs = _objects(p_text, o_name, slots, node_iri_)
        if pairs and s_name != "NODE":
            used.add(s_name)
        for p, o in pairs:
            if o is None:
                continue
            if isinstance(o, URIRef) and o_name in slots:
                used.add(o_name)
            if p_text.endswith("Qualifier") and o_name in rejected:
                continue  # the bound of a count another statement already gave differently
            i0 = slots[o_name].i if fr.date_from_slot and o_name == "DATE" and o_name in slots else mt.i
            if not em.add(leaf, s, p, o, i0, mt.j):
                rejected.add(o_name)
    if mt.status and "EVENT" in slots and _iri(slots["EVENT"]) is not None:
        # a resumed session is 'resumed' whether the text says it was held or is to be held
        status = "resumed" if slots["EVENT"].extra.get("part_of") else mt.status
        if status == "held":  # 决定/期待 X于…举行 in the clause before the match: decided or awaited, not yet held
            from graph_builder.facts.rules_events import DECIDED

            c0 = max(leaf.text.rfind(ch, 0, mt.i) for ch in ",。;") + 1
            if DECIDED.search(leaf.text, c0, mt.i):
                status = "planned"
        em.add(leaf, _iri(slots["EVENT"]), WSIS.status, Literal(status), mt.i, mt.j)
    for name in used:
        em.declare(leaf, slots[name])


#: an emitted object naming a post of a slot's meeting or body: RAPPORTEUR(EVENT)
_POST_OF = re.compile(r"(RAPPORTEUR|FOCAL_POINT)\(([A-Z0-9_]+)\)")


def _iri(slot) -> URIRef | None:
    if slot is None or not isinstance(slot, Slot) or slot.key is None:
        return None
    return ID[slot.key]


def _objects(p_text: str, o_name: str, slots: dict, node) -> list[tuple]:
    if o_name == "NODE":
        return [(curie(p_text), node)]
    if o_name.startswith('"'):
        return [(curie(p_text), Literal(o_name.strip('"')))]
    slot = slots.get(o_name)
    if slot is None:
        return []
    if "DATE" in slot.types:
        d = slot.value
        if p_text == "when":
            if d.qualifier == "before":
                return [(WSIS.deadline, value_literal(d)), (WSIS.deadlineQualifier, Literal("before")),
                        (WSIS.datePrecision, Literal(d.precision)), (WSIS.isoDate, Literal(d.iso))]
            return [(SCHEMA.startDate, typed_date(d, "start")), (SCHEMA.endDate, typed_date(d, "end")),
                    (WSIS.datePrecision, Literal(d.precision)), (WSIS.isoDate, Literal(d.iso))]
        if p_text == "created":
            return [(WSIS.creationDate, typed_date(d, "start")), (WSIS.datePrecision, Literal(d.precision)),
                    (WSIS.isoDate, Literal(d.iso))]
        if p_text == "dated":
            return [(WSIS.date, typed_date(d, "start")), (WSIS.datePrecision, Literal(d.precision)),
                    (WSIS.isoDate, Literal(d.iso))]
        if p_text == "wsis:year":
            return [(WSIS.year, Literal(str(d.start_date.year), datatype=XSD.gYear))]
        return [(curie(p_text), typed_date(d, "start"))]
    if "COUNT" in slot.types:
        if p_text.endswith("Qualifier"):  # how the text bounds the count (约, 逾, N多); none when it is exact
            q = getattr(slot.value, "qualifier", None)
            return [(curie(p_text), Literal(q))] if q else []
        return [(curie(p_text), Literal(slot.extra["value"] if "value" in slot.extra else slot.value.value, datatype=XSD.integer))]
    if slot.key is None:
        return [(curie(p_text), Literal(slot.zh, lang="zh"))] if slot.zh else []
    return [(curie(p_text), ID[slot.key])]
