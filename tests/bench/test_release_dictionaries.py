"""Dropping the segmenters' dictionaries after the facts stage (``build(..., release_dictionaries=True)``,
what ``wsiskg build`` does) changes nothing a later use sees: jieba and pypinyin load again, with the
project's own words taught again, and segment and transliterate as before. Run in a fresh interpreter, so
the rest of the session keeps its own jieba."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r'''
import sys
from graph_builder.entities import segment
from graph_builder.facts.frames.mint import pinyin_slug

# Sentences written for this test, in the genre: a country inside a longer word, a taught term, a name.
TEXTS = ("发达和发展中国家的代表团团长在日内瓦举行会议，讨论可持续发展目标。",
         "秘书长请国际电联与联合国教科文组织共同牵头该行动方针。")


def tokens():
    import jieba.posseg as pseg

    plain = [list(segment._jieba().cut(t, HMM=False)) for t in TEXTS]
    tagged = [[(w.word, w.flag) for w in pseg.cut(t)] for t in TEXTS]
    return [plain, tagged, [segment.starts_word(TEXTS[0], 5, 7)], [pinyin_slug("沙姆沙伊赫")]]


segment.add_words(["行动方针"])
before = tokens()
segment.release()
assert not [n for n in sys.modules if n.split(".")[0] in ("jieba", "pypinyin")], "modules still loaded"
assert not segment._ADDED
segment.add_words(["行动方针"])
assert tokens() == before, "segmentation changed after a reload"
print("ok")
'''


def test_release_then_reload_gives_the_same_segmentation():
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "ok"
