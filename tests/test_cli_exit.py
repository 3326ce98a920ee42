"""How the command line ends: after an in-memory build the process exits without freeing its heap."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from graph_builder import cli
from graph_builder.commands import build as build_command

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def exits(monkeypatch):
    calls = []
    monkeypatch.setattr(cli.os, "_exit", lambda code: calls.append(code))
    return calls


def test_entry_point_after_a_build_exits_at_once(monkeypatch, exits):
    monkeypatch.setattr(build_command, "heap_only_left", True)
    with pytest.raises(SystemExit):  # the patched os._exit returns, so sys.exit follows
        cli.leave(None)
    assert exits == [0]


def test_a_caller_of_main_keeps_its_process(monkeypatch, exits):
    monkeypatch.setattr(build_command, "heap_only_left", True)
    with pytest.raises(SystemExit) as info:
        cli.leave(["build"])
    assert info.value.code == 0 and exits == []


def test_other_commands_exit_normally(monkeypatch, exits):
    monkeypatch.setattr(build_command, "heap_only_left", False)
    with pytest.raises(SystemExit):
        cli.leave(None)
    assert exits == []


def test_fast_exit_flushes_piped_output(tmp_path):
    """A real process: what was printed before the exit reaches the pipe, and the exit code is 0."""
    script = ("import sys\n"
              "from graph_builder import cli\n"
              "from graph_builder.commands import build\n"
              "build.heap_only_left = True\n"
              "sys.stdout.write('summary on stdout'); sys.stderr.write('summary on stderr')\n"
              "cli.leave(None)\n"
              "print('not reached')\n")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0
    assert proc.stdout == "summary on stdout" and proc.stderr == "summary on stderr"
