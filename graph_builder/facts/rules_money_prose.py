"""Money and staff read from running text ('Money and staff'; docs/MODEL.md 'Money and staff').

The reports state budgets, direct contributions, guarantee mechanisms, facilities and staff numbers in a few
formulaic clause shapes; each rule keys on one shape, over every prose leaf of every document:

* budgets: ``…<event>…经费概算为<money>`` (also 预算为, 估算为) -> ``wsis:Budget`` (status estimate when
  概算/估算), and a following ``<X>需要的经费与<event>接近`` -> ``wsis:comparedTo`` (verbatim) on the budget
  of the event compared with;
* direct contributions: ``<agent>为<purpose>(直接)捐资<money>`` -> ``wsis:Contribution`` with
  ``wsis:purpose``;
* guarantee mechanisms: ``<body>(也)决定为<purpose>建立贷款担保机制`` -> ``wsis:LoanGuarantee``;
* facilities: ``<owner>的<item>由<agent>提供，由<agent>进行装修`` and ``<agent>提供的<item>内建立了<body>``
  -> ``wsis:FacilityProvision`` (the same provider, item and recipient as an annex row: one node);
* staff numbers: ``约有16位专家被派往<body>``, ``收到大约14份选派专家…的承诺书`` -> ``wsis:StaffFigure``.
"""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import XSD

from graph_builder.entities.recognizers import find_money
from graph_builder.facts import rule
from graph_builder.facts.rules_money import add_facility
from graph_builder.facts.rules_money_common import (
    CLAUSE_END,
    GLOSSARY,
    SENTENCE_END,
    add_entity_node,
    agents_in,
    chf_text,
    clause_bounds,
    decimal,
    entity_class,
    entity_kind,
    most_specific,
    names,
)
from graph_builder.rdf.namespaces import SCHEMA, WSIS, entity_iri, slugify

_PROSE = ("Paragraph", "SubItem", "ListItem", "Text", "Fragment", "Preamble", "OperativeParagraph", "Footnote")

_BUDGET_KW = re.compile(r"(?P<kw>经费概算|费用概算|经费估算|费用估算|概算|估算|预算)(?:为|是|约为|大约为|达)")
# an allocation from an organisation's budget: 从国际电联预算中划拨120万瑞士法郎 (an approved budget line)
_ALLOCATED = re.compile(r"(?:从|由|在)(?P<src>[^，。；,;从由在]{0,16}?)(?:经常)?预算(?:中|内|项下)?(?:划拨|拨出|拨付|拨款|调拨)(?:了)?(?:资金)?")
_COMPARISON = re.compile(
    r"(?P<clause>[^，。；,;]*?(?:经费|费用|预算)[^，。；,;]*?与(?P<ref>[^，。；,;]+?)"
    r"(?:接近|相同|相当|持平|差不多|类似|大致相同))"
)
# (提供 followed right by an amount is a gift too: 非洲开发银行为农村宽带项目提供了3,500万美元)
_DIRECT = re.compile(r"为(?P<purpose>[^，。；,;]{1,30}?)(?P<direct>直接)?(?:捐资|出资|捐款|捐助|提供了?)(?=约?[\d一二三四五六七八九十])")
_FUTURE = re.compile(r"将|承诺|拟|计划|准备")
_GUARANTEE = re.compile(r"决定为(?P<purpose>[^，。；,;]{1,30}?)(?:建立|设立)(?P<what>[^，。；,;]{0,8}担保机制)")
_PROVIDED_BY = re.compile(
    r"(?P<item>[\u4e00-\u9fff]{1,6})由(?P<prov>[^，。；,;由]{1,20}?)(?:进行|负责)?(?P<verb>提供|装修|配备)"
)
# 提供支持/服务/资金 is support, not a facility (HLSOC 由…执行秘书处提供支持).
_NOT_FACILITY = re.compile(r"^(?:支持|帮助|协助|资金|服务|援助|咨询)")
_NUMBERING = re.compile(r"^\s*\d+\s*[.．、]\s*")
_ALSO_BY = re.compile(r"^[，,]\s*(?:并)?由(?P<prov>[^，。；,;由]{1,20}?)(?:进行|负责)?(?P<verb>提供|装修|配备)")
_PROVIDED_THE = re.compile(r"提供的(?P<item>[\u4e00-\u9fff]{1,4}?)(?=内|中|里|[，。；,;]|$)")
_EXPERT_COUNT = re.compile(
    r"(?P<q>大约有|约有|大约|约)?(?P<n>\d+)(?:位|名|份)"
    r"(?P<what>[\u4e00-\u9fff]{0,20}?承诺书|[\u4e00-\u9fff]{0,6}?专家)"
)
_SECONDED = re.compile(r"派往|选派|派遣|借调|派出")
_QUALIFIERS = {"大约有": "about", "约有": "about", "大约": "about", "约": "about"}


def _prose(ctx):
    for d in ctx.documents:
        for n in d.nodes:
            if n.is_leaf and n.kind in _PROSE:
                yield d, n


def _money_at(node, offset: int):
    """The money amount that starts at original ``offset`` in ``node``, if any."""
    return next((m for m in find_money(node.normalized()) if m.start == offset), None)


def _events(ctx, doc_id: str, span: tuple[int, int]) -> list:
    return most_specific(ctx, [m for m in ctx.mentions_in(doc_id, *span) if entity_kind(m.key) == "event"])


# ------------------------------------------------------------------------------------------ budgets
@rule("money.budgets")
def budgets(ctx) -> None:
    """``…第一阶段峰会经费概算为590万瑞士法郎，第二阶段需要的经费与第一阶段接近`` -> wsis:Budget (+ comparedTo)."""
    add = ctx.store.add_span
    for d, node in _prose(ctx):
        norm = node.normalized()
        text = norm.text
        by_event = {}
        for m in _BUDGET_KW.finditer(text):
            if m.end() >= len(text):
                continue
            money = _money_at(node, norm.span(m.end(), m.end() + 1)[0])
            if money is None:
                continue
            a, _ = clause_bounds(text, m.start(), m.end())
            a += len(_NUMBERING.match(text[a:]).group(0)) if _NUMBERING.match(text[a:]) else 0
            clause = norm.span(a, m.start()) if m.start() > a else None
            events = _events(ctx, d.doc_id, clause) if clause else []
            event = events[0] if events else None
            slug = f"{event.key.split('/', 1)[1]}-estimate" if event else f"{slugify(node.id)}-{m.start()}"
            subject = entity_iri("budget", slug)
            span = (norm.span(a, a + 1)[0], money.end)
            words = d.source.text[span[0]:span[1]]
            what = f" for the {names(ctx, event.key)[0]}" if event else ""
            add_entity_node(ctx, subject, WSIS.Budget, f"Budget estimate{what}: {chf_text(money.amount)}"
                            if money.currency == "CHF" else f"Budget estimate{what}", words, node, span)
            add(subject, WSIS.amountCHF if money.currency == "CHF" else WSIS.originalAmount, decimal(money.amount),
                node, (money.start, money.end))
            if money.currency != "CHF":
                add(subject, WSIS.originalCurrency, Literal(money.currency), node, (money.start, money.end))
                # no franc amount: the amount in its own currency is a wsis:MonetaryAmount of its own
                amount = entity_iri("amount", slug)
                add_entity_node(ctx, amount, WSIS.MonetaryAmount, f"{money.amount.normalize():f} {money.currency}",
                                d.source.text[money.start:money.end], node, (money.start, money.end))
                add(amount, SCHEMA.value, decimal(money.amount), node, (money.start, money.end))
                add(amount, SCHEMA.currency, Literal(money.currency), node, (money.start, money.end))
                add(subject, WSIS.amount, amount, node, (money.start, money.end))
            if money.qualifier:
                add(subject, WSIS.amountQualifier, Literal(money.qualifier), node, (money.start, money.end))
            if m.group("kw") != "预算":
                add(subject, WSIS.status, Literal("estimate"), node, norm.span(m.start("kw"), m.end("kw")))
            if event is not None:
                add(subject, WSIS.budgetFor, ctx.entity(event.key), node, (event.start, event.end))
                by_event[event.key] = subject
        if by_event:
            _comparisons(ctx, node, norm, by_event)
        for m in _ALLOCATED.finditer(text):
            money = _money_at(node, norm.span(m.end(), m.end() + 1)[0]) if m.end() < len(text) else None
            if money is None or money.currency != "CHF":
                continue
            subject = entity_iri("budget", f"{slugify(node.id)}-{m.start()}")
            span = (norm.span(m.start(), m.start() + 1)[0], money.end)
            add_entity_node(ctx, subject, WSIS.Budget, f"Budget allocation: {chf_text(money.amount)}",
                            d.source.text[span[0]:span[1]], node, span)
            add(subject, WSIS.amountCHF, decimal(money.amount), node, (money.start, money.end))
            if money.qualifier:
                add(subject, WSIS.amountQualifier, Literal(money.qualifier), node, (money.start, money.end))
            add(subject, WSIS.status, Literal("approved"), node, span)


def _comparisons(ctx, node, norm, by_event: dict) -> None:
    """A clause comparing another cost with a budgeted event -> wsis:comparedTo on that event's budget."""
    for m in _COMPARISON.finditer(norm.text):
        ref_span = norm.span(m.start("ref"), m.end("ref"))
        for ev in _events(ctx, node.doc.doc_id, ref_span):
            budget = by_event.get(ev.key)
            if budget is None:
                continue
            span = norm.span(m.start("clause"), m.end("clause"))
            quote = node.doc.text[span[0]:span[1]].strip()
            ctx.store.add_span(budget, WSIS.comparedTo, Literal(quote, lang="zh"), node, span)


# ------------------------------------------------------------------------------------------ contributions
@rule("money.direct-contributions")
def direct_contributions(ctx) -> None:
    """``国际电联为峰会和筹备进程直接捐资180万瑞士法郎`` -> wsis:Contribution of the agent before 为."""
    add = ctx.store.add_span
    for d, node in _prose(ctx):
        norm = node.normalized()
        for m in _DIRECT.finditer(norm.text):
            money = _money_at(node, norm.span(m.end(), m.end() + 1)[0])
            if money is None:
                continue
            a, _ = clause_bounds(norm.text, m.start(), m.end())
            if m.start() <= a:
                continue
            who = agents_in(ctx, d.doc_id, *norm.span(a, m.start()))
            if not who or re.search(r"(?:在|对|就|关于)$", d.source.text[max(node.start, who[-1].start - 2):who[-1].start]):
                continue  # 在X捐款…的问题上: the agent is a preposition's object, nobody gives here
            who = who[-1]
            status = "pledged" if _FUTURE.search(norm.text[a:m.start()]) else "received"
            subject = entity_iri("contribution", f"{slugify(node.id)}-{who.key.split('/', 1)[1]}")
            span = (who.start, money.end)
            who_en, who_zh = names(ctx, who.key)
            direct = "direct " if m.group("direct") else ""
            add_entity_node(ctx, subject, WSIS.Contribution,
                            f"{who_en}: {direct}contribution, {chf_text(money.amount)}"
                            if money.currency == "CHF" else f"{who_en}: {direct}contribution",
                            d.source.text[span[0]:span[1]], node, span)
            add(subject, WSIS.contributor, ctx.entity(who.key), node, (who.start, who.end))
            if money.currency == "CHF":
                add(subject, WSIS.amountCHF, decimal(money.amount), node, (money.start, money.end))
            add(subject, WSIS.originalAmount, decimal(money.amount), node, (money.start, money.end))
            add(subject, WSIS.originalCurrency, Literal(money.currency), node, (money.start, money.end))
            add(subject, WSIS.status, Literal(status), node, span)
            purpose = norm.span(m.start("purpose"), m.end("purpose"))
            add(subject, WSIS.purpose, Literal(d.source.text[purpose[0]:purpose[1]], lang="zh"), node, purpose)
            for ev in _events(ctx, d.doc_id, purpose):
                add(subject, WSIS.concerns, ctx.entity(ev.key), node, (ev.start, ev.end))


# <agent>(承诺|认捐|宣布)?(向<fund>)?捐款<money>: a run of pledges in one clause each (欢迎A承诺向基金捐款150万美元，
# B捐款80万美元，C捐款50万欧元); the fund and the pledge of the first clause carry over to the clauses after it.
_GIFT = re.compile(r"(?P<pledge>承诺|认捐|宣布|已承诺|已认捐|将)?(?:向(?P<to>[^，。；,;、]{1,30}?))?(?:捐款|捐资|捐助|出资|认捐)(?:了)?"
                   r"(?=(?:约|逾|超过|近)?[\d一二三四五六七八九十])")


@rule("money.pledges-prose")
def pledges_in_prose(ctx) -> None:
    """``<agent>承诺向<fund>捐款<money>``, and ``<agent>捐款<money>`` clauses after it: one wsis:Contribution per
    agent named right before the verb (status pledged when a pledge word or 欢迎…承诺 opens the run, else
    received; wsis:toFund the fund named after 向, carried over the run)."""
    add = ctx.store.add_span
    for d, node in _prose(ctx):
        norm = node.normalized()
        fund, fund_span, pledged, run_end = None, None, False, -1
        for m in _GIFT.finditer(norm.text):
            money = _money_at(node, norm.span(m.end(), m.end() + 1)[0])
            if money is None:
                continue
            start = norm.span(m.start(), m.start() + 1)[0]
            # a country gives too (挪威认捐…): a country named right before the verb, as in a list of pledges
            who = [w for w in agents_in(ctx, d.doc_id, max(node.start, start - 40), start, kinds=("org", "body", "place"))
                   if w.end == start and (entity_kind(w.key) != "place" or entity_class(ctx, w.key) == "Country")]
            if not who or re.search(r"(?:在|对|就|关于)$", d.source.text[max(node.start, who[-1].start - 2):who[-1].start]):
                continue  # 在X捐款…的问题上: the agent is a preposition's object, nobody gives here
            who = who[-1]
            a, _ = clause_bounds(norm.text, m.start(), m.end())
            joined = norm.text[run_end:a].strip(" ,，、") == "" if run_end >= 0 else False
            if not joined:  # a new run of pledges
                fund, pledged = None, False
            if m.group("pledge") or m.group(0).rstrip("了").endswith("认捐"):  # 认捐 is itself a pledge
                pledged = True
            if m.group("to"):
                to = norm.span(m.start("to"), m.end("to"))
                funds = [f for f in agents_in(ctx, d.doc_id, *to) if entity_kind(f.key) == "body"]
                named = funds[-1] if funds else _fund_named_before(ctx, d, node, to)
                if named is not None:  # the evidence: the words after 向 in this paragraph
                    fund, fund_span = named, ((named.start, named.end) if funds else to)
            run_end = _norm_index(norm, money.end)
            subject = entity_iri("contribution", f"{slugify(node.id)}-{who.key.split('/', 1)[1]}")
            span = (who.start, money.end)
            who_en, _ = names(ctx, who.key)
            add_entity_node(ctx, subject, WSIS.Contribution,
                            f"{who_en}: contribution, {chf_text(money.amount)}" if money.currency == "CHF"
                            else f"{who_en}: contribution", d.source.text[span[0]:span[1]], node, span)
            add(subject, WSIS.contributor, ctx.entity(who.key), node, (who.start, who.end))
            if money.currency == "CHF":
                add(subject, WSIS.amountCHF, decimal(money.amount), node, (money.start, money.end))
            add(subject, WSIS.originalAmount, decimal(money.amount), node, (money.start, money.end))
            add(subject, WSIS.originalCurrency, Literal(money.currency), node, (money.start, money.end))
            add(subject, WSIS.status, Literal("pledged" if pledged else "received"), node, span)
            if fund is not None:
                add(subject, WSIS.toFund, ctx.entity(fund.key), node, fund_span)


def _fund_named_before(ctx, d, node, to: tuple[int, int]):
    """向自愿信托基金 / 向该基金: the last body named earlier in the document whose name ends with the words
    after 向 (a demonstrative dropped), e.g. the X自愿信托基金 a paragraph before set up."""
    tail = re.sub(r"^(?:该|这一|此|上述|本)", "", d.source.text[to[0]:to[1]].strip())
    if len(tail) < 2:
        return None
    named = [m for m in ctx.mentions_in(d.doc_id, 0, node.start) if entity_kind(m.key) == "body"
             and m.surface.endswith(tail)]
    return named[-1] if named else None


def _norm_index(norm, offset: int) -> int:
    """The normalised index of original ``offset``."""
    import bisect

    return bisect.bisect_left(norm.offsets, offset)


@rule("money.guarantees")
def guarantees(ctx) -> None:
    """``国际电联理事会也决定为峰会筹备的周转资金建立贷款担保机制`` -> wsis:LoanGuarantee created by the body."""
    add = ctx.store.add_span
    for d, node in _prose(ctx):
        norm = node.normalized()
        for m in _GUARANTEE.finditer(norm.text):
            a, _ = clause_bounds(norm.text, m.start(), m.end())
            deciders = agents_in(ctx, d.doc_id, *norm.span(a, m.start())) if m.start() > a else []
            if not deciders:
                continue
            who = deciders[-1]
            subject = entity_iri("guarantee", f"{who.key.split('/', 1)[1]}-{slugify(node.id)}")
            span = (who.start, norm.span(m.end() - 1, m.end())[1])
            who_en, who_zh = names(ctx, who.key)
            what = norm.text[m.start("what"):m.end("what")]
            add_entity_node(ctx, subject, WSIS.LoanGuarantee, f"Loan-guarantee mechanism decided by the {who_en}",
                            f"{who_zh}决定建立的{what}", node, span)
            add(subject, WSIS.createdBy, ctx.entity(who.key), node, span)
            purpose = norm.span(m.start("purpose"), m.end("purpose"))
            add(subject, WSIS.purpose, Literal(d.source.text[purpose[0]:purpose[1]], lang="zh"), node, purpose)
            for ev in _events(ctx, d.doc_id, purpose):
                add(subject, WSIS.concerns, ctx.entity(ev.key), node, (ev.start, ev.end))


# ------------------------------------------------------------------------------------------ facilities
@rule("money.facilities-prose")
def facilities_in_prose(ctx) -> None:
    """``执行委员会的办公室由国际电联提供，由瑞士政府进行装修``; ``国际电联提供的办公室内建立了执行秘书处``."""
    for d, node in _prose(ctx):
        norm = node.normalized()
        text = norm.text
        for m in _PROVIDED_BY.finditer(text):
            if _NOT_FACILITY.match(text[m.end():]):
                continue
            item = m.group("item").split("的")[-1]
            item_i = m.start("item") + m.group("item").rfind(item)
            if ctx.mentions_in(d.doc_id, *norm.span(item_i, item_i + len(item))) or any(
                    mm.start < norm.span(item_i, item_i + 1)[0] < mm.end
                    for mm in ctx.mentions_in(d.doc_id, *norm.span(max(0, item_i - 12), item_i + len(item)))):
                continue  # the "item" is (part of) a named thing, not a facility
            a, _ = clause_bounds(text, m.start(), m.end())
            owners = agents_in(ctx, d.doc_id, *norm.span(a, item_i)) if item_i > a else []
            target = (owners[0], node) if owners else None
            _provided(ctx, node, norm, m, item, item_i, target)
            tail = _ALSO_BY.match(text[m.end():])
            if tail:
                off = m.end()
                _provided(ctx, node, norm, tail, item, item_i, target, offset=off)
        for m in _PROVIDED_THE.finditer(text):
            a, b = clause_bounds(text, m.start(), m.end(), SENTENCE_END)
            before = agents_in(ctx, d.doc_id, *norm.span(a, m.start())) if m.start() > a else []
            if not before or before[-1].end != norm.span(m.start(), m.start() + 1)[0]:
                continue  # the provider must be named right before 提供的
            after = agents_in(ctx, d.doc_id, *norm.span(m.end(), b), kinds=("body",)) if b > m.end() else []
            target = (after[0], node) if after else None
            item = m.group("item")
            add_facility(ctx, before[-1], node, item, node, norm.span(m.start("item"), m.end("item")), target)


def _provided(ctx, node, norm, m, item, item_i, target, offset: int = 0) -> None:
    """One provision of ``item`` (or of the service the verb names: 装修) by the agent in ``m``."""
    prov = norm.span(offset + m.start("prov"), offset + m.end("prov"))
    who = agents_in(ctx, node.doc.doc_id, *prov)
    if not who:
        return
    if m.group("verb") == "提供":
        add_facility(ctx, who[0], node, item, node, norm.span(item_i, item_i + len(item)), target)
    else:
        verb = norm.span(offset + m.start("verb"), offset + m.end("verb"))
        add_facility(ctx, who[0], node, m.group("verb"), node, verb, target)


# ------------------------------------------------------------------------------------------ staff
@rule("money.staff-prose")
def staff_in_prose(ctx) -> None:
    """``约有16位专家被派往ES``; ``已收到大约14份选派专家供职执行秘书处的承诺书`` -> wsis:StaffFigure."""
    add = ctx.store.add_span
    for d, node in _prose(ctx):
        norm = node.normalized()
        for m in _EXPERT_COUNT.finditer(norm.text):
            a, b = clause_bounds(norm.text, m.start(), m.end(), CLAUSE_END)
            if not _SECONDED.search(norm.text[a:b]):
                continue
            what = m.group("what")
            noun = "承诺书" if what.endswith("承诺书") else "专家"
            span = norm.span(m.start(), m.end())
            count_span = norm.span(m.start("n"), m.end("n"))
            subject = entity_iri("staff", f"{slugify(node.id)}-{slugify(GLOSSARY[noun])}")
            targets = agents_in(ctx, d.doc_id, *norm.span(a, b), kinds=("body",))
            target_en = f" for the {names(ctx, targets[0].key)[0]}" if targets else ""
            value = int(m.group("n"))
            about = "about " if m.group("q") else ""
            add_entity_node(ctx, subject, WSIS.StaffFigure, f"{about}{value} {GLOSSARY[noun]}{target_en}",
                            d.source.text[span[0]:span[1]], node, span)
            add(subject, WSIS["count"], Literal(value, datatype=XSD.integer), node, count_span)
            if m.group("q"):
                add(subject, WSIS.countQualifier, Literal(_QUALIFIERS[m.group("q")]), node,
                    norm.span(m.start("q"), m.end("n")))
            wspan = norm.span(m.start("what"), m.end("what"))
            add(subject, WSIS.category, Literal(d.source.text[wspan[0]:wspan[1]], lang="zh"), node, wspan)
            add(subject, WSIS.category, Literal(GLOSSARY[noun], lang="en"), node, wspan)
            if targets:
                add(subject, WSIS.providedTo, ctx.entity(targets[0].key), node, (targets[0].start, targets[0].end))


# ------------------------------------------------------------------------------------------ host countries
_HOSTS = re.compile(r"(?P<names>[^，。；,;]{1,20}?)(?:两个|三个|各)?东道国")
_AS_HOST = re.compile(r"作为东道国为(?P<event>[^，。；,;]{1,16}?)(?:直接)?提供")


@rule("money.host-countries")
def host_countries(ctx) -> None:
    """The host countries whose support the money passages set apart: ``除瑞士和突尼斯两个东道国的财政支持外，
    峰会还必须…`` -> the summit wsis:hostedBy each country; ``瑞士…作为东道国为峰会第一阶段直接提供的支持`` -> the
    phase wsis:hostedBy the country the sentence names."""
    add = ctx.store.add_span
    for d, node in _prose(ctx):
        norm = node.normalized()
        text = norm.text
        for m in _AS_HOST.finditer(text):
            a, _ = clause_bounds(text, m.start(), m.end(), SENTENCE_END)
            places = [p for p in ctx.mentions_in(d.doc_id, *norm.span(a, m.start())) if entity_kind(p.key) == "place"]
            events = _events(ctx, d.doc_id, norm.span(m.start("event"), m.end("event")))
            if places and events:
                span = (places[-1].start, norm.span(m.end() - 1, m.end())[1])
                add(ctx.entity(events[0].key), WSIS.hostedBy, ctx.entity(places[-1].key), node, span)
        for m in _HOSTS.finditer(text):
            if text[m.end():m.end() + 2] == "为" or text.startswith("作为", m.start("names") + len(m.group("names")) - 2):
                continue  # 作为东道国为… is handled above
            places = [p for p in ctx.mentions_in(d.doc_id, *norm.span(m.start("names"), m.end("names")))
                      if entity_kind(p.key) == "place"]
            a, b = clause_bounds(text, m.start(), m.end(), SENTENCE_END)
            events = _events(ctx, d.doc_id, norm.span(m.end(), b))
            if not places or not events:
                continue
            for p in places:
                add(ctx.entity(events[0].key), WSIS.hostedBy, ctx.entity(p.key), node,
                    (p.start, norm.span(m.end() - 1, m.end())[1]))


# ------------------------------------------------------------------------------------------ agent, then amount
# ``WHO，捐款N瑞士法郎`` / ``WHO捐助N美元``: the giver opens the clause (after a list item's tier label
# ``战略合作伙伴（金级）：``), the verb and the amount follow; ``WHO捐款共计N`` states a total
# (the giver's role may stand between: X作为金级战略合作伙伴捐款N)
# (提供 followed right by an amount of money is a gift too: 其中，瑞典提供了18万美元)
# (the giver's short form may follow in brackets: 联合国开发计划署（开发署）提供了…; the means may stand between
# the giver and the verb: 世界银行通过“数字蒙古”项目提供了1亿美元的信贷)
_GAVE = re.compile(r"(?P<who>[^,，:：;；。()（）为]{2,30}?)(?:[(（][^()（）,，;；。]{1,16}[)）])?"
                   r"(?:作为[^,，:：;；。()（）]{1,20}?|(?:通过|经由|借助)[^,，:：;；。()（）]{1,30}?)?[,，]?\s*(?:已|共)?(?:捐款|捐助|捐资|出资|提供)了?"
                   r"(?P<total>共计|总计|合计|总额为|总额)?(?=约?[\d一二三四五六七八九十])")
_WHO_START = re.compile(r"[:：;；。,，]")
# a run of pledges (A承诺向F捐款N，B捐款M): the pledge rule reads the whole run, with its fund and status
_PLEDGE_RUN = re.compile(r"承诺|认捐|保证")
# a giver no list holds must look like a name: it ends in the word for what it is (…政府, …公司, …基金会)
_GIVER_HEAD = re.compile(r"(?:政府|公司|集团|协会|联合会|基金会|组织|银行|大学|学院|研究所|中心|联盟|委员会|理事会|署|部|局|"
                         r"Inc\.?|Ltd\.?|GmbH|AG|SA)$")


@rule("money.agent-contributions")
def agent_contributions(ctx) -> None:
    """``阿曼政府，捐款150 000瑞士法郎`` -> wsis:Contribution of the giver named before the verb, amount in its
    currency (CHF when printed so); ``合作伙伴捐款共计295 000瑞士法郎`` -> wsis:StatedTotal of the passage."""
    from graph_builder.facts.rules_tables import _name_key

    add = ctx.store.add_span
    for d, node in _prose(ctx):
        norm = node.normalized()
        text = norm.text
        if not any(w in text for w in ("捐款", "捐助", "捐资", "出资", "提供")):
            continue
        for m in _GAVE.finditer(text):
            # the giver starts after the last stop before it (a list item's tier label, a clause)
            cut = max((x.end() for x in _WHO_START.finditer(text, 0, m.start("who"))), default=0)
            if cut > m.start("who"):
                continue
            who_text = re.sub(r"^\s*(?:[-•·*]|\d{1,3}[.、)])\s*", "", text[m.start("who"):m.end("who")])
            if not who_text or m.start("who") != cut and text[cut:m.start("who")].strip():
                continue
            s0, _ = clause_bounds(text, m.start(), m.end(), SENTENCE_END)
            if _PLEDGE_RUN.search(text, s0, m.start("who")):
                continue  # read as one run by money.pledges-prose
            money = _money_at(node, norm.span(m.end(), m.end() + 1)[0])
            if money is None:
                continue
            wi, wj = norm.span(m.end("who") - len(who_text), m.end("who"))
            span = (wi, money.end)
            amount = chf_text(money.amount) if money.currency == "CHF" else f"{money.amount} {money.currency}"
            if m.group("total"):
                subject = entity_iri("total", f"{slugify(node.id)}-{m.start()}")
                add_entity_node(ctx, subject, WSIS.StatedTotal, f"Total ({node.locator}): {amount}",
                                d.source.text[span[0]:span[1]], node, span, WSIS.listedIn)
            else:
                named = any((x.end - x.start) >= 0.8 * len(who_text.strip()) for x in ctx.mentions_in(d.doc_id, wi, wj))
                if not named and not _GIVER_HEAD.search(who_text.strip()):
                    continue  # 特别是捐款100万美元以上的国家: no giver named
                key = _name_key(ctx, d, wi, wj, d.source.text[wi:wj])
                if key is None:
                    continue
                subject = entity_iri("contribution", f"{slugify(node.id)}-{key.split('/', 1)[1]}")
                add_entity_node(ctx, subject, WSIS.Contribution, f"Contribution ({node.locator}): {amount}",
                                d.source.text[span[0]:span[1]], node, span, WSIS.listedIn)
                add(subject, WSIS.contributor, ctx.entity(key), node, (wi, wj))
            status = "pledged" if _FUTURE.search(text[cut:m.start()]) else "received"
            add(subject, WSIS.status, Literal(status), node, span)
            if money.currency == "CHF":
                add(subject, WSIS.amountCHF, decimal(money.amount), node, (money.start, money.end))
            add(subject, WSIS.originalAmount, decimal(money.amount), node, (money.start, money.end))
            add(subject, WSIS.originalCurrency, Literal(money.currency), node, (money.start, money.end))


# ------------------------------------------------------------------------------------------ in kind
# <agent>(以提供<item>的形式)?提供了实物支助 / <agent>承担了<what>的(全部)?费用: support given in kind, no amount
_IN_KIND = re.compile(r"(?:以(?P<how>提供[^，。；,;]{1,40}?)的?形式)?(?:提供|给予)了?(?P<what>实物(?:支助|支持|捐助|捐赠|援助))"
                      r"|(?:承担|负担)了(?P<costs>[^，。；,;]{1,30}?(?:费用|开支))"
                      # 以实物形式提供了会议口译服务: the form first, then what was given
                      r"|以实物(?:形式|方式)(?:提供|捐赠|捐助|给予)了?(?P<item>[^，。；,;]{1,30})")
_CLAUSE_STOP = re.compile(r"[:：;；。]")


class _Giver:
    """A giver named by the words that open the clause (no mention covers them)."""

    def __init__(self, key: str, start: int, end: int, surface: str):
        self.key, self.start, self.end, self.surface = key, start, end, surface


def _named_giver(ctx, d, norm, text: str, a: int, b: int):
    """The clause's opening words up to the verb (less a comma) when they name a giver no mention covers and
    end in the word for what it is (…部, …公司), as an agent; else None."""
    from graph_builder.facts.rules_tables import _name_key

    who = text[a:b].rstrip(",， ")
    label = re.match(r"\s*(?:[-•·*]|\d{1,3}[.、)])?\s*", who)
    lead = label.end() if label else 0
    who = who[lead:]
    who = who.strip()
    if not 2 <= len(who) <= 30 or not _GIVER_HEAD.search(who) or re.search(r"[为的将]", who):
        return None
    i, j = norm.span(a + lead, a + lead + len(who))
    if any((x.end - x.start) >= 0.8 * len(who) for x in ctx.mentions_in(d.doc_id, i, j)):
        return None
    key = _name_key(ctx, d, i, j, d.source.text[i:j])
    return _Giver(key, i, j, d.source.text[i:j]) if key else None


# asked, not given: 请/呼吁/鼓励/邀请 before the agent
_ASKED = re.compile(r"请|呼吁|鼓励|邀请|敦促|希望|要求")


@rule("money.in-kind")
def in_kind(ctx) -> None:
    """``国际电联以提供办公场所的形式提供了实物支助``, ``东道国政府承担了会议的全部费用`` -> wsis:Contribution of
    the agent named before the verb in its clause, ``wsis:inKind true``, what was given as ``wsis:note``."""
    for d, node in _prose(ctx):
        norm = node.normalized()
        text = norm.text
        if "实物" not in text and "承担了" not in text and "负担了" not in text:
            continue
        for m in _IN_KIND.finditer(text):
            a, _ = clause_bounds(text, m.start(), m.end())
            if m.start() <= a and m.group("item") and a > 0 and text[a - 1] in ",，":
                # the giver in a clause of its own before the comma: X，以实物形式提供了Y
                a = max((x.end() for x in _CLAUSE_STOP.finditer(text, 0, a - 1)), default=0)
            if m.start() <= a or _ASKED.search(text, a, m.start()):
                continue
            who = agents_in(ctx, d.doc_id, *norm.span(a, m.start()))
            giver = None if who else _named_giver(ctx, d, norm, text, a, m.start())
            if giver is not None:  # 卢旺达信息通信技术和创新部，以实物形式…: a name no list holds
                who = [giver]
            if not who:
                continue
            who = who[-1]
            what = next(g for g in ("how", "what", "item", "costs") if m.group(g))
            i, j = norm.span(m.start(what), m.end(what))
            span = (who.start, norm.span(m.start(), m.end())[1])
            add_in_kind(ctx, d, node, who, span, (i, j),
                        "pledged" if _FUTURE.search(text[a:m.start()]) else "received")


def add_in_kind(ctx, d, node, who, span: tuple[int, int], what: tuple[int, int], status: str) -> None:
    """A contribution given in kind by ``who`` (a mention) in ``node``: what was given (the words at ``what``) as its
    wsis:note, ``status`` received or pledged; evidence ``span``, the giver's name for the contributor."""
    add = ctx.store.add_span
    subject = entity_iri("contribution", f"{slugify(node.id)}-{who.key.split('/', 1)[1]}-in-kind")
    who_en, _ = names(ctx, who.key)
    add_entity_node(ctx, subject, WSIS.Contribution, f"{who_en or who.surface}: in kind",
                    d.source.text[span[0]:span[1]], node, span)
    add(subject, WSIS.contributor, ctx.entity(who.key), node, (who.start, who.end))
    add(subject, WSIS.inKind, Literal(True), node, span)
    add(subject, WSIS.note, Literal(d.source.text[what[0]:what[1]], lang="zh"), node, what)
    add(subject, WSIS.status, Literal(status), node, span)
