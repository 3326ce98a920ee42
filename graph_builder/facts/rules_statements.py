"""Positions a text's authors state about themselves and the world: we reaffirm, recognise, emphasise, believe,
agree, note (docs/MODEL.md 'Directives').

Rule ``actions.statements``: in a text whose issuer is known (an outcome document adopted by a summit phase, the
operative part of a resolution), every clause ``我们(还|亦|也|进一步|再次|一致|充分…)VERB…`` with a stance verb
of the table below is a ``wsis:PositionStatement`` (a ``wsis:Directive`` without addressee): ``wsis:issuer``
the body or phase that speaks, ``wsis:stance`` the verb's English name, ``wsis:action`` what is stated
(verbatim, from the verb to the next stance clause or the sentence end), ``wsis:concerns`` every named thing
the statement is about (action lines, documents, bodies, organisations, events but the summit as a whole),
``wsis:statedIn`` the node. Commitments (``我们承诺``, ``我们重申致力于…``) are ``wsis:Commitment`` directives
of ``actions.directives``, never statements.
"""

from __future__ import annotations

import re

from rdflib import Literal

from graph_builder.facts import rule
from graph_builder.facts.declarations import opening
from graph_builder.facts.rules_actions_common import mentions_of, sentences
from graph_builder.facts.rules_actions_directives import (
    _COMMIT,
    _UNITS,
    _clause_opens,
    _Emitter,
    _introduces_items,
    _run_on,
)
from graph_builder.rdf.namespaces import ID, WSIS

#: Stance verbs (longest first where one contains another) and the English name of the stance.
STANCES = {
    "重申": "reaffirms", "认识到": "recognizes", "意识到": "recognizes", "承认": "acknowledges",
    "强调": "emphasizes", "确认": "affirms", "申明": "affirms", "宣布": "declares", "宣告": "declares",
    "坚信": "believes", "深信": "believes", "相信": "believes", "一致认为": "agrees", "认为": "considers",
    "一致同意": "agrees", "同意": "agrees", "赞赏地注意到": "notes", "注意到": "notes", "欢迎": "welcomes",
    "赞赏": "appreciates", "支持": "supports", "铭记": "bears in mind", "记得": "bears in mind",
    "希望": "hopes", "关切地": "notes with concern", "确信": "believes", "珍视": "values", "感谢": "thanks",
    "满意地注意到": "notes with satisfaction", "十分重视": "attaches importance", "重视": "attaches importance",
    "特别关注": "pays particular attention", "了解": "understands",
}
_STANCE_ZH = {"reaffirms": "重申"}
_ADVERBS = r"(?:还|亦|也|同时|进一步|再次|一致|充分|完全|坚决|坚定地|深刻|同样|并|都|将|应|应当|要|继续)*?"
_VERB = "|".join(sorted(STANCES, key=len, reverse=True))
_CLAUSE = re.compile(rf"我们{_ADVERBS}(?P<verb>{_VERB})")
# the verb opening a numbered paragraph of a declaration whose speakers are named once (declarations.py)
_OPENING = re.compile(rf"{_ADVERBS}(?P<verb>{_VERB})")
_WE = re.compile(r"我们(?!的)")
_LEADS_ON = re.compile(r"[，,；;\s*]*(?:因此|为此|此外|另外|同时|并且|并)?[，,\s*]*$")
# …，并认识到…: a further stance of the same speakers in the same sentence
_FURTHER = re.compile(rf"(?<=[，,；;])[\s*]*(?:并且|并|同时|也|还){_ADVERBS}(?P<verb>{_VERB})")
# 重申(我们的)承诺/致力于: a commitment, which actions.directives states
_COMMITS_AFTER = re.compile(r"(?:我们)?(?:的)?(?:对[^，。；]{0,20}的)?(?:承诺|致力于|决心)")
_TOPIC_KINDS = ("actionline", "document", "body", "org", "event", "theme", "resolution", "decision", "group",
                "initiative")
_TOO_GENERAL = {"event/wsis"}


@rule("actions.statements")
def statements(ctx) -> None:
    em = _Emitter(ctx)
    for node in ctx.leaves(*_UNITS):
        issuer = None
        for sent, i, j, norm in sentences(node):
            # 该报告使我们了解…: 'we' is not the subject of the clause
            found = [m for m in _CLAUSE.finditer(norm.text, i, j) if _clause_opens(norm.text, i, m.start())]
            at = opening(node, norm, i)
            opened = _OPENING.match(norm.text, at) if at is not None else None
            if opened is not None:
                found = [opened] + found
            if found:
                found = sorted(found + list(_FURTHER.finditer(norm.text, found[0].end(), j)), key=lambda m: m.start())
            # a statement ends where the speakers start another clause (为此，我们提醒…, 我们决定…)
            stops = sorted({m.start() for m in _WE.finditer(norm.text, i, j) if _clause_opens(norm.text, i, m.start())}
                           | {m.start() for m in found})
            found = [m for m in found if not _COMMITS_AFTER.match(norm.text, m.end("verb"))]
            if not found:
                continue
            issuer = issuer or em.issuers.of(node)
            if issuer is None:
                break  # nobody known speaks: a report quoting 'we' is not a position of its issuer
            s_end = norm.span(i, j)[1]
            for k, m in enumerate(found):
                start, v_end = norm.span(m.start(), m.end("verb"))
                stop = next((x for x in stops if x > m.start()), None)
                if stop is not None:  # …，为此，我们…: the connective leads into the next clause
                    back = _LEADS_ON.search(norm.text, m.end(), stop)
                    end = norm.span(back.start() if back else stop, (back.start() if back else stop) + 1)[0]
                else:
                    end = s_end
                unit = node
                if end == s_end and _introduces_items(node, s_end):
                    unit, end = node.parent, node.parent.end  # 我们认识到： a) … b) …: the items are what is stated
                elif end == s_end:
                    end = _run_on(node, end)
                if end <= v_end:
                    continue  # 我们认识到并重申…: the next clause says what both verbs take
                stance = STANCES[m.group("verb")]
                if _COMMIT.match(norm.text, m.start()):
                    continue  # 我们决心… is a commitment
                d = em.emit(unit, "PositionStatement", (start, end), (v_end, end), [], None, tag="statement",
                            extra=[(WSIS.stance, Literal(stance), (start, v_end))])
                seen = set()
                for x in mentions_of(ctx, unit, v_end, end, _TOPIC_KINDS):
                    if x.key in _TOO_GENERAL or ID[x.key] == issuer or x.key in seen:
                        continue
                    seen.add(x.key)
                    ctx.store.add_span(d, WSIS.concerns, ID[x.key], unit, (x.start, x.end))
