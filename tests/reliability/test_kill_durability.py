"""R1: `kill -9` at a random moment while edits are made through the GUI's code path.

20 rounds on one file. Each round starts `edit_worker.py` (ProjectDocument + the commands the
GUI pushes), lets it acknowledge a random number of edits (or kills it at a random time, even
while it is still opening the file), kills it with SIGKILL a random fraction of a millisecond
later, then reopens the file: integrity_check is clean, every acknowledged edit is there, and
no edit is there twice. The RNG is seeded, so the schedule is reproducible.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from smartcity_desktop.store.connection import ProjectFile
from smartcity_desktop.store.header import hot_journal_exists

WORKER = Path(__file__).with_name("edit_worker.py")
ROUNDS = 20
MIN_ACKNOWLEDGED = 1_000
SEED = 1234
ROUND_TIMEOUT_S = 30.0
TITLE = re.compile(r"W(\d+)(-renamed)?")
ACK = re.compile(r"ack (\d+) (\w+) (\d+)")


@dataclass
class Acknowledged:
    """Every edit the workers acknowledged, by iteration and kind."""

    edits: dict[int, dict[str, int]] = field(default_factory=dict)
    total: int = 0
    # The last iteration of each round: its next edit may be on disk without an ack.
    round_ends: set[int] = field(default_factory=set)

    def add(self, n: int, kind: str, row_id: int) -> None:
        kinds = self.edits.setdefault(n, {})
        assert kind not in kinds, f"iteration {n} acknowledged {kind} twice"
        kinds[kind] = row_id
        self.total += 1

    @property
    def last(self) -> int:
        return max(self.edits, default=0)


@dataclass
class Round:
    ready: int | None = None
    acks: list[tuple[int, str, int]] = field(default_factory=list)
    ended_early: bool = False


def _run_round(path: Path, rng: random.Random, target: int | None, log) -> Round:
    """Start a worker; kill it after `target` acknowledgements (or at a random time)."""
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), str(path)],
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    watchdog = threading.Timer(ROUND_TIMEOUT_S, proc.kill)
    watchdog.start()
    timer = None
    if target is None:  # anywhere from interpreter start-up to a burst of edits
        timer = threading.Timer(rng.uniform(0.0, 1.0), proc.kill)
        timer.start()
    jitter = rng.uniform(0.0, 0.004)
    result = Round()
    killed = False
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if not line.endswith("\n"):
                break  # cut off by the kill: not an acknowledgement
            words = line.split()
            if words[0] == "ready":
                result.ready = int(words[1])
                continue
            match = ACK.fullmatch(line.strip())
            assert match, f"unexpected worker output: {line!r}"
            result.acks.append((int(match[1]), match[2], int(match[3])))
            if target is not None and not killed and len(result.acks) >= target:
                time.sleep(jitter)
                proc.send_signal(signal.SIGKILL)
                killed = True
        proc.wait(timeout=ROUND_TIMEOUT_S)
    finally:
        watchdog.cancel()
        if timer is not None:
            timer.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    result.ended_early = proc.returncode != -signal.SIGKILL
    return result


def _verify(path: Path, acked: Acknowledged) -> None:
    """Reopen the file the way the app does; every acknowledged edit is there, once."""
    project = ProjectFile.open(path)
    try:
        assert project.integrity_check() == []
        workshops = {r["id"]: r["title"] for r in project.query("SELECT id, title FROM workshops")}
        people = {r["id"]: r["name"] for r in project.query("SELECT id, name FROM participants")}
        attendance = {
            (r["workshop_id"], r["participant_id"]): r["attendance"]
            for r in project.query("SELECT * FROM workshop_participants")
        }
        agenda = {
            r["id"]: (r["workshop_id"], r["title"])
            for r in project.query("SELECT id, workshop_id, title FROM agenda_items")
        }
        vision = project.query("SELECT vision FROM strategy WHERE id = 1")[0]["vision"]
    finally:
        project.close()

    # None twice, acknowledged or not.
    numbers = Counter(int(m[1]) for t in workshops.values() if (m := TITLE.fullmatch(t)))
    assert [n for n, c in numbers.items() if c > 1] == []
    assert [n for n, c in Counter(people.values()).items() if c > 1] == []
    agenda_titles = Counter(t for _, t in agenda.values())
    assert [t for t, c in agenda_titles.items() if c > 1] == []

    for n, kinds in acked.edits.items():
        wid = kinds.get("workshop")
        if wid is not None:
            assert TITLE.fullmatch(workshops.get(wid, "")), f"workshop of {n} lost"
            assert int(TITLE.fullmatch(workshops[wid])[1]) == n
        if "renamed" in kinds:
            assert workshops[kinds["renamed"]] == f"W{n}-renamed", f"rename of {n} lost"
        if "participant" in kinds:
            pid = kinds["participant"]
            assert people.get(pid) == f"P{n}", f"participant of {n} lost"
            assert (wid, pid) in attendance, f"attendance of {n} lost"
        if "excused" in kinds:
            assert attendance[(wid, kinds["excused"])] == "excused", f"excuse of {n} lost"
        if "agenda_deleted" in kinds:
            # By title: SQLite hands a deleted highest id to the next new row.
            assert f"A{n}" not in agenda_titles, f"agenda delete of {n} lost"
        elif "agenda" in kinds:
            item = agenda.get(kinds["agenda"])
            if item is None or item[1] != f"A{n}":
                # Only the delete in flight when the worker was killed may have removed it.
                in_flight_delete = n % 4 == 0 and "vision" in kinds and n in acked.round_ends
                assert in_flight_delete, f"agenda item of {n} lost"
                assert f"A{n}" not in agenda_titles
            else:
                assert item == (wid, f"A{n}"), f"agenda item of {n} moved"
    visions = [n for n, kinds in acked.edits.items() if "vision" in kinds]
    if visions:
        match = re.fullmatch(r"V(\d+)", vision)
        assert match, vision
        assert int(match[1]) >= max(visions), "an acknowledged vision edit was lost"


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_kill_9_never_loses_an_acknowledged_edit(tmp_path: Path) -> None:
    path = tmp_path / "kill.scw"
    ProjectFile.create(path, title="Kill-Test", city="Teststadt").close()
    rng = random.Random(SEED)
    acked = Acknowledged()
    started = time.perf_counter()
    timed_rounds = 0
    interrupted_writes = 0  # rounds killed in the middle of a transaction
    with open(tmp_path / "worker-stderr.log", "w") as log:
        for number in range(ROUNDS):
            if rng.random() < 0.15:
                target = None  # killed at a random time
                timed_rounds += 1
            else:
                # A random count, raised near the end if the total would fall short.
                behind = -(-(MIN_ACKNOWLEDGED - acked.total) // (ROUNDS - number))
                target = max(rng.randint(80, 320), behind)
            result = _run_round(path, rng, target, log)
            log.flush()
            stderr = (tmp_path / "worker-stderr.log").read_text()[-3000:]
            assert not result.ended_early, f"round {number}: the worker died by itself\n{stderr}"
            if result.ready is not None:
                # The worker continues where the file is, which is never behind the acks.
                assert result.ready >= acked.last
            for n, kind, row_id in result.acks:
                assert n > (result.ready or 0)
                acked.add(n, kind, row_id)
            if result.acks:
                acked.round_ends.add(result.acks[-1][0])
            interrupted_writes += hot_journal_exists(path)
            _verify(path, acked)
    seconds = time.perf_counter() - started
    print(
        f"\nR1: {ROUNDS} rounds ({timed_rounds} killed at a random time), "
        f"{acked.total} edits acknowledged, {interrupted_writes} kills inside a transaction, "
        f"{seconds:.1f} s"
    )
    assert acked.total >= MIN_ACKNOWLEDGED
