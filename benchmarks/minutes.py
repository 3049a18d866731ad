"""The minutes PDF (PDF/A-2b): the demo's workshop and a stress workshop.

``python -m benchmarks.minutes``. Two scenarios:

* **demo**: the demo's first workshop (a board of 74 cards in 8 clusters, 2 voting rounds,
  2 photos) and second workshop (an AHP weighting), read from a demo ``.scw`` and written with
  ``write_minutes_pdf``: the first export in a fresh process (imports, font registration) and
  the median of ``REPEATS`` more;
* **stress**: a workshop of 5,000 cards in 100 clusters, 20 voting rounds over the 100 clusters
  (30 voters each) and 30 photos (2400×1800 JPEGs made with Pillow), built directly as domain
  objects in a ``WorkshopRecord`` (the export reads nothing else). It runs in its own Python
  process, so its peak memory (``ru_maxrss``) is that of building the record plus the export.

Temporary files go where ``tempfile`` puts them (``TMPDIR``). Figures are printed, not asserted.
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import Figure, median, report

REPEATS = 5
CARDS, CLUSTERS, ROUNDS, PHOTOS, VOTERS = 5000, 100, 20, 30, 30
PHOTO_SIZE = (2400, 1800)
SEED = 11
GOAL_DEMO = "< 2 s"
GOAL_STRESS = "< 15 s"
GOAL_MEMORY = "< 500 MB"


def _photo(rng: random.Random, n: int) -> bytes:
    """A JPEG of a pin board: a cork background with a few hundred coloured cards."""
    from PIL import Image, ImageDraw, ImageFilter

    im = Image.effect_noise(PHOTO_SIZE, 40).convert("RGB")
    im = Image.blend(im, Image.new("RGB", PHOTO_SIZE, (196, 170, 128)), 0.6)
    draw = ImageDraw.Draw(im)
    colours = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"]
    for _ in range(300):
        x, y = rng.randrange(0, 2300), rng.randrange(0, 1720)
        draw.rectangle((x, y, x + 110, y + 70), fill=rng.choice(colours), outline="#333333")
    im = im.filter(ImageFilter.SMOOTH)
    out = io.BytesIO()
    im.save(out, "JPEG", quality=85)
    return out.getvalue()


def stress_record(seed: int = SEED) -> Any:
    """The demo's first workshop grown to CARDS cards, ROUNDS rounds and PHOTOS photos."""
    from smartcity_desktop.domain import voting
    from smartcity_desktop.domain.board import (
        CARD_GAP,
        CARD_HEIGHT,
        CARD_WIDTH,
        CLUSTER_HEADER,
        CLUSTER_PADDING,
    )
    from smartcity_desktop.domain.minutes import BoardRecord, RoundRecord
    from smartcity_desktop.domain.model import (
        BallotRecord,
        Board,
        Card,
        CardColour,
        CardSource,
        Cluster,
        Photo,
        RoundOption,
        VotingRound,
    )

    rng = random.Random(seed)
    base = _demo_records()[0]
    wid = base.workshop.id
    words = " ".join(c.text for c in base.boards[0].cards).split()
    per = CARDS // CLUSTERS
    cols, rows = 5, -(-per // 5)
    cw = 2 * CLUSTER_PADDING + cols * CARD_WIDTH + (cols - 1) * CARD_GAP
    ch = CLUSTER_HEADER + CLUSTER_PADDING + rows * CARD_HEIGHT + (rows - 1) * CARD_GAP
    colours = [c.value for c in CardColour]
    sources = list(CardSource)
    clusters, cards = [], []
    for k in range(CLUSTERS):
        cx, cy = (k % 10) * (cw + 48), (k // 10) * (ch + 48)
        clusters.append(
            Cluster(
                k + 1,
                1,
                f"Cluster {k + 1}: {' '.join(rng.sample(words, 2))}",
                rng.choice(colours),
                cx,
                cy,
                cw,
                ch,
            )
        )
        for i in range(per):
            x = cx + CLUSTER_PADDING + (i % cols) * (CARD_WIDTH + CARD_GAP)
            y = cy + CLUSTER_HEADER + (i // cols) * (CARD_HEIGHT + CARD_GAP)
            text = " ".join(rng.choice(words) for _ in range(rng.randrange(4, 18)))
            cards.append(
                Card(
                    len(cards) + 1,
                    1,
                    text,
                    rng.choice(sources),
                    colour=rng.choice(colours),
                    x=x,
                    y=y,
                    cluster_id=k + 1,
                )
            )
    board = BoardRecord(
        Board(1, wid, "Große Ideensammlung"),
        tuple(cards),
        tuple(clusters),
        {c.id: c.title for c in clusters[::4]},
    )
    rounds = []
    for r in range(ROUNDS):
        options = tuple(
            RoundOption(r * 1000 + k, r + 1, c.title, cluster_id=c.id)
            for k, c in enumerate(clusters)
        )
        ids = [o.id for o in options]
        ballots = []
        for v in range(VOTERS):
            picks = rng.sample(ids, 5)
            dots = (*tuple((o, 1, 0) for o in picks[:4]), (picks[4], 0, 1))
            ballots.append(BallotRecord(r * 100 + v, r + 1, None, v + 1, None, False, dots))
        rnd = VotingRound(r + 1, 1, f"Runde {r + 1}", dots=4, red_dots=1, cap=1, state="revealed")
        results = tuple(voting.results_of(ids, ballots, []))
        rounds.append(RoundRecord(rnd, options, tuple(ballots), (), results))
    photos = tuple(
        Photo(
            n + 1,
            wid,
            f"Pinnwand {n + 1}",
            "image/jpeg",
            *PHOTO_SIZE,
            rotation=(0, 90, 180, 270)[n % 4],
            data=_photo(rng, n),
        )
        for n in range(PHOTOS)
    )
    return dataclasses.replace(base, boards=(board,), rounds=tuple(rounds), photos=photos)


_RECORDS: list[Any] = []


def _demo_records() -> list[Any]:
    if not _RECORDS:
        from smartcity_desktop.store.demo import build_demo
        from smartcity_desktop.store.minutes import load_workshop_record
        from smartcity_desktop.store.workshops import list_workshops

        folder = Path(tempfile.mkdtemp(prefix="scw-bench-minutes-"))
        pf = build_demo(folder / "demo.scw")
        try:
            _RECORDS.extend(load_workshop_record(pf, w.id) for w in list_workshops(pf))
        finally:
            pf.close()
    return _RECORDS


def _pages(path: Path) -> int:
    import pikepdf

    with pikepdf.open(path) as pdf:
        return len(pdf.pages)


def run_demo() -> list[Figure]:
    from smartcity_desktop.export.minutes_pdf import write_minutes_pdf

    records = _demo_records()
    figures = []
    with tempfile.TemporaryDirectory(prefix="scw-bench-minutes-") as tmp:
        for n, rec in enumerate(records[:2], start=1):
            out = Path(tmp) / f"w{n}.pdf"
            started = time.perf_counter()
            write_minutes_pdf(rec, out)
            first = time.perf_counter() - started
            times = []
            for _ in range(REPEATS):
                started = time.perf_counter()
                write_minutes_pdf(rec, out)
                times.append(time.perf_counter() - started)
            label = f"workshop {n}"
            figures += [
                Figure(
                    "minutes demo",
                    f"{label}: pages / size",
                    f"{_pages(out)} pages, {out.stat().st_size / 1024:.0f} KB",
                ),
                Figure(
                    "minutes demo", f"{label}: first export (fresh process)", first, "s", GOAL_DEMO
                ),
                Figure(
                    "minutes demo", f"{label}: median of {REPEATS}", median(times), "s", GOAL_DEMO
                ),
            ]
    return figures


def stress_child() -> dict[str, float]:
    """Build the stress record and export it; the figures as a dict (runs in its own process)."""
    from smartcity_desktop.export.minutes_pdf import write_minutes_pdf

    started = time.perf_counter()
    rec = stress_record()
    built = time.perf_counter() - started
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with tempfile.TemporaryDirectory(prefix="scw-bench-minutes-") as tmp:
        out = Path(tmp) / "stress.pdf"
        started = time.perf_counter()
        write_minutes_pdf(rec, out)
        seconds = time.perf_counter() - started
        pages, size = _pages(out), out.stat().st_size
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "built": built,
        "seconds": seconds,
        "pages": pages,
        "size_mb": size / 1e6,
        "rss_before_mb": before,
        "peak_mb": peak,
    }


def run_stress() -> list[Figure]:
    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.minutes", "--stress-child"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    if proc.returncode != 0:
        return [Figure("minutes stress", "FAILED", proc.stderr.strip().splitlines()[-1])]
    r = json.loads(proc.stdout.strip().splitlines()[-1])
    s = "minutes stress"
    return [
        Figure(
            s,
            "size",
            f"{CARDS} cards / {CLUSTERS} clusters, {ROUNDS} rounds × "
            f"{CLUSTERS} options, {PHOTOS} photos {PHOTO_SIZE[0]}×{PHOTO_SIZE[1]} JPEG",
        ),
        Figure(s, "record built in memory (not part of the export)", r["built"], "s"),
        Figure(s, "export (PDF/A, atomic write)", r["seconds"], "s", GOAL_STRESS),
        Figure(s, "pages / file size", f"{r['pages']} pages, {r['size_mb']:.1f} MB"),
        Figure(s, "memory before the export (ru_maxrss)", round(r["rss_before_mb"]), "MB"),
        Figure(s, "peak memory, fresh process (ru_maxrss)", round(r["peak_mb"]), "MB", GOAL_MEMORY),
    ]


def main() -> int:
    if "--stress-child" in sys.argv[1:]:
        print(json.dumps(stress_child()))
        return 0
    figures = run_demo() + run_stress()
    return report(figures, as_json="--json" in sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
