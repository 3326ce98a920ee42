"""HTML for one entity's or paragraph's page: self-contained (inline CSS, no script, nothing fetched).

Labels in both languages; facts grouped by property (its English and Chinese labels), each fact with
its quotes shown inside their paragraph, the quote highlighted, and a link to the paragraph's own page;
links to every neighbour, to the RDF of the page (Turtle, JSON-LD) and to the network and timeline pages
focused on the thing. Links are relative, so the same pages work behind ``wsiskg serve`` (``suffix=""``)
and as a static site (``suffix=".html"``).
"""

from __future__ import annotations

import html
import urllib.parse

from rdflib import Literal, URIRef

from graph_builder.pages.entity import Page, label_of
from graph_builder.query.prefixes import shorten
from graph_builder.rdf.namespaces import BASE

CSS = """
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;
 margin:0 auto;max-width:980px;padding:1.2em;color:#1d1d1f;background:#fff}
header{border-bottom:1px solid #ddd;margin-bottom:1em} h1{margin:.2em 0;font-size:1.6em} h1 .zh{color:#555;margin-left:.5em}
code{font-size:.9em;background:#f3f3f3;padding:0 .25em;border-radius:3px} nav a{margin-right:1em}
h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #eee} h3{font-size:1em;margin:1.1em 0 .3em}
h3 .zh,.value .zh{color:#666;font-weight:normal;margin-left:.4em} .fact{margin:.2em 0 .6em 1em}
blockquote{margin:.3em 0 .5em 1.2em;padding:.3em .7em;border-left:3px solid #c9d7f2;background:#f8faff;color:#333}
mark{background:#ffe58a;padding:0 .1em} .where{font-size:.85em;color:#666} table.about td{padding:.1em .8em .1em 0;vertical-align:top}
.types{color:#666} ul.parts{columns:2} .text{white-space:pre-wrap;background:#fafafa;padding:.8em;border:1px solid #eee}
"""

CONTEXT = 160  # characters of the paragraph shown on either side of a quote
ACCEPT_FORMATS = {"ttl": "text/turtle", "jsonld": "application/ld+json", "nt": "application/n-triples"}


def page_path(iri: str) -> str | None:
    """``id/body/igf`` for a project IRI under id/ or doc/ (the path its page is served at), else None."""
    if iri.startswith(BASE + "id/") or iri.startswith(BASE + "doc/"):
        return iri[len(BASE):]
    return None


class Links:
    def __init__(self, here: str, suffix: str = "") -> None:
        self.root = "../" * here.count("/")
        self.suffix = suffix

    def to(self, iri: str) -> str | None:
        path = page_path(iri)
        return f"{self.root}{path}{self.suffix}" if path else None

    def root_file(self, name: str) -> str:
        return self.root + name


def _esc(text) -> str:
    return html.escape(str(text), quote=True)


def _value(page: Page, value, links: Links) -> str:
    if isinstance(value, URIRef):
        iri = str(value)
        en, zh = label_of(page.names, iri, "en"), page.names.get(iri, {}).get("zh", "")
        shown = _esc(en) + (f'<span class="zh" lang="zh">{_esc(zh)}</span>' if zh and zh != en else "")
        href = links.to(iri)
        if href:
            return f'<a href="{_esc(href)}">{shown}</a> <code>{_esc(shorten(iri))}</code>'
        return f'<a href="{_esc(iri)}">{_esc(shorten(iri))}</a>' if iri.startswith("http") else _esc(iri)
    if isinstance(value, Literal) and value.language:
        return f'<span lang="{_esc(value.language)}">{_esc(value)}</span>'
    return _esc(value)


def _quote_html(quote, links: Links) -> str:
    before, marked, after = quote.parts()
    if len(before) > CONTEXT:  # the paragraph around the quote, not all of a long paragraph
        before = "…" + before[-CONTEXT:]
    if len(after) > CONTEXT:
        after = after[:CONTEXT] + "…"
    href = links.to(quote.node)
    where = _esc(quote.locator)
    if href:
        where = f'<a href="{_esc(href)}">{where}</a>'
    return (f'<blockquote lang="zh">{_esc(before)}<mark>{_esc(marked)}</mark>{_esc(after)}'
            f'<div class="where">{where}</div></blockquote>')


def render(page: Page, suffix: str = "", viz: str = "viz/") -> str:
    """The page as a complete HTML document (``suffix`` is appended to every internal link)."""
    here = page_path(page.iri) or "x"
    links = Links(here, suffix)
    en = " / ".join(page.labels.get("en", []) + page.labels.get("", [])) or page.label("en")
    zh = " / ".join(page.labels.get("zh", []))
    own = links.to(page.iri) or ""
    parts = [f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
             f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
             f'<title>{_esc(en)}{" · " + _esc(zh) if zh else ""}</title>\n'
             f'<link rel="alternate" type="text/turtle" href="{_esc(own.removesuffix(suffix))}.ttl">\n'
             f'<style>{CSS}</style>\n</head>\n<body data-iri="{_esc(page.iri)}" data-facts="{len(page.facts)}">\n<header>\n'
             f'<h1><span lang="en">{_esc(en)}</span>'
             + (f'<span class="zh" lang="zh">{_esc(zh)}</span>' if zh else "") + "</h1>\n"
             f'<p><code>{_esc(page.iri)}</code> · <code>{_esc(shorten(page.iri))}</code></p>\n']
    if page.types:
        parts.append('<p class="types">' + ", ".join(_esc(shorten(t)) for t in page.types) + "</p>\n")
    base = own.removesuffix(suffix)
    focus = urllib.parse.quote(page.iri, safe="")  # the network page selects #node=<IRI>
    parts.append(f'<nav><a href="{_esc(links.root_file("index.html"))}">All pages</a>'
                 f'<a href="{_esc(base)}.ttl">Turtle</a><a href="{_esc(base)}.jsonld">JSON-LD</a>'
                 f'<a href="{_esc(links.root_file(viz + "network.html"))}#node={focus}">Network</a>'
                 f'<a href="{_esc(links.root_file(viz + "timeline.html"))}">Timeline</a></nav>\n'
                 "</header>\n<main>\n")
    about = [(p, o) for p, o in page.about if not p.endswith("#type") and not p.endswith("#text")]
    if about:
        parts.append('<h2>About</h2>\n<table class="about">\n')
        for prop, value in about:
            parts.append(f"<tr><td>{_esc(label_of(page.names, prop, 'en'))}</td><td>{_value(page, value, links)}</td></tr>\n")
        parts.append("</table>\n")
    if page.cited or page.children:
        text = next((str(o) for p, o in page.about if p.endswith("#text")), "")
        if text:
            parts.append('<h2>Text</h2>\n<div class="text" lang="zh">' + _highlight(text, page) + "</div>\n")
    if page.facts:
        parts.append(f"<h2>Facts ({len(page.facts)})</h2>\n")
    for direction, prop, facts in page.groups():
        name_en = label_of(page.names, prop, "en")
        name_zh = page.names.get(prop, {}).get("zh", "")
        arrow = "" if direction == "out" else "← "
        parts.append(f'<section class="group"><h3>{arrow}{_esc(name_en)}'
                     + (f'<span class="zh" lang="zh">{_esc(name_zh)}</span>' if name_zh else "")
                     + f' <code>{_esc(shorten(prop))}</code></h3>\n')
        for fact in facts:
            parts.append(f'<div class="fact"><div class="value">{_value(page, fact.other, links)}</div>\n')
            parts.extend(_quote_html(q, links) for q in fact.quotes)
            parts.append("</div>\n")
        parts.append("</section>\n")
    if page.cited:
        parts.append(f"<h2>Facts quoted here ({len(page.cited)})</h2>\n<ul>\n")
        for s, p, o, q in page.cited:
            parts.append(f"<li>{_value(page, URIRef(s), links)} — {_esc(label_of(page.names, p, 'en'))} — "
                         f"{_value(page, o, links)}<br><mark lang=\"zh\">{_esc(q.quote)}</mark></li>\n")
        parts.append("</ul>\n")
    if page.children:
        parts.append('<h2>Parts</h2>\n<ul class="parts">\n')
        parts.extend(f"<li>{_value(page, URIRef(c), links)}</li>\n" for c in page.children)
        parts.append("</ul>\n")
    neighbours = [n for n in page.neighbours() if page_path(n)]
    if neighbours:
        parts.append(f'<h2>Neighbours ({len(neighbours)})</h2>\n<ul class="parts">\n')
        parts.extend(f"<li>{_value(page, URIRef(n), links)}</li>\n" for n in neighbours)
        parts.append("</ul>\n")
    parts.append("</main>\n</body>\n</html>\n")
    return "".join(parts)


def _highlight(text: str, page: Page) -> str:
    """The paragraph's text with every quote of a fact it states marked."""
    spans = sorted({(q.start - q.node_start, q.end - q.node_start) for _, _, _, q in page.cited
                    if q.node_text and 0 <= q.start - q.node_start <= q.end - q.node_start <= len(text)})
    out, at = [], 0
    for i, j in spans:
        if i < at:
            i = at
        if i >= j:
            continue
        out.append(_esc(text[at:i]) + "<mark>" + _esc(text[i:j]) + "</mark>")
        at = j
    out.append(_esc(text[at:]))
    return "".join(out)


def index_page(entries: list[tuple[str, str, str, str]], suffix: str = ".html") -> str:
    """The site's front page: every page by kind (``entries``: kind, path, English label, Chinese label)."""
    parts = ['<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>WSIS knowledge graph — '
             f'pages</title>\n<style>{CSS}</style>\n</head>\n<body data-pages="{len(entries)}">\n<header><h1>WSIS '
             'knowledge graph<span class="zh" lang="zh">信息社会世界峰会知识图谱</span></h1></header>\n<main>\n']
    kind = None
    for k, path, en, zh in entries:
        if k != kind:
            parts.append(("</ul>\n" if kind else "") + f"<h2>{_esc(k)}</h2>\n<ul class=\"parts\">\n")
            kind = k
        parts.append(f'<li><a href="{_esc(path)}{suffix}">{_esc(en)}</a>'
                     + (f' <span class="zh" lang="zh">{_esc(zh)}</span>' if zh and zh != en else "") + "</li>\n")
    parts.append(("</ul>\n" if kind else "") + "</main>\n</body>\n</html>\n")
    return "".join(parts)
