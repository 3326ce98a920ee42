"""The saved query library: ``queries/NAME.rq`` files with a documenting comment block.

Header format (comment lines before the query)::

    # title: Where an entity is mentioned
    # answers: Which passages mention X, with the quote and offsets.
    # param: entity (type: iri) example: HLSOC
    # param: from (type: date, optional) example: 2002
    # param: by (type: string, optional, one of: value|subject) example: value
    # example: wsiskg query mentions --param entity=HLSOC

Parameter types: ``iri`` (an IRI, a prefixed name or a label in either language), ``label`` (free text
matched against labels), ``string``, ``int``, ``date`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``).
``one of: A|B`` limits a parameter to those values (anything else is refused, naming them).
A parameter is bound to the query variable of the same name, which the query must project
(``SELECT ?entity ...``): Oxigraph binds only projected variables (SEP-0007 substitution). The bound
parameters' columns are dropped from the output, since their value is what the caller gave. Parameters
are bound by a VALUES block at the top of the WHERE group on every engine; test an optional parameter with
``!BOUND(?param) || <comparison>`` (standard SPARQL 1.1: an engine may evaluate a comparison with an
unbound variable as false rather than as an error, so ``COALESCE(<comparison>, true)`` is not portable).
A FILTER that tests a parameter belongs to the top-level WHERE group, where the VALUES block is in scope.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from graph_builder import paths
from graph_builder.errors import WsisError

PARAM_TYPES = ("iri", "label", "string", "int", "date")
_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*\(\s*type:\s*(?P<type>\w+)\s*(?P<optional>,\s*optional)?"
    r"\s*(?:,\s*one of:\s*(?P<choices>[^\s|()]+(?:\s*\|\s*[^\s|()]+)*))?\s*\)"
    r"(?:\s*example:\s*(?P<example>.*))?$"
)
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    optional: bool = False
    example: str = ""
    choices: tuple[str, ...] = ()


@dataclass
class SavedQuery:
    name: str
    path: Path
    text: str
    title: str = ""
    answers: str = ""
    params: list[Param] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


def parse_header(name: str, path: Path, text: str) -> SavedQuery:
    """Read the comment block at the top of a saved query; a malformed ``# param:`` line is an error."""
    query = SavedQuery(name=name, path=path, text=text)
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        key, _, value = stripped.lstrip("#").strip().partition(":")
        key, value = key.strip().lower(), value.strip()
        if key == "title":
            query.title = value
        elif key == "answers":
            query.answers = (query.answers + " " + value).strip()
        elif key == "example":
            query.examples.append(value)
        elif key == "param":
            match = _PARAM.match(value)
            if not match or match.group("type") not in PARAM_TYPES:
                raise WsisError(f"{path}:{number}: bad param line (want `# param: NAME (type: {'|'.join(PARAM_TYPES)}) example: ...`)")
            choices = tuple(c.strip() for c in (match.group("choices") or "").split("|") if c.strip())
            query.params.append(Param(match.group("name"), match.group("type"), bool(match.group("optional")),
                                      (match.group("example") or "").strip(), choices))
    if not query.title:
        raise WsisError(f"{path}: saved query has no `# title:` line")
    return query


def query_files(directory: Path | None = None) -> dict[str, Path]:
    directory = directory or paths.queries_dir()
    return {p.stem: p for p in sorted(Path(directory).glob("*.rq"))}


def list_queries(directory: Path | None = None) -> list[SavedQuery]:
    return [load(name, directory) for name in query_files(directory)]


def load(name: str, directory: Path | None = None) -> SavedQuery:
    files = query_files(directory)
    if name not in files:
        close = difflib.get_close_matches(name, list(files), n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else "; `wsiskg query --list` shows them all"
        raise WsisError(f"{name}: no saved query of that name{hint}")
    path = files[name]
    return parse_header(name, path, path.read_text(encoding="utf-8"))


def check_files(directory: Path | None = None) -> dict[str, Path]:
    """The checks that must return no rows: ``queries/checks/*-violation.rq``."""
    directory = directory or paths.queries_dir() / "checks"
    return {p.stem: p for p in sorted(Path(directory).glob("*-violation.rq"))}
