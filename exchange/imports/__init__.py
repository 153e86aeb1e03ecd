"""Imports of tables from files, all or nothing, as a small set of plain steps.

1. `reading.read_table` turns a CSV (Swedish Excel exports: `;`, decimal comma, UTF-8 with
   or without BOM, or Windows-1252) or an .xlsx into a header and numbered rows;
2. `columns.propose` maps the file's columns onto a kind's fields from the headers, and a
   mapping the organisation kept for files of the same shape (the same headers) wins;
3. `checking.check` parses every row through the kind and names every bad row and field;
4. `checking.run` saves through the kind in one transaction, or nothing at all.

A kind of import (`kinds.ImportKind`) describes its fields, how one row is read, how the
preview sums it up and how it is saved: the ledger (`ledger.LedgerKind`) and the internal
control plan (`control_plan.ControlPlanKind`, into a draft plan the person chooses).
"""
