"""``wsiskg build``: run the pipeline on a corpus folder and write the build folder.

Quiet by default: on a terminal one self-overwriting progress line, then (piped or not) one summary
line saying where the results are and what to try next. ``-v`` adds the stage timings and the
facts-per-rule table; ``--profile`` also traces memory per stage (tracemalloc slows the build several
times, so it is never on by default).
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

import click

from graph_builder.commands.options import data_option
from graph_builder.paths import default_corpus_dir
from graph_builder.reports import curated_share

# Set once an in-memory build has written its folder and printed its summary: what is left in the process
# is the heap, which the command line may drop without freeing it object by object.
heap_only_left = False

NEXT_COMMANDS = ("wsiskg search 'Internet Governance Forum'", "wsiskg describe IGF", "wsiskg serve")


@click.command("build")
@data_option
@click.option("--corpus", "corpus_dir", type=click.Path(path_type=Path), default=None,
              help="Corpus folder with MANIFEST.tsv (default: ./corpus, else the bundled corpus).")
@click.option("--no-validate", is_flag=True, help="Skip SHACL validation (not recommended).")
@click.option("--no-reason", is_flag=True, help="Skip OWL RL reasoning.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.option("--verbose", "-v", is_flag=True, help="Also print stage timings and the facts-per-rule table.")
@click.option("--profile", is_flag=True, help="Trace peak memory per stage (tracemalloc; several times slower).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
              help="Streaming build for large corpora: documents one by one over N processes into an "
                   "on-disk store; writes wsis.nq, wsis.trig and DATA/oxigraph (default: in-memory build, all exports).")
@click.option("--scheduler", default=None, metavar="WHERE",
              help="With --jobs: where documents are processed: 'local' (a process pool, the default), 'dask' "
                   "(a local Dask cluster) or 'dask://HOST:PORT' (a running Dask scheduler).")
@click.option("--no-cache", is_flag=True,
              help="With --jobs: process every document again instead of reusing unchanged ones.")
def build_cmd(data_dir: Path, corpus_dir: Path | None, no_validate: bool, no_reason: bool, quiet: bool,
              verbose: bool, profile: bool, jobs: int | None, scheduler: str | None, no_cache: bool) -> None:
    """Build the knowledge graph from the corpus and write every export to the build folder.

    The static pictures (SVG/PNG) are not redrawn by a build: run `wsiskg viz` for them.
    """
    from graph_builder.pipeline import build

    if scheduler is not None and jobs is None:
        raise click.UsageError("--scheduler works with the streaming build: add --jobs N")
    progress = _progress(verbose or profile) if not quiet else None
    started = time.perf_counter()
    if profile:
        import tracemalloc  # the stage timer reports peaks only while tracing is on

        tracemalloc.start()
    try:
        result = build(corpus_dir or default_corpus_dir(), data_dir, validate=not no_validate,
                       reason=not no_reason, progress=progress, jobs=jobs, release_dictionaries=True,
                       **({} if jobs is None else {"scheduler": scheduler, "cache": not no_cache}))
    finally:
        if progress is not None:
            progress.close()
        if profile:
            tracemalloc.stop()
    global heap_only_left
    if not quiet:
        seconds = time.perf_counter() - started
        if verbose or profile:
            _details(result, data_dir, profile)
        click.echo(summary(result, data_dir, seconds), err=True)
    # the streaming build's on-disk store is closed by its own code; only the in-memory build is left as heap
    heap_only_left = jobs is None


class _Progress:
    """Stage messages: one line rewritten in place on a terminal, every line with ``-v``, none when piped."""

    def __init__(self, every_line: bool) -> None:
        self.tty = sys.stderr.isatty()
        self.every_line = every_line
        self.dirty = False

    def __call__(self, message: str) -> None:
        if self.every_line:
            click.echo(f"  {message}", err=True)
        elif self.tty:
            width = shutil.get_terminal_size((80, 24)).columns - 1
            sys.stderr.write("\r" + f"  {message}"[:width].ljust(width))
            sys.stderr.flush()
            self.dirty = True

    def close(self) -> None:
        if self.dirty:
            width = shutil.get_terminal_size((80, 24)).columns - 1
            sys.stderr.write("\r" + " " * width + "\r")
            sys.stderr.flush()
            self.dirty = False


def _progress(every_line: bool) -> _Progress | None:
    progress = _Progress(every_line)
    return progress if (progress.tty or every_line) else None


def summary(result, data_dir: Path, seconds: float) -> str:
    """The closing line: what was built, where it is, and three commands to try next."""
    facts = sum(result.rule_counts.values())
    warn = f" ({len(result.warnings)} warnings in reports/warnings.tsv)" if result.warnings else ""
    reused = getattr(result, "reused", None)  # the streaming build's extraction cache
    warn += f" (reused {len(reused)} of {len(result.documents)} documents)" if reused is not None else ""
    return (f"built {len(result.documents)} documents, {facts} facts{warn} in {seconds:.0f} s -> {data_dir}/; "
            "next: " + " · ".join(NEXT_COMMANDS))


def _details(result, data_dir: Path, profile: bool) -> None:
    echo = lambda s="": click.echo(s, err=True)  # noqa: E731
    for stage in result.stages if profile else ():
        echo(f"  {stage.name:<12} {stage.seconds:6.2f} s  peak {stage.peak_mb:.0f} MB")
    echo("facts per rule:")
    for name, n in sorted(result.rule_counts.items()):
        echo(f"  {name:<32} {n:>6}")
    echo(f"  {'total':<32} {sum(result.rule_counts.values()):>6}   curated share {curated_share(result.rule_counts):.1%}")


COMMANDS = [build_cmd]
