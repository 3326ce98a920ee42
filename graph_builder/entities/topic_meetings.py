"""Meetings named after the listed thing they are about: ``信息社会世界峰会成果落实问题区域部长级会议``,
``千年发展目标执行情况高级别会议``, ``国际电联宽带政策区域论坛``.

A listed name (the Summit, a document, an organisation, a body, an action line) followed in the same run of name
characters by words that close on a meeting noun (会议, 部长级会议, 论坛, 研讨会, 讲习班, 磋商会, 对话会) names
that meeting, not the listed thing: the whole name is one mention of a meeting minted as ``event/{pinyin}``
(class ``Meeting``, @zh as written, no @en: the text gives none), when a clause start, a particle or a verb that holds or attends a meeting (出席, 主办 …) stands
before it (a year or more name words before it make a longer name the event rules read); an ordinal
``第N次`` before it makes the n-th meeting of that name, ``event/{pinyin}-{n}``. The words between must say what the meeting is
about — not only what kind of meeting of the listed body it is (理事会特别会议, 委员会全体会议, 论坛筹备会议 stay the
body's meetings, which the event rules read) — and hold no particle, verb, conjunction, number or ordinal
(信息社会世界峰会的后续会议, 峰会和部长级会议, 委员会第十届会议 are no names). Persons, places, posts and acts
never open such a name.
"""

from __future__ import annotations

import re

from graph_builder.entities.minting import SOURCE_NONE, mint
from graph_builder.entities.recognize_base import parse_chinese_numeral

#: the words after the listed name, up to the meeting noun that closes the name
_TAIL = re.compile(r"(?P<topic>[\u4e00-\u9fffA-Za-z+]{2,20}?)"
                   r"(?P<noun>部长级会议|部长会议|高级别会议|圆桌会议|会议|论坛|研讨会|讲习班|磋商会|对话会)")
#: characters no meeting name holds between the listed name and its noun
_NOT_IN_NAME = re.compile(r"[的之在于和与及、由将为是第届次并或等其该本此各对向从把被了着过已每这那以]"
                          r"|举行|召开|举办|通过|设立|成立|主办|参加|出席|报告|决定|负责|制订|制定|组织|监督|宣布|代表|阶段")
#: what may stand right before the name: a clause start or a particle, never more name words (拉丁美洲和加勒比区域
#: 信息社会世界峰会成果落实情况审查会议 is a longer name the event rules read) nor an ordinal or year (第二次…, 2010年…)
_BEFORE = re.compile(r"(?:^|[\s,，。；;：:、“”\"《（(的了在于和与及由将为对向从至即]"
                     r"|出席|参加|参与|举办|举行|召开|主办|承办|筹备|组织|关于)$")
#: words that only say the kind of a body's meeting: with nothing else before the noun it is the body's meeting
_KIND_WORDS = re.compile(r"特别|全体|筹备|年度|春季|夏季|秋季|冬季|区域性?|地区|专家|部长级?|高级别|闭会期间|非正式|正式|首脑|协商|磋商|圆桌"
                         r"|联合|工作|成员|常会|例会|小组|届会|会期|会员")
#: classes of listed things that can be the topic a meeting is named after
_TOPIC_PREFIXES = ("event/", "document/", "org/", "body/", "actionline/", "theme/", "framework/", "initiative/")


#: what may follow the name: a clause end, a bracket, a particle or a verb of the clause (会议场地 is no meeting)
_AFTER = re.compile(r"$|[\s,，。；;：:、）)（(“”\"》的于在将上期间和与及并已还也定拟即通举召开闭主承由期结前后时]")


_NTH = re.compile(r"第([一二三四五六七八九十\d]{1,3})次$")


def _ordinal(s: str) -> int | None:
    """A number written in digits or Chinese numerals (三, 十二, 二十三)."""
    return int(s) if s.isdigit() else parse_chinese_numeral(s)


def topic_meeting(text: str, j: int):
    """The match of the words after a listed name ending at ``j`` that make it the name of a meeting, or None."""
    m = _TAIL.match(text, j)
    if m is None or _NOT_IN_NAME.search(m.group("topic")) or not _AFTER.match(text, m.end()):
        return None
    if len(_KIND_WORDS.sub("", m.group("topic"))) < 2:
        return None
    return m


def extend(source, mentions: list, ref) -> list:
    """``mentions`` (listed ones, original offsets) with every listed name that opens a meeting's name replaced by
    the mention of that meeting (minted into ``ref``)."""
    from graph_builder.entities.linker import Mention
    from graph_builder.facts.frames.mint import pinyin_slug

    text = source.text
    out = []
    skip_until = -1
    for m in sorted(mentions):
        if m.start < skip_until:
            continue
        tail = None
        # 第二次X…会议: the n-th meeting of the series the name names (第N届 is the frames' series form)
        nth = _NTH.search(text, max(0, m.start - 6), m.start)
        head = nth.start() if nth else m.start
        if m.key.startswith(_TOPIC_PREFIXES) and _BEFORE.search(text[max(0, head - 2):head]):
            tail = topic_meeting(text, m.end)
        if tail is not None and any(m.end <= x.start < tail.end() for x in mentions):
            tail = None  # another listed name inside (峰会突尼斯阶段会议): the words are no topic of their own
        if tail is None:
            out.append(m)
            continue
        name = text[m.start:tail.end()]
        n = _ordinal(nth.group(1)) if nth else None
        if nth and n is None:
            out.append(m)
            continue
        slug = pinyin_slug(name) + (f"-{n}" if n else "")
        key = mint(ref, f"event/{slug}", "Meeting", text[head:tail.end()], "", SOURCE_NONE)
        out.append(Mention(source.doc_id, head, tail.end(), text[head:tail.end()], key))
        skip_until = tail.end()
    return out
