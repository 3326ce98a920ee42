"""Facts from tables in any printed form (pipe, tab, aligned, numbered records, HTML) once parsed as
Table/TableRow/TableCell nodes, with columns found by their header words, never by position.

* ``tables.contributions`` – a table whose header names a contributor column (捐款方, 捐助方, 供资方 …) and an
  amount column (折合瑞士法郎 / 瑞郎 / CHF, 原币金额, 金额): one ``wsis:Contribution`` per row with its contributor
  (a listed or open-class name, else the cell's name minted as an organisation), ``wsis:amountCHF``,
  ``wsis:originalAmount`` + ``wsis:originalCurrency`` (from the original-currency column, or from the amount
  column when it is not in francs; a unit in the amount column's header, 金额（万美元）, scales and prices every
  number of the column), ``wsis:status`` (from the title: 承诺/认捐 -> pledged, 借款 -> loan, else
  received), ``wsis:asOf`` (the title's 截至… date), ``wsis:listedIn`` the row; '—' is no amount; a row whose
  amount is 实物 (in kind) is kept, with or without a value: ``wsis:inKind true`` and the cell as ``wsis:note``; total and sub-total rows (合计, 总计, 小计) ->
  ``wsis:StatedTotal``. Ranking by amount is the query ``amounts``.
* ``tables.contribution-lists`` – the same, printed as numbered lines under a title that speaks of
  contributions (``1. 加纳共和国政府：30 000美元（折合26 700瑞士法郎）``, ``合计：106 700瑞士法郎``), whether the
  parser made them table rows without a header or left them as paragraph lines: the name before the colon,
  the amounts by their currency words.
* ``tables.members`` – a table whose header names a member-state column (成员国, 国家) and a person column (专家,
  代表, 姓名): per row the person ``wsis:represents`` the country, and the body the table's title names has both
  as ``wsis:member``; a term column (任期: 2013—2016年) gives the person's ``wsis:termOfOffice`` (2013/2016).
* ``tables.facilitators`` – a table whose header names an action-line column (行动方面) and one or more facilitators
  columns (推进机构, 协调机构, 牵头机构, 协调人; a lead column 牵头/主要协调人 before a 共同协调人 column gives the
  line's ``wsis:leadFacilitator``): one ``wsis:Facilitation`` per agency of a row, ranked in the order
  printed ('/', '、' or '和' between them; a joiner inside a linked name does not split it).
* ``tables.facilitator-lists`` – the same, printed as numbered lines ``4. C4 能力建设：A、B、C`` under a title that
  names both action lines and facilitators.

Tables the money and action-line rules already read (the contribution annex of 001, the Tunis Agenda annex)
are left to them.
"""

from __future__ import annotations

import re
from decimal import Decimal

from rdflib import Literal
from rdflib.namespace import RDF, RDFS, XSD

from graph_builder.entities.recognizers import find_dates, find_money
from graph_builder.facts import rule
from graph_builder.facts.rules_money_common import as_agent, chf_text, decimal
from graph_builder.rdf.namespaces import ID, SCHEMA, WSIS, entity_iri, node_iri, slugify

_CONTRIBUTOR = re.compile(r"捐款方|捐助方|供资方|捐助者|捐款者|捐款国|捐助国|出资方|合作伙伴|伙伴|捐助机构|捐助单位|捐款单位|"
                          r"捐款机构|出资国|出资机构|资金来源|供资来源|^donors?\b|^contributors?\b", re.I)
_CHF = re.compile(r"瑞士法郎|瑞郎|CHF", re.I)
_ORIGINAL = re.compile(r"原币|原始金额|原货币")
_AMOUNT = re.compile(r"金额|数额|款额|捐款")
_CURRENCY = re.compile(r"^(?:货币|币种|币别|原币种类|currency)$", re.I)
_LINE = re.compile(r"行动方面|行动方针|行动路线")
_AGENCIES = re.compile(r"推进机构|协调机构|牵头机构|推动机构|协调方|协调人|协调员|推进方")
# a column of the lead facilitator(s) beside one of co-facilitators (牵头/主要协调人 | 共同协调人)
_LEAD_COL = re.compile(r"牵头|主要|lead", re.I)
_CO_COL = re.compile(r"共同|联合|co-", re.I)
_TOTAL = re.compile(r"^(?:合计|总计|共计|总额|小计)")
_SUBTOTAL = re.compile(r"小计")
_NONE = re.compile(r"^[—\-–]+$|^无$")
_IN_KIND = re.compile(r"实物|in[\s-]kind", re.I)
_NUMBER = re.compile(r"^\s*(?:CHF|瑞郎)?\s*(\d[\d\s,]*(?:\.\d+)?)\s*(?:瑞士法郎|瑞郎|CHF)?\s*$")
_STATUS = ((re.compile(r"承诺|认捐"), "pledged"), (re.compile(r"借款|贷款"), "loan"), (re.compile(r"担保"), "guarantee"))
_SPLIT = re.compile(r"[/／、]|和|及")
_NOTATION = re.compile(r"^C(\d{1,2})(?!\d)\s*(.*)$")


def _cells(row):
    return [c for c in row.children if c.kind == "TableCell"]


class _Empty:
    """An empty cell of a row (printed as nothing between two delimiters): no words, at the row's end."""

    kind = "TableCell"

    def __init__(self, row):
        self.doc, self.start, self.end, self.label = row.doc, row.end, row.end, ""

    def normalized(self):
        from graph_builder.normalize import Normalized

        return Normalized.of("")


def _by_column(row, hc):
    """The cells of ``row`` under the header cells ``hc``, by the column each was printed in (an empty cell is
    an ``_Empty``); None when the cells do not carry their columns or stand outside the header's."""
    cols = [c.label for c in hc]
    got = {c.label: c for c in _cells(row)}
    if not all(str(x).isdigit() for x in cols) or not set(got) <= set(cols):
        return None
    return [got.get(x) or _Empty(row) for x in cols]


def _cell_text(cell) -> str:
    """A cell's words without the pipe markup and surrounding spaces (normalised)."""
    return cell.normalized().text.strip().strip("|").strip()


def _words_span(cell) -> tuple[int, int]:
    """Original span of a cell's words (markup and spaces trimmed), for evidence."""
    text = cell.doc.text
    a, b = cell.start, cell.end
    while a < b and (text[a].isspace() or text[a] == "|"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] == "|"):
        b -= 1
    return (a, b) if b > a else (cell.start, cell.end)


def _tables(ctx):
    """(table node, header row, data rows) for every table with a header row."""
    for d in ctx.documents:
        for n in d.nodes:
            if n.kind not in ("Table", "Section", "Annex"):
                continue
            rows = [c for c in n.children if c.kind == "TableRow"]
            if not rows:
                continue
            header = next((r for r in rows if r.label == "header"), None)
            if header is None:
                continue
            yield d, n, header, [r for r in rows if r is not header]


def _title(doc, table):
    """The heading or title line that names a table: the nearest one before it (within a few nodes)."""
    nodes = doc.nodes
    k = nodes.index(table)
    for prev in reversed(nodes[max(0, k - 6):k]):
        if prev.kind == "Heading" or (prev.kind == "Fragment" and re.search(r"附件|表", prev.text)):
            return prev
        if prev.kind == "Paragraph":
            return None
    return None


def _column(cells, pattern) -> int | None:
    for k, c in enumerate(cells):
        if pattern.search(_cell_text(c)):
            return k
    return None


def _chf(text: str) -> Decimal | None:
    m = _NUMBER.match(text)
    if not m:
        return None
    return Decimal(re.sub(r"[\s,]", "", m.group(1)))


class _Given:
    """An amount read from an amount cell whose currency stands in a currency cell of the same row."""

    def __init__(self, amount: Decimal, currency: str, start: int, end: int):
        self.amount, self.currency, self.start, self.end = amount, currency, start, end


_UNIT = re.compile(r"[(（](?:以)?(?P<u>[^()（）]{1,12}?)(?:计)?[)）]")
_SCALE = (("百万", 1_000_000), ("十万", 100_000), ("万", 10_000), ("千", 1_000), ("亿", 100_000_000))


def _header_unit(text: str) -> tuple[Decimal, str] | None:
    """(scale, currency) a column's header gives its numbers in brackets: 金额（万美元） -> (10000, USD),
    （百万瑞士法郎） -> (1000000, CHF), （以美元计） -> (1, USD); None without a currency."""
    m = _UNIT.search(text)
    if not m:
        return None
    u = m.group("u")
    scale, word = next(((Decimal(n), u[len(w):]) for w, n in _SCALE if u.startswith(w)), (Decimal(1), u))
    code = _currency_code(word)
    return (scale, code) if code else None


def _currency_code(text: str) -> str | None:
    """The ISO code a currency cell names (美元, 欧元, USD …), through the money recogniser's words."""
    from graph_builder.normalize import Normalized

    text = text.strip()
    if not text or len(text) > 8:
        return None
    money = find_money(Normalized.of(f"1 {text}")) or find_money(Normalized.of(f"{text} 1"))
    return money[0].currency if money else None


def _contributor(ctx, cell) -> str | None:
    """The listed or open-class entity a contributor cell names (covering most of its words), else the
    cell's name minted as an organisation."""
    a, b = _words_span(cell)
    name = cell.doc.text[a:b].strip()
    if not name or _TOTAL.match(name):
        return None
    return _name_key(ctx, cell.doc, a, b, name)


@rule("tables.contributions")
def contributions(ctx) -> None:
    add = ctx.store.add_span
    for doc, table, header, rows in _tables(ctx):
        hc = _cells(header)
        who = _column(hc, _CONTRIBUTOR)
        chf = _column(hc, _CHF)
        orig = _column(hc, _ORIGINAL)
        # the amount column is not the contributor's, whose header may also say 捐款 (捐款方)
        amount = next((k for k, c in enumerate(hc) if k != who and _AMOUNT.search(_cell_text(c))),
                      None) if chf is None else None
        # a unit in the header: 金额（万美元）, 金额（百万瑞士法郎）: every number of the column is in it
        unit = _header_unit(_cell_text(hc[amount])) if amount is not None else None
        chf_unit = _header_unit(_cell_text(hc[chf])) if chf is not None else None
        chf_scale = chf_unit[0] if chf_unit is not None and chf_unit[1] == "CHF" else Decimal(1)
        # 金额 | 货币 | 折合瑞士法郎: the amount as given and its currency in a column of their own
        cur = _column(hc, _CURRENCY)
        given = next((k for k, c in enumerate(hc) if k not in (chf, cur) and _AMOUNT.search(_cell_text(c))),
                     None) if cur is not None and chf is not None else None
        # 折合美元: the amounts converted into one currency other than francs (the table's common currency)
        conv = next((k for k, c in enumerate(hc) if k not in (who, chf, amount, orig, cur)
                     and _CONVERTED.search(_cell_text(c)) and _converted_code(_cell_text(c))), None)
        conv_code = _converted_code(_cell_text(hc[conv])) if conv is not None else None
        # 折合美元（千）, 折合（千美元）: every converted number is in thousands
        conv_scale = _converted_scale(_cell_text(hc[conv])) if conv is not None else Decimal(1)
        share = next((k for k, c in enumerate(hc) if k not in (who, chf, amount, orig, cur, conv)
                      and _SHARE.search(_cell_text(c))), None)
        if who is None or (chf is None and amount is None and orig is None):
            continue
        title = _title(doc, table)
        ttext = title.normalized().text if title is not None else ""
        status = next((s for rx, s in _STATUS if rx.search(ttext)), "received")
        as_of = None
        if title is not None:
            as_of = next((d for d in find_dates(title.normalized()) if d.qualifier == "as-of" and d.start_date), None)
        for row in rows:
            cs = _cells(row)
            if len(cs) != len(hc) and (aligned := _by_column(row, hc)) is not None and len(cs) >= 2:
                cs = aligned  # empty cells printed as delimiters in a row keep the columns after them
            if len(cs) != len(hc) and not (len(cs) >= 2 and row.label in ("total", "subtotal")):
                continue
            if len(cs) != len(hc):
                # a total row printed with its empty cells dropped: its label first, its sum last
                cs = [cs[0]] * (len(hc) - 1) + [cs[-1]] if max(c for c in (chf, amount) if c is not None) == len(hc) - 1 else None
                if cs is None:
                    continue
            subject_cell = cs[who]
            label = _cell_text(subject_cell)
            is_total = row.label in ("total", "subtotal") or bool(_TOTAL.match(label)) or any(_TOTAL.match(_cell_text(c)) for c in cs)
            value, value_cell, original = None, None, None
            if chf is not None:
                value, value_cell = _chf(_cell_text(cs[chf])), cs[chf]
                value = value * chf_scale if value is not None else None
            if amount is not None:
                money = find_money(cs[amount].normalized())
                if money and money[0].currency == "CHF":
                    value, value_cell = money[0].amount, cs[amount]
                elif money:
                    original = (money[0], cs[amount])
                elif unit is not None and _chf(_cell_text(cs[amount])) is not None:
                    number = _chf(_cell_text(cs[amount])) * unit[0]
                    if unit[1] == "CHF":
                        value, value_cell = number, cs[amount]
                    else:
                        original = (_Given(number, unit[1], *_words_span(cs[amount])), cs[amount])
                elif cur is not None and (code := _currency_code(_cell_text(cs[cur]))) and code != "CHF":
                    number = _chf(_cell_text(cs[amount]))  # 原币金额 | 货币 (欧元): the amount in that currency
                    if number is not None:
                        original = (_Given(number, code, *_words_span(cs[amount])), cs[amount])
                elif cur is None or _currency_code(_cell_text(cs[cur])) == "CHF" or is_total:
                    value, value_cell = _chf(_cell_text(cs[amount])), cs[amount]
            if orig is not None and not _NONE.match(_cell_text(cs[orig])):
                money = find_money(cs[orig].normalized())
                if money:
                    original = (money[0], cs[orig])
            if given is not None and original is None and not is_total:
                code = _currency_code(_cell_text(cs[cur]))
                number = _chf(_cell_text(cs[given]))
                if code and code != "CHF" and number is not None:
                    original = (_Given(number, code, *_words_span(cs[given])), cs[given])
            converted = None
            if conv is not None and (number := _chf(_cell_text(cs[conv]))) is not None:
                converted = (_Given(number * conv_scale, conv_code, *_words_span(cs[conv])), cs[conv])
                if is_total and value is None and original is None:
                    original = converted  # a total printed in the common currency only
            in_kind = next((c for c in cs if _IN_KIND.search(_cell_text(c))), None)
            if value is None and original is None and (in_kind is None or is_total):
                continue
            if is_total:
                kind = "subtotal" if _SUBTOTAL.search(row.text) else status
                last = row.id.rsplit("/", 1)[-1]
                if kind == "subtotal":  # one of several sub-totals (欧洲小计, 亚洲小计): by its row
                    kind = last if last.startswith("subtotal") else kind
                elif re.fullmatch(r"total-\d+", last):  # a second total row (欧洲合计 … 亚洲合计): a total of its own
                    kind = f"{kind}-{last.split('-')[1]}"
                subject = entity_iri("total", f"{slugify(table.id)}-{kind}")
                if value is None and original is None:
                    continue
                span = (row.start, row.end)
                shown = chf_text(value) if value is not None else f"{original[0].amount} {original[0].currency}"
                shown_cell = value_cell if value is not None else original[1]
                add(subject, RDF.type, WSIS.StatedTotal, row, span)
                add(subject, RDFS.label, Literal(f"Total ({table.locator}): {shown}", lang="en"), row, span)
                add(subject, RDFS.label, Literal(f"{label or '合计'}：{_cell_text(shown_cell)}", lang="zh"), row, span)
                add(subject, WSIS.listedIn, node_iri(row.id), row, span)
                add(subject, WSIS.status, Literal(status), row, span)
                if value is not None:
                    add(subject, WSIS.amountCHF, decimal(value), value_cell, _words_span(value_cell))
                else:  # a total in another currency keeps it: 合计 | 565 000 under 金额（美元）
                    money, cell = original
                    add(subject, WSIS.originalAmount, decimal(money.amount), cell, (money.start, money.end))
                    add(subject, WSIS.originalCurrency, Literal(money.currency), cell, (money.start, money.end))
                if as_of is not None:
                    add(subject, WSIS.asOf, Literal(as_of.start_date.isoformat(), datatype=XSD.date), title,
                        (as_of.start, as_of.end))
                if share is not None and row.label == "subtotal":
                    _add_share(ctx, subject, cs[share])  # a group's share (欧洲小计 … 52.6%); the total's is 100%
                continue
            subject = entity_iri("contribution", slugify(row.id))
            if (subject, RDF.type, WSIS.Contribution) in ctx.store.facts:
                continue  # read by the money rules
            key = _contributor(ctx, subject_cell)
            if key is None:
                continue
            span = (row.start, row.end)
            who_span = _words_span(subject_cell)
            amount_text = (chf_text(value) if value is not None else f"{original[0].amount} {original[0].currency}"
                           if original is not None else "in kind")
            add(subject, RDF.type, WSIS.Contribution, row, span)
            add(subject, RDFS.label, Literal(f"Contribution ({row.locator}): {amount_text}", lang="en"), row, span)
            add(subject, RDFS.label, Literal(f"{label}：{amount_text}", lang="zh"), row, span)
            add(subject, WSIS.listedIn, node_iri(row.id), row, span)
            add(subject, WSIS.contributor, ID[key], subject_cell, who_span)
            add(subject, WSIS.status, Literal(status), row, span)
            if value is not None:
                add(subject, WSIS.amountCHF, decimal(value), value_cell, _words_span(value_cell))
            if original is not None:
                money, cell = original
                add(subject, WSIS.originalAmount, decimal(money.amount), cell, (money.start, money.end))
                add(subject, WSIS.originalCurrency, Literal(money.currency), cell, (money.start, money.end))
            if converted is not None and not (original is not None and original[0].currency == conv_code
                                              and original[0].amount == converted[0].amount):
                _add_converted(ctx, subject, converted, row)
            if share is not None:
                _add_share(ctx, subject, cs[share])
            if in_kind is not None:  # 实物捐助（会议场地）: given in kind, with or without a value
                a, b = _words_span(in_kind)
                what = _in_kind_what(cs, in_kind, who)
                if what is not None:  # 实物捐助 | 提供培训场地: what was given stands in the next cell
                    a, b = _words_span(what)
                add(subject, WSIS.note, Literal(in_kind.doc.text[a:b], lang="zh"), in_kind, (a, b))
                add(subject, WSIS.inKind, Literal(True), in_kind, _words_span(in_kind))
            if as_of is not None:
                add(subject, WSIS.asOf, Literal(as_of.start_date.isoformat(), datatype=XSD.date), title,
                    (as_of.start, as_of.end))


_CONVERTED = re.compile(r"^(?:折合|折算为?|换算为?|约合|等值)|(?:等值|折合额|折算额)$")
_BARE_IN_KIND = re.compile(r"^(?:实物|实物捐助|实物捐款|实物支助|实物支持|in[\s-]kind)$", re.I)


def _converted_code(text: str) -> str | None:
    """The currency other than francs a column of converted amounts is in: 折合美元 -> USD, 美元等值 -> USD,
    折合欧元（千） -> EUR, 折合（千美元） -> USD; None for francs (the franc column is read as such) or without
    a currency."""
    words = _CONVERTED.sub("", re.sub(r"[(（][^()（）]*[)）]", "", text)).strip()
    code = _currency_code(words) if words else None
    if code is None:
        unit = _header_unit(text)
        code = unit[1] if unit is not None else None
    return code if code and code != "CHF" else None


def _converted_scale(text: str) -> Decimal:
    """The scale a converted column's header gives in brackets: 折合美元（千） or 折合（千美元） -> 1000."""
    for m in _UNIT.finditer(text):
        u = m.group("u")
        for w, n in _SCALE:
            if u.startswith(w):
                return Decimal(n)
    return Decimal(1)


def _in_kind_what(cs, in_kind, who):
    """The cell that says what was given when the in-kind cell only says 实物 (实物捐助 | 提供会议场地):
    the next cell with words, not a figure, a share or a dash."""
    if not _BARE_IN_KIND.match(_cell_text(in_kind)):
        return None
    k = next(i for i, c in enumerate(cs) if c is in_kind)
    for c in cs[k + 1:]:
        t = _cell_text(c)
        if t and not _NONE.match(t) and not re.fullmatch(r"[\d\s,.%％]+", t) and c is not cs[who]:
            return c
    return None


_SHARE = re.compile(r"占比|占总额|占总数|所占|比例|百分比|份额|比重|^[%％]$|[(（][%％][)）]|^share", re.I)
_PERCENT = re.compile(r"^\s*(\d{1,3}(?:\.\d+)?)\s*[%％]?\s*$")


def _add_share(ctx, subject, cell) -> None:
    """The share of the total a share column prints for a row (22.7% -> 22.7), when it is a per-cent figure."""
    m = _PERCENT.match(_cell_text(cell))
    if m and Decimal(m.group(1)) <= 100:
        ctx.store.add_span(subject, WSIS.shareOfTotal, decimal(Decimal(m.group(1))), cell, _words_span(cell))


def _add_converted(ctx, subject, converted, row) -> None:
    """The amount as the table converts it into its common currency (折合美元): a ``wsis:MonetaryAmount``
    of its own, linked by ``wsis:amount``."""
    money, cell = converted
    add = ctx.store.add_span
    amount = entity_iri("amount", subject.rsplit("/", 1)[-1])
    span = (money.start, money.end)
    shown = f"{money.amount.normalize():f} {money.currency}"
    add(amount, RDF.type, WSIS.MonetaryAmount, cell, span)
    add(amount, RDFS.label, Literal(f"{shown} (converted, {row.locator})", lang="en"), cell, span)
    add(amount, RDFS.label, Literal(f"折合{shown}", lang="zh"), cell, span)
    add(amount, SCHEMA.value, decimal(money.amount), cell, span)
    add(amount, SCHEMA.currency, Literal(money.currency), cell, span)
    add(subject, WSIS.amount, amount, cell, span)


# ------------------------------------------------------------------------------------------ lists
_MONEY_TITLE = re.compile(r"捐款|捐助|认捐|供资|资助")
# the name, then a colon, a tab or a dash ('1. 某国 — 40 000美元'; spaces are gone once normalised), then the amounts
# the line may be numbered or lettered: 1. / 2、 / A. / b) / (c) / iv)
_LIST_LINE = re.compile(r"^\s*(?:\(?(?:\d{1,3}|[A-Za-z]|[ivx]{2,5})\s*[.、)）]\s*)?(?P<who>[^:：\t|—–―]{2,40}?)\s*(?:[:：\t]|[—–―]{1,2})\s*"
                        r"(?P<rest>.+?)\s*$")
# a sentence that introduces the list below it: …提供的自愿捐款（以美元计）：
_LEAD_IN = re.compile(r"[:：]\s*$")


def _list_lines(ctx):
    """(document, title, node, [(line start, line end)]) for every headerless table row and every paragraph
    line under a title that speaks of contributions (附件 …收到的捐款（截至…）), up to the next heading; a
    paragraph that speaks of contributions and ends with a colon titles the lines up to the next paragraph."""
    for d in ctx.documents:
        title = None
        for n in d.nodes:
            if n.kind == "Heading":
                title = n if _MONEY_TITLE.search(n.text) else None
                continue
            if n.kind == "Paragraph" and n.parent is not None and n.parent.kind != "Paragraph":
                if _LEAD_IN.search(n.text) and _MONEY_TITLE.search(n.text):
                    title = n
                    continue
                if title is not None and title.kind == "Paragraph":
                    title = None
            if title is None or not n.is_leaf and n.kind != "TableRow":
                continue
            if n.kind == "TableRow":
                if n.label == "header":
                    continue
                yield d, title, n, [(n.start, n.end)]
            elif n.kind in ("Paragraph", "ListItem", "Fragment") and n.parent is not None:
                lines, k = [], n.start
                for part in d.source.text[n.start:n.end].split("\n"):
                    lines.append((k, k + len(part)))
                    k += len(part) + 1
                yield d, title, n, lines


@rule("tables.contribution-lists")
def contribution_lists(ctx) -> None:
    """Contributions printed as numbered lines: ``1. 加纳共和国政府：30 000美元（折合26 700瑞士法郎）``,
    ``合计：106 700瑞士法郎``; the same columns as a table, found by the shape of each line."""
    from graph_builder.normalize import Normalized

    add = ctx.store.add_span
    headed = {row.id for _, _, _, rows in _tables(ctx) for row in rows}
    for d, title, node, lines in _list_lines(ctx):
        if node.id in headed:
            continue  # read by header words
        ttext = title.normalized().text
        status = next((st for rx, st in _STATUS if rx.search(ttext)), "received")
        as_of = next((x for x in find_dates(title.normalized()) if x.qualifier == "as-of" and x.start_date), None)
        for k, (a, b) in enumerate(lines, 1):
            norm = Normalized.of(d.source.text, 0, a, b)
            m = _LIST_LINE.match(norm.text)
            if not m or "\n" in norm.text:
                continue
            money = find_money(norm)
            chf = next((x for x in money if x.currency == "CHF"), None)
            orig = next((x for x in money if x.currency != "CHF"), None)
            if chf is None and orig is None:
                continue
            wi, wj = norm.span(m.start("who"), m.end("who"))
            who_text = d.source.text[wi:wj]
            total = bool(_TOTAL.match(m.group("who")))
            row_id = node.id if len(lines) == 1 else f"{node.id}/line/{k}"
            if total:
                if chf is None and orig is None:
                    continue
                subject = entity_iri("total", f"{slugify(row_id)}-{status}")
                add(subject, RDF.type, WSIS.StatedTotal, node, (a, b))
                amount_text = chf_text(chf.amount) if chf is not None else f"{orig.amount} {orig.currency}"
                add(subject, RDFS.label, Literal(f"Total ({node.locator}): {amount_text}", lang="en"), node, (a, b))
                add(subject, RDFS.label, Literal(norm.text.strip(), lang="zh"), node, (a, b))
                add(subject, WSIS.listedIn, node_iri(node.id), node, (a, b))
                add(subject, WSIS.status, Literal(status), node, (a, b))
                if chf is not None:
                    add(subject, WSIS.amountCHF, decimal(chf.amount), node, (chf.start, chf.end))
                if orig is not None:  # a total in another currency keeps it: 合计 — 95 000美元
                    add(subject, WSIS.originalAmount, decimal(orig.amount), node, (orig.start, orig.end))
                    add(subject, WSIS.originalCurrency, Literal(orig.currency), node, (orig.start, orig.end))
                continue
            key = _name_key(ctx, d, wi, wj, who_text)
            if key is None:
                continue
            subject = entity_iri("contribution", slugify(row_id))
            if (subject, RDF.type, WSIS.Contribution) in ctx.store.facts:
                continue
            amount_text = chf_text(chf.amount) if chf is not None else f"{orig.amount} {orig.currency}"
            add(subject, RDF.type, WSIS.Contribution, node, (a, b))
            add(subject, RDFS.label, Literal(f"Contribution ({node.locator}): {amount_text}", lang="en"), node, (a, b))
            add(subject, RDFS.label, Literal(f"{who_text}：{amount_text}", lang="zh"), node, (a, b))
            add(subject, WSIS.listedIn, node_iri(node.id), node, (a, b))
            add(subject, WSIS.contributor, ID[key], node, (wi, wj))
            add(subject, WSIS.status, Literal(status), node, (a, b))
            if chf is not None:
                add(subject, WSIS.amountCHF, decimal(chf.amount), node, (chf.start, chf.end))
            if orig is not None:
                add(subject, WSIS.originalAmount, decimal(orig.amount), node, (orig.start, orig.end))
                add(subject, WSIS.originalCurrency, Literal(orig.currency), node, (orig.start, orig.end))
                # 500 000挪威克朗（折合60 000美元）: the amount converted into another currency than francs
                conv = next((x for x in money if x is not orig and x.currency not in ("CHF", orig.currency)
                             and _CONVERTED_BEFORE.search(d.source.text[max(a, x.start - 4):x.start])), None)
                if conv is not None:
                    _add_converted(ctx, subject, (conv, node), node)
            if as_of is not None:
                add(subject, WSIS.asOf, Literal(as_of.start_date.isoformat(), datatype=XSD.date), title,
                    (as_of.start, as_of.end))


_CONVERTED_BEFORE = re.compile(r"(?:折合|约合|折算为?|相当于|合)\s*(?:约|近)?\s*$")


def _name_key(ctx, d, a: int, b: int, name: str) -> str | None:
    """The listed or open-class entity covering a name, else the name minted as an organisation."""
    for m in ctx.mentions_in(d.doc_id, a, b):
        if (m.end - m.start) >= 0.8 * len(name.strip()):
            return as_agent(ctx, m.key)
    if ctx.reference is None:
        return None
    from graph_builder.entities.minting import SOURCE_NONE, ascii_slug, mint

    name = name.strip()
    cls = "Government" if name.endswith("政府") else "Organization"
    return mint(ctx.reference, f"{'gov' if cls == 'Government' else 'org'}/{ascii_slug(name)}", cls, name, "", SOURCE_NONE)


@rule("tables.facilitators")
def facilitators(ctx) -> None:
    add = ctx.store.add_span
    # cells the action-line rules already read (the Tunis Agenda annex): left to them
    listed = {o for (s, p, o) in ctx.store.facts if p == WSIS.listedIn}
    for doc, table, header, rows in _tables(ctx):
        if any(node_iri(c.id) in listed for r in rows for c in _cells(r)):
            continue
        hc = _cells(header)
        line_col = _column(hc, _LINE)
        # every facilitators column, in the header's order: the lead's column, then the co-facilitators'
        agency_cols = [k for k, c in enumerate(hc) if k != line_col and _AGENCIES.search(_cell_text(c))]
        if line_col is None or not agency_cols:
            continue
        lead_cols = {k for k in agency_cols if len(agency_cols) > 1 and _LEAD_COL.search(_cell_text(hc[k]))
                     and not _CO_COL.search(_cell_text(hc[k]))}
        for row in rows:
            cs = _cells(row)
            if len(cs) != len(hc):
                continue
            line_cell = cs[line_col]
            line = _action_line(ctx, line_cell)
            if line is None:
                continue
            agencies = []
            for k in agency_cols:
                a, b = _words_span(cs[k])
                agencies += [(key, span, cs[k], (a, b), k in lead_cols) for key, span in _agencies(ctx, cs[k], a, b)]
            notation = slugify(_cell_text(line_cell).split()[0]) if _cell_text(line_cell) else "line"
            for rank, (key, span, agency_cell, (a, b), lead) in enumerate(agencies, 1):
                if lead:
                    add(ID[line], WSIS.leadFacilitator, ID[key], agency_cell, span)
                fac = entity_iri("facilitation", f"{slugify(row.id)}-{rank}-{key.split('/', 1)[1]}")
                add(fac, RDF.type, WSIS.Facilitation, agency_cell, span)
                add(fac, RDFS.label, Literal(f"{notation.upper()} facilitator {rank} ({row.locator})", lang="en"),
                    agency_cell, span)
                add(fac, RDFS.label, Literal(f"{_cell_text(line_cell)} 推进机构 {rank}", lang="zh"), agency_cell, span)
                add(fac, WSIS.actionLine, ID[line], line_cell, _words_span(line_cell))
                add(fac, WSIS.agency, ID[key], agency_cell, span)
                add(fac, WSIS.rank, Literal(rank, datatype=XSD.integer), agency_cell, (a, b))
                add(fac, WSIS.listedIn, node_iri(agency_cell.id), agency_cell, span)


_MEMBER_STATE = re.compile(r"成员国|会员国|国家|国别|成员")
_PERSON_COL = re.compile(r"专家|代表|姓名|人选|主席|委员")
_TERM_COL = re.compile(r"任期|任职期限")


@rule("tables.members")
def members(ctx) -> None:
    """A table of a body's members: a header naming a country column (成员国, 国家 …) and a person column (专家,
    代表, 姓名 …): per row, the person wsis:represents the country; the body the table's title names (its last
    body) has both as wsis:member. Evidence: the row's cells."""
    add = ctx.store.add_span
    for doc, table, header, rows in _tables(ctx):
        hc = _cells(header)
        person_col = _column(hc, _PERSON_COL)
        state_col = next((k for k, c in enumerate(hc) if k != person_col and _MEMBER_STATE.search(_cell_text(c))), None)
        if person_col is None or state_col is None:
            continue
        term_col = _column(hc, _TERM_COL)
        title = _title(doc, table)
        bodies = [m for m in ctx.mentions_in(doc.doc_id, title.start, title.end)
                  if m.key.startswith("body/")] if title is not None else []
        body = ID[bodies[-1].key] if bodies else None
        for row in rows:
            cs = _cells(row)
            if len(cs) != len(hc):
                continue
            pc, sc = cs[person_col], cs[state_col]
            persons = [m for m in ctx.mentions_in(doc.doc_id, pc.start, pc.end) if m.key.startswith("person/")]
            states = [m for m in ctx.mentions_in(doc.doc_id, sc.start, sc.end) if m.key.startswith("place/")]
            if len(persons) != 1 or len(states) != 1:
                continue
            person, state = ID[persons[0].key], ID[states[0].key]
            add(person, WSIS.represents, state, row, (min(_words_span(sc)[0], _words_span(pc)[0]),
                                                      max(_words_span(sc)[1], _words_span(pc)[1])))
            if body is not None:
                add(body, WSIS.member, person, pc, _words_span(pc))
                add(body, WSIS.member, state, sc, _words_span(sc))
            if term_col is not None:  # 2013—2016年: the years the person serves
                tc = cs[term_col]
                years = [x for x in find_dates(tc.normalized()) if x.precision == "year"]
                if len(years) == 1:
                    add(person, WSIS.termOfOffice, Literal(years[0].iso), tc, _words_span(tc))


_LINE_ITEM = re.compile(r"\s*(?:\d{1,3}\s*[.．、)）]\s*)?(?P<line>C\d{1,2}(?!\d)[^:：\t|]{0,40}?)\s*[:：\t]\s*(?P<rest>\S.*?)\s*$")
_ROW_ITEM = re.compile(_LINE_ITEM.pattern, re.S)


@rule("tables.facilitator-lists")
def facilitator_lists(ctx) -> None:
    """Facilitators printed as numbered lines under a title naming action lines and their facilitators
    (``附件二　各行动方面及其推进机构``, then ``4. C4 能力建设：开发计划署、联合国教科文组织、国际电联``): the line
    by its C-number before the colon, the agencies after it in printed order."""
    add = ctx.store.add_span
    listed = {o for (s, p, o) in ctx.store.facts if p == WSIS.listedIn}
    for d in ctx.documents:
        title = None
        for n in d.nodes:
            if n.kind == "Heading":
                words = n.normalized().text
                title = n if _LINE.search(words) and _AGENCIES.search(words) else None
                continue
            if title is None or n.kind not in ("TableRow", "Paragraph", "ListItem", "Fragment") or (
                    n.kind != "TableRow" and not n.is_leaf) or node_iri(n.id) in listed:
                continue
            if n.kind == "TableRow" and (n.label == "header" or any(node_iri(c.id) in listed for c in _cells(n))):
                continue
            # a row's words cut at the margin of a hard-wrapped text (and past a page break) read on: one record
            m = (_ROW_ITEM if n.kind == "TableRow" else _LINE_ITEM).match(d.source.text, n.start, n.end)
            if m is None or n.kind != "TableRow" and "\n" in d.source.text[n.start:n.end].strip():
                continue
            line = line_by_notation(ctx, m.group("line").strip())
            if line is None:
                continue
            a, b = m.span("rest")
            agencies = _agencies(ctx, n, a, b)
            notation = m.group("line").split()[0]
            for rank, (key, span) in enumerate(agencies, 1):
                fac = entity_iri("facilitation", f"{slugify(n.id)}-{rank}-{key.split('/', 1)[1]}")
                add(fac, RDF.type, WSIS.Facilitation, n, span)
                add(fac, RDFS.label, Literal(f"{notation.upper()} facilitator {rank} ({n.locator})", lang="en"), n, span)
                add(fac, RDFS.label, Literal(f"{m.group('line').strip()} 推进机构 {rank}", lang="zh"), n, span)
                add(fac, WSIS.actionLine, ID[line], n, m.span("line"))
                add(fac, WSIS.agency, ID[key], n, span)
                add(fac, WSIS.rank, Literal(rank, datatype=XSD.integer), n, (a, b))
                add(fac, WSIS.listedIn, node_iri(n.id), n, span)


def _action_line(ctx, cell) -> str | None:
    """The action line a cell names: a linked (sub-)line, else the line of its C-number."""
    a, b = _words_span(cell)
    lines = [m for m in ctx.mentions_in(cell.doc.doc_id, a, b) if m.key.startswith("actionline/")]
    if lines:
        return max(lines, key=lambda m: (m.end - m.start)).key
    return line_by_notation(ctx, _cell_text(cell))


def line_by_notation(ctx, text: str) -> str | None:
    """'C7 电子农业' -> the sub-line of C7 with that Chinese name, else the line C7."""
    m = _NOTATION.match(text)
    if not m or ctx.reference is None:
        return None
    # the sub-line's name may follow in brackets, quotes or after a colon, in Chinese or English (C7：电子政务,
    # C7“电子卫生”, C7 e-health)
    number, rest = f"C{int(m.group(1))}", m.group(2).strip("（）()“”\"：: ")
    lines = [e for e in ctx.reference.entities if e.key.startswith("actionline/")
             and (e.notation == number or e.notation.startswith(number + " "))]
    low = rest.lower()
    sub = next((e.key for e in lines if e.notation != number and rest
                and ((e.zh and (e.zh == rest or rest.startswith(e.zh)))
                     or (e.en and (low == e.en.lower() or low.startswith(e.en.lower() + " "))))), None)
    return sub or next((e.key for e in lines if e.notation == number), None)


def _agencies(ctx, cell, a: int, b: int) -> list[tuple[str, tuple[int, int]]]:
    """(entity key, span) of each agency in printed order; a piece with no linked name is skipped."""
    text = cell.doc.text
    out, i = [], a
    pieces = []
    named = [(m.start, m.end) for m in ctx.mentions_in(cell.doc.doc_id, a, b)]
    # a joiner inside a name (经济及社会理事会, 联合国贸易和发展会议) does not split it
    joins = [m for m in _SPLIT.finditer(text, a, b) if not any(s <= m.start() < e for s, e in named)]
    for m in joins + [None]:
        j = m.start() if m else b
        pieces.append((i, j))
        if m:
            i = m.end()
    for i, j in pieces:
        ms = [m for m in ctx.mentions_in(cell.doc.doc_id, i, j) if m.key.split("/", 1)[0] in ("org", "body", "post")]
        if ms:
            m = max(ms, key=lambda m: m.end - m.start)
            out.append((m.key, (m.start, m.end)))
    return out
