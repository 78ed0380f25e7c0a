from safe_synthesizer.pii.text_id_acronym_cues import acronym_id_spans, personal_id_acronyms


def _values(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in acronym_id_spans(text)]


def test_unlisted_acronym_inside_an_id_bracket() -> None:
    assert _values("Collected by K. Rhodes, showed ID (NHI no QRT4410) at the desk.") == ["QRT4410"]
    assert _values("showed identity (XKP# 88213407) to collect") == ["88213407"]


def test_slashed_id_word_and_stdnum_acronyms() -> None:
    assert _values("renewal due, I/D no ZC165968B") == ["ZC165968B"]
    assert "nhs" in personal_id_acronyms()
    assert _values("NHS no 9434765919 on file") == ["9434765919"]


def test_record_and_company_acronyms_stay() -> None:
    for text in ("PO no 4512345 ordered", "VAT no GB1234567", "Ref # AB123456", "Invoice (PO# 123456)",
                 "ID (NHI no 12/03/2001)"):  # fmt: skip
        assert acronym_id_spans(text) == [], text


def test_taken_spans_are_left() -> None:
    text = "showed ID (NHI no QRT4410)"
    assert acronym_id_spans(text, [(18, 25)]) == []
