"""Address cells in a container (tuple, markup, lines) opened by grammar, judged inside, faked back inside."""

from __future__ import annotations

import pandas as pd
import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.address_containers import contained_address_columns, open_container, recontained_addresses
from safe_synthesizer.pii.column_detector import ColumnDetection

TUPLES = ["('23757 Stevens Fort', 'Michaelshire', '39728')", "('959 Craig Via', 'Lake Sarah', '88439')",
          "('5247 Scott Square', 'Lopezmouth', '43949')", "('2747 Baker Pass Apt. 546', 'North Daniel', '28547')",
          "('An''n Karkhoff 8', 'Auerk', '26603')", "('Achter de Kark 31', 'Hamborg', '22041')"]  # fmt: skip
MARKUP = ["<address>25, chemin de Blanchard<br/>Sainte Adélaïde-sur-Mer<br/>59295</address>",
          "<address>17, rue Roger Lecoq<br/>Gillet<br/>50719</address>",
          "<address>4, avenue Gay<br/>Sainte Étiennedan<br/>22995</address>",
          "<address>98, boulevard René Laporte<br/>Deschamps<br/>08325</address>"]  # fmt: skip


@pytest.mark.parametrize(
    ("cell", "parts", "kind"),
    [
        ("('Bi de Möhl 16', 'Ollnborg', '26122')", ("Bi de Möhl 16", "Ollnborg", "26122"), "tuple"),
        ("('An''n Karkhoff 8', 'Auerk', 26603)", ("An'n Karkhoff 8", "Auerk"), "tuple"),
        ('["12 Elm Road", "Leeds"]', ("12 Elm Road", "Leeds"), "tuple"),
        ("<address>4, avenue Gay<br/>Bouchet<br/>22995</address>", ("4, avenue Gay", "Bouchet", "22995"), "markup"),
        ("#150, Koppikar Road\r\nHubballi\r\n580020", ("#150, Koppikar Road", "Hubballi", "580020"), "lines"),
    ],
)
def test_open_container(cell: str, parts: tuple[str, ...], kind: str) -> None:
    box = open_container(cell)
    assert box is not None
    assert box.parts == parts
    assert box.kind == kind


@pytest.mark.parametrize("cell", ["12 Elm Road, Leeds", "(see note)", "('only one')", "<b>bold</b>", ""])
def test_no_container(cell: str) -> None:
    assert open_container(cell) is None


def test_rebuild_keeps_container() -> None:
    fake = lambda text: "4 Lütt Moor, Leer, 26789"  # noqa: E731
    out = recontained_addresses(["-", "('An''n Karkhoff 8', 'Auerk', '26603')", MARKUP[1]], fake)
    assert out[0] is None
    assert out[1] == "('4 Lütt Moor', 'Leer', '26789')"
    assert out[2] == "<address>4 Lütt Moor<br/>Leer<br/>26789</address>"
    # More parts than slots: the last slot takes the rest; a quote inside doubled as written.
    assert recontained_addresses(["('A''b 1', 'X')"], lambda t: "O'Neil Rd 2, Flat 3, Leer")[0] == (
        "('O''Neil Rd 2', 'Flat 3, Leer')"
    )


def test_lines_not_rebuilt_by_default() -> None:
    assert recontained_addresses(["12 Elm Road\nLeeds"], lambda t: t) == [None]


def test_columns() -> None:
    # Eighteen homes (four values over eighteen rows would be a category, not the people's homes).
    streets, towns = ["Gay", "Lecoq", "Weiss", "Guillet", "Marchand", "Ferrand"], ["Bouchet", "Gillet", "Perrin"]
    markup = [f"<address>{n}, rue {streets[n % 6]}<br/>{towns[n % 3]}<br/>{n}0{n}5</address>" for n in range(11, 29)]
    df = pd.DataFrame({"c008": TUPLES * 3, "c004": markup, "c001": ["('S', 'Blue')", "('M', 'Red')"] * 9})
    got = contained_address_columns(df, list(df.columns), {"c008": None, "c001": None})
    assert got["c008"].entity == E.ADDRESS
    assert got["c004"].entity == E.ADDRESS
    assert "c001" not in got


def test_phone_finding_of_tuples_taken_back() -> None:
    df = pd.DataFrame({"c004": TUPLES * 3})
    found = {"c004": ColumnDetection("c004", E.PHONE_NUMBER, 0.8, 0.8, "values", 18)}
    assert contained_address_columns(df, ["c004"], found)["c004"].entity == E.ADDRESS


def test_other_findings_kept() -> None:
    df = pd.DataFrame({"Address": TUPLES})
    found = {"Address": ColumnDetection("Address", E.ADDRESS, 0.8, 0.8, "values", 6)}
    assert contained_address_columns(df, ["Address"], found) == {}
