"""A directive due at a body's next session (docs/MODEL.md 'Directives'): 于下一届会议前提交, 在其下届会议上审议,
向大会下一届会议提交, 供委员会下次会议审议.

The next session is resolved only when the text names the current one: the issuer is itself a session
(委员会第十八届会议请…), or the body's report says which session it reports on (第十八届会议报告, its title
block). Then the directive is ``wsis:dueAt`` session N+1 of that body. Otherwise no session is invented: the
words as printed are kept as ``wsis:dueAtAsPrinted`` @zh. A deadline before the meeting (…会议前/之前/以前提交,
不迟于/最迟于…会议) adds ``wsis:dueAtQualifier "before"``, for a named session too.
"""

from __future__ import annotations

import re

# the body may be named by its head word only (委员会下一届会议 in the body's own report)
_NEXT = re.compile(r"(?P<its>其)?(?P<head>委员会|理事会|工作组|专家组|论坛|大会|小组)?(?P<words>下一届|下届|下一次|下次)(?:会议|届会|常会)")
_LEAD = re.compile(r"(?:向|在|于|供|提交给?|呈交给?|提请)其?$")
# a deadline before the meeting whatever is to be done by then (会议前编写报告), or what is done at it
_THEN = re.compile(r"(?P<before>之前|以前|前)(?![的往])|(?:上|期间|时)?,?(?:提交|审议|报告|汇报|介绍|提出|讨论|审查|作出报告|通报|审视)(?!的)")
_NOT_LATER = re.compile(r"(?:不迟于|最迟于|至迟于|最晚于)其?$")
_NOT_LATER_NAMED = re.compile(r"(?:不迟于|最迟于|至迟于|最晚于)其?[^，。；,;于在向]{0,16}$")
_SESSION_KEY = re.compile(r"^event/(?P<slug>.+)-session-(?P<n>\d+)$")
_DIGITS = "零一二三四五六七八九"


def zh_number(n: int) -> str:
    """12 -> '十二', 20 -> '二十', 105 -> '一百零五' (session numbers as the texts print them)."""
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    rest = n % 100
    tail = "" if rest == 0 else ("零" + _DIGITS[rest] if rest < 10 else
                                 ("一" + zh_number(rest) if rest < 20 else zh_number(rest)))
    return _DIGITS[n // 100] + "百" + tail


def before_qualifier(text: str, i: int, j: int) -> bool:
    """Whether the session at ``text[i:j]`` is a deadline before it (不迟于X, X之前提交)."""
    # the body's name may stand between: 不迟于|联合国大会|第七十二届会议
    return bool(_NOT_LATER_NAMED.search(text[max(0, i - 24):i]) or re.match(r"(?:之前|以前|前)", text[j:j + 2]))


def _title_session(ctx, doc) -> str | None:
    from graph_builder.facts.rules_bureau import title_session

    return title_session(ctx, doc)


def _current_session(ctx, node, owner: str, head: str = "") -> tuple[str, int] | None:
    """(body key, number) of the session the text names as the current one of ``owner`` (a body or session;
    none named: the body the title block names). ``head``: the body's head word printed before 下一届会议,
    which must end that body's name (大会下一届会议 in a commission's report is another body's)."""
    m = _SESSION_KEY.match(owner)
    if m:
        cur = (f"body/{m.group('slug')}", int(m.group("n")))
    elif owner and not owner.startswith("body/"):
        return None
    else:
        t = _SESSION_KEY.match(_title_session(ctx, ctx.doc(node.doc.doc_id)) or "")
        if t is None or (owner and f"body/{t.group('slug')}" != owner):
            return None
        cur = (f"body/{t.group('slug')}", int(t.group("n")))
    e = ctx.reference.by_key.get(cur[0])
    if e is None or (head and not (e.zh or "").endswith(head)):
        return None
    return cur


def next_sessions(ctx, node, text: str, a_start: int, a_end: int, bodies: dict, addressed: str,
                  issuer: str) -> list[tuple[str | None, str, tuple[int, int], bool]]:
    """(session key or None, words as printed, span, before?) of each 'next session' a directive is due at.
    ``bodies``: end offset -> (start, key) of the bodies named in the action."""
    from graph_builder.entities.minting import SOURCE_DERIVED, SOURCE_NONE, mint
    from graph_builder.entities.sessions import session_names

    out = []
    for m in _NEXT.finditer(text, a_start, a_end):
        named = bodies.get(m.start("words"))  # 联合国大会下一届会议: the name may end in the head word
        if named is None or named[0] > m.start():
            named = bodies.get(m.start())
        lead_at = named[0] if named else m.start()
        clause = re.split(r"[，,；;。]", text[max(a_start, lead_at - 16):lead_at])[-1]
        then = _THEN.match(text, m.end(), a_end + 1)
        if not ((_LEAD.search(clause) or "供" in clause) and then):
            continue
        owner = named[1] if named else (addressed if m.group("its") and addressed else issuer)
        head = "" if named else (m.group("head") or "")
        cur = _current_session(ctx, node, owner, head) if ctx.reference is not None else None
        key = None
        if cur is not None and cur[0] in ctx.reference.by_key:
            body, n = cur
            e = ctx.reference.by_key[body]
            key, cls, zh, en = session_names(body, e.cls, e.zh, e.en, n + 1, zh_number(n + 1))
            mint(ctx.reference, key, cls, zh, en, SOURCE_DERIVED if en else SOURCE_NONE, parent=body)
        span = (named[0] if named else m.start("head") if head else m.start("words"), m.end())
        before = bool(then.group("before")) or bool(_NOT_LATER.search(text[max(0, span[0] - 6):span[0]]))
        out.append((key, text[span[0]:span[1]], span, before))
    return out
