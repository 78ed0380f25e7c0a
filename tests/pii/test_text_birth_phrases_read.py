"""Birth dates after the birth phrases of the local tables, read by the one date reader in any layout."""

from __future__ import annotations

from datetime import date

from safe_synthesizer.pii.text_birth_phrases_read import read_birth_phrase_spans

TODAY = date(2026, 12, 7)


def _dates(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in read_birth_phrase_spans(text, TODAY)]


def test_a_table_phrase_then_a_layout_no_list_holds() -> None:
    assert _dates("Mkutano: Neema Otieno, tarehe ya kuzaliwa: 07+06+1971, simu 0712 345678") == ["07+06+1971"]
    assert _dates("Hoja: Ali Warsame, taariikhda dhalashada: 1966-W15-4, tel 77 12 34 56") == ["1966-W15-4"]
    assert _dates("குறிப்பு: மாலா, பிறந்த தேதி: 1959-041, அழைப்பு") == ["1959-041"]
    assert _dates("Shënim: Arta Hoxha, data e lindjes: 21;02;1990; mosha 36.") == ["21;02;1990"]


def test_phrases_of_languages_no_table_had() -> None:
    assert _dates("Přeprošenje: Jan Nowak, narodźeny: 03;04;1958, přińdźe.") == ["03;04;1958"]
    assert _dates("Toksave: Mary Kila, de bilong bon: 1988-W02-1, fon 7012 3456") == ["1988-W02-1"]
    assert _dates("Nom: Paul Hoareau, ne le 1975-200, tel 2 512 345") == ["1975-200"]


def test_no_birth_without_a_cue_a_past_date_or_right_after_a_short_phrase() -> None:
    assert _dates("Facture 2023-445 payée le 12+03+2026 par Marie") == []
    assert _dates("tarehe ya kuzaliwa: 07+06+2031") == []  # after today: no birth date
    assert _dates("je ne le savais pas avant le 12/03/1990") == []  # a short phrase's date must follow at once
    assert _dates("born 12/03/1990") == []  # the main rules' cue, not this table's
