"""Where bundled resources and demo sources live: a checkout, an installed copy or a frozen app.

Stdlib only, so every layer may use it.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """`resources/`: icons, fonts, translations, style sheets."""
    return _root() / "resources"


def data_dir() -> Path:
    """`data/`: the demo strategy's source files and sample survey exports."""
    return _root() / "data"
