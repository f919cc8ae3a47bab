// The page's behaviour: the findings table (built from the JSON block, sorted and filtered in memory, shown a
// page at a time so that thousands of findings stay fast), evidence on demand, triage marks kept in
// localStorage and exported as a decisions file, and the links from the matrix and the texts.
// No network, no inline handlers (the CSP forbids them): everything is bound here. Text from the data goes
// into the page through textContent only; the evidence HTML was escaped when the report was written.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var PAGE = 100;
  var SEVERITY = ["error", "warning", "info"];
  var VERDICT = ["diverge", "compatible", "omission", "paraphrase", "agree", "emphasis"];
  var $ = function (id) { return document.getElementById(id); };
  var body = $("findings-body");
  var template = $("row-template");
  var form = $("filters");
  var input = $("filter");
  var rows = [];
  var byId = {};
  var view = [];
  var limit = PAGE;
  var sortColumn = "";
  var sortDirection = 1;
  var slotFilter = "";
  var decisions = {};
  var memoryOnly = false;
  var prefix = data.storage + "|" + data.identity + "|";

  function rank(list, value) { var i = list.indexOf(value); return i < 0 ? list.length : i; }

  data.findings.forEach(function (values, i) {
    var row = {i: i, open: false, tr: null, detail: null};
    data.columns.forEach(function (name, c) { row[name] = values[c]; });
    row.id = row.finding_id;
    row.text = [row.id, row.severity, row.verdict, row.code, row.rule, row.kind, row.subject,
                row.sources.join(" "), row.slot_id, row.message].join(" ").toLowerCase();
    rows.push(row);
    byId[row.id] = row;
  });

  // -- triage storage: one localStorage key per finding, under the report identity -------------------------
  function loadDecisions() {
    try {
      for (var i = 0; i < localStorage.length; i += 1) {
        var key = localStorage.key(i);
        if (key && key.indexOf(prefix) === 0) {
          try { decisions[key.slice(prefix.length)] = JSON.parse(localStorage.getItem(key)); } catch (e) { /* skip */ }
        }
      }
    } catch (e) { memoryOnly = true; }
  }
  function saveDecision(id, entry) {
    if (entry && (entry.decision || entry.note)) { decisions[id] = entry; } else { delete decisions[id]; }
    if (memoryOnly) { return; }
    try {
      if (decisions[id]) { localStorage.setItem(prefix + id, JSON.stringify(decisions[id])); }
      else { localStorage.removeItem(prefix + id); }
    } catch (e) { memoryOnly = true; }
  }
  function decisionOf(row) { var d = decisions[row.id]; return d && d.decision ? d.decision : ""; }

  // -- sorting and filtering work on the array; only the shown page is in the DOM ---------------------------
  var sortKeys = {
    severity: function (r) { return [rank(SEVERITY, r.severity), rank(VERDICT, r.verdict)]; },
    verdict: function (r) { return [rank(VERDICT, r.verdict), rank(SEVERITY, r.severity)]; },
    rule: function (r) { return [r.code]; },
    kind: function (r) { return [r.kind]; },
    subject: function (r) { return [r.subject.toLowerCase()]; },
    sources: function (r) { return [r.sources.join(", ").toLowerCase()]; },
    message: function (r) { return [r.message.toLowerCase()]; },
    decision: function (r) { return [rank(["confirmed", "dismissed"], decisionOf(r))]; }
  };
  function compare(a, b) {
    for (var i = 0; i < a.length; i += 1) {
      if (a[i] < b[i]) { return -1; }
      if (a[i] > b[i]) { return 1; }
    }
    return 0;
  }
  function selected(name) { var s = form.querySelector('[data-filter="' + name + '"]'); return s ? s.value : ""; }
  function matches() {
    var want = {severity: selected("severity"), verdict: selected("verdict"), rule: selected("rule"),
                kind: selected("kind"), source: selected("source"), decision: selected("decision")};
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    return rows.filter(function (r) {
      return (!want.severity || r.severity === want.severity) && (!want.verdict || r.verdict === want.verdict) &&
        (!want.rule || r.code === want.rule) && (!want.kind || r.kind === want.kind) &&
        (!want.source || r.sources.indexOf(want.source) >= 0) &&
        (!want.decision || (decisionOf(r) || "undecided") === want.decision) &&
        (!slotFilter || r.slot_id === slotFilter) &&
        words.every(function (w) { return r.text.indexOf(w) >= 0; });
    });
  }
  function update(keepLimit) {
    view = matches();
    if (sortColumn) {
      var key = sortKeys[sortColumn];
      var keyed = view.map(function (r) { return {r: r, k: key(r)}; });
      keyed.sort(function (x, y) { return sortDirection * compare(x.k, y.k) || x.r.i - y.r.i; });
      view = keyed.map(function (x) { return x.r; });
    }
    if (!keepLimit) { limit = PAGE; }
    render();
  }

  // -- rows -------------------------------------------------------------------------------------------------
  function build(row) {
    var tr = template.content.firstElementChild.cloneNode(true);
    var cells = tr.cells;
    tr.setAttribute("data-finding", row.id);
    cells[1].firstChild.className = "badge severity-" + row.severity;
    cells[1].firstChild.textContent = row.severity;
    cells[2].firstChild.className = "badge verdict-" + row.verdict;
    cells[2].firstChild.textContent = row.verdict;
    cells[3].firstChild.textContent = row.code;
    cells[3].lastChild.textContent = row.rule;
    cells[4].textContent = row.kind;
    cells[5].textContent = row.subject || "—";
    cells[6].textContent = row.sources.join(", ");
    cells[7].firstChild.textContent = row.message;
    cells[7].lastChild.textContent = row.id;
    cells[7].lastChild.href = "#f-" + row.id;
    if (row.baseline) {
      var tag = document.createElement("span");
      tag.className = "tag baseline-" + row.baseline;
      tag.title = "status against the --baseline file";
      tag.textContent = row.baseline;
      cells[8].insertBefore(tag, cells[8].firstChild);
    }
    row.tr = tr;
    paint(row);
    return tr;
  }
  function render() {
    var fragment = document.createDocumentFragment();
    rows.forEach(function (r) { r.tr = null; r.detail = null; });
    view.slice(0, limit).forEach(function (row) {
      fragment.appendChild(build(row));
      if (row.open) { fragment.appendChild(detail(row)); }
    });
    body.textContent = "";
    body.appendChild(fragment);
    var shown = Math.min(limit, view.length);
    $("filter-count").textContent = view.length === rows.length ? "all " + rows.length + " findings"
      : view.length + " of " + rows.length + " findings match";
    $("no-match").hidden = view.length > 0;
    $("more-rows").hidden = shown >= view.length;
    $("shown-range").textContent = "Showing " + shown + " of " + view.length + ".";
    $("slot-chip").hidden = !slotFilter;
    $("slot-chip-name").textContent = slotFilter;
    Array.prototype.forEach.call(document.querySelectorAll("#findings-table th[data-sort]"), function (th) {
      th.setAttribute("aria-sort", th.getAttribute("data-sort") !== sortColumn ? "none"
        : sortDirection > 0 ? "ascending" : "descending");
    });
  }

  // -- evidence on demand -----------------------------------------------------------------------------------
  function detail(row) {
    var tr = document.createElement("tr");
    tr.className = "detail-row";
    tr.setAttribute("data-detail", row.id);
    var cell = tr.insertCell(0);
    cell.colSpan = 9;
    cell.innerHTML = data.details[row.id] + (data.rules[row.code] || "");  // escaped when the report was written
    cell.firstElementChild.appendChild(triagePanel(row));
    row.detail = tr;
    paint(row);
    return tr;
  }
  function toggle(row, open) {
    row.open = open === undefined ? !row.open : open;
    if (!row.tr) { return; }
    if (row.open && !row.detail) { row.tr.parentNode.insertBefore(detail(row), row.tr.nextSibling); }
    if (!row.open && row.detail) { row.detail.remove(); row.detail = null; }
    paint(row);
  }
  function triagePanel(row) {
    var panel = document.createElement("div");
    panel.className = "triage";
    ["confirmed", "dismissed"].forEach(function (decision) {
      var b = document.createElement("button");
      b.type = "button";
      b.setAttribute("data-decision", decision);
      b.setAttribute("aria-pressed", "false");
      b.textContent = decision === "confirmed" ? "✓ Confirm" : "✕ Dismiss";
      panel.appendChild(b);
    });
    var label = document.createElement("label");
    label.textContent = "Note ";
    var note = document.createElement("textarea");
    note.rows = 2;
    note.className = "note-field";
    note.placeholder = "why confirmed or dismissed…";
    note.value = (decisions[row.id] && decisions[row.id].note) || "";
    note.addEventListener("input", function () {
      saveDecision(row.id, {decision: decisionOf(row), note: note.value, at: new Date().toISOString()});
      paint(row);
      updateCount();
    });
    label.appendChild(note);
    panel.appendChild(label);
    return panel;
  }
  function decide(row, decision) {
    var d = decisions[row.id] || {note: ""};
    var next = d.decision === decision ? "" : decision;  // pressing the pressed button undoes it
    saveDecision(row.id, {decision: next, note: d.note || "", at: new Date().toISOString()});
    paint(row);
    updateCount();
  }
  function paint(row) {
    if (!row.tr) { return; }
    var decision = decisionOf(row);
    var d = decisions[row.id];
    if (decision) { row.tr.setAttribute("data-decision", decision); } else { row.tr.removeAttribute("data-decision"); }
    row.tr.classList.toggle("has-note", !!(d && d.note));
    row.tr.classList.toggle("is-open", row.open);
    var toggleButton = row.tr.querySelector("button.open");
    toggleButton.setAttribute("aria-expanded", String(row.open));
    toggleButton.textContent = row.open ? "▾" : "▸";
    [row.tr, row.detail].forEach(function (scope) {
      if (!scope) { return; }
      Array.prototype.forEach.call(scope.querySelectorAll("button[data-decision]"), function (b) {
        b.setAttribute("aria-pressed", String(b.getAttribute("data-decision") === decision));
      });
    });
  }

  // -- decisions file ---------------------------------------------------------------------------------------
  function exported() {
    var list = Object.keys(decisions).filter(function (id) { return byId[id] && decisions[id].decision; })
      .sort().map(function (id) {
        return {finding_id: id, decision: decisions[id].decision, note: decisions[id].note || ""};
      });
    return {version: 1, decisions: list};
  }
  function updateCount() {
    var list = exported().decisions;
    var dismissed = list.filter(function (d) { return d.decision === "dismissed"; }).length;
    $("decision-count").textContent = list.length + (list.length === 1 ? " decision" : " decisions") +
      (list.length ? " (" + (list.length - dismissed) + " confirmed, " + dismissed + " dismissed)" : "") +
      (memoryOnly ? " · not saved: this browser keeps no storage for local files" : "");
  }
  function download() {
    var blob = new Blob([JSON.stringify(exported(), null, 2) + "\n"], {type: "application/json"});
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "decisions-" + data.identity + ".json";
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  }
  function importFile(file) {
    var reader = new FileReader();
    reader.onload = function () {
      var parsed;
      try { parsed = JSON.parse(reader.result); } catch (e) { window.alert("Not a JSON file: " + e.message); return; }
      if (!parsed || parsed.version !== 1 || !Array.isArray(parsed.decisions)) {
        window.alert('Not a decisions file: expected {"version": 1, "decisions": [...]}');
        return;
      }
      parsed.decisions.forEach(function (d) {
        if (d && typeof d.finding_id === "string" && (d.decision === "confirmed" || d.decision === "dismissed")) {
          saveDecision(d.finding_id, {decision: d.decision, note: String(d.note || ""), at: new Date().toISOString()});
        }
      });
      updateCount();
      update(true);
    };
    reader.readAsText(file);
  }

  // -- links: a finding id opens its evidence, a fact opens its document -----------------------------------
  function reveal(row) {
    if (view.indexOf(row) < 0) { form.reset(); slotFilter = ""; update(); }
    var at = view.indexOf(row);
    if (at >= limit) { limit = at + 1; }
    row.open = true;
    render();
    row.tr.scrollIntoView({block: "center"});
  }
  function follow() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) { return; }
    if (id.indexOf("f-") === 0 && byId[id.slice(2)]) { reveal(byId[id.slice(2)]); return; }
    var target = document.getElementById(id);
    var holder = target && target.closest("details");
    if (holder) { holder.open = true; }
    if (target) { target.scrollIntoView({block: "center"}); target.classList.add("flash"); }
  }
  function setSlot(slot) {
    slotFilter = slot;
    update();
    $("findings").scrollIntoView();
  }

  // -- wiring -----------------------------------------------------------------------------------------------
  if (body) {
    loadDecisions();
    form.hidden = false;
    $("triage-bar").hidden = false;
    body.addEventListener("click", function (event) {
      var el = event.target;
      var tr = el.closest("tr");
      if (!tr) { return; }
      var row = byId[tr.getAttribute("data-finding") || tr.getAttribute("data-detail")];
      var decision = el.closest("button[data-decision]");
      if (row && decision) { decide(row, decision.getAttribute("data-decision")); return; }
      if (!row || tr.classList.contains("detail-row") || el.closest("a, textarea, input")) { return; }
      if (el.closest("button.open") || !window.getSelection().toString()) { toggle(row); }
    });
    $("findings-table").tHead.addEventListener("click", function (event) {
      var th = event.target.closest("th[data-sort]");
      if (!th) { return; }
      var column = th.getAttribute("data-sort");
      sortDirection = column === sortColumn ? -sortDirection : 1;
      sortColumn = column;
      update(true);
    });
    form.addEventListener("change", function () { update(); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    input.addEventListener("input", function () { update(); });
    $("reset-filters").addEventListener("click", function () { form.reset(); slotFilter = ""; update(); });
    $("slot-chip-clear").addEventListener("click", function () { setSlot(""); });
    $("show-more").addEventListener("click", function () { limit += PAGE * 2; render(); });
    $("show-all").addEventListener("click", function () { limit = view.length; render(); });
    $("export-decisions").addEventListener("click", download);
    $("import-decisions").addEventListener("change", function (event) {
      if (event.target.files[0]) { importFile(event.target.files[0]); }
      event.target.value = "";
    });
    updateCount();
    update();
    var matrix = $("matrix-table");
    if (matrix) {
      matrix.tHead.addEventListener("click", function (event) {
        var button = event.target.closest("button[data-slot]");
        if (button) { setSlot(button.getAttribute("data-slot")); }
      });
    }
    window.addEventListener("beforeprint", function () {
      limit = view.length;
      view.forEach(function (r) { r.open = true; });
      render();
    });
  }
  var texts = $("texts");
  var legend = $("kind-legend");
  if (legend && texts) {
    legend.addEventListener("change", function (event) {
      var kind = event.target.getAttribute("data-kind");
      if (kind) { texts.classList.toggle("hide-" + kind, !event.target.checked); }
    });
  }
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("details.doc"), function (d) { d.open = true; });
  });
  window.addEventListener("hashchange", follow);
  follow();
})();
