"""Lower-case full names after a key-holding or collecting cue."""

import pytest

from safe_synthesizer.pii.text_name_lower_keyholder import lower_keyholder_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in lower_keyholder_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Spare key with hannelore brückner, flat 2.", "hannelore brückner"),
        ("Keys left with jonas lindqvist (neighbour).", "jonas lindqvist"),
        ("Keyholder: beatriz salgado", "beatriz salgado"),
        ("Parcel collected by rosalind whitcombe.", "rosalind whitcombe"),
        ("Spare key with kovács eszter, ground floor.", "kovács eszter"),  # family name first
        ("Fob is with chidi okonkwo, see him.", "chidi okonkwo"),
    ],
)
def test_lower_case_keyholders(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Spare key with the neighbour, flat 2.",
        "Key with reception desk.",
        "Spare key with green tag, in the drawer.",
        "Collected by royal mail.",
        "Keys left with front office, ask there.",
        "Parcel collected by courier service.",
    ],
)
def test_words_after_the_cue_stay(text: str) -> None:
    assert _found(text) == []
