// Shared helpers of the wsiskg pages: data, language switch, evidence rendering. No libraries.
"use strict";
var DATA = JSON.parse(document.getElementById("data").textContent);
var LANG = "en";
var SVGNS = "http://www.w3.org/2000/svg";

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
// The label in the chosen language, falling back to the other one.
function label(obj) { return (LANG === "zh" ? (obj.zh || obj.en) : (obj.en || obj.zh)) || obj.id || ""; }

function languageSwitch(onChange) {
  var box = el("span", {}, ["Labels: "]);
  [["en", "English"], ["zh", "中文"]].forEach(function (pair) {
    var input = el("input", {type: "radio", name: "lang", value: pair[0]});
    if (pair[0] === LANG) input.checked = true;
    input.addEventListener("change", function () { LANG = pair[0]; document.documentElement.lang = LANG; onChange(); });
    box.append(el("label", {}, [input, pair[1] + " "]));
  });
  document.getElementById("controls").append(box);
}

function evidenceList(evidence) {
  var box = el("div", {});
  (evidence || []).forEach(function (e) {
    var line = el("div", {"class": "ev"}, [e.loc + (e.quote ? ": " : "")]);
    if (e.quote) line.append(el("q", {text: e.quote}));
    box.append(line);
  });
  if (!evidence || !evidence.length) box.append(el("div", {"class": "ev", text: "(no evidence recorded)"}));
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
