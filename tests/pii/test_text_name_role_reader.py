"""Lower-case names read by their role in a note's sentence (subject, relation, list member, sign-off, day slot)."""

from __future__ import annotations

from safe_synthesizer.pii.text_name_role_reader import role_name_spans


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in role_name_spans(text)]


def test_subject_before_a_predicate_of_presence_wanting_or_mood() -> None:
    assert _found("okafor turned up late, court 2 idle. brother tunde not pleased.") == ["okafor", "tunde"]
    assert _found("bin 4 full / wiremu off sick / van back at 3") == ["wiremu"]
    assert _found("mele from Unit 12, 80 Harbour Rd wants a receipt") == ["mele"]
    assert _found("tofilau, ok with that. printer jammed") == ["tofilau"]


def test_subject_in_other_languages() -> None:
    assert _found("Bestellung: krzysztof hat angerufen, kommt morgen") == ["krzysztof"]
    assert _found("Nota: tsegaye llegó tarde otra vez") == ["tsegaye"]


def test_a_listed_surname_that_is_a_word_needs_a_predicate_only_people_take() -> None:
    assert _found("till short / fisher off sick / new float") == ["fisher"]
    assert _found("wood arrived late so we started tuesday") == []


def test_relational_noun_slot() -> None:
    assert _found("Booking moved. husband kalani rang twice.") == ["kalani"]
    assert _found("Paid in cash, moglie ornella, 2 kids.") == ["ornella"]


def test_list_member_among_people() -> None:
    text = "Duty: P. Osei; Hamid Karimi; tembo lwazi; Mrs Allen."
    assert _found(text) == ["tembo lwazi"]
    assert _found("Cc: Dr Amadi + NGOZI + obiora + K. Eze") == ["obiora"]


def test_signoff_after_a_closing_word() -> None:
    assert _found("Rang about the boiler, 0161 496 0000 ta siosaia") == ["siosaia"]
    assert _found("Form left at reception. thx ngaire\n(sent from my phone)") == ["ngaire"]


def test_day_slots_of_a_rota() -> None:
    assert _found("board: Mon Kwabena, Tue Rosa / bins") == ["Kwabena", "Rosa"]


def test_ordinary_words_places_and_products_stay() -> None:
    for text in (
        "staff arrived late, someone off sick.",
        "the driver from rue Perez wants a signature",
        "team from Polzeath not happy with the pitch",
        "Cox's Orange Pippin wants picking, ta very much",
        "Mon closed, Tue open, Wed closed",
        "Items: bread; milk; eggs; butter.",
        "Avisar Sra. Neto pelo 82 134 5168.",
        "kan du ta bort den",
    ):
        assert _found(text) == [], text
