"""Survey exports and idea lists (CSV, XLSX) turned into domain cards.

`tabular.read_table` reads a file into a `Table` (any common encoding and delimiter, or the active
sheet of a workbook, told apart by content, not extension); `tabular.guess_text_column` and
`tabular.resolve_column` pick the column of answers; `cards.cards_from_table` turns its rows into
`CardDraft`s, counting blank answers and near-identical duplicates. Pure Python plus openpyxl,
which is imported only when a workbook is read; no Qt, no database.
"""
