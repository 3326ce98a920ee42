"""Options shared by every command (one ``--data DIR`` names the build folder everywhere)."""

from __future__ import annotations

from pathlib import Path

import click

from graph_builder.paths import DEFAULT_DATA_DIR

data_option = click.option(
    "--data",
    "data_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_DATA_DIR,
    show_default=True,
    help="Build folder: `build` writes it, every other command reads it.",
)
