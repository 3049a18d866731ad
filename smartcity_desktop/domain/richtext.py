"""The formatted text of the strategy's sections: a small, safe subset of Markdown.

The editor keeps a section's text as Markdown (written by `ui/rich_text_markdown.markdown_of`,
read back by Qt in CommonMark mode), so it stays readable in the file, in a diff and in a JSON
export. The PDF and the Word export do
not interpret Markdown themselves: they draw the `Block`s this module reads from it. What is
understood: paragraphs (lines joined, a hard break where a line ends in two spaces or a
backslash), headings `#` to `######`, bullet lists (`-`, `*`, `+`) and numbered lists (`1.`,
`1)`) with nesting by indentation, **bold**, *italic* (also `__`/`_`), backslash escapes of
any ASCII punctuation, and HTML entities (`&amp;`) as CommonMark reads them.
Anything else is kept as plain text, never dropped.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

BREAK = "\n"  # a run holding only this is a hard line break


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text in one style."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph, a heading or one list item."""

    kind: str  # paragraph | heading | bullet | number
    runs: tuple[Run, ...]
    level: int = 0  # heading: 1–6; list item: nesting depth from 0
    number: int = 0  # a numbered item's number as written

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


# A closing run of "#" counts only after a space: "# C# und F#" keeps its last "#".
_HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_BULLET = re.compile(r"^( *)[-*+]\s+(.*)$")
_NUMBER = re.compile(r"^( *)(\d{1,9})[.)]\s+(.*)$")
_RULE = re.compile(r"^ {0,3}([-*_])( *\1){2,}\s*$")
_ESCAPABLE = set(string.punctuation)  # CommonMark: any ASCII punctuation may be escaped
# an HTML entity as CommonMark reads it: "&amp;", "&#8364;", "&#x20AC;"
ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def parse(markdown: str) -> list[Block]:
    """The blocks of a section's text, in order; an empty text has none."""
    blocks: list[Block] = []
    lines: list[str] = []  # the lines of the paragraph or list item being read
    current: tuple[str, int, int] | None = None  # kind, level, number of `lines`
    indents: list[int] = []  # the indentation of each open list level

    def flush() -> None:
        nonlocal lines, current
        if current is not None and lines:
            kind, level, number = current
            runs = _inline(_join(lines))
            if runs:
                blocks.append(Block(kind, runs, level, number))
        lines, current = [], None

    def list_level(indent: int) -> int:
        while indents and indent < indents[-1]:
            indents.pop()
        if not indents or indent > indents[-1] + 1:
            indents.append(indent)
        elif indent > indents[-1]:
            indents[-1] = indent
        return len(indents) - 1

    for raw in markdown.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.replace("\t", "    ")
        if not line.strip():
            flush()
            continue
        if _RULE.match(line):
            flush()
            indents.clear()
            continue
        heading = _HEADING.match(line)
        if heading:
            flush()
            indents.clear()
            runs = _inline(heading.group(2))
            if runs:
                blocks.append(Block("heading", runs, len(heading.group(1))))
            continue
        bullet = _BULLET.match(line)
        number = None if bullet else _NUMBER.match(line)
        if bullet or number:
            flush()
            if bullet:
                level = list_level(len(bullet.group(1)))
                current, lines = ("bullet", level, 0), [bullet.group(2)]
            else:
                assert number is not None
                level = list_level(len(number.group(1)))
                current, lines = ("number", level, int(number.group(2))), [number.group(3)]
            continue
        if current is None:
            if not line.startswith(" ") or not indents:
                indents.clear()
            current = ("paragraph", 0, 0)
        lines.append(line)
    flush()
    return blocks


def _join(lines: list[str]) -> str:
    """The lines of one block as one text: soft breaks become spaces, hard ones stay."""
    out = ""
    for i, line in enumerate(lines):
        last = i == len(lines) - 1
        hard = not last and (line.endswith("  ") or _odd_backslash_end(line))
        text = line.strip()
        if hard and text.endswith("\\"):
            text = text[:-1].rstrip()
        out += text
        if not last:
            out += BREAK if hard else " "
    return out


def _odd_backslash_end(line: str) -> bool:
    stripped = line.rstrip()
    trailing = len(stripped) - len(stripped.rstrip("\\"))
    return trailing % 2 == 1


def _tokens(text: str) -> list[tuple[str, str]]:
    """("text", s), ("break", "\n") and emphasis markers ("**", "*", "__", "_")."""
    tokens: list[tuple[str, str]] = []
    buf = ""
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text) and text[i + 1] in _ESCAPABLE:
            buf += text[i + 1]
            i += 2
            continue
        if ch == "&":
            entity = ENTITY.match(text, i)
            if entity:
                import html  # its table of entities is loaded only when a text has one

            decoded = html.unescape(entity.group(0)) if entity else ch
            if entity and decoded != entity.group(0):
                buf += decoded
                i = entity.end()
                continue
        if ch == BREAK:
            if buf:
                tokens.append(("text", buf))
                buf = ""
            tokens.append(("break", BREAK))
            i += 1
            continue
        if ch in "*_":
            j = i
            while j < len(text) and text[j] == ch:
                j += 1
            marker = text[i:j]
            before = text[i - 1] if i > 0 else " "
            after = text[j] if j < len(text) else " "
            # An underscore inside a word (snake_case, "E_Government") is a letter, not a marker.
            if ch == "_" and before.isalnum() and after.isalnum():
                buf += marker
                i = j
                continue
            if buf:
                tokens.append(("text", buf))
                buf = ""
            # "***" opens or closes both; longer runs are taken as literal text.
            if len(marker) == 3:
                tokens.append(("mark", ch * 2))
                tokens.append(("mark", ch))
            elif len(marker) <= 2:
                tokens.append(("mark", marker))
            else:
                tokens.append(("text", marker))
            i = j
            continue
        buf += ch
        i += 1
    if buf:
        tokens.append(("text", buf))
    return tokens


def _inline(text: str) -> tuple[Run, ...]:
    tokens = _tokens(text)
    # A marker without a partner is literal text: count each kind and drop the odd last one.
    for marker in ("**", "*", "__", "_"):
        places = [i for i, (kind, value) in enumerate(tokens) if kind == "mark" and value == marker]
        if len(places) % 2:
            tokens[places[-1]] = ("text", marker)
    runs: list[Run] = []
    bold = italic = False
    for kind, value in tokens:
        if kind == "mark":
            if len(value) == 2:
                bold = not bold
            else:
                italic = not italic
            continue
        if (
            runs
            and runs[-1].bold == bold
            and runs[-1].italic == italic
            and BREAK
            not in (
                value,
                runs[-1].text,
            )
        ):
            runs[-1] = Run(runs[-1].text + value, bold, italic)
        else:
            runs.append(Run(value, bold, italic))
    while runs and runs[-1].text == BREAK:
        runs.pop()
    if runs and not "".join(r.text for r in runs).strip():
        return ()
    return tuple(runs)


def plain_text(markdown: str) -> str:
    """The text without formatting: one line per block, list items with their bullet or number
    (for comparing versions and for searching)."""
    lines = []
    for block in parse(markdown):
        text = block.text.replace(BREAK, " ")
        indent = "  " * block.level if block.kind in ("bullet", "number") else ""
        if block.kind == "bullet":
            lines.append(f"{indent}• {text}")
        elif block.kind == "number":
            lines.append(f"{indent}{block.number}. {text}")
        else:
            lines.append(text)
    return "\n".join(lines)


def escape(text: str) -> str:
    """Plain text made safe to put into Markdown: its markers are escaped."""
    out = []
    for line in text.split("\n"):
        escaped = re.sub(r"([\\`*_])", r"\\\1", line)
        escaped = ENTITY.sub(lambda m: "\\" + m.group(0), escaped)
        escaped = re.sub(r"^(\s*)([#+-])", r"\1\\\2", escaped)
        escaped = re.sub(r"^(\s*\d+)([.)])", r"\1\\\2", escaped)
        out.append(escaped)
    return "\n".join(out)


def plain_to_markdown(text: str) -> str:
    """Plain text (typed where no formatting existed) as Markdown that reads back as the same
    words and lines: markers escaped, each line break kept as a hard break, blank lines as
    paragraph breaks."""
    lines = escape(text.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
    out = []
    for i, line in enumerate(lines):
        last = i == len(lines) - 1
        next_blank = not last and not lines[i + 1].strip()
        hard = line.strip() and not last and not next_blank
        out.append(line.rstrip() + ("\\" if hard else ""))
    return "\n".join(out)
