"""A long editing session must not crash the process.

PySide6 6.12.0 drops a reference to `True` on every `Signal.emit()`; on Python 3.11 (where
`True` is not immortal) the interpreter aborts with "Fatal Python error: bool_dealloc" after a
few thousand signals, i.e. a few hundred edits into a workshop. Run in a subprocess so such an
abort fails this test instead of killing the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SESSION = r"""
import sys
from PySide6.QtCore import QCoreApplication
from smartcity_desktop.document import commands
from smartcity_desktop.document.document import ProjectDocument

app = QCoreApplication([])
doc = ProjectDocument.create(sys.argv[1], title="Lange Sitzung")
seen = []
doc.saved.connect(lambda: seen.append(1))
wid = None
for n in range(int(sys.argv[2])):
    if n % 3 == 0:
        command = commands.add_workshop(doc, {"title": f"W{n}"})
        assert doc.push(command)
        wid = command.row_id
    elif n % 3 == 1:
        assert doc.push(commands.rename_workshop(doc, wid, f"W{n}"))
    else:
        assert doc.push(commands.edit_strategy(doc, {"vision": f"V{n}"}))
for _ in range(200):
    doc.undo_stack.undo()
for _ in range(200):
    doc.undo_stack.redo()
doc.close()
print("edits", len(seen))
"""


def test_thousands_of_edits_in_one_session_do_not_crash(tmp_path: Path) -> None:
    edits = 2_000
    result = subprocess.run(
        [sys.executable, "-c", SESSION, str(tmp_path / "lang.scw"), str(edits)],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert "Fatal Python error" not in result.stderr, result.stderr[-2000:]
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["edits", str(edits + 400)]
