"""A form's next label is no surname: in scanned forms the value wraps onto the label's line, so
``Iva Telefon:`` was read as a full name and the label ``Telefon`` was replaced with the name."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_pairs import name_pair_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in name_pair_spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Příjmení / Jméno: DOLEŽALOVÁ /\nIva Telefon:\n+420 601 885 130",
        "Priezvisko / Meno: KOVÁČOVÁ /\nJana Telefón:\n+421 905 123 456",
        "Perekonnanimi / Eesnimi: TAMM /\nMari Aadress:\nKalevi pst 80",
    ],
)
def test_label_after_a_wrapped_given_name_is_kept(text: str) -> None:
    found = _found(text)
    assert not any(" " in span and span.split()[-1] in {"Telefon", "Telefón", "Aadress"} for span in found), found


def test_listed_surname_before_a_colon_is_still_a_name() -> None:
    text = "[12/05/2024, 08:14] Tracy Hunt: boiler is leaking again"
    assert "Tracy Hunt" in _found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[09:14] Monika Vanags: has anyone seen the key to plot 12?", "Monika Vanags"),
        ("[09:16] Edmunds Kundziņa: it is in the shed", "Edmunds Kundziņa"),
        ("12/05/2024, 08:14 - Aleksandrs Ozols: running late", "Aleksandrs Ozols"),
    ],
)
def test_chat_speaker_with_an_unlisted_surname_is_still_a_name(text: str, name: str) -> None:
    """Set 15's Teams exports: a speaker's surname before the colon is no form label (ff089c6 kept them)."""
    assert name in _found(text)
