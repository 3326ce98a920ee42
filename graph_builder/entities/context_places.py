"""Countries and cities that no list holds, named where only a country or a city fits the context.

A country: the name X right before
- ``首都`` (X首都Y: the capital of X, and Y that capital),
- ``常驻…代表团`` (the permanent mission of X) or ``代表团团长`` (the head of X's delegation),
- ``共和国`` / ``王国`` (a formal name: X共和国 is the country X),
- ``政府`` (its government) only where X ends in 群岛/岛 (an island state): else X政府 may be an administration
  (奥巴马政府), and X is a country there only once another context has named it (the recogniser then finds X
  and X政府 everywhere).
A city: Y after ``X首都``, and Y between ``在`` and ``举行/召开/举办`` (在Y举行).

X and Y are transliterated names: a run of words jieba tags as names (person ``nr``/``nrt``, place ``ns``, other
proper ``nz``) ending right before the context word, at least three characters, that is no role of a country
(东道国, 所在国, 有关国家 end in 国 or 家: a role, not a name) and no state, province or city division
(纽约州, …省, …市). Precision first: anything else is not a country. Every rule is linear in the text: one pass
over the context words, a bounded window of jieba words around each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nz"})
_SUFFIXES = ("共和国", "王国", "群岛", "岛")  # written as part of a country's name
_FORMAL = ("共和国", "王国")
_NOT_A_NAME_END = set("国家州省市县区")
_WINDOW = 16

# a country's context: what follows its name
_COUNTRY_CONTEXT = re.compile(r"首都|常驻[^，。；、,;\n]{0,24}?代表团|代表团团长|政府|共和国|王国")
_MEETING_VERB = re.compile(r"在([\u4e00-\u9fff]{2,10}?)(?:举行|召开|举办)")


@dataclass(frozen=True)
class ContextName:
    name: str  # the short name (X)
    kind: str  # "country" or "city"
    formal: str = ""  # the formal form seen (X共和国)
    capital_of: str = ""  # for a city after X首都: the name of X


def _words(text: str) -> list[tuple[str, str]]:
    import jieba.posseg as pseg

    from graph_builder.entities.segment import _jieba

    _jieba()
    # a word added to the dictionary without a tag (the country list's names, the names learned here) is 'x':
    # a name as well when it is Chinese
    return [(w.word, "nz" if w.flag == "x" and "\u4e00" <= w.word[:1] <= "\u9fff" else w.flag) for w in pseg.cut(text)]


def _plausible(name: str) -> bool:
    return len(name) >= 3 and name[-1] not in _NOT_A_NAME_END and all("\u4e00" <= ch <= "\u9fff" for ch in name)


def name_before(text: str, p: int, islands_only: bool = False) -> tuple[str, str]:
    """(name, suffix) of a transliterated name ending at ``p`` ('' when none): name words, then an optional
    suffix of :data:`_SUFFIXES`; with ``islands_only`` the suffix must be 群岛 or 岛."""
    lo = max(0, p - _WINDOW)
    words = _words(text[lo:p])
    suffix = ""
    if words and words[-1][0] in _SUFFIXES:
        suffix = words.pop()[0]
    k = len(words)
    while k > 0 and words[k - 1][1] in _NAME_TAGS:
        k -= 1
    if k == len(words) or (k == 0 and lo > 0):  # no name, or a name running to the window's start (too long)
        return "", ""
    while k < len(words) - 1 and words[k][0][-1] in "国家":
        k += 1  # a role before the name (东道国|X政府)
    if islands_only and suffix not in ("群岛", "岛"):
        return "", ""
    name = "".join(w for w, _ in words[k:])
    if suffix in ("群岛", "岛"):
        name, suffix = name + suffix, ""
    return (name, suffix) if _plausible(name) else ("", "")


def name_after(text: str, q: int) -> str:
    """A transliterated name starting at ``q`` (the city after X首都): its name words, '' when none."""
    words = _words(text[q : q + _WINDOW])
    out = []
    for w, flag in words:
        if flag not in _NAME_TAGS and flag != "ng":
            break
        out.append(w)
    name = "".join(out)
    return name if len(name) >= 2 and len(out) < len(words) and name[-1] not in _NOT_A_NAME_END else ""


def _meeting_place(name: str) -> bool:
    """在Y举行: Y's words are names (or single characters a name is cut into: 利|马尔堡), at least one of them
    tagged as a name."""
    words = _words(name)
    return _plausible(name) and any(f in _NAME_TAGS for _, f in words) \
        and all(f in _NAME_TAGS or f == "ng" or len(w) == 1 for w, f in words)


def context_names(text: str) -> list[ContextName]:
    """Countries and cities ``text`` names by their context, in text order (names may repeat)."""
    out: list[ContextName] = []
    for m in _COUNTRY_CONTEXT.finditer(text):
        word = m.group()
        name, suffix = name_before(text, m.start(), islands_only=word == "政府")
        if not name:
            continue
        if word in _FORMAL:
            out.append(ContextName(name, "country", formal=name + word))
            continue
        out.append(ContextName(name, "country", formal=name + suffix if suffix in _FORMAL else ""))
        if word == "首都":
            city = name_after(text, m.end())
            if city:
                out.append(ContextName(city, "city", capital_of=name))
    for m in _MEETING_VERB.finditer(text):
        if _meeting_place(m.group(1)):
            out.append(ContextName(m.group(1), "city"))
    return out
