// The WSIS process on a time axis (issue #7): meetings, acts and deadlines in lanes. A day is a dot;
// a month, season, quarter, half-year or year is a bar over that period, fainter the vaguer it is.
(function () {
  var DAY = 86400000, from = Date.parse(DATA.from), to = Date.parse(DATA.to);
  var width = 1400, left = 20, right = 20, rowHeight = 18, top = 24;
  var colours = {meeting: "#2ca02c", act: "#9467bd", deadline: "#d62728"};
  function x(iso) { return left + (Date.parse(iso) - from) / (to - from) * (width - left - right); }

  var main = document.getElementById("main");
  var root = svg("svg", {id: "timeline", width: width});
  main.append(root);
  var list = el("table", {"class": "list", id: "items"});
  main.append(list);
  languageSwitch(draw);

  function draw() {
    root.textContent = "";
    list.textContent = "";
    var y = top, drawn = 0;
    var axis = svg("g", {"class": "axis"});
    root.append(axis);
    DATA.lanes.forEach(function (lane) {
      var items = DATA.items.filter(function (i) { return i.lane === lane.id; });
      root.append(svg("text", {"class": "lane-title", x: 4, y: y + 14, text: label(lane)}));
      y += 20;  // the lane title has its own line
      // Greedy rows so that labels do not overlap within a lane.
      var rowsEnd = [];
      items.forEach(function (item) {
        var x0 = x(item.start), x1 = Math.max(x(item.end), x0 + 6);
        var text = label(item) + " · " + item.iso + (item.qualifier ? " (" + item.qualifier + ")" : "");
        var textEnd = x1 + 4 + text.length * (LANG === "zh" ? 11 : 6);
        var row = rowsEnd.findIndex(function (end) { return end < x0; });
        if (row < 0) { row = rowsEnd.length; rowsEnd.push(0); }
        rowsEnd[row] = textEnd;
        var cy = y + 10 + row * rowHeight;
        var mark = item.precision === "day" && item.start === item.end
          ? svg("circle", {cx: x0, cy: cy, r: 5})
          : svg("rect", {x: x0, y: cy - 5, width: Math.max(x(item.end) - x0 + (width - left - right) * DAY / (to - from), 4), height: 10, rx: 2});
        mark.setAttribute("class", "item p-" + item.precision);
        mark.setAttribute("fill", colours[item.lane]);
        mark.setAttribute("stroke", colours[item.lane]);
        mark.setAttribute("data-id", item.id);
        mark.append(svg("title", {text: text + " — precision: " + item.precision}));
        mark.addEventListener("click", function () { details(item); });
        root.append(mark, svg("text", {x: x1 + 6, y: cy + 4, "font-size": 11, text: text}));
        drawn += 1;
      });
      y += Math.max(rowsEnd.length, 1) * rowHeight + 12;
    });
    for (var year = new Date(from).getUTCFullYear(); year <= new Date(to).getUTCFullYear(); year++) {
      var xx = x(year + "-01-01");
      axis.append(svg("line", {x1: xx, x2: xx, y1: 16, y2: y}), svg("text", {x: xx + 2, y: 12, text: String(year)}));
    }
    root.setAttribute("height", y + 10);
    root.setAttribute("viewBox", "0 0 " + width + " " + (y + 10));

    list.append(el("tr", {}, ["Date", "Precision", "Kind", "What"].map(function (h) { return el("th", {text: h}); })));
    DATA.items.forEach(function (item) {
      var lane = DATA.lanes.find(function (l) { return l.id === item.lane; });
      var row = el("tr", {"data-id": item.id}, [el("td", {text: item.iso + (item.qualifier ? " (" + item.qualifier + ")" : "")}),
        el("td", {text: item.precision}), el("td", {text: label(lane)}), el("td", {text: label(item)})]);
      row.addEventListener("click", function () { details(item); });
      list.append(row);
    });
    markRendered(drawn);
  }

  function details(item) {
    showDetails([el("h2", {text: label(item)}), el("div", {text: (LANG === "en" ? item.zh : item.en) || ""}),
      el("div", {text: item.type + " · " + item.iso + " (" + item.precision + ")" + (item.qualifier ? " · " + item.qualifier : "")}),
      el("div", {"class": "iri", text: item.id}), evidenceList(item.ev)]);
  }

  draw();
})();
