// Action lines x facilitating agencies, from wsis:Facilitation nodes: each cell shows the agency's
// place in the list (wsis:rank); lead facilitators are highlighted. Chinese column headers stand
// upright in vertical writing; the state (#focus=<row or column IRI>&lang=zh) lives in the URL.
(function () {
  var main = document.getElementById("main");
  var table = el("table", {"class": "matrix", id: "matrix"});
  main.append(table);
  var cellAt = {};
  DATA.cells.forEach(function (c) { cellAt[c.row + " " + c.col] = c; });
  var rowById = {}, colById = {};
  DATA.rows.forEach(function (r) { rowById[r.id] = r; });
  DATA.cols.forEach(function (c) { colById[c.id] = c; });
  var state = {focus: ""};
  languageSwitch(function () { draw(); save(); });

  function focusOn(id) { state.focus = state.focus === id ? "" : id; draw(); save(); }
  function save() { writeHash({focus: state.focus, lang: LANG === "zh" ? "zh" : ""}); }
  function networkLink(id, text) {
    return el("a", {href: "network.html#node=" + encodeURIComponent(id) + (LANG === "zh" ? "&lang=zh" : ""), text: text});
  }

  function draw() {
    table.textContent = "";
    table.classList.toggle("zh", LANG === "zh");
    var filled = 0;
    var head = el("tr", {}, [el("th", {"class": "corner", text: tr("corner")})]);
    DATA.cols.forEach(function (c) {
      var name = LANG === "zh" ? (c.zh || c.en) : c.en;
      head.append(el("th", {"class": "col" + (c.lead ? " lead" : "") + (state.focus === c.id ? " hl" : ""), "data-id": c.id,
                            title: c.name + " / " + c.zh + (c.lead ? " (" + tr("lead") + ")" : ""),
                            onclick: function () { focusOn(c.id); }},
                    [el("span", {text: (c.lead ? "★ " : "") + name})]));
    });
    table.append(head);
    DATA.rows.forEach(function (r) {
      var tr_ = el("tr", {"class": (r.sub ? "sub" : "") + (state.focus === r.id ? " hl" : ""), "data-id": r.id},
                   [el("th", {"class": "row", text: r.notation + " " + label(r), onclick: function () { focusOn(r.id); }})]);
      DATA.cols.forEach(function (c) {
        var cell = cellAt[r.id + " " + c.id];
        var inFocus = state.focus === c.id;
        if (!cell) { tr_.append(el("td", {"class": inFocus ? "in-focus" : ""})); return; }
        filled += 1;
        var shade = cell.rank ? Math.max(0.15, 1 - (cell.rank - 1) * 0.2) : 0.3;
        var td = el("td", {"class": "cell" + (inFocus ? " in-focus" : ""), "data-rank": cell.rank || "",
                           style: "background: rgba(31,119,180," + shade + ")",
                           title: label(c) + " · " + tr("rank") + " " + cell.rank + " · " + cell.loc, text: String(cell.rank || "•")});
        td.addEventListener("click", function () {
          showDetails([el("h2", {text: r.notation + " · " + label(c)}), networkLink(r.id, label(r)), el("br"),
                       networkLink(c.id, LANG === "zh" ? (c.zh || c.name) : c.name),
                       el("div", {text: tr("listed") + " " + (cell.rank ? "#" + cell.rank : "") + " · " + cell.loc}),
                       evidenceList(cell.ev)]);
        });
        tr_.append(td);
      });
      table.append(tr_);
    });
    document.body.setAttribute("data-focus", state.focus);
    markRendered(filled, {"row-count": DATA.rows.length, "col-count": DATA.cols.length});
    var target = state.focus && table.querySelector("[data-id='" + CSS.escape(state.focus) + "']");
    if (target) target.scrollIntoView({block: "nearest", inline: "center"});
  }
  function fromHash() {
    var h = readHash();
    state.focus = h.focus && (rowById[h.focus] || colById[h.focus]) ? h.focus : "";
    setLanguage(h.lang);
    draw();
    save();
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
