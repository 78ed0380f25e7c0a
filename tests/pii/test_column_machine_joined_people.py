"""Tests of the person-column pass over machine-joined cells (``Short.Tracy``, ``NOWAK_Agata``, ``petra-lind``)."""

from __future__ import annotations

import pandas as pd
import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_machine_joined_people import (
    machine_joined_people_columns,
    machine_joined_people_score,
)

MIXED = ["Lindqvist.Petra", "NOWAK_Agata", "Lindqvist (P)", "OskarBrennan", "petra-lindqvist", "Brennan.Oskar",
         "Dalton.Mirela", "DALTON_Mirela", "Nowak (A)", "Mirela Dalton", "agata-nowak", "HannaSorensen",
         "Sorensen.Hanna", "Sorensen (H)"]  # fmt: skip


def test_people_in_joined_forms_are_a_name_column() -> None:
    df = pd.DataFrame({"Entrant": MIXED, "Score": range(len(MIXED))})
    found = machine_joined_people_columns(df, ["Entrant", "Score"], {})
    assert found["Entrant"].entity == E.NAME
    assert "Score" not in found


def test_slugs_and_camel_case_alone() -> None:
    cells = ["petra-lindqvist", "oskar-brennan", "mirela-dalton", "agata-nowak", "hanna-sorensen", "ivan-petrov"]
    assert machine_joined_people_score(cells) is not None
    camel = ["PetraLindqvist", "OskarBrennan", "MirelaDalton", "AgataNowak", "HannaSorensen", "IvanPetrov"]
    assert machine_joined_people_score(camel) is not None


@pytest.mark.parametrize(
    "cells",
    [
        ["user_id", "order_total", "created_at", "first_name", "last_login", "email_address", "zip_code"],
        ["report_final.pdf", "budget_2024.xlsx", "notes_draft.docx", "minutes_march.pdf", "photo_team.jpg"],
        ["PayPal", "YouTube", "WordPress", "LinkedIn", "GitHub", "DropBox", "FaceTime", "PowerPoint"],
        ["red-wine", "blue-cheese", "green-tea", "black-coffee", "white-bread", "brown-rice"],
        ["INV_2024_ABC", "INV_2024_ABD", "INV_2023_XYZ", "INV_2022_QQQ"],
        ["Apotheke.Uferdamm", "Autohaus.Lindenweg", "Baeckerei.Marktplatz", "Gasthof.Kirchweg", "Metzgerei.Bahnhof"],
        ["main_street", "park_avenue", "river_road", "church_lane", "mill_street", "station_road"],
        ["data-parent", "data-child", "data-member", "data-role", "data-title", "data-level"],
    ],
)
def test_identifiers_files_firms_and_categories_are_no_people(cells: list[str]) -> None:
    assert machine_joined_people_score(cells) is None


def test_plain_names_are_left_to_the_other_passes() -> None:
    plain = ["Petra Lindqvist", "Oskar Brennan", "Mirela Dalton", "Agata Nowak", "Hanna Sorensen", "Ivan Petrov"]
    assert machine_joined_people_score(plain) is None


def test_a_thin_column_is_read_with_the_table_people() -> None:
    people = [f"{g} {f}" for g, f in zip(["Petra", "Oskar", "Mirela", "Agata", "Hanna", "Ivan"] * 2,
                                         ["Lindqvist", "Brennan", "Dalton", "Nowak", "Sorensen", "Petrov"] * 2,
                                         strict=True)]  # fmt: skip
    spare = ["Brennan.Oskar", "", "", "Nowak.Agata", "", "", "", "", "", "", "", ""]
    df = pd.DataFrame({"Member": people, "Stand-in": spare})
    from safe_synthesizer.pii.column_detector import ColumnDetection

    found = {"Member": ColumnDetection("Member", E.NAME, 1.0, 1.0, "values", 12, None, "")}
    assert machine_joined_people_columns(df, ["Member", "Stand-in"], found)["Stand-in"].entity == E.NAME


def test_a_thin_column_is_read_with_the_people_this_pass_found() -> None:
    spare = ["Lindqvist.Petra", "", "", "Brennan.Oskar", "", "", "", "", "", "", "", "", "", ""]
    df = pd.DataFrame({"Player": MIXED, "Stand-in": spare})
    found = machine_joined_people_columns(df, ["Player", "Stand-in"], {})
    assert set(found) == {"Player", "Stand-in"}
