"""Word boundaries from jieba, to keep a short name from matching inside a longer word.

中国 inside 发展中国家 ('developing countries') or 智利 inside 明智利用 is no mention of China or Chile:
a candidate is kept only when jieba's segmentation of the text around it does not put its first character
inside a longer word. jieba loads its dictionary once (about 1 s) and only when a candidate needs checking.
Measured on the bundled corpus plus the devdoc: of 208 matches of a country form, jieba refuses 90 inside
发展中国(家) and 25 inside 瑞士法郎 (a currency), and keeps 93, all real mentions; no real mention is refused.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Iterable

_WINDOW = 12  # characters of context on each side; jieba decides a boundary from nearby words


# Words jieba's dictionary lacks that contain a country name: 发达和发展中国 ('developed and developing
# countries', with 家 left out) is split 发展/中国 without this.
_WORDS = ("发展中国",)
# Terms of the genre jieba splits into a verb and the rest (可|持续发展): as one noun they keep a name whole when
# it is read back from its suffix word (…和可持续发展目标工作组, 2030年可持续发展议程).
_TAGGED = (("可持续发展", "vn"),)


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    for w in _WORDS:
        jieba.add_word(w, freq=100000)
    for w, tag in _TAGGED:
        jieba.add_word(w, freq=100000, tag=tag)
    return jieba


_ADDED: set[str] = set()


def add_words(words: Iterable[str]) -> None:
    """Teach jieba names it should keep whole (the country list: 斯洛文尼亚, 大韩民国 ...)."""
    jb = _jieba()
    for w in words:
        if w and w not in _ADDED:
            jb.add_word(w, freq=2000)
            _ADDED.add(w)


def release() -> None:
    """Forget jieba and pypinyin with their dictionaries (word list, part-of-speech table, phrases:
    about 120 MB).

    The build calls this once the stages that segment or transliterate text are done, so the exports
    reuse that memory. Every use imports them inside the function that needs them, so dropping the
    modules leaves nothing behind: a later use loads fresh ones, with the words of this module taught
    again, exactly as a new process would. What is left of them is cyclic (modules and their functions):
    the caller collects it.
    """
    import sys

    _jieba.cache_clear()
    _ADDED.clear()
    # the two tables are emptied first: the modules form reference cycles, which a collector paused or
    # frozen by the build would keep alive until the build returns
    jieba = sys.modules.get("jieba")
    if jieba is not None:
        jieba.dt.FREQ, jieba.dt.total, jieba.dt.initialized = {}, 0, False
    posseg = sys.modules.get("jieba.posseg")
    if posseg is not None:
        posseg.dt.word_tag_tab = {}
    for name in [n for n in sys.modules if n.split(".")[0] in ("jieba", "pypinyin")]:
        del sys.modules[name]


def _cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def starts_word(text: str, i: int, j: int, allowed_tails: tuple[str, ...] = ()) -> bool:
    """True when ``text[i:j]`` begins a word and does not end inside a longer word.

    A longer word that begins with the candidate is accepted only when the rest of it is one of
    ``allowed_tails`` (中国政府 is 'Government of China': tail 政府).
    """
    before = i > 0 and _cjk(text[i - 1])
    after = j < len(text) and _cjk(text[j])
    if not before and not after:
        return True
    lo = max(0, i - _WINDOW)
    window = text[lo : min(len(text), j + _WINDOW)]
    pos = lo
    for tok in _jieba().cut(window, HMM=False):
        end = pos + len(tok)
        if pos < i < end:
            return False  # the candidate starts inside a word
        if pos == i:
            if end <= j:
                return True
            tail = tok[j - pos :]
            return any(tail.startswith(t) or t.startswith(tail) for t in allowed_tails)
        if pos > i:
            return True
        pos = end
    return True


def ends_word(text: str, i: int, j: int) -> bool:
    """True when no word of jieba's segmentation runs across the end ``j`` of ``text[i:j]``: a name whose last
    characters begin a longer word is part of a longer name (利马 in 利|马尔堡)."""
    if j >= len(text) or not _cjk(text[j]) or not _cjk(text[j - 1]):
        return True
    lo = max(0, i - _WINDOW)
    pos = lo
    for tok in _jieba().cut(text[lo : min(len(text), j + _WINDOW)], HMM=False):
        end = pos + len(tok)
        if pos < j < end:
            return False
        if pos >= j:
            return True
        pos = end
    return True
