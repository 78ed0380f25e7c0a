"""Names by their clause: conditional subjects, subjects of local speech/payment verbs and presence clauses,
recipients of a sending verb. Values are not set 42's."""

from __future__ import annotations

from safe_synthesizer.pii.text_name_clause_subjects import clause_subject_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in clause_subject_spans(text)]


def test_subject_of_a_conditional_clause_before_a_calling_verb() -> None:
    assert _found("Booked twice already. If jolene rings (0712 558 201) take a deposit.") == ["jolene"]
    assert _found("Wenn Kerstin anruft, bitte Termin verschieben.") == ["Kerstin"]
    assert _found("Si gwenaëlle appelle, dire que c'est complet.") == ["gwenaëlle"]


def test_subject_before_a_local_payment_or_speech_verb() -> None:
    assert _found("Promemoria inviato. ornella paga lunedì") == ["ornella"]
    assert _found("Mail sendt. henning betaler mandag") == ["henning"]
    assert _found("Relance faite. yao dit qu'il paiera lundi.") == ["yao"]
    assert _found("quote sent. Horton wants the big hedge down.") == ["Horton"]


def test_short_presence_clause_and_sending_recipient() -> None:
    assert _found("Gate code changed. dwayne home after 4.") == ["dwayne"]
    assert _found("Krebs's away till the 20th, skip the round.") == ["Krebs"]
    assert _found("Mahnung an Zipfel geschickt, Ausweis geprüft.") == ["Zipfel"]
    assert _found("Herinnering naar van den Hoogeveen gestuurd.") == ["van den Hoogeveen"]


def test_words_stay_words() -> None:
    for text in (
        "If will rings ask him. If rose comes, fine.",
        "When the parcel arrives leave it. Max home after walk.",
        "Paris back on Monday. Elle dit que oui. Herinnering naar de Gemeente gestuurd.",
        "If the phone rings, ignore it. Everyone pays on the day.",
    ):
        assert clause_subject_spans(text) == []
