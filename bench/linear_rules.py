"""Rules are linear in the text's length: build one paragraph of N bytes and of 10 N bytes.

    python bench/linear_rules.py [N_BYTES]      (default 40000)

The paragraph is one line (no breaks a parser could split on) mixing sentences of the genre that the
rules act on (dates, deadlines, amounts, requests, meetings, counts) with plain sentences. Prints, per
stage of the in-memory build (parse, mentions, facts, rdf, reasoning, validation), the seconds at both
sizes and their ratio; linear rules give a ratio near 10 (the acceptance bound is 12).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HEADER = "id\tfile\tlanguage\ttitle_en\ttitle_zh\tpublisher\tdate_or_period\tcontents\n"
ACTIVE = [
    "国际电联秘书长应于2003年3月31日前向理事会提交报告。",
    "会议于2002年7月1日至5日在日内瓦举行，约有1000名代表出席。",
    "瑞士政府捐助了50万瑞士法郎。",
    "理事会请秘书长继续与联合国教科文组织合作。",
    "该委员会将在2004年第二季度召开第二次会议。",
    "执行秘书处由约16名借调专家组成。",
]
PLAIN = "与会者就发展问题交换了意见，并认为还需要进一步讨论。"


def paragraph(n_bytes: int) -> str:
    """One numbered paragraph on one line: each active sentence followed by four plain ones."""
    unit = "".join(sentence + PLAIN * 4 for sentence in ACTIVE)
    return "1. " + unit * (n_bytes // len(unit.encode("utf-8")) + 1) + "\n"


def corpus(folder: Path, n_bytes: int) -> Path:
    folder.mkdir(parents=True)
    (folder / "p.txt").write_text(paragraph(n_bytes), encoding="utf-8")
    (folder / "MANIFEST.tsv").write_text(HEADER + "000\tp.txt\tzh\tT\t题\tITU\t2002\tx\n", encoding="utf-8")
    return folder


def stage_seconds(folder: Path) -> dict[str, float]:
    from graph_builder.pipeline import build

    start = time.perf_counter()
    result = build(folder, None)
    times = {s.name: s.seconds for s in result.stages}
    times["total"] = time.perf_counter() - start
    return times


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 40_000
    with tempfile.TemporaryDirectory() as tmp:
        stage_seconds(corpus(Path(tmp) / "warm", 2_000))  # imports and entity tables out of the timing
        small = stage_seconds(corpus(Path(tmp) / "small", n))
        large = stage_seconds(corpus(Path(tmp) / "large", 10 * n))
    print(f"{'stage':<12}{n:>10} B{10 * n:>11} B{'ratio':>8}")
    for name in small:
        ratio = large[name] / small[name] if small[name] > 0.01 else float("nan")
        print(f"{name:<12}{small[name]:>10.2f} s{large[name]:>10.2f} s{ratio:>8.1f}")


if __name__ == "__main__":
    main()
