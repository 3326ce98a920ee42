"""The endpoint's web UI: a query editor that knows the project, self-contained and offline.

The project prefixes (:mod:`graph_builder.query.prefixes`) are predeclared in the editor; every saved
query is offered as an example with its title and description, its parameters bound to the query's
own example values (a VALUES block, as for any SPARQL endpoint); a ``?query=`` link fills the editor
and runs it. Results come from ``/query`` as SPARQL JSON and are drawn as a table; IRIs of entity and
paragraph pages link to their pages.
"""

from __future__ import annotations

import html
import json

from graph_builder.errors import WsisError
from graph_builder.query import saved
from graph_builder.query.prefixes import project_prefixes

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>WSIS knowledge graph — SPARQL</title>
<style>
body{font:14px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;padding:1em 1.5em;color:#1d1d1f}
h1{font-size:1.4em;margin:.2em 0} .zh{color:#666;margin-left:.4em} #examples{width:100%;max-width:60em}
textarea{width:100%;height:16em;font:13px/1.4 ui-monospace,Menlo,Consolas,monospace;box-sizing:border-box}
button{font-size:1em;padding:.3em 1.2em;margin:.4em .6em .4em 0} #status{color:#555} #about{color:#444;margin:.3em 0}
table{border-collapse:collapse;margin-top:.6em} td,th{border:1px solid #ddd;padding:.2em .5em;vertical-align:top;text-align:left}
th{background:#f4f4f4} a{color:#0645ad} .error{color:#b00020;white-space:pre-wrap}
</style>
</head>
<body>
<h1>WSIS knowledge graph<span class="zh" lang="zh">信息社会世界峰会知识图谱</span> — SPARQL 1.1</h1>
<p>Endpoint: <code>/query</code> (default graph = union of the named graphs). Prefixes of the project are declared
below; every saved query is an example. <a href="index.html">All entity and paragraph pages</a>.</p>
<label for="examples">Example:</label>
<select id="examples"><option value="">— choose a saved query —</option>{options}</select>
<p id="about"></p>
<textarea id="query" spellcheck="false"></textarea><br>
<button id="run">Run</button><span id="status"></span>
<div id="results"></div>
<script type="application/json" id="data">{data}</script>
<script>
(function () {
  var data = JSON.parse(document.getElementById("data").textContent);
  var editor = document.getElementById("query"), status = document.getElementById("status");
  var results = document.getElementById("results"), about = document.getElementById("about");
  var select = document.getElementById("examples");
  var base = "https://w3id.org/wsiskg/";
  function withPrefixes(text) {
    var lines = [];
    Object.keys(data.prefixes).forEach(function (p) {
      if (!new RegExp("PREFIX\\\\s+" + p.replace(/[-.]/g, "\\\\$&") + ":", "i").test(text)) {
        lines.push("PREFIX " + p + ": <" + data.prefixes[p] + ">");
      }
    });
    return lines.join("\\n") + (lines.length ? "\\n" : "") + text;
  }
  function short(iri) {
    var best = "", name = "";
    Object.keys(data.prefixes).forEach(function (p) {
      var ns = data.prefixes[p];
      if (iri.indexOf(ns) === 0 && ns.length > best.length && /^[\\w.-]+$/.test(iri.slice(ns.length))) { best = ns; name = p; }
    });
    return best ? name + ":" + iri.slice(best.length) : "<" + iri + ">";
  }
  function cell(term) {
    var td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri") {
      var a = document.createElement("a");
      a.textContent = short(term.value);
      a.href = term.value.indexOf(base + "id/") === 0 || term.value.indexOf(base + "doc/") === 0
        ? term.value.slice(base.length) : term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.value;
      if (term["xml:lang"]) td.lang = term["xml:lang"];
    }
    return td;
  }
  function show(json) {
    results.innerHTML = "";
    if (typeof json.boolean === "boolean") { results.textContent = json.boolean ? "yes" : "no"; return 1; }
    var table = document.createElement("table"), head = document.createElement("tr");
    json.head.vars.forEach(function (v) { var th = document.createElement("th"); th.textContent = v; head.appendChild(th); });
    table.appendChild(head);
    json.results.bindings.forEach(function (b) {
      var tr = document.createElement("tr");
      json.head.vars.forEach(function (v) { tr.appendChild(cell(b[v])); });
      table.appendChild(tr);
    });
    results.appendChild(table);
    return json.results.bindings.length;
  }
  function run() {
    status.textContent = " running…";
    var started = Date.now();
    // POST: with the project's prefixes a query can outgrow what a URL may carry
    fetch("query", {method: "POST", body: withPrefixes(editor.value),
                    headers: {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}})
      .then(function (r) {
        if (!r.ok) return r.text().then(function (t) { throw new Error(t.split("\\n")[0]); });
        var type = r.headers.get("Content-Type") || "";
        if (type.indexOf("json") < 0) return r.text().then(function (t) { results.innerHTML = ""; var pre = document.createElement("pre"); pre.textContent = t; results.appendChild(pre); return -1; });
        return r.json().then(show);
      })
      .then(function (n) {
        status.textContent = " " + (n < 0 ? "graph" : n + " row" + (n === 1 ? "" : "s")) + " in " + (Date.now() - started) + " ms";
        document.body.setAttribute("data-rows", String(n));
      })
      .catch(function (e) {
        status.textContent = "";
        results.innerHTML = "<p class='error'></p>";
        results.firstChild.textContent = e.message;
        document.body.setAttribute("data-rows", "error");
      });
  }
  select.addEventListener("change", function () {
    var q = data.examples[select.value];
    if (!q) return;
    editor.value = q.text;
    about.textContent = q.title + " — " + q.answers;
    history.replaceState(null, "", "?example=" + encodeURIComponent(select.value));
  });
  document.getElementById("run").addEventListener("click", function () {
    history.replaceState(null, "", "?query=" + encodeURIComponent(editor.value));
    run();
  });
  var params = new URLSearchParams(location.search);
  if (params.get("query")) { editor.value = params.get("query"); run(); }
  else if (params.get("example") && data.examples[params.get("example")]) {
    select.value = params.get("example"); select.dispatchEvent(new Event("change")); run();
  } else {
    editor.value = "SELECT ?thing ?label WHERE {\\n  ?thing rdfs:label ?label .\\n  FILTER(LANG(?label) = \\"en\\")\\n} LIMIT 20";
  }
  document.body.setAttribute("data-ready", "yes");
}());
</script>
</body>
</html>
"""


def example_text(query: saved.SavedQuery, resolve) -> str:
    """The saved query with its parameters bound to the query's own example values (when they resolve)."""
    from graph_builder.query import params as param_rules
    from graph_builder.query.inject import inject_values

    raw = {p.name: p.example for p in query.params if p.example and not p.optional}
    try:
        bindings = param_rules.bind(query, raw, resolve)
    except WsisError:
        return query.text
    return inject_values(query.text, bindings) if bindings else query.text


def endpoint_ui(store) -> str:
    from graph_builder.query.resolve import Resolver

    resolve = Resolver(store)
    examples = {}
    for q in saved.list_queries():
        examples[q.name] = {"title": q.title, "answers": q.answers, "text": example_text(q, resolve)}
    options = "".join(f'<option value="{html.escape(name)}">{html.escape(name)} — {html.escape(e["title"])}</option>'
                      for name, e in examples.items())
    data = json.dumps({"prefixes": project_prefixes(), "examples": examples}, ensure_ascii=False, sort_keys=True)
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return PAGE.replace("{options}", options).replace("{data}", data)
