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
    # departments, units and organisations with their acronym: 电信发展局（BDT）, 经济和社会事务部（DESA）
    "局": "Organization", "司": "Organization", "部": "Organization", "处": "Organization", "科": "Organization",
    "办公室": "Organization", "中心": "Organization", "组织": "Organization", "机构": "Organization",
    "协会": "Organization", "署": "Organization", "计划署": "Organization", "银行": "Organization",
    "公司": "Company", "专家组": "WorkingGroup", "任务组": "TaskForce", "大会": "Body",
    "门户": "Document", "平台": "Document",
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
    "监管局": "Organization",  # a national regulator (X电信监管局)
    "秘书处": "Secretariat", "中心": "Organization", "办公室": "Organization",
    # companies and associations (X通信集团, X卫星公司, X电信运营商协会)
    "集团": "Company", "公司": "Company", "协会": "Organization", "基金会": "Organization",
    "联合会": "Organization",
}
# Suffix words that close names only with a proper name part before them (亚太数字合作中心, 非洲信息技术办公室):
# 社区多媒体中心, 培训中心, 执行秘书处 are kinds of place or unit, not names.
_NEEDS_PROPER = {"秘书处", "中心", "办公室", "集团", "公司"}
_PROPER_TAGS = {"ns", "nr", "nrt", "nrfg", "nt", "nz", "eng"}
# A secretariat or office right after a centre's name is one name with it: X数字合作中心秘书处 (a committee's
# secretariat stays the committee's mention).
_OF_NAME = {"秘书处", "办公室"}
_BARE = re.compile("|".join(sorted(BARE_SUFFIX_CLASS, key=len, reverse=True)))
# Words that make a phrase generic (该委员会, 所有指数, 综合指数) or only qualify it: not the start of a name.
_GENERIC = {"该", "这", "此", "各", "其", "本", "所有", "相关", "有关", "其他", "其它", "一个", "新", "现有", "综合",
            "上述", "有效", "主要", "这些", "那些", "各类", "某些", "任何", "分", "同类",
            "法郎", "美元", "欧元", "瑞士法郎"}  # amounts in a table row run into the next name
# Of the generic words, those that qualify a head inside a longer name (信息通信技术发展（数字机遇）综合指数) but
# never begin one (综合指数, 该综合指数 name nothing).
# what a name's 促进 is for: 信息和通信技术促进发展培训中心, 科学和技术促进发展委员会
_FOR_WHAT = {"发展", "可持续发展", "社会发展", "经济发展", "和平"}
_QUALIFIERS = {"综合", "新", "现有", "主要"}
# Compass words (jieba: direction words) that begin a region's name inside a body's name: 东部非洲电信委员会.
_COMPASS = {"东部", "西部", "南部", "北部", "东方", "西方", "南方", "北方", "中部", "东南部", "西南部", "东北部", "西北部", "东南", "西南", "东北", "西北"}
_NAME_TAGS = {"n", "nz", "nt", "ns", "nr", "nrt", "vn", "an", "j", "l", "b", "eng", "s", "nrfg", "i"}


def _tokens_before(text: str, lo: int, gaps=frozenset()) -> list[tuple[int, str, str]]:
    """(start, word, tag) of the words right before ``lo`` within one clause, last first; ``gaps`` are
    positions where normalisation removed a line break or markup (a boundary the text had)."""
    import jieba.posseg as pseg

    from graph_builder.entities.segment import _jieba

    _jieba()
    k = lo
    while k > 0 and lo - k < _MAX and (("\u4e00" <= text[k - 1] <= "\u9fff") or text[k - 1].isalnum()
                                        or text[k - 1] in "-)"):
        if k in gaps:
            break
        if text[k - 1] == ")":  # a bracketed qualifier inside the name: 发展（数字机遇）综合指数
            o = text.rfind("(", max(0, k - 10), k - 1)
            if o < 0 or not all("\u4e00" <= c <= "\u9fff" for c in text[o + 1 : k - 1]) or o == k - 2:
                break
            k = o
            continue
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
        if m.group(0) in _OF_NAME and out and out[-1].end == m.start() and text[out[-1].end - 2 : out[-1].end] == "中心":
            out[-1] = FormHit(out[-1].start, m.end(), BARE_SUFFIX_CLASS[m.group(0)], "")
            continue
        words = []
        depth = 0
        for start, word, tag in _tokens_before(text, m.start(), gaps):
            if word in ("(", ")"):
                depth += 1 if word == ")" else -1
                words.append((start, word, tag))
                continue
            # X促进发展 (信息和通信技术促进发展培训中心: 'for development') is a name's words, not a verb phrase
            for_development = word == "促进" and words and words[-1][1] in _FOR_WHAT
            if depth == 0 and not for_development and (
                    (tag not in _NAME_TAGS and tag != "a" and word not in ("和", "及", "与") and word not in _COMPASS)
                    or _BARE.search(word) or (word in _GENERIC and word not in _QUALIFIERS)):
                break  # (a suffix word ends the name before: ICT机遇指数和|数字机遇指数)
            words.append((start, word, tag))
        if depth != 0:
            continue
        # a field jieba tags as an adjective (数字健康工作组) is a name's word after a noun, never its first word
        while words and (words[-1][1] in _GENERIC or words[-1][2] == "a"
                         or words[-1][1] in ("和", "及", "与", "(", ")", "促进", "会议", "会上")):
            words.pop()  # (向第五届会议|报告工作组的进展: a meeting's word opens no name)
        if words and words[0][1] in ("和", "及", "与"):
            continue  # 名单和委员会: the suffix word is coordinated with something else, not named
        if not words:
            continue
        start = words[-1][0]
        name = text[start : m.end()]
        # two words at least (数字|机遇|指数), and not just a qualified suffix (区域|委员会)
        if len([w for w in words if w[1] not in "()"]) < 2 or len(name) < 5 or name.count("(") != name.count(")"):
            continue
        if m.group(0) in _NEEDS_PROPER and words[-1][2] not in _PROPER_TAGS:
            continue  # the name must open with its proper part (a place, a person, an organisation)
        out.append(FormHit(start, m.end(), BARE_SUFFIX_CLASS[m.group(0)], ""))
    return out


# A table cell or line that is only a unit's name: 大会部, 公共服务部, 协调组.
_UNIT_LINE = re.compile(r"(?m)^[ \t|]*([\u4e00-\u9fff]{1,10}(?:部|司|局|处|组|室|科))[ \t|]*$")


# A line or cell holding only a short name of nominal words (法律服务, 人力资源): a unit when it goes on a list
# of units (the lines before it, blank ones aside, are units).
_SHORT_LINE = re.compile(r"(?m)^[ \t|]*([\u4e00-\u9fff]{2,8})[ \t|]*$")


def unit_lines(original: str) -> list[tuple[int, int]]:
    """(start, end) in the ORIGINAL text of lines or cells holding only a department's or unit's name, and
    of the short names that continue a list of such lines (大会部 / 公共服务部 / 协调组 / 法律服务)."""
    out = []
    for m in _UNIT_LINE.finditer(original):
        name = m.group(1)
        if len(name) >= 3 and name[:-1] not in _GENERIC:
            out.append((m.start(1), m.end(1)))
    units = sorted(out)
    ends = {original.rfind("\n", 0, a) + 1: (a, b) for a, b in units}  # line start -> unit span
    for k in sorted(ends):
        pos = original.find("\n", k)
        run = 1
        while pos >= 0:  # walk the lines after a unit: blank ones are skipped, a unit line continues the run
            nxt = pos + 1
            end = original.find("\n", nxt)
            line = original[nxt : end if end >= 0 else len(original)]
            if not line.strip(" \t|"):
                pos = end
                continue
            if nxt in ends:
                run += 1
                pos = end
                continue
            m = _SHORT_LINE.match(original, nxt)
            if run >= 2 and m is not None and m.end() == (end if end >= 0 else len(original)) \
                    and _nominal(m.group(1)) and (m.start(1), m.end(1)) not in out:
                out.append((m.start(1), m.end(1)))
            break
    return sorted(set(out))


def _nominal(name: str) -> bool:
    """All words of ``name`` are nouns or verbal nouns for jieba (法律|服务), none generic (其它, 合计)."""
    import jieba.posseg as pseg

    from graph_builder.entities.segment import _jieba

    _jieba()
    toks = list(pseg.cut(name))
    return len(toks) >= 2 and all(t.flag in ("n", "vn", "nz", "nt", "v") and t.word not in _GENERIC
                                  and t.word not in _TOTALS for t in toks)


_TOTALS = {"合计", "总计", "小计", "共计", "总额", "其它", "其他"}


def acronym_names(text: str) -> list[FormHit]:
    out = []
    for m in _ACRONYM.finditer(text):
        suffix_end = m.start(1) - 1
        suffix = next(s for s in sorted(SUFFIX_CLASS, key=len, reverse=True) if text.startswith(s, m.start()))
        start = _name_start(text, suffix_end, suffix)
        while start < suffix_end and text[start] in "和及与或、":
            start += 1  # a conjunction joins the name to the one before: …（RRB）和|信息社会门户（ISP）
        if suffix_end - start <= len(suffix):
            continue  # the suffix word alone names nothing
        out.append(FormHit(start, suffix_end, SUFFIX_CLASS[suffix], m.group(1)))
    return out


# A quoted name next to the noun of its class: 举措“黄金书”, “数字桥梁”倡议, 门户“信息社会网”.
_QUOTED_CLASS = {"举措": "Initiative", "倡议": "Initiative", "项目": "Initiative", "数据库": "Document",
                 "门户": "Document", "平台": "Document", "指数": "Document", "报告": "Report"}
_QC = "|".join(sorted(_QUOTED_CLASS, key=len, reverse=True))
_QUOTED_BEFORE = re.compile(rf"(?P<c>{_QC})\s*“(?P<q>[^“”\n]{{2,24}})”")
_QUOTED_AFTER = re.compile(rf"“(?P<q>[^“”\n]{{2,24}})”\s*(?P<c>{_QC})")


def quoted_names(text: str) -> list[FormHit]:
    """Names in quotation marks that the noun right before or after them classifies (the quote only)."""
    out = {}
    for rx in (_QUOTED_BEFORE, _QUOTED_AFTER):
        for m in rx.finditer(text):
            q = m.group("q")
            if re.search(r"[,，。;；:：!?、]", q) or not re.search(r"[\u4e00-\u9fffA-Za-z]", q):
                continue  # a clause in quotes, not a name
            out.setdefault(m.start("q"), FormHit(m.start("q"), m.end("q"), _QUOTED_CLASS[m.group("c")], ""))
    return [out[k] for k in sorted(out)]


# A department, office or unit of a named organisation, written right after it: 国际电联电信发展局,
# 联合国经济和社会事务部, 教科文组织的信息社会处.
_UNIT_SUFFIX = re.compile(r"(?:事务部|办事处|办公室|中心|局|司|处|部|科|股)")
_UNIT_AFTER = re.compile(r"\s*(?:的)?\s*([\u4e00-\u9fff]{2,12})")


def unit_after(text: str, end: int) -> tuple[int, int] | None:
    """(start, end) of a unit's name right after an organisation's name ending at ``end``: nominal words
    (jieba) closed by a unit word that ends a word there (部门成员, 局势 are no units)."""
    m = _UNIT_AFTER.match(text, end)
    if m is None:
        return None
    import jieba.posseg as pseg

    from graph_builder.entities.segment import _jieba

    _jieba()
    start, pos, last = m.start(1), m.start(1), None
    toks = list(pseg.cut(text[start : start + 16]))
    for n, tok in enumerate(toks):
        inner_and = tok.word == "和" and pos > start and n + 1 < len(toks) and toks[n + 1].flag in _NAME_TAGS
        if (tok.flag not in _NAME_TAGS and not inner_and) or tok.word in _GENERIC:
            break
        pos += len(tok.word)
        if _UNIT_SUFFIX.fullmatch(tok.word) or (_UNIT_SUFFIX.search(tok.word) and tok.word.endswith(
                ("事务部", "办事处", "办公室", "中心", "发展局", "通信局", "标准化局", "秘书处"))):
            last = pos
    if last is None or last - start < 3:
        return None
    return start, last
