"""``wsiskg build``: run the pipeline on a corpus folder and write the build folder (issue #3)."""

from __future__ import annotations

import sys
import time
import tracemalloc
from pathlib import Path

import click

from graph_builder.commands.options import data_option
from graph_builder.paths import default_corpus_dir
from graph_builder.reports import curated_share


@click.command("build")
@data_option
@click.option("--corpus", "corpus_dir", type=click.Path(path_type=Path), default=None,
              help="Corpus folder with MANIFEST.tsv (default: ./corpus, else the bundled corpus).")
@click.option("--no-validate", is_flag=True, help="Skip SHACL validation (not recommended).")
@click.option("--no-reason", is_flag=True, help="Skip OWL RL reasoning.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
              help="Streaming build for large corpora: documents one by one over N processes into an "
                   "on-disk store; writes wsis.nq, wsis.trig and DATA/oxigraph (default: in-memory build, all exports).")
def build_cmd(data_dir: Path, corpus_dir: Path | None, no_validate: bool, no_reason: bool, quiet: bool,
              jobs: int | None) -> None:
    """Build the knowledge graph from the corpus and write every export to the build folder."""
    from graph_builder.pipeline import build

    tty = sys.stderr.isatty() and not quiet
    progress = (lambda msg: click.echo(f"  {msg}", err=True)) if tty else None
    started = time.perf_counter()
    if tty:
        tracemalloc.start()
    result = build(corpus_dir or default_corpus_dir(), data_dir, validate=not no_validate,
                   reason=not no_reason, progress=progress, jobs=jobs)
    if tty:
        tracemalloc.stop()
        _summary(result, data_dir, time.perf_counter() - started)


def _summary(result, data_dir: Path, seconds: float) -> None:
    echo = lambda s="": click.echo(s, err=True)  # noqa: E731
    echo(f"built {len(result.documents)} documents in {seconds:.1f} s -> {data_dir}/")
    echo("facts per rule:")
    for name, n in sorted(result.rule_counts.items()):
        echo(f"  {name:<32} {n:>6}")
    echo(f"  {'total':<32} {sum(result.rule_counts.values()):>6}   curated share {curated_share(result.rule_counts):.1%}")
    if result.warnings:
        echo(f"{len(result.warnings)} warnings (irregular numbering etc.): see {data_dir}/reports/warnings.tsv")


COMMANDS = [build_cmd]
