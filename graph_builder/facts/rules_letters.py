"""Letters a document holds, transmits or cites, as the UN names them ('Letters'; docs/MODEL.md).

* ``letters.title`` -- a letter named by its date, its sender and its addressee:
  ``2016年9月12日秘鲁常驻联合国代表给秘书长的信`` (also ``致``, ``的函``, ``的普通照会``, ``的同文信``,
  several addressees ``给大会主席和秘书长的同文信``). Wherever it is named — the note that transmits it, the letter's
  own title, the heading of its enclosure, a later letter citing it — it is one ``wsis:Letter``
  ``document/letter-{iso date}-{sender slug}`` with ``wsis:date`` (ISO form and precision), ``wsis:sender`` (the
  post, mission, government, organisation or person that writes) and ``wsis:addressedTo`` (each addressee), @zh
  the name as printed and @en in the UN style ("Letter dated 5 March 2014 from the Permanent Representative of
  Azerbaijan to the United Nations addressed to the Secretary-General"). A country's ``常驻联合国代表`` is the post
  ``post/permanent-representative-of-{country}-to-the-united-nations``; a bare ``秘书长`` written to from the
  United Nations side is the UN Secretary-General; ``给您的信`` is addressed to whom the citing letter is addressed.
* ``letters.signature`` -- the signature block after a letter's text (a capacity line such as ``常驻代表``, then
  ``（签名）NAME``): the person ``wsis:signed`` the letter whose title heads the text, ``wsis:signedAs`` and
  ``wsis:holds`` the capacity — the letter's sender post when the capacity is that post's title (常驻代表 of the
  Permanent Representative of X), else a post the text names or one minted from the capacity and the sender.
* ``letters.enclosure`` -- a heading ``…的信的附文一``/``…的信的附件`` is an enclosure of that letter:
  ``wsis:enclosure`` from the letter to the heading's node.
* ``letters.transmitted`` -- ``秘书长谨转递…的信``: ``wsis:transmittedBy`` the post, body or organisation that
  transmits it (a bare 秘书长 is the UN Secretary-General).
* ``letters.refers`` -- a letter whose text names another (``谨提及…给您的信``) ``dcterms:references`` it.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import DCTERMS, RDF

from graph_builder.entities.minting import SOURCE_DERIVED, SOURCE_NONE, mint
from graph_builder.entities.recognizers import find_dates
from graph_builder.facts import rule
from graph_builder.facts.frames.mint import pinyin_slug
from graph_builder.facts.rules_actions_common import date_values
from graph_builder.rdf.namespaces import ID, WSIS, node_iri, slugify

# normalised text: （ -> (, ， -> ,
_LETTER = re.compile(
    r"(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?P<sender>[^,。;:、“”\"《》()\n]{2,40}?)(?:给|致)"
    r"(?P<to>您|[^,。;:“”\"《》()\n]{2,40}?)的(?P<kind>同文信|信函|信|函|普通照会|照会)(?![件息])")
_PR = re.compile(r"常驻联合国(?P<office>日内瓦办事处|维也纳办事处|内罗毕办事处)?(?:和其他国际组织)?代表(?P<deputy>团)?$")
_CHARGE = re.compile(r"常驻联合国(?:[^,。]{0,12}?)?代表团(?:临时)?代办$")
_ENCLOSURE = re.compile(r"的(?:附文|附件)(?P<n>[一二三四五六七八九十\d]*)")
# who transmits the letter named right after: 秘书长谨转递…, 国际电联秘书长谨此转交…
_TRANSMITS = re.compile(r"(?:^|(?<=[,;。]))(?P<who>[^,;。]{2,30}?)(?:还|又|亦|也)?(?:谨此|谨)?(?:转递|转交|递交|分发)(?:了)?$")
_SIGNED = re.compile(r"^[（(](?:签名|签字|签署|Signed)[)）]\s*(?P<name>.+?)\s*$")
_KIND_EN = {"同文信": "Identical letters", "信函": "Letter", "信": "Letter", "函": "Letter", "普通照会": "Note verbale",
            "照会": "Note verbale"}
_MONTHS = ("January February March April May June July August September October November December").split()
_OFFICE_EN = {"日内瓦办事处": " Office at Geneva", "维也纳办事处": " Office at Vienna", "内罗毕办事处": " Office at Nairobi"}


def _kind(ctx, key: str) -> str:
    from graph_builder.entities.open_class import entity_kind

    return entity_kind(ctx.reference, key) if ctx.reference is not None else ""


def _en(ctx, key: str) -> str:
    e = ctx.reference.by_key.get(key) if ctx.reference is not None else None
    return (e.en or "") if e is not None else ""


class _Letters:
    """The letters found so far, and per document the letter whose title heads each part (for signatures)."""

    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.recipients: dict[str, list[str]] = {}
        self.senders: dict[str, str] = {}

    # ------------------------------------------------------------------ parties
    def party(self, doc_id: str, start: int, end: int, words: str) -> str | None:
        """The key of the sender or of one addressee written in ``[start, end)`` (original offsets)."""
        ctx = self.ctx
        ms = [m for m in ctx.mentions_in(doc_id, start, end)]
        country = next((m for m in ms if _kind(ctx, m.key) == "COUNTRY" and m.start == start), None)
        pr = _PR.search(words)
        if country is not None and pr is not None and not pr.group("deputy"):
            cen = _en(ctx, country.key)
            office = pr.group("office") or ""
            en = f"Permanent Representative of {cen} to the United Nations{_OFFICE_EN.get(office, '')}" if cen else ""
            slug = slugify(en) if en else pinyin_slug(words)
            return mint(ctx.reference, f"post/{slug}", "Post", words, en, SOURCE_DERIVED if en else SOURCE_NONE)
        cda = _CHARGE.search(words)
        mission = next((m for m in ms if m.start == start and m.key.startswith("org/permanent-mission-of-")), None)
        of = country.key if country is not None else (
            getattr(ctx.reference.by_key.get(mission.key), "country", "") if mission is not None else "")
        if of and cda is not None:  # X常驻联合国代表团临时代办: the chargé d'affaires a.i.
            cen = _en(ctx, of)
            en = f"Chargé d'affaires a.i. of the Permanent Mission of {cen} to the United Nations" if cen else ""
            slug = slugify(f"charge-d-affaires-of-the-permanent-mission-of-{cen}") if cen else pinyin_slug(words)
            return mint(ctx.reference, f"post/{slug}", "Post", words, en, SOURCE_DERIVED if en else SOURCE_NONE)
        whole = [m for m in ms if m.start == start and m.end == end]
        if whole:
            return whole[0].key
        # the longest named thing inside: a mission (X常驻联合国代表团), a post, a government, an organisation
        for m in sorted(ms, key=lambda m: (m.start - m.end, m.start)):
            if _kind(ctx, m.key) in ("POST", "ORG", "GOVERNMENT", "BODY", "PERSON") and m.end - m.start >= 2:
                if end - m.end <= 1 or _kind(ctx, m.key) == "POST":
                    return m.key
        if words in ("秘书长",) or words.endswith("联合国秘书长"):
            return "post/un-secretary-general"
        if words.endswith(("主席", "秘书长", "总干事", "执行秘书", "主任")):
            return mint(ctx.reference, f"post/{pinyin_slug(words)}", "Post", words, "", SOURCE_NONE)
        return None

    def addressees(self, doc_id: str, start: int, end: int, words: str, sender: str) -> list[str]:
        out = []
        k = 0
        for part in re.split(r"(和|及|与|、)", words):
            a = start + k
            k += len(part)
            if part in ("和", "及", "与", "、") or not part:
                continue
            key = self.party(doc_id, a, a + len(part), part)
            if key == "post/un-secretary-general" or (part == "秘书长" and key is None):
                key = "post/un-secretary-general"
            if key:
                out.append(key)
        return out

    # ------------------------------------------------------------------ names
    def letter_key(self, iso: str, sender: str) -> URIRef:
        return ID[f"document/letter-{iso}-{sender.split('/', 1)[1]}"]

    def label_en(self, kind: str, d, sender: str, recipients: list[str]) -> str:
        day = f"{d.start_date.day} {_MONTHS[d.start_date.month - 1]} {d.start_date.year}"
        s_en = _en(self.ctx, sender)
        r_en = " and ".join(_en(self.ctx, r) for r in recipients if _en(self.ctx, r))
        if not s_en:
            return ""
        s_en = re.sub(r"^(?:the )?", "the ", s_en) if not s_en.startswith("the ") else s_en
        to = f" addressed to the {r_en.replace('Secretary-General of the United Nations', 'Secretary-General')}" if r_en else ""
        return f"{_KIND_EN[kind]} dated {day} from {s_en}{to}"


@rule("letters.title")
def letters(ctx) -> None:
    book = _Letters(ctx)
    for doc in ctx.documents:
        heads: list[tuple[int, URIRef, list[str], str]] = []  # (start of the title, letter, addressees, sender)
        for node in doc.nodes:
            if not node.is_leaf or node.kind in ("TableCell", "Fragment", "Footnote"):
                continue
            norm = node.normalized()
            text = norm.text
            dates = find_dates(norm)
            for m in _LETTER.finditer(text):
                at = norm.span(m.start("date"), m.end("date"))[0]
                d = next((x for x in dates if x.start == at and x.precision == "day"), None)
                if d is None:
                    continue
                s0, s1 = norm.span(m.start("sender"), m.end("sender"))
                sender = book.party(doc.doc_id, s0, s1, m.group("sender"))
                if sender is None:
                    continue
                if m.group("to") == "您":
                    citing = next((h for h in reversed(heads) if h[0] < norm.span(m.start(), m.end())[0]), None)
                    recipients = citing[2] if citing else []
                else:
                    t0, t1 = norm.span(m.start("to"), m.end("to"))
                    recipients = book.addressees(doc.doc_id, t0, t1, m.group("to"), sender)
                letter = book.letter_key(d.iso, sender)
                span = norm.span(m.start(), m.end())
                zh = text[m.start():m.end()]
                if m.group("to") == "您" and recipients:
                    zh = None  # a citing form: the letter's own title names it
                en = book.label_en(m.group("kind"), d, sender, recipients) if recipients else ""
                key = str(letter).removeprefix(str(ID))
                if zh:
                    mint(ctx.reference, key, "Letter", zh, en, SOURCE_DERIVED if en else SOURCE_NONE)
                ctx.store.add_span(letter, RDF.type, WSIS.Letter, node, span)
                for p, o in date_values(d, WSIS.date):
                    ctx.store.add_span(letter, p, o, node, span)
                ctx.store.add_span(letter, WSIS.sender, ID[sender], node, span)
                for r in recipients:
                    ctx.store.add_span(letter, WSIS.addressedTo, ID[r], node, span)
                whole = m.start() == 0 and not text[m.end():].strip()
                if node.kind == "Heading" and whole:
                    heads.append((span[0], letter, recipients, sender))
                    continue
                enc = _ENCLOSURE.match(text, m.end())
                if node.kind == "Heading" and enc and m.start() == 0:
                    ctx.store.add_span(letter, WSIS.enclosure, node_iri(node.id), node,
                                       (span[0], norm.span(enc.start(), enc.end())[1]), rule="letters.enclosure")
                    continue
                sent = _TRANSMITS.search(text, 0, m.start())
                if sent is not None:  # 秘书长谨转递…的信: who transmits it (a post, body or organisation named before)
                    agent = _transmitter(ctx, doc.doc_id, norm, sent)
                    if agent is not None:
                        ctx.store.add_span(letter, WSIS.transmittedBy, ID[agent], node,
                                           (norm.span(sent.start("who"), sent.end("who"))[0], span[1]),
                                           rule="letters.transmitted")
                citing = next((h for h in reversed(heads) if h[0] < span[0] and h[1] != letter
                               and _same_part(doc, h[0], span[0])), None)
                if citing is not None:
                    ctx.store.add_span(citing[1], DCTERMS.references, letter, node, span, rule="letters.refers")
        _signatures(ctx, doc, heads)


def _transmitter(ctx, doc_id: str, norm, m) -> str | None:
    """The agent of a ``X谨转递`` clause: the post, body or organisation X names, a bare 秘书长 the UN's."""
    a, b = norm.span(m.start("who"), m.end("who"))
    named = [x for x in ctx.mentions_in(doc_id, a, b) if _kind(ctx, x.key) in ("POST", "ORG", "BODY", "GOVERNMENT")
             and x.end == b]
    if named:
        return named[-1].key
    return "post/un-secretary-general" if m.group("who") == "秘书长" else None


def _same_part(doc, a: int, b: int) -> bool:
    """Offsets ``a`` and ``b`` lie in the same top-level part (annex, part or the body)."""
    root = doc.nodes[0] if doc.nodes else None
    # the title block belongs with the body it heads (a letter printed alone: its title, its text, its signature)
    tops = [n for n in doc.nodes if n.parent is root and root is not None and n.kind in ("Annex", "Part")
            and not n.id.endswith("front-matter")]
    for n in tops:
        if n.start <= a < n.end:
            return n.start <= b < n.end
    return not any(n.start <= b < n.end for n in tops)


def _signatures(ctx, doc, heads) -> None:
    """Signature lines: ``（签名）NAME`` under the letter whose title heads the text, with the capacity line above."""
    if not heads:
        return
    nodes = [n for n in doc.nodes if n.kind == "Signature"]
    for k, node in enumerate(nodes):
        m = _SIGNED.match(node.text.strip())
        if m is None:
            continue
        head = next((h for h in reversed(heads) if h[0] < node.start and _same_part(doc, h[0], node.start)), None)
        if head is None:
            continue
        _, letter, _, sender = head
        person = next((x for x in ctx.mentions_in(doc.doc_id, node.start, node.end) if _kind(ctx, x.key) == "PERSON"),
                      None)
        if person is None:
            continue
        span = (person.start, person.end)
        ctx.store.add_span(ID[person.key], WSIS.signed, letter, node, span, rule="letters.signature")
        above = nodes[k - 1] if k > 0 and nodes[k - 1].end <= node.start else None
        if above is None or _SIGNED.match(above.text.strip()) or doc.source.text[above.end:node.start].count("\n") > 1:
            continue
        capacity = above.text.strip()
        post = None
        sender_zh = ctx.reference.by_key[sender].zh if sender in ctx.reference.by_key else ""
        if sender.startswith("post/") and sender_zh and (sender_zh.endswith(capacity) or capacity.endswith("常驻代表")
                                                         and "常驻" in sender_zh):
            post = sender
        if post is None:
            named = [x for x in ctx.mentions_in(doc.doc_id, above.start, above.end) if _kind(ctx, x.key) == "POST"]
            post = named[0].key if named else None
        if post is None:  # a capacity no list names: that sender's (大使 of one mission is not of another)
            post = mint(ctx.reference, f"{sender if sender.startswith('post/') else 'post/' + sender.split('/', 1)[1]}"
                        f"-{pinyin_slug(capacity)}", "Post", capacity, "", SOURCE_NONE)
        cap_span = (above.start + len(above.text) - len(above.text.lstrip()), above.start + len(above.text.rstrip()))
        ctx.store.add_span(ID[person.key], WSIS.signedAs, ID[post], above, cap_span, rule="letters.signature")
        ctx.store.add_span(ID[person.key], WSIS.holds, ID[post], above, cap_span, rule="letters.signature")


__all__ = ["letters"]
