"""Self-contained HTML pages: the data embedded as JSON, the shipped CSS and JS inlined (works offline)."""

from __future__ import annotations

import html
import json
from importlib import resources

TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
{css}
</style>
</head>
<body data-page="{page}">
<header>
<h1 data-i18n="title-{page}">{title}</h1>
<nav id="nav"><a id="nav-network" href="network.html" data-i18n="nav-network">Network</a> · <a id="nav-timeline" href="timeline.html" data-i18n="nav-timeline">Timeline</a> · <a id="nav-matrix" href="matrix.html" data-i18n="nav-matrix">Facilitator matrix</a></nav>
<div class="controls" id="controls"></div>
</header>
<main id="main"></main>
<aside id="details"><p class="hint" data-i18n="hint-{page}">{hint}</p></aside>
<script type="application/json" id="data">{data}</script>
<script>
{common}
{script}
</script>
</body>
</html>
"""


def asset(name: str) -> str:
    return resources.files("graph_builder.viz").joinpath("assets", name).read_text("utf-8")


def embed_json(data) -> str:
    """JSON safe inside <script>: no '</' can end the element early, no '<!--' can open a comment."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def page(name: str, title: str, hint: str, data) -> str:
    return TEMPLATE.format(title=html.escape(title), page=name, hint=html.escape(hint), css=asset("viz.css"),
                           data=embed_json(data), common=asset("common.js"), script=asset(f"{name}.js"))
