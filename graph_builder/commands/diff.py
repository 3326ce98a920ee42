"""``wsiskg diff A B``: what changed between two documents (or, with ``--as-of``, two dates) of a build."""

from __future__ import annotations

import click

from graph_builder.commands.options import data_option
from graph_builder.errors import WsisError


@click.command("diff")
@click.argument("a")
@click.argument("b")
@click.option("--as-of", "dates", is_flag=True,
              help="A and B are dates (YYYY, YYYY-MM or YYYY-MM-DD): compare what the sources said by each.")
@click.option("--format", "fmt", type=click.Choice(("text", "csv", "json")), default="text", show_default=True)
@data_option
def diff_command(a, b, dates, fmt, data_dir):
    """Facts added, dropped and changed from document A to document B (ids as in MANIFEST.tsv), by entity."""
    from graph_builder.claims import diff as d
    from graph_builder.query.render import compact
    from graph_builder.query.store import OxigraphStore
    from rdflib import URIRef

    store = OxigraphStore.from_data_dir(data_dir)
    claims = d.load_claims(store)
    if dates:
        side_a, side_b = d.as_of(claims, _day(a)), d.as_of(claims, _day(b))
    else:
        known = d.documents(claims)
        for doc in (a, b):
            if doc not in known:
                raise WsisError(f"diff: no document {doc!r} in {data_dir} (documents: {', '.join(sorted(known))})")
        side_a, side_b = d.by_document(claims, a), d.by_document(claims, b)
    changes = d.diff(side_a, side_b)
    labels = _labels(store, {c.entity for c in changes})
    text = d.render(changes, fmt, a, b, label=lambda iri: labels.get(iri, ""),
                    short=lambda v: compact(URIRef(v)) if v.startswith("http") else v)
    click.echo(text, nl=False)


def _day(value: str):
    """The last day of ``value`` (2002 -> 2002-12-31): what was known by the end of that period."""
    from graph_builder.claims.sources import parse_source_date

    parsed = parse_source_date(value)
    if parsed is None or "Q" in value or "H" in value:
        raise WsisError(f"diff --as-of: {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return parsed.last


def _labels(store, iris: set[str]) -> dict[str, str]:
    rows = store.run("""PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?s ?l WHERE { ?s rdfs:label ?l FILTER(LANG(?l) = "en") }""", where="labels").rows
    out: dict[str, str] = {}
    for r in rows:
        s = str(r["s"])
        if s in iris and (s not in out or str(r["l"]) < out[s]):
            out[s] = str(r["l"])
    return out


COMMANDS = [diff_command]
