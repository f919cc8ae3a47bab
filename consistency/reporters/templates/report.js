// Optional niceties; the page reads the same with scripts off.
(function () {
  "use strict";
  var box = document.getElementById("filter-box");
  var input = document.getElementById("filter");
  var count = document.getElementById("filter-count");
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.finding-row"));
  var blocks = Array.prototype.slice.call(document.querySelectorAll("details.finding"));
  if (box && input && rows.length) {
    box.hidden = false;
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = {};
      var total = 0;
      rows.forEach(function (row) {
        var text = row.textContent.toLowerCase();
        var keep = words.every(function (w) { return text.indexOf(w) >= 0; });
        row.hidden = !keep;
        shown[row.getAttribute("data-finding")] = keep;
        if (keep) { total += 1; }
      });
      blocks.forEach(function (block) { block.hidden = !shown[block.getAttribute("data-finding")]; });
      count.textContent = words.length ? total + " of " + rows.length + " findings" : "";
    });
  }
  // Print every finding's evidence, not only the open ones.
  window.addEventListener("beforeprint", function () {
    blocks.forEach(function (block) { block.open = true; });
  });
  // Following a link to a closed finding opens it.
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target && target.tagName === "DETAILS") { target.open = true; }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
})();
