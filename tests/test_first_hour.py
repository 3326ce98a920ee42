"""A researcher's first hour: everyday tasks, each one command on the full build of the bundled corpus."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from graph_builder.cli import main

ROOT = Path(__file__).resolve().parents[1]
ID = "https://w3id.org/wsiskg/id/"


@pytest.fixture(scope="module")
def data(built) -> Path:
    return built[1]


def run(capsys, *args) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main([str(a) for a in args])
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def rows(capsys, *args) -> list[dict]:
    code, out, err = run(capsys, *args, "--format", "csv")
    assert code == 0, err
    return list(csv.DictReader(io.StringIO(out)))


# -- forgiving search -------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["Internet Governence Forum", "internet governance forum", "IGF", "因特网治理论坛",
                                   "網際網路治理論壇", "互联网治理论坛"])
def test_search_forgives_typos_variants_and_traditional_forms(capsys, data, typed):
    found = rows(capsys, "search", typed, "--data", data)
    assert found[0]["entity"] == ID + "body/igf", found[:3]


def test_search_one_row_per_entity(capsys, data):
    found = rows(capsys, "search", "ITU", "--data", data)
    entities = [r["entity"] for r in found]
    assert entities[0] == ID + "org/itu" and len(entities) == len(set(entities))


def test_country_finds_its_government_agencies_and_their_money(capsys, data):
    for name in ("Switzerland", "瑞士"):
        found = {r["entity"] for r in rows(capsys, "search", name, "--data", data)}
        assert {ID + "place/switzerland", ID + "org/government-of-switzerland", ID + "org/sdc"} <= found
        assert ID + "contribution/001-annex-1.2-row-1" in found  # the Swiss government's pledge
        assert ID + "contribution/001-annex-1.1-row-14" in found  # the Swiss agency's contribution
        # an amount in Swiss francs is not a match for 瑞士 by itself: only the Swiss contributors' money
        others = {r["entity"] for r in rows(capsys, "search", name, "--data", data)
                  if "/contribution/" in r["entity"] and not r["via"]}
        assert not others


def test_nothing_found_suggests(capsys, data):
    code, _, err = run(capsys, "search", "Telcom Unon", "--data", data)
    assert code != 0 and "did you mean: 'African Telecommunications Union'" in err
    code, _, err = run(capsys, "search", "zzzqqq", "--data", data)
    assert code != 0 and len(err.splitlines()) == 1 and "nothing is named like" in err
