// Pasting several lines (a column copied from a spreadsheet) into one cell of a grid
// fills that cell and the cells below it in the same column; tabs fill cells to the right.
(function () {
  "use strict";
  document.querySelectorAll("[data-paste-grid]").forEach(function (table) {
    table.addEventListener("paste", function (event) {
      var target = event.target;
      if (!(target instanceof HTMLInputElement) || !target.dataset.column) return;
      var text = (event.clipboardData || window.clipboardData).getData("text");
      if (text.indexOf("\n") === -1 && text.indexOf("\t") === -1) return;
      event.preventDefault();
      var lines = text.replace(/\r/g, "").replace(/\n$/, "").split("\n");
      var rows = Array.from(table.querySelectorAll("tbody tr"));
      var startRow = rows.indexOf(target.closest("tr"));
      var cells = Array.from(target.closest("tr").querySelectorAll("input[data-column]"));
      var startColumn = cells.indexOf(target);
      lines.forEach(function (line, i) {
        var row = rows[startRow + i];
        if (!row) return;
        var inputs = Array.from(row.querySelectorAll("input[data-column]"));
        line.split("\t").forEach(function (value, j) {
          var input = inputs[startColumn + j];
          if (input) input.value = value.trim();
        });
      });
      var filled = Math.min(lines.length, rows.length - startRow);
      var status = document.getElementById("paste-status");
      if (status) status.textContent = (table.dataset.pastedMessage || "%s").replace("%s", filled);
    });
  });
})();
