"""``wsiskg docs``: regenerate docs/ONTOLOGY.md from ontology/*.ttl (ontology reference)."""

from __future__ import annotations

from pathlib import Path

import click

from graph_builder.errors import WsisError

DEFAULT_TARGET = Path("docs") / "ONTOLOGY.md"


@click.command("docs")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_TARGET,
              show_default=True, help="Where to write the ontology reference.")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 when the file is not up to date.")
def docs_cmd(out: Path, check: bool) -> None:
    """Generate the ontology reference (classes, properties, example queries) from ontology/*.ttl."""
    from graph_builder import ontology_doc

    if check:
        current = out.read_text(encoding="utf-8") if out.is_file() else None
        if current != ontology_doc.generate():
            err = WsisError(f"{out}: not up to date with ontology/ (run `wsiskg docs`)")
            err.exit_code = 1
            raise err
        click.echo(f"{out}: up to date")
        return
    changed = ontology_doc.write(out)
    click.echo(f"{'wrote' if changed else 'unchanged'} {out}")


COMMANDS = [docs_cmd]
