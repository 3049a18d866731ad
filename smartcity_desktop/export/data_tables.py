"""The open-data JSON document as flat tables, and the writers for .json, .csv and .xlsx.

Each top-level list of the document is a table; each list of objects inside its items (a
round's ballots, a weighting's weights) is a table of its own with the parent's id as the first
column (`round_id`, `weighting_id`, `card_id`). A nested object (a round's `settings`) becomes
columns; a list of plain values (`sources`, `tied_with`) becomes one text "a|b|c".
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smartcity_desktop.export.atomic import atomic_write, fsync_dir

JsonObject = dict[str, Any]
LIST_SEPARATOR = "|"


@dataclass(frozen=True)
class TableSpec:
    """Where a table's rows are in the document."""

    name: str
    key: str  # the top-level key
    child: str | None = None  # the list inside each item of `key`
    parent_column: str = ""  # the column holding the item's id, for a child table
    columns: tuple[str, ...] = ()


def _spec(
    name: str, key: str, columns: str, child: str | None = None, parent: str = ""
) -> TableSpec:
    cols = tuple(columns.split())
    return TableSpec(name, key, child, parent, ((parent,) if parent else ()) + cols)


TABLES: tuple[TableSpec, ...] = (
    _spec("strategy", "strategy", "title city vision notice pseudonymised"),
    _spec("workshops", "workshops", "id title kind date start_time end_time place"),
    _spec("boards", "boards", "id workshop_id title"),
    _spec("clusters", "clusters", "id board_id title kind field_of_action_id"),
    _spec("fields_of_action", "fields_of_action", "id title description"),
    _spec(
        "cards",
        "cards",
        "id board_id workshop_id cluster_id cluster text source sources merged_duplicates",
    ),
    _spec("card_tags", "cards", "column value", "tags", "card_id"),
    _spec(
        "criteria",
        "criteria",
        "id name description anchor_low anchor_mid anchor_high must threshold",
    ),
    _spec(
        "projects",
        "projects",
        "id title field_of_action_id description owner cost status card_id cluster_id",
    ),
    _spec(
        "voting_rounds",
        "voting_rounds",
        "id workshop_id board_id title target state previous_round_id dots_per_voter "
        "red_dots_per_voter cap_per_option anonymous hidden_until_revealed voters voter_count "
        "results_published",
    ),
    _spec(
        "voting_options",
        "voting_rounds",
        "id label card_id cluster_id previous_option_id",
        "options",
        "round_id",
    ),
    _spec("ballots", "voting_rounds", "voter option green red abstained", "ballots", "round_id"),
    _spec("paper_counts", "voting_rounds", "option group green red", "paper_counts", "round_id"),
    _spec(
        "voting_results",
        "voting_rounds",
        "option label green red net share green_share breadth rank tied_with",
        "results",
        "round_id",
    ),
    _spec(
        "voting_results_by_group",
        "voting_rounds",
        "option group green red",
        "results_by_group",
        "round_id",
    ),
    _spec(
        "weightings",
        "weightings",
        "id workshop_id title method judged_by scored_by state complete cr",
    ),
    _spec("weighting_criteria", "weightings", "id name", "criteria", "weighting_id"),
    _spec("weighting_projects", "weightings", "id title", "projects", "weighting_id"),
    _spec(
        "judgements",
        "weightings",
        "rater criterion other value",
        "judgements",
        "weighting_id",
    ),
    _spec("weights", "weightings", "criterion weight", "weights", "weighting_id"),
    _spec("scores", "weightings", "rater project criterion value", "scores", "weighting_id"),
    _spec("mean_scores", "weightings", "project criterion mean", "mean_scores", "weighting_id"),
    _spec("utilities", "weightings", "project utility", "utilities", "weighting_id"),
    _spec(
        "ranks",
        "weightings",
        "project rank excluded_by missing_scores",
        "ranks",
        "weighting_id",
    ),
    _spec(
        "stability_intervals",
        "weightings",
        "criterion weight low high first_place_changes_to_below_low "
        "first_place_changes_to_above_high",
        "stability_intervals",
        "weighting_id",
    ),
)


def _flat(item: JsonObject) -> JsonObject:
    """An item's own values: nested objects as columns, lists of values joined, child lists
    (of objects) left out."""
    row: JsonObject = {}
    for key, value in item.items():
        if isinstance(value, dict):
            row.update(_flat(value))
        elif isinstance(value, list):
            if all(not isinstance(v, dict) for v in value) and value:
                row[key] = LIST_SEPARATOR.join(str(v) for v in value)
            elif not value:
                row[key] = ""
        else:
            row[key] = value
    return row


def table_rows(document: JsonObject, spec: TableSpec) -> list[JsonObject]:
    """The rows of one table, as dicts with exactly `spec.columns` as keys, in order."""
    top = document[spec.key]
    items = [top] if isinstance(top, dict) else top
    rows: list[JsonObject] = []
    for item in items:
        if spec.child is None:
            flat = _flat(item)
            rows.append({c: flat.get(c) for c in spec.columns})
            continue
        for child in item[spec.child]:
            flat = {spec.parent_column: item["id"], **_flat(child)}
            rows.append({c: flat.get(c) for c in spec.columns})
    return rows


def tables(document: JsonObject) -> dict[str, tuple[tuple[str, ...], list[JsonObject]]]:
    """Every table: name → (columns, rows)."""
    return {spec.name: (spec.columns, table_rows(document, spec)) for spec in TABLES}


# -- JSON ------------------------------------------------------------------------------------


def json_bytes(document: JsonObject) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n").encode()


def write_json(document: JsonObject, target: Path) -> None:
    data = json_bytes(document)  # rendered before anything is written
    atomic_write(target, lambda tmp: tmp.write_bytes(data))


# -- CSV -------------------------------------------------------------------------------------

CSV_DELIMITER = ","
CSV_ENCODING = "utf-8-sig"  # with a byte-order mark, so Excel reads the umlauts right


def csv_cell(value: Any) -> str:
    """How a value is written to CSV: empty for null, true/false, numbers as Python writes
    them (a point as decimal separator, every digit kept)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def csv_bytes(columns: tuple[str, ...], rows: list[JsonObject]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([csv_cell(row[c]) for c in columns])
    return buffer.getvalue().encode(CSV_ENCODING)


def csv_paths(target: Path | str) -> dict[str, Path]:
    """Table name → the CSV file it is written to: `OUT.csv` → `OUT-cards.csv`, ..."""
    target = Path(target)
    return {spec.name: target.with_name(f"{target.stem}-{spec.name}.csv") for spec in TABLES}


def write_csv(document: JsonObject, target: Path) -> None:
    """One CSV per table beside `target`, all or nothing: every file is written under a
    temporary name first; when all are complete, the earlier files of those names are moved
    to backup names, the new ones renamed into place, and the backups removed. If anything
    fails on the way (a rename refused, a file locked by Excel on Windows), the new files are
    removed and the backups moved back, so the earlier set stays byte-identical (or there is
    none) and no temporary file is left. Only if the process dies during the renames (a few
    milliseconds) can a backup `.OUT-<table>.csv.<random>.bak` be left beside the set."""
    paths = csv_paths(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(f"the folder {folder} does not exist")
    for path in paths.values():
        if path.is_dir():
            raise IsADirectoryError(f"{path} is a folder, not a file")
    contents = {
        name: csv_bytes(columns, rows) for name, (columns, rows) in tables(document).items()
    }
    staged: list[tuple[Path, Path]] = []
    backups: dict[Path, Path] = {}  # target → where its earlier file waits
    placed: list[Path] = []  # targets that hold a new file
    try:
        for name, data in contents.items():
            fd, tmp_name = tempfile.mkstemp(
                prefix=f".{paths[name].name}.", suffix=".tmp", dir=folder
            )
            tmp = Path(tmp_name)
            staged.append((tmp, paths[name]))
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            _usual_mode(tmp, paths[name])
        _before_renames()
        for _tmp, path in staged:
            if path.exists():
                backup = path.with_name(f".{path.name}.{os.urandom(4).hex()}.bak")
                os.replace(path, backup)
                backups[path] = backup
        for tmp, path in staged:
            os.replace(tmp, path)
            placed.append(path)
    except BaseException:
        _roll_back(placed, backups)
        raise
    finally:
        for tmp, _path in staged:
            with contextlib.suppress(OSError):
                tmp.unlink()
    for backup in backups.values():
        with contextlib.suppress(OSError):
            backup.unlink()
    fsync_dir(folder)


def _roll_back(placed: list[Path], backups: dict[Path, Path]) -> None:
    """Undo a half-done swap: new files out, earlier files back. A backup that can't be
    moved back stays where it is (it is the user's earlier file: never deleted)."""
    for path in placed:
        if path not in backups:
            with contextlib.suppress(OSError):
                path.unlink()
    for path, backup in backups.items():
        with contextlib.suppress(OSError):
            os.replace(backup, path)


def _before_renames() -> None:
    """A seam for tests: the moment every file is staged and none renamed yet."""


def _usual_mode(tmp: Path, target: Path) -> None:
    """mkstemp creates 0600; keep the target's permissions, or the usual ones."""
    with contextlib.suppress(OSError):
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)


# -- XLSX ------------------------------------------------------------------------------------

# Characters XML 1.0 (and so Excel) can't hold: control characters other than tab and breaks.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xlsx_value(value: Any) -> Any:
    """How a value is written to a sheet: null and "" as an empty cell, characters XML can't
    hold as U+FFFD; numbers and true/false as themselves."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return _ILLEGAL_XML.sub("\ufffd", value)
    return value


def write_xlsx(document: JsonObject, target: Path) -> None:
    """One sheet per table, header row bold and frozen. Text starting with "=" stays text
    (never a formula: a survey answer must not run in the city's Excel)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    bold = Font(bold=True)
    for name, (columns, rows) in tables(document).items():
        sheet = workbook.create_sheet(title=name[:31])
        sheet.append(list(columns))
        for cell in sheet[1]:
            cell.font = bold
        sheet.freeze_panes = "A2"
        for r, row in enumerate(rows, start=2):
            for c, column in enumerate(columns, start=1):
                value = xlsx_value(row[column])
                if value is None:
                    continue
                cell = sheet.cell(row=r, column=c, value=value)
                if isinstance(value, str) and cell.data_type != "s":
                    cell.data_type = "s"  # "=..." would be a formula
    atomic_write(target, lambda tmp: workbook.save(tmp))
