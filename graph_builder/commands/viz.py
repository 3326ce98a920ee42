"""``wsiskg viz``: interactive pages and, on demand, static SVG/PNG pictures of the built graph."""

from __future__ import annotations

from pathlib import Path

import click

from graph_builder.commands.options import data_option
from graph_builder.exports import read_trig


@click.command("viz")
@data_option
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for the pages and pictures. Default: DATA/viz.")
@click.option("--no-static", is_flag=True, help="Only the HTML pages, no SVG/PNG pictures.")
def viz(data_dir: Path, out_dir: Path | None, no_static: bool) -> None:
    """Write network.html, timeline.html, matrix.html and their SVG/PNG pictures from DATA/wsis.trig.

    `wsiskg build` writes the pages only; the static pictures (matplotlib) are drawn here.
    """
    from graph_builder.viz import write_viz

    quads = read_trig(data_dir / "wsis.trig")
    if not no_static:
        from graph_builder.viz.static import cjk_font

        if cjk_font() is None:
            click.echo("wsiskg: no CJK font found (e.g. Noto Sans CJK, Source Han Sans, PingFang, Microsoft YaHei); "
                       "the static pictures use English labels", err=True)
    for path in write_viz(quads, out_dir if out_dir is not None else data_dir / "viz", static=not no_static):
        click.echo(f"wrote {path}")


COMMANDS = [viz]
