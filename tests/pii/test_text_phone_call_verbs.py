"""Tests for text_phone_call_verbs: a number a verb of calling or texting takes, in any language."""

from __future__ import annotations

from safe_synthesizer.pii.text_phone_call_verbs import call_verb_phone_spans


def _found(text: str, region: str) -> list[str]:
    return [text[a:b] for a, b, _ in call_verb_phone_spans(text, (), (region, "US", "GB", "DE"))]


def test_local_numbers_after_a_verb_mid_sentence() -> None:
    assert _found("KOWALSKI still owes the hire, text 771204", "GB") == ["771204"]
    assert _found("Mme Roux a payé; texter 31448207 pour le reçu", "FR") == ["31448207"]
    assert _found("Schlüssel bei Frau Lenz, ruf 35521 an", "DE") == ["35521"]


def test_verb_then_person_then_preposition() -> None:
    assert _found("Chen pèdi kle. Rele Jean Baptiste nan 36 71 4402.", "HT") == ["36 71 4402"]
    assert _found("ring Mrs Hale back on 5644712 after six", "GB") == ["5644712"]


def test_verb_after_its_number() -> None:
    assert _found("Bitte unter 030 7719043 anrufen.", "DE") == ["030 7719043"]
    assert _found("9812345670 पर कॉल करें", "IN") == ["9812345670"]


def test_no_phone_where_the_clause_says_otherwise() -> None:
    for text in (
        "call about order 123456",  # a reference word between
        "text line 12345678 was wrong",  # "line" is no object of a call
        "Call Anna at 75001 Paris",  # a short number that does not close its clause
        "called 3 times in 2019",
        "call 12 500 people",  # an amount in thousands
        "call me at 14.30",
        "text 2001-001 to the study desk",  # a study id led by its year
        "called at 35.675835",  # a decimal
        "call 20240512",  # a compact date
        "owes the fee. 771204 paid",  # no verb
    ):
        assert _found(text, "GB") == [], text


def test_found_spans_are_left() -> None:
    text = "owes the fee, text 771204"
    assert call_verb_phone_spans(text, [(19, 25)], ("GB",)) == []
