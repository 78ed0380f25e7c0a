"""Phones that a check-less id scheme also takes are phones (``column_phone_ids``, session 36)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_phone_ids import phones_over_ids
from safe_synthesizer.pii.replace import plan_columns

# German mobiles written without a space: every one passes the Vietnamese CCCD rule (no check digit).
GERMAN_MOBILES = [
    "015119104393", "015189720231", "015108829940", "015119291239", "015193282762", "015142381335", "015186394426",
    "015134991997", "015106278089", "015176384006", "015122374466", "015134306024", "015138211700", "015158014551",
    "015127456485", "015152698926", "015193371021", "015179819432", "015190345958", "015114623355",
]  # fmt: skip
# Swedish mobiles of one operator block: seven in eight read as Danish CPR numbers (a date, no check digit).
SWEDISH_MOBILES = [
    "070-122 40 34", "070-107 69 99", "070-134 54 00", "070-193 76 92", "070-190 46 90", "070-196 58 45",
    "070-191 13 86", "070-145 75 05", "070-157 21 16", "070-126 98 16", "070-187 53 67", "070-117 79 44",
    "070-169 58 65", "070-109 17 57", "070-146 35 19", "070-105 46 67", "070-144 00 88", "070-141 67 70",
    "070-183 39 38", "070-144 40 14", "070-175 13 43", "070-115 86 23", "070-155 10 23", "070-197 57 37",
]  # fmt: skip


def _planned(values: list[str], name: str = "c003") -> str | None:
    df = pd.DataFrame({name: values})
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    return plans.get(name)


def test_the_values_pass_the_weak_id_schemes() -> None:
    assert V.national_id_share(GERMAN_MOBILES) == (1.0, "vn.cccd")
    assert V.national_id_share(SWEDISH_MOBILES)[1] == "dk.cpr"


def test_unspaced_german_mobiles_are_phones_with_the_name_hidden() -> None:
    assert _planned(GERMAN_MOBILES) == "phone_number"


def test_swedish_operator_mobiles_are_phones_with_the_name_hidden() -> None:
    assert _planned(SWEDISH_MOBILES) == "phone_number"


def test_phones_over_ids_needs_more_phones_than_a_checked_scheme_passes() -> None:
    assert phones_over_ids(GERMAN_MOBILES, 1.0, "vn.cccd")[0]
    # As many phones as ids of a scheme with a check digit: the ids stay.
    assert not phones_over_ids(GERMAN_MOBILES, 1.0, "nl.bsn")[0]


def test_checked_national_ids_stay_ids() -> None:
    """Dutch BSNs (11-check) are no phone column, whatever the plan takes of nine digits."""
    bsn = [
        "111222333",
        "123456782",
        "232262536",
        "730313224",
        "509462418",
        "194837203",
        "650987463",
        "271856390",
        "346892145",
        "519672403",
        "820451367",
        "908172346",
        "437610925",
        "615283746",
        "782346150",
        "364820175",
    ]
    valid = [v for v in bsn if V.national_id_share([v])[0] == 1.0]
    assert len(valid) >= 3
    # Even where a tenth of them were typos, nine random-looking digits are no phone plan's numbers beyond chance.
    assert not phones_over_ids(valid * 4, 0.9, "nl.bsn")[0]
