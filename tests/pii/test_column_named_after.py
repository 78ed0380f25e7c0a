"""Person findings that are pubs, practices, climbing routes and nicknames named after people are dropped; people
(titled, lower case, ``The Revd``, Vietnamese middle names) are kept."""

from __future__ import annotations

import pandas as pd
import pytest

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_named_after import named_after_columns, named_after_mark, titled_thing


def _det(column: str, entity: str = "name") -> ColumnDetection:
    return ColumnDetection(column, entity, 0.9, 0.9, "classifier", 20)


def _vetoed(values: list[str], column: str = "c002", entity: str = "name") -> bool:
    df = pd.DataFrame({column: values})
    return named_after_columns(df, {column: _det(column, entity)}) == [column]


@pytest.mark.parametrize(
    "value",
    ["The Ferret", "The Duke of Wellington", "Dave's Arete", "St Luke's Medical Centre", "Lister Surgery",
     "Florence Nightingale Practice", "Marquis of Granby", "Crown Inn", "Kings Arms", "Jean-Paul’s Crack",
     "Hausarztpraxis Dr. Weber", "Vårdcentralen Tessin", "Stairway to Heaven"],
)  # fmt: skip
def test_marked_values(value: str) -> None:
    assert named_after_mark(value)


@pytest.mark.parametrize(
    "value",
    ["Ana Pereira", "The Revd Ann Hall", "The Hon. Mrs Smith", "Thế Anh", "The Anh", "the van anh", "Nguyen The Anh",
     "O'Neil Sarah", "van der Berg", "Ahmad bin Ismail", "john smith", "Mrs Robinson", "Sarah Wall", "Tom House",
     "Dr Patel", "Sante Rossi", "Sig.ra A. Detti", "Dott. ssa Maria de Luca", "Anna van der Berg"],
)  # fmt: skip
def test_people_unmarked(value: str) -> None:
    assert not named_after_mark(value)


def test_titled_things() -> None:
    assert titled_thing("Queen Victoria") and titled_thing("King William IV") and titled_thing("Lord Nelson")
    assert not titled_thing("Mr Nelson") and not titled_thing("Queen") and not titled_thing("Lord John Smith")


_PUBS = ["The Duke of Wellington", "Queen Victoria", "Lord Nelson", "The Prince Albert", "Rose & Crown",
         "King William IV", "The Marquis of Granby", "Admiral Rodney"]  # fmt: skip


def test_pub_teams_hidden_header() -> None:
    assert _vetoed([_PUBS[i % 8] for i in range(24)])


def test_practices_and_routes() -> None:
    practices = ["Jenner Health Centre", "Florence Nightingale Practice", "St Luke's Medical Centre",
                 "Lister Surgery", "Mary Seacole House", "Riverside Surgery"]  # fmt: skip
    assert _vetoed(practices * 3, "GP practice")
    routes = ["Mrs Robinson", "Dave's Arete", "Stairway to Heaven", "Jean-Paul's Crack", "The Duke", "Pinky",
              "Hotel California", "Lady Penelope", "Simon Says", "Green Arrow"]  # fmt: skip
    assert _vetoed(routes * 2)


def test_nicknames_with_header() -> None:
    nicks = ["The Ferret", "Jackpot", "Snakebite", "Wolfie", "The Count", "Barney", "Bully Boy", "Lady Luck"]
    assert _vetoed(nicks * 2, "Nickname")
    assert not _vetoed(["Peggy", "Beppe", "Kathi", "Bob", "Sandy", "The Count"], "Nickname")


def test_people_kept() -> None:
    people = ["Ana Pereira", "John Smith", "Mrs Mary Jones", "The Revd Ann Hall", "Lord Smith", "Sarah Wall",
              "Tom House", "Prince Adewale", "King Okafor", "Dr Patel", "nguyen the anh", "Lady Jane Grey"]  # fmt: skip
    assert not _vetoed(people)
    assert not _vetoed(people * 3)  # repeated people: ranks count, but too few
    assert not _vetoed(["Ana", "Maria", "The Count", "Luis"] * 2, "Team")
    assert not _vetoed(["The Anh", "Van Anh", "Thi Lan", "The Hung", "Minh"] * 2)  # Vietnamese, accents dropped


def test_only_person_findings() -> None:
    df = pd.DataFrame({"c002": _PUBS * 2})
    assert named_after_columns(df, {"c002": _det("c002", "city")}) == []
    assert named_after_columns(df, {"c002": None}) == []
