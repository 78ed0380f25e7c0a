"""A person cell's attachment (birth-year aside, relation aside, address word) is set aside by its structure."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.person_cell_attachments import split_person_attachment


@pytest.mark.parametrize(
    ("cell", "person", "kind"),
    [
        ("Mele Tupou (b. 1961)", "Mele Tupou", "birth_year"),
        ("Jaroslav Dvořák (nar. 1958)", "Jaroslav Dvořák", "birth_year"),
        ("Kari Nordmann [f. 1972]", "Kari Nordmann", "birth_year"),
        ("Aino Virtanen, s. 1980", "Aino Virtanen", "birth_year"),
        ("Zofia Wójcik (ur. 2001)", "Zofia Wójcik", "birth_year"),
        ("Lucía Ortega - nacida 1975", "Lucía Ortega", "birth_year"),
        ("Grete Holm *1969", "Grete Holm", "birth_year"),
        ("Hemi Walker (1988)", "Hemi Walker", "birth_year"),
        ("Sipho Dlamini (uncle of Thandi)", "Sipho Dlamini", "relation"),
        ("Ana Souza (mãe da Beatriz)", "Ana Souza", "relation"),
        ("Johan de Vries (vader van Sem)", "Johan de Vries", "relation"),
        ("Ntate Thabo", "Thabo", "address_word"),
        ("Kuya Jun", "Jun", "address_word"),
        ("Tante Grietje", "Grietje", "address_word"),
        ("Zia Carmela", "Carmela", "address_word"),
        ("Mrs Beryl", "Beryl", "address_word"),
    ],
)
def test_attachment_is_set_aside(cell: str, person: str, kind: str) -> None:
    assert split_person_attachment(cell) == (person, kind)


@pytest.mark.parametrize(
    "cell",
    ["Mele Tupou", "Laser 4 (2019)", "Room 12 (b. 1990)", "Invoice 2019", "Mele Tupou (b. 1820)",
     "Mele Tupou (b. 2999)", "Hemi Walker (1988, 1990)", "Hemi Walker (see note)", "Mele Tupou (Tonga)",
     "12 High Street (1990)", "hemi@example.org (1988)"],
)  # fmt: skip
def test_cells_without_an_attachment_are_left(cell: str) -> None:
    assert split_person_attachment(cell) is None


def test_column_of_people_with_attachments_is_judged_without_them() -> None:
    import pandas as pd

    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.column_attached_people import attached_people_columns

    kin = ["Uncle Graham", "Aunty Susan", "Margaret Holloway", "Uncle Dennis", "Aunty Janet", "Colin Webb",
           "Mr Colin", "Miss Pauline"]  # fmt: skip
    wines = ["Château Margaux (1990)", "Petrus (1982)", "Sassicaia (1985)", "Opus One (2001)", "Tignanello (1997)",
             "Vega Sicilia (1970)", "Ornellaia (2004)", "Solaia (1999)"]  # fmt: skip
    df = pd.DataFrame({"Entry": [f"E{i:03d}" for i in range(16)], "c005": [kin[i % 8] for i in range(16)],
                       "Wine": [wines[i % 8] for i in range(16)]})  # fmt: skip
    found = attached_people_columns(df, infer_schema(df).columns, {}, ReplacePiiParameters())
    assert set(found) == {"c005"} and found["c005"].entity == "name"
