"""``wsiskg export``: write one export format from the built graph ``DATA/wsis.trig``."""

from __future__ import annotations

from pathlib import Path

import click

from graph_builder.commands.options import data_option
from graph_builder.exports import DEFAULT_NAMES, FORMATS, read_trig, write_one


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="The format to write.")
@data_option
@click.option("--out", "out", type=click.Path(path_type=Path), default=None,
              help="File to write (a folder for csv). Default: DATA/<standard name>, e.g. DATA/wsis.ttl.")
def export(fmt: str, data_dir: Path, out: Path | None) -> None:
    """Write one export (ttl, trig, nq, nt, jsonld, csv, graphml, gexf) from DATA/wsis.trig."""
    quads = read_trig(data_dir / "wsis.trig")
    target = out if out is not None else data_dir / DEFAULT_NAMES[fmt]
    for path in write_one(fmt, quads, target):
        click.echo(f"wrote {path}")


COMMANDS = [export]
