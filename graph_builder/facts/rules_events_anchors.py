"""Where the texts name a meeting or event: event anchors for the event rules ('Meetings and events').

An *anchor* is a stretch of a prose leaf that names one event, with the event's stable key
(``event/prepcom-1``, ``event/hlsoc-meeting-1``, ``event/itu-council-2001``) and, for events the reference
list lacks, a class and bilingual labels built from templates. Anchors come from general phrasings:

* a linked reference event (第一次筹备委员会（PrepCom-1）会议, 泛欧区域性部长会议, 第一阶段会议);
* a body + ordinal meeting: ``BODY(的)?第N次(面对面的)?会议``, ``BODY的开幕会议`` (N = 1), and a bare
  ``第N次会议`` whose body is the last one named earlier in the sentence (opening a clause after an earlier
  meeting of a body in the passage: that body's, X第一次会议…；第二次会议…);
* a body + year session: ``BODY(在其)?YYYY年(的)?(实质性)?(会议|届会)`` and ``YYYY年(的)?BODY`` for councils;
* a body's dated meeting: ``BODY于DATE在PLACE举行(的一个|的)?(非正式|特别)?会议`` (the date may head the sentence:
  ``同年11月，BODY在PLACE举行了一次特别会议``), ``(BODY的)?下一次会议定于DATE``,
  ``BODY工作级别的会议于DATE、DATE…召开`` (one meeting per date);
* a plenipotentiary conference convened on a date: ``…DATE…召开全权代表大会`` (year from the date);
* a body's seasonal meeting: ``BODY(在PLACE举行的)?(YYYY年)?秋季会议``, ``秋季召开的BODY会议``;
* a meeting the reference list lacks, named by the clause it opens and dated and placed right after:
  ``NAME(（以下简称“Y”）)?(将|定)?于DATE…在PLACE举行`` where NAME closes on a meeting word (会议, 论坛, 研讨会, 活动群组 …), is
  no anaphor (会议, 该…) and holds no verb or 的 (key from the name's pinyin, zh label the name);
* the same kind of name as the object of the verb that holds it, with a date before the verb in its clause:
  ``A与B于DATE在PLACE(联合|共同)?(举办|举行|召开)NAME(（以下简称“Y”）)?`` up to the clause's end (no count of meetings);
* meetings first counted, then dated one by one: ``举行了N次KIND：第一次于D1在P1举行，第二次…`` (one anchor per
  ordinal, labelled 第一次KIND, key from KIND, the ordinal and the year);
* a list of places where regional meetings are held: ``在P1(D1)和P2(D2)举行(会议)?``;
* a forum's first meeting convened under its new name: ``召集一次…新论坛的会议，此论坛称为BODY``.

Everything is in *normalised* coordinates of the leaf (``i``, ``j``); callers map back with ``norm.span``.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from graph_builder.entities.recognizers import find_dates
from graph_builder.entities.recognize_base import parse_chinese_numeral
from graph_builder.facts.frames.slots import ACT_VERB
from graph_builder.facts.frames.mint import mint_key
from graph_builder.normalize import Normalized

#: Bodies whose yearly meetings are sessions of a council (the ITU Council, ECOSOC).
COUNCIL_CLASSES = ("Council",)
#: Bodies renamed during the period: one meeting series, keyed on the later name (ACC -> CEB, 2001).
SAME_SERIES = {"body/acc": "body/ceb"}
#: Meeting series held once per summit phase, and the phase whose meetings the reference list's entries are.
#: The same meeting name in the context of another phase is another meeting: its key includes that phase
#: (the Tunis phase's PrepCom-1 is ``event/tunis-phase-prepcom-1``, never the Geneva phase's ``event/prepcom-1``).
#: a meeting's name that opens with a body's bare head word (委员会闭会期间小组会议, 理事会年度会议)
_GENERIC_OPENING = re.compile(r"^(?:本|该)?(?:委员会|理事会|论坛|工作组|专家组|大会)(?!第)")
SERIES_HOME_PHASE = {"body/wsis-prepcom": "event/wsis-geneva-phase"}
PHASE_PREFIX = "event/wsis-"
PHASE_SUFFIX = "-phase"

_CN = "一二三四五六七八九十"
_CN_VALUE = {c: k + 1 for k, c in enumerate(_CN)}
_ORD_EN = {1: "First", 2: "Second", 3: "Third", 4: "Fourth", 5: "Fifth", 6: "Sixth"}


def meeting_label_en(n: int, body_en: str) -> str:
    """The English name of a body's n-th meeting, one form for every rule that names it."""
    return f"{_ORD_EN.get(n, f'No. {n}')} meeting of the {body_en}"

# clause and sentence boundaries (outside brackets) in normalised text
_CLAUSE_STOPS = ",;。;:!?"
_SENT_STOPS = "。;!?"


@dataclass
class LinkedMention:
    i: int
    j: int
    key: str


@dataclass
class Anchor:
    key: str
    i: int
    j: int
    cls: str | None = None  # wsis class for events the reference list lacks (None: reference event)
    label_en: str | None = None
    label_zh: str | None = None
    ordinal: int | None = None
    ordinal_span: tuple[int, int] | None = None
    series: str | None = None  # body key the event is a session / meeting of
    own_date: object | None = None  # DateMention that is part of how the anchor was found
    own_place: str | None = None  # place key that is part of how the anchor was found
    place_span: tuple[int, int] | None = None
    extra: dict = field(default_factory=dict)


@dataclass
class Leaf:
    """A prose leaf prepared for the event rules: normalised text, linked mentions and dates in its coordinates."""

    node: object
    norm: Normalized
    mentions: list[LinkedMention]
    dates: list
    anchors: list[Anchor] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.norm.text

    def index(self, offset: int) -> int:
        """Normalised index of the first character at or after original ``offset``."""
        return bisect.bisect_left(self.norm.offsets, offset)

    def mentions_from(self, i: int, j: int) -> list[LinkedMention]:
        """The mentions starting in ``[i, j)`` (``mentions`` are in text order), by bisection."""
        starts = getattr(self, "_mention_starts", None)
        if starts is None or len(starts) != len(self.mentions):
            starts = self._mention_starts = [m.i for m in self.mentions]
        return self.mentions[bisect.bisect_left(starts, i):bisect.bisect_left(starts, j)]

    def dates_from(self, i: int, j: int) -> list:
        """The dates whose normalised start lies in ``[i, j)``, in the order of ``dates`` (by bisection:
        rules ask clause by clause)."""
        key = (id(self.dates), len(self.dates))
        if getattr(self, "_date_index", (None,))[0] != key:
            starts = sorted((self.date_ij(d)[0], k) for k, d in enumerate(self.dates))
            self._date_index = (key, starts, [s for s, _ in starts])
        _, starts, firsts = self._date_index
        picked = starts[bisect.bisect_left(firsts, i):bisect.bisect_left(firsts, j)]
        return [self.dates[k] for _, k in sorted(picked, key=lambda sk: sk[1])]

    def date_ij(self, d) -> tuple[int, int]:
        return self.index(d.date_span[0]), self.index(d.date_span[1])

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.norm.span(i, j)

    def mentions_between(self, i: int, j: int, prefix: str = "") -> list[LinkedMention]:
        return [m for m in self.mentions if i <= m.i and m.j <= j and m.key.startswith(prefix)]

    def clause(self, i: int, stops: str = _CLAUSE_STOPS) -> tuple[int, int]:
        """[start, end) of the clause (or sentence) around index ``i``; brackets never split."""
        return _bounds(self.text, i, stops)

    def sentence(self, i: int) -> tuple[int, int]:
        return _bounds(self.text, i, _SENT_STOPS)


def _bounds(text: str, i: int, stops: str) -> tuple[int, int]:
    depth = _depths(text)
    a = i
    while a > 0 and not (text[a - 1] in stops and depth[a - 1] == 0):
        a -= 1
    b = i
    while b < len(text) and not (text[b] in stops and depth[b] == 0):
        b += 1
    return a, b


@functools.lru_cache(maxsize=8)  # one list per text: clause and sentence bounds are asked per mention
def _depths(text: str) -> list[int]:
    out, d = [], 0
    for ch in text:
        if ch in "(（[【":
            d += 1
        out.append(d)
        if ch in ")）]】" and d > 0:
            d -= 1
    return out


def prepare(ctx, node) -> Leaf:
    norm = node.normalized()
    leaf = Leaf(node, norm, [], [])
    for m in ctx.mentions_in(node.doc.doc_id, node.start, node.end):
        leaf.mentions.append(LinkedMention(leaf.index(m.start), leaf.index(m.end), m.key))
    leaf.dates = find_dates(norm)
    return leaf


def cn_number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if len(text) == 1 and text in _CN_VALUE:
        return _CN_VALUE[text]
    return None


# ------------------------------------------------------------------------------------------ finders
_ORD_MEETING = re.compile(rf"(的)?第([{_CN}\d]+)次(?:面对面的)?(?:正式)?会议")
_OPENING = re.compile(r"的开幕会议|的?首次(?:正式)?会议")
_SESSION_AFTER = re.compile(r"^(?:在其)?((?:19|20)\d{2})年(?:的)?(实质性)?(?:会议|届会)")
_YEAR_BEFORE = re.compile(r"((?:19|20)\d{2})年(?:的)?$")
_DATED_MEETING = re.compile(r"^(?:于|在)(?P<rest>.{2,40}?)举行(?:的一个|的|一次|了一次)?(?P<informal>非正式|特别|特设)?会议")
_MEETING_KIND = {"非正式": ("informal-meeting", "informal meeting"), "特别": ("special-meeting", "special meeting"),
                 "特设": ("special-meeting", "special meeting"), None: ("meeting", "meeting")}
_NEXT_MEETING = re.compile(r"下一次会议")
_WORKING_LEVEL = re.compile(r"工作级别的会议")
_SEASON_MEETING = re.compile(r"(?:((?:19|20)\d{2})年)?(秋季|春季)(?:召开的)?")
_NEW_FORUM = re.compile(r"召集一次[^。]*?新论坛的会议[^。]*?称为")
_HOLD_AT = re.compile(r"举行")
# a meeting named after the verb, other than a bare regional meeting: 举行了第二次区域研讨会，
_NAMED_AFTER_VERB = re.compile(r"了?(?!(?:分区域性|区域性|区域)?会议)[^,;。]{0,40}?"
                               r"(?:会议|论坛|年会|讲习班|研讨会|峰会|磋商会|对话会|高级别活动)(?=[,;。]|$)")
# a meeting's own name closes on one of these words, right before the verb phrase that dates and places it
# (审查活动: a review event, 信息社会世界峰会+10审查活动)
# (培训班/培训: a training held as an event; 周: a week of meetings, 电子商务周, 非洲互联网周)
_NAMED_MEETING = re.compile(r"(?P<name>[^,;。:!?()]{2,28}?(?:会议|论坛|研讨会|讲习班|活动群组|高级别活动|审查活动|峰会|磋商会|年会|对话会|博览会|展览会|"
                            r"培训班|培训|(?<![一二两三四五六七八九十几数每本上下])周))"
                            r"(?=(?:\((?:以下简称|以下称为|以下称|下称|简称)[^()]{1,20}\)|\([^()]{1,24}\))?"
                            r"(?:将|已|亦|也)?(?:于|定于|拟于|计划于|在|今天|今日|昨天|昨日|日前|本周|开幕|闭幕))")
# the name after the verb that holds the meeting, up to the clause's end or the short name it is given
_HELD_NAMED = re.compile(r"(?:联合|共同)?(?:举办|举行|召开)了?(?P<name>[^,;。:!?()\"“”]{2,38}"
                         r"(?:会议|论坛|研讨会|讲习班|峰会|磋商会|年会|对话会|培训班|培训|(?<![一二两三四五六七八九十几数每本上下])周))"
                         r"(?=\((?:以下简称|以下称为|以下称|下称|简称)[^()]{1,20}\)|[,;。]|$)")
# meetings counted (N次X：) and then each one by its ordinal, dated or placed (第一次于…举行, 第二次在…举行)
_COUNTED_SERIES = re.compile(r"[了共]?(?P<n>[二三四五六七八九十两\d]+)(?P<unit>次|场|轮)(?P<kind>[\u4e00-\u9fff]{2,10}?"
                             r"(?:会议|磋商|协商|讲习班|研讨会|论坛|对话会?|会谈))(?=[:,])")
_ORDINAL_HELD = re.compile(r"(?<=[:,;])第(?P<n>[一二三四五六七八九十\d]{1,2})(?P<unit>次|场|轮)(?=(?:会议)?(?:于|在|定于|将于))")
# a count of meetings, not a name: 举行了四场专题会议, 召开一次区域会议
# words that make a phrase a kind or a count of activities, not one named event (一系列培训, 各类培训班)
_NOT_AN_EVENT = re.compile(r"^(?:一系列|一些|多期|多次|若干|各类|各种|相关|有关|这些|此类|为期)")
_COUNTED = re.compile(r"[一二两三四五六七八九十几数多\d]+[场次个届项轮]")
# a year or cycle that qualifies a meeting's name at the head of its clause: 2019年周期的…, 本年度的…
_CYCLE_OF = re.compile(r"(?:(?:19|20)\d{2}\s*年|本年度|今年|明年|下一年度)(?:周期|度|会期|工作周期)?的")
# the short name a text gives the meeting between its name and the verb phrase: X（以下简称“论坛”）于…举行
_SHORT_NAME_ASIDE = re.compile(r"\((?:以下简称|以下称为|以下称|下称|简称)[^()]{1,20}\)")
# a short name in brackets with no 简称: words of the name itself, X区域审查会议（区域审查会议）于…举行
_BARE_SHORT_NAME = re.compile(r"\((?P<y>[\u4e00-\u9fff]{2,12})\)")


def _city_after(ref, text: str, m) -> bool:
    """A country written before a city no list holds (在斐济苏瓦举行): the city is the place, not the country."""
    from graph_builder.entities.open_class import entity_kind
    from graph_builder.facts.frames.slots import _CITY_AFTER_COUNTRY

    return ref is not None and entity_kind(ref, m.key) == "COUNTRY" and bool(_CITY_AFTER_COUNTRY.match(text, m.j))


def _own_short_name(text: str, j: int, name: str):
    """The bracket right after a meeting's name that gives the name's own last words as its short name."""
    m = _BARE_SHORT_NAME.match(text, j)
    return m if m is not None and m.group("y") != name and name.endswith(m.group("y")) else None


_SERIES_EVENT = re.compile(r"首届|第[一二三四五六七八九十\d]{1,3}届|(?:19|20)\d{2}年.{1,12}?(?:论坛|大会|峰会)$")
_HELD = re.compile(r"(?:将|已|亦|也)?(?:于|定于|拟于|计划于|在)[^,;。]{0,40}?(?:举行|召开|举办)")
# a news item's opening or closing of the meeting, dated by the dateline rather than in the clause:
# X今天在PLACE闭幕, X于昨日开幕
_OPENS_OR_CLOSES = re.compile(r"(?:将|已|亦|也)?(?:于)?(?:今天|今日|昨天|昨日|日前|本周[一二三四五六日]?)?(?:在[^,;。]{1,24}?)?"
                              r"(?:隆重)?(?:开幕|闭幕|落幕|落下帷幕)")
# the dateline that opens a news item: (CITY,)?DATE—— (the city is a clause of its own)
_DATELINE = re.compile(r"(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:电)?\s*(?:——|—|--|-)\s*")
# an abbreviation in brackets right after the name: X（WSIS论坛2017）今天…
_ABBREVIATION_ASIDE = re.compile(r"\([^()\d,;。]{0,6}[A-Za-z][^(),;。]{0,18}\)")
# an item label opening the leaf: 1. / 1、 / 2.3. / (a) / a) / ii) / 1<TAB> (the ITU layout)
_CLAUSE_LABEL = re.compile(r"\s*(?:(?:\d{1,3}(?:[.．]\d{1,3})*[.．、]|\d{1,3}(?:[.．]\d{1,3})+|\d{1,3}(?=\s))\s*|\(?[a-z]{1,4}\)\s*)?")
_CLAUSE_STOPS = set("，,；;。：:（）()")
_QUOTED_NAME = re.compile(r"[“\"]([^“”\"，,。；;]{2,30})[”\"]")
# not a name: an anaphor, a body's numbered session (step 2 reads those), a verb or a 的-phrase inside
_NOT_A_NAME = re.compile(r"^(?:会议|该|本|这|此|上述|其|下次|下一次|各|每)|第[一二三四五六七八九十百\d]{1,4}[届次](?:会议|年会)$"
                         r"|的|举行|召开|通过|决定")


# a heading that names the body a document is the report or record of: 第二委员会的报告, 经社理事会会议简要记录
_OWN_REPORT = re.compile(r"^(?:的|之)?(?:工作)?(?:报告|会议简要记录|简要记录|会议记录)$")


def reporting_body(ctx, doc_id: str) -> LinkedMention | None:
    """The body whose report or record the document is, as a heading of its title block names it (BODY的报告):
    a bare 第N次会议 in a sentence naming no body is that body's meeting (在11月7日第19次会议上，委员会…)."""
    cache = ctx.__dict__.setdefault("_reporting_bodies", {})
    if doc_id not in cache:
        found = None
        doc = next((d for d in ctx.documents if d.doc_id == doc_id), None)
        for node in doc.nodes if doc is not None else ():
            if node.kind != "Heading" or not node.is_leaf:
                continue
            line = node.normalized().text.split("\n", 1)[0].strip()
            ms = [m for m in ctx.mentions_in(doc.doc_id, node.start, node.end) if m.key.startswith("body/")]
            if ms and line.startswith(node.doc.text[ms[0].start:ms[0].end]) and \
                    _OWN_REPORT.match(line[len(node.doc.text[ms[0].start:ms[0].end]):]):
                found = LinkedMention(0, 0, ms[0].key)
                break
        cache[doc_id] = found
    return cache[doc_id]


def find_anchors(ctx, leaf: Leaf) -> list[Anchor]:
    ref = ctx.reference
    text = leaf.text
    anchors: list[Anchor] = []
    taken: list[tuple[int, int]] = []

    def free(i: int, j: int) -> bool:
        return all(j <= a or i >= b for a, b in taken)

    def add(a: Anchor) -> None:
        anchors.append(a)
        taken.append((a.i, a.j))

    def ent(key):
        return ref.by_key.get(key) if ref is not None else None

    # 1. linked reference events (the summit as a whole is not a dated meeting: its phases are)
    for m in leaf.mentions:
        if m.key.startswith("event/") and m.key != "event/wsis":
            surface = text[m.i:m.j]
            a = Anchor(m.key, m.i, m.j)
            # 第三次会议, 第二阶段, 第十五届会议 (a numbered session the entity rules linked), WSIS+10-style -2
            om = re.search(r"第([零〇一二两三四五六七八九十百\d]{1,6})(?:届|次|阶段)", surface) or re.search(r"-(\d)\b", surface)
            if om:
                n = cn_number(om.group(1))
                if n is None:
                    n = parse_chinese_numeral(om.group(1))
                if n is not None:
                    a.ordinal, a.ordinal_span = n, (m.i, m.j)
            # a year written into the name (1998年国际电信联盟全权代表大会) dates the event
            a.own_date = next((d for d in leaf.dates if d.precision == "year" and m.i <= leaf.date_ij(d)[0] < m.j), None)
            e = ent(m.key)
            if e is not None and e.parent.startswith("body/"):
                a.series = e.parent
            add(a)

    bodies = [m for m in leaf.mentions if m.key.startswith("body/")]
    # bodies opening a sentence, once per passage (topic_body asks for the last one before each anchor)
    openers = [b for b in bodies if b.i == leaf.sentence(b.i)[0]]
    by_end = sorted(range(len(openers)), key=lambda k: openers[k].j)
    opener_ends = [openers[k].j for k in by_end]
    last_opener = []  # last_opener[n]: the latest (in text order) of the n+1 openers ending first
    for k in by_end:
        last_opener.append(max(k, last_opener[-1]) if last_opener else k)

    def body_before(i: int, adjacent_only: bool = False) -> LinkedMention | None:
        s0, _ = leaf.sentence(i)
        cands = [b for b in bodies if b.j <= i and b.i >= s0]
        if adjacent_only:
            cands = [b for b in cands if b.j == i or (b.j == i - 1 and text[b.j] == "的")]
        return cands[-1] if cands else None

    def topic_body(i: int) -> LinkedMention | None:
        """The body the passage is about: the last one opening a sentence before ``i``, or named by the
        head noun that opens this sentence (工作组…, 委员会…: the last body whose name ends with it)."""
        s0, _ = leaf.sentence(i)
        head = re.match(r"(工作组|分委员会|委员会|论坛)", text[s0:])
        if head:
            named = [b for b in bodies if b.j <= s0 and text[b.i:b.j].endswith(head.group(1))]
            if named:
                return named[-1]
        k = bisect.bisect_right(opener_ends, i)
        return openers[last_opener[k - 1]] if k else None

    persons = [m for m in leaf.mentions if m.key.startswith("person/")]

    def in_post(b: LinkedMention, i: int) -> bool:
        """Whether body ``b`` names a person's post: a person follows it before ``i`` in its clause, with only the
        post's title between (国际电联X部主任Y)."""
        return any(b.j <= p.i < i and p.i - b.j <= 12 and not any(ch in _CLAUSE_STOPS for ch in text[b.j:p.i])
                   for p in persons)

    def subject_body(i: int) -> LinkedMention | None:
        """The body the sentence before ``i`` is about: one opening it, or 该X (该网络, 该专家组) naming the last body
        before the sentence whose name ends with X."""
        s0, _ = leaf.sentence(i)
        opening = next((b for b in bodies if b.i == s0 and b.j <= i), None)
        if opening is not None or text[s0:s0 + 1] != "该":
            return opening
        for k in range(6, 1, -1):
            head = text[s0 + 1:s0 + 1 + k]
            named = [b for b in bodies if b.j <= s0 and text[b.i:b.j].endswith(head)]
            if named and len(head) == k:
                return named[-1]
            # a name the lists lack, in quotes (更名为“X网络”。该网络…): keyed as the frames key a named body
            quoted = [q for q in _QUOTED_NAME.finditer(text, 0, s0) if q.group(1).endswith(head) and len(q.group(1)) > k]
            if quoted and len(head) == k:
                name = quoted[-1].group(1)
                key = mint_key("body", name)
                minted[key] = name
                return LinkedMention(quoted[-1].start(1), quoted[-1].end(1), key)
        return None

    series_of = {}  # (body key, ordinal) -> reference event key (筹备委员会第一次会议 is event/prepcom-1)
    for e in (ref.entities if ref is not None else []):
        om = re.search(r"-(\d+)$", e.acronym or "")
        if e.key.startswith("event/") and e.parent and om:
            series_of[(e.parent, int(om.group(1)))] = e.key

    minted: dict[str, str] = {}  # key -> name of a quoted body the lists lack (subject_body)

    def body_info(key: str) -> tuple[str, str, str | None, str]:
        if key in minted:
            return key, key.split("/", 1)[1], None, minted[key]
        key = SAME_SERIES.get(key, key)
        e = ent(key)
        return key, key.split("/", 1)[1], (e.en if e else key), (e.zh if e else key)

    def meeting_cls(body_key: str) -> str:
        e = ent(body_key)
        if e is not None and e.cls == "Forum":
            return "ForumMeeting"
        return "CommitteeMeeting"

    # 2. body + ordinal meeting, and the opening meeting of a body
    for mo in list(_ORD_MEETING.finditer(text)) + list(_OPENING.finditer(text)):
        i, j = mo.start(), mo.end()
        if not free(i, j):
            continue
        n = cn_number(mo.group(2)) if mo.re is _ORD_MEETING else 1
        if n is None:
            continue
        b = body_before(i, adjacent_only=True)
        if b is None:  # the body is the subject named earlier (…工作组的主席是…，第一次会议在…)
            # a bare 第N次会议 at a clause start after the body's earlier meeting in the passage goes on with that
            # series (X工作组第一次会议于…举行；第二次会议于…举行。第三次会议预定于…)
            prev = [a for a in anchors if a.series and a.ordinal and a.ordinal < n and a.j <= i]
            clause_start = i == 0 or text[i - 1] in ",;。:" or leaf.sentence(i)[0] == i
            before = body_before(i)
            if before is not None and in_post(before, i):
                # a body inside a person's post (该网络由X部主任Y担任主席，第一次会议于…): the clause's subject's meeting
                before = subject_body(i)
            b = (LinkedMention(i, i, max(prev, key=lambda a: a.j).series) if prev and clause_start else None) \
                or before or topic_body(i) or reporting_body(ctx, leaf.node.doc.doc_id)
            start = i + (1 if mo.group(0).startswith("的") else 0)
            if b is None:
                continue
        else:
            start = b.i
        key, slug, en, zh = body_info(b.key)
        if (key, n) in series_of:
            add(Anchor(series_of[(key, n)], start, j, ordinal=n, ordinal_span=(i, j), series=key))
            continue
        add(Anchor(f"event/{slug}-meeting-{n}", start, j, meeting_cls(key),
                   meeting_label_en(n, en) if en else None, f"{zh}第{_CN[n - 1] if n <= 10 else n}次会议",
                   ordinal=n, ordinal_span=(i, j), series=key))

    # 3. council sessions by year
    for b in bodies:
        e = ent(b.key)
        if e is None or e.cls not in COUNCIL_CLASSES:
            continue
        after = _SESSION_AFTER.match(text[b.j:])
        before = _YEAR_BEFORE.search(text[max(0, b.i - 8):b.i])
        if after:
            year, i, j = after.group(1), b.i, b.j + after.end()
            substantive = bool(after.group(2))
        elif before:
            year, i, j = before.group(1), b.i - (len(before.group(0))), b.j
            substantive = False
        else:
            continue
        if not free(i, j):
            continue
        key, slug, en, zh = body_info(b.key)
        own = next((d for d in leaf.dates if d.precision == "year" and i <= leaf.date_ij(d)[0] < j), None)
        add(Anchor(f"event/{slug}-{year}", i, j, "CouncilSession",
                   f"{en} {'substantive ' if substantive else ''}session {year}",
                   f"{zh}{year}年{'实质性' if substantive else ''}会议",
                   series=key, own_date=own, extra={"year": year}))

    # 4. dated meetings of a body: BODY于DATE在PLACE举行(的)?(非正式)?会议
    for b in bodies:
        mo = _DATED_MEETING.match(text[b.j:])
        if not mo:
            continue
        i, j = b.i, b.j + mo.end()
        ds = [d for d in leaf.dates if b.j <= leaf.date_ij(d)[0] < j]
        if not ds:  # 同年11月，委员会在X举行了一次特别会议: dated at the head of its sentence
            s0 = max(text.rfind("。", 0, b.i), text.rfind(";", 0, b.i)) + 1
            ds = [d for d in leaf.dates if s0 <= leaf.date_ij(d)[0] and leaf.date_ij(d)[1] <= b.i][-1:]
        if not ds or not free(i, j):
            continue
        key, slug, en, zh = body_info(b.key)
        kind, kind_en = _MEETING_KIND[mo.group("informal")]
        iso = ds[0].iso.split("/")[0]
        at = next((m for m in leaf.mentions if m.key.startswith("place/") and i <= m.i and m.j <= j
                   and text[m.i - 1] == "在"), None)
        # of a run of places (斐济苏瓦, 厄瓜多尔首都基多) the last, most specific one is where it is held
        while at is not None:
            more = next((m for m in leaf.mentions if m.key.startswith("place/") and m.j <= j
                         and m.i in (at.j, at.j + 2) and text[at.j:m.i] in ("", "首都")), None)
            if more is None:
                break
            at = more
        if at is not None and _city_after(ref, text, at):
            at = None  # 在卢旺达基加利: a city no list holds after the country; the frames mint and place it
        add(Anchor(f"event/{slug}-{kind}-{iso}", i, j, meeting_cls(key),
                   f"{en} {kind_en} ({ds[0].iso})", f"{zh}{mo.group('informal') or ''}会议（{ds[0].surface}）",
                   series=key, own_date=ds[0], own_place=at.key if at else None,
                   place_span=(at.i, at.j) if at else None))

    # 5. next meeting / working-level meetings of the body named last
    for mo in list(_NEXT_MEETING.finditer(text)) + list(_WORKING_LEVEL.finditer(text)):
        i, j = mo.start(), mo.end()
        if not free(i, j):
            continue
        b = body_before(i, adjacent_only=True) or topic_body(i)
        if b is None:
            continue
        c0, c1 = leaf.clause(i)
        ds = [d for d in leaf.dates if c0 <= leaf.date_ij(d)[0] < c1 and leaf.date_ij(d)[0] >= j]
        key, slug, en, zh = body_info(b.key)
        working = mo.re is _WORKING_LEVEL
        for d in ds if working else ds[:1]:
            kind = "working-level-meeting" if working else "meeting"
            start = b.i if b.j in (i, i - 1) else i
            add(Anchor(f"event/{slug}-{kind}-{d.iso}", start, j, meeting_cls(key),
                       f"{en} {kind.replace('-', ' ')} ({d.iso})", f"{zh}{'工作级别' if working else ''}会议（{d.surface}）",
                       series=key, own_date=d))

    # 6. plenipotentiary conferences, and the other conferences held every few years (世界电信发展大会),
    # convened on a date: the edition of that year (year from the date)
    for b in bodies:
        e = ent(b.key)
        if e is None or not (b.key.endswith("plenipotentiary-conference") or e.cls == "Conference"
                             and b.key.startswith("body/") and e.parent == "org/itu") or not free(b.i, b.j):
            continue
        c0, c1 = leaf.clause(b.i)
        clause = text[c0:c1]
        ds = [d for d in leaf.dates if c0 <= leaf.date_ij(d)[0] < c1 and d.precision in ("day", "month")]
        if not ds or not re.search("召开|举行", clause):
            continue
        year = ds[0].iso[:4]
        if not b.key.endswith("plenipotentiary-conference"):
            add(Anchor(f"event/{b.key.split('/', 1)[1]}-{year}", b.i, b.j, "Meeting", f"{e.en} ({year})",
                       f"{year}年{e.zh}", series=b.key, own_date=ds[0]))
            continue
        short = f"event/itu-pp-{year[2:]}"
        key = short if (ref is not None and short in ref.by_key) else f"event/itu-pp-{year}"
        add(Anchor(key, b.i, b.j, None if key == short else "PlenipotentiaryConference",
                   f"ITU Plenipotentiary Conference ({year})", f"{year}年国际电联全权代表大会",
                   series=b.key, own_date=ds[0]))

    # 7. seasonal meetings of a body (the ACC/CEB autumn meetings)
    for mo in _SEASON_MEETING.finditer(text):
        i, j = mo.start(), mo.end()
        tail = text[j:j + 12]
        b_after = next((b for b in bodies if b.i == j and text[b.j:b.j + 2] == "会议"), None)
        b_before = next((b for b in bodies if 0 <= i - b.j <= 10 and "或" not in text[b.j:j + 4]
                         and re.fullmatch(r"(?:在\S{1,6}举行的)?", text[b.j:i])), None)
        if b_after is not None:
            b, end = b_after, b_after.j + 2
        elif b_before is not None and tail.startswith("会议"):
            b, end = b_before, j + 2
        else:
            continue
        start = min(b.i, i)
        if not free(start, end) or "或" in text[start:end + 2]:
            continue
        year = mo.group(1)
        if year is None:  # the year of the meeting it is held in conjunction with (same sentence)
            s0, s1 = leaf.sentence(i)
            ds = [d for d in leaf.dates if s0 <= leaf.date_ij(d)[0] < s1 and d.iso[:4].isdigit()]
            if not ds:
                continue
            year = ds[0].iso[:4]
        season = "autumn" if mo.group(2) == "秋季" else "spring"
        key, slug, en, zh = body_info(b.key)
        own = next((d for d in leaf.dates if d.precision == "season" and start <= leaf.date_ij(d)[0] < end), None)
        at = next((m for m in leaf.mentions if m.key.startswith("place/") and start <= m.i and m.j <= end
                   and text[m.i - 1] == "在"), None)
        add(Anchor(f"event/{slug}-{season}-meeting-{year}", start, end, "CommitteeMeeting",
                   f"{en} {season} meeting {year}", f"{zh}{year}年{mo.group(2)}会议", series=key, own_date=own,
                   own_place=at.key if at else None, place_span=(at.i, at.j) if at else None,
                   extra={"season_year": year, "season": season}))

    # 8. a new forum's first meeting: 召集一次…新论坛的会议，此论坛称为BODY
    for mo in _NEW_FORUM.finditer(text):
        b = next((x for x in bodies if x.i >= mo.end()), None)
        if b is None:
            continue
        key, slug, en, zh = body_info(b.key)
        add(Anchor(f"event/{slug}-meeting-1", mo.start(), b.j, meeting_cls(key), f"First meeting of the {en}",
                   f"{zh}第一次会议", ordinal=1, ordinal_span=(mo.start(), b.j), series=key))

    # 9a. a meeting the reference list lacks, named by the clause it opens: NAME(将|定)?于DATE…在PLACE举行
    for mo in _NAMED_MEETING.finditer(text):
        j = mo.end("name")
        c0, c1 = leaf.clause(mo.start("name"))
        lab = _CLAUSE_LABEL.match(text, c0)
        i = lab.end() if lab else c0
        verb = ACT_VERB.match(text, i, j)  # 又欢迎X于…举行: the act's verb opens the clause, not the name
        i = verb.end() if verb else i
        when = _CYCLE_OF.match(text, i, j)  # 2019年度的区域讲习班…: the cycle it belongs to, not its name
        i = when.end() if when else i
        dateline = _DATELINE.match(text, i, j)  # 2017年6月16日——X今天…: a news item's date, not the name
        i = dateline.end() if dateline else i
        name = text[i:j]
        if not (4 <= len(name) <= 30) or not free(i, j) or _NOT_A_NAME.search(name) or _NOT_AN_EVENT.match(name):
            continue
        if any(m.i == i and m.j == j and m.key.startswith("org/") for m in leaf.mentions):
            continue  # an organisation whose name ends in 会议 (贸发会议于…举办了X): the subject, not a meeting
        if any(m.key.startswith("event/") and m.key != "event/wsis" and i <= m.i < j for m in leaf.mentions):
            continue  # a listed event inside: the linked anchor has it
        if _SERIES_EVENT.match(name):
            continue  # 2010年WSIS论坛, 首届X论坛: an event of a named series (the frame slots name it)
        abbreviation = _ABBREVIATION_ASIDE.match(text, j)
        aside = _SHORT_NAME_ASIDE.match(text, j) or abbreviation or _own_short_name(text, j, name)
        after = aside.end() if aside else j
        held = _HELD.match(text, after, c1) and leaf.dates_from(after, c1)
        if not held and not _OPENS_OR_CLOSES.match(text, after, c1):
            continue
        from graph_builder.facts.frames.mint import pinyin_slug

        key = f"event/{pinyin_slug(name)}"
        if held and _GENERIC_OPENING.match(name) and getattr(held[0], "start_date", None) is not None:
            # 委员会闭会期间小组会议: a name that opens with a body's bare head word is no proper name (every
            # commission holds one a year): the year it is held in tells one from another
            key = f"{key}-{held[0].start_date.year}"
        # the abbreviation in brackets is the meeting's too (WSIS论坛2017 is no mention of the Summit)
        add(Anchor(key, i, after if abbreviation else j, "Meeting", None, name))

    # 9b. the same kind of name as the object of the verb that holds it, dated before the verb in its clause:
    # A与B于DATE在PLACE联合举办NAME（以下简称“Y”）
    for mo in _HELD_NAMED.finditer(text):
        i, j = mo.start("name"), mo.end("name")
        name = text[i:j]
        c0, c1 = leaf.clause(mo.start())
        if (not (4 <= len(name) <= 40) or not free(i, j) or _NOT_A_NAME.search(name) or _SERIES_EVENT.match(name)
                or _COUNTED.match(name) or _NOT_AN_EVENT.match(name)):
            continue
        if any(m.key.startswith("event/") and m.key != "event/wsis" and i <= m.i < j for m in leaf.mentions):
            continue
        if not leaf.dates_from(c0, mo.start()):
            continue
        from graph_builder.facts.frames.mint import pinyin_slug

        add(Anchor(f"event/{pinyin_slug(name)}", i, j, "Meeting", None, name))

    # 9c. meetings counted, then each dated in turn: 举行了三次筹备磋商：第一次于D1在P1举行，第二次于D2在P2举行
    for mo in _COUNTED_SERIES.finditer(text):
        kind = mo.group("kind")
        if _NOT_A_NAME.search(kind):
            continue
        _, s1 = leaf.sentence(mo.start())
        for om in _ORDINAL_HELD.finditer(text, mo.end(), s1):
            n = cn_number(om.group("n"))
            i, j = om.start(), om.end("unit")
            if n is None or not free(i, j):
                continue
            name = f"第{om.group('n')}{om.group('unit')}{kind}"
            c0, c1 = leaf.clause(i)
            when = leaf.dates_from(j, c1)
            year = when[0].iso[:4] if when and when[0].iso else ""
            from graph_builder.facts.frames.mint import pinyin_slug

            add(Anchor(f"event/{pinyin_slug(kind)}-{n}" + (f"-{year}" if year else ""), i, j, "Meeting", None, name,
                       ordinal=n, ordinal_span=(i, j)))

    # 9. regional meetings listed by place: 在P1(D1)和P2(D2)举行(会议)?
    for mo in _HOLD_AT.finditer(text):
        c0, _ = leaf.clause(mo.start())
        if any(c0 <= a.i < mo.start() for a in anchors):
            continue
        k = mo.start()
        pairs = []
        while True:
            # optional "(date)" or "(Latin name)" before k
            date = None
            if k > 0 and text[k - 1] == ")":
                o = text.rfind("(", 0, k)
                if o < 0:
                    break
                date = next((d for d in leaf.dates if leaf.date_ij(d)[0] >= o and leaf.date_ij(d)[1] <= k), None)
                k = o
            p = next((m for m in leaf.mentions if m.j == k and m.key.startswith("place/")), None)
            if p is None:
                break
            pairs.append((p, date))
            k = p.i
            if k > 0 and text[k - 1] in "和、及":
                k -= 1
                continue
            break
        if not pairs or k == 0 or text[k - 1] != "在":
            continue
        if _NAMED_AFTER_VERB.match(text, mo.end()):
            continue  # 在P举行了第二次区域研讨会: the meeting named after the verb is the event (the frames read it)
        context = text[max(0, leaf.sentence(mo.start())[0] - 0):mo.end() + 8]
        whole = text
        sub = "分区域" in context
        # a numbered session of a body held there (委员会第十一届会议于…在日内瓦举行) is not a regional meeting
        s0, _ = leaf.sentence(mo.start())
        if re.search(r"第[一二三四五六七八九十百\d]{1,4}[届次]", text[s0:mo.start()]):
            continue
        if not (sub or "区域" in whole):
            continue
        for p, d in reversed(pairs):
            e = ent(p.key)
            year = d.iso[:4] if d is not None else None
            pslug = p.key.split("/", 1)[1]
            kind = "subregional-meeting" if sub else "regional-meeting"
            pen, pzh = (e.en, e.zh) if e else (pslug, text[p.i:p.j])
            end = mo.end() + len(re.match(r"(?:分区域性|区域性)?(?:会议)?", text[mo.end():]).group(0))
            add(Anchor(f"event/{kind}-{pslug}" + (f"-{year}" if year else ""), p.i, end, "RegionalConference",
                       f"{'Sub-regional' if sub else 'Regional'} preparatory meeting ({pen}{', ' + year if year else ''})",
                       f"{pzh}{'分区域性' if sub else '区域性'}会议", own_date=d, own_place=p.key, place_span=(p.i, p.j)))
    anchors.sort(key=lambda a: (a.i, a.j))
    for a in anchors:
        _phase_identity(ctx, leaf, a)
    # a phase that only qualifies the meeting after it (突尼斯阶段的第一次筹备委员会会议) is not itself the subject
    modifiers = {id(p) for p in anchors for a in anchors
                 if _is_phase(p.key) and (a.series or "") in SERIES_HOME_PHASE and text[p.j:a.i] in ("", "的")}
    return [a for a in anchors if id(a) not in modifiers]


# ------------------------------------------------------------------------------------------ identity by phase
def _is_phase(key: str) -> bool:
    return key.startswith(PHASE_PREFIX) and key.endswith(PHASE_SUFFIX)


def phase_context(ctx, leaf: Leaf, i: int) -> str | None:
    """The summit phase a passage speaks of at index ``i``: the last phase named before it in its sentence,
    else earlier in the passage, else in the nearest heading above the passage."""
    s0, _ = leaf.sentence(i)
    before = [m for m in leaf.mentions if _is_phase(m.key) and m.j <= i]
    in_sentence = [m for m in before if m.i >= s0]
    if in_sentence or before:
        return (in_sentence or before)[-1].key
    heading = _heading_above(ctx, leaf.node)
    if heading is None:
        return None
    named = [m for m in ctx.mentions_in(heading.doc.doc_id, heading.start, heading.end) if _is_phase(m.key)]
    return named[-1].key if named else None


def _heading_above(ctx, node):
    """The nearest Heading node before ``node`` in its document (computed once per document)."""
    cache = ctx.__dict__.setdefault("_heading_above", {})
    doc = ctx.doc(node.doc.doc_id)
    if doc.doc_id not in cache:
        last, table = None, {}
        for n in doc.nodes:
            table[n.id] = last
            if n.kind == "Heading":
                last = n
        cache[doc.doc_id] = table
    return cache[doc.doc_id].get(node.id)


def _phase_identity(ctx, leaf: Leaf, a: Anchor) -> None:
    """Give a reference meeting named in the context of another summit phase that phase's own key and labels."""
    home = SERIES_HOME_PHASE.get(a.series or "")
    if home is None or a.cls is not None:
        return
    phase = phase_context(ctx, leaf, a.i)
    if phase is None or phase == home:
        return
    ref = ctx.reference
    e = ref.by_key.get(a.key) if ref is not None else None
    p = ref.by_key.get(phase) if ref is not None else None
    phase_slug = phase[len(PHASE_PREFIX):]
    a.key = f"event/{phase_slug}-{a.key.split('/', 1)[1]}"
    a.cls = e.cls if e is not None else "Meeting"
    a.label_en = f"{e.en if e else a.key}, {p.en if p else phase_slug}"
    zh_phase = (p.zh if p else phase_slug).removesuffix("会议")
    a.label_zh = f"{zh_phase}{e.zh if e else a.key}"
    a.extra["phase"] = phase
