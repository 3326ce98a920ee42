"""The frame engine: fact families as data (one YAML file per family in this folder), matched over slots.

A *frame* has ``forms`` (patterns over typed slots and literal words), ``emit`` (triples over the slot
names), optional ``status``/``node``/``part`` (``resumed``: see :mod:`graph_builder.facts.frames.resumed`),
``examples`` (sentences with the slot values they must yield: the tests run them), ``not`` (sentences
that must yield nothing), ``unless`` (slot name -> a type that slot must not carry) and ``date_from_slot`` (the
DATE slot's facts quote from that date to the match end). In a form:

* ``{TYPE}`` or ``{TYPE:name}`` is one slot of that type (see :mod:`graph_builder.facts.frames.slots`);
* ``{REF_EVENT}`` is 会议/大会/论坛/会上/高级别活动/研讨会 standing for the event named last before it (same leaf, else earlier
  leaves of the same section); ``{THE_BODY}`` is 该工作组/这一委员会 standing for the body named last before it
  in the same leaf; ``{OWN_BODY}`` (zero-width) is the body the section is about, else the body the document's
  title block names (主席由X担任 in a group's own work plan: that group's chair); ``{PREV_BODY}`` (zero-width) is
  the body named last before it in the leaf (X小组…。2019年轮值主席由Y担任: X's); ``{THIS_YEAR}`` is 本届/今年
  standing for the year of the meeting the text reports on (a year its title block prints, else the year of the
  document's own date);
* ``…`` is a gap of at most 40 characters that never crosses a sentence end (。；!?);
* everything else is a regular expression over the normalised text (``(举行|召开)``, ``(的)?``).

Each leaf is turned into a *masked* string in which every slot is one private-use character standing for
its type set, so a form is a plain regular expression with bounded gaps over that string: matching is linear
in the length of the text for a fixed set of frames.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 10x faster

from graph_builder.normalize import normalize

FRAMES_DIR = Path(__file__).resolve().parent
GAP = r"[^。;!?]{0,40}?"
REF_WORDS = r"(?:该会议|这次会议|该活动|高级别活动|研讨会|讲习班|会议|大会|论坛|会上)"
REF_BODY_WORDS = r"(?:该论坛|该委员会|该工作队|该伙伴关系|该小组|该网络|该平台|论坛|委员会|理事会|工作组|工作队|专家组|任务组|小组)"

#: Every type set a slot can carry; each gets one private-use character.
TYPESETS: list[tuple[str, ...]] = sorted({
    ("PLACE",), ("COUNTRY", "PLACE"), ("GOV", "ORG"), ("ORG",), ("BODY", "ORG"), ("POST",), ("PERSON",),
    ("EVENT",), ("ACT",), ("DOC",), ("GROUP",), ("ACTIONLINE",), ("INITIATIVE",), ("THING",), ("DATE",),
    ("COUNT",), ("COUNT", "PEOPLE"), ("COUNT", "YEARS"), ("COUNT", "COUNTRIES"), ("PLACE", "CITY"), ("NAME",),
})
_BASE = 0xE000


def typeset_char(types: tuple[str, ...]) -> str:
    key = tuple(types)
    if key not in TYPESETS:
        key = ("THING",)
    return chr(_BASE + TYPESETS.index(key))


def type_class(t: str) -> str:
    chars = "".join(chr(_BASE + k) for k, ts in enumerate(TYPESETS) if t in ts)
    if not chars:
        raise ValueError(f"unknown slot type {t!r}")
    return f"[{chars}]"


@dataclass
class Frame:
    family: str
    id: str
    forms: list[str]
    emit: list[list[str]]
    status: str | None = None
    node: dict | None = None
    examples: list[dict] = field(default_factory=list)
    not_: list[str] = field(default_factory=list)
    mint: dict = field(default_factory=dict)  # NAME slot -> class of the thing it names
    # "resumed": the EVENT is the resumed part of the session the form names; "resumed-only": the form
    # matches only where the EVENT names a resumed session
    part: str | None = None
    compiled: list[tuple] = field(default_factory=list)
    # slot name -> a type the slot must not carry (由X主办: an organisation organises, a government hosts)
    unless: dict = field(default_factory=dict)
    # the facts of the DATE slot quote from that date on (a second date after a first one in the match: the
    # date bounds read the first date printed in a fact's quote)
    date_from_slot: bool = False

    @property
    def name(self) -> str:
        return f"{self.family}.{self.id}"


_SLOT = re.compile(r"\{([A-Z_]+)(?::([A-Za-z0-9_]+))?\}")


#: slot types that stand for something named elsewhere: zero-width, or a word that refers back
#: 该工作组, 这一委员会: the body named last before it in the leaf
THE_BODY_WORDS = r"(?:该|这一|这个|此)(?:工作组|专家组|委员会|小组|任务组|工作队|理事会)"
REFERENCES = {"THE_EVENT": "", "THE_ACT": "", "PREV_NAME": "", "REF_EVENT": REF_WORDS, "REF_BODY": REF_BODY_WORDS,
              "THE_BODY": THE_BODY_WORDS, "OWN_BODY": "", "PREV_BODY": "",
              "THIS_YEAR": r"(?:本届|本次|今年|本年度|本年)"}


def compile_form(form: str) -> tuple[re.Pattern, dict]:
    """A form -> (regular expression over masked text with groups named by slot name, name -> slot type)."""
    out, pos, types, required = [], 0, {}, set()
    after = None  # the type of the slot right before the literal piece
    for m in _SLOT.finditer(form):
        before = re.sub(r"\[\^?\]?[^\]]*\]", "", re.sub(r"\\.", "", form[:m.start()]))  # no escapes, no classes
        if before.count("(") == before.count(")"):  # outside any group: every match has this slot
            required.add(m.group(1))
        out.append(_literal(form[pos:m.start()], after))
        t, name = m.group(1), m.group(2) or m.group(1)
        types[name] = t
        if t in REFERENCES:
            out.append(f"(?P<{name}>{REFERENCES[t]})")
        else:
            out.append(f"(?P<{name}>{type_class(t)})")
        pos = m.end()
        after = t if t not in REFERENCES else None
    out.append(_literal(form[pos:], after))
    # the slot characters a match needs, one set per slot (a form runs only where each set meets the text)
    needs = frozenset(t for t in required if t not in REFERENCES)
    return re.compile("".join(out)), types, needs


def _literal(piece: str, after: str | None = None) -> str:
    """A form's words between slots; a gap right after a slot of type T never crosses another slot of type T
    ({EVENT}…{PEOPLE}: the count belongs to the event named last before it, not to an earlier one), unless that
    slot only dates the subject (正值X期间, 与X同期)."""
    parts = [normalize(x) if x.strip() else "" for x in piece.split("…")]
    if after is None or not piece.startswith("…"):
        return GAP.join(_non_capturing(x) for x in parts)
    # …except one that only dates the subject (正值X期间, 与X同期举行): the count is still the subject's
    t = type_class(after)
    gap = (rf"(?:(?!{t})[^。;!?]|(?<=正值|适逢|恰逢|时值|正逢){t}(?=[^,。;]{{0,12}}?(?:期间|之际))"
           rf"|(?<=[与和同]){t}(?=同期|同时)){{0,40}}?")
    return gap.join(_non_capturing(x) for x in parts[:2]) + GAP.join([""] + [_non_capturing(x) for x in parts[2:]])


def _non_capturing(pattern: str) -> str:
    """Every group of a form's literal part as a non-capturing one (slots alone capture); an escaped
    parenthesis (``\\(``) and one inside a character class (``[(]``) are characters, not groups."""
    out, k, in_class = [], 0, False
    while k < len(pattern):
        c = pattern[k]
        if c == "\\":
            out.append(pattern[k:k + 2])
            k += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[k + 1:k + 2] == "]" or pattern[k + 1:k + 3] == "^]":  # []…] and [^]…]: ] is a member
                out.append(pattern[k:k + 2 + (pattern[k + 1] == "^")])
                k += 2 + (pattern[k + 1] == "^")
                continue
        elif c == "(" and pattern[k + 1:k + 2] != "?":
            out.append("(?:")
            k += 1
            continue
        out.append(c)
        k += 1
    return "".join(out)


@functools.lru_cache(maxsize=1)
def load_frames() -> tuple[Frame, ...]:
    """Every frame of every family file in this folder, in file then frame order."""
    frames = []
    for path in sorted(FRAMES_DIR.glob("*.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
        family = data["family"]
        for f in data["frames"]:
            fr = Frame(family, f["id"], list(f["forms"]), [list(e) for e in f.get("emit", [])], f.get("status"),
                       f.get("node"), list(f.get("examples", [])), list(f.get("not", [])), dict(f.get("mint", {})),
                       f.get("part"))
            fr.compiled = [compile_form(x) for x in fr.forms]
            fr.unless = dict(f.get("unless", {}))
            fr.date_from_slot = bool(f.get("date_from_slot", False))
            frames.append(fr)
    return tuple(frames)


@dataclass
class Masked:
    """A leaf's normalised text with every slot replaced by one character."""

    text: str
    marks: list[int]  # masked index of each slot character, ascending
    shifts: list[int]  # normalised index minus masked index just after each slot
    slot_at: dict[int, object]  # masked index -> Slot
    present: frozenset = frozenset()  # the slot types that occur

    @classmethod
    def of(cls, text: str, slots: list) -> "Masked":
        out, marks, shifts, slot_at = [], [], [], {}
        k, m = 0, 0  # position in text, length of masked text so far
        for s in slots:
            out.append(text[k:s.i])
            m += s.i - k
            slot_at[m] = s
            marks.append(m)
            out.append(typeset_char(s.types))
            m += 1
            shifts.append(s.j - m)
            k = s.j
        out.append(text[k:])
        masked = "".join(out)
        return cls(masked, marks, shifts, slot_at, frozenset(t for s in slots for t in s.types))

    def _start(self, a: int) -> int:
        k = bisect.bisect_right(self.marks, a) - 1
        if k >= 0 and self.marks[k] == a:
            return self.slot_at[a].i
        return a + (self.shifts[k] if k >= 0 else 0)

    def _end(self, b: int) -> int:
        """Normalised end of masked character ``b - 1``."""
        a = b - 1
        k = bisect.bisect_right(self.marks, a) - 1
        if k >= 0 and self.marks[k] == a:
            return self.slot_at[a].j
        return a + 1 + (self.shifts[k] if k >= 0 else 0)

    def start_of(self, a: int) -> int:
        return self._start(a) if a < len(self.text) else self._end(len(self.text)) if self.text else 0

    def ij(self, a: int, b: int) -> tuple[int, int]:
        """Normalised [i, j) of masked [a, b)."""
        return self._start(a), self._end(b)


@dataclass
class Match:
    frame: Frame
    i: int  # normalised span of the whole match
    j: int
    slots: dict  # name -> Slot, or ("REF", i, j) for a co-reference word
    status: str | None


_PLANNED = re.compile(r"将|拟|定于|计划|预计|应于|应当于")


def match_leaf(frames, masked: Masked) -> list[Match]:
    out = []
    for fr in frames:
        seen = set()
        for rx, types, needs in fr.compiled:
            if not needs <= masked.present:
                continue
            for m in rx.finditer(masked.text):
                if m.end() <= m.start():
                    continue
                slots = {}
                for name, a in m.re.groupindex.items():
                    if m.start(name) < 0:
                        continue
                    if types.get(name) in REFERENCES:  # resolved by the rule (the event or name meant)
                        a, b = m.start(name), m.end(name)
                        k = masked.start_of(a)
                        slots[name] = ("REF", k, masked.ij(a, b)[1] if b > a else k, types[name])
                        continue
                    s = masked.slot_at.get(m.start(name))
                    if s is None:
                        continue
                    slots[name] = s
                if fr.part == "resumed-only" and not getattr(slots.get("EVENT"), "extra", {}).get("part_of"):
                    continue  # a form for resumed sessions only (graph_builder/facts/frames/resumed.py)
                if any(t in getattr(slots.get(n), "types", ()) for n, t in fr.unless.items()):
                    continue
                i, j = masked.ij(m.start(), m.end())
                if (i, j) in seen:
                    continue
                seen.add((i, j))
                status = fr.status
                if status == "held" and _PLANNED.search(m.group(0)):
                    status = "planned"
                out.append(Match(fr, i, j, slots, status))
    return out
