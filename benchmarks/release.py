"""The frozen app (PyInstaller one-folder build of build.spec): its size and its cold start.

    python -m benchmarks.release            # builds dist/smartcity-desktop first if missing
    python -m benchmarks.release --rebuild  # always builds, and times the build

* bundle: megabytes (file sizes added up) and files in ``dist/smartcity-desktop``, and how much
  of it is Qt (``_internal/PySide6``) and the Python runtime.
* cold start: ``smartcity-desktop --demo --quit-after-paint`` on the ``offscreen`` platform, wall
  time from spawning the process to its exit once the main window has painted with a fresh copy
  of the demo open (so it includes writing that copy and tearing Qt down). "first run" is the
  first start after the build or after this benchmark began (the disk cache is whatever the
  build left; a truly cold cache needs dropping the page cache as root, not done here); then the
  median of 5 more. The same for ``python -m smartcity_desktop`` from source, for comparison.
* the frozen ``--selftest``: its wall time.

Building needs PyInstaller (``pip install -e ".[release]"``); the build takes about half a
minute on two cores. XDG folders are temporary, so no settings are read or left.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import Figure, median, report
from benchmarks.startup import _env

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "smartcity-desktop"
EXE = BUNDLE / ("smartcity-desktop.exe" if sys.platform == "win32" else "smartcity-desktop")
RUNS = 5
TIMEOUT_S = 120
SCENARIO = "release"


def build() -> float:
    """Run PyInstaller on build.spec; the seconds it took."""
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "build.spec",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
        ],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        check=True,
        timeout=30 * 60,
    )
    return time.perf_counter() - started


def _size(folder: Path) -> tuple[float, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1e6, len(files)


def bundle_figures() -> list[Figure]:
    total, count = _size(BUNDLE)
    figures = [
        Figure(SCENARIO, "bundle size (dist/smartcity-desktop)", round(total, 1), "MB"),
        Figure(SCENARIO, "bundle files", count),
    ]
    internal = BUNDLE / "_internal"
    qt, _ = _size(internal / "PySide6")
    figures.append(
        Figure(SCENARIO, "  of it Qt and PySide6 (_internal/PySide6)", round(qt, 1), "MB")
    )
    runtime = (
        sum(p.stat().st_size for p in internal.glob("*python3*") if p.is_file())
        + _size(internal / f"python{sys.version_info[0]}.{sys.version_info[1]}")[0] * 1e6
    )
    figures.append(Figure(SCENARIO, "  of it the Python runtime", round(runtime / 1e6, 1), "MB"))
    return figures


def _start(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    proc = subprocess.run(
        argv, env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT_S, check=False
    )
    took = time.perf_counter() - started
    if proc.returncode != 0:
        tail = proc.stderr.decode(errors="replace").strip().splitlines()[-3:]
        raise RuntimeError(f"exit {proc.returncode}: {' | '.join(tail)}")
    return took


def start_figures(label: str, argv: list[str], env: dict[str, str]) -> list[Figure]:
    try:
        first = _start(argv, env)
        runs = [_start(argv, env) for _ in range(RUNS)]
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        return [Figure(SCENARIO, f"{label}: cold start", f"FAILED: {exc}")]
    return [
        Figure(SCENARIO, f"{label}: start → painted → exit, first run", first, "s"),
        Figure(SCENARIO, f"{label}: start → painted → exit, median of {RUNS}", median(runs), "s"),
        Figure(SCENARIO, f"{label}: min / max of {RUNS}", f"{min(runs):.3f} / {max(runs):.3f} s"),
    ]


def run(rebuild: bool = False) -> list[Figure]:
    figures: list[Figure] = []
    if rebuild or not EXE.exists():
        try:
            import PyInstaller  # noqa: F401
        except ImportError:
            return [
                Figure(
                    SCENARIO,
                    "bundle",
                    'not built: pip install -e ".[release]", then pyinstaller build.spec '
                    "--noconfirm --clean (or this benchmark with PyInstaller installed)",
                )
            ]
        figures.append(Figure(SCENARIO, "build (pyinstaller build.spec --clean)", build(), "s"))
    figures += bundle_figures()
    with tempfile.TemporaryDirectory(prefix="scw-bench-release-") as tmp:
        env = _env(Path(tmp))
        argv = ["--demo", "--quit-after-paint"]
        figures += start_figures("frozen", [str(EXE), *argv], env)
        figures += start_figures(
            "from source", [sys.executable, "-m", "smartcity_desktop", *argv], env
        )
        try:
            took = _start([str(EXE), "--selftest"], env)
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            figures.append(Figure(SCENARIO, "frozen --selftest", f"FAILED: {exc}"))
        else:
            figures.append(Figure(SCENARIO, "frozen --selftest (11 steps), wall time", took, "s"))
    return figures


def main() -> int:
    args = sys.argv[1:]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return report(run(rebuild="--rebuild" in args), as_json="--json" in args)


if __name__ == "__main__":
    sys.exit(main())
