"""Town findings whose cells are people's names recombining from row to row, joined by any mark."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.town_cells_people import spaced_name_words, town_people_findings


def _det(column: str, entity: str) -> ColumnDetection:
    return ColumnDetection(column, entity, 0.8, 0.8, "values+pair", 0, None, "town beside postcode column 'c000'")


# Names of no list (made up for the test), joined by a space or a dot, in either order.
_RUNNERS = ["Taviro.Meslan", "Oskel Brandu", "Meslan Taviro", "Brandu.Ivet", "Ivet Kolmar", "Oskel Kolmar",
            "Taviro Brandu", "Kolmar.Senna", "Senna Meslan", "Ivet Taviro", "Oskel.Meslan", "Senna Brandu"]  # fmt: skip
_TOWNS = ["Porto Alegre", "Campo Grande", "Rio Verde", "Santa Maria", "Juiz de Fora", "Passo Fundo", "Bento Gonçalves",
          "Caxias do Sul", "Pelotas", "Canoas", "Gravataí", "Viamão"]  # fmt: skip


def test_marks_joining_a_cells_words_are_read_as_spaces() -> None:
    assert spaced_name_words("Meslan.Taviro") == "Meslan Taviro"
    assert spaced_name_words("HARVEY_Gail") == "HARVEY Gail"
    assert spaced_name_words("gail-harvey") == "gail harvey"
    assert spaced_name_words("GailHarvey") == "Gail Harvey"
    assert spaced_name_words("Saint-Denis") == "Saint-Denis"


def test_a_town_finding_of_recombining_names_becomes_a_name_finding() -> None:
    df = pd.DataFrame({"c000": [str(3_000_000 + 7919 * i) for i in range(12)], "c001": _RUNNERS, "c002": _TOWNS})
    found = {"c000": None, "c001": _det("c001", "city"), "c002": _det("c002", "city")}
    out = town_people_findings(df, found)
    assert list(out) == ["c001"]
    assert out["c001"].entity == "name" and out["c001"].method.endswith("+people-not-towns")


def test_towns_and_other_findings_are_left_alone() -> None:
    df = pd.DataFrame({"c001": _RUNNERS, "c002": _TOWNS})
    assert town_people_findings(df, {"c002": _det("c002", "city")}) == {}
    assert town_people_findings(df, {"c001": _det("c001", "name")}) == {}


def test_people_written_both_ways_round_in_camel_case_become_a_name_finding() -> None:
    # Two of twelve people written both ways round (one of them run together): people, not towns.
    cells = [
        "TavoMeslan",
        "Brandu Ivet",
        "Kolmar Senna",
        "Oskel Pirra",
        "Dunet Varo",
        "Ivet Brandu",
        "Lusa Orwen",
        "Meslan Tavo",
        "Harku Dessa",
        "Pell Omari",
        "Sivo Tarrin",
        "Quen Abel",
        "Rudo Felt",
        "Nasse Ilko",
    ]
    df = pd.DataFrame({"c001": cells})
    assert list(town_people_findings(df, {"c001": _det("c001", "city")})) == ["c001"]
