"""Categories of things named after people (styles, stops, trophies, stalls) told by marks of several kinds together;
people's columns in their dressed forms kept. Values are not set 42's."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_named_categories import category_mark, named_category_columns


def _det(column: str, entity: str = "name", method: str = "classifier") -> ColumnDetection:
    return ColumnDetection(column, entity, 0.9, 0.2, method, 20)


def _dropped(values: list[str], entity: str = "name") -> bool:
    df = pd.DataFrame({"c001": values})
    return named_category_columns(df, {"c001": _det("c001", entity)}) == ["c001"]


def test_haircut_styles_mixing_famous_names_and_lower_case_cuts_are_no_people() -> None:
    styles = ["Elvis Presley", "flat top #2", "James Dean quiff", "Marlon Brando", "high taper", "Paul Newman"]
    styles += ["Elvis Presley", "flat top #2", "James Dean quiff", "high taper", "Marlon Brando", "Paul Newman"]
    assert _dropped(styles)


def test_pick_up_points_mixing_pubs_stops_and_car_parks_are_no_people() -> None:
    stops = ["Rose and Crown", "Coach stop 7", "Marquis of Granby", "Admiral Rodney car park", "Clock Tower"]
    stops += ["Rose and Crown", "Coach stop 7", "Clock Tower", "Marquis of Granby", "Admiral Rodney car park"]
    assert _dropped(stops)


def test_a_single_trophy_named_after_a_person_is_no_person() -> None:
    assert _dropped(["", "", "Jackie Chan Plate", "", "Jackie Chan Plate", ""])


def test_stalls_named_after_people_are_no_people() -> None:
    stalls = ["Jane Austen Candles", "Florence Nightingale Soaps", "The Thimble Box", "Mary Berry Cakes",
              "Hedgerow Knits", "Lady Hamilton Preserves", "Charles Darwin Ltd"]  # fmt: skip
    assert _dropped(stalls)


def test_people_in_their_dressed_forms_are_kept() -> None:
    people = ["Lena Kowalski (mum)", "Mrs R. Okafor", "OKAFOR/RUTH MRS", "Okafor, Ruth", 'Ruth "Roo" Okafor',
              "Bergström & Son", "Kowalski Bros", "lena kowalski", "María de los Ángeles Ruiz", "Ahmad bin Yusof",
              "Ruth Okafor (2)", "Dubois et Fils"]  # fmt: skip
    assert not _dropped(people)


def test_a_category_of_styles_needs_only_a_quarter_of_its_values_marked() -> None:
    styles = ["Elvis Presley", "flat top #2", "Marlon Brando", "Paul Newman", "James Dean quiff", "Johnny Cash",
              "Buddy Holly", "Frank Sinatra"]  # fmt: skip
    assert _dropped(styles * 3)
    assert not _dropped(styles)  # each once: two marks in eight is no category's share


def test_inner_apostrophes_and_capitals_are_no_marks() -> None:
    people = ["Fa'alogo Tuilagi", "Sione Fa'asavalu", "O'Neill Brennan", "ROSA MARIA COPA", "Talia Fa'amausili"]
    assert not _dropped(people)


def test_a_lower_case_list_of_people_is_kept() -> None:
    assert not _dropped(["ruth okafor", "lena kowalski", "tomasz nowak", "ana ruiz", "ruth okafor", "ana ruiz"])


def test_emergency_contacts_with_their_phones_and_missing_words_are_kept() -> None:
    contacts = ["Ruth Okafor (Mother) 07700 900461", "Lena Kowalski (Aunt) +44 7700 900462", "none",
                "Mr T. Nowak", "Ana Ruiz (Partner) 07700900463"]  # fmt: skip
    assert not _dropped(contacts)


def test_only_person_findings_are_read() -> None:
    df = pd.DataFrame({"c001": ["Coach stop 7", "Coach stop 8", "Coach stop 9"]})
    assert named_category_columns(df, {"c001": _det("c001", "street_address"), "c009": None}) == []


def test_marks_of_single_values() -> None:
    assert category_mark("Coach stop 7") and category_mark("Jackie Chan Plate") and category_mark("flat top #2")
    assert category_mark("Admiral Rodney car park") and category_mark("Charles Darwin Ltd")
    assert not category_mark("Ruth Okafor (2)") and not category_mark("Bergström & Son")
    assert not category_mark("Anna Weber née Schulz") and not category_mark("Harvey/Patel versus Smith/Jones")
    assert category_mark("Lord Nelson car park") and not category_mark("Ruth Okafor (Mother) 07700 900461")


def test_an_email_after_a_display_name_is_no_mark() -> None:
    assert not category_mark("Айбек Жумабаев <azhumabaev@inbox.ru>")
    assert not category_mark("Gail Harvey <gail.harvey@example.org>")
    assert category_mark("Bus station bay 4")
