"""Person columns told by the form-free reader: names that behave as people's, residue that repeats over them."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_form_free_people import (
    form_free_people_columns,
    form_free_people_score,
    judge_form_free,
)

# Listed names in a register's mixed forms (none of the forms listed anywhere).
_REGISTER = [
    "per pro Harold Finch", "FINCH/HAROLD MR", "Harold Finch ~ 62", "Moreau ; Lucie", "per pro Lucie Moreau",
    "Lucie Moreau ~ 35", "Tamsin Reyes {tamsin.reyes@example.net}", "REYES/TAMSIN MS", "per pro Oscar Lindqvist",
    "Oscar Lindqvist ~ 48", "Lindqvist ; Oscar", "Nadia Petrov {npetrov@example.net}",
]  # fmt: skip
# Names no list holds, vouched for by the same person in two layouts and by their own e-mails.
_UNLISTED = [
    "Tekanene Boutu", "Boutu | Tekanene", "Ruria Tebwe <ruria.tebwe@mail.example>", "Tebwe | Ruria",
    "c/o Kaotaake Ioteba", "Ioteba | Kaotaake", "Nenebati Takirua <ntakirua@mail.example>", "c/o Nenebati Takirua",
    "Aritana Moamoa", "Moamoa | Aritana",
]  # fmt: skip


def test_register_in_unlisted_forms_is_people() -> None:
    scored = form_free_people_score(_REGISTER)
    assert scored is not None and scored[0] == 1.0


def test_unlisted_names_vouched_by_their_own_forms() -> None:
    assert form_free_people_score(_UNLISTED) is not None


def test_things_firms_places_and_categories_are_not_people() -> None:
    firms = ["Bäckerei Sonnenhof (3)", "Autohaus Lindenweg (1)", "Apotheke Uferdamm (2)", "Bäckerei Lindenweg (4)",
             "Autohaus Sonnenhof (2)", "Apotheke Lindenweg (5)"]  # fmt: skip
    assert form_free_people_score(firms) is None
    addresses = ["boulevard Durand | Richard | 14130", "rue Meyer | Carpentier | 43280", "avenue Blanc | Petit | 75011",
                 "rue Martin | Dupont | 69003", "boulevard Roux | Lefèvre | 13001"]  # fmt: skip
    assert form_free_people_score(addresses) is None
    varieties = ["Red Baron (F1)", "Golden Acre (F1)", "Red Baron (open)", "Early Nantes (open)", "Golden Acre (open)",
                 "Early Nantes (F1)", "Black Beauty (F1)", "Black Beauty (open)"]  # fmt: skip
    assert form_free_people_score(varieties) is None
    # Places opening with a few words no given-name list holds, and streets opening with their type.
    places = ["Nueva Esperanza de Abajo", "Nueva Granada", "Vieja Lucía", "San Isidro de la Loma", "Nueva Lucía",
              "San Roque los altos", "Vieja Granada", "San Lucía", "Vieja Esperanza", "Nueva Isidro"]  # fmt: skip
    assert judge_form_free(places)[0] is None
    streets = ["Rua Jacinto de Castro", "Rua de Lecidere 36", "Rua Bidau", "Avenida Lahane 12", "Rua Moris Foun",
               "Avenida Jacinto", "Rua Hera 4"]  # fmt: skip
    assert judge_form_free(streets)[0] is None
    category = ["Larry Ville", "Joel Ville", "Anna Ville", "Carl Ville", "Ville Nord", "Rosa Ville"]
    assert judge_form_free(category)[0] is None


def test_plain_name_columns_are_left_to_the_other_passes() -> None:
    plain = ["Harold Finch", "Lucie Moreau", "Tamsin Reyes", "Oscar Lindqvist", "Nadia Petrov", "Harold Finch"]
    assert judge_form_free(plain)[1].startswith("bare")


def test_columns_found_dense_and_thin() -> None:
    n = len(_REGISTER)
    df = pd.DataFrame({"c000": _REGISTER, "c001": list(range(n)), "c002": ["x"] * n})
    found = form_free_people_columns(df, list(df.columns), {})
    assert set(found) == {"c000"} and found["c000"].entity == "name"


def test_thin_column_of_two_or_three_cells_is_read_against_the_table_people() -> None:
    table = frozenset({"okafor", "lindqvist"})
    assert judge_form_free(["Okafor ; Chidi", "Oscar Lindqvist {oscar.l@example.net}"], table)[0] is not None
    assert judge_form_free(["Okafor Hall", "Lindqvist Room 4"], table)[0] is None  # rooms named after people
    assert judge_form_free(["Okafor ; Chidi", "Oscar Lindqvist"])[0] is None  # without the table's people: too few


def test_songs_by_famous_singers_are_not_people() -> None:
    songs = ["Delilah / Tom Jones", "Layla / Eric Clapton", "Jolene / Dolly Parton", "Angie / Mick Jagger",
             "Valerie / Amy Winehouse", "Imagine / John Lennon"]  # fmt: skip
    assert judge_form_free(songs)[0] is None
