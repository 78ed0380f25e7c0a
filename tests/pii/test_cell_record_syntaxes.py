"""The record syntaxes a machine wraps a name in, each read as one layer and written back round a fake."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.cell_record_syntaxes import RECORD_LAYERS, dn_layer


def _first(text: str):
    return next((r for read in RECORD_LAYERS if (r := read(text)) is not None), None)


def test_a_dn_keeps_its_other_attributes_and_escapes_the_fake() -> None:
    text, dress, kind = dn_layer("CN=Olga Brandt,OU=Staff,DC=ex")
    assert (text, kind) == ("Olga Brandt", "dn")
    assert dress("Fischer, Lena") == "CN=Fischer\\, Lena,OU=Staff,DC=ex"


@pytest.mark.parametrize(
    ("cell", "inner", "fake", "dressed"),
    [
        ("N:Brandt;Olga;;;", "Brandt, Olga", "Roth, Ida", "N:Roth;Ida;;;"),
        ("fullName: Olga Brandt", "Olga Brandt", "Ida Roth", "fullName: Ida Roth"),
        ("{'owner': 'Olga Brandt'}", "Olga Brandt", "Ida Roth", "{'owner': 'Ida Roth'}"),
        ("nachname=Brandt&vorname=Olga", "Brandt, Olga", "Roth, Ida", "nachname=Roth&vorname=Ida"),
        ("<span class='n'>Olga Brandt</span>", "Olga Brandt", "Ida Roth", "<span class='n'>Ida Roth</span>"),
    ],
)
def test_record_layers(cell: str, inner: str, fake: str, dressed: str) -> None:
    found = _first(cell)
    assert found is not None
    assert found[0] == inner
    assert found[1](fake) == dressed


@pytest.mark.parametrize(
    "cell",
    [
        "Olga Brandt",
        "Note: call back",
        "https://ex.org/a",
        "a=b;c=d",
        "mail: a@b.org",
        "mum: Gina Gomez",
        "maman : Odette",
    ],
)
def test_no_record_syntax(cell: str) -> None:
    assert _first(cell) is None
