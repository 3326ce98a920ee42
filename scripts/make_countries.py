"""Write graph_builder/data/countries.tsv: every ISO 3166-1 country and territory in English and Chinese.

Source: pycountry (ISO 3166-1 names and official names, and their zh_CN translations shipped with it),
corrected to the United Nations' official short names where those differ (the UN writes 'Republic of
Korea', 'Iran (Islamic Republic of)', 大不列颠及北爱尔兰联合王国 ...), plus the short Chinese forms that
UN Chinese texts use beside the official ones (韩国, 俄罗斯, 美国 ...).

Run:  python scripts/make_countries.py            (rewrites the file; byte-identical on the same pycountry)
      python scripts/make_countries.py --coverage (also prints how much of ISO 3166-1 pycountry translates)
"""

from __future__ import annotations

import gettext
import re
import sys
import unicodedata
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "graph_builder" / "data" / "countries.tsv"

# UN official English short names (UN Terminology Database / M49) where ISO 3166-1 as shipped differs.
UN_EN = {
    "BO": "Bolivia (Plurinational State of)",
    "CD": "Democratic Republic of the Congo",
    "FM": "Micronesia (Federated States of)",
    "GB": "United Kingdom of Great Britain and Northern Ireland",
    "HK": "China, Hong Kong Special Administrative Region",
    "IR": "Iran (Islamic Republic of)",
    "KP": "Democratic People's Republic of Korea",
    "KR": "Republic of Korea",
    "MD": "Republic of Moldova",
    "MO": "China, Macao Special Administrative Region",
    "PS": "State of Palestine",
    "TZ": "United Republic of Tanzania",
    "US": "United States of America",
    "VA": "Holy See",
    "VE": "Venezuela (Bolivarian Republic of)",
    "VG": "British Virgin Islands",
    "VI": "United States Virgin Islands",
}
# UN official Chinese short names where the zh_CN translation of ISO 3166-1 differs.
UN_ZH = {
    "AE": "阿拉伯联合酋长国",
    "BD": "孟加拉国",
    "BN": "文莱达鲁萨兰国",
    "BO": "多民族玻利维亚国",
    "GB": "大不列颠及北爱尔兰联合王国",
    "GT": "危地马拉",
    "KH": "柬埔寨",
    "MT": "马耳他",
    "SZ": "埃斯瓦蒂尼",
    "TT": "特立尼达和多巴哥",
    "HK": "中国香港特别行政区",
    "MO": "中国澳门特别行政区",
    "PS": "巴勒斯坦国",
    "RU": "俄罗斯联邦",
    "TZ": "坦桑尼亚联合共和国",
    "US": "美利坚合众国",
    "VA": "教廷",
}
# Short Chinese forms in common use beside the official names.
ZH_SHORT = {
    "AE": ["阿联酋"], "BN": ["文莱"], "BD": ["孟加拉国"], "BO": ["玻利维亚", "玻利维亚（多民族国）"], "CD": ["刚果（金）"], "CG": ["刚果（布）"], "GB": ["英国"], "HK": ["香港"],
    "IR": ["伊朗"], "KP": ["朝鲜"], "KR": ["韩国"], "LA": ["老挝"], "MD": ["摩尔多瓦"], "MO": ["澳门"],
    "PS": ["巴勒斯坦"], "RU": ["俄罗斯"], "SY": ["叙利亚"], "TZ": ["坦桑尼亚"], "US": ["美国"],
    "VA": ["梵蒂冈"], "VE": ["委内瑞拉", "委内瑞拉（玻利瓦尔共和国）"],
    # the UN's bracketed forms in lists of countries, and names in use before the current ones
    "GT": ["瓜地马拉"], "MT": ["马尔他"], "SZ": ["斯威士兰"], "TT": ["特里尼达和多巴哥"], "CZ": ["捷克共和国"], "KG": ["吉尔吉斯斯坦"], "MN": ["蒙古国"],
}
# Not independent states: recognised as places (wsis:Region) of the country given here.
REGION_OF = {"HK": "CN", "MO": "CN", "TW": "CN"}
# English names that take 'the' after 'Government of'.
_THE = re.compile(r"\b(Republic|Kingdom|Federation|States|Islands|Emirates|Netherlands|Philippines|Gambia|"
                  r"Bahamas|Holy See|Maldives|Comoros|Seychelles|Union)\b|^(Congo|Niger)$")


def slug(text: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")


def government_en(en: str, official: str) -> str:
    m = re.match(r"^(.*) \((.*)\)$", en)
    if m:
        return f"Government of the {official or m.group(2) + ' ' + m.group(1)}"
    return f"Government of the {en}" if _THE.search(en) else f"Government of {en}"


def rows() -> list[list[str]]:
    zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"]).gettext
    out = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        en = UN_EN.get(c.alpha_2, c.name)
        official = getattr(c, "official_name", "")
        if official.startswith("the "):
            official = official[4:]
        name_zh = UN_ZH.get(c.alpha_2, zh(c.name))
        aliases = [zh(c.name)] + ZH_SHORT.get(c.alpha_2, [])
        official_zh = zh(official) if official and zh(official) not in (official, name_zh) else ""
        aliases = [a for a in dict.fromkeys(aliases) if a not in (name_zh, official_zh)]
        cls = "Region" if c.alpha_2 in REGION_OF else "Country"
        out.append([c.alpha_2, c.alpha_3, slug(en), cls, en, official, name_zh, official_zh, "|".join(aliases),
                    REGION_OF.get(c.alpha_2, ""), government_en(en, official) if cls == "Country" else ""])
    return out


def coverage() -> str:
    zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"]).gettext
    names = [c.name for c in pycountry.countries]
    done = sum(1 for n in names if zh(n) != n)
    officials = [c.official_name for c in pycountry.countries if hasattr(c, "official_name")]
    done_o = sum(1 for n in officials if zh(n) != n)
    return (f"pycountry {len(names)} ISO 3166-1 entries: {done} names with zh_CN ({done / len(names):.0%}), "
            f"{done_o}/{len(officials)} official names with zh_CN")


HEADER = ["iso2", "iso3", "slug", "class", "en", "en_official", "zh", "zh_official", "zh_aliases", "region_of",
          "government_en"]


def main() -> None:
    lines = ["\t".join(HEADER)] + ["\t".join(r) for r in rows()]
    OUT.write_text("# generated by scripts/make_countries.py from pycountry (ISO 3166-1) and UN short names\n"
                   + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(lines) - 1} rows)")
    if "--coverage" in sys.argv:
        print(coverage())


if __name__ == "__main__":
    main()
