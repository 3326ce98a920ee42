"""CSV tables for spreadsheet users: one file per main kind of thing, bilingual columns.

Each table is a list of ``Column``s read off the index, one row per subject of the table's classes
(subclasses included, from the ontology and the class list in docs/MODEL.md). Related entities are
given by IRI plus their English and Chinese labels; several values in a cell are joined with ``; ``.
Every table ends with ``evidence``: where the facts about the row are stated (``doc: locator``).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from typing import Callable

from graph_builder.exports.index import GraphIndex
from graph_builder.rdf.namespaces import ORG, SCHEMA, SKOS, WSIS

SEP = "; "


@dataclass(frozen=True)
class Column:
    name: str
    get: Callable[[GraphIndex, str], str]


def literal(predicate) -> Callable[[GraphIndex, str], str]:
    return lambda ix, s: SEP.join(ix.values(s, str(predicate)))


def linked(predicate, part: str) -> Callable[[GraphIndex, str], str]:
    """IRI (``part='iri'``) or label (``'en'``/``'zh'``) of the things ``predicate`` points to."""

    def get(ix: GraphIndex, s: str) -> str:
        targets = ix.values(s, str(predicate))
        if part == "iri":
            return SEP.join(targets)
        return SEP.join(ix.label(t, part) for t in targets)

    return get


def linked_columns(name: str, predicate) -> list[Column]:
    return [Column(name, linked(predicate, "iri")), Column(f"{name}_en", linked(predicate, "en")),
            Column(f"{name}_zh", linked(predicate, "zh"))]


def located(predicate) -> Callable[[GraphIndex, str], str]:
    """The locator of a document node (``wsis:statedIn``, ``wsis:listedIn``)."""
    return lambda ix, s: SEP.join(ix.value(n, str(WSIS.locator)) or n for n in ix.values(s, str(predicate)))


IDENTITY = [
    Column("iri", lambda ix, s: s),
    Column("type", lambda ix, s: ix.main_type(s)),
    Column("label_en", lambda ix, s: ix.label(s, "en")),
    Column("label_zh", lambda ix, s: ix.label(s, "zh")),
]
EVIDENCE = [Column("evidence", lambda ix, s: ix.locators(s))]


def _classes(*local_names: str, extra=()) -> frozenset[str]:
    return frozenset({str(WSIS[n]) for n in local_names} | {str(e) for e in extra})


@dataclass(frozen=True)
class Table:
    file: str
    classes: frozenset[str]
    columns: list[Column]


TABLES = [
    Table("organisations.csv",
          _classes("Organization", "UNSystemOrganization", "IntergovernmentalOrganization", "RegionalOrganization",
                   "Government", "Company", "CivilSocietyOrganization", "NonGovernmentalOrganization", "Body",
                   "Council", "Committee", "Subcommittee", "WorkingGroup", "TaskForce", "Secretariat", "Forum",
                   "Fund", "Conference", extra=[ORG.Organization]),
          IDENTITY + [Column("acronym", literal(WSIS.acronym)), Column("wikidata", literal(WSIS.wikidata)),
                      Column("wikidata_source", literal(WSIS.wikidataSource))]
          + linked_columns("chair", WSIS.chair) + linked_columns("reports_to", WSIS.reportsTo)
          + linked_columns("created_by", WSIS.createdBy) + linked_columns("part_of", ORG.subOrganizationOf)
          + EVIDENCE),
    Table("meetings.csv",
          _classes("Event", "SummitPhase", "PrepCom", "RegionalConference", "CouncilSession",
                   "PlenipotentiaryConference", "CommitteeMeeting", "Meeting", extra=[SCHEMA.Event]),
          IDENTITY + [Column("iso_date", literal(WSIS.isoDate)), Column("date_precision", literal(WSIS.datePrecision)),
                      Column("start_date", literal(SCHEMA.startDate)), Column("end_date", literal(SCHEMA.endDate))]
          + linked_columns("location", SCHEMA.location) + linked_columns("chair", WSIS.chair)
          + [Column("participant_count", literal(WSIS.participantCount)), Column("status", literal(WSIS.status))]
          + linked_columns("part_of", WSIS.partOf) + EVIDENCE),
    Table("resolutions.csv", _classes("Act", "Resolution", "Decision", "AgreedConclusions"),
          IDENTITY + [Column("number", literal(WSIS.number)), Column("symbol", literal(WSIS.symbol)),
                      Column("date", literal(WSIS.date)), Column("iso_date", literal(WSIS.isoDate)),
                      Column("year", literal(WSIS.year))]
          + linked_columns("issued_by", WSIS.issuedBy) + linked_columns("adopted_at", WSIS.adoptedAt)
          + linked_columns("adopted_in", WSIS.adoptedIn) + EVIDENCE),
    Table("facilitators.csv", _classes("Facilitation"),
          [Column("iri", lambda ix, s: s),
           Column("action_line_notation", lambda ix, s: SEP.join(ix.value(a, str(SKOS.notation)) for a in ix.values(s, str(WSIS.actionLine))))]
          + linked_columns("action_line", WSIS.actionLine) + [Column("rank", literal(WSIS.rank))]
          + linked_columns("agency", WSIS.agency) + [Column("listed_in", located(WSIS.listedIn))] + EVIDENCE),
    Table("directives.csv",
          _classes("Directive", "Request", "Commitment", "Invitation", "Instruction", "Target", "Recommendation", "Call"),
          [Column("iri", lambda ix, s: s), Column("type", lambda ix, s: ix.main_type(s))]
          + linked_columns("addressee", WSIS.addressee) + linked_columns("issuer", WSIS.issuer)
          + [Column("action_zh", literal(WSIS.action)), Column("deadline", literal(WSIS.deadline)),
             Column("deadline_qualifier", literal(WSIS.deadlineQualifier)),
             Column("date_precision", literal(WSIS.datePrecision)), Column("stated_in", located(WSIS.statedIn))]
          + EVIDENCE),
    Table("contributions.csv", _classes("Contribution"),
          [Column("iri", lambda ix, s: s)] + linked_columns("contributor", WSIS.contributor)
          + [Column("amount_chf", literal(WSIS.amountCHF)), Column("original_amount", literal(WSIS.originalAmount)),
             Column("original_currency", literal(WSIS.originalCurrency)), Column("status", literal(WSIS.status)),
             Column("as_of", literal(WSIS.asOf))]
          + linked_columns("to_fund", WSIS.toFund) + EVIDENCE),
]


def _sort_key(table: Table, ix: GraphIndex, subject: str):
    if table.file == "facilitators.csv":
        notation = SEP.join(ix.value(a, str(SKOS.notation)) for a in ix.values(subject, str(WSIS.actionLine)))
        rank = ix.value(subject, str(WSIS.rank))
        return (notation_key(notation), int(rank) if rank.isdigit() else 0, subject)
    return (subject,)


def notation_key(notation: str):
    """'C2' < 'C7' < 'C7 e-health' < 'C10' (numbers compared as numbers)."""
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", notation)]


def render(table: Table, ix: GraphIndex) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([c.name for c in table.columns])
    for subject in sorted(ix.subjects_of_class(set(table.classes)), key=lambda s: _sort_key(table, ix, s)):
        writer.writerow([c.get(ix, subject) for c in table.columns])
    return buffer.getvalue()


def render_all(ix: GraphIndex) -> dict[str, str]:
    """File name -> CSV text, for every table."""
    return {table.file: render(table, ix) for table in TABLES}
