"""Numbers in digit groups no country writes its phones in are ids, not phones (column_phone_unwritten).

Kind of miss (sets 32/33 seen, names hidden): US social security numbers ``3-2-4`` and Liberian / Afghan id cards
``4-4-2`` / ``4-4-5``, half of them written bare, were called phone columns.
"""

from __future__ import annotations

import random

import pandas as pd
import pytest

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.column_phone_unwritten import unwritten_groups, written_like_a_phone


def _d(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


def _ids(seed: int, groups: tuple[int, ...], sep: str = "-", rows: int = 60, bare_share: float = 0.4) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(rows):
        parts = [str(rng.randint(1, 9)) + _d(rng, groups[0] - 1), *(_d(rng, g) for g in groups[1:])]
        out.append("".join(parts) if rng.random() < bare_share else sep.join(parts))
    return out


@pytest.mark.parametrize(
    ("groups", "sep"), [((3, 2, 4), "-"), ((4, 4, 2), "-"), ((4, 4, 5), "-"), ((6, 4), "-"), ((2, 3, 4, 2), " ")]
)
def test_id_layouts_are_no_phones(groups: tuple[int, ...], sep: str) -> None:
    assert unwritten_groups(_ids(7, groups, sep)) is not None


@pytest.mark.parametrize(
    "values",
    [
        ["(201) 883-3743", "(209) 442-3870", "(312) 555-0142", "(415) 867-5309"] * 3,  # US
        ["06 12 91 50 94", "06 34 87 40 57", "01 42 68 53 00", "07 81 22 40 19"] * 3,  # France
        ["077 321 6958", "088 512 3344", "077 076 5893", "088 431 2277"] * 3,  # Liberia
        ["0170 11909294", "01516 0233162", "030 12345678", "0151 23456789"] * 3,  # Germany
        ["21 362 862", "26 585 002", "29 114 903", "67 012 345"] * 3,  # Latvia
        ["070-133 61 79", "076-944 21 03", "08-27 19 81", "073-512 44 10"] * 3,  # Sweden
    ],
)
def test_phones_as_countries_write_them_stay(values: list[str]) -> None:
    assert unwritten_groups(values) is None


def test_few_grouped_values_are_not_judged() -> None:
    assert unwritten_groups(["747-26-8199", "057-97-0145", "712738309"]) is None


def test_written_like_a_phone() -> None:
    assert written_like_a_phone("(201) 883-3743")
    assert not written_like_a_phone("747-26-8199")


def test_ssn_column_hidden_is_no_phone_column() -> None:
    values = _ids(11, (3, 2, 4), rows=120, bare_share=0.33)
    df = pd.DataFrame({"c000": values})
    found = detect_column(df["c000"], infer_schema(df)["c000"], entities=ReplacePiiParameters().entities)
    assert found is None or found.entity != "phone_number"
