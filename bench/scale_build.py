"""Child process of ``bench/scaling.py``: one streaming build (``build(jobs=N)``), progress on stderr.

    python bench/scale_build.py CORPUS DATA_DIR JOBS [SCHEDULER]

The extraction cache is off (every document is processed, whatever earlier runs left). Prints one JSON object: wall seconds, documents, quads, main-process stages and the workers' summed
per-document stage seconds.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main() -> None:
    from graph_builder.streaming import build_streaming

    corpus, data, jobs = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    scheduler = sys.argv[4] if len(sys.argv) > 4 else None
    t = time.perf_counter()
    result = build_streaming(corpus, data, jobs=jobs, cache=False, scheduler=scheduler,
                             progress=lambda m: print(m, file=sys.stderr, flush=True))
    print(json.dumps({
        "seconds": time.perf_counter() - t, "documents": len(result.documents), "quads": result.quads,
        "stages": {s.name: s.seconds for s in result.stages}, "doc_stages": result.doc_stage_seconds,
    }))


if __name__ == "__main__":
    main()
