"""Settings, declared once: key, type and default; preferences apart from window state."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")
MAX_RECENT_FILES = 8


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One declared setting."""

    key: str
    type: type
    default: T


# Preferences
LANGUAGE = Setting("preferences/language", str, "de")
RECENT_FILES = Setting("preferences/recent_files", list, [])
LAST_FOLDER = Setting("preferences/last_folder", str, "")
BOARD_TEXT_SIZE = Setting("preferences/board_text_size", str, "normal")  # small, normal, large
LAST_IMPORT_FOLDER = Setting("preferences/last_import_folder", str, "")
LAST_EXPORT_FOLDER = Setting("preferences/last_export_folder", str, "")  # minutes, data
# Presenting: the projector's screen by name (screens change order between plug-ins) and theme
PRESENTER_SCREEN = Setting("presenter/screen", str, "")
PRESENTER_FONT_SCALE = Setting("presenter/font_scale", float, 1.6)
PRESENTER_DARK = Setting("presenter/dark", bool, False)
# Window state
GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())

LANGUAGES = ("de", "en")


class Settings:
    """Typed access to QSettings; tests hand it a QSettings in a temporary folder."""

    def __init__(self, qsettings: QSettings) -> None:
        self._q = qsettings

    def get(self, setting: Setting[T]) -> T:
        value: Any = self._q.value(setting.key, setting.default)
        if setting.type is list:
            if value is None or value == "":
                return list(setting.default)  # type: ignore[return-value]
            return [str(v) for v in (value if isinstance(value, list) else [value])]  # type: ignore[return-value]
        if setting.type is QByteArray:
            return value if isinstance(value, QByteArray) else setting.default
        if setting.type is bool:  # an INI file gives "true"/"false" back as text
            if isinstance(value, str):
                return value.strip().lower() in ("true", "1", "yes")  # type: ignore[return-value]
            return bool(value)  # type: ignore[return-value]
        try:
            return setting.type(value)  # type: ignore[no-any-return]
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        self._q.setValue(setting.key, value)

    def language(self) -> str:
        lang = self.get(LANGUAGE)
        return lang if lang in LANGUAGES else LANGUAGE.default

    def recent_files(self) -> list[str]:
        return self.get(RECENT_FILES)

    def add_recent_file(self, path: str) -> None:
        files = [p for p in self.recent_files() if p != path]
        self.set(RECENT_FILES, [path, *files][:MAX_RECENT_FILES])

    def remove_recent_file(self, path: str) -> None:
        self.set(RECENT_FILES, [p for p in self.recent_files() if p != path])

    def sync(self) -> None:
        self._q.sync()
