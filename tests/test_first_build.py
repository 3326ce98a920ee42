"""A first build as a new user sees it: a short transcript ending with where the results are and what to try next."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Runs the real command line and reports, on exit, whether matplotlib was ever imported.
SCRIPT = ("import atexit, sys\n"
          "atexit.register(lambda: print('MATPLOTLIB' if 'matplotlib' in sys.modules else 'NO-MATPLOTLIB'))\n"
          "from graph_builder.cli import main\n"
          "main(['build', '--data', sys.argv[1]])\n")


def test_first_build_transcript(tmp_path):
    data = tmp_path / "exports"
    committed = {"matrix.png": b"committed picture", "network.svg": b"<svg>committed</svg>"}
    (data / "viz").mkdir(parents=True)
    for name, body in committed.items():
        (data / "viz" / name).write_bytes(body)
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(data)], capture_output=True, text=True, cwd=ROOT,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8",
                               "MPLCONFIGDIR": str(tmp_path / "mpl")})
    assert proc.returncode == 0, proc.stderr[-2000:]
    transcript = (proc.stdout + proc.stderr).splitlines()
    assert len(transcript) <= 20, "\n".join(transcript[:40])
    assert "NO-MATPLOTLIB" in proc.stdout  # static pictures come from `wsiskg viz`, never from a build
    summary = [line for line in transcript if line.startswith("built ")]
    assert len(summary) == 1 and str(data) in summary[0] and "next: wsiskg" in summary[0]
    assert "Glyph" not in proc.stderr and "Warning" not in proc.stderr
    for name, body in committed.items():
        assert (data / "viz" / name).read_bytes() == body  # the committed pictures are left alone
    assert sorted(p.name for p in (data / "viz").glob("*.html")) == ["matrix.html", "network.html", "timeline.html"]
