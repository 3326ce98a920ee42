"""Find mentions of reference entities in a source text ('each paragraph node links to the
entities it mentions, with the mention string and its offsets').

Matching runs on normalised text (docs/MODEL.md, 'Offsets'), so ``国际 电联`` or full-width forms
still match, and every match is mapped back to original offsets. Overlaps are resolved longest
first, so a short name is never linked inside a longer known name (突尼斯 inside 《突尼斯承诺》).
Latin forms must stand alone (``ITU`` is not found inside ``itumail``; ``ES`` not inside ``ESCAP``).
A form with a context condition (``followed_by``/``preceded_by`` in the reference) is tried before a
plain form of the same length: that is how one string can name two things (突尼斯: Tunis the city,
or Tunisia the country when it acts: 突尼斯提出).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph_builder.corpus import SourceText
from graph_builder.entities.publishers import publisher_names
from graph_builder.entities.reference import Reference
from graph_builder.normalize import Normalized, normalize

_ALNUM = re.compile(r"[A-Za-z0-9]")


@dataclass(frozen=True, order=True)
class Mention:
    doc_id: str
    start: int  # original offsets, end exclusive
    end: int
    surface: str  # the original text[start:end]
    key: str  # entity key, e.g. 'org/itu'


_Form = tuple[str, str, str, str]  # normalised form, preceded_by, followed_by, key


def in_scope(docs: tuple[str, ...], doc_id: str, publisher: str = "") -> bool:
    """Whether a form scoped to ``docs`` may be linked in a document: no scope, its id, or ``publisher:X`` when
    the manifest names X among the document's publishers (the bare title 秘书长 in a text ITU publishes)."""
    if not docs or doc_id in docs:
        return True
    publishers = {p.strip() for p in re.split(r"[/,;、]", publisher) if p.strip()}
    return any(d.startswith("publisher:") and d[len("publisher:"):] in publishers for d in docs)


def _forms_for(ref: Reference, doc_id: str, publisher: str = "") -> list[_Form]:
    """Forms usable in ``doc_id``: longest first; at equal length conditional before plain; then sorted."""
    forms: set[_Form] = set()
    for e in ref.entities:
        for a in e.surface_forms():
            if not in_scope(a.docs, doc_id, publisher):
                continue
            form = normalize(a.form)
            if form:
                forms.add((form, a.preceded_by, a.followed_by, e.key))
    for x in ref.exclusions:
        if x.block:
            forms.add((normalize(x.text), "", "", ""))  # key "": claims the span, links nothing
    return sorted(forms, key=lambda f: (-len(f[0]), not (f[1] or f[2]), f))


def _context_ok(text: str, i: int, j: int, preceded_by: str, followed_by: str) -> bool:
    if preceded_by and not re.search(f"(?:{preceded_by})$", text[max(0, i - 40) : i]):
        return False
    if followed_by and not re.match(followed_by, text[j:]):
        return False
    return True


# A region or scope written right before a forum's name makes another forum of that region (阿拉伯互联网治理论坛,
# 非洲青年论坛 is not the global one); the open-class names take the longer name.
_REGIONAL_SCOPE = re.compile(r"(?:阿拉伯|非洲|亚太|亚洲|欧洲|美洲|拉丁美洲|加勒比|太平洋|东非|西非|南部非洲|北非|中非|中亚|"
                             r"东南亚|南亚|西亚|区域|次区域|分区域|国家|青年)(?:区域|地区)?$")
_SCOPED_CLASSES = ("Forum",)


def _another_scope(ref: Reference, text: str, i: int, key: str) -> bool:
    e = ref.by_key.get(key)
    return e is not None and e.cls in _SCOPED_CLASSES and bool(_REGIONAL_SCOPE.search(text[max(0, i - 8):i]))


def _stands_alone(text: str, i: int, j: int) -> bool:
    """A Latin/digit edge of a match must not continue into a Latin/digit neighbour."""
    if _ALNUM.match(text[i]) and i > 0 and _ALNUM.match(text[i - 1]):
        return False
    if _ALNUM.match(text[j - 1]) and j < len(text) and _ALNUM.match(text[j]):
        return False
    return True


def find_mentions(source: SourceText, ref: Reference) -> list[Mention]:
    """Every mention of a reference entity in ``source``, sorted by position (deterministic).

    A form two entities share in one document (the bare 秘书长 in a text ITU and the CSTD publish together) is
    resolved by its context: :func:`_by_context`."""
    norm = Normalized.of(source.text)
    text = norm.text
    taken = bytearray(len(text))  # 1 where a longer match already sits
    found: list[Mention] = []
    forms = _forms_for(ref, source.doc_id, publisher_names(ref, source.publisher))
    shared: dict[tuple[str, str, str], list[str]] = {}
    for form, before, after, key in forms:
        if key:
            shared.setdefault((form, before, after), []).append(key)
    ambiguous: list[tuple[int, int, list[str]]] = []
    for form, before, after, key in forms:
        keys = shared.get((form, before, after), [])
        if len(keys) > 1 and key != keys[0]:
            continue  # the group is matched once, with its first key
        k = text.find(form)
        while k >= 0:
            j = k + len(form)
            if (not any(taken[k:j]) and _stands_alone(text, k, j) and _context_ok(text, k, j, before, after)
                    and not (key and _another_scope(ref, text, k, key))):
                taken[k:j] = b"\x01" * (j - k)
                if key and len(keys) > 1:
                    ambiguous.append((k, j, keys))
                elif key:
                    start, end = norm.span(k, j)
                    found.append(Mention(source.doc_id, start, end, source.text[start:end], key))
            k = text.find(form, k + 1)
    if ambiguous:
        known = sorted((m.start, m.key) for m in found)
        for k, j, keys in ambiguous:
            start, end = norm.span(k, j)
            found.append(Mention(source.doc_id, start, end, source.text[start:end],
                                 _by_context(ref, keys, source.text, start, known)))
    return sorted(found)


_WINDOW = 400  # characters before a shared form where the mention that tells whose it is may stand


def _ancestors(ref: Reference, key: str) -> list[str]:
    out = []
    while key and key not in out:
        out.append(key)
        e = ref.by_key.get(key)
        key = e.parent if e is not None else ""
    return out


def _by_context(ref: Reference, keys: list[str], text: str, start: int, known: list[tuple[int, str]]) -> str:
    """The key of a shared form (秘书长: the ITU's or the UN's Secretary-General) whose owner the nearest
    mention before it belongs to, within :data:`_WINDOW` characters (headings included): after
    国际电联…全权代表大会 the ITU's, under a heading 科学和技术促进发展委员会 (a UN body) the UN's; the nearest owner in the chain wins (an ITU body is the ITU's before the UN's). Else the first."""
    lo = max(0, start - _WINDOW)
    parents = {k: (ref.by_key[k].parent if k in ref.by_key else "") for k in keys}
    for _, key in sorted((p for p in known if lo <= p[0] < start), reverse=True):
        chain = _ancestors(ref, key)
        hits = [(chain.index(parents[k]), k) for k in keys if parents[k] in chain]
        if hits:
            return min(hits)[1]
    return keys[0]


def find_all_mentions(sources: list[SourceText], ref: Reference, open_class: bool = True) -> list[Mention]:
    """Mentions of listed entities and, with ``open_class``, of the named things recognised by their form
    (graph_builder/entities/open_class.py), which are minted into ``ref`` (listed names win overlaps)."""
    if not open_class:
        return [m for s in sources for m in find_mentions(s, ref)]
    from graph_builder.entities import topic_meetings
    from graph_builder.entities.open_class import OpenClassRecognizer

    recognizer = OpenClassRecognizer(ref)
    recognizer.prime(sources)
    out: list[Mention] = []
    for s in sources:
        known = recognizer.extend_countries(s, topic_meetings.extend(s, find_mentions(s, ref), ref))
        out += sorted(known + recognizer.find(s, known))
    return out
