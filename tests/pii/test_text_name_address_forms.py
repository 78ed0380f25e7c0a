"""Names beside the forms of address of more languages (text_name_address_forms)."""

from __future__ import annotations

from safe_synthesizer.pii.text_name_address_forms import address_form_name_spans


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], e) for a, b, e in address_form_name_spans(text)]


def test_forms_before_a_surname_in_several_languages() -> None:
    assert _found("Ključ namakany, prošu pola knjez Budar, jurij@web.de") == [("Budar", "last_name")]
    assert _found("knjeni Šołćina collected the shield") == [("Šołćina", "last_name")]
    assert _found("Mipela painim ki, toktok long Misis Kaupa, 7420 6862") == [("Kaupa", "last_name")]
    assert _found("Rra Kgosiemang will collect on Friday") == [("Kgosiemang", "last_name")]
    assert _found("Madanm Labrosse dropped the key") == [("Labrosse", "last_name")]
    assert _found("Please ask pán Kováčik at the desk") == [("Kováčik", "last_name")]
    assert _found("Tuan Azlan Ismail paid the deposit") == [("Azlan Ismail", "name")]


def test_capitals_and_postposed_forms() -> None:
    assert _found("MISTA TAMATE to collect") == [("TAMATE", "last_name")]
    assert _found("Nagy Ferenc úr hívott") == [("Nagy Ferenc", "name")]
    assert _found("Mehmet Bey aradı, yarın gelecek") == [("Mehmet", "first_name")]
    assert _found("Ozoliņa kundze zvanīja") == [("Ozoliņa", "last_name")]
    assert _found("Thanks to Suzuki-san for the tea") == [("Suzuki", "last_name")]


def test_no_name_without_a_name_beside_the_form() -> None:
    assert _found("Mista bilong mi i go long taun") == []
    assert _found("Sao Paulo office, San Diego branch") == []
    assert _found("knjez mi je prajił") == []
    assert _found("the dog is called Bey") == []
    assert _found("") == []
