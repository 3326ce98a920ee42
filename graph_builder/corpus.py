"""Read the corpus folder: ``MANIFEST.tsv`` plus one UTF-8 text per row.

Every problem a user can cause is a :class:`WsisError` naming the file and the problem. A manifest names
files inside its own folder only (an absolute path, ``..`` or a symlink leading out is refused), and a
document may be at most :data:`MAX_DOCUMENT_BYTES` long: the build holds a whole document in memory
(several hundred times its size at peak), so a larger text is split into several documents, which
``wsiskg build --jobs N`` (the streaming build) processes one at a time.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from graph_builder.errors import WsisError
from graph_builder.script import as_written, is_traditional, shadow

MANIFEST = "MANIFEST.tsv"
REQUIRED_COLUMNS = ("id", "file", "language", "title_en", "title_zh", "publisher", "date_or_period", "contents")
_ID_RE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z_-]*$")
MAX_DOCUMENT_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class SourceText:
    """One document of the corpus: its manifest row and its exact text.

    A text written in traditional characters is read by every rule as its simplified shadow (``text``, same
    length and offsets, :mod:`graph_builder.script`); ``written`` keeps it as written, and whatever quotes the
    source (evidence, node texts, mentions) takes :attr:`verbatim`. ``written`` is None for a text
    not written in traditional script (a stray traditional form in a simplified text is read as written).
    """

    doc_id: str
    path: Path
    text: str
    language: str
    title_en: str
    title_zh: str
    publisher: str
    date_or_period: str
    contents: str
    written: str | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.written is not None and shadow(self.written) == self.text:
            return  # a copy (dataclasses.replace) of a text read already
        simplified = shadow(self.text)
        if simplified is self.text or not is_traditional(self.text, simplified):
            # A simplified text with a stray traditional form is read as written: characters valid in both
            # scripts (著 of 显著, 乾, 藉) would otherwise be rewritten to another word's character.
            object.__setattr__(self, "written", None)
            return
        object.__setattr__(self, "written", self.text)
        object.__setattr__(self, "text", simplified)

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def verbatim(self) -> str:
        """The text as written (``text`` is its simplified shadow when it has traditional characters)."""
        return self.text if self.written is None else self.written

    @property
    def language_tag(self) -> str:
        """The manifest's language, ``zh-Hant`` for a ``zh`` text written in traditional characters."""
        if self.language == "zh" and self.written is not None:
            return "zh-Hant"
        return self.language

    def as_written(self, value: str, start: int, end: int) -> str:
        """``value``, a string the rules read in ``text[start:end]``, in the characters of the text as written."""
        if self.written is None:
            return value
        return as_written(self.written, self.text, value, start, end)


def read_manifest(corpus_dir: Path) -> list[dict[str, str]]:
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise WsisError(f"{corpus_dir}: corpus folder not found")
    manifest = corpus_dir / MANIFEST
    if not manifest.is_file():
        raise WsisError(f"{manifest}: manifest not found (a corpus folder needs {MANIFEST})")
    raw = _read_utf8(manifest)
    lines = raw.splitlines()
    if not lines or not lines[0].strip():
        raise WsisError(f"{manifest}: manifest is empty")
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise WsisError(f"{manifest}: header lacks column(s) {', '.join(missing)}")
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for line_no, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            raise WsisError(
                f"{manifest}:{line_no}: malformed row: {len(cells)} tab-separated fields, expected {len(header)}"
            )
        row = dict(zip(header, cells))
        for col in ("id", "file", "language"):
            if not row[col].strip():
                raise WsisError(f"{manifest}:{line_no}: malformed row: empty '{col}'")
        if not _ID_RE.match(row["id"]):
            raise WsisError(f"{manifest}:{line_no}: malformed row: id {row['id']!r} is not a plain identifier")
        if row["id"] in seen:
            raise WsisError(f"{manifest}:{line_no}: duplicate id {row['id']!r}")
        seen.add(row["id"])
        rows.append(row)
    if not rows:
        raise WsisError(f"{manifest}: manifest lists no documents")
    return rows


def _read_utf8(path: Path) -> str:
    data = path.read_bytes()
    if b"\x00" in data:
        raise WsisError(f"{path}: binary file (contains NUL bytes), expected UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise WsisError(
            f"{path}: not UTF-8 (invalid byte 0x{data[exc.start]:02x} at byte {exc.start}); convert it to UTF-8"
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


def source_path(corpus_dir: Path, row: dict[str, str]) -> Path:
    """The manifest row's file, which must lie inside the corpus folder once symlinks are resolved."""
    corpus_dir = Path(corpus_dir)
    name = row["file"]
    path = corpus_dir / name
    outside = f"{corpus_dir / MANIFEST}: file {name!r} (id {row['id']}) lies outside the corpus folder; " \
              "list files by their path inside the folder"
    if Path(name).is_absolute() or ".." in Path(name).parts:
        raise WsisError(outside)
    try:
        resolved = path.resolve(strict=False)
        resolved.relative_to(corpus_dir.resolve())
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symlink loop
        raise WsisError(outside) from None
    return path


def read_source(corpus_dir: Path, row: dict[str, str]) -> SourceText:
    path = source_path(corpus_dir, row)
    if not path.is_file():
        raise WsisError(f"{path}: file listed in {MANIFEST} (id {row['id']}) not found")
    size = path.stat().st_size
    if size > MAX_DOCUMENT_BYTES:
        raise WsisError(
            f"{path}: document too large ({size / 1048576:.1f} MB, at most {MAX_DOCUMENT_BYTES // 1048576} MB "
            "per document); split it into several documents and build them with `wsiskg build --jobs N`"
        )
    text = _read_utf8(path)
    if not text.strip():
        raise WsisError(f"{path}: empty file")
    control = [c for c in text if ord(c) < 32 and c not in "\t\n\r\f"]
    if len(control) > 8:
        raise WsisError(f"{path}: binary file ({len(control)} control characters), expected UTF-8 text")
    return SourceText(
        doc_id=row["id"],
        path=path,
        text=text,
        language=row["language"],
        title_en=row["title_en"],
        title_zh=row["title_zh"],
        publisher=row["publisher"],
        date_or_period=row["date_or_period"],
        contents=row["contents"],
    )


def load_corpus(corpus_dir: Path) -> list[SourceText]:
    """All documents of the folder, in manifest order."""
    return [read_source(corpus_dir, row) for row in read_manifest(corpus_dir)]
