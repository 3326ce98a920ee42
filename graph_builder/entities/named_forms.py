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


# Suffix words that close a name on their own (no acronym needed), when the words before them are specific.
BARE_SUFFIX_CLASS = {
    "指数": "Document", "数据库": "Document", "委员会": "Committee", "理事会": "Council", "工作组": "WorkingGroup",
    "任务组": "TaskForce", "工作队": "TaskForce", "研究所": "Organization", "管理局": "Organization",
}
_BARE = re.compile("|".join(sorted(BARE_SUFFIX_CLASS, key=len, reverse=True)))
# Words that make a phrase generic (该委员会, 所有指数, 综合指数) or only qualify it: not the start of a name.
_GENERIC = {"该", "这", "此", "各", "其", "本", "所有", "相关", "有关", "其他", "其它", "一个", "新", "现有", "综合",
            "上述", "有效", "主要", "这些", "那些", "各类", "某些", "任何", "分", "同类",
            "法郎", "美元", "欧元", "瑞士法郎"}  # amounts in a table row run into the next name
_NAME_TAGS = {"n", "nz", "nt", "ns", "nr", "nrt", "vn", "an", "j", "l", "b", "eng", "s", "nrfg", "i"}


def _tokens_before(text: str, lo: int, gaps=frozenset()) -> list[tuple[int, str, str]]:
    """(start, word, tag) of the words right before ``lo`` within one clause, last first; ``gaps`` are
    positions where normalisation removed a line break or markup (a boundary the text had)."""
    import jieba.posseg as pseg

    from graph_builder.entities.segment import _jieba

    _jieba()
    k = lo
    while k > 0 and lo - k < _MAX and (("\u4e00" <= text[k - 1] <= "\u9fff") or text[k - 1].isalnum()
                                        or text[k - 1] == "-"):
        if k in gaps:
            break
        k -= 1
    out, pos = [], k
    for tok in pseg.cut(text[k:lo]):
        out.append((pos, tok.word, tok.flag))
        pos += len(tok.word)
    return out[::-1]


def bare_names(text: str, gaps=frozenset()) -> list[FormHit]:
    """Names closed by a suffix word whose words before it are specific nouns (数字机遇指数, ICT机遇指数,
    信息和通信技术工作队: a conjunction may join two nouns inside a name, never begin one)."""
    out = []
    for m in _BARE.finditer(text):
        words = []
        for start, word, tag in _tokens_before(text, m.start(), gaps):
            if (tag not in _NAME_TAGS and word != "和") or word in _GENERIC or _BARE.search(word):
                break  # (a suffix word ends the name before: ICT机遇指数和|数字机遇指数)
            words.append((start, word, tag))
        while words and (words[-1][1] in _GENERIC or words[-1][1] == "和"):
            words.pop()
        if words and words[0][1] == "和":
            continue  # 名单和委员会: the suffix word is coordinated with something else, not named
        if not words:
            continue
        start = words[-1][0]
        name = text[start : m.end()]
        # two words at least (数字|机遇|指数), and not just a qualified suffix (区域|委员会)
        if len(words) < 2 or len(name) < 5:
            continue
        out.append(FormHit(start, m.end(), BARE_SUFFIX_CLASS[m.group(0)], ""))
    return out


# A table cell or line that is only a unit's name: 大会部, 公共服务部, 协调组.
_UNIT_LINE = re.compile(r"(?m)^[ \t|]*([\u4e00-\u9fff]{1,10}(?:部|司|局|处|组|室|科))[ \t|]*$")


def unit_lines(original: str) -> list[tuple[int, int]]:
    """(start, end) in the ORIGINAL text of lines or cells holding only a department's or unit's name."""
    out = []
    for m in _UNIT_LINE.finditer(original):
        name = m.group(1)
        if len(name) >= 3 and name[:-1] not in _GENERIC:
            out.append((m.start(1), m.end(1)))
    return out


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
