"""Write a whole file so that the target name only ever holds a complete file.

`write(tmp)` writes a temporary file in the target's folder (same file system, so the final
`os.replace` is atomic); it is then fsynced and renamed over the target. On any exception the
temporary file is removed, an existing target stays byte-identical, and the exception is raised.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

TEMP_PREFIX = ".scw-export-"


def fsync_file(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def fsync_dir(folder: Path) -> None:
    """Make the rename durable; not every platform can open a folder (Windows), so best effort."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(target: Path | str, write: Callable[[Path], None]) -> Path:
    """Write `target` through `write(tmp)` and `os.replace`; the target's path on success."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(f"the folder {folder} does not exist")
    if target.is_dir():
        raise IsADirectoryError(f"{target} is a folder, not a file")
    # a fixed ASCII prefix: the target's own name may be too long to take more (255 bytes)
    # or not be valid UTF-8, which some libraries can't open
    fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=folder)
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        fsync_file(tmp)
        if target.exists():
            # mkstemp creates 0600; keep the target's permissions (or the usual ones for new files)
            with contextlib.suppress(OSError):
                os.chmod(tmp, target.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            with contextlib.suppress(OSError):
                os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(folder)
    return target
