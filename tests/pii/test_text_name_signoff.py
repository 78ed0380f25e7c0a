"""A note's sign-off: after a separator (own examples) and in the note's frame (helper TN, session 55; moved
here from test_text_name_note_frames.py in session 56 with the rule)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import text_name_note_frames, text_name_signoff
from safe_synthesizer.pii.text_name_signoff import signoff_frame_spans, signoff_name_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in signoff_name_spans(text)]


@pytest.mark.parametrize(
    ("note", "names"),
    [
        ("Will pay Friday.\n// Ksawery", ["Ksawery"]),
        ("Parcel left with neighbour -- Tomasz.", ["Tomasz"]),
        ("Rückruf erledigt — Anke Lindqvist", ["Anke Lindqvist"]),
        ("Refund issued // Schneider", ["Schneider"]),
        ("Please call her on +44 7700 900123. - Castellanos", ["Castellanos"]),
        ("Send it to the office instead. - binti Yusof", ["binti Yusof"]),
        ("Ring me on 77 12 34. - á Ryggi", ["á Ryggi"]),
        ("Write to me at kh.brandt@example.org - Karl-Heinz", ["Karl-Heinz"]),
        ("Leave it at the door!\n- Fischer-Brandt", ["Fischer-Brandt"]),
    ],
)
def test_signoffs(note: str, names: list[str]) -> None:
    assert _found(note) == names


@pytest.mark.parametrize(
    "note",
    [
        "Moved to next week -- Monday",
        "Delivered. // TODO",
        "Sent from my phone -- Sent",
        "Ksawery will check // then call back",
        "Stock check -- Victoria line",
        "Train from Paris - Lyon",
        "Great dress - Jones",
        "Size 12. - Large",
        "Colour: Blue - Green",
        "Moved. - Monday",
        "Thanks. - van Gogh exhibit",
    ],
)
def test_no_signoffs(note: str) -> None:
    assert _found(note) == []


def _frame(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in signoff_frame_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Left the spare key under the mat. ~graham", "graham"),
        ("Invoice sent twice, customer unhappy. ~Ingrid", "Ingrid"),
        ("Returned the ladder late again. - - Benedikt", "Benedikt"),
        ("Parcel on the shelf, ring 0161 496 0000. Thanks, (Jolanta W.)", "Jolanta"),
        ("Paid by card, receipt to a.b@example.org. cheers Hannelore K.", "Hannelore"),
        ("Moved her class to Thursdays. margaret x", "margaret"),
        ("Boots ready for pick-up - Stanislav B. x", "Stanislav"),
        ("Table booked for six. (Dorothea MÜLLER)", "Dorothea MÜLLER"),
        ("Cat fed twice, litter done. Margit HAAS x", "Margit HAAS"),
        ("Neue Nummer eingetragen. Grüße - Friedhelm", "Friedhelm"),
        ("Rang the vet about the jab. (claudette)", "claudette"),
        ("Rang back about the refund. (曹明輝)", "曹明輝"),
    ],
)
def test_signoff_names(text: str, name: str) -> None:
    assert _frame(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Boiler serviced, all fine. - done",
        "Called twice, no answer. (ok)",
        "Ring back re deposit. thanks x",
        "Keys returned. cheers",
        "Waiting for the part. ~asap",
        "Route goes Paris - Lyon",  # a dash inside a sentence
        "Drill came back without its case (Makita)",  # an unlisted word in brackets is a brand
        "Order the bells for Stedman Triples",
        "Kept the receipt. (see below)",
        "Happy with the fit. love it x",
        "Table booked for six. tbc",
        "Sold the old lot. (Paid)",
        "அலுவலகம் அழைத்தது. (பணம்)",  # a note in that script: its own words
        "Great belt for spring/summer xx",  # a word's part after a slash
        "Yours faithfully,\n충청남도 가평군 석촌호수70가 220-57 (영진서이동)",  # an address line's own words
        "Loved the colour. - rose",  # a weak given name after a bare dash
    ],
)
def test_no_signoff(text: str) -> None:
    assert signoff_frame_spans(text) == []


def test_signoff_entities() -> None:
    assert signoff_frame_spans("All sorted now. ~Ingrid") == [(17, 23, "first_name")]
    assert signoff_frame_spans("Cat fed. Margit HAAS x")[0][2] == "name"


def test_lower_cased_endings_are_no_names() -> None:
    # A lower-case word at a note's end must be a listed given name: ordinary words and shorthand stay.
    for word in ("done", "ok", "asap", "pls", "tbc", "sorted", "paid", "later"):
        assert signoff_frame_spans(f"Rang them back. - {word}") == []
        assert signoff_frame_spans(f"Rang them back. {word} x") == []


def test_one_reader_of_the_sign_off() -> None:
    # Session 56: the frame's sign-off lives here, not beside the chat and head frames.
    assert not hasattr(text_name_note_frames, "signoff_frame_spans")
    assert text_name_note_frames.note_frame_name_spans("All sorted now. ~Ingrid") == []
    assert text_name_signoff.signoff_frame_spans("All sorted now. ~Ingrid") == [(17, 23, "first_name")]
    # Where both readings find the name, the spans are the same.
    text = "Will pay Friday.\n// Ksawery"
    assert signoff_name_spans(text) == signoff_frame_spans(text)
