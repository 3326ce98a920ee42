"""``wsiskg site DIR``: every entity and paragraph page as a static site (HTML and Turtle), for hosting."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from graph_builder.commands.options import data_option


@click.command("site")
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@data_option
def site_command(out_dir: Path, data_dir: Path) -> None:
    """Write the pages `wsiskg serve` answers with (one per entity and document node, plus index.html) into
    OUT_DIR, with relative links: OUT_DIR/id/body/igf.html, OUT_DIR/id/body/igf.ttl, …"""
    from graph_builder.pages.web import write_site
    from graph_builder.query.store import OxigraphStore

    progress = (lambda msg: click.echo(f"  {msg}", err=True)) if sys.stderr.isatty() else None
    count = write_site(OxigraphStore.from_data_dir(data_dir), out_dir, progress)
    click.echo(f"wrote {count} pages to {out_dir}/ (open {out_dir}/index.html)")


COMMANDS = [site_command]
