"""Lower-case full names in a chat speaker slot or among the items of a list of capitalised names."""

import pytest

from safe_synthesizer.pii.text_name_lower_slots import loose_name_words, lower_slot_name_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in lower_slot_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[09:41] gordon ashby: anyone got the hall key?\n[09:43] Priya: I do", "gordon ashby"),
        ("14:05 ottilie brandauer: bin gleich da", "ottilie brandauer"),
        ("(18:40) ngozi okafor: paid yesterday", "ngozi okafor"),
        ("Helpers Sunday - Marcus Bell (door), tamsin whitlock (tea), Ivy Rahman (float).", "tamsin whitlock"),
        ("Stall rota - wanjiru kamau (am), Port Harcourt (pm), akinyi otieno (till)", "akinyi otieno"),
        ("Present: Omari Banda, chikondi phiri, Grace Mwale and tiyamike nkhoma. Absent: Kalua.", "chikondi phiri"),
        ("Present: Omari Banda, chikondi phiri, Grace Mwale and tiyamike nkhoma. Absent: Kalua.", "tiyamike nkhoma"),
        ("Présents : Léa Roux, Hugo Petit et maxime de vasconcelos.", "maxime de vasconcelos"),
    ],
)
def test_lower_case_names_in_a_slot(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shopping: flour, baking soda, Brown Sugar, Vanilla and dark chocolate.",
        "Menu - chicken soup (v), beef stew (gf), apple pie (v)",
        "Attendees: Anna Weber, Tom Krause, the new trainee and front desk.",
        "[10:02] front door: still jammed",  # a speaker slot holding words
        "Colours: Navy Blue, Dark Green, light grey and Off White.",
        "Stock - Ruby Red (3), Sky Blue (2), deep purple (1)",
        "Notes - fits well, true to size, love the colour and fabric.",
    ],
)
def test_lists_and_chats_without_people_keep_their_words(text: str) -> None:
    assert _found(text) == []


def test_loose_name_words() -> None:
    assert loose_name_words(["lormeka", "lightbourne"])  # no vocabulary holds either word
    assert loose_name_words(["esther", "msiska"])
    assert not loose_name_words(["take", "care"])
    assert not loose_name_words(["dawn", "strong"])  # both English words, neither a clear name
    assert not loose_name_words(["gordon"])  # one word is no full name
