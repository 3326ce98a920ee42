"""Stable keys and descriptions for named things that graph_builder/data/entities.yaml does not list.

A minted entity is an :class:`~graph_builder.entities.reference.Entity` kept in ``Reference.minted`` (and
``Reference.by_key``, so fact rules resolve its key like a listed one). Its key is ``kind/slug`` with an
ASCII slug made from the English name when the text or a maintained list gives one, else from a
transliteration of the Chinese name (pinyin, via pypinyin): the same name in two documents gives the
same key. ``label_source`` says where the English label came from; ``none`` means there is none and the
entity is listed in exports/reports/untranslated.tsv.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from graph_builder.entities.reference import Entity, Reference

# Where an English label came from (the values of wsis:labelSource).
SOURCE_TEXT = "text"  # the text gives it (a Latin form in parentheses, an acronym)
SOURCE_ISO = "iso3166"  # ISO 3166-1 via pycountry, corrected to UN short names (graph_builder/data/countries.tsv)
SOURCE_CLDR = "cldr"  # English and Chinese names paired by the Unicode CLDR: a city (data/cities.tsv), a UN M49 region (data/regions.tsv)
SOURCE_GEONAMES = "geonames"  # a capital the CLDR lacks, named by the GeoNames gazetteer (data/cities.tsv)
SOURCE_DERIVED = "derived"  # built from a listed name by a fixed pattern ('Government of X')
SOURCE_NONE = "none"  # no English source: zh only

_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass
class MintedEntity(Entity):
    """An entity recognised by its form; ``en`` is empty when ``label_source`` is ``none``."""

    label_source: str = SOURCE_NONE


def ascii_slug(text: str) -> str:
    """``Jiří Dvořák`` -> ``jiri-dvorak``; Chinese characters are transliterated first."""
    if _CJK.search(text):
        text = pinyin(text)
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")


def pinyin(text: str) -> str:
    """Toneless pinyin, syllables of one word run together, words split on the name separators (·, -)."""
    from pypinyin import Style, lazy_pinyin

    parts = re.split(r"[·•・‧\-\s]+", text)
    return " ".join("".join(lazy_pinyin(p, style=Style.NORMAL, errors="default")) for p in parts if p)


def mint(ref: Reference, key: str, cls: str, zh: str, en: str = "", source: str = SOURCE_NONE, *,
         country: str = "", parent: str = "", alias: str = "") -> str:
    """Register ``key`` (unless listed or already minted) and return it; record ``alias`` as a further form."""
    known = ref.by_key.get(key)
    if known is None:
        e = MintedEntity(key=key, cls=cls, en=en if source != SOURCE_NONE else "", zh=zh, country=country,
                         parent=parent, label_source=source if en else SOURCE_NONE)
        ref.minted[key] = e
        ref.by_key[key] = e
        known = e
    if isinstance(known, MintedEntity):
        from graph_builder.entities.reference import Alias

        for form in (alias,) if alias else ():
            if form != known.zh and form != known.en and all(a.form != form for a in known.aliases):
                known.aliases.append(Alias(form))
        if zh and _CJK.search(zh) and zh < known.zh and zh not in (a.form for a in known.aliases):
            # the label is the smallest form seen, so the result does not depend on document order
            known.aliases.append(Alias(known.zh))
            known.zh = zh
            known.aliases = [a for a in known.aliases if a.form != zh]
        elif zh and zh != known.zh and all(a.form != zh for a in known.aliases):
            known.aliases.append(Alias(zh))
    return key


def kind_of(ref: Reference, key: str) -> str:
    """The class of a listed or minted key ('' when unknown)."""
    e = ref.by_key.get(key)
    return e.cls if e is not None else ""
