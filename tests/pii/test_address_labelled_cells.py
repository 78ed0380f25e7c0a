"""Address cells of labelled fields read by their labels, and the address columns they make."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.address_labelled_cells import labelled_address_columns, read_labelled_address


def test_labels_of_any_language_say_the_parts() -> None:
    parts = read_labelled_address("Street: BP 3996, Town: Conakry")
    assert parts == (("street_address", "BP 3996"), ("city", "Conakry"))
    parts = read_labelled_address("Calle: Mayor 3, CP: 28013, Localidad: Madrid")
    assert parts == (("street_address", "Mayor 3"), ("postcode", "28013"), ("city", "Madrid"))
    assert read_labelled_address("straat=Kerkweg 4 | plaats=Ede") == (("street_address", "Kerkweg 4"), ("city", "Ede"))


def test_a_landmark_home_is_read_by_its_label() -> None:
    parts = read_labelled_address("Street: en face de la mosquée Fayçal, Town: Boké")
    assert parts is not None and parts[0] == ("street_address", "en face de la mosquée Fayçal")


def test_a_comma_inside_a_part_stays_in_it_and_a_code_label_is_allowed() -> None:
    parts = read_labelled_address("Street: Borgo Domenico, 80, Town: Tiezzo, PC: 13043")
    assert parts == (("street_address", "Borgo Domenico, 80"), ("city", "Tiezzo"), ("code", "13043"))


def test_other_labels_make_no_address() -> None:
    assert read_labelled_address("Name: Awa Diallo, Phone: 622 11 22 33") is None
    assert read_labelled_address("Size: 42, Colour: Blue") is None
    assert read_labelled_address("Time: 10:30, Room: 4") is None
    assert read_labelled_address("Note: call first, Street: Kaloum") is None
    assert read_labelled_address("Town: Boké, Ville: Conakry") is None  # no home part


def test_labelled_address_column_found_hidden_and_other_columns_left() -> None:
    cells = ["Street: BP 5742, Town: Conakry", "-", "Street: Quartier Pellel, Town: Labé",
             "Street: Rue KA.693, Town: Conakry", "Street: Quartier Tata, Town: Labé"]  # fmt: skip
    df = pd.DataFrame({"c006": cells, "c007": ["Size: 42, Colour: Blue"] * 5})
    found = labelled_address_columns(df, ["c006", "c007"], {"c006": None, "c007": None})
    assert found["c006"].entity == "address"
    assert "c007" not in found
