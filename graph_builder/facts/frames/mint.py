"""Keys and labels for things a text names that the reference list lacks (open-class names).

One function, :func:`mint_key`, turns a Chinese name (and an English one when the text gives it) into a
stable readable ASCII key ``kind/slug``: the slug comes from the English name when there is one, else from
the pinyin of the Chinese name (pypinyin), so the same name always gives the same key in any document.
"""

from __future__ import annotations

import re

from graph_builder.rdf.namespaces import slugify

_HAN = re.compile(r"[\u4e00-\u9fff]")


def pinyin_slug(zh: str) -> str:
    """'沙姆沙伊赫' -> 'shamushayihe'; Latin and digits kept; other characters dropped."""
    try:  # pypinyin gives readable slugs for Chinese-only names; without it a hash keeps them stable
        from pypinyin import lazy_pinyin  # imported where used: the build may drop its dictionaries later
    except ImportError:  # pragma: no cover
        from graph_builder.rdf.namespaces import short_hash

        return "zh-" + short_hash(zh)[:10]
    parts = lazy_pinyin(zh, errors=lambda s: [s])
    return slugify("".join(p if not _HAN.search(p) else "" for p in parts)) or "x"


def mint_key(kind: str, zh: str, en: str | None = None) -> str:
    """Stable key for an open-class name: ``person/kofi-asante-mensah``, ``place/shamushayihe``."""
    slug = slugify(en) if en else pinyin_slug(zh)
    return f"{kind}/{slug}"
