/* handover-kg graph page. Data comes from the JSON block #kg-data; every string from the graph
 * is put into the page as a DOM text node (textContent), never as markup. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var classes = {};
  data.classes.forEach(function (c) { classes[c.key] = c; });
  var info = data.info;
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var state = { hidden: {}, force: null, from: "", to: "" };
  var kg = window.kgView = { nodes: nodes, edges: edges, ready: false, stabilized: false };

  function visible(n) {
    if (state.hidden[n.cls]) return false;
    if (state.force !== null && n.forces.indexOf(state.force) < 0) return false;
    if (n.d0) {
      if (state.from && n.d1 < state.from) return false;
      if (state.to && n.d0 > state.to) return false;
    }
    return true;
  }
  var view = new vis.DataView(nodes, { filter: visible });
  kg.view = view;

  // -- small DOM helpers: text only ----------------------------------------------------------
  function el(tag, cls, text, lang) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) {
      e.textContent = String(text);
      e.dir = lang === "ar" ? "rtl" : "auto";
      if (lang) e.lang = lang;
    }
    return e;
  }
  var SVG = "http://www.w3.org/2000/svg";
  function swatch(shape, color) {
    var s = document.createElementNS(SVG, "svg"), p;
    s.setAttribute("width", "16"); s.setAttribute("height", "16"); s.setAttribute("viewBox", "0 0 16 16");
    var pts = {
      triangle: "8,1 15,14 1,14", triangleDown: "1,2 15,2 8,15", diamond: "8,1 15,8 8,15 1,8",
      hexagon: "4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8",
      star: "8,0.5 10,6 15.5,6 11,9.5 12.8,15 8,11.7 3.2,15 5,9.5 0.5,6 6,6"
    }[shape];
    if (pts) { p = document.createElementNS(SVG, "polygon"); p.setAttribute("points", pts); }
    else if (shape === "square") {
      p = document.createElementNS(SVG, "rect");
      p.setAttribute("x", "2"); p.setAttribute("y", "2"); p.setAttribute("width", "12"); p.setAttribute("height", "12");
    } else {
      p = document.createElementNS(SVG, "circle");
      p.setAttribute("cx", "8"); p.setAttribute("cy", "8"); p.setAttribute("r", "6");
    }
    p.setAttribute("fill", color);
    s.appendChild(p);
    return s;
  }

  // -- the card shown as tooltip (hover) and in the side panel (click) -----------------------
  function card(id) {
    var i = info[id], root = el("div", "kg-card"), head = el("div", "kg-head");
    var badge = el("span", "kg-badge", i.cls);
    badge.style.background = (classes[i.key] || {}).color || "#555";
    head.appendChild(badge);
    if (i.en) head.appendChild(el("div", "kg-en", i.en));
    if (i.ar) head.appendChild(el("div", "kg-ar", i.ar, "ar"));
    root.appendChild(head);
    if (i.facts.length) {
      var dl = el("dl");
      i.facts.forEach(function (f) {
        dl.appendChild(el("dt", null, f[0]));
        dl.appendChild(el("dd", null, f[1], f[2]));
      });
      root.appendChild(dl);
    }
    i.sources.forEach(function (s) {
      var box = el("div", "kg-src");
      box.appendChild(el("div", "kg-src-title", s.label, s.lang));
      var meta = [s.path, s.date].filter(Boolean).join(" · ");
      if (meta) box.appendChild(el("div", "kg-src-meta", meta));
      if (s.words.length) {
        var ul = el("ul", "kg-words");
        s.words.forEach(function (w) {
          var li = el("li");
          li.appendChild(el("span", "kg-pred", w[0] + ": "));
          li.appendChild(el("q", null, w[1], s.lang));
          ul.appendChild(li);
        });
        box.appendChild(ul);
      }
      root.appendChild(box);
    });
    if (i.more) root.appendChild(el("div", "kg-src-meta", "… and " + i.more + " more source(s)"));
    root.appendChild(el("div", "kg-iri", i.iri));
    return root;
  }
  kg.card = card;

  var tip = document.getElementById("kg-tip"), details = document.getElementById("kg-details");
  var main = document.getElementById("kg-main");
  function showTip(id, pos) {
    tip.replaceChildren(card(id));
    tip.style.display = "block";
    var w = main.clientWidth, h = main.clientHeight;
    // beside the pointer, on whichever side it fits, never under it
    var x = pos.x + 16 + tip.offsetWidth <= w ? pos.x + 16 : Math.max(0, pos.x - 16 - tip.offsetWidth);
    var y = pos.y + 20 + tip.offsetHeight > h ? Math.max(0, pos.y - tip.offsetHeight - 24) : pos.y + 20;
    tip.style.left = x + "px"; tip.style.top = y + "px";
  }
  function hideTip() { tip.style.display = "none"; tip.replaceChildren(); }

  // -- the network -----------------------------------------------------------------------------
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: view, edges: edges }, data.options);
  kg.network = network;
  var progress = document.getElementById("kg-progress");
  function done() {
    progress.textContent = "";
    kg.stabilized = true;
    network.setOptions({ physics: { enabled: false } });
  }
  if (data.options.physics && data.options.physics.enabled && nodes.length) {
    network.on("stabilizationProgress", function (p) {
      progress.textContent = "Laying out " + Math.round(100 * p.iterations / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", done);
  } else {
    kg.stabilized = true;
  }
  network.once("afterDrawing", function () { kg.ready = true; });
  network.on("hoverNode", function (p) { showTip(p.node, p.pointer.DOM); });
  network.on("blurNode", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);
  network.on("click", function (p) {
    details.replaceChildren();
    if (p.nodes.length) details.appendChild(card(p.nodes[0]));
  });

  // -- controls --------------------------------------------------------------------------------
  var status = document.getElementById("kg-status");
  function keepPositions() {
    // (network.storePositions() fails when a DataView hides nodes: it reads every DataSet id)
    var pos = network.getPositions();
    nodes.update(Object.keys(pos).map(function (id) { return { id: Number(id), x: pos[id].x, y: pos[id].y }; }));
  }
  function update() {
    keepPositions();
    view.refresh();
    status.textContent = "showing " + view.length + " of " + nodes.length + " nodes, " +
      network.body.edgeIndices.length + " links";
  }
  var legend = document.getElementById("kg-legend");
  data.classes.forEach(function (c) {
    if (!c.count && !c.folded) return;
    if (!c.count) {
      legend.appendChild(el("div", "kg-folded", c.label + ": " + c.folded + " not drawn (see tooltips)"));
      return;
    }
    var label = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = true; box.value = c.key;
    box.addEventListener("change", function () { state.hidden[c.key] = !box.checked; update(); });
    label.appendChild(box);
    label.appendChild(swatch(c.shape, c.color));
    label.appendChild(el("span", null, c.label));
    label.appendChild(el("span", "kg-count", c.count));
    legend.appendChild(label);
  });
  var select = document.getElementById("kg-force");
  data.forces.forEach(function (f) {
    var o = el("option", null, f[1] + (f[2] ? " \u2068" + f[2] + "\u2069" : ""));
    o.value = String(f[0]);
    select.appendChild(o);
  });
  select.addEventListener("change", function () {
    state.force = select.value === "" ? null : Number(select.value); update();
  });
  var from = document.getElementById("kg-from"), to = document.getElementById("kg-to");
  if (data.dates[0]) { from.min = to.min = data.dates[0]; from.max = to.max = data.dates[1]; }
  from.addEventListener("change", function () { state.from = from.value; update(); });
  to.addEventListener("change", function () { state.to = to.value; update(); });
  document.getElementById("kg-reset").addEventListener("click", function () {
    state.hidden = {}; state.force = null; state.from = state.to = "";
    select.value = ""; from.value = to.value = "";
    legend.querySelectorAll("input").forEach(function (b) { b.checked = true; });
    update();
    network.fit();
  });
  var warn = document.getElementById("kg-warning");
  data.warnings.forEach(function (w) { warn.appendChild(el("div", null, w)); });
  status.textContent = "showing " + view.length + " of " + nodes.length + " nodes, " + edges.length + " links";
})();
