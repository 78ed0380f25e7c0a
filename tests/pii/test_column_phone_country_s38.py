"""North American bare phone columns in a table of people: the table pass asks the US plan alone."""

import random

import pandas as pd
import phonenumbers

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_phone_country import country_phone_evidence
from safe_synthesizer.pii.replace import plan_columns

_GIVEN = ["Dana", "Marcus", "Alicia", "Trevor", "Naomi", "Curtis", "Renee", "Owen", "Tamara", "Glen", "Ivy"] * 2
_FAMILY = ["Hardy", "Pruitt", "Walsh", "Ochoa", "Fleming", "Boone", "Lyons", "Keller", "Hale", "Mercer", "Dunn"] * 2


def _bare_us_numbers(n: int, seed: int) -> list[str]:
    """Valid US numbers of area codes 201-209 (a shared head ``20``), written as ten bare digits."""
    rng, out = random.Random(seed), []
    while len(out) < n:
        digits = f"20{rng.choice('1235679')}{rng.randint(2, 9)}{rng.randint(0, 99):02d}{rng.randint(0, 9999):04d}"
        if phonenumbers.is_valid_number(phonenumbers.parse(digits, "US")) and digits not in out:
            out.append(digits)
    return out


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_bare_us_numbers_of_one_head_in_a_table_of_people_are_phones() -> None:
    df = pd.DataFrame({"c000": _GIVEN[:21], "c001": _FAMILY[:21], "c002": _bare_us_numbers(21, seed=5)})
    assert _plans(df).get("c002") == "phone_number"


def test_order_numbers_counting_up_after_the_head_are_not_phones() -> None:
    orders = [str(2025550100 + 37 * i) for i in range(21)]
    share, why = country_phone_evidence(orders, "US")
    assert share == 0.0, why
