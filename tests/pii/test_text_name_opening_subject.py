from safe_synthesizer.pii.text_name_opening_subject import finite_verb_after, opening_subject_spans


def _values(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in opening_subject_spans(text)]


def test_possessor_at_the_note_head_is_a_name() -> None:
    assert _values("Kjærsgaard's kayak scraped the reef.") == ["Kjærsgaard"]
    assert _values("Lemaire-Roussel's Paul Girard: brakes gone") == ["Lemaire-Roussel"]
    assert _values("van Oosterhout's mast snapped") == ["van Oosterhout"]


def test_upper_case_subject_after_a_label_before_a_verb_or_a_dash() -> None:
    assert _values("Surf log: WAIHAPE caught 4 clean rides") == ["WAIHAPE"]
    assert _values("TAUFEULUNGAKI - side gate open, dog inside.") == ["TAUFEULUNGAKI"]
    assert _values("memo >> Bertrand phoned - needs Friday") == ["Bertrand"]


def test_partner_names_and_sign_off_lines() -> None:
    assert _values("KELLAGHER and Maeve tied on the final end.") == ["KELLAGHER", "Maeve"]
    assert _values("Mrs Lyle and Okonkwo won the pairs.") == ["Okonkwo"]
    assert _values("Bags left at the desk.\n-- Ottavio (sent from my phone)") == ["Ottavio"]


def test_words_acronyms_and_shouting_stay() -> None:
    for text in ("Today's delivery is late.", "URGENT - call back", "ASAP - ring the shop", "Parcel arrived late.",
                 "Bill paid by card.", "The board dinged.", "NB - gate open", "CALL BACK - URGENT",
                 "Rose fell over in the yard."):  # fmt: skip
        assert opening_subject_spans(text) == [], text


def test_an_abbreviations_dot_opens_no_clause() -> None:
    assert _values("мээрим from ул. Курманжан Датка wants the juice") == []


def test_finite_verb_after() -> None:
    text = "Dana called - then Dana to call back"
    assert finite_verb_after(text, 4) and finite_verb_after(text, 23)
    assert not finite_verb_after("Green waves", 5)
