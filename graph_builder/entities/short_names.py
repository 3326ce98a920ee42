"""Short names a text defines for a thing it names: ``X（以下简称“Y”）`` (also ``下称``, ``简称``, ``以下称``,
``以下称为``), the way UN texts shorten a long body name (信息社会统计政府间专家组（以下简称“专家组”）).

- ``definitions(text)`` -> ``[(name_end, def_end, short)]``: where the full name must end (right before the
  parenthesis), where the definition ends, and the short name.
- ``created_name(text, end)`` -> ``(start, cls)`` of a body's name that a creation verb introduces and that
  ends at ``end`` with a body word (决定设立|宽带统计政府间专家组), or None: the full name when no other
  recogniser found it.
- ``opening_name(text, end)`` -> ``(start, cls)`` of a body's name that opens a sentence or clause and ends
  at ``end`` with a body word (海洋数据共享委员会（以下简称“委员会”）由…设立): a short name defined
  for it makes the words before the parenthesis a name even when they hold verbs (促进, 包容).
- ``opening_bodies(text)`` -> ``[(start, end, cls)]``: body names opening a clause or list item and followed by
  what introduces a body (its chair: ``X工作组，由…主持``; its former name: ``X工作组原名“…”``).
- ``uses(text, short, after)`` -> the offsets where the short name is written after its definition.

The open-class recogniser links each later use of the short name to the full name's entity (a mention of
the same key), so every rule that reads a body's name reads the short one as well.
"""

from __future__ import annotations

import re

_DEFINITION = re.compile(r"\((?:以下简称|以下称为|以下称|下称|简称)\s*[“\"「](?P<y>[^”\"」()\n]{1,16})[”\"」]\)")
_BODY_WORDS = {"专家组": "WorkingGroup", "工作组": "WorkingGroup", "小组": "WorkingGroup", "任务组": "TaskForce",
               "工作队": "TaskForce", "委员会": "Committee", "理事会": "Council", "秘书处": "Secretariat",
               "基金": "Fund", "论坛": "Forum", "伙伴关系": "Body", "联盟": "Body", "网络": "Body", "机制": "Body",
               "中心": "Organization"}
_WORDS = "|".join(sorted(_BODY_WORDS, key=len, reverse=True))
_VERB = re.compile(r"设立|成立|建立|组建|设置|创建|创立")
_CREATED = re.compile(rf"(?:设立|成立|建立|组建|设置|创建|创立)(?:了)?(?:一个|一项)?(?P<x>[\u4e00-\u9fffA-Za-z]{{2,30}}?(?P<w>{_WORDS}))$")


def definitions(text: str) -> list[tuple[int, int, str]]:
    """``(name_end, def_end, short)`` for each ``（以下简称“Y”）`` in normalised ``text``."""
    return [(m.start(), m.end(), m.group("y").strip()) for m in _DEFINITION.finditer(text) if m.group("y").strip()]


def created_name(text: str, end: int) -> tuple[int, str] | None:
    """``(start, class)`` of a body's name introduced by a creation verb and ending at ``end``."""
    m = _CREATED.search(text, max(0, end - 40), end)
    if m is None or m.end() != end:
        return None
    name = m.group("x")
    cut = max((v.end() for v in _VERB.finditer(name)), default=0)  # the last verb introduces the name
    if cut:
        name = name[cut:]
    name = re.sub(r"^(?:了)?(?:一个|一项|一|新的|新|若干)", "", name)
    if len(name) <= len(m.group("w")) + 1:
        return None  # 设立一个专家组: a kind of body, not a name
    return end - len(name), _BODY_WORDS[m.group("w")]


# what may stand before a clause-opening name: the start of a line, a sentence or clause stop, an item label
# or a paragraph number (the normalised text has no line breaks: 背景1.数字…委员会),
# a year or date (2012年，…), and the article-like words that introduce a body (新设的)
_OPENING = re.compile(rf"(?:^|(?<=[\n。；;：:，,).．]))[ \t]*(?P<x>[\u4e00-\u9fff]{{2,28}}?(?P<w>{_WORDS}))$")
# words no name holds: verbs of reporting and deciding, and references back (该, 本)
_NOT_IN_NAME = re.compile(r"各|决定|设立|成立|建立|请|要求|表示|认为|注意到|审议|通过|举行|召开|的|该|本|其|这|是|在|由|于|将|已|了")


def opening_name(text: str, end: int) -> tuple[int, str] | None:
    """``(start, class)`` of a body's name that opens a line, sentence or clause and ends at ``end``."""
    m = _OPENING.search(text, max(0, end - 40), end)
    if m is None or m.end() != end:
        return None
    name = m.group("x")
    if _NOT_IN_NAME.search(name) or len(name) < len(m.group("w")) + 3:
        return None  # 委员会决定设立工作组: a clause, not a name; 区域委员会: a kind of body
    return end - len(name), _BODY_WORDS[m.group("w")]


# what follows a body's name that introduces the body itself: who chairs or leads it, its former name
_INTRODUCES = re.compile(rf"(?:{_WORDS})(?=,由|原名|\(原名|曾名|前称)")


def opening_bodies(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, class)`` of body names that open a clause or list item and are followed by their chair
    or former name (normalised text: ``(b)频谱管理工作组,由…共同主持``, ``5.海洋数据工作组原名“…”``)."""
    out = []
    for m in _INTRODUCES.finditer(text):
        found = opening_name(text, m.end())
        if found:
            out.append((found[0], m.end(), found[1]))
    return out


# Set up and named in one clause: 决定设立X信托基金，由…; the name ends at a clause break (the body words that
# name a kind of body on their own, not 伙伴关系/联盟/网络, which also name a relation).
_SET_UP_NAME = re.compile(r"(?:设立|成立|组建|设置|创建|创立)(?:了)?(?:一个|一项|新的)?"
                          r"(?P<x>(?:(?![的之与和及或、])[\u4e00-\u9fffA-Za-z]){2,28}?(?P<w>专家组|工作组|任务组|工作队|委员会|理事会|基金|论坛|小组))"
                          r"(?=[,，。；;(（:：]|$)")


def created_names(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, class)`` of bodies named where a clause sets them up (设立宽带统计信托基金，…)."""
    out = []
    for m in _SET_UP_NAME.finditer(text):
        name = m.group("x")
        if len(name) <= len(m.group("w")) + 1 or re.match(r"(?:[一二两三四五六七八九十\d]+(?:个|项|名)|若干|相应|有关|适当|必要|各|该|这|其|新)", name):
            continue
        out.append((m.start("x"), m.end("x"), _BODY_WORDS[m.group("w")]))
    return out


def uses(text: str, short: str, after: int) -> list[int]:
    """Start offsets of ``short`` in ``text`` after offset ``after`` (linear: one scan per definition)."""
    out, k = [], text.find(short, after)
    while k >= 0:
        out.append(k)
        k = text.find(short, k + len(short))
    return out
