// Shared helpers of the wsiskg pages: data, language switch with the interface strings in both
// languages, page state kept in the URL fragment, the bar of links between pages, evidence. No libraries.
"use strict";
var DATA = JSON.parse(document.getElementById("data").textContent);
var LANG = "en";
var SVGNS = "http://www.w3.org/2000/svg";

// Interface strings: [English, Chinese].
var STRINGS = {
  "title-network": ["WSIS knowledge graph — network", "信息社会世界峰会知识图谱 — 关系网络"],
  "title-timeline": ["WSIS process timeline 1998–2015", "信息社会世界峰会进程时间线 1998–2015"],
  "title-matrix": ["WSIS action-line facilitators", "信息社会世界峰会行动方面协调推动机构"],
  "hint-network": ["Click a node to see its facts and the quotes they come from.", "点击节点查看其事实及出处原文。"],
  "hint-timeline": ["Click an item to see where the text says so.", "点击条目查看原文出处。"],
  "hint-matrix": ["Numbers give the order in which the agency is listed; ★ lead facilitator.", "数字为机构在列表中的顺序；★ 为牵头协调机构。"],
  "nav-network": ["Network", "关系网络"], "nav-timeline": ["Timeline", "时间线"], "nav-matrix": ["Facilitator matrix", "协调机构矩阵"],
  "labels": ["Labels:", "标签："], "search": ["Search 搜索…", "搜索 Search…"],
  "all-docs": ["All documents", "全部文件"], "all-labels": ["all labels", "显示全部标签"],
  "hops": ["Neighbourhood:", "邻域："], "hop1": ["1 hop", "1 步"], "hop2": ["2 hops", "2 步"], "hop-all": ["whole graph", "整个图谱"],
  "kinds": ["Kinds:", "类别："], "focus": ["Focus:", "焦点："], "documents": ["documents", "文件"],
  "no-evidence": ["(no evidence recorded)", "（无出处记录）"], "this": ["this", "本节点"],
  "show-all": ["show all", "显示全部"], "from": ["From", "从"], "to": ["to", "至"],
  "date": ["Date", "日期"], "precision": ["Precision", "精度"], "kind": ["Kind", "类别"], "what": ["What", "内容"],
  "corner": ["Action line \\ agency", "行动方面 \\ 机构"], "listed": ["Listed", "列于"], "rank": ["rank", "排序"],
  "lead": ["lead facilitator", "牵头协调机构"], "only-about": ["Only items about", "仅显示与此相关的条目："],
  "clear": ["clear", "清除"], "no-match": ["no match", "无匹配"]
};
function tr(key) { var s = STRINGS[key]; return s ? s[LANG === "zh" ? 1 : 0] : key; }
// Every element with data-i18n="key" shows tr(key); data-i18n-ph sets a placeholder.
function applyStrings() {
  document.documentElement.lang = LANG;
  document.querySelectorAll("[data-i18n]").forEach(function (n) { n.textContent = tr(n.getAttribute("data-i18n")); });
  document.querySelectorAll("[data-i18n-ph]").forEach(function (n) { n.placeholder = tr(n.getAttribute("data-i18n-ph")); });
  document.title = tr("title-" + document.body.getAttribute("data-page"));
}

function el(tag, attrs, children) {
  var node = document.createElement(tag);
  setAttrs(node, attrs);
  (children || []).forEach(function (c) { node.append(c); });
  return node;
}
function svg(tag, attrs, children) {
  var node = document.createElementNS(SVGNS, tag);
  setAttrs(node, attrs);
  (children || []).forEach(function (c) { node.append(c); });
  return node;
}
function setAttrs(node, attrs) {
  Object.keys(attrs || {}).forEach(function (k) {
    if (k === "text") node.textContent = attrs[k];
    else if (k.slice(0, 2) === "on") node.addEventListener(k.slice(2), attrs[k]);
    else node.setAttribute(k, attrs[k]);
  });
}
function i18n(tag, key, attrs) { var a = Object.assign({"data-i18n": key, text: tr(key)}, attrs || {}); return el(tag, a); }
// The label in the chosen language, falling back to the other one.
function label(obj) { return (LANG === "zh" ? (obj.zh || obj.en) : (obj.en || obj.zh)) || obj.id || ""; }

// Page state <-> URL fragment (#node=…&hops=…&lang=…): a link restores the view.
function readHash() {
  var params = new URLSearchParams(location.hash.slice(1)), out = {};
  params.forEach(function (v, k) { out[k] = v; });
  return out;
}
function writeHash(state) {
  var params = new URLSearchParams();
  Object.keys(state).forEach(function (k) { if (state[k] !== "" && state[k] != null) params.set(k, state[k]); });
  var hash = params.toString();
  if (hash !== location.hash.slice(1)) history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
  updateNav(state.node || state.focus || "");
}
// The bar of links between the pages carries the language and the focused entity.
function updateNav(focus) {
  var lang = LANG === "zh" ? "lang=zh" : "";
  function href(page, extra) { var q = [extra, lang].filter(Boolean).join("&"); return page + ".html" + (q ? "#" + q : ""); }
  var f = focus ? encodeURIComponent(focus) : "";
  document.getElementById("nav-network").href = href("network", f ? "node=" + f : "");
  document.getElementById("nav-timeline").href = href("timeline", f ? "focus=" + f : "");
  document.getElementById("nav-matrix").href = href("matrix", f ? "focus=" + f : "");
}

function languageSwitch(onChange) {
  var box = el("span", {}, [i18n("span", "labels"), " "]);
  [["en", "English"], ["zh", "中文"]].forEach(function (pair) {
    var input = el("input", {type: "radio", name: "lang", value: pair[0]});
    if (pair[0] === LANG) input.checked = true;
    input.addEventListener("change", function () { LANG = pair[0]; applyStrings(); onChange(); });
    box.append(el("label", {}, [input, pair[1] + " "]));
  });
  document.getElementById("controls").append(box);
}
function setLanguage(lang) {
  LANG = lang === "zh" ? "zh" : "en";
  var radio = document.querySelector("input[name=lang][value=" + LANG + "]");
  if (radio) radio.checked = true;
  applyStrings();
}

function evidenceList(evidence) {
  var box = el("div", {});
  (evidence || []).forEach(function (e) {
    var line = el("div", {"class": "ev"}, [e.loc + (e.quote ? ": " : "")]);
    if (e.quote) line.append(el("q", {text: e.quote}));
    box.append(line);
  });
  if (!evidence || !evidence.length) box.append(el("div", {"class": "ev", text: tr("no-evidence")}));
  return box;
}

function showDetails(children) {
  var aside = document.getElementById("details");
  aside.textContent = "";
  children.forEach(function (c) { aside.append(c); });
}

function markRendered(count, extra) {
  document.body.setAttribute("data-node-count", String(count));
  Object.keys(extra || {}).forEach(function (k) { document.body.setAttribute("data-" + k, String(extra[k])); });
  document.body.setAttribute("data-rendered", "yes");
}
