"""A synthetic corpus made from the real texts, for the scaling benchmark ("Scaling").

``make_corpus(source_dir, out_dir, copies)`` writes ``copies`` variants of every document of the source
corpus and a ``MANIFEST.tsv`` listing them. Variant ``k`` (1-based) of document ``004``:

- gets the id ``004-k0001`` and lives in ``k0001/<the original file name>`` (the same file name as its
  original; its layout is read from its text, like its original's);
- has its years (``2003年``, ``2003-2005``) moved by ``k % 9 + 1`` years, so its dates differ;
- has its resolution and document numbers (``第73号决议``, ``第56/183号``, ``C2001/114``) moved by ``1000 * k``,
  so its acts are new entities with new IRIs;
- has the people of the reference list renamed by rotating their names ``k`` places, so who chairs,
  signs or heads what changes from one variant to the next.

Every variant at every scale is synthetic (``1x`` means one variant of each text), so the mix of documents
and the per-document work are the same at every scale. Output is deterministic: same arguments, same bytes.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from graph_builder.corpus import MANIFEST, read_manifest, read_source

_YEAR = re.compile(r"(?<![0-9/.,A-Za-z])(19[5-9][0-9]|20[0-4][0-9])(?![0-9.,])")
_ACT_NUMBER = re.compile(r"(第\s*)([0-9]{1,4})((?:/[0-9]{1,4})?\s*号)")
_DOC_SYMBOL = re.compile(r"(?<![A-Za-z])(C)(20[0-9]{2})/([0-9]{1,4})")


def variant_id(doc_id: str, k: int) -> str:
    return f"{doc_id}-k{k:04d}"


def person_names(reference=None) -> list[str]:
    """The zh names of the people in the reference list (their rotation is the 'changed names')."""
    if reference is None:
        from graph_builder.entities.reference import load_reference

        reference = load_reference()
    names = sorted({e.zh for e in reference.entities if e.kind == "person" and len(e.zh) >= 3})
    # Longest first so that no name is replaced inside a longer one.
    return sorted(names, key=lambda n: (-len(n), n))


def transform(text: str, k: int, names: list[str]) -> str:
    """Variant ``k`` of a text: years, act numbers and people changed (see the module docstring)."""
    shift = k % 9 + 1
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    text = _ACT_NUMBER.sub(lambda m: f"{m.group(1)}{int(m.group(2)) + 1000 * k}{m.group(3)}", text)
    text = _DOC_SYMBOL.sub(lambda m: f"{m.group(1)}{m.group(2)}/{int(m.group(3)) + 1000 * k}", text)
    if names:
        rotated = {n: names[(i + k) % len(names)] for i, n in enumerate(names)}
        pattern = re.compile("|".join(re.escape(n) for n in names))
        text = pattern.sub(lambda m: rotated[m.group(0)], text)
    return text


def make_corpus(source_dir: Path, out_dir: Path, copies: int) -> Path:
    """Write ``copies`` variants of every document of ``source_dir`` into ``out_dir``; returns the manifest path."""
    if copies < 1:
        raise ValueError("copies must be at least 1")
    source_dir, out_dir = Path(source_dir), Path(out_dir)
    rows = read_manifest(source_dir)
    sources = [(row, read_source(source_dir, row).text) for row in rows]
    names = person_names()
    out_dir.mkdir(parents=True, exist_ok=True)
    header = list(rows[0].keys())
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
    writer.writerow(header)
    for k in range(1, copies + 1):
        folder = f"k{k:04d}"
        (out_dir / folder).mkdir(exist_ok=True)
        for row, text in sources:
            name = Path(row["file"]).name
            (out_dir / folder / name).write_text(transform(text, k, names), encoding="utf-8")
            new = dict(row, id=variant_id(row["id"], k), file=f"{folder}/{name}")
            new["title_en"] = f"{row['title_en']} (synthetic variant {k})"
            writer.writerow([new[c].replace("\t", " ") for c in header])
    manifest = out_dir / MANIFEST
    manifest.write_text(buf.getvalue(), encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> None:
    import argparse

    from graph_builder.paths import default_corpus_dir

    parser = argparse.ArgumentParser(description="Write a synthetic WSIS corpus of COPIES variants per text.")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("copies", type=int)
    parser.add_argument("--source", type=Path, default=None, help="source corpus (default: the bundled one)")
    args = parser.parse_args(argv)
    manifest = make_corpus(args.source or default_corpus_dir(), args.out_dir, args.copies)
    print(manifest)


if __name__ == "__main__":
    main()
