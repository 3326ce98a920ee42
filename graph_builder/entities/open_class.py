"""Open-class entities: named things recognised by their form, listed in entities.yaml or not.

API (for fact rules and frames)
-------------------------------
``find_all_mentions(sources, ref)`` (graph_builder/entities/linker.py) returns the mentions of listed
entities plus the open-class ones found here; listed names win overlaps. Every mention is a
:class:`~graph_builder.entities.linker.Mention` ``(doc_id, start, end, surface, key)`` in original offsets,
and every key resolves: ``ref.by_key[key]`` holds listed and minted entities alike (minted ones also in
``ref.minted``), so ``Context.entity(key)`` accepts them.

- ``typed_mentions(ctx_or_mentions, ref, doc_id, start, end)`` -> ``[(Mention, KIND)]`` for a span, in
  text order, where KIND is one of :data:`KINDS` (PERSON, COUNTRY, GOVERNMENT, ORG, BODY, PLACE, EVENT,
  ACT, DOCUMENT, POST, or OTHER for action lines, themes and groups).
- ``entity_kind(ref, key)`` -> the KIND of a listed or minted key ('' when unknown).

Recognisers (each its own module): countries, their governments and missions (countries.py); persons
(persons.py). Minting (stable keys, labels, label sources) is in minting.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from graph_builder.corpus import SourceText
from graph_builder.entities import countries as C
from graph_builder.entities import persons as P
from graph_builder.entities.minting import SOURCE_NONE, SOURCE_TEXT, ascii_slug, mint
from graph_builder.entities.reference import Reference
from graph_builder.normalize import Normalized

KINDS = ("PERSON", "COUNTRY", "GOVERNMENT", "ORG", "BODY", "PLACE", "EVENT", "ACT", "DOCUMENT", "POST")

_CLASS_KIND = {
    "Person": "PERSON", "Country": "COUNTRY", "Government": "GOVERNMENT", "Post": "POST",
    "Place": "PLACE", "City": "PLACE", "Region": "PLACE",
    "Organization": "ORG", "UNSystemOrganization": "ORG", "IntergovernmentalOrganization": "ORG",
    "RegionalOrganization": "ORG", "Company": "ORG", "CivilSocietyOrganization": "ORG",
    "NonGovernmentalOrganization": "ORG",
    "Body": "BODY", "Council": "BODY", "Committee": "BODY", "Subcommittee": "BODY", "WorkingGroup": "BODY",
    "TaskForce": "BODY", "Secretariat": "BODY", "Forum": "BODY", "Fund": "BODY", "Conference": "BODY",
    "Event": "EVENT", "SummitPhase": "EVENT", "PrepCom": "EVENT", "RegionalConference": "EVENT",
    "CouncilSession": "EVENT", "PlenipotentiaryConference": "EVENT", "CommitteeMeeting": "EVENT",
    "Meeting": "EVENT",
    "Resolution": "ACT", "Decision": "ACT", "AgreedConclusions": "ACT",
    "Document": "DOCUMENT", "OutcomeDocument": "DOCUMENT", "Report": "DOCUMENT", "CouncilDocument": "DOCUMENT",
}


def entity_kind(ref: Reference, key: str) -> str:
    """KIND of a listed or minted key: PERSON, COUNTRY, ... ('OTHER' for concepts, '' when unknown)."""
    e = ref.by_key.get(key)
    if e is None:
        return ""
    return _CLASS_KIND.get(e.cls, "OTHER")


def typed_mentions(mentions, ref: Reference, doc_id: str, start: int, end: int) -> list[tuple]:
    """``[(mention, KIND)]`` inside ``[start, end)`` of ``doc_id``; ``mentions`` is a fact Context or a list."""
    if hasattr(mentions, "mentions_in"):
        found = mentions.mentions_in(doc_id, start, end)
    else:
        found = sorted(m for m in mentions if m.doc_id == doc_id and start <= m.start and m.end <= end)
    return [(m, entity_kind(ref, m.key)) for m in found]


@dataclass(frozen=True)
class _Hit:
    start: int  # normalised offsets
    end: int
    key: str


class OpenClassRecognizer:
    """Finds and mints open-class entities for one reference list (build once per build)."""

    def __init__(self, ref: Reference) -> None:
        self.ref = ref
        self.countries = C.CountryIndex(ref)
        self._forms = sorted(self.countries.forms.values(), key=lambda f: (-len(f.form), f.form))
        self.person_forms: dict[str, str] = {}  # zh form seen with a Latin form -> key
        self._person_en = {ascii_slug(e.en): e.key for e in ref.entities if e.cls == "Person"}
        from graph_builder.entities.segment import add_words

        # long forms only: a short name added to jieba's dictionary would outweigh the words around it
        # (明智利用 would become 明|智利|用)
        add_words(f.form for f in self._forms if len(f.form) >= 4)

    # ------------------------------------------------------------------ persons
    def prime(self, sources: Iterable[SourceText]) -> None:
        """Learn the Latin forms of dotted names in every source first, so a bare mention anywhere resolves."""
        for s in sources:
            text = Normalized.of(s.text).text
            for h in P.dotted_names(text, bytearray(len(text))):
                if h.latin:
                    self.person_forms.setdefault(h.surface, self._person_key(h.latin))

    def _person_key(self, latin: str) -> str:
        slug = ascii_slug(latin)
        return self._person_en.get(slug) or f"person/{slug}"

    # ------------------------------------------------------------------ one document
    def find(self, source: SourceText, known: list) -> list:
        from graph_builder.entities.linker import Mention

        norm = Normalized.of(source.text)
        text = norm.text
        covered = bytearray(len(source.text) + 1)
        for m in known:
            covered[m.start : m.end] = b"\x01" * (m.end - m.start)
        taken = bytearray(covered[o] for o in norm.offsets)
        hits: list[_Hit] = []
        hits += self._named_forms(text, taken)
        hits += self._countries(text, taken)
        hits += self._persons(text, taken)
        out = []
        for h in hits:
            start, end = norm.span(h.start, h.end)
            out.append(Mention(source.doc_id, start, end, source.text[start:end], h.key))
        return sorted(out)

    def _claim(self, taken: bytearray, i: int, j: int) -> None:
        taken[i:j] = b"\x01" * (j - i)

    def _named_forms(self, text: str, taken: bytearray) -> list[_Hit]:
        from graph_builder.entities import named_forms as N

        out = []
        by_acronym = {e.acronym: e.key for e in self.ref.entities if e.acronym}
        for h in N.acronym_names(text):
            if any(taken[h.start : h.end]):
                continue
            key = by_acronym.get(h.acronym)
            if key is None:
                kind = {"Document": "document", "Report": "document", "Initiative": "initiative",
                        "Organization": "org"}.get(h.cls, "body")
                key = mint(self.ref, f"{kind}/{ascii_slug(h.acronym)}", h.cls, text[h.start : h.end])
                self.ref.by_key[key].acronym = self.ref.by_key[key].acronym or h.acronym
            self._claim(taken, h.start, h.end)
            out.append(_Hit(h.start, h.end, key))
        for start, end, title in N.titles(text):
            i, j = start + 1, end - 1
            if any(taken[start:end]):
                continue
            slug = ascii_slug(title)[:80].rstrip("-")
            if not slug:
                continue
            key = mint(self.ref, f"document/{slug}", "Document", title)
            self._claim(taken, i, j)
            out.append(_Hit(i, j, key))
        return out

    def _countries(self, text: str, taken: bytearray) -> list[_Hit]:
        from graph_builder.entities.segment import starts_word

        out = []
        for cf in self._forms:
            k = text.find(cf.form)
            while k >= 0:
                j = k + len(cf.form)
                if not any(taken[k:j]) and starts_word(text, k, j, C.TAILS):
                    gov, mission = C.government_tail(text, j), C.mission_tail(text, j)
                    if gov and not any(taken[j:gov]):
                        key = self.countries.mint_government(cf, text[k:gov])
                        end = gov
                    elif mission:  # listed names inside (联合国, 日内瓦) stay linked as well
                        key = self.countries.mint_mission(cf, text[k:mission])
                        end = mission
                    else:
                        key, end = self.countries.mint_country(cf.country, cf.form), j
                    self._claim(taken, k, end)
                    out.append(_Hit(k, end, key))
                k = text.find(cf.form, k + 1)
        return out

    def _persons(self, text: str, taken: bytearray) -> list[_Hit]:
        out = []
        for h in P.dotted_names(text, taken) + P.latin_titled(text, taken):
            if any(taken[h.start : h.end]):
                continue
            if h.latin:
                key = self._person_key(h.latin)
                mint(self.ref, key, "Person", h.surface, h.latin, SOURCE_TEXT)
            elif h.surface in self.person_forms:
                key = self.person_forms[h.surface]
                mint(self.ref, key, "Person", h.surface)
            else:
                key = f"person/{ascii_slug(h.surface)}"
                mint(self.ref, key, "Person", h.surface, "", SOURCE_NONE)
            self._claim(taken, h.start, h.end)
            out.append(_Hit(h.start, h.end, key))
        for h in P.officials(text, taken):
            key = f"person/{ascii_slug(h.surface[0] + ' ' + h.surface[1:])}"  # family name, given name
            mint(self.ref, key, "Person", h.surface, "", SOURCE_NONE)
            self._claim(taken, h.start, h.end)
            out.append(_Hit(h.start, h.end, key))
        return out
