// The interactive network (issue #7): nodes coloured by type, zh/en labels, search, filters by type
// and by document, click a node to see its facts and their evidence. Positions come precomputed.
(function () {
  var nodes = DATA.nodes, byId = {}, colour = {};
  DATA.groups.forEach(function (g) { colour[g.name] = g.colour; });
  nodes.forEach(function (n) { byId[n.id] = n; n.out = []; n.inc = []; n.vals = []; });
  DATA.edges.forEach(function (e) { byId[e.s].out.push(e); byId[e.o].inc.push(e); });
  DATA.values.forEach(function (v) { byId[v.s].vals.push(v); });

  var zoom = {k: 1, x: 0, y: 0};
  var state = {groups: {}, doc: "", query: "", selected: null, allLabels: false};
  DATA.groups.forEach(function (g) { state.groups[g.name] = true; });

  // Controls
  var controls = document.getElementById("controls");
  languageSwitch(function () { drawLabels(); if (state.selected) select(state.selected); });
  var search = el("input", {type: "search", placeholder: "Search 搜索…", id: "search"});
  search.addEventListener("input", function () { state.query = search.value.trim().toLowerCase(); update(); });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { var hit = nodes.find(function (n) { return matches(n) && visible(n); }); if (hit) select(hit.id); }
  });
  controls.append(search);
  var docSelect = el("select", {id: "doc-filter"}, [el("option", {value: "", text: "All documents"})]);
  DATA.documents.forEach(function (d) { docSelect.append(el("option", {value: d.id, text: d.id + " " + d.title})); });
  docSelect.addEventListener("change", function () { state.doc = docSelect.value; update(); });
  controls.append(docSelect);
  var allLabels = el("input", {type: "checkbox", id: "all-labels"});
  allLabels.addEventListener("change", function () { state.allLabels = allLabels.checked; update(); });
  controls.append(el("label", {}, [allLabels, "all labels"]));
  DATA.groups.forEach(function (g) {
    var box = el("input", {type: "checkbox", "data-group": g.name});
    box.checked = true;
    box.addEventListener("change", function () { state.groups[g.name] = box.checked; update(); });
    controls.append(el("label", {}, [box, el("span", {"class": "swatch", style: "background:" + g.colour}), g.name]));
  });

  // Drawing
  var main = document.getElementById("main");
  var root = svg("svg", {viewBox: "0 0 1000 1000", width: "100%", height: "100%", id: "network"});
  var view = svg("g", {});
  var edgeLayer = svg("g", {}), nodeLayer = svg("g", {}), labelLayer = svg("g", {});
  view.append(edgeLayer, nodeLayer, labelLayer);
  root.append(view);
  main.append(root);

  DATA.edges.forEach(function (e) {
    var a = byId[e.s], b = byId[e.o];
    e.line = svg("line", {"class": "edge", x1: a.x, y1: a.y, x2: b.x, y2: b.y});
    e.line.append(svg("title", {text: e.p}));
    edgeLayer.append(e.line);
  });
  nodes.forEach(function (n) {
    var degree = n.degree = n.out.length + n.inc.length;
    n.circle = svg("circle", {"class": "node", cx: n.x, cy: n.y, r: Math.min(4 + Math.sqrt(degree) * 2, 14),
                              fill: colour[n.g] || "#999", "data-id": n.id});
    n.tip = svg("title", {});
    n.circle.append(n.tip);
    n.circle.addEventListener("click", function () { select(n.id); });
    nodeLayer.append(n.circle);
    n.text = svg("text", {"class": "label", x: n.x + 7, y: n.y + 3});
    labelLayer.append(n.text);
  });

  function drawLabels() {
    nodes.forEach(function (n) { n.text.textContent = label(n); n.tip.textContent = label(n) + " (" + n.t + ")"; });
  }
  function matches(n) {
    if (!state.query) return false;
    return [n.en, n.zh, n.id].some(function (s) { return (s || "").toLowerCase().indexOf(state.query) >= 0; });
  }
  function visible(n) {
    return state.groups[n.g] !== false && (!state.doc || n.docs.indexOf(state.doc) >= 0);
  }
  function update() {
    nodes.forEach(function (n) {
      var show = visible(n);
      var hit = matches(n);
      // Names of well-connected nodes always; the rest when zoomed in, searched for or asked for.
      var named = state.allLabels || n.degree >= 3 || zoom.k >= 2.5 || hit || state.selected === n.id;
      n.circle.style.display = show ? "" : "none";
      n.text.style.display = show && named ? "" : "none";
      n.circle.classList.toggle("match", hit);
      n.circle.classList.toggle("dim", !!state.query && !hit);
      n.text.classList.toggle("dim", !!state.query && !hit);
    });
    DATA.edges.forEach(function (e) {
      e.line.style.display = visible(byId[e.s]) && visible(byId[e.o]) ? "" : "none";
    });
    document.body.setAttribute("data-visible-count", String(nodes.filter(visible).length));
  }

  function link(id) {
    var n = byId[id];
    return el("a", {href: "#", text: label(n), onclick: function (ev) { ev.preventDefault(); select(id); }});
  }
  function select(id) {
    var n = byId[id];
    if (state.selected && byId[state.selected]) byId[state.selected].circle.classList.remove("selected");
    DATA.edges.forEach(function (e) { e.line.classList.toggle("hot", e.s === id || e.o === id); });
    state.selected = id;
    n.circle.classList.add("selected");
    update();
    var parts = [el("h2", {text: label(n)}),
                 el("div", {text: (LANG === "en" ? n.zh : n.en) || ""}),
                 el("div", {text: n.t + (n.docs.length ? " · documents " + n.docs.join(", ") : "")}),
                 el("div", {"class": "iri", text: n.id})];
    n.vals.forEach(function (v) {
      parts.push(el("div", {"class": "fact"}, [el("span", {"class": "p", text: v.p}), " ", v.v, evidenceList(v.ev)]));
    });
    n.out.forEach(function (e) {
      parts.push(el("div", {"class": "fact"}, [el("span", {"class": "p", text: e.p}), " → ", link(e.o), evidenceList(e.ev)]));
    });
    n.inc.forEach(function (e) {
      parts.push(el("div", {"class": "fact"}, [link(e.s), " ", el("span", {"class": "p", text: e.p}), " → this", evidenceList(e.ev)]));
    });
    showDetails(parts);
  }

  // Pan (drag) and zoom (wheel)
  var drag = null;
  function applyZoom() {
    view.setAttribute("transform", "translate(" + zoom.x + "," + zoom.y + ") scale(" + zoom.k + ")");
    update();
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
    applyZoom();
  });

  // Links can carry a state: #node=<IRI> selects a node, #q=<text> searches, #doc=<id> filters.
  function fromHash() {
    var params = new URLSearchParams(location.hash.slice(1));
    if (params.get("doc")) { state.doc = docSelect.value = params.get("doc"); }
    if (params.get("q")) { search.value = params.get("q"); state.query = search.value.trim().toLowerCase(); }
    if (params.get("lang") === "zh") { LANG = document.documentElement.lang = "zh"; document.querySelector("input[value=zh]").checked = true; }
    drawLabels();
    update();
    if (params.get("node") && byId[params.get("node")]) select(params.get("node"));
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
  markRendered(nodeLayer.querySelectorAll("circle").length, {"edge-count": edgeLayer.querySelectorAll("line").length});
})();
