"""Menus of drinks and wines named after people (the thing's own words; a small vocabulary recombined in lists) are
no people; people in lists, staff on a rota and couples are kept. Values are not set 50's."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_menu_items import menu_item_columns, serving_mark, split_items


def _dropped(values: list[str], entity: str = "name") -> bool:
    df = pd.DataFrame({"c001": values})
    return menu_item_columns(df, {"c001": ColumnDetection("c001", entity, 0.9, 0.2, "classifier", 20)}) == ["c001"]


def test_wines_with_their_styles_and_vintages_are_no_people() -> None:
    wines = [
        "Louis Latour Pinot Noir 2019",
        "Pol Roger Réserve",
        "Moët Chandon Brut",
        "Jacob Creek",
        "Pol Roger Réserve",
    ]
    wines += [
        "Taittinger Cuvée",
        "Louis Latour Pinot Noir 2019",
        "Jacob Creek",
        "Moët Chandon Brut",
        "Taittinger Cuvée",
    ]
    assert _dropped(wines)


def test_cocktails_ordered_in_pairs_from_a_small_menu_are_no_people() -> None:
    menu = ["Shirley Temple (virgin)", "Ward Eight", "Gibson", "Charlie Chaplin", "Mamie Taylor", "Jack Rose"]
    rows = [f"{menu[i % 6]}, {menu[(i + 1 + i // 6) % 6]}" for i in range(18)]
    assert _dropped(rows)


def test_the_same_pairs_without_a_serving_word_are_kept() -> None:
    # no item carries a mark: a closed vocabulary alone is not enough (a rota of staff recombines too)
    staff = ["Ana Berg", "Tom Hall", "Lia Kranz", "Omar Said", "Eva Lind"]
    rows = [f"{staff[i % 5]}, {staff[(i + 1 + i // 5) % 5]}" for i in range(15)]
    assert not _dropped(rows)


def test_guests_in_lists_and_couples_are_kept() -> None:
    guests = ["Ana Berg, Tom Hall", "Lia Kranz", "Omar Said, Eva Lind, Jon Moss", "Sherry Hall and Rose Dunn"]
    guests += ["Brandy Cole, Ian Porter", "Kim Grange", "Rose Hall, Tom Berg", "Mia Gin"]
    assert not _dropped(guests)


def test_staff_repeating_on_a_rota_are_kept() -> None:
    assert not _dropped(["Sherry Hall", "Ian Porter", "Rose Dunn", "Sherry Hall", "Ian Porter", "Rose Dunn"] * 4)


def test_serving_words_count_only_where_no_name_is_spelt_so() -> None:
    assert serving_mark("Arnold Palmer (no alcohol)")
    assert serving_mark("Veuve Clicquot Brut")
    assert serving_mark("Dom Pérignon 2013")
    assert not serving_mark("Sherry Porter")
    assert not serving_mark("Rose Hall")


def test_list_cells_split_on_commas_not_on_a_couples_and() -> None:
    assert split_items("Tom Collins, Rob Roy") == ["Tom Collins", "Rob Roy"]
    assert split_items("Tom and Jerry") == ["Tom and Jerry"]


def test_other_findings_are_left_alone() -> None:
    assert not _dropped(["Veuve Clicquot Brut", "Château Musar"] * 4, entity="city")


def test_a_long_booking_list_that_runs_out_of_new_pairs_is_still_a_menu() -> None:
    menu = ["Shirley Temple (virgin)", "Ward Eight", "Gibson", "Charlie Chaplin", "Mamie Taylor", "Jack Rose"]
    rows = [f"{menu[i % 6]}, {menu[(i + 1 + i // 6) % 6]}" for i in range(30)] * 5
    assert _dropped(rows)


def test_a_rota_of_the_same_pairs_is_kept_even_beside_a_marked_item() -> None:
    pairs = ["Ana Berg, Tom Hall", "Lia Kranz, Omar Said", "Eva Lind, Jon Moss (no alcohol)"]
    assert not _dropped(pairs * 8)
