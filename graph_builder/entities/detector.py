"""A generic name detector for the coverage check of the reference list ('Coverage is the point').

It knows no names: it finds strings that *look like* names by their form, so that a test can
demand that every one is either in ``graph_builder/data/entities.yaml`` or excluded there with a
reason. Three shapes are detected on normalised text (docs/MODEL.md, 'Offsets'):

* titles in 《…》 (documents);
* Chinese names ending in an institutional suffix (委员会, 组织, 联盟, 署, 会议, 论坛, 基金, 秘书处,
  工作组, 理事会, 大会, 公司, 政府, 机构, …), cut on the left at punctuation, digits, Latin letters
  and the function characters that cannot occur inside a name;
* Latin acronyms and camel-case names (``ITU``, ``HLSOC``, ``PrepCom``, ``DoCoMo``).

Resolution and decision numbers (第…号决议) are the recognisers' job, not this module's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph_builder.normalize import Normalized

SUFFIXES = (
    "委员会", "分委员会", "组委会", "组织", "联盟", "署", "会议", "论坛", "基金", "秘书处", "工作组", "工作队",
    "任务组", "理事会", "大会", "公司", "政府", "机构", "协会", "联合会", "银行", "中心", "研究所", "互助会",
)
# Characters that end a name on its left: grammatical particles, verbs and prepositions that the
# texts put right before a name (在日内瓦的执行秘书处, 向理事会, 由联合国…). None occurs inside a
# name of the corpus; a name that needs one must be listed whole in the reference.
_STOP = set("的在由向于了是把被将对从为请使让以并且或及与和、该其这此每同即给至到经据按跟称曾已均都也还又再就所乃凡")
_MAX_NAME = 24
# A suffix followed by these is not the end of a word: 峰会|议程 (agenda), 政府间 (intergovernmental).
_FALSE_END = {"会议": ("程",), "政府": ("间", "之间")}

_TITLE = re.compile(r"《([^《》]{1,60})》")
_LATIN = re.compile(r"(?<![A-Za-z0-9./_-])([A-Z][A-Za-z]*[A-Z][A-Za-z]*)(?![A-Za-z])")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True, order=True)
class Candidate:
    """A detected name: ``text`` (normalised) at original offsets ``start``-``end`` of ``doc_id``."""

    doc_id: str
    start: int
    end: int
    text: str
    shape: str  # 'title' | 'suffix' | 'latin'


def _suffix_names(norm: str, keep_whole: tuple[str, ...]) -> list[tuple[int, int]]:
    # 各 is not a stop character: 各国/各自 are leader words of core(), and 各 may start no name here
    """(i, j) spans in ``norm`` of CJK runs that end in a suffix, cut at the left by stop characters."""
    spans: set[tuple[int, int]] = set()
    for suffix in SUFFIXES:
        for m in re.finditer(re.escape(suffix), norm):
            j = m.end()
            i = m.start()
            if norm.startswith(_FALSE_END.get(suffix, ()), j):
                continue
            if any(norm.startswith(s2, j) for s2 in SUFFIXES):
                continue  # the name goes on (组织|委员会, 委员会|会议): the longer end is the candidate
            while i > 0 and j - i < _MAX_NAME and _CJK.match(norm[i - 1]) and norm[i - 1] not in _STOP:
                i -= 1
            # a whole known name containing a stop character (经济及社会理事会) wins over the cut
            for name in keep_whole:
                if norm.endswith(name, 0, j) and j - len(name) < i:
                    i = j - len(name)
            spans.add((i, j))
    # keep only the longest span per end position (会议 inside 委员会会议 is not a second name)
    best: dict[int, tuple[int, int]] = {}
    for i, j in spans:
        if j not in best or i < best[j][0]:
            best[j] = (i, j)
    return sorted(best.values())


def detect(doc_id: str, text: str, keep_whole: tuple[str, ...] = ()) -> list[Candidate]:
    """All name-like strings of ``text`` in document order.

    Suffix names are searched per whitespace-separated segment of the original text, because the
    normaliser joins CJK across spaces and the texts' tables separate names only by tabs and spaces.
    ``keep_whole`` are known names (normalised) that contain a stop character and must not be cut.
    """
    out: set[Candidate] = set()
    whole = Normalized.of(text)
    titles: list[tuple[int, int]] = []
    for m in _TITLE.finditer(whole.text):
        s, e = whole.span(m.start(1), m.end(1))
        titles.append((s, e))
        out.add(Candidate(doc_id, s, e, m.group(1), "title"))
    for seg in re.finditer(r"\S+", text):
        norm = Normalized.of(text, 0, seg.start(), seg.end())
        if not norm.text:
            continue
        for i, j in _suffix_names(norm.text, keep_whole):
            s, e = norm.span(i, j)
            if not any(ts <= s and e <= te for ts, te in titles):
                out.add(Candidate(doc_id, s, e, norm.text[i:j], "suffix"))
        for m in _LATIN.finditer(norm.text):
            if _inside_url(norm.text, m.start()):
                continue
            s, e = norm.span(m.start(1), m.end(1))
            out.add(Candidate(doc_id, s, e, m.group(1), "latin"))
    return sorted(out)


# Leading words that are grammar, not part of a name: determiners, quantifiers and the verbs the
# texts put before an object (我们欢迎希腊政府, 召开论坛, 其他国际组织). Stripped to get the core
# of a candidate for the exclusion list and for readable reports; coverage itself uses offsets.
_LEADERS = sorted(
    """
    我们 他们 它们 其他 其它 他 它 其 有关 相关 所有 各类 各国 各自 各 该 这些 这 此 那些 一个 一次 一项 一种 一些 一系列
    两个 三个 几个 多个 每个 有 名 项 份 类 些 个 种 次 级 届 以及 包括 如 即 并 同时 凡 诸位 还 亦 应 可 将 已
    召开 举行 举办 出席 参加 参见 设立 成立 建立 创建 支持 欢迎 审议 加强 推动 鼓励 联系 呼吁 敦促 感谢 利用 协调
    改善 提高 维持 公布 选择 吸引 负责 号召 批准 报告 介绍 责成 要求 邀请 通过 提交 落实 研究 增加 实现 连接
    原则上 接入点等 家庭等 不代表 主要 相应 同类 现有 中央 地方 当地 良好 方便 包含 注重 任何 年 担任 采取 考虑 增强 各级
    """.split(),
    key=len,
    reverse=True,
)
_LEADER_RE = re.compile("^(?:" + "|".join(map(re.escape, _LEADERS)) + ")")
_LEADER_ANY_RE = re.compile("|".join(map(re.escape, [w for w in _LEADERS if len(w) > 1])))


def core(name: str) -> str:
    """``name`` without the grammar in front of it (其他国际组织 -> 国际组织; 应支持地方政府 -> 政府).

    Cuts after the last multi-character leader word anywhere in ``name``, then strips leading
    leader words; never returns an empty string.
    """
    cut = 0
    for m in _LEADER_ANY_RE.finditer(name):
        if m.end() < len(name):
            cut = max(cut, m.end())
    name = name[cut:]
    while True:
        m = _LEADER_RE.match(name)
        if not m or m.end() == len(name):
            return name
        name = name[m.end():]


def _inside_url(text: str, i: int) -> bool:
    """True when position ``i`` is inside a URL or file path (http://…, www.…)."""
    k = i
    while k > 0 and not text[k - 1].isspace() and not _CJK.match(text[k - 1]) and text[k - 1] not in "（(":
        k -= 1
    word = text[k : i + 1]
    return "://" in word or word.startswith("www.") or "/" in word and "." in word
