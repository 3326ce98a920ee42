"""Child process of ``bench/run.py``: the floor a cold build is compared with.

    python bench/floor.py DATA_DIR/wsis.trig

A fresh interpreter imports rdflib, pyshacl and owlrl, and pyoxigraph loads the build's TriG into a store
and writes it back as TriG: the least any build of this graph with these libraries can cost. Prints JSON.
"""

from __future__ import annotations

import json
import sys
import time

T0 = time.perf_counter()

import io  # noqa: E402

import owlrl  # noqa: E402,F401
import pyoxigraph as ox  # noqa: E402
import pyshacl  # noqa: E402,F401
import rdflib  # noqa: E402,F401


def main() -> None:
    imports = time.perf_counter() - T0
    t = time.perf_counter()
    store = ox.Store()
    store.bulk_load(path=sys.argv[1], format=ox.RdfFormat.TRIG)
    load = time.perf_counter() - t
    t = time.perf_counter()
    out = io.BytesIO()
    store.dump(out, format=ox.RdfFormat.TRIG)
    dump = time.perf_counter() - t
    print(json.dumps({"imports": imports, "load": load, "dump": dump, "quads": len(store),
                      "total": time.perf_counter() - T0}))


if __name__ == "__main__":
    main()
