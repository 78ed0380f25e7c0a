"""The other items of a short list beside a found full name, in any case and with any joiner."""

from __future__ import annotations

from safe_synthesizer.pii.text_name_list_partners import list_partner_spans


def _found(text: str, *names: str) -> list[str]:
    spans = []
    for name in names:
        at = text.index(name)
        spans.append((at, at + len(name), "name"))
    return [text[a:b] for a, b, _ in list_partner_spans(text, spans)]


def test_lower_case_partner_before_a_plus() -> None:
    assert _found("greta lindqvist + Omar Haddad - 5 each, paid", "Omar Haddad") == ["greta lindqvist"]


def test_names_no_list_holds_beside_a_found_name() -> None:
    assert _found("sedinam agbodeka + Elikem Dzidzor - 5 each", "Elikem Dzidzor") == ["sedinam agbodeka"]


def test_chain_of_slashes_in_capitals_ends_with_a_lower_case_surname() -> None:
    text = "Winners -> INGRID NORDQVIST // ASTRID NORDQVIST // lindqvist"
    assert _found(text, "INGRID NORDQVIST", "ASTRID NORDQVIST") == ["lindqvist"]


def test_ampersand_and_conjunction() -> None:
    assert _found("Tom Weber & anna weber", "Tom Weber") == ["anna weber"]
    assert _found("Karl Jansen und Heike Ostrowski - Tisch 4", "Karl Jansen") == ["Heike Ostrowski"]


def test_words_things_and_appositions_are_left() -> None:
    assert _found("Omar Haddad + cake stall - 10 each", "Omar Haddad") == []
    assert _found("Omar Haddad and grace - 10 each", "Omar Haddad") == []
    assert _found("Omar Haddad & Rose Gold dress", "Omar Haddad") == []
    assert _found("Omar Haddad, Leeds, gift aid yes", "Omar Haddad") == []
    assert _found("Djama Robleh, Cité Einguela, lot 145", "Djama Robleh") == []
