"""The `smartcity-desktop` command: the GUI by default, and headless sub-commands without Qt.

Exit codes: 0 success; 2 bad input (missing, foreign, damaged, newer or locked file, unknown
option), with one plain line on stderr and no traceback unless --debug.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from smartcity_desktop import APP_NAME, __version__
from smartcity_desktop.store.errors import ProjectFileError

if TYPE_CHECKING:
    from smartcity_desktop.store.connection import ProjectFile

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
        "[--column C] | export-data FILE.scw -o OUT.json|OUT.csv|OUT.xlsx | "
        "export-minutes FILE.scw --workshop W -o OUT.pdf [--pseudonymise] | "
        "export-strategy FILE.scw -o OUT.pdf|OUT.docx [--version NAME]. "
        "Use '%(prog)s COMMAND --help' for details.",
    )
    parser.add_argument("file", nargs="?", type=Path, help="a .scw project to open")
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the demo")
    parser.add_argument("--lang", choices=["de", "en"], help="interface language")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    # For the start-up benchmark and smoke tests: quit once the main window has painted.
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="check this installation end to end in a temporary folder (no window) and exit",
    )
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
    data = _Parser(
        prog=f"{PROG} export-data",
        description="Write the project's open data: cards, voting rounds (ballots without "
        "names, results) and weightings, as JSON, as one CSV file per table (OUT-cards.csv, "
        "...) or as XLSX with a sheet per table. No personal data; the project is only read.",
    )
    data.add_argument("file", type=Path, metavar="FILE.scw")
    data.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar="OUT",
        help="OUT.json, OUT.csv or OUT.xlsx",
    )
    minutes = _Parser(
        prog=f"{PROG} export-minutes",
        description="Write the minutes (Protokoll) of one workshop as a PDF/A file. The project "
        "is only read.",
    )
    minutes.add_argument("file", type=Path, metavar="FILE.scw")
    minutes.add_argument("--workshop", required=True, metavar="W", help="workshop title or id")
    minutes.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf")
    minutes.add_argument(
        "--pseudonymise",
        action="store_true",
        help="name no participant, consent or not (always on if the project says so)",
    )
    minutes.add_argument(
        "--lang", choices=["de", "en"], default="de", help="language of the minutes (default: de)"
    )
    strategy = _Parser(
        prog=f"{PROG} export-strategy",
        description="Write the strategy draft as a PDF/A file for the council or as a Word "
        "document to edit further; the format follows the suffix. The project is only read.",
    )
    strategy.add_argument("file", type=Path, metavar="FILE.scw")
    strategy.add_argument(
        "-o", "--output", required=True, type=Path, metavar="OUT", help="OUT.pdf or OUT.docx"
    )
    strategy.add_argument(
        "--version",
        metavar="NAME",
        help="a saved version of the draft, by name (default: the current draft)",
    )
    strategy.add_argument(
        "--lang", choices=["de", "en"], default="de", help="language of the document (default: de)"
    )
    for parser in (demo, new, check, imp, data, minutes, strategy):
        parser.add_argument("--debug", action="store_true", help="show tracebacks")
    return {
        "demo": demo,
        "new": new,
        "check": check,
        "import-cards": imp,
        "export-data": data,
        "export-minutes": minutes,
        "export-strategy": strategy,
    }


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
        workshop_id = _find_workshop(pf, args.workshop)
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


def cmd_export_data(args: argparse.Namespace) -> int:
    from smartcity_desktop.export import data as export_data
    from smartcity_desktop.export.data_tables import csv_paths
    from smartcity_desktop.store.minutes import load_project_record

    try:
        fmt = export_data.format_of(args.output)
    except ValueError as exc:
        raise UsageError(f"{args.output}: {exc}") from exc
    _check_output_folder(args.output)
    with _read_project(args.file) as pf:
        record = load_project_record(pf)
    _write_output(args.output, lambda: export_data.write_data(record, args.output, fmt))
    if fmt == "csv":
        paths = list(csv_paths(args.output).values())
        print(
            f"Open data written to {len(paths)} CSV files, one per table: "
            f"{paths[0].parent / (args.output.stem + '-*.csv')}"
        )
    else:
        print(f"Open data written to {args.output}")
    return EXIT_OK


def cmd_export_minutes(args: argparse.Namespace) -> int:
    from smartcity_desktop.store.minutes import load_workshop_record

    if args.output.suffix.lower() != ".pdf":
        raise UsageError(f"{args.output}: the minutes are written as PDF, name the file *.pdf")
    _check_output_folder(args.output)
    with _read_project(args.file) as pf:
        record = load_workshop_record(pf, _find_workshop(pf, args.workshop))
    from smartcity_desktop.export.minutes_pdf import write_minutes_pdf

    pseudonymise = True if args.pseudonymise else None  # None: as the project says
    _write_output(
        args.output,
        lambda: write_minutes_pdf(
            record, args.output, language=args.lang, pseudonymise=pseudonymise
        ),
    )
    from smartcity_desktop.domain.minutes import NameScrubber
    from smartcity_desktop.export.labels import labels

    hidden = bool(args.pseudonymise or record.strategy.pseudonymise)
    scrub = NameScrubber(record.people, hidden, labels(args.lang).placeholder)
    named = "pseudonymised " if hidden else ""
    print(f'Minutes of "{scrub(record.workshop.title)}" written to {args.output} ({named}PDF/A)')
    return EXIT_OK


STRATEGY_FORMATS = (".pdf", ".docx")


def cmd_export_strategy(args: argparse.Namespace) -> int:
    from smartcity_desktop.store import strategy as store_strategy
    from smartcity_desktop.store.strategy_draft import (
        DraftFormatError,
        list_versions,
        load_version_or_current,
    )

    suffix = args.output.suffix.lower()
    if suffix not in STRATEGY_FORMATS:
        raise UsageError(
            f"{args.output}: the strategy is written as PDF or Word, name the file *.pdf or *.docx"
        )
    _check_output_folder(args.output)
    name = None if args.version is None else _text_arg(args.version)
    with _read_project(args.file) as pf:
        try:
            draft = load_version_or_current(pf, name)
        except KeyError:
            names = [f"'{n}'" for n in dict.fromkeys(v.name for v in list_versions(pf))]
            there = f"the versions are {', '.join(names)}" if names else "there are no versions"
            raise UsageError(f"{args.file}: no version '{name}'; {there}") from None
        except DraftFormatError as exc:
            raise UsageError(f"{args.file}: the version '{name}' cannot be read ({exc})") from None
        logo = store_strategy.load_logo(pf)
    if suffix == ".pdf":
        from smartcity_desktop.export.strategy_pdf import write_strategy_pdf

        _write_output(
            args.output,
            lambda: write_strategy_pdf(draft, args.output, language=args.lang, logo=logo),
        )
        kind = "PDF/A"
    else:
        from smartcity_desktop.export.strategy_docx import write_strategy_docx

        _write_output(
            args.output, lambda: write_strategy_docx(draft, args.output, language=args.lang)
        )
        kind = "Word"
    which = f'version "{draft.version}"' if draft.version else "current draft"
    print(f'Strategy "{draft.title}" ({which}) written to {args.output} ({kind})')
    return EXIT_OK


def _find_workshop(pf: ProjectFile, spec: str | None) -> int | None:
    """A workshop by title or id (None: the most recent); a usage error if `spec` names none."""
    from smartcity_desktop.store import board as store_board

    try:
        return store_board.find_workshop(pf, None if spec is None else _text_arg(spec))
    except KeyError as exc:
        raise UsageError(exc.args[0]) from exc


@contextlib.contextmanager
def _read_project(path: Path) -> Iterator[ProjectFile]:
    """A project opened only to read (an older one migrated in memory only), then closed."""
    from smartcity_desktop.store.connection import ProjectFile

    pf = ProjectFile.open_for_reading(path)
    try:
        yield pf
    finally:
        pf.close()


def _check_output_folder(output: Path) -> None:
    """Refuse before any work: a folder that doesn't exist, or an output that is a folder."""
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"{output}: the folder {folder} does not exist")
    if output.is_dir():
        raise UsageError(f"{output} is a folder, not a file")


def _write_output(output: Path, write: Callable[[], object]) -> None:
    """Run an export; a file system error (no permission, disk full) is bad input, one line."""
    try:
        write()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        if output.suffix.lower() == ".csv":  # one file per table: all or nothing
            kept = f"the earlier {output.stem}-*.csv files, if any, are unchanged"
        else:
            kept = "an earlier file of that name is unchanged"
        raise UsageError(f"{output}: cannot write the file ({reason}); {kept}") from exc


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
    "export-data": cmd_export_data,
    "export-minutes": cmd_export_minutes,
    "export-strategy": cmd_export_strategy,
}


def _run_gui(args: argparse.Namespace) -> int:
    if args.selftest:
        from smartcity_desktop.selftest import run as run_selftest

        return run_selftest(debug=args.debug)
    from smartcity_desktop.app import run_gui

    return run_gui(
        file=args.file, demo=args.demo, lang=args.lang, quit_after_paint=args.quit_after_paint
    )


def _tolerant_output() -> None:
    """A title with „quotes“ must not fail a finished export on a console that can't show
    them (PYTHONIOENCODING=ascii, a cp1252 pipe): unshowable characters become "?"."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    _tolerant_output()
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
