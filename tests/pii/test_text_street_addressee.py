"""The address after a piece of post's addressee."""

from __future__ import annotations

from safe_synthesizer.pii.text_street_addressee import addressee_street_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in addressee_street_spans(text)]


def test_addresses_without_street_type_or_number() -> None:
    assert _found("Parcel for Owen Pike, 7 Sandy Ground - returned.") == ["7 Sandy Ground"]
    assert _found("letter to Ana Lobo, Marigot Hill (gone away)") == ["Marigot Hill"]
    assert _found("colis pour Awa Sy, PK 9,5 côté mer - retour") == ["PK 9,5 côté mer"]
    assert _found("Card to Mr Reed, Flat 2, Glebe House; moved") == ["Flat 2, Glebe House"]


def test_sentences_and_wishes_after_the_name_are_left() -> None:
    assert _found("Wrote a letter to Anna, She said thanks.") == []
    assert _found("Card for Jim, Love Mum.") == []
    assert _found("Card for Jim, Happy Birthday!") == []
    assert _found("Sent the invoice to Acme Ltd, Payment due in 30 days.") == []
