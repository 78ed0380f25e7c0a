"""Names in scripts without capitals in roll calls and person slots of Latin notes (helper TN, session 54)."""

from __future__ import annotations

from safe_synthesizer.pii.text_name_script_lists import script_list_name_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in script_list_name_spans(text)]


def test_roll_call_items_and_action_subject() -> None:
    text = "Apologies: मोहन महाजन, मीनल कदम and अरुण जाधव. Actions: महाजन to write to the council."
    assert _found(text) == ["मोहन महाजन", "मीनल कदम", "अरुण जाधव", "महाजन"]


def test_shift_list_and_keys_holder() -> None:
    text = "Shift notes: ליאל רובינשטיין, נחמה אברהם and טליה בן חמו all in today. Spare keys with ליאל."
    assert _found(text) == ["ליאל רובינשטיין", "נחמה אברהם", "טליה בן חמו", "ליאל"]


def test_contact_objects_and_numbered_subject() -> None:
    assert _found("TODO ring ცომაია re form (555 43 04 17)") == ["ცომაია"]
    assert _found("Handover: 2) 윤 paid cash. 3) Parcel for 민지 in the back.") == ["윤", "민지"]
    assert _found("TODO ring कोल्हे re form; post card to मेघा गवळी, 06/322 फडके.") == ["कोल्हे", "मेघा गवळी"]


def test_addresses_and_prose_stay() -> None:
    assert _found("Letter to 24/680 देवदास कांबळे.") == []
    assert _found("[30/06/26, 07:02] Ali: I'm outside அகோரா மகிழ்ச்சிக்கு, where r u") == []
    assert _found("Present: רחוב הרצל, 12") == []
    assert _found("मोहन महाजन ने लिखा") == []  # no Latin template: the script's own rules
