"""The `smartcity-desktop` command: the GUI by default, and headless sub-commands without Qt.

Exit codes: 0 success; 2 bad input (missing, foreign, damaged, newer or locked file, unknown
option), with one plain line on stderr and no traceback unless --debug.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from smartcity_desktop import APP_NAME, __version__
from smartcity_desktop.store.errors import ProjectFileError

PROG = "smartcity-desktop"
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


class UsageError(Exception):
    """Bad command-line input, reported as one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def _gui_parser() -> _Parser:
    parser = _Parser(
        prog=PROG,
        description=f"{APP_NAME}: run the workshops of a Smart City strategy.",
        epilog="Sub-commands: demo OUT.scw | new OUT.scw [--title T] [--city C] | "
        "check FILE.scw [--json] | import-cards FILE.scw [--workshop W] --board NAME SOURCE "
        "[--column C]. Use '%(prog)s COMMAND --help' for details.",
    )
    parser.add_argument("file", nargs="?", type=Path, help="a .scw project to open")
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the demo")
    parser.add_argument("--lang", choices=["de", "en"], help="interface language")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    # For the start-up benchmark and smoke tests: quit once the main window has painted.
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _command_parsers() -> dict[str, _Parser]:
    demo = _Parser(prog=f"{PROG} demo", description="Write the demo project (invented data).")
    demo.add_argument("out", type=Path, metavar="OUT.scw")

    new = _Parser(prog=f"{PROG} new", description="Create an empty project.")
    new.add_argument("out", type=Path, metavar="OUT.scw")
    new.add_argument("--title", default="Smart-City-Strategie")
    new.add_argument("--city", default="")

    check = _Parser(prog=f"{PROG} check", description="Check a project: schema, integrity, counts.")
    check.add_argument("file", type=Path, metavar="FILE.scw")
    check.add_argument("--json", action="store_true", help="print one JSON object")
    imp = _Parser(
        prog=f"{PROG} import-cards",
        description="Add idea cards to a board from a survey export (CSV or XLSX). Empty and "
        "duplicate rows are skipped; all cards are added in one transaction or none.",
    )
    imp.add_argument("file", type=Path, metavar="FILE.scw")
    imp.add_argument("source", type=Path, metavar="SOURCE", help="a .csv or .xlsx file")
    imp.add_argument(
        "--workshop",
        metavar="W",
        help="workshop title or id (default: the most recent; if the project has none, one is "
        "created, named after the source file)",
    )
    imp.add_argument("--board", required=True, metavar="NAME", help="created if needed")
    imp.add_argument(
        "--column",
        metavar="C",
        help="the text column: header name or 1-based number (default: the first column "
        "that holds free text)",
    )
    imp.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="C",
        help="a column to keep as a tag on each card (repeatable)",
    )
    imp.add_argument(
        "--card-source",
        choices=["survey", "interview", "workshop", "best_practice", "own"],
        default="survey",
        help="where the ideas came from (default: survey)",
    )
    for parser in (demo, new, check, imp):
        parser.add_argument("--debug", action="store_true", help="show tracebacks")
    return {"demo": demo, "new": new, "check": check, "import-cards": imp}


def cmd_demo(args: argparse.Namespace) -> int:
    from smartcity_desktop.store.demo import build_demo

    pf = build_demo(args.out)
    try:
        from smartcity_desktop.store.check import check_open

        counts = check_open(pf).counts
    finally:
        pf.close()
    print(
        f"Demo project written to {args.out} ({counts['workshops']} workshops, "
        f"{counts['participants']} participants, {counts['cards']} cards; invented data)"
    )
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    from smartcity_desktop.domain.model import DEFAULT_STAKEHOLDER_GROUPS
    from smartcity_desktop.domain.rules import clean_title
    from smartcity_desktop.store.connection import ProjectFile

    title = clean_title(_text_arg(args.title))
    if not title:
        raise UsageError("--title must not be empty")
    pf = ProjectFile.create(
        args.out,
        title=title,
        city=clean_title(_text_arg(args.city)),
        stakeholder_groups=DEFAULT_STAKEHOLDER_GROUPS,
    )
    pf.close()
    print(f"New project written to {args.out}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from smartcity_desktop.store.check import check_file

    report = check_file(args.file)
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        state = "current" if not report.migration_pending else "older, migrated when opened"
        print(f"File: {report.path}")
        print(f"Schema version: {report.schema_version} ({state})")
        print(f"Integrity: {'ok' if report.ok else 'FAILED'}")
        for problem in report.problems:
            print(f"  {problem}")
        print("Counts: " + ", ".join(f"{k} {v}" for k, v in report.counts.items()))
    if not report.ok:
        print(_one_line(f"{PROG}: {args.file}: the file is damaged"), file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK


def cmd_import_cards(args: argparse.Namespace) -> int:
    from smartcity_desktop.domain.model import CardSource
    from smartcity_desktop.domain.rules import clean_title
    from smartcity_desktop.imports.cards import cards_from_table
    from smartcity_desktop.imports.tabular import (
        SourceError,
        guess_text_column,
        read_table,
        resolve_column,
    )
    from smartcity_desktop.store import board as store_board
    from smartcity_desktop.store.connection import ProjectFile

    board_title = clean_title(_text_arg(args.board))
    if not board_title:
        raise UsageError("--board must not be empty")
    try:
        table = read_table(args.source)
        if not table.rows:
            raise UsageError(f"{args.source}: a header row but no data rows, nothing to import")
        column = (
            resolve_column(table, args.column)
            if args.column is not None
            else guess_text_column(table)
        )
        tags = [resolve_column(table, t) for t in args.tag]
    except SourceError as exc:
        raise UsageError(str(exc)) from exc
    pf = ProjectFile.open(args.file)
    try:
        if pf.read_only:
            raise UsageError(f"{args.file}: the file is read-only, nothing was imported")
        try:
            workshop_id = store_board.find_workshop(
                pf, None if args.workshop is None else _text_arg(args.workshop)
            )
        except KeyError as exc:
            raise UsageError(exc.args[0]) from exc
        board_id = store_board.find_board(pf, workshop_id, board_title) if workshop_id else None
        existing = store_board.card_texts(pf, board_id) if board_id else []
        result = cards_from_table(table, column, tags, existing)
        outcome = store_board.import_cards(
            pf,
            workshop_id=workshop_id,
            new_workshop_title=clean_title(_text_arg(args.source.stem)) or "Workshop",
            board_id=board_id,
            board_title=board_title,
            cards=[(d.text, d.tags) for d in result.drafts],
            source=CardSource(args.card_source),
            area_title=f"Import: {_text_arg(args.source.name)}",
        )
    finally:
        pf.close()
    header = table.headers[column] or f"column {column + 1}"
    created = []
    if outcome.created_workshop:
        created.append("new workshop")
    if outcome.created_board:
        created.append("new board")
    print(
        f'Added {outcome.added} cards to board "{outcome.board_title}" of workshop '
        f'"{outcome.workshop_title}"' + (f" ({', '.join(created)})" if created else "")
    )
    print(
        f"Skipped {result.empty + result.duplicates} rows: {result.empty} empty, "
        f'{result.duplicates} duplicates; {result.rows} rows read, text from "{header}"'
    )
    return EXIT_OK


def _text_arg(value: str) -> str:
    """An argument as text for the file: bytes that are not UTF-8 (a file name from an old ZIP,
    a Latin-1 terminal), which Python keeps as lone surrogates, become U+FFFD."""
    return os.fsencode(value).decode("utf-8", errors="replace")


def _one_line(text: str) -> str:
    """Errors go to stderr as one line, even when a detail or a file name holds line breaks."""
    return " ".join(text.splitlines())


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "new": cmd_new,
    "check": cmd_check,
    "import-cards": cmd_import_cards,
}


def _run_gui(args: argparse.Namespace) -> int:
    from smartcity_desktop.app import run_gui

    return run_gui(
        file=args.file, demo=args.demo, lang=args.lang, quit_after_paint=args.quit_after_paint
    )


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    command = next((a for a in argv if not a.startswith("-")), None)
    try:
        if command in COMMANDS:
            rest = list(argv)
            rest.remove(command)
            args = _command_parsers()[command].parse_args(rest)
            return COMMANDS[command](args)
        return _run_gui(_gui_parser().parse_args(argv))
    except UsageError as exc:
        print(_one_line(f"{PROG}: {exc}"), file=sys.stderr)
        if debug:
            raise
        return EXIT_BAD_INPUT
    except ProjectFileError as exc:
        if debug:
            raise
        if command == "check" and "--json" in argv:
            print(
                json.dumps(
                    {
                        "ok": False,
                        "path": str(exc.path),
                        "problem": str(exc.problem),
                        "error": str(exc),
                        "counts": {},
                    },
                    ensure_ascii=False,
                )
            )
        print(_one_line(f"{PROG}: {exc}"), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
