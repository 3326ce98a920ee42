"""Helpers for the action-line, directive and document rule tests: synthetic texts parsed with a profile."""

from __future__ import annotations

import re
from pathlib import Path

import graph_builder.structure.parser as parser
from graph_builder.corpus import SourceText
from graph_builder.entities.linker import find_all_mentions
from graph_builder.facts import extract

FILE = "950-test.zh.txt"
# Two outcome-document-like parts, as the 004 profile lays them out (layout only, no facts).
PROFILE = {"locator_prefix": False, "parts": [
    {"id": "declaration", "name": "Declaration", "marker": r"^日内瓦\s*原则宣言\s*$", "headings": "heading"},
    {"id": "plan", "name": "Plan", "marker": r"^测试\s*行动计划\s*$", "headings": "heading"},
    {"id": "commitment", "name": "Commitment", "marker": r"^突尼斯\s*\n\s*\n?\s*承诺\s*$", "headings": "heading"},
    {"id": "agenda", "name": "Agenda", "marker": r"^测试\s*议程\s*$", "headings": "heading"},
]}


def store_for(monkeypatch, reference, text: str, rules: list[str], profile: dict | None = PROFILE,
              doc_id: str = "950"):
    """Parse ``text`` as a corpus file (with ``profile``) and run ``rules``; (store, document).

    ``doc_id="004"`` lets the reference list's 004-only names (action lines, sub-lines) link in the text.
    """
    profiles = dict(parser.load_profiles())
    if profile is not None:  # keep the parts the text has
        parts = [x for x in profile["parts"] if re.search(x["marker"], text, re.M)]
        if parts:  # none: the text is parsed generically, as one body
            profiles[FILE] = {**profile, "parts": parts}
    monkeypatch.setattr(parser, "load_profiles", lambda: profiles)
    src = SourceText(doc_id, Path(FILE), text, "zh", "Test report", "测试报告", "ITU", "2005", "")
    doc = parser.parse_document(src)
    return extract([doc], reference, find_all_mentions([src], reference), only=rules), doc


def extract_text(reference, text: str, rules: list[str], doc_id: str = "900"):
    """Parse ``text`` generically (no profile) and run ``rules``: (store, source)."""
    src = SourceText(doc_id, Path(f"{doc_id}-test.zh.txt"), text, "zh", "test", "测试", "test", "2003", "")
    doc = parser.parse_document(src)
    return extract([doc], reference, find_all_mentions([src], reference), only=rules), src


def objects(store, s, p) -> set:
    return {o for (s2, p2, o) in store.facts if s2 == s and p2 == p}


def subjects(store, p, o) -> set:
    return {s for (s, p2, o2) in store.facts if p2 == p and o2 == o}


def quotes(store, doc, s, p, o) -> list[str]:
    return sorted(doc.source.text[e.start : e.end] for e in store.facts[(s, p, o)])
