"""``wsiskg validate``: check a build against the SHACL shapes ("SHACL shapes and reasoning").

Reads ``DATA/wsis.trig``, validates the asserted graphs plus graph/inferred with the shapes of
``shapes/`` and the build's own ontology graph, checks every fact has a statement with evidence, and
prints one block per problem (the node's label, the path, the message). Exit 1 on violations.
"""

from __future__ import annotations

from pathlib import Path

import click

from graph_builder.commands.options import data_option


@click.command("validate")
@data_option
@click.option("--no-inferred", is_flag=True, help="Validate only the asserted graphs, not graph/inferred.")
def validate_cmd(data_dir: Path, no_inferred: bool) -> None:
    """Validate the build in DATA (DATA/wsis.trig) against the SHACL shapes."""
    from graph_builder.validation import read_build_store, validate_store

    report = validate_store(read_build_store(data_dir / "wsis.trig"), include_inferred=not no_inferred)
    click.echo(report.format())
    report.raise_if_failed()


COMMANDS = [validate_cmd]
