// Action lines x facilitating agencies (issue #7), from wsis:Facilitation nodes: each cell shows the
// agency's place in the list (wsis:rank); lead facilitators are highlighted.
(function () {
  var main = document.getElementById("main");
  var table = el("table", {"class": "matrix", id: "matrix"});
  main.append(table);
  var cellAt = {};
  DATA.cells.forEach(function (c) { cellAt[c.row + " " + c.col] = c; });
  var rowById = {}, colById = {};
  DATA.rows.forEach(function (r) { rowById[r.id] = r; });
  DATA.cols.forEach(function (c) { colById[c.id] = c; });
  languageSwitch(draw);

  function draw() {
    table.textContent = "";
    var filled = 0;
    var head = el("tr", {}, [el("th", {text: LANG === "zh" ? "行动方面 \\ 机构" : "Action line \\ agency"})]);
    DATA.cols.forEach(function (c) {
      head.append(el("th", {"class": "col" + (c.lead ? " lead" : ""), title: c.name + " / " + c.zh + (c.lead ? " (lead facilitator)" : ""),
                            text: (c.lead ? "★ " : "") + (LANG === "zh" ? (c.zh || c.en) : c.en)}));
    });
    table.append(head);
    DATA.rows.forEach(function (r) {
      var tr = el("tr", {"class": r.sub ? "sub" : ""}, [el("th", {"class": "row", text: r.notation + " " + label(r)})]);
      DATA.cols.forEach(function (c) {
        var cell = cellAt[r.id + " " + c.id];
        if (!cell) { tr.append(el("td", {})); return; }
        filled += 1;
        var shade = cell.rank ? Math.max(0.15, 1 - (cell.rank - 1) * 0.2) : 0.3;
        var td = el("td", {"class": "cell", "data-rank": cell.rank || "", style: "background: rgba(31,119,180," + shade + ")",
                           title: label(c) + " · rank " + cell.rank + " · " + cell.loc, text: String(cell.rank || "•")});
        td.addEventListener("click", function () {
          showDetails([el("h2", {text: r.notation + " · " + label(c)}), el("div", {text: label(r)}),
                       el("div", {text: "Listed " + (cell.rank ? "#" + cell.rank : "") + " in " + cell.loc}),
                       evidenceList(cell.ev)]);
        });
        tr.append(td);
      });
      table.append(tr);
    });
    markRendered(filled, {"row-count": DATA.rows.length, "col-count": DATA.cols.length});
  }
  draw();
})();
