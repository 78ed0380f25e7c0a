"""Contact columns: a person's name and phone number in each cell (``column_contact_people``)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_contact_people import contact_cell, contact_people
from safe_synthesizer.pii.column_sample import sample_values
from safe_synthesizer.pii.replace import plan_columns

# An intake form's emergency contacts, answered as people type them: name then number in several layouts,
# one number first, a few left blank.
_CONTACTS = [
    "Joana Ferreira 912 345 678", "Rui Almeida, 913 456 789", "Marta Sousa (tel. 914 567 890)", "-",
    "Pedro Costa - +351 915 678 901", "Inês Rodrigues 00351 916789012", "Tiago Martins mob: 917 890 123",
    "n/a", "Beatriz Gomes 918901234", "932 109 876 Carla Pinto", "Nuno Carvalho 933 210 987",
    "Sofia Ribeiro 934 321 098", "Miguel Fernandes 935 432 109", "", "Ana Lopes 936 543 210",
]  # fmt: skip
_NAMES = ["Luís Moreira", "Catarina Dias", "Hugo Teixeira", "Rita Correia", "Bruno Mendes", "Sara Nunes",
          "Diogo Vieira", "Mariana Cardoso", "André Rocha", "Teresa Neves", "Paulo Pires", "Filipa Reis",
          "Ricardo Cruz", "Helena Matos", "Jorge Freitas"]  # fmt: skip


def _table() -> pd.DataFrame:
    return pd.DataFrame({"Patient": _NAMES, "Response 4": _CONTACTS})


def test_contact_cell_splits_name_and_number_in_either_order() -> None:
    assert contact_cell("Joana Ferreira 912 345 678") == ("Joana Ferreira", "912 345 678")
    assert contact_cell("Marta Sousa (tel. 914 567 890)") == ("Marta Sousa", "914 567 890")
    assert contact_cell("Tiago Martins mob: 917 890 123") == ("Tiago Martins", "917 890 123")
    assert contact_cell("932 109 876 Carla Pinto") == ("Carla Pinto", "932 109 876")


def test_contact_cell_reads_names_ending_in_a_vowel_sign() -> None:
    # Sinhala words end in combining vowel signs and viramas, no letter.
    assert contact_cell("ඉසුරු පීරිස් 0712634387") == ("ඉසුරු පීරිස්", "0712634387")


def test_streets_towns_and_orders_are_no_contact_cells() -> None:
    for value in ("Rua Augusta 112", "Avenida da Liberdade 245, 1250-096 Lisboa", "Lisboa 1250-096", "Hauptstr. 12"):
        assert contact_cell(value) is None


def test_a_column_of_contacts_is_a_name_column_shown_and_hidden() -> None:
    df = _table()
    shown = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert shown["Response 4"] == "name"
    hidden = df.set_axis(["c000", "c001"], axis=1)
    plans = {p.column: p.entity for p in plan_columns(hidden, infer_schema(hidden), ReplacePiiParameters(), seed=0)}
    assert plans["c001"] == "name"


def test_orders_with_reference_numbers_are_not_contacts() -> None:
    # A word and a long number in each cell, but no listed person's name: shipments, not contacts.
    orders = [f"{w} {n}" for w, n in zip(
        ["Parcel", "Pallet", "Envelope", "Crate", "Box", "Drum", "Bag", "Tube"] * 3,
        range(912345001, 912345025), strict=True,
    )]  # fmt: skip
    assert contact_people(sample_values(pd.Series(orders), 500, 0)) is None
