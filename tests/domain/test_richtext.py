"""Reading the Markdown of the draft's sections into blocks and runs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from smartcity_desktop.domain.richtext import (
    BREAK,
    Block,
    Run,
    escape,
    parse,
    plain_text,
    plain_to_markdown,
)


def test_paragraphs_join_their_lines_and_split_at_blank_lines():
    blocks = parse("Erste Zeile\nzweite Zeile\n\nNeuer Absatz")
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "Erste Zeile zweite Zeile"),
        ("paragraph", "Neuer Absatz"),
    ]


def test_bold_italic_and_both():
    (block,) = parse("Die **Stadt** ist *grün* und ***klug***.")
    assert block.runs == (
        Run("Die "),
        Run("Stadt", bold=True),
        Run(" ist "),
        Run("grün", italic=True),
        Run(" und "),
        Run("klug", bold=True, italic=True),
        Run("."),
    )


def test_underscores_inside_words_are_letters():
    (block,) = parse("snake_case_name und __fett__ und _kursiv_")
    assert block.runs[0] == Run("snake_case_name und ")
    assert Run("fett", bold=True) in block.runs
    assert Run("kursiv", italic=True) in block.runs


def test_an_unmatched_marker_stays_text():
    (block,) = parse("5 * 3 = 15 und **offen")
    assert block.text == "5 * 3 = 15 und **offen"
    assert not any(r.bold or r.italic for r in block.runs)


def test_headings_lists_and_nesting():
    blocks = parse("## Ziele\n\n- eins\n- zwei\n  - zwei a\n\n1. erstens\n2) zweitens")
    assert [(b.kind, b.level, b.number, b.text) for b in blocks] == [
        ("heading", 2, 0, "Ziele"),
        ("bullet", 0, 0, "eins"),
        ("bullet", 0, 0, "zwei"),
        ("bullet", 1, 0, "zwei a"),
        ("number", 0, 1, "erstens"),
        ("number", 0, 2, "zweitens"),
    ]


def test_a_list_item_continues_on_an_indented_line():
    blocks = parse("- ein langer\n  Punkt\n- kurz")
    assert [b.text for b in blocks] == ["ein langer Punkt", "kurz"]


def test_hard_breaks_and_escapes():
    (block,) = parse("Zeile eins  \nZeile zwei\\\nZeile drei \\*kein Stern\\*")
    assert block.text == f"Zeile eins{BREAK}Zeile zwei{BREAK}Zeile drei *kein Stern*"


def test_qt_style_markdown_is_read():
    """What QTextDocument.toMarkdown() writes: wrapped lines, `*` lists, a trailing newline."""
    text = (
        "Musterstadt will eine **lebenswerte** Stadt sein, so beschreibt es\ndas ISEK.\n\n"
        "* erstens\n\n* zweitens\n\n### Unterpunkt\n"
    )
    blocks = parse(text)
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "Musterstadt will eine lebenswerte Stadt sein, so beschreibt es das ISEK."),
        ("bullet", "erstens"),
        ("bullet", "zweitens"),
        ("heading", "Unterpunkt"),
    ]


def test_empty_and_blank_texts_have_no_blocks():
    assert parse("") == []
    assert parse("\n \n\t\n") == []
    assert parse("---") == []


def test_plain_text_keeps_bullets_and_numbers():
    assert plain_text("**A**\n\n- b\n  - c\n\n3. d") == "A\n• b\n  • c\n3. d"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_escaped_text_reads_back_as_itself(text):
    """Whatever a moderator typed, escaped, comes back unchanged (lines collapse to spaces)."""
    blocks = parse(escape(text))
    expected = " ".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
    got = " ".join(" ".join(b.text.split()) for b in blocks)
    assert got == expected


def test_blocks_are_plain_data():
    (block,) = parse("- *x*")
    assert block == Block("bullet", (Run("x", italic=True),), 0, 0)


def test_a_heading_keeps_a_hash_that_ends_a_word():
    assert [(b.kind, b.text) for b in parse("# C# und F#\n\n## Ziele ##")] == [
        ("heading", "C# und F#"),
        ("heading", "Ziele"),
    ]


@given(
    st.lists(
        st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=30),
        max_size=5,
    )
)
def test_plain_text_made_markdown_reads_back_as_the_same_lines(lines):
    """Text typed before formatting existed keeps its words and its line breaks."""
    text = "\n".join(lines)
    blocks = parse(plain_to_markdown(text))
    paragraphs = [p for p in "\n".join(line.strip() for line in lines).split("\n\n") if p.strip()]
    expected = [
        "\n".join(" ".join(line.split()) for line in p.split("\n") if line.strip())
        for p in paragraphs
    ]
    got = ["\n".join(" ".join(x.split()) for x in b.text.split(BREAK)) for b in blocks]
    assert got == expected


def test_plain_text_with_stars_and_a_leading_number_stays_as_typed():
    text = "Angebote für Bürger*innen und Nutzer*innen\n2024. Start\n\n- kein Punkt"
    assert [b.text for b in parse(plain_to_markdown(text))] == [
        f"Angebote für Bürger*innen und Nutzer*innen{BREAK}2024. Start",
        "- kein Punkt",
    ]
    assert all(b.kind == "paragraph" for b in parse(plain_to_markdown(text)))


def test_entities_are_read_and_an_escaped_one_stays_text():
    assert [b.text for b in parse("A &amp; B &#8364; \\&amp; &nosuch;")] == [
        "A & B € &amp; &nosuch;"
    ]
    assert [b.text for b in parse(escape("Tom &amp; Jerry"))] == ["Tom &amp; Jerry"]
