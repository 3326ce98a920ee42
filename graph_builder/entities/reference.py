"""The curated reference list of named things (graph_builder/data/entities.yaml; docs/MODEL.md, 'Entities').

Loading validates every record and fails with one line ``FILE: problem`` (:class:`WsisError`) on:
a missing key/class/zh/en, a key not of the form ``kind/slug``, a duplicate key, an unknown class,
a malformed Wikidata ID or one without a source, a reference (country/parent/broader) to an unknown
key, and an alias claimed by two entities without a disambiguation rule. The rules the linker knows
are a document scope (``docs:``) and a context condition (``preceded_by``/``followed_by`` regexes
over the normalised text around the form).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from graph_builder import paths
from graph_builder.errors import WsisError
from graph_builder.normalize import squash

KINDS = ("org", "body", "event", "place", "person", "post", "document", "actionline", "theme", "group", "initiative")

# wsis: classes from docs/MODEL.md ('Key classes'), plus Document for named documents that are not
# WSIS outcome documents (the Universal Declaration of Human Rights, the Monterrey Consensus, ...).
CLASSES = frozenset(
    """
    Organization UNSystemOrganization IntergovernmentalOrganization RegionalOrganization Government Company
    CivilSocietyOrganization NonGovernmentalOrganization
    Body Council Committee Subcommittee WorkingGroup TaskForce Secretariat Forum Fund Conference
    Person Post Place City Country Region
    Event SummitPhase PrepCom RegionalConference CouncilSession PlenipotentiaryConference CommitteeMeeting Meeting
    Document OutcomeDocument Report CouncilDocument Resolution Decision AgreedConclusions
    ActionLine Theme ActorGroup Initiative
    """.split()
)
_KEY = re.compile(r"^([a-z]+)/([a-z0-9][a-z0-9.-]*)$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_FIELDS = {
    "key", "class", "en", "zh", "acronym", "aliases", "country", "parent", "broader", "notation",
    "wikidata", "wikidata_source", "link_zh", "docs", "note",
    "short_en", "part_id",  # a document's short English title and the id of a part that prints it
}
_LINKS = ("country", "parent", "broader")


# an acronym in capitals only (ESCWA, OECD): a form of its organisation wherever it stands as a Latin word
_ACRONYM = re.compile(r"[A-Z]{2,8}")


@dataclass(frozen=True)
class Alias:
    """A surface form of an entity; ``docs`` (doc ids) limits where it may be linked, empty = everywhere."""

    form: str
    docs: tuple[str, ...] = ()
    unused: bool = False  # a known form that the current corpus does not contain
    preceded_by: str = ""  # regex that must match the normalised text just before the form
    followed_by: str = ""  # regex that must match the normalised text just after the form

    @property
    def conditional(self) -> bool:
        return bool(self.preceded_by or self.followed_by)


@dataclass
class Entity:
    key: str
    cls: str
    en: str
    zh: str
    acronym: str = ""
    aliases: list[Alias] = field(default_factory=list)
    country: str = ""
    parent: str = ""
    broader: str = ""
    notation: str = ""
    wikidata: str = ""
    wikidata_source: str = ""
    link_zh: bool = True  # False when the zh label is not how the texts write it, or too generic to link
    docs: tuple[str, ...] = ()  # default scope of the zh label and of aliases without their own

    @property
    def kind(self) -> str:
        return self.key.split("/", 1)[0]

    @property
    def slug(self) -> str:
        return self.key.split("/", 1)[1]

    def surface_forms(self) -> list[Alias]:
        """The zh label (when the texts use it), every alias and, for an organisation, its Latin acronym (Chinese
        texts write agencies' acronyms inline: 与ESCWA联合举办, OECD的调查), without repeats."""
        out: list[Alias] = [Alias(self.zh, self.docs)] if self.link_zh else []
        seen = {(a.form, a.preceded_by, a.followed_by) for a in out}
        aliases = list(self.aliases)
        if self.key.startswith("org/") and self.acronym and _ACRONYM.fullmatch(self.acronym) \
                and all(a.form != self.acronym for a in aliases):
            aliases.append(Alias(self.acronym, (), unused=True))
        for a in aliases:
            if self.docs and not a.docs:
                a = Alias(a.form, self.docs, a.unused, a.preceded_by, a.followed_by)
            if (a.form, a.preceded_by, a.followed_by) not in seen:
                out.append(a)
                seen.add((a.form, a.preceded_by, a.followed_by))
        return out


@dataclass(frozen=True)
class Exclusion:
    """A detected string that is not a name. With ``block``, the linker also refuses to link inside it
    (相关主要联合国大会 is 'major UN conferences', not the General Assembly)."""

    text: str
    reason: str
    block: bool = False


@dataclass
class Reference:
    entities: list[Entity]  # ordered by key
    exclusions: list[Exclusion]
    source: Path
    by_key: dict[str, Entity] = field(init=False)
    alias_index: dict[str, list[tuple[Alias, str]]] = field(init=False)  # squashed form -> (alias, key)
    # Entities recognised by their form in the texts (graph_builder/entities/minting.py), key -> entity;
    # also in by_key, so a minted key resolves like a listed one.
    minted: dict[str, Entity] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.by_key = {e.key: e for e in self.entities}
        index: dict[str, list[tuple[Alias, str]]] = {}
        for e in self.entities:
            for a in e.surface_forms():
                index.setdefault(squash(a.form), []).append((a, e.key))
        self.alias_index = index

    def keys_for(self, form: str, doc_id: str) -> list[str]:
        """Entities that ``form`` may denote in document ``doc_id``."""
        return [key for a, key in self.alias_index.get(squash(form), []) if not a.docs or doc_id in a.docs]

    def excluded(self, text: str) -> Exclusion | None:
        s = squash(text)
        for x in self.exclusions:
            if squash(x.text) == s:
                return x
        return None


def default_path() -> Path:
    return paths.data_dir() / "entities.yaml"


def load_reference(path: Path | None = None) -> Reference:
    """Read and validate the reference list (default: the one shipped in graph_builder/data)."""
    path = Path(path) if path is not None else default_path()
    if not path.is_file():
        raise WsisError(f"{path}: entity reference list not found")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        raise WsisError(f"{path}{where}: not valid YAML ({getattr(exc, 'problem', exc)})") from None
    except UnicodeDecodeError:
        raise WsisError(f"{path}: not UTF-8") from None
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        raise WsisError(f"{path}: expected a mapping with an 'entities' list")
    entities = [_entity(path, i, rec) for i, rec in enumerate(data["entities"], start=1)]
    exclusions = [_exclusion(path, i, rec) for i, rec in enumerate(data.get("exclusions") or [], start=1)]
    _check_unique_keys(path, entities)
    _check_links(path, entities)
    _check_aliases(path, entities)
    return Reference(sorted(entities, key=lambda e: e.key), exclusions, path)


def _entity(path: Path, i: int, rec: object) -> Entity:
    if not isinstance(rec, dict):
        raise WsisError(f"{path}: entity #{i} is not a mapping")
    key = rec.get("key")
    where = f"{path}: entity {key!r}" if key else f"{path}: entity #{i}"
    if not isinstance(key, str) or not key:
        raise WsisError(f"{where}: missing 'key'")
    m = _KEY.match(key)
    if not m or m.group(1) not in KINDS:
        raise WsisError(f"{where}: key must be kind/slug with kind in {', '.join(KINDS)} and an ASCII slug")
    unknown = sorted(set(rec) - _FIELDS)
    if unknown:
        raise WsisError(f"{where}: unknown field(s) {', '.join(unknown)}")
    for name in ("zh", "en", "class"):
        if not isinstance(rec.get(name), str) or not rec[name].strip():
            raise WsisError(f"{where}: missing '{name}'")
    if rec["class"] not in CLASSES:
        raise WsisError(f"{where}: unknown class {rec['class']!r} (see docs/MODEL.md)")
    qid = rec.get("wikidata") or ""
    if qid and not (isinstance(qid, str) and _QID.match(qid)):
        raise WsisError(f"{where}: bad wikidata ID {str(qid)!r} (expected Q followed by digits)")
    if qid and not str(rec.get("wikidata_source") or "").strip():
        raise WsisError(f"{where}: wikidata {qid} has no wikidata_source")
    return Entity(
        key=key,
        cls=rec["class"],
        en=rec["en"].strip(),
        zh=rec["zh"].strip(),
        acronym=str(rec.get("acronym") or ""),
        aliases=[_alias(where, a) for a in rec.get("aliases") or []],
        country=str(rec.get("country") or ""),
        parent=str(rec.get("parent") or ""),
        broader=str(rec.get("broader") or ""),
        notation=str(rec.get("notation") or ""),
        wikidata=qid,
        wikidata_source=str(rec.get("wikidata_source") or ""),
        link_zh=bool(rec.get("link_zh", True)),
        docs=tuple(str(d) for d in rec.get("docs") or ()),
    )


def _alias(where: str, a: object) -> Alias:
    if isinstance(a, (str, int)) and str(a).strip():
        return Alias(str(a).strip())
    if isinstance(a, dict) and isinstance(a.get("form"), str) and a["form"].strip():
        extra = set(a) - {"form", "docs", "unused", "note", "preceded_by", "followed_by"}
        if extra:
            raise WsisError(f"{where}: alias {a['form']!r} has unknown field(s) {', '.join(sorted(extra))}")
        for name in ("preceded_by", "followed_by"):
            try:
                re.compile(str(a.get(name) or ""))
            except re.error as exc:
                raise WsisError(f"{where}: alias {a['form']!r}: bad {name} regex ({exc})") from None
        docs = tuple(str(d) for d in a.get("docs") or ())
        return Alias(
            a["form"].strip(), docs, bool(a.get("unused", False)),
            str(a.get("preceded_by") or ""), str(a.get("followed_by") or ""),
        )
    raise WsisError(f"{where}: bad alias {a!r} (a string, or a mapping with 'form')")


def _exclusion(path: Path, i: int, rec: object) -> Exclusion:
    if not isinstance(rec, dict) or not str(rec.get("text") or "").strip():
        raise WsisError(f"{path}: exclusion #{i} needs 'text' and 'reason'")
    if not str(rec.get("reason") or "").strip():
        raise WsisError(f"{path}: exclusion {rec['text']!r} has no reason")
    extra = set(rec) - {"text", "reason", "block"}
    if extra:
        raise WsisError(f"{path}: exclusion {rec['text']!r} has unknown field(s) {', '.join(sorted(extra))}")
    return Exclusion(str(rec["text"]).strip(), str(rec["reason"]).strip(), bool(rec.get("block", False)))


def _check_unique_keys(path: Path, entities: list[Entity]) -> None:
    seen: set[str] = set()
    for e in entities:
        if e.key in seen:
            raise WsisError(f"{path}: duplicate key {e.key!r}")
        seen.add(e.key)


def _check_links(path: Path, entities: list[Entity]) -> None:
    keys = {e.key for e in entities}
    for e in entities:
        for name in _LINKS:
            target = getattr(e, name)
            if target and target not in keys:
                raise WsisError(f"{path}: entity {e.key!r}: {name} {target!r} is not a key of the list")


def _check_aliases(path: Path, entities: list[Entity]) -> None:
    """An alias may name two entities only in disjoint document scopes (both with ``docs:``), or when
    at least one of the two claims is conditional (``preceded_by``/``followed_by``): the linker tries
    conditional forms first, so the condition is the disambiguation rule."""
    owners: dict[str, list[tuple[Alias, str]]] = {}
    for e in entities:
        for a in e.surface_forms():
            owners.setdefault(squash(a.form), []).append((a, e.key))
    for form, claims in owners.items():
        for n, (a, key) in enumerate(claims):
            for b, other in claims[n + 1 :]:
                if key == other or a.conditional or b.conditional:
                    continue
                if not a.docs or not b.docs or set(a.docs) & set(b.docs):
                    raise WsisError(
                        f"{path}: alias {a.form!r} names both {key!r} and {other!r}; "
                        "give each a disjoint 'docs:' scope or drop one"
                    )
