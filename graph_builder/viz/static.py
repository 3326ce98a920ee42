"""Static SVG and PNG pictures of the network, timeline and matrix, for reports and the README.

matplotlib with the Agg backend, the same precomputed layout as the page, a fixed SVG hash salt and
no date or version stamps, so re-runs are byte-identical. Chinese is drawn with the first CJK font
found by family name (Linux, macOS and Windows names, see :data:`CJK_FAMILIES`) through matplotlib's
font fallback; without one every label is drawn in English (:func:`cjk_font` is None) instead of
as empty boxes with a warning per missing glyph.
"""

from __future__ import annotations

import io
import re
import warnings
from datetime import date
from functools import lru_cache

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402  (the backend must be chosen first)
from matplotlib import font_manager  # noqa: E402
from matplotlib.collections import LineCollection  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402


# Families that cover simplified Chinese, in order of preference: Linux (Noto/Source Han, WenQuanYi,
# Droid), macOS (PingFang, Hiragino, Heiti, Songti, STHeiti), Windows (Microsoft YaHei, SimHei, SimSun, DengXian).
CJK_FAMILIES = [
    "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN", "Noto Sans CJK JP",
    "Source Han Sans", "Noto Serif CJK SC", "PingFang SC", "Hiragino Sans GB", "Heiti SC", "STHeiti",
    "Songti SC", "Microsoft YaHei", "SimHei", "DengXian", "SimSun", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei",
    "Droid Sans Fallback", "AR PL UMing CN", "AR PL UKai CN",
]
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")
LANE_COLOURS = {"meeting": "#2ca02c", "act": "#9467bd", "deadline": "#d62728"}
PRECISION_ALPHA = {"day": 1.0, "month": 0.75, "season": 0.55, "quarter": 0.55, "half-year": 0.4, "year": 0.3}


# File names of the same fonts, for a matplotlib font cache built before they were installed.
_CJK_FILES = re.compile(r"(?i)cjk|sourcehan|wqy|wenquanyi|msyh|simhei|simsun|dengxian|pingfang|hiragino|"
                        r"stheiti|songti|droidsansfallback|uming|ukai")


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """The first installed family of :data:`CJK_FAMILIES`, or None.

    matplotlib lists fonts from a cache that does not notice fonts installed after it was written; when
    the cache knows no CJK family, the system's font files are looked at by name and added (~30 ms).
    """
    def first() -> str | None:
        available = {f.name for f in font_manager.fontManager.ttflist}
        return next((family for family in CJK_FAMILIES if family in available), None)

    found = first()
    if found is None:
        for path in sorted(font_manager.findSystemFonts()):
            if _CJK_FILES.search(path.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]):
                try:
                    font_manager.fontManager.addfont(path)
                except (OSError, RuntimeError, ValueError):  # an unreadable font file is skipped
                    continue
        found = first()
    return found


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def zh(text: str) -> str:
    """Chinese text when a CJK font can draw it, else nothing (the English label stands alone)."""
    return text if cjk_font() else ""


def label(en: str, fallback: str = "") -> str:
    """An English label that never asks for a CJK glyph the installed fonts lack."""
    if cjk_font() or not has_cjk(en):
        return en
    return fallback if fallback and not has_cjk(fallback) else _CJK.sub("", en).strip() or "?"


def _style() -> dict:
    fonts = ["DejaVu Sans"] + ([cjk_font()] if cjk_font() else [])
    return {"font.family": fonts, "svg.hashsalt": "wsiskg", "svg.fonttype": "path", "axes.unicode_minus": False}


def _save(fig, tight: bool = True) -> tuple[bytes, bytes]:
    svg, png = io.BytesIO(), io.BytesIO()
    bbox = "tight" if tight else None
    with warnings.catch_warnings():  # a glyph no installed font has: one notice from `wsiskg viz`, not one per glyph
        warnings.filterwarnings("ignore", message="Glyph .* missing")
        fig.savefig(svg, format="svg", bbox_inches=bbox, metadata={"Date": None, "Creator": None})
        fig.savefig(png, format="png", bbox_inches=bbox, dpi=110, metadata={"Software": None})
    plt.close(fig)
    return svg.getvalue(), png.getvalue()


def network_picture(data: dict, labelled: int = 40) -> tuple[bytes, bytes]:
    """The entity network: nodes coloured by group, the best-connected ``labelled`` nodes named."""
    with plt.rc_context(_style()):
        fig, ax = plt.subplots(figsize=(12, 12))
        pos = {n["id"]: (n["x"], 1000 - n["y"]) for n in data["nodes"]}
        segments = [(pos[e["s"]], pos[e["o"]]) for e in data["edges"]]
        ax.add_collection(LineCollection(segments, colors="#999999", linewidths=0.5, alpha=0.6))
        degree = {n["id"]: 0 for n in data["nodes"]}
        for e in data["edges"]:
            degree[e["s"]] += 1
            degree[e["o"]] += 1
        connected = [n for n in data["nodes"] if degree[n["id"]]]  # lone nodes only add noise here
        handles = []
        for group in data["groups"]:
            members = [n for n in connected if n["g"] == group["name"]]
            if not members:
                continue
            ax.scatter([pos[n["id"]][0] for n in members], [pos[n["id"]][1] for n in members],
                       s=[20 + 12 * degree[n["id"]] for n in members], c=group["colour"],
                       edgecolors="white", linewidths=0.5, zorder=2)
            handles.append(Line2D([], [], marker="o", linestyle="", color=group["colour"], label=group["name"]))
        ranked = sorted(connected, key=lambda n: (-degree[n["id"]], n["id"]))[:labelled]
        for n in ranked:
            x, y = pos[n["id"]]
            name = label(n["short"] or (n["en"] if len(n["en"]) <= 32 else n["en"][:30] + "…"), n["id"].rsplit("/", 1)[-1])
            ax.annotate(name, (x, y), xytext=(5, 3),
                        textcoords="offset points", fontsize=7, zorder=3)
        xs = [pos[n["id"]][0] for n in connected] or [0, 1000]
        ys = [pos[n["id"]][1] for n in connected] or [0, 1000]
        ax.set_xlim(min(xs) - 20, max(xs) + 120)
        ax.set_ylim(min(ys) - 20, max(ys) + 20)
        ax.set_axis_off()
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
        ax.set_title(f"WSIS knowledge graph: entities and facts {zh('信息社会世界高峰会议知识图谱')}\n"
                     f"{len(connected)} connected nodes, {len(data['edges'])} fact edges "
                     f"({len(data['nodes']) - len(connected)} entities without facts not drawn)", fontsize=10)
        return _save(fig)


def _year_fraction(iso: str) -> float:
    d = date.fromisoformat(iso)
    return d.year + (d.timetuple().tm_yday - 1) / 366.0


def timeline_picture(data: dict) -> tuple[bytes, bytes]:
    """Meetings, acts and deadlines on a year axis; bars for periods, dots for days."""
    lanes = [lane["id"] for lane in data["lanes"]]
    per_lane = {lane: [i for i in data["items"] if i["lane"] == lane] for lane in lanes}
    height = 2 + sum(max(len(v), 1) for v in per_lane.values()) * 0.28
    with plt.rc_context(_style()):
        fig, ax = plt.subplots(figsize=(16, height))
        y = 0.0
        ticks = []
        for lane in data["lanes"]:
            items = per_lane[lane["id"]]
            ticks.append((y - (len(items) - 1) / 2 if items else y, f"{lane['en']}\n{zh(lane['zh'])}".strip()))
            for item in items:
                start, end = _year_fraction(item["start"]), _year_fraction(item["end"]) + 1 / 366
                colour = LANE_COLOURS.get(item["lane"], "#555555")
                alpha = PRECISION_ALPHA.get(item["precision"], 0.5)
                if item["precision"] == "day" and item["start"] == item["end"]:
                    ax.plot([start], [y], "o", color=colour, markersize=5)
                else:
                    ax.barh(y, end - start, left=start, height=0.6, color=colour, alpha=alpha, edgecolor=colour)
                name = label(item["en"] if len(item["en"]) <= 70 else item["en"][:68] + "…", item["id"].rsplit("/", 1)[-1])
                text = f"{name} · {item['iso']}" + (f" ({label(item['qualifier'])})" if item["qualifier"] else "")
                if item["lane"] == "deadline" and zh(item["zh"]):
                    text += f" · {item['zh'][:24]}"
                ax.text(end + 0.05, y, text, va="center", fontsize=7, clip_on=True)
                y -= 1
            y -= 1.5
        first, last = int(data["from"][:4]), int(data["to"][:4])
        ax.set_xlim(first, last + 6)  # room for the labels of the last items
        ax.set_ylim(y, 1)
        ax.set_xticks(range(first, last + 1), [str(y) for y in range(first, last + 1)], fontsize=8)
        ax.set_yticks([t[0] for t in ticks], [t[1] for t in ticks], fontsize=8)
        ax.grid(axis="x", color="#dddddd")
        ax.set_title(f"WSIS process timeline {zh('信息社会世界高峰会议进程')} (dot = day; bar = month, season, quarter, "
                     "half-year or year, fainter when vaguer)", fontsize=10)
        fig.tight_layout()
        return _save(fig, tight=False)


def matrix_picture(data: dict) -> tuple[bytes, bytes]:
    """Action lines x agencies; each filled cell shows the rank of the agency in the list."""
    rows, cols = data["rows"], data["cols"]
    row_index = {r["id"]: i for i, r in enumerate(rows)}
    col_index = {c["id"]: i for i, c in enumerate(cols)}
    with plt.rc_context(_style()):
        fig, ax = plt.subplots(figsize=(max(10, 5 + 0.45 * len(cols)), max(4, 2 + 0.35 * len(rows))))
        for cell in data["cells"]:
            r, c = row_index[cell["row"]], col_index[cell["col"]]
            shade = max(0.15, 1 - ((cell["rank"] or 3) - 1) * 0.2)
            ax.add_patch(plt.Rectangle((c - 0.5, r - 0.5), 1, 1, color="#1f77b4", alpha=shade))
            ax.text(c, r, str(cell["rank"] or "•"), ha="center", va="center", fontsize=8)
        ax.set_xlim(-0.5, len(cols) - 0.5)
        ax.set_ylim(len(rows) - 0.5, -0.5)
        ax.set_xticks(range(len(cols)), [("★ " if c["lead"] else "") + label(c["en"], c["id"].rsplit("/", 1)[-1]) for c in cols], rotation=90, fontsize=8)
        ax.set_yticks(range(len(rows)), [("    " if r["sub"] else "") + f"{r['notation']} {_row_name(r)}" for r in rows],
                      fontsize=8)
        ax.set_xticks([i - 0.5 for i in range(len(cols) + 1)], minor=True)
        ax.set_yticks([i - 0.5 for i in range(len(rows) + 1)], minor=True)
        ax.grid(which="minor", color="#dddddd")
        ax.tick_params(which="minor", length=0)
        ax.set_title(f"Action-line facilitators {zh('行动方面协调机构')}\n(number = order listed, ★ = lead facilitator)", fontsize=10)
        fig.tight_layout()
        return _save(fig)


def _row_name(row: dict, width: int = 48) -> str:
    """An action line's Chinese name, or its English name shortened, when no CJK font is installed."""
    if cjk_font():
        return row["zh"]
    en = label(row["en"], "")
    return en if len(en) <= width else en[: width - 1] + "…"
