"""Members of a list of people once one member is surely a person, in any case and script. Values are not set
42's."""

from __future__ import annotations

from safe_synthesizer.pii.text_name_list_members import list_member_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in list_member_spans(text)]


def test_lower_case_and_unlisted_members_beside_a_titled_one() -> None:
    found = _found("Present: moussa, Garba, Mme Leclerc et Abdoulkarim. Apologies from Irène.")
    assert found == ["moussa", "Garba", "Leclerc", "Abdoulkarim"]


def test_initials_particles_and_other_scripts() -> None:
    assert "bin roslan ahmad" in _found("Present: Harith, k. osman, z. bin roslan ahmad and Mr bin Ali Hassan.")
    found = _found("Thanks to نظری, کاکړ, مریم احمدی and Mr Wardak for the tea.")
    assert "نظری" in found and "کاکړ" in found


def test_lists_of_things_stay_words() -> None:
    for text in (
        "Thanks to Mrs Smith, the caretaker and everyone for helping.",
        "Tea, coffee and biscuits with Mrs Jones.",
        "Mr Smith and rose will come. Dr Patel, cardiology and oncology.",
        "Sabine Krause ist ab Montag in Beatrix-Wulff-Gasse, Schlüssel bei Ute Lenz.",
        "Kyle: running late / Me: no worries / Kyle: thanks x",
    ):
        assert list_member_spans(text) == []
