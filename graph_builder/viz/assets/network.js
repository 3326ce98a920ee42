// The interactive network: it opens on one entity's neighbourhood (the most connected entity unless
// the link names another), laid out in rings around it: the entity in the centre, its direct
// neighbours on the inner ring, their neighbours on the outer ring. Search or click moves the focus;
// kinds and documents filter; labels, controls and property names switch between English and
// Chinese; the whole state lives in the URL (#node=…&hops=…&lang=…&kinds=…&doc=…&q=…).
(function () {
  var nodes = DATA.nodes, byId = {}, colour = {}, groupOrder = {}, groupByName = {};
  DATA.groups.forEach(function (g, i) { colour[g.name] = g.colour; groupOrder[g.name] = i; groupByName[g.name] = g; });
  nodes.forEach(function (n) { byId[n.id] = n; n.out = []; n.inc = []; n.vals = []; });
  DATA.edges.forEach(function (e) { byId[e.s].out.push(e); byId[e.o].inc.push(e); });
  DATA.values.forEach(function (v) { byId[v.s].vals.push(v); });
  nodes.forEach(function (n) { n.degree = n.out.length + n.inc.length; });
  // Unnamed n-ary fact nodes (requests, facilitations, contributions) are not a good first view; the
  // first view centres the entity linked to the most other named entities.
  var FACT_KINDS = {Directive: 1, Facilitation: 1, Contribution: 1, Other: 1};
  nodes.forEach(function (n) {
    var named = {};
    n.out.forEach(function (e) { if (!FACT_KINDS[byId[e.o].g]) named[e.o] = 1; });
    n.inc.forEach(function (e) { if (!FACT_KINDS[byId[e.s].g]) named[e.s] = 1; });
    n.namedDegree = Object.keys(named).length;
  });
  var DEFAULT_NODE = (nodes.filter(function (n) { return !FACT_KINDS[n.g]; }).concat(nodes).slice().sort(function (a, b) {
    return b.namedDegree - a.namedDegree || b.degree - a.degree || (a.id < b.id ? -1 : 1); })[0] || {}).id || "";

  var zoom = {k: 1, x: 0, y: 0};
  var state = {node: "", hops: "1", kinds: {}, doc: "", query: "", allLabels: false};
  var shown = {}, ring = {};

  // Controls
  var controls = document.getElementById("controls");
  languageSwitch(function () { refreshText(); render(); });
  var search = el("input", {type: "search", placeholder: tr("search"), "data-i18n-ph": "search", id: "search", autocomplete: "off"});
  var results = el("span", {id: "results", "class": "results"});
  search.addEventListener("input", function () { state.query = search.value.trim(); showResults(); styleMatches(); save(); });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { var hit = matching()[0]; if (hit) select(hit.id); }
  });
  controls.append(el("span", {}, [search, results]));
  var hopSelect = el("select", {id: "hops"});
  [["1", "hop1"], ["2", "hop2"], ["all", "hop-all"]].forEach(function (p) { hopSelect.append(i18n("option", p[1], {value: p[0]})); });
  hopSelect.addEventListener("change", function () { state.hops = hopSelect.value; render(); });
  controls.append(el("label", {}, [i18n("span", "hops"), " ", hopSelect]));
  var docSelect = el("select", {id: "doc-filter"}, [i18n("option", "all-docs", {value: ""})]);
  DATA.documents.forEach(function (d) { docSelect.append(el("option", {value: d.id, text: d.id + " " + d.title})); });
  docSelect.addEventListener("change", function () { state.doc = docSelect.value; render(); });
  controls.append(docSelect);
  var allLabels = el("input", {type: "checkbox", id: "all-labels"});
  allLabels.addEventListener("change", function () { state.allLabels = allLabels.checked; render(); });
  controls.append(el("label", {}, [allLabels, i18n("span", "all-labels")]));
  var kindBox = el("span", {"class": "kinds"}, [i18n("span", "kinds")]);
  var kindLabels = [];
  DATA.groups.forEach(function (g) {
    var box = el("input", {type: "checkbox", "data-group": g.name});
    box.checked = true;
    box.addEventListener("change", function () { state.kinds[g.name] = box.checked; render(); });
    var name = el("span", {text: label(g)});
    kindLabels.push([name, g]);
    g.box = box;
    kindBox.append(el("label", {title: g.name}, [box, el("span", {"class": "swatch", style: "background:" + g.colour}), name]));
  });
  controls.append(kindBox);

  // Drawing: one circle and one label per node, created once; render() places and shows them.
  var main = document.getElementById("main");
  var root = svg("svg", {viewBox: "0 0 1000 1000", width: "100%", height: "100%", id: "network"});
  var view = svg("g", {});
  var edgeLayer = svg("g", {}), nodeLayer = svg("g", {}), labelLayer = svg("g", {});
  view.append(edgeLayer, nodeLayer, labelLayer);
  root.append(view);
  main.append(root);

  DATA.edges.forEach(function (e) {
    e.line = svg("line", {"class": "edge"});
    e.tip = svg("title", {});
    e.line.append(e.tip);
    edgeLayer.append(e.line);
  });
  nodes.forEach(function (n) {
    n.circle = svg("circle", {"class": "node", r: Math.min(4 + Math.sqrt(n.degree) * 2, 14), fill: colour[n.g] || "#999", "data-id": n.id});
    n.tip = svg("title", {});
    n.circle.append(n.tip);
    n.circle.addEventListener("click", function (ev) { ev.stopPropagation(); select(n.id); });
    nodeLayer.append(n.circle);
    n.text = svg("text", {"class": "label"});
    labelLayer.append(n.text);
  });

  function propName(p) { return DATA.props && DATA.props[p] ? label(DATA.props[p]) : p; }
  // Cut to `max` Latin-letter widths; a CJK character counts as two.
  function short(text, max) {
    var width = 0, out = "";
    for (var i = 0; i < text.length; i++) {
      width += text.charCodeAt(i) > 0x2e7f ? 2 : 1;
      if (width > max - 1) return out + "…";
      out += text[i];
    }
    return text;
  }
  function refreshText() {
    nodes.forEach(function (n) { n.tip.textContent = label(n) + " (" + label(groupByName[n.g] || {en: n.t}) + ")"; });
    DATA.edges.forEach(function (e) { e.tip.textContent = propName(e.p); });
    kindLabels.forEach(function (pair) { pair[0].textContent = label(pair[1]); });
    showResults();
  }
  function visible(n) { return state.kinds[n.g] !== false && (!state.doc || n.docs.indexOf(state.doc) >= 0); }
  function matching() {
    if (!state.query) return [];
    var q = state.query.toLowerCase();
    return nodes.filter(function (n) {
      return visible(n) && [n.en, n.zh, n.short, n.id].some(function (s) { return (s || "").toLowerCase().indexOf(q) >= 0; });
    }).sort(function (a, b) { return b.degree - a.degree || (a.id < b.id ? -1 : 1); });
  }
  function showResults() {
    results.textContent = "";
    if (!state.query) return;
    var hits = matching();
    if (!hits.length) { results.append(i18n("span", "no-match")); return; }
    hits.slice(0, 6).forEach(function (n) {
      results.append(el("a", {href: "#", "class": "hit", "data-id": n.id, text: short(label(n), 30),
                              onclick: function (ev) { ev.preventDefault(); select(n.id); }}));
    });
  }
  function styleMatches() {
    var hits = {};
    matching().forEach(function (n) { hits[n.id] = true; });
    nodes.forEach(function (n) { n.circle.classList.toggle("match", !!hits[n.id]); });
  }

  // Nodes within `hops` steps of the focus, stepping only through nodes that pass the filters.
  function neighbourhood(id, hops) {
    var depth = {}, frontier = [id];
    depth[id] = 0;
    for (var d = 1; d <= hops; d++) {
      var next = [];
      frontier.forEach(function (m) {
        byId[m].out.map(function (e) { return e.o; }).concat(byId[m].inc.map(function (e) { return e.s; })).forEach(function (k) {
          if (depth[k] === undefined && visible(byId[k])) { depth[k] = d; next.push(k); }
        });
      });
      frontier = next;
    }
    return depth;
  }
  function byKindThenLabel(a, b) {
    return (groupOrder[a.g] - groupOrder[b.g]) || label(a).localeCompare(label(b)) || (a.id < b.id ? -1 : 1);
  }
  // Rings around the centre (500, 500): the inner ring sorted by kind, the outer ring next to its parent.
  function ringLayout(depth) {
    var pos = {}, angle = {};
    pos[state.node] = {x: 500, y: 500, a: 0, d: 0};
    var first = Object.keys(depth).filter(function (k) { return depth[k] === 1; }).map(function (k) { return byId[k]; }).sort(byKindThenLabel);
    var second = Object.keys(depth).filter(function (k) { return depth[k] === 2; }).map(function (k) { return byId[k]; });
    var r1 = second.length ? 170 : Math.min(330, 120 + first.length * 8);
    first.forEach(function (n, i) {
      var a = 2 * Math.PI * i / first.length - Math.PI / 2;
      angle[n.id] = a;
      pos[n.id] = {x: 500 + r1 * Math.cos(a), y: 500 + r1 * Math.sin(a), a: a, d: 1, flat: first.length <= 12};
    });
    second.forEach(function (n) {
      var parents = n.out.map(function (e) { return e.o; }).concat(n.inc.map(function (e) { return e.s; }))
        .filter(function (k) { return angle[k] !== undefined; }).map(function (k) { return angle[k]; });
      n.parentAngle = parents.length ? Math.min.apply(null, parents) : 0;
    });
    second.sort(function (a, b) { return a.parentAngle - b.parentAngle || byKindThenLabel(a, b); });
    second.forEach(function (n, i) {
      var a = 2 * Math.PI * i / second.length - Math.PI / 2;
      pos[n.id] = {x: 500 + 340 * Math.cos(a), y: 500 + 340 * Math.sin(a), a: a, d: 2, flat: second.length <= 12};
    });
    return pos;
  }

  // A neighbour named after the centre ("X working meeting (2002-03-29)" around "X") shows only what
  // tells it apart; long names are cut, more on a sparse ring than on a crowded one.
  function ringLabel(n, p) {
    var text = label(n);
    if (p.d === 0) return short(text, 48);
    var centre = state.node ? label(byId[state.node]) : "";
    if (centre.length > 6 && text.length > centre.length + 2 && text.indexOf(centre) === 0) text = "…" + text.slice(centre.length);
    return short(text, p.d === 2 ? (p.flat ? 30 : 18) : p.flat ? 44 : 26);
  }
  function render() {
    if (state.node && !byId[state.node]) state.node = "";
    if (!state.node && state.hops !== "all") state.node = DEFAULT_NODE;
    var focus = state.node, pos = {}, whole = state.hops === "all";
    if (whole) {
      nodes.forEach(function (n) { if (visible(n) || n.id === focus) pos[n.id] = {x: n.x, y: n.y, d: -1}; });
    } else if (focus) {
      pos = ringLayout(neighbourhood(focus, state.hops === "2" ? 2 : 1));
    }
    shown = pos;
    var count = Object.keys(pos).length, crowded = count > 60;
    root.classList.toggle("crowded", crowded);
    root.classList.toggle("dense", !crowded && count > 25);
    nodes.forEach(function (n) {
      var p = pos[n.id];
      n.circle.style.display = p ? "" : "none";
      n.circle.classList.toggle("selected", n.id === focus);
      if (!p) { n.text.style.display = "none"; return; }
      n.circle.setAttribute("cx", p.x.toFixed(1));
      n.circle.setAttribute("cy", p.y.toFixed(1));
      // Names: always in a ring view of a modest size; in a crowded view the centre, the inner ring
      // and well-connected nodes; the rest when zoomed in or asked for.
      var named = state.allLabels || n.id === focus || zoom.k >= 2.5 ||
        (whole ? n.namedDegree >= 6 : (!crowded || p.d <= 1));
      n.text.style.display = named ? "" : "none";
      n.text.textContent = ringLabel(n, p);
      n.text.classList.toggle("centre", p.d === 0);
      if (p.d > 0 && !p.flat) {  // ring labels point outwards along the radius, so neighbours do not overlap
        var deg = p.a * 180 / Math.PI, left = Math.cos(p.a) < 0;
        var r = parseFloat(n.circle.getAttribute("r")) + 3;
        n.text.setAttribute("x", (p.x + Math.cos(p.a) * r).toFixed(1));
        n.text.setAttribute("y", (p.y + Math.sin(p.a) * r).toFixed(1));
        n.text.setAttribute("text-anchor", left ? "end" : "start");
        n.text.setAttribute("dominant-baseline", "middle");
        n.text.setAttribute("transform", "rotate(" + (left ? deg + 180 : deg).toFixed(1) + " " +
                            (p.x + Math.cos(p.a) * r).toFixed(1) + " " + (p.y + Math.sin(p.a) * r).toFixed(1) + ")");
      } else if (p.flat) {  // few neighbours: level labels, on the outer side of the node
        var lft = Math.cos(p.a) < -0.01, rr = parseFloat(n.circle.getAttribute("r")) + 4;
        n.text.setAttribute("x", (p.x + (lft ? -rr : rr)).toFixed(1));
        n.text.setAttribute("y", (p.y + (Math.abs(Math.cos(p.a)) < 0.3 ? (Math.sin(p.a) < 0 ? -rr : rr + 8) : 4)).toFixed(1));
        n.text.setAttribute("text-anchor", Math.abs(Math.cos(p.a)) < 0.3 ? "middle" : lft ? "end" : "start");
        n.text.removeAttribute("dominant-baseline");
        n.text.removeAttribute("transform");
      } else {
        n.text.setAttribute("x", (p.x + (p.d === 0 ? 0 : 7)).toFixed(1));
        n.text.setAttribute("y", (p.y + (p.d === 0 ? -18 : 3)).toFixed(1));
        n.text.setAttribute("text-anchor", p.d === 0 ? "middle" : "start");
        n.text.removeAttribute("dominant-baseline");
        n.text.removeAttribute("transform");
      }
    });
    DATA.edges.forEach(function (e) {
      var a = pos[e.s], b = pos[e.o];
      e.line.style.display = a && b ? "" : "none";
      if (!a || !b) return;
      e.line.setAttribute("x1", a.x.toFixed(1)); e.line.setAttribute("y1", a.y.toFixed(1));
      e.line.setAttribute("x2", b.x.toFixed(1)); e.line.setAttribute("y2", b.y.toFixed(1));
      e.line.classList.toggle("hot", !!focus && (e.s === focus || e.o === focus));
    });
    styleMatches();
    hopSelect.value = state.hops;
    docSelect.value = state.doc;
    DATA.groups.forEach(function (g) { g.box.checked = state.kinds[g.name] !== false; });
    document.body.setAttribute("data-visible-count", String(nodes.filter(visible).length));
    document.body.setAttribute("data-shown-count", String(count));
    document.body.setAttribute("data-focus", focus);
    save();
    if (focus) details(focus);
  }

  function save() {
    var off = DATA.groups.filter(function (g) { return state.kinds[g.name] === false; });
    var kinds = off.length ? DATA.groups.filter(function (g) { return state.kinds[g.name] !== false; })
      .map(function (g) { return g.name; }).join(",") || "none" : "";
    writeHash({node: state.node, hops: state.hops === "1" ? "" : state.hops, lang: LANG === "zh" ? "zh" : "",
               kinds: kinds, doc: state.doc, q: state.query});
  }

  function link(id) {
    return el("a", {href: "#", text: label(byId[id]), onclick: function (ev) { ev.preventDefault(); select(id); }});
  }
  function fact(children, evidence) { return el("div", {"class": "fact"}, children.concat([evidenceList(evidence)])); }
  function prop(p) { return el("span", {"class": "p", title: p, text: propName(p)}); }
  function details(id) {
    var n = byId[id];
    var parts = [el("h2", {text: label(n)}),
                 el("div", {text: (LANG === "en" ? n.zh : n.en) || ""}),
                 el("div", {text: label(groupByName[n.g] || {en: n.t}) + " · " + n.t +
                            (n.docs.length ? " · " + tr("documents") + " " + n.docs.join(", ") : "")}),
                 el("div", {"class": "iri", text: n.id}),
                 el("div", {"class": "goto"}, [
                   el("a", {href: document.getElementById("nav-timeline").href, "data-i18n": "nav-timeline", text: tr("nav-timeline")}), " · ",
                   el("a", {href: document.getElementById("nav-matrix").href, "data-i18n": "nav-matrix", text: tr("nav-matrix")})])];
    n.vals.forEach(function (v) { parts.push(fact([prop(v.p), " ", v.v], v.ev)); });
    n.out.forEach(function (e) { parts.push(fact([prop(e.p), " → ", link(e.o)], e.ev)); });
    n.inc.forEach(function (e) { parts.push(fact([link(e.s), " ", prop(e.p), " → " + tr("this")], e.ev)); });
    showDetails(parts);
  }
  function select(id) {
    state.node = id;
    zoom = {k: 1, x: 0, y: 0};
    applyZoom();
  }

  // Pan (drag) and zoom (wheel)
  var drag = null;
  function applyZoom() {
    view.setAttribute("transform", "translate(" + zoom.x + "," + zoom.y + ") scale(" + zoom.k + ")");
    render();
  }
  root.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var pt = root.createSVGPoint(); pt.x = ev.clientX; pt.y = ev.clientY;
    var p = pt.matrixTransform(root.getScreenCTM().inverse());
    var factor = ev.deltaY < 0 ? 1.2 : 1 / 1.2;
    zoom.x = p.x - (p.x - zoom.x) * factor; zoom.y = p.y - (p.y - zoom.y) * factor; zoom.k *= factor;
    applyZoom();
  }, {passive: false});
  root.addEventListener("mousedown", function (ev) { drag = {x: ev.clientX, y: ev.clientY, zx: zoom.x, zy: zoom.y}; });
  window.addEventListener("mouseup", function () { drag = null; });
  window.addEventListener("mousemove", function (ev) {
    if (!drag) return;
    var scale = 1000 / root.getBoundingClientRect().width;
    zoom.x = drag.zx + (ev.clientX - drag.x) * scale; zoom.y = drag.zy + (ev.clientY - drag.y) * scale;
    view.setAttribute("transform", "translate(" + zoom.x + "," + zoom.y + ") scale(" + zoom.k + ")");
  });

  function fromHash() {
    var h = readHash();
    state.node = h.node || "";
    state.hops = h.hops === "2" || h.hops === "all" ? h.hops : "1";
    state.doc = h.doc || "";
    state.query = h.q || "";
    search.value = state.query;
    var on = h.kinds ? h.kinds.split(",") : null;
    DATA.groups.forEach(function (g) { state.kinds[g.name] = !on || on.indexOf(g.name) >= 0; });
    setLanguage(h.lang);
    refreshText();
    render();
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
  markRendered(nodeLayer.querySelectorAll("circle").length, {"edge-count": edgeLayer.querySelectorAll("line").length});
})();
