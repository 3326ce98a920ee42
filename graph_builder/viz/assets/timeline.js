// The WSIS process on a time axis: meetings, acts and deadlines in lanes. A day is a dot; a month,
// season, quarter, half-year or year is a bar over that period, fainter the vaguer it is.
// State in the URL: #focus=<IRI> (an item, or an entity whose items alone are shown), from/to
// (years), kinds (lanes), lang.
(function () {
  var DAY = 86400000, first = Date.parse(DATA.from), last = Date.parse(DATA.to), from = first, to = last;
  var width = 1400, left = 20, right = 20, rowHeight = 18, top = 24;
  var colours = {meeting: "#2ca02c", act: "#9467bd", deadline: "#d62728"};
  var minYear = new Date(first).getUTCFullYear(), maxYear = new Date(last).getUTCFullYear() - 1;
  var itemById = {};
  DATA.items.forEach(function (i) { itemById[i.id] = i; });
  function x(iso) { return left + (Date.parse(iso) - from) / (to - from) * (width - left - right); }
  var state = {focus: "", from: minYear, to: maxYear, lanes: {}};

  var controls = document.getElementById("controls");
  languageSwitch(function () { draw(); save(); });
  var fromInput = el("input", {type: "number", id: "from", min: minYear, max: maxYear, style: "width:5em"});
  var toInput = el("input", {type: "number", id: "to", min: minYear, max: maxYear, style: "width:5em"});
  [fromInput, toInput].forEach(function (input) {
    input.addEventListener("change", function () {
      state.from = clampYear(fromInput.value, minYear); state.to = clampYear(toInput.value, maxYear);
      if (state.to < state.from) state.to = state.from;
      draw(); save();
    });
  });
  controls.append(el("label", {}, [i18n("span", "from"), " ", fromInput, " ", i18n("span", "to"), " ", toInput]));
  var laneBox = el("span", {"class": "kinds"}, [i18n("span", "kinds")]);
  var laneNames = [];
  DATA.lanes.forEach(function (lane) {
    var box = el("input", {type: "checkbox", "data-lane": lane.id});
    box.addEventListener("change", function () { state.lanes[lane.id] = box.checked; draw(); save(); });
    lane.box = box;
    var name = el("span", {text: label(lane)});
    laneNames.push([name, lane]);
    laneBox.append(el("label", {}, [box, el("span", {"class": "swatch", style: "background:" + colours[lane.id]}), name]));
  });
  controls.append(laneBox);
  var focusBox = el("span", {id: "focus-box"});
  controls.append(focusBox);

  var main = document.getElementById("main");
  var root = svg("svg", {id: "timeline", width: width});
  main.append(root);
  var list = el("table", {"class": "list", id: "items"});
  main.append(list);

  function clampYear(v, dflt) { var n = parseInt(v, 10); return isNaN(n) ? dflt : Math.min(maxYear, Math.max(minYear, n)); }
  function save() {
    var off = DATA.lanes.some(function (l) { return state.lanes[l.id] === false; });
    writeHash({focus: state.focus, from: state.from !== minYear ? state.from : "", to: state.to !== maxYear ? state.to : "",
               kinds: off ? DATA.lanes.filter(function (l) { return state.lanes[l.id] !== false; }).map(function (l) { return l.id; }).join(",") || "none" : "",
               lang: LANG === "zh" ? "zh" : ""});
  }
  // An entity focus (not itself an item) keeps only the items linked to it.
  function entityFocus() { return state.focus && !itemById[state.focus] ? state.focus : ""; }
  function shown(item) {
    var ef = entityFocus();
    return state.lanes[item.lane] !== false && item.end >= state.from + "-01-01" && item.start <= state.to + "-12-31" &&
      (!ef || item.id === ef || item.rel.indexOf(ef) >= 0);
  }

  function draw() {
    from = Date.UTC(state.from, 0, 1); to = Date.UTC(state.to + 1, 0, 1);
    fromInput.value = state.from; toInput.value = state.to;
    DATA.lanes.forEach(function (l) { l.box.checked = state.lanes[l.id] !== false; });
    laneNames.forEach(function (pair) { pair[0].textContent = label(pair[1]); });
    focusBox.textContent = "";
    if (entityFocus()) {
      focusBox.append(i18n("span", "only-about"), " ",
        el("a", {href: "network.html#node=" + encodeURIComponent(state.focus) + (LANG === "zh" ? "&lang=zh" : ""),
                 "class": "focus-name", text: DATA.names[state.focus] ? label(DATA.names[state.focus]) : state.focus.split("/").slice(-1)[0]}), " ",
        el("button", {type: "button", text: tr("clear"), onclick: function () { state.focus = ""; draw(); save(); }}));
    }
    root.textContent = "";
    list.textContent = "";
    var y = top, drawn = 0;
    var axis = svg("g", {"class": "axis"});
    root.append(axis);
    DATA.lanes.forEach(function (lane) {
      if (state.lanes[lane.id] === false) return;
      var items = DATA.items.filter(function (i) { return i.lane === lane.id && shown(i); });
      root.append(svg("text", {"class": "lane-title", x: 4, y: y + 14, text: label(lane)}));
      y += 20;  // the lane title has its own line
      // Greedy rows so that labels do not overlap within a lane.
      var rowsEnd = [];
      items.forEach(function (item) {
        var x0 = Math.max(x(item.start), left), x1 = Math.max(Math.min(x(item.end), width - right), x0 + 6);
        var text = label(item) + " · " + item.iso + (item.qualifier ? " (" + item.qualifier + ")" : "");
        var textEnd = x1 + 4 + text.length * (LANG === "zh" ? 11 : 6);
        var row = rowsEnd.findIndex(function (end) { return end < x0; });
        if (row < 0) { row = rowsEnd.length; rowsEnd.push(0); }
        rowsEnd[row] = textEnd;
        var cy = y + 10 + row * rowHeight;
        var mark = item.precision === "day" && item.start === item.end
          ? svg("circle", {cx: x0, cy: cy, r: 5})
          : svg("rect", {x: x0, y: cy - 5, width: Math.max(x1 - x0 + (width - left - right) * DAY / (to - from), 4), height: 10, rx: 2});
        mark.setAttribute("class", "item p-" + item.precision + (item.id === state.focus ? " selected" : ""));
        mark.setAttribute("fill", colours[item.lane]);
        mark.setAttribute("stroke", item.id === state.focus ? "#000" : colours[item.lane]);
        mark.setAttribute("data-id", item.id);
        mark.append(svg("title", {text: text + " — " + tr("precision") + ": " + item.precision}));
        mark.addEventListener("click", function () { select(item); });
        root.append(mark, svg("text", {x: x1 + 6, y: cy + 4, "font-size": 11, "class": item.id === state.focus ? "selected" : "", text: text}));
        drawn += 1;
      });
      y += Math.max(rowsEnd.length, 1) * rowHeight + 12;
    });
    for (var year = state.from; year <= state.to + 1; year++) {
      var xx = x(year + "-01-01");
      axis.append(svg("line", {x1: xx, x2: xx, y1: 16, y2: y}), svg("text", {x: xx + 2, y: 12, text: String(year)}));
    }
    root.setAttribute("height", y + 10);
    root.setAttribute("viewBox", "0 0 " + width + " " + (y + 10));

    list.append(el("tr", {}, ["date", "precision", "kind", "what"].map(function (h) { return i18n("th", h); })));
    DATA.items.forEach(function (item) {
      if (!shown(item)) return;
      var lane = DATA.lanes.find(function (l) { return l.id === item.lane; });
      var row = el("tr", {"data-id": item.id, "class": item.id === state.focus ? "hl" : ""},
        [el("td", {text: item.iso + (item.qualifier ? " (" + item.qualifier + ")" : "")}),
         el("td", {text: item.precision}), el("td", {text: label(lane)}), el("td", {text: label(item)})]);
      row.addEventListener("click", function () { select(item); });
      list.append(row);
    });
    document.body.setAttribute("data-shown-count", String(drawn));
    document.body.setAttribute("data-focus", state.focus);
    if (itemById[state.focus]) {
      details(itemById[state.focus]);
      var mark = root.querySelector(".item.selected");
      if (mark) mark.scrollIntoView({block: "center", inline: "center"});
    }
    markRendered(DATA.items.length);
  }

  function select(item) { state.focus = item.id; draw(); save(); }
  function details(item) {
    showDetails([el("h2", {text: label(item)}), el("div", {text: (LANG === "en" ? item.zh : item.en) || ""}),
      el("div", {text: item.type + " · " + item.iso + " (" + item.precision + ")" + (item.qualifier ? " · " + item.qualifier : "")}),
      el("div", {"class": "iri", text: item.id}),
      el("div", {"class": "goto"}, [el("a", {href: "network.html#node=" + encodeURIComponent(item.id) + (LANG === "zh" ? "&lang=zh" : ""),
                                             "data-i18n": "nav-network", text: tr("nav-network")})]),
      evidenceList(item.ev)]);
  }

  function fromHash() {
    var h = readHash();
    state.focus = h.focus || "";
    state.from = clampYear(h.from, minYear); state.to = clampYear(h.to, maxYear);
    if (state.to < state.from) state.to = state.from;
    var on = h.kinds ? h.kinds.split(",") : null;
    DATA.lanes.forEach(function (l) { state.lanes[l.id] = !on || on.indexOf(l.id) >= 0; });
    setLanguage(h.lang);
    draw();
    save();
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
