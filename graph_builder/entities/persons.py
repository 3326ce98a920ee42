"""Persons in the forms UN Chinese texts write them (all matching on normalised text).

1. A transliterated name: parts joined by a middle dot (若昂·席尔瓦, 皮埃尔•加内), a part may hold a
   hyphen (奥福里-博阿滕); usually followed by its Latin form in parentheses, which gives the English label
   and the key (``person/<slug of the Latin form>``). The first part ends the words before it: a country
   and 的 (斯洛文尼亚的…), a post (…部长, 秘书长…), a listed name, punctuation. Without a Latin form the
   last part must be closed by a title, a verb of office or punctuation (…先生, …当选, …为主席, …，), or the
   name was seen with a Latin form elsewhere.
2. A Latin name followed by a title: ``Yuri Grin先生``.
3. A Chinese name of an official (2–4 characters that jieba tags as a person name, ``nr``) right before a
   verb of office (担任, 当选, 连任, 被选为, 被任命为) after a clause boundary: 赵厚麟连任副秘书长.
4. A family name alone, as summary records write speakers: a form of address and the country (or delegation)
   in brackets after it, 马塔比先生（赞比亚）; the caller checks that the brackets name a country.
Precision comes first: anything that fails these tests is not a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SEP = "·•・‧."
# a middle part may be a Latin initial (德斯蒙德·A·格兰特)
_CORE = re.compile(r"[\u4e00-\u9fff]+(?:[·•・‧.\-](?:[\u4e00-\u9fff]+|[A-Z](?=[·•・‧.])))*[·•・‧.][\u4e00-\u9fff]+(?:-[\u4e00-\u9fff]+)?")
_LATIN = re.compile(r"\s*\(\s*([A-Z][A-Za-z\u00c0-\u024f.'’\- ]{1,60}?)\s*(?:[,;]\s*[^()]{1,30})?\)")
# Characters that end the words before a name: they never begin a transliterated given name.
STOP_LEFT = _STOP_LEFT = set("的长使席生士下官员任理统王家国人表事书者授师问和与及或是为由被在于选举请称说向对等将由从经")
# What may follow a name written without its Latin form.
_RIGHT = re.compile(r"(?:先生|女士|阁下|博士|教授|副部长|部长|大使|担任|当选|连任|被|为|宣布|主持|出任|任|的|和|与|及|以及|表示|指出|"
                    r"致辞|在|于|将|已|也|[^\u4e00-\u9fff])")
_TITLE_AFTER_LATIN = re.compile(r"([A-Z][a-z\u00c0-\u024f'’\-]+(?: [A-Z]\.)?(?: [A-Z][a-z\u00c0-\u024f'’\-]+){1,3})"
                                r"\s*(?=先生|女士|阁下|博士)")
_OFFICE = re.compile(r"(?:担任|当选|连任|被选为|被任命为|出任)")
_CLAUSE = set("，。；、：,;:\n（(")
_MAX_PART = 6
# a chapter number in the UN layout (二. 执行情况): Chinese numerals before a full stop
_HEADING_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}\.")


@dataclass(frozen=True)
class PersonHit:
    start: int  # normalised offsets of the Chinese (or Latin) name
    end: int
    surface: str
    latin: str  # the Latin form the text gives, '' when none


def _left(text: str, sep: int, taken) -> int:
    """Start of the first name part ending at ``sep``: up to 5 characters back (贝亚特丽斯), 6 when a boundary
    stands right before the sixth, stopping at a boundary."""
    k = sep
    while k > 0 and sep - k < 5:
        ch = text[k - 1]
        if not ("\u4e00" <= ch <= "\u9fff") or ch in _STOP_LEFT or taken[k - 1]:
            break
        k -= 1
    # a sixth character (巴特额尔德尼, 维克拉马辛哈) when a boundary stands right before it (蒙古的|巴特额尔德尼)
    if sep - k == 5 and k > 0 and "\u4e00" <= text[k - 1] <= "\u9fff" and text[k - 1] not in _STOP_LEFT \
            and not taken[k - 1] and (k == 1 or text[k - 2] in _STOP_LEFT or not "\u4e00" <= text[k - 2] <= "\u9fff"):
        k -= 1
    return k


# jieba tags of words that are not part of a name (adverbs, conjunctions, prepositions, nouns ...): leading
# words with these tags are cut off the first name part (随后|卡洛斯, 议长|约翰).
_NOT_NAME_TAGS = {"d", "c", "p", "f", "t", "v", "vn", "r", "u", "a", "ad", "n", "q", "m"}


# single-character words that may stand right before a name (并约翰·…, 也卡洛斯·…)
_ONE_CHAR_WORDS = set("并也还又即再就曾均都亦乃即且而")


def _hard_left(text: str, start: int) -> bool:
    """Whether the words before a name start after punctuation or at the start of the text."""
    return start == 0 or not ("\u4e00" <= text[start - 1] <= "\u9fff")


# a post or form of address right before a name: the single character after it is a syllable of the name
# (副主席托马什·…, 大使瓦莱丽·…), not a word (托, 瓦)
_TITLE_BEFORE_NAME = re.compile(r"(?:主席|报告员|秘书长|总干事|司长|处长|主任|大使|部长|总统|总理|代表|观察员|协调员|特使|顾问)$")


def _trim_left(text: str, start: int, sep: int) -> int:
    if sep - start < 2:
        return start
    import jieba.posseg as pseg

    from graph_builder.entities.segment import _jieba

    _jieba()
    k = start
    for tok in pseg.cut(text[start:sep]):
        if tok.flag not in _NOT_NAME_TAGS or k + len(tok.word) >= sep:
            break
        if len(tok.word) == 1 and tok.word not in _ONE_CHAR_WORDS and (
                (k == start and _hard_left(text, start)) or _TITLE_BEFORE_NAME.search(text, max(0, k - 3), k)):
            break  # after punctuation or a post a single character is a syllable of the name (）莫图西), not a word
        k += len(tok.word)
    return k


def dotted_names(text: str, taken) -> list[PersonHit]:
    """Transliterated names with a middle dot (rule 1), with their Latin forms where given."""
    out: list[PersonHit] = []
    for m in _CORE.finditer(text):
        first_sep = next(i for i in range(m.start(), m.end()) if text[i] in _SEP)
        start = _trim_left(text, _left(text, first_sep, taken), first_sep)
        if start == first_sep or _HEADING_NUMBER.fullmatch(text[start:first_sep + 1]):
            continue  # 二. 导言: a heading's number and title, not a name
        parts = re.split(r"[·•・‧.]", text[start : m.end()])
        latin = _LATIN.match(text, m.end())
        end = m.end()
        if latin:
            # a hyphenated double name counts part by part (门德斯-卡瓦略 is two names of three)
            if any(len(q) > _MAX_PART for p in parts for q in p.split("-")):
                continue
        else:
            last = parts[-1]
            last_start = m.end() - len(last)
            cut = next((n for n in range(1, min(len(last), 4) + 1) if _RIGHT.match(text, last_start + n)), 0)
            if not cut:
                continue
            end = last_start + cut
        if any(taken[start:end]):
            continue
        out.append(PersonHit(start, end, text[start:end], latin.group(1).strip() if latin else ""))
    return out


def latin_titled(text: str, taken) -> list[PersonHit]:
    """Latin names followed by 先生/女士/阁下/博士 (rule 2)."""
    out = []
    for m in _TITLE_AFTER_LATIN.finditer(text):
        if m.start() > 0 and re.match(r"[A-Za-z]", text[m.start() - 1]):
            continue
        if not any(taken[m.start() : m.end()]):
            out.append(PersonHit(m.start(), m.end(), m.group(1), m.group(1)))
    return out


def titled_surnames(text: str, taken) -> list[tuple[PersonHit, int]]:
    """Family names with a form of address and a bracket after them (rule 4): the hit and where the bracket's
    content starts. The name starts after the words before it (a post, 代表, 观察员, punctuation)."""
    out = []
    for m in re.finditer(r"(?:先生|女士|阁下)\s*\(", text):
        end = m.start()
        start = _left(text, end, taken)
        # the last part of a dotted name (冯·阿尔滕女士) is rule 1's; a paragraph number (3.) is no name part
        dotted = start > 1 and text[start - 1] in _SEP + "-" and "\u4e00" <= text[start - 2] <= "\u9fff"
        if end - start < 2 or dotted or any(taken[start:end]):
            continue
        start = _trim_left(text, start, end) if not _hard_left(text, start) else start
        if end - start < 2:
            continue
        out.append((PersonHit(start, end, text[start:end], ""), m.end()))
    return out


def officials(text: str, taken) -> list[PersonHit]:
    """Chinese names right before a verb of office after a clause boundary (rule 3)."""
    from graph_builder.entities.segment import _jieba

    out = []
    for m in _OFFICE.finditer(text):
        j = m.start()
        for n in (3, 2):
            i = j - n
            if i < 1 or text[i - 1] not in _CLAUSE or any(taken[i:j]):
                continue
            name = text[i:j]
            if not all("\u4e00" <= ch <= "\u9fff" for ch in name):
                continue
            import jieba.posseg as pseg  # noqa: F401  (loads with the dictionary)

            _jieba()
            toks = list(pseg.cut(text[i : m.end()], HMM=True))
            words = [t.word for t in toks]
            # jieba must see a name starting here (李/nr 明远, or 赵厚麟/nr) and the verb as a word of its own
            covers = "".join(words[: len(words) - 1]) == name and words[-1] == m.group(0)
            if toks and covers and toks[0].flag == "nr":
                out.append(PersonHit(i, j, name, ""))
                break
    return out


def after_posts(text: str, taken, post_ends: set[int]) -> list[PersonHit]:
    """Chinese names right after a post (国际电联秘书长赵厚麟宣布…), closed by a boundary (rule 3, second form):
    jieba must tag the name as a person's name and the words after it must close it."""
    import jieba.posseg as pseg

    from graph_builder.entities.segment import _jieba

    out = []
    for p in sorted(post_ends):
        for n in (3, 2):
            name = text[p : p + n]
            if len(name) < n or any(taken[p : p + n]) or not all("\u4e00" <= ch <= "\u9fff" for ch in name):
                continue
            if not (_RIGHT.match(text, p + n) or _OFFICE.match(text, p + n)) or text.startswith(("的", "和", "与", "及"), p + n):
                continue
            _jieba()
            toks = list(pseg.cut(text[p : p + n + 4]))
            if toks and toks[0].word == name and toks[0].flag == "nr":
                out.append(PersonHit(p, p + n, name, ""))
                break
    return out
