"""Programs' prints of a text read by their grammar (:mod:`cell_program_prints`): the text and its print back."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.cell_program_prints import (
    PRINT_LAYERS,
    cdata_layer,
    go_struct_layer,
    line_wrap_layer,
    may_be_printed,
    record_id_layer,
)


def _read(cell: str) -> tuple[str, str, str] | None:
    for layer in PRINT_LAYERS:
        found = layer(cell)
        if found is not None:
            return found[0], found[1]("Lena Fischer"), found[2]
    return None


@pytest.mark.parametrize(
    ("cell", "inner", "back"),
    [
        ("<![CDATA[Gail Harvey]]>", "Gail Harvey", "<![CDATA[Lena Fischer]]>"),
        ("<![CDATA[شارع & co]]>", "شارع & co", "<![CDATA[Lena Fischer]]>"),
        ("{First:Gail Last:Harvey}", "Gail Harvey", "{First:Lena Last:Fischer}"),
        ("{first:lupe last:sanchez lobo}", "lupe sanchez lobo", "{first:Lena last:Fischer}"),
        ("{Name:Gail Harvey}", "Gail Harvey", "{Name:Lena Fischer}"),
        ("{GivenName:Ana Surname:Berg Mid:R}", "Ana Berg R", "{GivenName:Lena Surname:Fischer Mid:}"),
        ("Gail Harvey [0038gUp0rX3XFwMMbJ]", "Gail Harvey", "Lena Fischer [0038gUp0rX3XFwMMbJ]"),
        ("(5f1d7c0a9e8b) Ana Berg", "Ana Berg", "(5f1d7c0a9e8b) Lena Fischer"),
        ("Gail Har-\nvey", "Gail Harvey", "Lena Fis-\ncher"),  # cut again at the same place
        ("Gail\nHarvey", "Gail Harvey", "Lena\nFischer"),
    ],
)
def test_prints_read_and_written_back(cell: str, inner: str, back: str) -> None:
    found = _read(cell)
    assert found is not None
    assert found[0] == inner
    assert found[1] == back


def test_line_wrap_cut_again_where_the_fake_allows() -> None:
    text, dress, kind = line_wrap_layer("Lena Fisch-\ner")
    assert (text, kind) == ("Lena Fischer", "line-wrap")
    assert dress("Anna Berglund") == "Anna Bergl-\nund"


@pytest.mark.parametrize(
    "cell",
    [
        "Gail Harvey",  # nothing printed round it
        "capitano (A255)",  # a format's width, no record id
        "Room [B12]",  # a short code
        "Ward 7 [Nightingale]",  # a bracketed word
        "{a:1} {b:2}",  # two braces: no one struct
        "{First:Gail Last:Harvey Last:Smith}",  # a field twice: no struct Go prints
        "<![CDATA[]]>",  # nothing inside
        "[0038gUp0rX3XFwMMbJ]",  # the id alone
    ],
)
def test_no_print_no_layer(cell: str) -> None:
    assert _read(cell) is None


def test_cheap_gate_is_the_line_break() -> None:
    assert may_be_printed("Gail Har-\nvey")
    assert not may_be_printed("Gail Harvey")


def test_each_layer_alone() -> None:
    assert cdata_layer("Gail Harvey") is None
    assert go_struct_layer("Gail Harvey") is None
    assert record_id_layer("Gail Harvey") is None
    assert line_wrap_layer("Gail Harvey") is None
