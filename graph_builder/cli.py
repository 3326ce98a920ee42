"""The ``wsiskg`` command. Sub-commands live in ``graph_builder/commands/*.py`` (one module a job).

Every user error is one line on stderr and a non-zero exit, never a traceback (principle 6).
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys

import click

from graph_builder import __version__
from graph_builder.errors import WsisError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wsiskg")
def cli() -> None:
    """Build and query the WSIS knowledge graph."""


def _register() -> None:
    import graph_builder.commands as pkg

    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"graph_builder.commands.{info.name}")
        for command in getattr(module, "COMMANDS", []):
            cli.add_command(command)


_register()


def main(argv: list[str] | None = None) -> None:
    try:
        cli.main(args=argv, prog_name="wsiskg", standalone_mode=False)
    except WsisError as exc:
        click.echo(f"wsiskg: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("wsiskg: aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        click.echo(f"wsiskg: error: {exc.format_message()}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    leave(argv)


def leave(argv: list[str] | None) -> None:
    """Exit 0. After an in-memory build the process ends without freeing its heap, which takes seconds for
    the graph's many small objects: output is flushed first and the build folder is complete by then.
    Only as the process entry point (``argv`` None), never when a caller runs ``main`` in its own process."""
    from graph_builder.commands import build as build_command

    if argv is None and build_command.heap_only_left:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)
    sys.exit(0)
