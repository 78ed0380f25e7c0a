"""Landmarks after an address, villages placed by a landmark, plot words before a number (set 34's ss_SZ and
en_SL notes kept ``near <clinic>``/``by <roundabout>``; my own places here)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_lots import lot_street_spans
from safe_synthesizer.pii.text_street_nearby import landmark_tail_end, nearby_street_spans, plot_head_start
from safe_synthesizer.pii.text_streets import street_spans


def _streets(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Lives at 14 Kafue Road, opposite Shoprite Mandahill, Lusaka", "14 Kafue Road, opposite Shoprite Mandahill"),
        (
            "Drop-off: 7 Ngwane Street, behind the Mbabane Central Mosque.",
            "7 Ngwane Street, behind the Mbabane Central Mosque",
        ),
        ("meet at 33 Jomo Road near Kanjedza market please", "33 Jomo Road near Kanjedza market"),
    ],
)
def test_a_landmark_after_a_street_is_part_of_it(text: str, street: str) -> None:
    assert street in _streets(text)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Home visit at Nhlangano, next to the Zion Church, on Friday", "Nhlangano, next to the Zion Church"),
        ("collected from Kabwata, near the Kamwala market.", "Kabwata, near the Kamwala market"),
        ("The family lives off Kissy Road, by Ferry Junction now", "off Kissy Road, by Ferry Junction"),
    ],
)
def test_a_village_or_unnumbered_street_placed_by_its_landmark(text: str, street: str) -> None:
    assert street in [text[a:b] for a, b, _ in nearby_street_spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Hi, my new address is 14 Marsh Lane, near the park.",  # a common landmark: the street alone
        "Delivered to 12 High Street by Monday, please.",
        "Meet at Reception, next to the Main Hall.",  # every word English: no village
        "We stayed in Paris, near the Eiffel Tower",  # a city in English prose has no landmark noun before it
    ],
)
def test_no_landmark_taken_from_prose(text: str) -> None:
    assert not any(" near " in s or " by " in s or "next to" in s for s in _streets(text) if "Eiffel" not in s)
    assert nearby_street_spans("Meet at Reception, next to the Main Hall.") == []


def test_landmark_tail_end_and_plot_head() -> None:
    text = "at 5 Mantsebo Road, near Ha Thetsane clinic."
    end = text.index("Road") + 4
    assert text[: landmark_tail_end(text, end)].endswith("Ha Thetsane clinic")
    text = "vor Erf 1234, Bismarck Street"
    assert plot_head_start(text, text.index("1234")) == text.index("Erf")
    assert plot_head_start("Room 1234", 5) == 5


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Courier to Area 25, Plot 25/4/118 after lunch", "Area 25, Plot 25/4/118"),
        ("Plot 12/3/901 is the house", "Plot 12/3/901"),
        ("lives at Ndirande, House No. 77 with aunt", "Ndirande, House No. 77"),
        ("at Plot 620, Ezulwini, near Mantenga clinic.", "Plot 620, Ezulwini, near Mantenga clinic"),
    ],
)
def test_malawi_and_eswatini_plots(text: str, address: str) -> None:
    assert address in [text[a:b] for a, b, _ in lot_street_spans(text)]


def test_a_slashed_number_alone_is_no_plot() -> None:
    assert lot_street_spans("see plot 2/3 in the appendix") == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        (
            "Covoiturage depuis Av. Mobutu n°45, Q/ Kingabwa, C/ Limete, 3 places",
            "Av. Mobutu n°45, Q/ Kingabwa, C/ Limete",
        ),
        ("devant le 12, avenue Luambo, Q. Yolo, C. Kalamu. Merci", "12, avenue Luambo, Q. Yolo, C. Kalamu"),
        ("insurance address eZulwini, near the Mantenga Lodge, ref 4411", "eZulwini, near the Mantenga Lodge"),
        ("Treffpunkt vor Erf 4410, Moltke Street morgen", "Erf 4410, Moltke Street"),
    ],
)
def test_quarter_commune_locative_and_plot_heads(text: str, street: str) -> None:
    assert any(street in s for s in _streets(text))


def test_a_lone_initial_after_a_street_is_no_commune() -> None:
    assert "12, avenue Luambo" in _streets("devant le 12, avenue Luambo, C. Dupont a signé")
    assert not any("Dupont" in s for s in _streets("devant le 12, avenue Luambo, C. Dupont a signé"))


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("says he moved to Frangipani Cottage, 22 Middle Road last May", "Frangipani Cottage, 22 Middle Road"),
        ("post to Rose Villa, 8 Mill Lane", "Rose Villa, 8 Mill Lane"),
    ],
)
def test_a_house_name_before_the_street(text: str, street: str) -> None:
    assert street in _streets(text)


def test_a_word_before_a_street_is_no_house_name() -> None:
    assert _streets("Thanks, 12 Main Street is ready") == ["12 Main Street"]
