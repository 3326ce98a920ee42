"""Documents, bodies and indices recognised by their form (normalised text).

- A title in 《》 that no listed name covers is a document (class Document), its zh label the title.
- A name ending in a body or index word and followed by an acronym in parentheses is that body or index:
  信息通信技术发展指数（IDI）, 某某合作委员会（ABCC）. The name reaches back over the nominal words
  before the suffix word (jieba's part-of-speech tags; a verb, adverb, number, time word, preposition
  or 的 ends it), so 首次发布|信息通信技术发展指数 keeps only the index. The acronym becomes wsis:acronym
  and the key (``body/abcc``, ``document/idi``).
A bare acronym such as 信息通信技术（ICT） names a concept, not a thing: without a suffix word nothing is
recognised; 伙伴关系 and 联盟 are no suffix words for the same reason (公私合作伙伴关系（PPP）).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# suffix word -> class (the longest suffix wins)
SUFFIX_CLASS = {
    "委员会": "Committee", "理事会": "Council", "工作组": "WorkingGroup", "工作队": "TaskForce",
    "秘书处": "Secretariat", "论坛": "Forum", "基金": "Fund", "小组": "Body", "管理局": "Organization",
    "研究所": "Organization", "办事处": "Organization",
    "指数": "Document", "数据库": "Document", "报告": "Report", "倡议": "Initiative",
}
_SUFFIX = "|".join(sorted(SUFFIX_CLASS, key=len, reverse=True))
_ACRONYM = re.compile(rf"(?:{_SUFFIX})\(([A-Z][A-Za-z0-9&\-]{{1,11}})\)")
_TITLE = re.compile(r"《([^《》\n]{2,80})》")
# jieba tags that end a name when reading backwards from its suffix word
_END_TAGS = {"v", "d", "m", "t", "p", "u", "uj", "ul", "r", "f", "q", "x", "w", "y", "e", "o", "zg", "ad"}
_MAX = 24


@dataclass(frozen=True)
class FormHit:
    start: int
    end: int  # end of the name (the acronym's parentheses are not part of the mention)
    cls: str
    acronym: str


def titles(text: str) -> list[tuple[int, int, str]]:
    """(start, end, title) of 《…》 titles, the span including the brackets."""
    return [(m.start(), m.end(), m.group(1)) for m in _TITLE.finditer(text)]


def _name_start(text: str, end_of_suffix: int, suffix: str) -> int:
    import jieba.posseg as pseg

    from graph_builder.entities.segment import _jieba

    _jieba()
    lo = end_of_suffix - len(suffix)
    k = lo
    while k > 0 and end_of_suffix - k < _MAX and "\u4e00" <= text[k - 1] <= "\u9fff":
        k -= 1
    tokens = list(pseg.cut(text[k:lo]))
    start = lo
    for tok in reversed(tokens):
        if tok.flag in _END_TAGS or tok.word == "的":
            break
        start -= len(tok.word)
    return start


def acronym_names(text: str) -> list[FormHit]:
    out = []
    for m in _ACRONYM.finditer(text):
        suffix_end = m.start(1) - 1
        suffix = next(s for s in sorted(SUFFIX_CLASS, key=len, reverse=True) if text.startswith(s, m.start()))
        start = _name_start(text, suffix_end, suffix)
        if suffix_end - start <= len(suffix):
            continue  # the suffix word alone names nothing
        out.append(FormHit(start, suffix_end, SUFFIX_CLASS[suffix], m.group(1)))
    return out
