"""A quantity the text states about something (docs/MODEL.md 'Stated quantities'): rule ``counts.stated``.

A number with a measure word and the thing it counts, in running text, that no other rule made a fact of
(participants, members, staff, countries, organisations, winners …): ``约有65个国家的财政部作出答复``,
``秘书处完成对31个小岛屿发展中国家数字战略的审查``, ``加勒比有十一个国家的移动宽带覆盖率仍低于百分之四十``,
``共收到近九十份书面意见``. Numbers come from the shared count recogniser
(graph_builder/entities/recognize_quantities.py: digits or words, 约/逾/余/多/近 qualifiers), so dates, ordinals
(第N届), paragraph numbers, symbols and money are never read as counts; an indefinite 一个/一项 is no count either,
nor one for each of something (为每个X指派一名Y). One number over a list of kinds (逾三十个实体、委员会和其他组织)
counts the whole list: its category runs to the list's end, or there is no fact when the list cannot be read.
不到/不足/少于 before the number bound it from above (不到十名职员: less than 10), as the staff rule reads them.

Each becomes a ``wsis:StatedQuantity`` (``quantity/{node path}-{n}``, n its place in the node): ``wsis:count``,
``wsis:countQualifier``, ``wsis:category`` the counted thing as printed (@zh: the noun after the measure word,
``国家的财政部`` when a country or region is followed by 的 and a noun), ``wsis:statedBy`` the first person,
body or organisation its sentence names before the number (the subject, or the speaker whose words the
sentence reports), ``wsis:statedIn`` the node; its type's evidence is the clause that states it.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

from rdflib import Literal
from rdflib.namespace import XSD

from graph_builder.entities.recognize_quantities import find_counts
from graph_builder.facts import rule
from graph_builder.facts.rules_money_common import CLAUSE_END, SENTENCE_END, add_entity_node, clause_bounds
from graph_builder.facts.rules_money_counts import _qualifier as _bound
from graph_builder.rdf.namespaces import ID, WSIS, entity_iri, slugify

# prose a quantity is read from (tables, headings and signatures have rules of their own or state none)
_PROSE = ("Paragraph", "SubItem", "ListItem", "Text", "Fragment", "Preamble", "OperativeParagraph", "Footnote")
# 次 counts occasions (举行了三次会议), not things
_UNITS = set("个名位份项家所种人")
# who may state or be the subject of a quantity
_AGENTS = ("person", "body", "org")
# word classes (jieba) that go on a counted noun: nouns, verbal nouns, idioms, abbreviations
_NOUNISH = ("n", "vn", "l", "j", "ng", "nz", "ns", "nt")
# nouns jieba classes as verbs that, after a number and a measure word, are the counted thing (143份答复,
# 四百个组织): replies to a survey and the bodies that give them
_VERBAL_NOUNS = {"答复", "回复", "回应", "反馈", "答卷", "组织", "提交材料"}
# words that qualify a noun (like 私立, which jieba classes so) but that jieba classes as verbs: 约1,200所公立中学,
# 300名在职教师
_ATTRIBUTIVES = {"公立", "在职", "在读", "在编", "在岗"}
_PHRASE_MAX = 16
_CLAUSE_MAX = 12  # a relative clause before the counted noun: 与电子卫生相关的
# words a counted noun cannot open with: the number is a predicate's (其中四名由会员国提名) or a clause follows
_FUNCTION_WORDS = set("为由已在被将从向对于均都也还仍正共与和及")
_STOPS = set("，,。；;：:、（）()“”《》")
# nouns of time: a number of them is a duration, not a quantity of things
_TIME_NOUNS = ("月", "年", "天", "日", "周", "星期", "小时", "世纪", "季度")
# a count of these followed by 的 + noun counts what each of them has (65个国家的财政部)
_OWNERS = ("国家", "成员国", "会员国", "地区", "城市", "经济体", "区域")
# words of manner jieba classes as nouns: after the counted noun they open the predicate (62个中心在线参加)
_MANNER = {"在线", "线上", "线下", "现场", "远程", "实地"}
# words that may open the last kinds of a list one number counts (…和其他国际组织)
_LIST_LEADS = ("其他", "其它", "各类", "各种", "有关")
# what may open the next count of an enumeration (五个国家、三个组织): digits, numerals, qualifiers
_NEXT_COUNT = set("0123456789一二两三四五六七八九十百千万约近逾超多数上")


def _numeric_cover(ctx) -> dict[str, bytearray]:
    """Per document, the characters evidence of a fact with a numeric value cites: counts other rules stated."""
    out: dict[str, bytearray] = {}
    for (_s, _p, o), evs in ctx.store.facts.items():
        if isinstance(o, Literal) and o.datatype in (XSD.integer, XSD.decimal):
            for e in evs:
                cover = out.get(e.doc_id)
                if cover is None:
                    cover = out[e.doc_id] = bytearray(len(ctx.by_doc[e.doc_id].source.text) + 1)
                cover[e.start:e.end] = b"\x01" * (e.end - e.start)
    return out


class _Word(NamedTuple):
    word: str
    flag: str


def _cut():
    """jieba's words with their classes, with the words the project taught it (segment.py); a word taught
    without a class (a country's name) is 'x': a name, as nz, when it is Chinese."""
    import jieba.posseg as pseg

    from graph_builder.entities.segment import _jieba

    _jieba()

    def cut(text: str):
        return [_Word(w.word, "nz" if w.flag == "x" and "\u4e00" <= w.word[:1] <= "\u9fff"
                      else "b" if w.word in _ATTRIBUTIVES else w.flag)
                for w in pseg.cut(text)]

    return cut


def _nounish(w) -> bool:
    return w.flag.startswith(_NOUNISH) or w.word in _VERBAL_NOUNS


def _counted(text: str, i: int, j: int, cut) -> tuple[int, int] | None:
    """[start, end) of the counted thing after a measure word at ``text[i]`` (``text[i:j]`` as the recogniser read
    it): its words while they are nouns, after words that qualify one (新的, 副: 副主席), across 的 after a country
    or region (国家的财政部: what each of them has); a noun that opens with other words (最不发达国家) taken
    as read when it holds no verb, going on with the nouns after it; a relative clause before the noun (与电子卫生
    相关的活动) passed over to the noun after its 的. None when no noun follows (其中四名由…提名, 其中两个已完成, 分两个
    层次采用…)."""
    words = list(cut(text[i : i + _PHRASE_MAX + 4]))
    if not words:
        return None
    if not (_nounish(words[0]) or words[0].flag in ("a", "b")):
        if text[i] in _FUNCTION_WORDS:
            k = text.find("的", i, i + _CLAUSE_MAX)
            if k < 0 or any(ch in _STOPS for ch in text[i:k]):
                return None
            return _counted(text, k + 1, k + 1, cut) if k + 1 < len(text) and text[k + 1] not in _FUNCTION_WORDS \
                else None
        read = list(cut(text[i:j])) if j > i else []
        if not read or not _nounish(read[-1]) or any(w.flag.startswith(("v", "p", "m", "u", "c")) and w.flag != "vn"
                                                     for w in read):
            return None
        words = list(cut(text[j : i + _PHRASE_MAX + 4]))
        end = j
    else:
        end = i
    if text.startswith(_TIME_NOUNS, i):
        return None  # 六个月, 三年: a duration
    joined = False
    modifiers_only = True  # only words that qualify a noun so far (新, 副)
    for w in words:
        if w.word == "的" and not joined and end > i and (modifiers_only or text[i:end].endswith(_OWNERS)):
            joined = True
            continue
        if w.word[0] in "和与及、" and end > i:
            break
        if w.word in _MANNER and end > i:
            break
        after = end + len(w.word) + (1 if joined else 0)
        if w.word in _VERBAL_NOUNS and text[after : after + 1] in ("了", "过", "着"):
            break  # the verb it also is (其中两个答复了问卷)
        qualifier = w.flag in ("a", "b")
        if not (_nounish(w) or (qualifier and (modifiers_only or w.flag == "b"))):
            break
        if end + len(w.word) + (1 if joined else 0) - i > _PHRASE_MAX:
            break
        end += len(w.word) + (1 if joined else 0)
        joined = False
        modifiers_only = modifiers_only and qualifier
    if modifiers_only:
        return None  # no noun after the qualifying words
    # a locative closes the phrase (在接受调查的约210个利益攸关方中, 十一个行动方面之中): not part of the counted noun
    if end - i > 2 and text[end - 1] == "中" and text[end - 2] not in "高初":
        end -= 2 if text[end - 2] == "之" else 1
    return i, end


def _listed(text: str, k: int, cut) -> int | None:
    """The end of a list of kinds one number counts (逾二十个联合国机构、基金和其他方案), from the 、 at
    ``text[k]`` after its first noun: items joined by 、/和/及 (一个 of them may open with 其他/各), none a count
    of its own; None when an item is no noun."""
    while text[k : k + 1] in ("、", "和", "及") and text[k + 1 : k + 2] and text[k + 1] not in _NEXT_COUNT:
        start = k + 1
        lead = next((w for w in _LIST_LEADS if text.startswith(w, start)), "")
        item = _counted(text, start + len(lead), start + len(lead), cut)
        if item is None:
            return None
        k = item[1]
    return k


def _quoted(text: str, i: int) -> bool:
    """Whether ``text[i]`` lies inside “…” or 《…》 opened in its sentence."""
    s0 = i
    while s0 > 0 and text[s0 - 1] not in SENTENCE_END:
        s0 -= 1
    before = text[s0:i]
    return before.count("“") > before.count("”") or before.count("《") > before.count("》")


# every count another rule may state first: organisations at events (itself run after the others), staff
@rule("counts.stated", after=("counts.organizations", "counts.staff", "counts.trained"))
def stated_quantities(ctx) -> None:
    add = ctx.store.add_span
    numeric = _numeric_cover(ctx)
    cut = None
    for d in ctx.documents:
        cover = numeric.get(d.doc_id, b"")
        for node in d.nodes:
            if not node.is_leaf or node.kind not in _PROSE:
                continue
            norm = node.normalized()
            text = norm.text
            n = 0
            for c in find_counts(norm):
                if c.unit not in _UNITS or (not c.noun and c.unit != "人") or c.upper is not None:
                    continue
                if any(cover[c.start:c.end]):
                    continue  # already a fact of another rule (participants, members, staff …)
                if any(m.start < c.start < m.end for m in ctx.mentions_in(d.doc_id, node.start, node.end)):
                    continue  # inside a name (二十国集团)
                i, j = bisect_left(norm.offsets, c.start), bisect_left(norm.offsets, c.end)
                if c.value == 1 and "每" in text[max(0, i - 24):i].rsplit("，", 1)[-1]:
                    continue  # 为每个X指派一名Y: one for each, no total
                if _quoted(text, i):
                    continue  # part of a quoted name or title (“连接五百所学校”倡议: a name, not a count)
                if c.noun_span:
                    if cut is None:
                        cut = _cut()
                    counted = _counted(text, bisect_left(norm.offsets, c.noun_span[0]),
                                       bisect_left(norm.offsets, c.noun_span[1]), cut)
                    if counted is None:
                        continue
                    ni, nj = counted
                    if text[nj : nj + 1] == "、" and text[nj + 1 : nj + 2] not in _NEXT_COUNT:
                        listed = _listed(text, nj, cut)
                        if listed is None:
                            continue  # one number over kinds whose list cannot be read: no one noun it counts
                        nj = listed
                else:
                    ni, nj = bisect_left(norm.offsets, c.start), j
                a, b = clause_bounds(text, i, max(j, nj), CLAUSE_END + ":：")
                s0 = i
                while s0 > 0 and text[s0 - 1] not in SENTENCE_END:
                    s0 -= 1
                who = next((m for m in ctx.mentions_in(d.doc_id, *norm.span(s0, i))
                            if m.key.split("/", 1)[0] in _AGENTS), None) if s0 < i else None
                n += 1
                subject = entity_iri("quantity", f"{slugify(node.id.replace('/', '-'))}-{n}")
                clause = norm.span(a, b)
                value = Literal(c.value, datatype=XSD.integer)
                what = text[ni:nj]
                add_entity_node(ctx, subject, WSIS.StatedQuantity, f"Stated quantity ({node.locator}): {c.value}",
                                d.source.text[clause[0]:clause[1]], node, clause)
                qualifier, q0 = _bound(norm, c)  # 不到 N: the shared recogniser has no 'less than'
                count_span = (min(q0, c.start), c.end)
                add(subject, WSIS["count"], value, node, count_span)
                if qualifier:
                    add(subject, WSIS.countQualifier, Literal(qualifier), node, count_span)
                add(subject, WSIS.category, Literal(what, lang="zh"), node, norm.span(ni, nj))
                if who is not None:
                    add(subject, WSIS.statedBy, ID[who.key], node, (who.start, who.end))


stated_quantities.after_all = True  # reads the counts all other rules stated, so it runs after them
