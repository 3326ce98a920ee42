"""Traditional Chinese characters: a simplified shadow of a text, position for position.

The rules, entity lists and recognisers are written in simplified characters. A text written in traditional
characters is read through its *shadow*: the same text with every traditional character replaced by its
simplified form, one character for one, so that every offset into the shadow is an offset into the text as
written. Evidence quotes, node texts and mention surfaces are taken from the text as written at those
offsets (:attr:`graph_builder.corpus.SourceText.verbatim`).

The character table is OpenCC's (traditional -> simplified, with the Hong Kong and Taiwan variant forms),
asked once per distinct character of the text; a conversion that is not one character long keeps the
character as written. Phrase-level conversions (瞭解 -> 了解) and regional vocabulary (軟體 for 软件) are not
undone: they would change lengths, and the simplified forms are valid characters either way.
"""

from __future__ import annotations

import re
from functools import lru_cache

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# OpenCC configurations asked in turn: the standard table first, then the regional variant forms (衞 -> 卫).
_CONFIGS = ("t2s", "hk2s", "tw2s")
# Share of Han characters that must be traditional-only for a text to count as written in traditional script
# (a simplified text may carry a stray traditional character).
_HANT_SHARE = 0.02


@lru_cache(maxsize=None)
def _converter(config: str):
    try:
        import opencc
    except ImportError:  # the wheel is missing on this platform: texts are then read as written
        return None
    return opencc.OpenCC(config)


# Character -> its simplified form (itself when it has none of one character), filled as texts are read.
_KNOWN: dict[str, str] = {}


def _table(chars: list[str]) -> dict[str, str]:
    """Character -> its simplified form, for the characters of ``chars`` that have one of one character."""
    todo = [ch for ch in chars if ch not in _KNOWN]
    for config in _CONFIGS:
        converter = _converter(config)
        if converter is None or not todo:
            break
        converted = converter.convert("\n".join(todo)).split("\n")
        if len(converted) != len(todo):  # a conversion joined or split lines: ask one character at a time
            converted = [converter.convert(ch) for ch in todo]
        rest = []
        for ch, simple in zip(todo, converted):
            if simple != ch and len(simple) == 1:
                _KNOWN[ch] = simple
            else:
                rest.append(ch)
        todo = rest
    if _converter(_CONFIGS[0]) is not None:  # without OpenCC nothing is known: ask again next time
        for ch in todo:
            _KNOWN[ch] = ch
    return {ch: _KNOWN[ch] for ch in chars if _KNOWN.get(ch, ch) != ch}


def shadow(text: str) -> str:
    """``text`` with its traditional characters simplified, same length and offsets (``text`` itself when it
    has none). Linear: one pass for the set of characters, one OpenCC call per configuration on that set."""
    chars = sorted(ch for ch in set(text) if _HAN.match(ch))
    table = _table(chars)
    if not table:
        return text
    return text.translate(str.maketrans(table))


def is_traditional(written: str, simplified: str) -> bool:
    """Whether a text (``written``, with its :func:`shadow` ``simplified``) is written in traditional script."""
    if written is simplified or written == simplified:
        return False
    han = sum(1 for ch in written if _HAN.match(ch))
    changed = sum(1 for a, b in zip(written, simplified) if a != b)
    return han > 0 and changed >= _HANT_SHARE * han


def as_written(written: str, simplified: str, value: str, start: int, end: int) -> str:
    """``value`` (a string the rules read in ``simplified[start:end]``) in the characters of ``written``; the
    value itself when it is not a slice of that span."""
    if written is simplified:
        return value
    k = simplified.find(value, start, end)
    if k < 0:
        return value
    return written[k : k + len(value)]
