"""``wsiskg describe ENTITY``: one thing's labels, facts and the quotes that state them, or its RDF."""

from __future__ import annotations

import io
import json
from pathlib import Path

import click

from graph_builder.commands.options import data_option
from graph_builder.commands.query import endpoint_option, timeout_option, _kg

DESCRIBE_FORMATS = ("table", "ttl", "nt", "jsonld", "json")


@click.command("describe")
@click.argument("entity")
@click.option("--format", "fmt", type=click.Choice(DESCRIBE_FORMATS), default="table", show_default=True,
              help="table: facts grouped by property, each quote under its fact; ttl/nt/jsonld: its triples, "
                   "statements and evidence; json: the same as the table, for programs.")
@click.option("--lang", type=click.Choice(("en", "zh")), default="en", show_default=True,
              help="Language of the names in the table.")
@data_option
@endpoint_option
@timeout_option
def describe_command(entity: str, fmt: str, lang: str, data_dir: Path, endpoint: str | None,
                     timeout: float | None) -> None:
    """Everything the graph says about ENTITY (a label in either language, a key like body/igf, a prefixed
    name like body:igf, or an IRI; paragraphs too), with the quote and paragraph behind every fact."""
    from graph_builder.pages import entity as pages

    kg = _kg(data_dir, endpoint, timeout)
    iri = pages.resolve(kg, entity)
    if fmt in ("ttl", "nt", "jsonld"):
        from graph_builder.query.render import rdf_text

        click.echo(rdf_text(pages.triples(kg.store, iri), fmt).rstrip("\n"))
        return
    page = pages.gather(kg.store, iri)
    if fmt == "json":
        click.echo(json.dumps(as_json(page), ensure_ascii=False, indent=2))
        return
    click.echo(text_page(page, lang).rstrip("\n"))


def as_json(page) -> dict:
    return {
        "iri": page.iri, "labels": page.labels, "types": page.types,
        "facts": [{"direction": f.direction, "property": f.prop, "value": str(f.other),
                   "evidence": [{"quote": q.quote, "paragraph": q.node, "locator": q.locator, "document": q.doc,
                                 "start": q.start, "end": q.end} for q in f.quotes]} for f in page.facts],
        "quoted_here": [{"subject": s, "property": p, "value": str(o), "quote": q.quote, "start": q.start,
                         "end": q.end} for s, p, o, q in page.cited],
    }


def text_page(page, lang: str, width: int | None = None) -> str:
    """The page for a terminal: a header, then facts grouped by property with their quotes indented."""
    from rdflib import URIRef
    from rich.console import Console
    from rich.padding import Padding
    from rich.text import Text

    from graph_builder.pages.entity import label_of
    from graph_builder.query.prefixes import shorten
    from graph_builder.query.render import terminal_width

    out = io.StringIO()
    console = Console(file=out, width=width or terminal_width(), color_system=None, highlight=False,
                      emoji=False, markup=False, force_terminal=False)

    def say(text: str) -> None:
        indent = len(text) - len(text.lstrip(" "))  # wrapped lines keep the indentation
        console.print(Padding(Text(text.lstrip(" "), overflow="fold"), (0, 0, 0, indent)))

    names = " · ".join(v for lang_ in ("en", "zh", "") for v in page.labels.get(lang_, []))
    say(f"{names or page.label(lang)}  {shorten(page.iri)}")
    if page.types:
        say("a " + ", ".join(shorten(t) for t in page.types))
    for direction, prop, facts in page.groups():
        name = label_of(page.names, prop, lang)
        say("")
        # incoming facts: the listed things stand in this relation to the page's subject
        say(f"{name} ({shorten(prop)})" if direction == "out" else f"← {name} ({shorten(prop)}), from:")
        for fact in facts:
            value = fact.other
            shown = f"{label_of(page.names, str(value), lang)}  {shorten(str(value))}" if isinstance(value, URIRef) \
                else str(value)
            say("  " + shown)
            for q in fact.quotes:
                say(f"      “{' '.join(q.quote.split())}” — {q.locator}")
    if page.cited:
        say("")
        say("facts quoted here:")
        for s, p, o, q in page.cited:
            say(f"  {shorten(s)} {shorten(p)} {shorten(str(o)) if isinstance(o, URIRef) else o}")
            say(f"      “{' '.join(q.quote.split())}”")
    if page.children:
        say("")
        say("parts: " + ", ".join(label_of(page.names, c, lang) for c in page.children))
    return "\n".join(line.rstrip() for line in out.getvalue().splitlines())


COMMANDS = [describe_command]
