"""Phones without a cue word and personal tax numbers, wired into ``text_patterns`` in session 38."""

from stdnum.gt import nit

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_patterns import pattern_spans, phone_spans


def test_phone_after_a_name_and_comma_is_found() -> None:
    text = "Emergency contact for the hike: Mette Jensen, 28 31 54 07."
    assert [text[a:b] for a, b, _ in phone_spans(text, ("US",))] == ["28 31 54 07"]


def test_phone_after_an_email_and_or_is_found() -> None:
    text = "Send the plans to karl.tamm@example.ee or 5341 2290 before Friday."
    assert "5341 2290" in [text[a:b] for a, b, _ in phone_spans(text, ("US",))]


def test_amount_after_a_name_and_comma_is_no_phone() -> None:
    text = "Refund approved for Mette Jensen, 2831 DKK on 12 May."
    assert phone_spans(text, ("US",)) == []


def test_guatemalan_nit_in_text_is_a_national_id() -> None:
    number = "3120458-" + nit.calc_check_digit("3120458")
    text = f"Titular: Ana Pérez, NIT {number}, vecina de Mixco."
    spans = pattern_spans(text, ("US",), frozenset({E.NATIONAL_ID}))
    assert number in [text[a:b] for a, b, e in spans if e == E.NATIONAL_ID]


def test_a_welsh_ap_name_is_one_name() -> None:
    from safe_synthesizer.pii.text_name_pairs import name_pair_spans

    text = "Witness Ffion ap Gwilym signed the form."
    assert [text[a:b] for a, b, *_ in name_pair_spans(text)] == ["Ffion ap Gwilym"]


def test_a_number_as_a_field_of_a_one_line_record_is_a_phone() -> None:
    text = "TICKET R20931 / MARLENE OSTROWSKI / DOB 1971-02-14 / 01523 4417025 / screen cracked / collect Friday."
    assert [text[a:b] for a, b, _ in phone_spans(text, ("US",))] == ["01523 4417025"]


def test_a_number_between_slashes_of_prose_is_no_phone() -> None:
    text = "Either / or: we shipped 4711 0815 / 2 boxes last week."
    assert phone_spans(text, ("US",)) == []


def test_a_compact_date_after_a_birth_cue_is_a_birth_date() -> None:
    text = "Toestemming: ik, Kate Aarts, geboren op 19580316, wonend aan de Ilsesingel 85."
    spans = pattern_spans(text, ("NL",), frozenset({E.DATE_OF_BIRTH}))
    assert [text[a:b] for a, b, e in spans if e == E.DATE_OF_BIRTH] == ["19580316"]


def test_a_compact_number_without_a_birth_cue_is_no_birth_date() -> None:
    text = "Order 20240512 shipped to the depot on Friday."
    assert pattern_spans(text, ("NL",), frozenset({E.DATE_OF_BIRTH})) == []
