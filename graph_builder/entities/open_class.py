"""Open-class entities: named things recognised by their form, listed in entities.yaml or not.

API (for fact rules and frames)
-------------------------------
``find_all_mentions(sources, ref)`` (graph_builder/entities/linker.py) returns the mentions of listed
entities plus the open-class ones found here; listed names win overlaps. Every mention is a
:class:`~graph_builder.entities.linker.Mention` ``(doc_id, start, end, surface, key)`` in original offsets,
and every key resolves: ``ref.by_key[key]`` holds listed and minted entities alike (minted ones also in
``ref.minted``), so ``Context.entity(key)`` accepts them.

- ``typed_mentions(ctx_or_mentions, ref, doc_id, start, end)`` -> ``[(Mention, KIND)]`` for a span, in
  text order, where KIND is one of :data:`KINDS` (PERSON, COUNTRY, GOVERNMENT, ORG, BODY, PLACE, EVENT,
  ACT, DOCUMENT, POST, or OTHER for action lines, themes and groups).
- ``entity_kind(ref, key)`` -> the KIND of a listed or minted key ('' when unknown).
- ``body_before(ctx, ref, node, pos)`` -> the mention of the body (kind BODY or ORG) that a bare
  '第十二届会议' / '第三次会议' at original offset ``pos`` of leaf ``node`` belongs to: the nearest one before
  ``pos`` in the node's text, else in the headings and titles of the sections holding it, else in the last
  heading line before it (None if none).

Recognisers (each its own module): countries, their governments and missions (countries.py), and the countries
and cities no list holds that a context names (X首都Y, X常驻代表团, 在Y举行: context_places.py); persons
(persons.py); documents in 《》, bodies and indices by suffix word or acronym, units standing alone in a
line (named_forms.py); reports and bureaus of a named body (X的报告, X的主席团, here). Word boundaries and
part-of-speech tags come from jieba (segment.py). Minting (stable keys, labels, label sources) is in
minting.py. Listed names win overlaps; a minted name may contain a listed one; a listed name (or a part
of one) is never minted again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from graph_builder.corpus import SourceText
from graph_builder.entities import countries as C
from graph_builder.entities import persons as P
from graph_builder.entities.minting import SOURCE_DERIVED, SOURCE_NONE, SOURCE_TEXT, ascii_slug, mint
from graph_builder.entities.reference import Reference
from graph_builder.normalize import Normalized, squash, unwrap

#: head words of a document's title (宣言, 议程 …): a four-character title ending in one names a document
_DOCUMENT_HEAD = re.compile(r"(?:宣言|宪章|议程|承诺|公约|纲领|战略|路线图|行动计划|原则)$")

KINDS = ("PERSON", "COUNTRY", "GOVERNMENT", "ORG", "BODY", "PLACE", "EVENT", "ACT", "DOCUMENT", "POST")

_CLASS_KIND = {
    "Person": "PERSON", "Country": "COUNTRY", "Government": "GOVERNMENT", "Post": "POST",
    "Place": "PLACE", "City": "PLACE", "Region": "PLACE",
    "Organization": "ORG", "UNSystemOrganization": "ORG", "IntergovernmentalOrganization": "ORG",
    "RegionalOrganization": "ORG", "Company": "ORG", "CivilSocietyOrganization": "ORG",
    "NonGovernmentalOrganization": "ORG",
    "Body": "BODY", "Council": "BODY", "Committee": "BODY", "Subcommittee": "BODY", "WorkingGroup": "BODY",
    "TaskForce": "BODY", "Secretariat": "BODY", "Forum": "BODY", "Fund": "BODY", "Conference": "BODY",
    "Event": "EVENT", "SummitPhase": "EVENT", "PrepCom": "EVENT", "RegionalConference": "EVENT",
    "CouncilSession": "EVENT", "PlenipotentiaryConference": "EVENT", "CommitteeMeeting": "EVENT",
    "Meeting": "EVENT",
    "Resolution": "ACT", "Decision": "ACT", "AgreedConclusions": "ACT",
    "Document": "DOCUMENT", "OutcomeDocument": "DOCUMENT", "Letter": "DOCUMENT", "Report": "DOCUMENT", "CouncilDocument": "DOCUMENT",
}


def entity_kind(ref: Reference, key: str) -> str:
    """KIND of a listed or minted key: PERSON, COUNTRY, ... ('OTHER' for concepts, '' when unknown)."""
    e = ref.by_key.get(key)
    if e is None:
        return ""
    return _CLASS_KIND.get(e.cls, "OTHER")


def typed_mentions(mentions, ref: Reference, doc_id: str, start: int, end: int) -> list[tuple]:
    """``[(mention, KIND)]`` inside ``[start, end)`` of ``doc_id``; ``mentions`` is a fact Context or a list."""
    if hasattr(mentions, "mentions_in"):
        found = mentions.mentions_in(doc_id, start, end)
    else:
        found = sorted(m for m in mentions if m.doc_id == doc_id and start <= m.start and m.end <= end)
    return [(m, entity_kind(ref, m.key)) for m in found]


_SESSION_OWNER_KINDS = ("BODY", "ORG")
# words before 'X的报告' that make X the report's addressee, not its author (提交给 1999 年理事会的报告)
_TO_BODY = re.compile(r"(?:提交给|提交|呈交给?|交给|送交|递交|向)\s*(?:(?:19|20)\d\d\s*年\s*(?:的\s*)?)?$")


def body_before(ctx, ref: Reference, node, pos: int, kinds: tuple[str, ...] = _SESSION_OWNER_KINDS):
    """The body a bare ordinal session or meeting at original offset ``pos`` of ``node`` belongs to.

    ``ctx`` is a fact Context (anything with ``mentions_in(doc_id, start, end)``). Looks back in the node
    itself first (the nearest mention before ``pos``), then in the title lines of its ancestors, nearest
    section first (a heading '科学和技术促进发展委员会' over '第十二届会议于…举行').
    """
    doc_id = node.doc.doc_id
    before = [m for m in ctx.mentions_in(doc_id, node.start, pos) if entity_kind(ref, m.key) in kinds]
    if before:
        return before[-1]
    up = node.parent
    while up is not None:
        for child in up.children:
            if child.kind == "Heading" and child.end <= pos:
                found = [m for m in ctx.mentions_in(doc_id, child.start, child.end)
                         if entity_kind(ref, m.key) in kinds]
                if found:
                    return found[-1]
        if up.title:
            head_end = min(up.end, up.start + len(up.title) + 16)
            found = [m for m in ctx.mentions_in(doc_id, up.start, min(head_end, pos))
                     if entity_kind(ref, m.key) in kinds]
            if found:
                return found[-1]
        up = up.parent
    # headings printed as lines of their own before the paragraph (not as a section's title)
    nodes = ctx.doc(doc_id).nodes if hasattr(ctx, "doc") else []
    heads = [n for n in nodes if n.kind == "Heading" and n.end <= pos]
    if heads:
        last = max(heads, key=lambda n: n.end)
        found = [m for m in ctx.mentions_in(doc_id, last.start, last.end) if entity_kind(ref, m.key) in kinds]
        if found:
            return found[-1]
    return None


_MAX_SHORT = 12  # a short form is the end of a name, a few words long
# a bare head word (委员会, 理事会, 工作组) or 政府 is read in context by the frames (the body the section is about,
# the government of the text), never as the short form of the last such name
_BARE_HEADS = frozenset({"专家组", "工作组", "小组", "任务组", "工作队", "委员会", "理事会", "秘书处", "基金", "论坛",
                         "伙伴关系", "联盟", "网络", "机制", "中心", "政府", "大会", "会议"})


@dataclass(frozen=True)
class _Hit:
    start: int  # normalised offsets
    end: int
    key: str


class OpenClassRecognizer:
    """Finds and mints open-class entities for one reference list (build once per build)."""

    def __init__(self, ref: Reference) -> None:
        self.ref = ref
        self.countries = C.CountryIndex(ref)
        self._forms = sorted(self.countries.forms.values(), key=lambda f: (-len(f.form), f.form))
        self.person_forms: dict[str, str] = {}  # zh form seen with a Latin form -> key
        from graph_builder.entities.cities import CityIndex

        self.cities = CityIndex(ref)
        # listed names (squashed) with their kind: a form-recognised name that is one of them, or a part of one,
        # is a listed entity named where its form is not linked (a short or scoped form): never minted again
        self._listed_forms = sorted({(squash(a.form), e.kind) for e in ref.entities for a in e.surface_forms()}
                                    | {(squash(e.zh), e.kind) for e in ref.entities})
        self._person_en = {ascii_slug(e.en): e.key for e in ref.entities if e.cls == "Person"}
        from graph_builder.entities.segment import add_words

        # long forms only: a short name added to jieba's dictionary would outweigh the words around it
        # (明智利用 would become 明|智利|用)
        add_words(f.form for f in self._forms if len(f.form) >= 4)

    # ------------------------------------------------------------------ persons
    def prime(self, sources: Iterable[SourceText]) -> None:
        """Learn the Latin forms of dotted names in every source first, so a bare mention anywhere resolves; and
        the countries and cities no list holds that a context names (X首都Y, X常驻代表团, 在Y举行), so every
        later mention of them resolves too."""
        from graph_builder.entities import context_places as CP

        named = []
        for s in sources:
            text = Normalized.of(s.text).text
            for h in P.dotted_names(text, bytearray(len(text))):
                if h.latin:
                    self.person_forms.setdefault(h.surface, self._person_key(h.latin))
            named += CP.context_names(text)
        self._learn_places(named)

    def _learn_places(self, named: list) -> None:
        from graph_builder.entities.cities import City
        from graph_builder.entities.segment import add_words

        known = [f for f in self.countries.forms if len(f) >= 2]

        def new(name: str) -> bool:  # no listed or known name, nor a part of one, nor one inside it
            return not (name in self.countries.forms or name in self.cities.cities or self._listed_variant(name)
                        or name in self.person_forms or any(f in name for f in known))

        formal: dict[str, str] = {}
        for c in named:
            if c.kind == "country" and new(c.name):
                formal[c.name] = max(formal.get(c.name, ""), c.formal)
        for name in sorted(formal):
            self.countries.add_named_by_context(name, formal[name])
        cities: dict[str, str] = {}
        for c in named:
            if c.kind == "city" and new(c.name) and c.name not in formal:
                cf = self.countries.forms.get(c.capital_of)
                cities[c.name] = max(cities.get(c.name, ""), cf.country.iso2 if cf else "")
        for name in sorted(cities):
            self.cities.cities[name] = City(name, "", cities[name], "text")
            self.cities.keys[name] = f"place/{ascii_slug(name)}"
        if formal or cities:
            self._forms = sorted(self.countries.forms.values(), key=lambda f: (-len(f.form), f.form))
            self.cities.forms = sorted(self.cities.cities, key=lambda f: (-len(f), f))
            add_words(f for f in [*formal, *formal.values(), *cities] if len(f) >= 4)

    def _full_forms(self, tail: str) -> list[tuple[str, str]]:
        """(full name, key) of the persons named with a Latin form whose name ends in the dotted ``tail``."""
        return [(f, v) for f, v in self.person_forms.items()
                if len(f) > len(tail) and f.endswith(tail) and f[-len(tail) - 1] in P._SEP]

    def _person_key(self, latin: str) -> str:
        slug = ascii_slug(latin)
        return self._person_en.get(slug) or f"person/{slug}"

    # ------------------------------------------------------------------ listed countries, formal forms
    def extend_countries(self, source: SourceText, known: list) -> list:
        """Listed mentions of a country written in a longer form of its name (瑞士|联邦, 突尼斯|共和国) cover
        that form, and '政府' right after it makes the mention the country's government (瑞士联邦政府): the
        listed short name must not cut a formal name in two."""
        from graph_builder.entities.linker import Mention

        by_name: dict[str, list] = {}  # a country's name -> the forms of its names, longest first
        for c in C.load_countries():
            forms = sorted((self.countries.forms[f] for f in c.zh_forms if f in self.countries.forms),
                           key=lambda f: (-len(f.form), f.form))
            for f in c.zh_forms:
                by_name.setdefault(f, forms)
        starts = sorted(m.start for m in known)
        out = []
        text = source.text
        for m in known:
            forms = by_name.get(m.surface, ())
            if forms and any(len(f) > len(m.surface) and f.startswith(m.surface) and text.startswith(f, m.start)
                             for f in self.cities.cities):
                continue  # the country's name begins a city's (墨西哥城 Mexico City): the city is named there
            cf = next((f for f in forms if len(f.form) > len(m.surface)
                       and f.form.startswith(m.surface) and text.startswith(f.form, m.start)), None)
            if cf is None and forms and C.government_tail(text, m.end):  # 智利政府 when only 智利 is listed
                cf = next((f for f in forms if f.form == m.surface), None)
            if cf is None:
                out.append(m)
                continue
            end = m.start + len(cf.form)
            gov = C.government_tail(text, end)
            stop = gov or end
            if any(m.end <= k < stop for k in starts):
                out.append(m)  # another name begins inside: leave the listed mention as it is
                continue
            key = self.countries.mint_government(cf, text[m.start : gov]) if gov else \
                self.countries.mint_country(cf.country, cf.form)
            out.append(Mention(m.doc_id, m.start, stop, text[m.start : stop], key))
        return out

    # ------------------------------------------------------------------ one document
    def find(self, source: SourceText, known: list) -> list:
        from graph_builder.entities.linker import Mention

        from graph_builder.entities import named_forms as N

        norm = Normalized.of(source.text)
        text = norm.text
        units = []
        for a, b in N.unit_lines(source.text):  # whole lines: found on the original text
            name = source.text[a:b]
            if not any(m.start < b and a < m.end for m in known) and not self._listed_variant(name):
                units.append(Mention(source.doc_id, a, b, name,
                                     mint(self.ref, f"org/{ascii_slug(name)[:80].rstrip('-')}", "Organization", name)))
        known = list(known) + units
        covered = bytearray(len(source.text) + 1)
        owner = [0] * (len(source.text) + 1)  # 1 + index of the listed mention at an original offset
        for n, m in enumerate(known, start=1):
            covered[m.start : m.end] = b"\x01" * (m.end - m.start)
            owner[m.start : m.end] = [n] * (m.end - m.start)
        taken = bytearray(covered[o] for o in norm.offsets)
        self._owner = [owner[o] for o in norm.offsets] + [0]
        self._known = known
        self._listed = bytes(taken)
        hits: list[_Hit] = []
        margin = _margin_breaks(source.text)
        gaps = frozenset(i for i in range(1, len(text)) if norm.offsets[i] - norm.offsets[i - 1] > 1
                         and norm.offsets[i - 1] + 1 not in margin)
        # a label as written, read across the line breaks of a hard-wrapped text
        self._written = lambda i, j: unwrap(source.text[slice(*norm.span(i, j))])
        hits += self._named_forms(text, taken, gaps)
        hits += self._countries(text, taken)
        hits += self._persons(text, taken, gaps)
        hits += self._cities(text, taken, {h.start: h.end for h in hits})
        hits += self._regional(text, taken)
        hits += self._short_names(text, taken, hits)
        hits += self._suffix_short_forms(text, taken, hits, norm.offsets)
        if self._UN_RESOLUTION.search(source.text):
            hits += self._un_secretary_general(text, taken)
            hits += self._un_general_assembly(text, taken)
        out = list(units)
        for h in hits:
            start, end = norm.span(h.start, h.end)
            out.append(Mention(source.doc_id, start, end, source.text[start:end], h.key))
        out += self._reports(source, known[: len(known) - len(units)] + out, covered)
        out += self._sessions(source, known[: len(known) - len(units)] + out)
        out += self._org_units(source, known[: len(known) - len(units)] + out)
        out += self._own_units(source, known[: len(known) - len(units)] + out)
        return sorted(out)

    # 请秘书处…, 并请各工作组…: a body's own secretariat, bureau or working groups, asked by their bare name
    _OWN_UNIT = re.compile(r"(?<=请|成|求)(秘书处|主席团|各工作组|各工作队|各专家组)")
    _OWN_UNIT_NAMES = {"秘书处": ("body", "secretariat", "Secretariat", "Secretariat of the {}", "秘书处"),
                       "主席团": ("body", "bureau-of", "Body", "Bureau of the {}", "主席团"),
                       "各工作组": ("group", "working-groups", "ActorGroup", "{} working groups", "各工作组"),
                       "各工作队": ("group", "task-forces", "ActorGroup", "{} task forces", "各工作队"),
                       "各专家组": ("group", "expert-groups", "ActorGroup", "{} expert groups", "各专家组")}

    def _own_units(self, source: SourceText, mentions: list) -> list:
        """A bare 秘书处/主席团/各工作组 right after a request verb (请, 责成, 要求) is the unit of the body named
        last before it in its paragraph (委员会…请秘书处: the commission's secretariat): minted, part of that body."""
        from graph_builder.entities.linker import Mention

        text = source.text
        out = []
        self._sessions_seen = {m.key for m in mentions if m.key.startswith("event/")}
        bodies = sorted((m.end, m.start, m.key) for m in mentions
                        if entity_kind(self.ref, m.key) in ("BODY", "ORG") and not m.key.startswith("org/government"))
        taken = [(m.start, m.end) for m in mentions]
        margin = _margin_breaks(text)
        for m in self._OWN_UNIT.finditer(text):
            if text[m.start() - 2 : m.start()] not in ("并请", "又请", "还请") and text[m.start() - 1] == "请" \
                    and "\u4e00" <= text[m.start() - 2 : m.start() - 1] <= "\u9fff" \
                    and text[m.start() - 2] not in "，,；;。在上会并又还也再和及议组队坛" :
                continue  # 申请秘书处…: 请 ends another word (会议请, 工作组请, 论坛请: the asking body's last word)
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            para = text.rfind("\n", 0, m.start())
            while para > 0 and para in margin:  # a line cut at the margin: the paragraph goes on above
                para = text.rfind("\n", 0, para)
            para += 1
            owner = next((k for end, start, k in reversed(bodies) if para <= start and end <= m.start()), None)
            if owner is None:
                owner = self._asking_body(text, m.start(), bodies)
            e = self.ref.by_key.get(owner) if owner else None
            if e is None:
                continue
            kind, suffix, cls, en_form, zh_tail = self._OWN_UNIT_NAMES[m.group(1)]
            slug = owner.split("/", 1)[1]
            key = f"{kind}/{slug}-{suffix}" if kind == "group" or suffix != "bureau-of" else f"body/bureau-of-{slug}"
            en = en_form.format(e.en) if e.en else ""
            mint(self.ref, key, cls, f"{e.zh}{zh_tail}", en, SOURCE_DERIVED if en else SOURCE_NONE, parent=owner)
            out.append(Mention(source.doc_id, m.start(), m.end(), m.group(1), key))
        return out

    # the body that asks, by its head noun, with the session it asks at: 委员会(第三届会议)请秘书处…
    _ASKER = re.compile(r"(委员会|理事会|论坛|工作组|专家组|工作队|任务组|大会)(第[一二三四五六七八九十\d]{1,3}(?:届|次)(?:会议|续会)?)?"
                        r"(?:还|并|又|也)?$")

    def _asking_body(self, text: str, at: int, bodies: list) -> str | None:
        """The body a bare head noun before 请 stands for (委员会第三届会议请秘书处…): the one body with that head
        noun the text named before, when there is just one."""
        m = self._ASKER.search(text, max(0, at - 16), at - 1)
        if m is None or m.end() != at - 1:
            return None
        head = m.group(1)
        named = {k for end, start, k in bodies if end <= at and text[start:end].endswith(head) and end - start > len(head)}
        if len(named) > 1 and m.group(2):
            # 委员会第三届会议: of those, the body whose third session the text named before
            n = _session_number(re.sub(r"第|届|次|会议|续会", "", m.group(2)))
            named = {k for k in named if f"event/{k.split('/', 1)[1]}-session-{n}" in self._sessions_seen}
        return named.pop() if len(named) == 1 else None

    # A United Nations resolution: its subject line (大会，/经济及社会理事会，) or its symbol (A/RES/…, E/RES/…).
    _UN_RESOLUTION = re.compile(r"(?m)^\s*(?:大会|经济及社会理事会)\s*[,，]\s*$|\b[AE]/RES/\d")

    def _un_secretary_general(self, text: str, taken: bytearray) -> list[_Hit]:
        """A bare 秘书长 in a United Nations resolution is the Secretary-General of the United Nations (请秘书长…
        提交报告); in other texts the bare title stays unlinked (the reference list scopes it per document)."""
        key = "post/un-secretary-general"
        if key not in self.ref.by_key:
            return []
        out = []
        for m in re.finditer(r"秘书长", text):
            i, j = m.start(), m.end()
            if any(taken[i:j]) or (i > 0 and text[i - 1] in "副") or text[j : j + 1] in "办特":
                continue  # 副秘书长, 秘书长办公厅, 秘书长特使: other posts and offices
            if i > 0 and "\u4e00" <= text[i - 1] <= "\u9fff" and text[i - 1] not in "请由责成邀要求和及与、的":
                continue  # part of another title or name (执行秘书长, 国际电联秘书长 when linked)
            self._claim(taken, i, j)
            out.append(_Hit(i, j, key))
        return out

    # what may stand before a bare 大会 that is the General Assembly: a stop, a space, or the last character of
    # a word that takes it as object or agent (请, 由, 向, 欢迎, 回顾, 根据, 注意到 …); never the rest of another
    # assembly's name (全权代表大会, 区域大会, 年度大会)
    _BEFORE_ASSEMBLY = set("请由向和及与的迎顾据经在将为到申认调赏即入、，,。；;：:“（( \u3000\n")

    def _un_general_assembly(self, text: str, taken: bytearray) -> list[_Hit]:
        """A bare 大会 in a United Nations resolution is the General Assembly (欢迎大会于…召开的…, 向大会第七十二届
        会议报告): linked where no longer name holds it and the words around it name no other assembly."""
        key = "body/unga"
        if key not in self.ref.by_key:
            return []
        out = []
        for m in re.finditer(r"大会", text):
            i, j = m.start(), m.end()
            if any(taken[i:j]) or (i > 0 and text[i - 1] not in self._BEFORE_ASSEMBLY) \
                    or text[j : j + 1] in ("堂", "厅", "议", "场"):
                continue
            self._claim(taken, i, j)
            out.append(_Hit(i, j, key))
        return out

    def _short_names(self, text: str, taken: bytearray, hits: list[_Hit]) -> list[_Hit]:
        """'X（以下简称“Y”）': each later Y is a mention of X (short_names.py); X is a name found before (listed
        or by its form), or a body's name a creation verb introduces (设立|X专家组) or that opens a clause, minted here."""
        from graph_builder.entities import short_names as S

        out: list[_Hit] = []
        own = self._owner
        for start, end, cls in S.created_names(text):  # 决定设立X信托基金，…: a body named where it is set up
            if self._free(taken, start, end) and not self._listed_variant(text[start:end]):
                kind = "org" if cls == "Organization" else "body"
                key = mint(self.ref, f"{kind}/{ascii_slug(text[start:end])[:80].rstrip('-')}", cls,
                           self._written(start, end))
                self._claim(taken, start, end)
                out.append(_Hit(start, end, key))
        for name_end, def_end, short in S.definitions(text):
            key = next((h.key for h in hits + out if h.end == name_end), None)
            if key is None and name_end > 0 and own[name_end - 1] and own[name_end] != own[name_end - 1]:
                key = self._known[own[name_end - 1] - 1].key
            if key is None:
                made = S.created_name(text, name_end) or S.opening_name(text, name_end)
                if made is None or not self._free(taken, made[0], name_end):
                    continue
                name = text[made[0] : name_end]
                kind = "org" if made[1] == "Organization" else "body"
                key = mint(self.ref, f"{kind}/{ascii_slug(name)[:80].rstrip('-')}", made[1],
                           self._written(made[0], name_end))
                self._claim(taken, made[0], name_end)
                out.append(_Hit(made[0], name_end, key))
            for k in S.uses(text, short, def_end):
                j = k + len(short)
                if not any(taken[k:j]):
                    self._claim(taken, k, j)
                    out.append(_Hit(k, j, key))
        return out

    # what may stand right before a body's short form: a verb or preposition that takes it, a joiner, 该
    _SHORT_BEFORE = frozenset("请由该和与及向对经并、，,：:（(“")

    def _suffix_short_forms(self, text: str, taken: bytearray, hits: list[_Hit], offsets: list[int]) -> list[_Hit]:
        """A body written later by the end of its name (监管局 after X电信监管局, 该局): a mention of that body
        when it is a body this recogniser found (not listed) and the only body or organisation named before
        whose name ends with those words (two earlier X监管局 and Y监管局: nothing)."""
        import bisect

        names = [(h.end, h.key, self._written(h.start, h.end), True) for h in hits
                 if h.key.split("/", 1)[0] in ("body", "org")]
        for m in self._known:
            if m.key.split("/", 1)[0] in ("body", "org"):
                names.append((bisect.bisect_left(offsets, m.end), m.key, m.surface, False))
        if not any(minted for *_, minted in names):
            return []
        # short form -> {key: (where its name is first written to end, minted)}: a few bodies per short form
        index: dict[str, dict[str, tuple[int, bool]]] = {}
        for end, key, name, minted in names:
            name = squash(name)
            for n in range(1, min(len(name), _MAX_SHORT + 1)):
                seen = index.setdefault(name[len(name) - n:], {})
                if key not in seen or seen[key][0] > end:
                    seen[key] = (end, minted)
        out: list[_Hit] = []
        for k in range(1, len(text)):
            if text[k - 1] not in self._SHORT_BEFORE or taken[k]:
                continue
            shortest = 1 if text[k - 1] == "该" else 2
            for n in range(min(_MAX_SHORT, len(text) - k), shortest - 1, -1):
                earlier = [(key, minted) for key, (end, minted) in index.get(text[k : k + n], {}).items() if end <= k]
                if not earlier:
                    continue
                if (len(earlier) == 1 and earlier[0][1] and not any(taken[k : k + n])
                        and text[k : k + n] not in _BARE_HEADS and not earlier[0][0].startswith("org/government")):
                    self._claim(taken, k, k + n)
                    out.append(_Hit(k, k + n, earlier[0][0]))
                break  # the longest short form decides, matched or ambiguous
        return out

    def _org_units(self, source: SourceText, mentions: list) -> list:
        """A department or unit written right after its organisation (国际电联电信发展局): a minted
        organisation, part of the listed one, labelled with both names as written."""
        from graph_builder.entities import named_forms as N
        from graph_builder.entities.linker import Mention

        out = []
        taken = sorted((m.start, m.end) for m in mentions)
        for m in mentions:
            if entity_kind(self.ref, m.key) != "ORG" or "\n" in m.surface:
                continue
            span = N.unit_after(source.text, m.end)
            if span is None or any(a < span[1] and span[0] < b for a, b in taken if (a, b) != (m.start, m.end)):
                continue
            surface = source.text[m.start : span[1]]
            if self._listed_variant(surface):
                continue
            key = mint(self.ref, f"org/{ascii_slug(surface)[:80].rstrip('-')}", "Organization", surface,
                       parent=m.key)
            out.append(Mention(source.doc_id, m.start, span[1], surface, key))
        return out

    def _sessions(self, source: SourceText, mentions: list) -> list:
        """'BODY第N届会议' (and '…和第M届会议' after it): numbered sessions of a named body (sessions.py)."""
        from graph_builder.entities import sessions as S
        from graph_builder.entities.linker import Mention

        out = []
        for m in mentions:
            e = self.ref.by_key.get(m.key)
            if e is None or entity_kind(self.ref, m.key) not in ("BODY", "ORG") or "\n" in m.surface:
                continue
            for a, b, n, written in S.sessions_after(source.text, m.end):
                key, cls, zh, en = S.session_names(m.key, e.cls, e.zh, e.en, n, written)
                # the mention is the session's own words (第五十七届会议): the body keeps its mention, and the
                # event rules still read body + number as one session; the body's words + number are an alias
                start = source.text.index("第", a)
                mint(self.ref, key, cls, zh, en, SOURCE_DERIVED if en else SOURCE_NONE, parent=m.key,
                     alias=squash(source.text[m.start:b]) if a == m.end else "")
                out.append(Mention(source.doc_id, start, b, source.text[start:b], key))
        return out

    # 'X的<head>': a thing of a body, organisation, post or meeting named right before it
    _OF_HEADS = (("报告", "Report", "document", "report-of", "Report of the {}"),
                 ("主席团", "Body", "body", "bureau-of", "Bureau of the {}"))

    def _reports(self, source: SourceText, mentions: list, covered: bytearray) -> list:
        """'X的报告' (the report of X, a Report) and 'X的主席团' (its bureau, a Body), X a body, organisation,
        post or meeting named right before."""
        from graph_builder.entities.linker import Mention

        out = []
        for m in mentions:
            e = self.ref.by_key.get(m.key)
            if e is None or entity_kind(self.ref, m.key) not in ("BODY", "ORG", "POST", "EVENT") \
                    or "\n" in m.surface or source.text[m.end : m.end + 1] != "的" \
                    or source.text[max(0, m.start - 2) : m.start] in ("有关", "关于") \
                    or _TO_BODY.search(source.text, max(0, m.start - 16), m.start):
                continue  # 有关峰会的报告 is a report about the summit, 提交给理事会的报告 one to the council
            for head, cls, kind, prefix, en_form in self._OF_HEADS:
                j = m.end + 1 + len(head)
                if not source.text.startswith(head, m.end + 1) or any(covered[m.end : j]):
                    continue
                surface = source.text[m.start : j]
                en = en_form.format(e.en) if e.en else ""
                key = mint(self.ref, f"{kind}/{prefix}-{e.slug}", cls, surface, en,
                           SOURCE_DERIVED if en else SOURCE_NONE)
                out.append(Mention(source.doc_id, m.start, j, surface, key))
        return out

    def _listed_variant(self, name: str, document: bool = False) -> bool:
        """``name`` is a listed form or lies inside one (经济及社会理事会 in 联合国经济及社会理事会); a title also
        when it holds a listed document's name (联合国千年宣言 holds 千年宣言)."""
        n = squash(name)
        listed = {f for f, _ in self._listed_forms}
        for form, kind in self._listed_forms:
            if n in form:
                return True
            # 联合国千年宣言 = 联合国 + 千年宣言, 日内瓦原则宣言 = 日内瓦 + 原则宣言; 伦敦行动计划 is a document of its own
            if document and kind == "document" and len(form) >= 4 and form in n and n.replace(form, "", 1) in listed:
                return True
        return False

    def _free(self, taken: bytearray, i: int, j: int) -> bool:
        """Nothing recognised in ``[i, j)`` — or only listed names lying wholly inside it (a longer name
        may contain a listed one: 联合国系统行政首长协调理事会 holds 联合国; both are kept)."""
        if not any(taken[i:j]):
            return True
        if any(taken[k] and not self._listed[k] for k in range(i, j)):
            return False
        own = self._owner
        if own[i] and own[i] == own[j - 1]:
            return False  # one listed name covers it all
        return not ((own[i] and i > 0 and own[i - 1] == own[i]) or (own[j - 1] and own[j] == own[j - 1]))

    def _claim(self, taken: bytearray, i: int, j: int) -> None:
        taken[i:j] = b"\x01" * (j - i)

    def _named_forms(self, text: str, taken: bytearray, gaps=frozenset()) -> list[_Hit]:
        from graph_builder.entities import named_forms as N

        out = []
        by_acronym = {e.acronym: e.key for e in self.ref.entities if e.acronym}
        for h in N.acronym_names(text):
            if not self._free(taken, h.start, h.end):
                continue
            key = by_acronym.get(h.acronym)
            if key is None and (self._listed_variant(text[h.start : h.end]) or self._owner[h.end - 1]):
                continue
            if key is None:
                kind = {"Document": "document", "Report": "document", "Initiative": "initiative",
                        "Organization": "org", "Company": "org"}.get(h.cls, "body")
                key = mint(self.ref, f"{kind}/{ascii_slug(h.acronym)}", h.cls, text[h.start : h.end])
                self.ref.by_key[key].acronym = self.ref.by_key[key].acronym or h.acronym
            self._claim(taken, h.start, h.end)
            out.append(_Hit(h.start, h.end, key))
        for start, end, title in N.titles(text):
            i, j = start + 1, end - 1
            # a short title is a document when its head word says so: 《巴库宣言》, 《利马议程》 (not 《公约》)
            short = len(title) < 5 and not (len(title) >= 4 and _DOCUMENT_HEAD.search(title))
            if not self._free(taken, i, j) or short or self._listed_variant(title, document=True):
                continue
            slug = ascii_slug(title)[:80].rstrip("-")
            if not slug:
                continue
            key = mint(self.ref, f"document/{slug}", "Document", title)
            self._claim(taken, i, j)
            out.append(_Hit(i, j, key))
        for h in N.quoted_names(text):
            name = text[h.start : h.end]
            if not self._free(taken, h.start, h.end) or self._listed_variant(name):
                continue
            kind = {"Initiative": "initiative", "Report": "document", "Document": "document"}[h.cls]
            key = mint(self.ref, f"{kind}/{ascii_slug(name)[:80].rstrip('-')}", h.cls,
                       self._written(h.start, h.end))
            self._claim(taken, h.start, h.end)
            out.append(_Hit(h.start, h.end, key))
        from graph_builder.entities import short_names as S

        # a longer name opening its clause and given a short name (海洋观测促进|防灾减灾委员会（以下简称…）) is
        # the name, not its nominal tail: left to the short-name recogniser
        opening = {end: found[0] for end, _, _ in S.definitions(text) if (found := S.opening_name(text, end))}
        bodies = S.opening_bodies(text)
        opening.update((end, start) for start, end, _ in bodies)
        # a body set up where it is named (设立X工作组自愿信托基金，) is the whole name, never a name inside it:
        # left to the short-name recogniser (the end of the set-up name covering each offset)
        set_up = [0] * (len(text) + 1)
        for start, end, _ in S.created_names(text):
            set_up[start:end] = [end] * (end - start)
        for h in N.bare_names(text, gaps):
            name = text[h.start : h.end]
            if not self._free(taken, h.start, h.end) or self._listed_variant(name) or self._owner[h.end - 1]:
                continue  # (a listed name ending the phrase is its head: 报告和|国际电联理事会)
            if opening.get(h.end, h.start) < h.start:
                continue
            e = set_up[h.start]
            if e >= h.end and (e > h.end or (h.start > 0 and set_up[h.start - 1] == e)):
                continue
            kind = {"Document": "document", "Organization": "org", "Company": "org"}.get(h.cls, "body")
            key = mint(self.ref, f"{kind}/{ascii_slug(name)[:80].rstrip('-')}", h.cls,
                       self._written(h.start, h.end))
            self._claim(taken, h.start, h.end)
            out.append(_Hit(h.start, h.end, key))
        for start, end, cls in bodies:  # (b)频谱管理工作组,由…主持: a body introduced by its chair
            name = text[start:end]
            if not self._free(taken, start, end) or self._listed_variant(name) or self._owner[end - 1]:
                continue
            kind = "org" if cls == "Organization" else "body"
            key = mint(self.ref, f"{kind}/{ascii_slug(name)[:80].rstrip('-')}", cls, self._written(start, end))
            self._claim(taken, start, end)
            out.append(_Hit(start, end, key))
        return out

    def _countries(self, text: str, taken: bytearray) -> list[_Hit]:
        from graph_builder.entities.segment import starts_word

        out = []
        for cf in self._forms:
            # a city whose name holds the country's (墨西哥城 Mexico City): the city is named there
            longer = [f for f in self.cities.cities if len(f) > len(cf.form) and f.startswith(cf.form)]
            k = text.find(cf.form)
            while k >= 0:
                j = k + len(cf.form)
                if any(text.startswith(f, k) for f in longer):
                    k = text.find(cf.form, k + 1)
                    continue
                if not any(taken[k:j]) and starts_word(text, k, j, C.TAILS):
                    gov, mission = C.government_tail(text, j), C.mission_tail(text, j)
                    if gov and not any(taken[j:gov]):
                        key = self.countries.mint_government(cf, text[k:gov])
                        end = gov
                    elif mission:  # listed names inside (联合国, 日内瓦) stay linked as well
                        key = self.countries.mint_mission(cf, text[k:mission])
                        end = mission
                    else:
                        key, end = self.countries.mint_country(cf.country, cf.form), j
                    self._claim(taken, k, end)
                    out.append(_Hit(k, end, key))
                k = text.find(cf.form, k + 1)
        return out

    def _regional(self, text: str, taken: bytearray) -> list[_Hit]:
        """Regional meetings named by their region (regional.py)."""
        from graph_builder.entities import regional as R
        from graph_builder.entities.segment import starts_word

        regions = {zh: R.Region(zh, en, ascii_slug(en)) for zh, en in R.load_regions()}
        for e in self.ref.entities:
            if e.cls == "Region" and e.en and e.key.startswith("place/"):
                for form in R.region_forms(e):  # 亚洲及太平洋 and its short form 亚太
                    regions[form] = R.Region(form, e.en, e.key.split("/", 1)[1], True)
        out = []
        for form in sorted(regions, key=lambda f: (-len(f), f)):
            k = text.find(form)
            while k >= 0:
                j = k + len(form)
                m = R.meeting_after(text, j)
                if m is not None and self._free(taken, k, m.end()) and starts_word(text, k, j, ("区域", "地区")):
                    year = R.year_before(text, k)
                    start = k - len(year) - 1 if year else k
                    key, en = R.names(regions[form], m, year)
                    mint(self.ref, key, "RegionalConference", text[start : m.end()], en, SOURCE_DERIVED)
                    R.mint_region(self.ref, regions[form])  # the region the meeting belongs to (wsis:inRegion)
                    self._claim(taken, start, m.end())
                    out.append(_Hit(start, m.end(), key))
                elif m is None and not regions[form].listed and R.AREA.match(text, j) and self._free(taken, k, j + 2) \
                        and starts_word(text, k, j, ("区域", "地区")):  # 非洲地区: the region as an area
                    self._claim(taken, k, j + 2)
                    out.append(_Hit(k, j + 2, R.mint_region(self.ref, regions[form])))
                k = text.find(form, k + 1)
        return out

    def _cities(self, text: str, taken: bytearray, named: dict | None = None) -> list[_Hit]:
        """Cities of the CLDR table (cities.py) the curated list lacks, in their country (minted as well); also a
        city opening the name of a venue or organisation found by its form (曼谷|联合国会议中心): both are kept,
        as a listed city inside a longer name is."""
        from graph_builder.entities.minting import SOURCE_CLDR, SOURCE_GEONAMES
        from graph_builder.entities.segment import ends_word, starts_word

        cities = self.cities
        named = named or {}
        out = []
        for form in cities.forms:
            k = text.find(form)
            while k >= 0:
                j = k + len(form)
                opens_name = named.get(k, 0) > j and all(taken[k:j]) and not any(self._listed[k:j])
                if (opens_name or not any(taken[k:j])) and starts_word(text, k, j) and ends_word(text, k, j) \
                        and not cities.person_follows(text, j):
                    key = cities.keys[form]
                    e = self.ref.by_key.get(key)
                    if e is None or key in self.ref.minted:
                        c = cities.cities[form]
                        country = next((f.country for f in self.countries.forms.values()
                                        if f.country.iso2 == c.territory), None) if c.territory else None
                        ckey = self.countries.mint_country(country, country.zh) if country else ""
                        mint(self.ref, key, "City", form, c.en, SOURCE_CLDR if c.source == "cldr" else SOURCE_GEONAMES,
                             country=ckey)
                    if self.ref.by_key[key].cls == "City":
                        self._claim(taken, k, j)
                        out.append(_Hit(k, j, key))
                k = text.find(form, k + 1)
        return out

    def _persons(self, text: str, taken: bytearray, gaps=frozenset()) -> list[_Hit]:
        out = []
        for h in P.dotted_names(text, taken) + P.latin_titled(text, taken):
            if any(taken[h.start : h.end]):
                continue
            if h.latin:
                key = self._person_key(h.latin)
                mint(self.ref, key, "Person", h.surface, h.latin, SOURCE_TEXT)
            elif h.surface in self.person_forms:
                key = self.person_forms[h.surface]
                mint(self.ref, key, "Person", h.surface)
            elif len({v for _, v in self._full_forms(h.surface)}) == 1:
                # the family names of a person the texts name in full with a Latin form (玛丽亚·门德斯·罗哈斯
                # (María Méndez Rojas) … 门德斯·罗哈斯部长): that person, when no other full name ends so; the
                # short form is an alias, the full name stays the label
                form, key = min(self._full_forms(h.surface))
                mint(self.ref, key, "Person", form, alias=h.surface)
            else:
                key = f"person/{ascii_slug(h.surface)}"
                mint(self.ref, key, "Person", h.surface, "", SOURCE_NONE)
            self._claim(taken, h.start, h.end)
            out.append(_Hit(h.start, h.end, key))
        # a dotted name whose Latin form the texts give somewhere is that person wherever it is written, also
        # where nothing marks its end (a table cell run into the next one: NAME·NAME|所长)
        for form in sorted(self.person_forms, key=lambda f: (-len(f), f)):
            k = text.find(form)
            while k >= 0:
                j = k + len(form)
                if not any(taken[k:j]) and (k == 0 or k in gaps or not ("\u4e00" <= text[k - 1] <= "\u9fff")
                                            or text[k - 1] in P.STOP_LEFT):
                    mint(self.ref, self.person_forms[form], "Person", form)
                    self._claim(taken, k, j)
                    out.append(_Hit(k, j, self.person_forms[form]))
                k = text.find(form, j)
        # 马塔比先生（赞比亚）: a family name alone, the brackets after the title name the person's country
        for h, at in P.titled_surnames(text, taken):
            close = text.find(")", at, at + 40)
            inside = text[at:close].strip() if close >= 0 else ""
            # the brackets name a country, in its short or a longer form (玻利维亚多民族国)
            if not any(inside.startswith(f) for f in self.countries.forms if len(f) >= 2) \
                    or any(taken[h.start : h.end]):
                continue
            key = f"person/{ascii_slug(h.surface)}"
            mint(self.ref, key, "Person", h.surface, "", SOURCE_NONE)
            self._claim(taken, h.start, h.end)
            out.append(_Hit(h.start, h.end, key))
        own = self._owner
        post_ends = {k for k in range(1, len(text) + 1) if own[k - 1] and own[k] != own[k - 1]
                     and entity_kind(self.ref, self._known[own[k - 1] - 1].key) == "POST"}
        for h in P.officials(text, taken) + P.after_posts(text, taken, post_ends):
            if any(taken[h.start : h.end]):
                continue
            key = f"person/{ascii_slug(h.surface[0] + ' ' + h.surface[1:])}"  # family name, given name
            mint(self.ref, key, "Person", h.surface, "", SOURCE_NONE)
            self._claim(taken, h.start, h.end)
            out.append(_Hit(h.start, h.end, key))
        return out



def _margin_breaks(text: str) -> frozenset:
    """Where the lines a hard-wrapped text cut at its right margin end (graph_builder/structure/pages.py): a name
    goes on across such a break (亚太信息高速|公路工作组), unlike across the end of a line of its own."""
    from graph_builder.structure.lines import split_lines
    from graph_builder.structure.pages import wrapped_lines

    lines = split_lines(text)
    cut = wrapped_lines(lines)
    return frozenset(ln.end for ln in lines if ln is not None and ln.no in cut)


def _session_number(s: str) -> int | None:
    """A session number written in digits or Chinese numerals (三, 十二), else None."""
    from graph_builder.structure.lines import cn_or_int

    try:
        return cn_or_int(s)
    except (ValueError, KeyError):
        return None
