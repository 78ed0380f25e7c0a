import pandas as pd

from safe_synthesizer.pii.column_relation_people import (
    relation_cell,
    relation_people_columns,
    relation_people_score,
)
from safe_synthesizer.pii.value_cells import ValueCells


def _next_of_kin() -> list[str | None]:
    return [
        "friend - Leonard Clarke",
        None,
        "nephew - Frances Finch-Williams",
        "niece - Gordon Parry",
        None,
        "neighbour - Stuart Bishop",
        "#VALUE!",
        "son - Callum Cooke",
        "n.k.",
        "daughter - Donna Warren",
        None,
        "friend - Leonard Clarke",
    ]


def test_a_column_of_relations_and_names_joined_by_a_dash_is_a_name_column():
    df = pd.DataFrame({"c009": _next_of_kin(), "c010": ["T4"] * 12})
    found = relation_people_columns(df, ["c009", "c010"], found={})
    assert list(found) == ["c009"]
    assert found["c009"].entity == "name" and found["c009"].method == "values+relation_people"


def test_kin_words_of_other_languages_and_brackets_count():
    values = ["hijo – Juan Ruiz Soto", "Mutter: Anna Berg", "Marta Gil Pons (hija)", "vecina - Rosa Vidal Mas"]
    assert relation_people_score(values) is not None


def test_a_decided_column_is_left_alone():
    df = pd.DataFrame({"nok": _next_of_kin()})
    assert relation_people_columns(df, ["nok"], found={"nok": object()}) == {}


def test_ticket_types_and_rooms_with_a_dash_are_no_people():
    assert relation_people_score(["Adult - Off Peak", "Child - Standard", "Senior - Off Peak", "Adult - Peak"]) is None
    assert relation_people_score(["Room 3 - Blue Suite", "Room 4 - Garden View", "Room 5 - Sea View"]) is None


def test_plain_names_say_no_relation():
    assert relation_people_score(["Leonard Clarke", "Gordon Parry", "Stuart Bishop", "Donna Warren"]) is None


def test_the_relation_word_stays_and_the_name_is_faked():
    cell = relation_cell("niece - Jordan Brown")
    assert cell is not None and cell.names == ("Jordan Brown",)
    assert cell.rebuild({"Jordan Brown": "Ann Lee"}, {}) == "niece - Ann Lee"
    assert relation_cell("Jordan Brown") is None
    assert relation_cell("Blue - Red Room") is None


def test_value_cells_keep_the_relation_when_wired():
    """Fails until ``value_cells`` asks :func:`relation_cell` for cells its quick probe skips (wiring request CK)."""
    cells = ValueCells.of(["niece - Jordan Brown", "son - Mark Haynes"], "name")
    assert cells.values == ["Jordan Brown", "Mark Haynes"]
    out = cells.mapping({"Jordan Brown": "Ann Lee", "Mark Haynes": "Tom Ray"})
    assert out == {"niece - Jordan Brown": "niece - Ann Lee", "son - Mark Haynes": "son - Tom Ray"}
