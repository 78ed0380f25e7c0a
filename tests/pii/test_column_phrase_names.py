"""Services, designs and prizes named after people read as people: dropped by their lower-case common words."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_phrase_names import is_mixed_phrase, phrase_named_columns


def _name(column: str) -> ColumnDetection:
    return ColumnDetection(column, "name", 0.8, 1.0, "classifier", 20)


def test_phrases_of_a_name_and_common_words_are_mixed() -> None:
    for value in ["The Audrey blow-dry", "Gents cut", "Root tint", "Frida Kahlo portrait", "Koi half sleeve",
                  "Meal for two", "Van Gogh sunflowers", "Marilyn pin-up"]:  # fmt: skip
        assert is_mixed_phrase(value), value


def test_names_with_particles_links_couples_and_remarks_are_no_phrases() -> None:
    for value in ["Ana Pereira", "van der Berg", "Jan de Vries", "Ahmad bin Ismail", "Ana e Luis Pereira",
                  "Ana and Luis Pereira", "Anna Weber (mother)", "Anna Weber née Schulz", "ana pereira",
                  "Dr. med. Hans Weber", "Maria do Carmo", "Mohamed ould Abdel", "Anna pereira", "Mr and Mrs Smith",
                  "DUPONT Jean", "Keratin"]:  # fmt: skip
        assert not is_mixed_phrase(value), value


def test_a_salon_service_column_is_dropped_and_its_client_column_kept() -> None:
    df = pd.DataFrame(
        {
            "c006": ["Vidal Sassoon bob", "The Audrey blow-dry", "Gents cut", "Root tint", "Keratin", "Bridal trial"],
            "c003": ["Pereira, Ana", "Ana van der Berg", "Luis e Ana Costa", "Weber, Anna", "keine Angabe", "n/a"],
        }
    )
    assert phrase_named_columns(df, {"c006": _name("c006"), "c003": _name("c003")}) == ["c006"]


def test_one_stray_note_among_people_keeps_the_column() -> None:
    df = pd.DataFrame({"Booked by": ["Ana Pereira", "Voir notes", "Luis Costa", "", None, "Sin datos", "Anna Weber"]})
    assert phrase_named_columns(df, {"Booked by": _name("Booked by")}) == []


def test_columns_not_found_as_people_are_not_read() -> None:
    df = pd.DataFrame({"Design": ["Frida Kahlo portrait", "Koi half sleeve", "Dragon back piece"]})
    found = {"Design": ColumnDetection("Design", "city", 0.8, 1.0, "values", 3)}
    assert phrase_named_columns(df, found) == []
    assert phrase_named_columns(df, {"Design": None}) == []
